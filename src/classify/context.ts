/**
 * Local linguistic context: clause windows, negation, hedges and conditions. Every function works on
 * the lower-cased matching form of one sentence and a position in it.
 */

/** Clause boundaries (compiled once; global, so each use sets `lastIndex`). */
const CLAUSE_COMMA_RE = /[;:()\u2022]|,|\s-\s|\b(?:but|while|whereas|although|though|however|meanwhile|mais|aber|ma|tandis que|w[äa]hrend)\b/g;
const CLAUSE_RE = /[;:()\u2022]|\s-\s|\b(?:but|while|whereas|although|though|however|meanwhile|mais|aber|tandis que|w[äa]hrend)\b/g;
const CLAUSE_END_RE = /[;:()\u2022]|\s-\s|\b(?:but|while|whereas|although|however|mais|aber|tandis que)\b/g;

/** The longest clause boundary ("meanwhile", "tandis que"): a scan that starts this far before a window finds every
 * boundary that ends inside it. */
const LONGEST_BOUNDARY = 10;

/** Start of the clause that contains `pos`: after the last ; : ( or a clause conjunction (looking back at most `reach`). */
export function clauseStart(low: string, pos: number, commas = false, reach = 220): number {
  const from = Math.max(0, pos - reach);
  let best = from;
  const re = commas ? CLAUSE_COMMA_RE : CLAUSE_RE;
  // (the search reads a window that ends just after `pos`, not the rest of the sentence: a boundary that starts before `pos`
  // ends at most LONGEST_BOUNDARY characters after it; the window opens one character early so that a word cut at its
  // start is no word, and a match there starts before `from`)
  const lead = from > 0 ? 1 : 0;
  const win = low.slice(from - lead, Math.min(low.length, pos + LONGEST_BOUNDARY));
  re.lastIndex = lead;
  let m: RegExpExecArray | null;
  while ((m = re.exec(win)) !== null && m.index + from - lead < pos) best = m.index + from - lead + m[0].length;
  return best;
}

/** End of the clause that contains `pos`. */
export function clauseEnd(low: string, pos: number): number {
  CLAUSE_END_RE.lastIndex = pos;
  const m = CLAUSE_END_RE.exec(low);
  return m ? m.index : low.length;
}

/** (the "not" of the level's name "Do Not Travel" negates nothing after it: "at Level 4: Do Not Travel and told citizens to depart") */
const NEG_RE =
  /\b(?:not(?!(?<=\bdo not)\s+travel\b)|no|never|none|neither|nor|without|unable|cannot|can't|won't|didn't|doesn't|don't|hasn't|haven't|isn't|aren't|wasn't|weren't|shouldn't|wouldn't|refused|declined|refuses|declines|stopped short|ruled out|rules out|denied|denies|(?:a|ont|avait|avaient)\s+exclu|exclut|excluent|(?:ha|hanno|aveva|avevano)\s+escluso|esclude|escludono|rather than|instead of|no longer|yet to|nicht(?!\s+(?:(?:unbedingt|zwingend|dringend|absolut)\s+)?(?:notwendig|erforderlich)(?:e|en|er|es)\b)|kein|keine|keinen|keiner|pas|aucun|aucune|jamais|non(?![- ](?:essenti|necessar|urgent|emergen|indispensab|strictly|vital))|nessun|nessuna|nessuno|senza|nie)\b|\bne\s+\S+\s+pas\b|n'(?:a|ont|est|sont)\b/;

/** "No choice but to" and its French, Italian and German forms: what follows is done, not negated. */
const NO_CHOICE_BUT_RE =
  /\b(?:no (?:other )?(?:choice|option|alternative) (?:but|than)(?: to)?|n'(?:y )?(?:a|avait|ont|avaient|aura)(?: eu)? d'autres? (?:choix|solution|option)s? que(?: de| d')?|non (?:c'e|c'era|ha|hanno|aveva|avevano)(?: avuto)? altra scelta (?:che|se non)|keine andere wahl(?:,| als))/;

/** The clause text (commas cut it) before `pos`, at most `max` characters. */
export function backWindow(low: string, pos: number, max = 60, commas = true): string {
  // (only boundaries inside the window matter: the scan starts just before it, not 220 characters back)
  const cs = clauseStart(low, pos, commas, Math.min(220, max + LONGEST_BOUNDARY));
  let from = Math.max(cs, pos - max);
  // (a window cut inside a word starts at the next word: the fragment would read as a word of its own — the "no" of
  // "italiano" as a negation in "il governo italiano ha invitato i propri cittadini a lasciare")
  if (from > cs && wordChar(low.charCodeAt(from - 1))) while (from < pos && wordChar(low.charCodeAt(from))) from++;
  return low.slice(from, pos);
}

/** A letter or a digit of the matching form (lower case; letters beyond ASCII count as letters). */
function wordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** A denial of what follows: "denied reports circulating on social media that …". */
const DENIED_REPORT_RE =
  /\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|refutes|debunked|d[ée]menti\w*|dementiert\w*|smentit\w*)\b(?:[^.;]|(?<=\b[a-z])\.){0,50}?\b(?:reports?|rumou?rs?|claims?|speculation|suggestions?|allegations?|information|informations|berichte\w*|ger[üu]chte\w*|notizie|voci)\b/;

/** A denial of acts named by gerunds, up to the trigger (group-free; read on the 120 characters before it). */
const DENIED_ACT_RE = /\b(?:denied|denies|deny|denying)\s+(?:having\s+)?[a-z]+ing\b(?:[^.;]|(?<=\b[a-z])\.){0,100}$/;

/** Negation just before a trigger in its clause ("has not ordered", "no plans to evacuate"), or a denial of the report it is in. */
const NORMAL_DESPITE_RE =
  /\b(?:(?:operat\w+|functioning|working|running)\s+(?:as\s+)?normal(?:ly)?|(?:remains?|remained|stays?|stayed|is|was)\s+(?:fully\s+)?(?:open|operational)|business as usual)\s+(?:despite|in spite of|notwithstanding|malgr[ée]|trotz|nonostante)\b[^.;]*$/;

export function negatedBefore(low: string, pos: number, max = 50): boolean {
  if (DENIED_REPORT_RE.test(low.slice(Math.max(0, pos - 200), pos))) return true;
  // a denial of acts, named by gerunds: "has denied expelling the ambassador or ordering the closure of the US Embassy"
  if (DENIED_ACT_RE.test(low.slice(Math.max(0, pos - 120), pos))) return true;
  // a post that goes on as before whatever the order says: "The US embassy in Bahrain is operating as normal despite orders from
  // Washington to evacuate non-essential staff based in the Middle East"
  if (NORMAL_DESPITE_RE.test(low.slice(Math.max(0, pos - 120), pos))) return true;
  return negatedNear(low, pos, max);
}

/** A negation that ends right before a short aside between commas, the aside ending where the trigger's clause begins:
 * "senza però, finora, chiedere", "has not, so far, ordered", "n'a pas, à ce stade, demandé" (a contrast is no aside). */
const NEG_BEFORE_ASIDE_RE =
  /\b(?:not|never|without|yet to|nicht|ohne|kein\w*|pas|sans|jamais|non|senza|mai)(?:\s+[\p{L}']+)?\s*,\s*(?!(?:however|though|nevertheless|nonetheless|instead|meanwhile|yet|but|cependant|toutefois|pourtant|jedoch|aber|dennoch|tuttavia|comunque|invece)\b)[\p{L}' ]{2,24},\s*$/u;

function negatedNear(low: string, pos: number, max: number): boolean {
  let w = backWindow(low, pos, max, true);
  // (only where the clause starts right after a comma: most windows start elsewhere)
  if (low.charCodeAt(pos - w.length - 1) === 44 && !NEG_RE.test(w) && NEG_BEFORE_ASIDE_RE.test(low.slice(Math.max(0, pos - w.length - 60), pos - w.length))) return true;
  // a contrast or a new finite clause ends the negation's scope: "has not ordered …, yet it urged";
  // "did not evacuate and they told citizens to leave" ("yet to" is itself a negation)
  if (NEG_RE.test(w)) {
    NEW_CLAUSE_RE.lastIndex = 0;
    let cut = -1;
    let m: RegExpExecArray | null;
    while ((m = NEW_CLAUSE_RE.exec(w)) !== null) cut = m.index + m[0].length;
    if (cut >= 0) w = w.slice(cut);
    // (a negated infinitive, then a coordinated one: "invita a non andare in X e ad evitare …", "not to go there and to avoid …",
    // and an alternative after "or to": "not to travel to Yemen or to leave immediately")
    // (the window may have cut the "a" of "a non": look 4 characters further back)
    // (substring tests first: most negated windows hold no second infinitive)
    if ((w.includes(' e ') || w.includes(' ed a') || w.includes(' et ') || w.includes(' and ') || w.includes(' or to ') || w.includes(' anzi ') || w.includes(' ma ') || w.includes(' but to')) && (w.includes('non ') || w.includes('not to') || w.includes('ne pas'))) {
      const from = Math.max(0, pos - w.length - 4);
      const wide = low.slice(from, pos);
      // (the finite verb may be the trigger itself: the lookahead reads past `pos`)
      const c = NEG_INF_COORD_RE.exec(wide) ?? NEG_INF_THEN_FINITE_RE.exec(low.slice(from, pos + 24));
      if (c && c.index + c[0].length <= wide.length) w = wide.slice(c.index + c[0].length);
    }
    // a negation inside a clause of time does not reach the main verb: "fino a quando la situazione non sarà chiarita si
    // sconsigliano …", "tant que la situation n'est pas clarifiée, …", "until it is not safe" (no comma needed)
    // (the conjunction may lie before the window: read 30 characters further back)
    const from = Math.max(0, pos - w.length - 30);
    const wide = low.slice(from, pos);
    if (wide.includes('quando') || wide.includes('finch') || wide.includes('fintanto') || wide.includes('tant que') || wide.includes('solange') || wide.includes('long as') || wide.includes('until')) {
      const t = TEMPORAL_NEG_RE.exec(wide);
      const cut = t ? t.index + t[0].length - (wide.length - w.length) : -1;
      if (cut > 0) w = w.slice(cut);
    }
  }
  // "had no choice but to close", "n'a eu d'autre choix que de suspendre": the act is done, the negation is of the alternatives
  if (w.includes('choi') || w.includes('scelta') || w.includes('wahl')) {
    const c = NO_CHOICE_BUT_RE.exec(w);
    if (c) w = w.slice(c.index + c[0].length);
  }
  return NEG_RE.test(w);
}

/** A clause of time with its own negation ("fino a quando … non", "tant que … n'est pas", "solange … nicht"). */
const TEMPORAL_NEG_RE =
  /\b(?:fino a quando|fin quando|finch[ée]|fintanto che|tant que|aussi longtemps que|solange|as long as|so long as|until)\b[^,;]*?(?:\b(?:non|nicht|not)\b|\bne\s+\S+\s+pas\b|\bn'\S+\s+pas\b)/;

/** A negated infinitive and a second infinitive coordinated after it, which the negation does not reach ("a non andare in X e
 * ad evitare", "de ne pas s'y rendre et d'éviter", "not to go there and to avoid"; the window may end right before the second
 * infinitive, the trigger). */
const NEG_INF_COORD_RE = /\b(?:not to|a non|ad non|di non|ne pas)\s+[^.;]*?\s(?:and to|but to|e ad?|ed a|e di|anzi ad?|anzi di|ma ad?|ma di|et (?:[àa]|de|d')|et d')\s?(?=\S|$)|\bnot to (?:travel|go)\s[^.;]*?\sor to\s?(?=\S|$)/;

/** A negated infinitive, then a finite verb in the past coordinated with the verb that governs it: "advised its citizens not to
 * go to Myanmar and raised its travel advisory" (the negation is the infinitive's only). */
const NEG_INF_THEN_FINITE_RE = /\bnot to\s+[^.;]*?\sand\s+(?=(?:has\s+|have\s+|also\s+)?[a-z]{3,}ed\b)/;

/** (… and a phrase of circumstance, whose noun the negation before it does not reach: "the flag is no longer flying at the
 * embassy amid evacuations") */
const NEW_CLAUSE_RE = /\b(?:yet(?!\s+to\b)|nevertheless|nonetheless|instead|amid|amidst|(?:and|so)(?=\s+(?:it|they|he|she|we|i)\s))\b/g;

/** (a state said to be possible, in a clause of its own, is no hedge of what follows it: "Once movement is possible, we urge
 * citizens to leave now"; "it is possible that", "it is possible the embassy will close" still are) */
const HEDGE_RE =
  /\b(?:consider|considering|weighs|weighing|mulls|mulling|(?<!\b(?:is|are|becomes?|became|remains?|was|were)\s+)possible|possible(?!\s*[,;])|plans? for|may wish|might wish|may want|might want|may choose|may decide|(?<!\b(?:\d{1,2}(?:st|nd|rd|th)?|in|of|early|late|mid|since|until|by|on|from)\s)may(?!\s+(?:be\s+(?:noted|recalled|reminded)\b|\d))|might|could|would|think about|think seriously|think carefully|(?:those|anyone|travell?ers|citizens) who(?!\s+(?:are|remain)\s+(?:(?:currently|still|already|now)\s+)?(?:in|there)\b|\s+(?:wish|want|choose|decide)\s+to\s+(?:remain|stay)\b)|who (?:wish|want|choose|decide)(?!\s+to\s+(?:remain|stay)\b)|who (?:have |has |had )?(?:asked|requested|wanted|needed|sought|wished|chose|decided)|wishing|choose to(?!\s+(?:remain|stay)\b)|chooses to(?!\s+(?:remain|stay)\b)|be prepared|are prepared|prepared to|prepare to|preparing to|prepare for|make plans?|making plans?|have a plan|has a plan|plans? to|planning|contingency|in the event|in case|should the situation|option to|options to|able to|ability to|capacity to|in a position to|ready to|pr[êe]te?s? (?:[àa]|pour)|bereit(?:e|en|er)?|pront[oiae] (?:a|ad)|are advised to review|review your|evaluate|assess|reassess|possible need|may need|could need|(?:was|were) (?:also )?expected to|should (?:you|they|we|citizens|travell?ers) (?:need|have|decide|choose|wish|want|elect) to|potential|emergency plans?|envisager|envisagez|pourraient|pourrait|[ée]ventuel|eventuell|eventual[ei]|m[öo]gliche[nrs]?|gegebenenfalls|ggf|im notfall|im ernstfall|notfalls|bei bedarf|en cas de besoin|si n[ée]cessaire|in caso di necessit[àa]|se necessario|sollten sie erw[äa]gen|erw[äa]gen|pr[üu]fen|valut(?:are|a|ano|ando|ava|avano)|envisag(?:e|ent|eait|eaient|erait|eraient)|erw[äa]g(?:t|te|ten)|eventualmente|qualora|nel caso|in caso|pian[oi](?: (?:della|del|dei|degli|delle) [\w-]+)? (?:per|di|d')|possibilit[àa] (?:di|d')|possibilit[ée] (?:de|d')|m[öo]glichkeit (?:einer|eines|zur|zum)|(?:sta|stanno|stava|stavano) (?:preparando|predisponendo|elaborando)|plans? (?:pour|d')|pr[ée]par(?:e|ent|ait|aient|ation) (?:un|des|d')|pl[äa]ne? (?:zur|zum|f[üu]r)|planen|vorbereit\w*)\b/;

/** Hedges before a trigger in its clause ("consider leaving", "be prepared to shelter"). */
export function hedgedBefore(low: string, pos: number, max = 70): boolean {
  const w = backWindow(low, pos, max, false);
  if (!HEDGE_RE.test(w)) return false;
  // (a clause of time closed by a comma holds its own words: "Until we have been able to communicate evacuation options,
  // please remain indoors" — "able to" is no hedge of the instruction)
  const t = UNTIL_CLAUSE_RE.exec(w);
  if (t !== null) return HEDGE_RE.test(w.slice(t.index + t[0].length));
  // (… and so does a relative clause between commas about the addressees: "Deutsche, die sich gegebenenfalls dort noch
  // aufhalten, wurden aufgefordert, …")
  // (only an adverb of chance there: "those who wish to leave," is a hedge of the call)
  if (!w.includes(',')) return true;
  const r = RELATIVE_ASIDE_RE.exec(w);
  return !(r !== null && ASIDE_CHANCE_RE.test(r[0]) && !HEDGE_RE.test(w.replace(RELATIVE_ASIDE_ALL_RE, ', ')));
}

/** An adverb of chance inside such a clause ("die sich gegebenenfalls dort noch aufhalten", "qui se trouveraient éventuellement"). */
const ASIDE_CHANCE_RE = /\b(?:gegebenenfalls|ggf|eventuell\w*|eventualmente|[ée]ventuellement|possibly|perhaps|notfalls)\b/;

/** A relative clause between commas (", die … ,", ", who … ,", ", qui … ,", ", che … ,"). */
const RELATIVE_ASIDE_RE = /(?:^|,)\s*(?:die|der|welche|who|qui|che|i quali|le quali)\s[^,;]*,/;
const RELATIVE_ASIDE_ALL_RE = new RegExp(RELATIVE_ASIDE_RE.source, 'g');

/** A clause of time up to its closing comma ("until …, ", "jusqu'à ce que …, ", "bis …, ", "finché …, "). */
const UNTIL_CLAUSE_RE = /\b(?:until|till|jusqu'[àa] ce qu\w*|bis|finch[ée]|fino a quando|fin quando)\b[^,;]*,\s*/;

/** An if-clause that names who is told to leave, the FCDO's wording: "(if) you don't have an essential reason to stay in X",
 * "(if) you have no pressing need to remain". */
const NO_NEED_TO_STAY =
  "you\\s+(?:do not have|don't have|have no|do not need|don't need)\\s+(?:an?\\s+)?(?:essential|pressing|compelling|urgent|strong)?\\s*(?:reason|need|requirement)?\\s*to\\s+(?:stay|remain|be there|be in)\\b";
const NO_NEED_TO_STAY_RE = new RegExp('^\\s*' + NO_NEED_TO_STAY);
/** … and after "unless", who has a reason to stay: "(unless) they have a need to remain", "(unless) you have an essential reason to stay". */
const NEED_TO_STAY_RE = /^\s*(?:you|they|we)\s+(?:have|has)\s+(?:an?\s+)?(?:essential|pressing|compelling|urgent|strong|real|genuine|good)?\s*(?:reason|need|requirement)\s+to\s+(?:stay|remain|be there|be in)\b/;
/** … and the call that follows it, up to the leave verb: "If you don't have an essential reason to stay in X, you should ". */
export const NO_NEED_LEAD_RE = new RegExp('^\\s*if\\s+' + NO_NEED_TO_STAY + "[^.;]{0,60},\\s*you\\s+(?:should|must|need to)\\s+$");

/** A relative clause of those with no reason to stay, before the call: "anyone who does not have a pressing reason to stay to",
 * "chiunque non abbia pressanti motivi per restare di", "tous ceux qui n'ont pas de raison impérieuse de rester de". Its
 * negation and its "anyone who" are the addressee's, not the call's (so is "whose presence is not essential", "dont la présence n'est pas
 * essentielle"). */
export const NO_NEED_REL_RE =
  /\b(?:anyone|those|everyone|chiunque|chi|coloro|quanti|quiconque|ceux|alle|wer)\s+(?:who\s+|che\s+|qui\s+|die\s+)?(?:does not|do not|doesn't|don't|has no|have no|non|n'\w+\s+pas|ne\s+\w+\s+pas|nicht|keine\w*)\s+(?:\S+\s+){0,3}?(?:reasons?|need|motiv[io]|ragion[ie]|raisons?|gr[üu]nde?|grund|anlass)\b(?:[^.;]|\.(?=[a-z])){0,70}$|\b(?:whose|dont|deren|dessen|la cui)\s+(?:(?:la|their|ihre|seine)\s+)?(?:presence|pr[äa]senz|anwesenheit|presenza|stay|sejour|aufenthalt|permanenza)\b[^.;]{0,60}?\b(?:is not|isn't|are not|aren't|n'est pas|ne soit pas|nicht|non [èe])\s+(?:\S+\s+)?(?:essential|necessary|essentiel\w*|indispensab\w*|n[ée]cessaire|notwendig|erforderlich|necessari\w*|essenzial\w*)\b(?:[^.;]|\.(?=[a-z])){0,80}$/;

/** A check of need and its "if not", before the call: "di valutare se la permanenza sia necessaria e, in caso contrario, di",
 * "consider whether your presence is essential and, if not,", "prüfen Sie, ob Ihr Aufenthalt erforderlich ist, und falls nicht,".
 * Those who need not stay are the addressees: the check is no hedge and its "if not" no condition of the call. */
export const NEED_CHECK_BEFORE_RE =
  /\b(?:valut\w*|verific\w*|consider\w*|evaluat\w*|assess\w*|pr[üu]f\w*|evalu\w*|verifi\w*|review\w*)\s+(?:se|whether|if|ob|si)\b[^.;]{0,80}?\b(?:necessar\w*|essential|erforderlich|notwendig|necessaire|indispensab\w*|required|unerl[äa]sslich)\b[^.;]{0,40}?\b(?:in caso contrario|if not|otherwise|falls nicht|andernfalls|sinon|dans le cas contraire)\b[^.;]{0,40}$/;

/** Between a condition and a later trigger: the condition's quotation or clause closed, and another report begins. */
const CONDITION_CLOSED_RE = /["\u201d\u00bb]\s*,?\s+(?:and|but)\s+(?:that|said|added|warned)\b|\b(?:and|but) (?:added|said|warned) that\b/;

/** Those told, named by a worry of theirs, in the clause before the instruction: "anyone concerned for their safety should ". */
const CONCERNED_ADDRESSEES_RE =
  /\b(?:anyone|anybody|those|people|travell?ers|citizens|nationals|visitors)\s+(?:who\s+(?:is|are|feels?|may be)\s+)?(?:concerned|worried|anxious|uneasy|nervous)\s+(?:for|about)\s+(?:their|his|her|your)\s+(?:own\s+|personal\s+)?(?:safety|security|well-?being)\b[^.;]{0,60}$/;

/**
 * A condition that makes the instruction hypothetical ("if you have concerns, …", "should the
 * situation deteriorate"). "If you are in X" only locates the reader and is not a condition.
 */
export function conditional(low: string, pos: number): boolean {
  const cs = clauseStart(low, pos, false);
  const w = low.slice(Math.max(0, cs - 0), pos);
  const sentencePrefix = low.slice(0, pos);
  // (French, Italian and German conditions too: "En cas de riposte … et si les sirènes sont activées, il est recommandé de se
  // mettre à l'abri", "in caso di attacco", "im Falle eines Angriffs"; French "si" only before a determiner or a pronoun: the
  // Italian reflexive "si raccomanda" is no condition)
  const ifm = /\b(?:if|unless|in the event|should the|should there|in case|wenn|falls|qualora|im falle?|en cas (?:de|du|des|d')|dans le cas ou|au cas ou|in caso (?:di|del|della|dei|d')|nel caso (?:in cui|di)|si(?= (?:les|la|le|l'|un|une|des|vous|nous)\b)|s'ils?)\b([^,;]*)/.exec(sentencePrefix);
  // (a condition inside a quotation or a clause that another report follows does not reach past it: "should 'leave now if
  // it is safe to do so' and that the embassy had closed")
  if (ifm) {
    const seg = low.slice(ifm.index, pos);
    const closed = CONDITION_CLOSED_RE.exec(seg);
    if (closed) return /\b(?:if|unless|should the situation|in the event|in case)\b/.test(seg.slice(closed.index + closed[0].length));
  }
  if (ifm) {
    const cond = ifm[1] ?? '';
    // (… unless it adds a worry of theirs: "If you are in Vanuatu and have concerns for your safety, you should leave")
    if (/\band\s+(?:have|has|are|feel)\s+(?:any\s+)?(?:concern|worr|unsafe|anxious|afraid)/.test(cond)) return true;
    if (/^\s*(?:you(?:'re| are)|you're|they are|u\.s\. citizens are|citizens are|you are currently|you remain|vous [êe]tes|vous vous trouvez|sie sich|vi trovate|ti trovi)\s+(?:currently\s+|already\s+|still\s+|actuellement\s+|encore\s+|deja\s+|attualmente\s+|ancora\s+)?(?:in|there|located|au|aux|en|dans|sur place|nel|nella|nei|negli|im)\b(?!\s+(?:the\s+)?(?:vicinity|immediate area|area of|an area|affected areas?|path|a (?:crowd|demonstration|protest|building)))/.test(cond)) return false;
    // (nor does one that names who is told: "If you don't have an essential reason to stay in Burundi, you should leave")
    if (NO_NEED_TO_STAY_RE.test(cond)) return false;
    // (… nor its "unless" form: "Unless they have a need to remain in Myanmar, we advise New Zealanders to depart")
    if (ifm[0].startsWith('unless') && NEED_TO_STAY_RE.test(cond)) return false;
    if (/^\s*(?:you\s+)?(?:are|remain)\s+(?:still\s+)?(?:in|there)\b(?!\s+(?:the\s+)?(?:vicinity|immediate area|area of|an area|affected areas?|path|a (?:crowd|demonstration|protest|building)))/.test(cond)) return false;
    return true;
  }
  // an indirect question asks, it does not tell: "… whether British nationals have been advised to leave", "… ob Deutsche
  // zur Ausreise aufgefordert werden" (in the trigger's own comma clause only)
  if ((low.includes('whether') || low.includes(' ob ')) && /\b(?:whether|ob)\b/.test(low.slice(clauseStart(low, pos, true), pos))) return true;
  // those told named by a worry of theirs: "anyone concerned for their safety should leave Nepal or stay indoors" (a choice left
  // to them, not an instruction)
  if (CONCERNED_ADDRESSEES_RE.test(low.slice(Math.max(0, pos - 120), pos))) return true;
  // inverted condition: "Should an air alert be announced, the Embassy will shelter in place"
  if (/^\s*(?:should|were|had)\s+(?:an?|any|the|there|it|you)\b[^,;]{0,80},/.test(low.slice(0, pos))) return true;
  return /\b(?:if|unless|should the situation|in the event|in case)\b/.test(w);
}

/** A country's own terror-threat scale, no travel advice: "the threat level in Brussels", "niveau de la menace", "Terrorwarnstufe",
 * France's "plan Vigipirate" ("au niveau Urgence attentat"). */
export const THREAT_SCALE_RE = /\b(?:(?:terror(?:ism|ist)?\s+)?threat\s+level|terror\s+alert\s+level|niveau de (?:la )?menace|terrorwarnstufe|gef[äa]hrdungsstufe|livello (?:di )?(?:minaccia|allerta terrorismo)|vigipirate|urgence attentat)\b/;
