/**
 * The advisory classifier: text → findings (see docs/classification.md). Pure, synchronous, no I/O,
 * never throws.
 *
 * Pipeline: prefilter → text preparation → per-sentence country mentions and roles → topic country →
 * signal and level hits on trigger sentences → attribution of each hit to (country, issuer) →
 * aggregation, supersession and evidence.
 */
import { type Classifier, type ClassifyInput, type Finding, LEVEL_SIGNALS, type Level, SIGNALS, type Signal } from '../domain/types.js';
import { COUNTRY_EXTRAS } from './gazetteer-data.js';
import { Gazetteer, isAscii, type CountryExtra, type Mention } from './gazetteer.js';
import { ISSUER_EXTRAS } from './issuer-data.js';
import { assignRoles, genericIssuers, issuerListGap, LIST_COPULA_END_RE, LIST_GAP_RE, type RoledMention } from './issuers.js';
import { bareLevelLine, detectLevels, legendByLines, areaListFollows, EPITHET_APPOSITION_RE, EPITHET_OBJECT_RE, type LevelHit } from './levels.js';
import { trieRegexSource } from './trie.js';
import { detectReopened, detectSignals, holidayClosure, holidaySentence, TRIGGER_LOW_RE, TRIGGER_RE, type Mask, type SignalHit } from './signals.js';
import { clauseStart, hedgedBefore, negatedBefore } from './context.js';
import { matchForm, prepareDraft, printable, toPlainText, type PrepareDraft, type Sentence } from './text.js';
import { ownAdvicePage } from './ownpage.js';

/** The trigger, global: every match of a unit in one pass. */
const TRIGGER_ALL_RE = new RegExp(TRIGGER_LOW_RE.source, 'g');

/**
 * Trigger words in the boilerplate of advisories that never carry advice: "with little or no warning", "without warning",
 * "receive alerts" (any plural "alerts"), "medical evacuation" (the detectors skip it). A sentence whose only trigger words
 * are these is no trigger sentence. (The test reads the match and the few characters before it.)
 */
export function inertTrigger(low: string, i: number, word: string): boolean {
  switch (word) {
    case 'alert':
      return low.charCodeAt(i + 5) === 115 /* s */ && !/[a-z]/.test(low.charAt(i + 6));
    case 'warning':
      return /(?:\bno|\bwithout|\bwithout any)\s$/.test(low.slice(Math.max(0, i - 12), i)) && !/[a-z]/.test(low.charAt(i + 7));
    case 'evacu':
      return low.startsWith('medical ', i - 8);
    default:
      return false;
  }
}

/** The next trigger word in `low` from `from` that is not inert (null: none). */
function nextTrigger(low: string, from: number): RegExpExecArray | null {
  TRIGGER_ALL_RE.lastIndex = from;
  let tm: RegExpExecArray | null;
  while ((tm = TRIGGER_ALL_RE.exec(low)) !== null && inertTrigger(low, tm.index, tm[0])) TRIGGER_ALL_RE.lastIndex = tm.index + tm[0].length;
  return tm;
}

export { prepare } from './text.js';
export type { Sentence, PreparedText } from './text.js';

/** Kept for callers that awaited the data: the gazetteer data is a static import now. */
export const gazetteerReady: Promise<void> = Promise.resolve();

let defaultGazetteer: Gazetteer | null = null;

/** The shared gazetteer (i18n-iso-countries + gazetteer-data + issuer vocabulary), built once. */
export function getGazetteer(): Gazetteer {
  if (!defaultGazetteer) {
    const extras: CountryExtra[] = [...(COUNTRY_EXTRAS as readonly CountryExtra[]).filter((x) => x && typeof x.code === 'string'), ...ISSUER_EXTRAS];
    defaultGazetteer = new Gazetteer({ extras });
  }
  return defaultGazetteer;
}

/** A country by name, ISO code, demonym or capital (any case, accents optional) → ISO alpha-2, or null. */
export function lookupCountry(query: string): string | null {
  try {
    return getGazetteer().lookup(query);
  } catch {
    return null;
  }
}

/** Closest country names to a (misspelt) query, best first. */
export function suggestCountries(query: string, n = 5): Array<{ code: string; name: string; distance: number }> {
  try {
    return getGazetteer().suggest(query, n);
  } catch {
    return [];
  }
}

/** State Department Country-Tag (FIPS-style) → ISO alpha-2, or null. */
export function fipsToIso(code: string): string | null {
  try {
    return getGazetteer().fipsToIso(code);
  } catch {
    return null;
  }
}

/** English display name of a country code. */
export function countryName(code: string): string | null {
  try {
    return getGazetteer().nameOf(code);
  } catch {
    return null;
  }
}

const MAX_EVIDENCE = 600;
const MAX_INPUT = 2_000_000;

interface SentenceInfo {
  s: Sentence;
  trig: boolean;
  mentions: RoledMention[];
  generic: Array<{ start: number; end: number }>;
}

interface Hit {
  /** 'regional': advice for part of the country (a finding without a country-wide level). */
  kind: 'signal' | 'level' | 'regional';
  signal?: Signal;
  level?: Level;
  past?: boolean;
  regional?: boolean;
  /** A 'regional' hit from advice for a named part of the country (not a level on another government's own scale). */
  part?: true;
  /** A 'regional' hit from advice with no step of any scale ("warned against travel to", "updated its travel advice for"). */
  vague?: true;
  /** A 'regional' hit whose part the text names as that country's ("provinces of Papua New Guinea"): kept beside the issuer's other advice. */
  owned?: true;
  sentence: number;
  country: string;
  issuers: Array<string | null>;
  pos: number;
  /** The issuer's embassy reopened (no signal: it ends a suspension told elsewhere). */
  reopened?: true;
  /** A departure's group: an ordered one of family members only, an authorized one that names staff. */
  familyOnly?: true;
  staffToo?: true;
}

/** Advice said to be like the one just told, for another country: "similar travel advice in place for Iran", "des conseils
 * similaires pour l'Iran", "eine ähnliche Reisewarnung für Iran", "analoghe raccomandazioni per l'Iran". */
const SIMILAR_WORDS = ['similar', 'same', 'equivalent', 'identical', 'ahnlich', 'analog', 'gleich', 'meme', 'stess'];
/** SIMILAR_FOR_RE's match that says the advice is the same, not only similar. */
const SAME_FOR_RE = /\bsame\b|\bmemes\b|\bgleiche|\bidentical\b/;
const SIMILAR_FOR_RE =
  /\b(?:(?:similar|the same|equivalent|identical)\s+(?:travel\s+)?(?:advice|advisor(?:y|ies)|warnings?|guidance)\s+(?:(?:already\s+|also\s+)?(?:in place|in force|in effect|exists?|existed|applies|applied|issued|given)\s+)?(?:for|to|on|about|regarding|concerning)|the\s+same\s+(?:now\s+|also\s+)?appl(?:ies|y)\s+(?:also\s+|now\s+)?to|(?:les\s+)?memes\s+(?:conseils|recommandations|consignes|avertissements|avis)\s+(?:de\s+voyage\s+)?s'appliquent\s+(?:egalement\s+|aussi\s+)?(?:aux|au|a|en|pour)|(?:das\s+)?gleiche\w*\s+gilt\s+(?:auch\s+|ebenso\s+)?f[üu]r|(?:conseils?|recommandations?|avis)\s+(?:de voyage\s+)?similaires\s+(?:(?:en vigueur|d[ée]j[àa] en vigueur)\s+)?(?:pour|concernant|sur)|(?:eine\s+|die\s+)?(?:[äa]hnliche|gleiche)\w*\s+(?:reisewarnung|reisehinweis|warnung|sicherheitshinweis)\w*\s+(?:(?:gilt|galt|besteht|bestand)\s+(?:bereits\s+|schon\s+)?)?(?:f[üu]r|zu)|(?:analog\w*|stess\w*)\s+(?:raccomandazion\w*|indicazion\w*|avvertenz\w*|sconsigli\w*)\s+(?:(?:gi[àa]\s+)?in vigore\s+)?(?:per|su|riguardo a))\s+(?:the\s+|l'|la\s+|le\s+|il\s+|lo\s+|den\s+|die\s+|das\s+)?/g;

/** A closure on given dates: "closed to the public on March 24 and 25", "will be closed on Friday, June 6". */
const DATED_CLOSURE_RE =
  /\b(?:closed|shut)\s+(?:to the public\s+)?(?:on|from)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\d)/;
/** A closure bounded as an office's is: "exceptionnellement fermée", "closed to the public from 24 to 28 February", "vom 24. bis
 * 28. Februar geschlossen", "an diesem Tag für den Publikumsverkehr geschlossen" (with no cause told, it is no suspension). */
const BOUNDED_CLOSURE_RE =
  /\b(?:exceptionally|exceptionnellement|ausnahmsweise|eccezionalmente)\s+(?:\S+\s+){0,2}?(?:closed|shut|ferm[ée]e?s?|geschlossen|chius[aoei])\b|\b(?:an diesem tag|on this day|that day|ce jour-l[àa]|quel giorno|in tale giorno)(?![\w-])[^.;]{0,80}?\b(?:closed|shut|ferm[ée]e?s?|geschlossen|chius[aoei])\b|\b(?:closed|shut|ferm[ée]e?s?|geschlossen|chius[aoei])\s+(?:on\s+)?(?:that|this)\s+day\b|\b(?:closed|shut|ferm[ée]e?s?|geschlossen|chius[aoei])\s+(?:\S+\s+){0,3}?(?:from|du|vom|dal|between)\s+(?:\S+\s+)?\d{1,2}(?:er|st|nd|rd|th|\.)?\s+(?:\S+\s+)?(?:to|au|bis(?:\s+zum)?|al|and|-|\u2013)\s+(?:\S+\s+)?\d{1,2}\b|\b(?:from|du|vom|dal)\s+\d{1,2}(?:er|\.)?\s+(?:\S+\s+)?(?:to|au|bis(?:\s+zum)?|al)\s+\d{1,2}\.?\s+(?:\S+\s+){0,3}?(?:closed|geschlossen|chius[aoei]|ferm[ée]e?s?)\b/;
/** A closure's cause told in its sentence (then it is no holiday's). */
const CLOSURE_CAUSE_RE =
  /\b(?:due to|because|owing to|amid|following|given|security|threat\w*|protest\w*|demonstrat\w*|unrest|violen\w*|clash\w*|attack\w*|curfew|strike|election\w*|fighting|emergency|precaution\w*)\b/;
/** A time off named before a closure: "will be on vacation", "Holy Week", "les vacances". */
const VACATION_RE = /\b(?:on vacation|vacation|holy week|semana santa|easter week|vacances|cong[ée]s|ferien|urlaub|ferie)\b/;

/** A word opening a time or comparison clause: "two days after", "before", "when", "than". */
const TIME_CLAUSE_WORD_RE = /\b(?:after|before|when|while|whereas|following|until|than)\b/;

const SIMILAR_RE =
  /\b(?:similar|the same|such|comparable|parallel|equivalent|identical|matching|corresponding)\s+(?:\S+\s+){0,2}?(?:warnings?|advice|advisories|updates|calls?|appeals?|measures|steps|recommendations?|guidance|alerts?|messages?|instructions?|statements?|moves?|orders?|actions?)\b|\bfollowed suit\b|\b(?:also|too|likewise)\s+(?:made|took|taken)\s+(?:the|this|that)\s+(?:move|step)\b(?!\s+(?:to|of|in)\b)|\b(?:made|took)\s+(?:the|this|that)\s+(?:move|step)(?:\s*,)?\s+(?:too|as well)\b|\b(?:list|ranks|number|group) of (?:such )?(?:countries|nations|governments)\b|\bdid the same\b|\bdone the same\b|\bdid likewise\b|\b(?:ont|a|avaient|avait|auraient|aurait)\s+fait\s+de\s+m[êe]me\b|\b(?:hanno|ha|avevano|aveva)\s+fatto\s+lo\s+stesso\b|\b(?:haben|hat|hatten|hatte)\s+(?:das\s+)?gleiche\s+getan\b|\b(?:haben|hat|hatten|hatte)\s+(?:dies|das)\s+(?:(?:bereits|schon|ebenfalls|auch|gestern|zuvor|vorher|am\s+\w+)\s+){0,3}getan\b|\bdone likewise\b|\bhave done so\b|\bhas done so\b|\bechoed (?:the|this|that|those|these)\b|\bjoined (?:the|in)\b|\bmesures similaires\b|\bmessages? similaires\b|\b[äa]hnliche\w*\b|\banaloghe?\b|\bfollow(?:s|ed|ing)? suit\b|\bfollowed\b(?!\s+(?:developments|the situation|events|closely|news|the news|reports?|by|up|through|on|from|a|an)\b)|\b(?:near|nearly|almost|virtually)[- ]identical\b|\bsulla stessa linea\b|\bstessa linea\b|\bebenfalls\b|\b(?:comunicazion[ei]|comunicati|avvisi|raccomandazioni|misure|appelli|inviti|indicazioni|messaggi|decisioni|avvertimenti)\s+(?:analogh[ei]|simili)\b|\bsimili\s+(?:comunicazion[ei]|comunicati|avvisi|raccomandazioni|misure|appelli|inviti|indicazioni|messaggi|decisioni)\b|\b(?:appels?|consignes?|avertissements?|recommandations?|d[ée]cisions?|conseils?|avis|mises en garde)\s+(?:similaires?|analogues?|identiques?)\b|\b(?:la|les|le|un|une)\s+m[êe]mes?\s+(?:recommandations?|consignes?|d[ée]cisions?|appels?|avertissements?|conseils?|mises en garde)\b|\b(?:une|cette|la)\s+(?:recommandation|consigne|mise en garde|position|d[ée]cision)\s+(?:(?:aussi|[ée]galement|d[ée]j[àa])\s+)+(?:[ée]mise|donn[ée]e|formul[ée]e|partag[ée]e|adopt[ée]e|prise)\s+par\b/;

/** Of a `SIMILAR_RE` match: a call like the one before ("similar calls", "un même appel"), not like measures. */
const CALL_WORD_RE = /\b(?:calls?|appeals?|appels?|appelli|aufrufe?)\b/;
/** Advice, as what another government issued alike ("similar warnings", "eine ähnliche Empfehlung", "des conseils similaires"): it
 * repeats the advice (a call to leave or to shelter, and a level if the same), not the measures told beside it (an embassy
 * moved, staff withdrawn, an evacuation). */
const ADVICE_WORD_RE =
  /\b(?:warnings?|advice|advisor(?:y|ies)|recommendations?|guidance|alerts?|instructions?|empfehlung(?:en)?|warnung(?:en)?|reisewarnung(?:en)?|hinweise?|avertissements?|conseils?|recommandations?|consigli|raccomandazion[ei]|avvertiment[oi]|avvertenz[ae]|avvisi?)\b/;

/** Right before a government named as one more that did the same: "ebenso wie die USA", "as did the United States", "tout comme
 * l'Italie", "così come la Francia". */
const ALIKE_BEFORE_RE = /\b(?:ebenso wie|genauso wie|so wie|as did|as have|as has|just like|tout comme|de m[êe]me que|ainsi que|cos[iì] come|come anche)\s+(?:die\s+|der\s+|das\s+|the\s+|les\s+|la\s+|le\s+|l'|gli\s+|il\s+|i\s+)?$/;

/** The advice just given said to cover places: "This advisory, which also covers ", "This advice covers both ", "the warning also
 * applies to ". */
const ADVICE_COVERS_RE = /\b(?:this|the|that|these|its)\s+(?:travel\s+)?(?:advice|advisory|advisories|warning|warnings|alert|update)\s*,?\s*(?:which\s+)?(?:also\s+)?(?:covers?|applies\s+to|apply\s+to|extends?\s+to|includes?)\s+(?:both\s+)?/;

/** A sentence that opens on the members of a group of governments the sentence before left unnamed: "Among them (is) …", "Tra
 * questi (c'è anche) …", "Parmi eux …", "Darunter (auch) …". */
const AMONG_THEM_RE = /^(?:["'\u201c\u00ab]\s*)?(?:among (?:them|those|these)(?: countries| governments)?|(?:these|they) include[sd]?|tra (?:questi|loro|essi|cui|i quali)|fra (?:questi|loro|essi|cui)|parmi (?:eux|elles|ceux-ci|celles-ci|lesquels|ces pays)|darunter|unter ihnen|zu ihnen (?:geh[oö]r(?:t|en)|z[aä]hl(?:t|en)))\b/;

/** Advice one sentence can say holds elsewhere too: a country-wide level, a call to leave or to shelter (not a past one). */
function repeatableAdvice(h: Hit): boolean {
  return !h.past && ((h.kind === 'level' && !h.regional) || (h.kind === 'signal' && (h.signal === 'leave_immediately' || h.signal === 'shelter_in_place')));
}

/** The advice `from` given again for each of `countries` in sentence `sentence` (once per step and issuers; not for its own country). */
function repeatFor(hits: Hit[], from: readonly Hit[], countries: readonly string[], sentence: number, pos: number): void {
  const seen = new Set<string>();
  for (const ph of from) {
    const key = `${ph.kind === 'signal' ? ph.signal : ph.level}/${ph.issuers.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const c of countries) if (c !== ph.country) hits.push({ ...ph, sentence, country: c, pos });
  }
}

/** From `AMONG_THEM_RE` to the first government it names: a verb of being, "also", an article. */
const AMONG_GAP_RE = /^\s*[,:]?\s*(?:(?:is|are|was|were|c'(?:e|è)|ci sono|c'erano|figurent?|figuraient|se trouvent?|ist|sind|war|waren|befinden sich)\s+)?(?:(?:also|too|notably|anche|aussi|notamment|auch)\s+)?(?:the\s+|la\s+|le\s+|les\s+|l'|il\s+|lo\s+|gli\s+|i\s+|die\s+|der\s+|das\s+)?$/;

/** Of a `SIMILAR_RE` match: advice told to be the same as the one before, not only like it. */
const SAME_ADVICE_RE = /\b(?:the same|identical|m[êe]mes?|(?:aussi|[ée]galement|d[ée]j[àa])\s+(?:[ée]mise|donn[ée]e|formul[ée]e|partag[ée]e|adopt[ée]e|prise))\b/;

/** A fact check, by its headline or lead: "FACT CHECK:", "Faktencheck", "hoax", "debunked", "fake message". */
const FACT_CHECK_HEAD_RE = /\b(?:fact[- ]?check\w*|faktencheck\w*|hoax(?:es)?|debunk\w*|fake (?:message|alert|notice|letter|news|document)s?|bufala|infox|intox|v[ée]rification|fausse (?:alerte|information|annonce)|falschmeldung\w*)\b/;
/** The verdict of a fact check: "The message is false", "Verdict: FALSE", "è un falso", "c'est faux". */
const FALSITY_RE = /\b(?:(?:is|are|was|were)\s+(?:completely\s+|entirely\s+|totally\s+)?(?:false|fake|a hoax|untrue|fabricated|not genuine|not authentic|a fake|a forgery)|verdict\W+(?:false|fake)|[èe] (?:un )?fals[oa]|c'est (?:un )?faux|est (?:un )?faux|ist (?:eine )?f[äa]lschung|ist falsch)\b/;

/** A game or an exercise, by its headline or lead: "Wargame finds …", "a tabletop exercise", "the board game …". */
const GAME_HEAD_RE = /\b(?:war[- ]?gam\w*|tabletop exercises?|table-top exercises?|simulation exercises?|(?:crisis|diplomacy|policy|negotiation) simulations?|exercise\W{1,5}exercise|board games?|video games?|card games?|role-playing games?|planspiel\w*|kriegsspiel\w*|jeu de (?:guerre|soci[ée]t[ée]|r[ôo]le)|gioco da tavolo|wargioco)\b/;
/** The words of a game's telling: players, moves, turns, a fictional scenario. */
const GAME_WORDS_RE = /\b(?:players?|player teams?|moves?|turns?|rounds?|fictional|fictitious|hypothetical|scenarios?|simulated|injects?|role[- ]play\w*|playing the roles?|game|cards?|dice|spieler\w*|joueurs?|giocator\w*)\b/g;

/** A piece labelled as satire or parody in its headline or lead: "SATIRE —", "a satirical publication", "Parodie". */
const SATIRE_HEAD_RE = /\b(?:satire|satirical|satirique|satirisch\w*|satiric[oa]|parody|parodie|parodia|spoof)\b/;
/** An obituary, by its headline or lead: "Obituaries", "Nachruf", "… dies at 94", "died, aged 81". */
const OBITUARY_HEAD_RE = /\b(?:obituar(?:y|ies)|nachruf|n[ée]crologie|necrologio|in memoriam|(?:dies|died|dead) at \d{2,3}|(?:dies|died),? aged \d{2,3})\b/;
/** The telling of a life an obituary closes on: "is survived by", "He was 94.", "was born in". */
const LIFE_STORY_RE = /\b(?:survived by|(?:he|she) was \d{2,3}\b|(?:was )?born (?:in|on)\b|hinterl[äa]sst|laisse dans le deuil|lascia (?:la moglie|il marito|i figli))/;
/** A reader's letter, by its heading: "Letters to the Editor", "Leserbriefe", "Courrier des lecteurs", "Lettere al direttore". */
const LETTER_HEAD_RE = /\b(?:letters? to the editor|leserbriefe?|courrier des lecteurs|lettres? de lecteurs|lettere al direttore)\b/;
/** A letter's salutation opening a paragraph: "Sir, –", "Dear Editor,", "Monsieur,", "Sehr geehrte", "Caro direttore". */
const SALUTATION_RE = /(?:^|\n)\s*(?:sir|madam|dear (?:sir|madam|editor)|monsieur|madame|sehr geehrte\w*|caro direttore|gentile direttore)\b\s*[,–—-]/;

/** Fiction, by its heading or lead: "FICTION |", "the novel follows", "An extract from …", "a short story". */
/** (a series' synopsis too: "Season 1, 8 episodes", "Episode guide", "Now streaming", "Staffel 2", "saison 3") */
const FICTION_HEAD_RE = /\b(?:fiction|short stor(?:y|ies)|(?:a|the|new|debut|his|her|their|latest) novel|novella|an? (?:extract|excerpt) from|(?:an|the) (?:extract|excerpt)\s*:|romanzo|nouvelle in\u00e9dite|(?:season|series|staffel|saison|stagione) \d{1,2}\b|\d+ (?:episodes|folgen|[ée]pisodes|episodi)|episode guide|now streaming)\b/;
/** An online forum's thread, by its heading or lead: "Expat Forum › Africa", "message board". */
const FORUM_HEAD_RE = /\b(?:forums?|message boards?|discussion boards?)\b/;
/** A post's byline in a forum thread: "Ousmane_D wrote:", "replied:", "posted by". */
const POST_MARK_RE = /\b(?:wrote|replied|a \u00e9crit|schrieb|ha scritto)\s*:|\bposted by\b/g;
/** A quiz, by its heading or lead: "QUIZ:", "Test your knowledge", "How well do you know …", "Trivia". */
const QUIZ_HEAD_RE = /\b(?:quiz(?:zes)?|quizz|test your knowledge|how well do you (?:know|speak)|trivia|testen sie ihr wissen|mettez-vous [àa] l'[ée]preuve)\b/;
/** A multiple-choice option opening a line or following a space: "a) Official Duty", "(b) Do Not Travel", "c. Stay indoors". */
const QUIZ_OPTION_RE = /(?:^|\s)\(?[a-d]\)\s/gm;
/** A procurement notice, by its heading: "Invitation to Tender", "Request for Proposals", "appel d'offres", "Ausschreibung". */
const TENDER_HEAD_RE = /\b(?:invitations? to (?:tender|bid)|calls? for (?:tenders?|bids|proposals)|requests? for (?:proposals?|quotations?|tenders?|bids)|tender (?:no|notice|number|ref)\b|procurement notice|appels? d'offres|ausschreibung\w*|bando di gara|gara d'appalto)/;
/** The words of a procurement notice: bids, bidders, lots, suppliers, a closing date. */
const BID_WORDS_RE = /\b(?:bids?|bidders?|tenderers?|lots?|closing date|suppliers?|contractors?|framework contract|soumission\w*|soumissionnaires?|bieter\w*|angebote?|offerent\w*|offerte)\b/g;
/**
 * A document about an epidemic, by its head: "Health Alert … Event: COVID-19 Response", "Coronavirus: confinement prolongé".
 * (The head is lower case with its accents: "épidémie" opens on a letter that \b does not see, so it has its own branch.)
 */
const EPIDEMIC_HEAD_RE = /\b(?:covid(?:-?19)?|coronavirus|corona(?:-pandemie|krise)|sars-cov-2|pand[eé]mi[ea]?|epid[eé]mi[ea]?|ebola|chol[eé]ra|mpox|monkeypox)\b|épid[eé]mi[ea]?\b/;
/** A security event a sentence names beside its stay-home instruction: then the instruction is shelter, epidemic or not. */
const SECURITY_EVENT_RE = /\b(?:protest\w*|demonstrat\w*|unrest|violen\w*|clash\w*|gunfire|shooting\w*|attacks?|explosions?|bomb\w*|riots?|fighting|armed|missiles?|rockets?|airstrikes?|strikes? on|manifestation\w*|affrontements?|tirs?|attentats?|unruhen|k[äa]mpfe\w*|angriff\w*|scontri|attacchi|spari)\b/;

/** Word starts every genre word opens with (a cheaper first test than the expression: most heads hold none). */
const GENRE_STEMS = [
  'review', 'rezension', 'critique', 'recension', 'fact check', 'fact-check', 'factcheck', 'faktencheck', 'hoax', 'debunk', 'fake', 'bufala',
  'infox', 'intox', 'verification', 'vérification', 'fausse', 'falschmeldung', 'war-gam', 'war gam', 'wargam', 'tabletop', 'table-top',
  'simulation', 'board game', 'video game', 'card game', 'role-playing game', 'planspiel', 'kriegsspiel', 'jeu de', 'gioco', 'wargioco',
  'satir', 'parod', 'spoof', 'obituar', 'nachruf', 'necrolog', 'nécrolog', 'in memoriam', 'dies', 'died', 'dead at', 'letter', 'leserbrief',
  'courrier des', 'lettre', 'fiction', 'short stor', 'novel', 'extract', 'excerpt', 'romanzo', 'nouvelle', 'forum', 'message board',
  'discussion board', 'invitation', 'call for', 'calls for', 'request for', 'requests for', 'tender', 'procurement', 'appel', 'ausschreibung',
  'bando di gara', "gara d'", 'crisis simulation', 'exercise', 'season', 'series', 'staffel', 'saison', 'stagione', 'episode', 'now streaming',
  'quiz', 'test your', 'how well', 'trivia', 'testen sie', 'mettez-vous',
];
/** The stems as one trie regex at word starts (where every alternative of GENRE_HEAD_RE starts): one cheap pass over the head. */
const GENRE_STEMS_RE = new RegExp('\\b' + trieRegexSource(GENRE_STEMS, 'shortest'));
/** Any of the genre words the head tests below look for (review, fact check, game, satire, obituary, letter), in one pass: most heads hold none. */
const GENRE_HEAD_RE = new RegExp(`\\b(?:review|rezension|critique|recensione)\\b|${FACT_CHECK_HEAD_RE.source}|${GAME_HEAD_RE.source}|${SATIRE_HEAD_RE.source}|${OBITUARY_HEAD_RE.source}|${LETTER_HEAD_RE.source}|${FICTION_HEAD_RE.source}|${FORUM_HEAD_RE.source}|${TENDER_HEAD_RE.source}|${QUIZ_HEAD_RE.source}`);

/** Before a domestic actor that does not act in its clause: "clashes between protesters and police", "fighting with the army". */
const ACTOR_NOT_AGENT_RE = /\b(?:between|among|against|with|versus|vs\.?|clash(?:es|ed)?|fighting|attacks? on)\s+(?:\S+\s+){0,5}?(?:and\s+)?(?:the\s+)?$/;

/** Before a domestic actor: a measure of the country's own and its passive agent ("the nationwide curfew announced by the Nepali"). */
const MEASURE_AGENT_BEFORE_RE =
  /\b(?:curfews?|state of (?:emergency|siege)|lockdowns?|restrictions|bans?|evacuation orders?|martial law)\s+(?:\S+\s+){0,3}?(?:announced|imposed|declared|introduced|enforced|extended|ordered|decreed)\s+(?:\S+\s+){0,3}?by\s+(?:the\s+)?(?:\S+\s+){0,2}$/;

const DOMESTIC_ACTOR_RE =
  /\b(?:local|regional|provincial|municipal|state|city|district|civil|national|interim|transitional|military|federal)?\s*(?:authorities|police|army|governor|mayor|junta|gendarmerie|civil protection|civil defen[cs]e|fire (?:service|department)s?|emergency services|security forces|soldiers|troops|rescuers|rescue teams|officials|landratsamt|beh[oö]rden?|polizei|feuerwehr|katastrophenschutz|b[uü]rgermeister\w*|prefecture|prefet|prefete|mairie|maire|autorites locales|pompiers|protezione civile|prefettura|prefetto|sindaco|comune|vigili del fuoco|(?:meteorological|weather|met|seismological|geological|geophysical|volcan\w*|tsunami warning|disaster management|emergency management|health) (?:service|department|office|agency|authority|bureau|institute|centre|center|ministry)s?|(?:centre|center|institute|agency|office|department|bureau|directorate) (?:for|of) (?:volcanolog\w*|meteorolog\w*|seismolog\w*|geolog\w*|disaster\w*|emergenc\w*|civil protection)|red cross|red crescent|ministry of (?:health|the interior|interior)|(?:health|interior) ministry)\b/g;

/** Headings and phrases of other governments' advice pages (FCDO, Smartraveller, Canada, Ireland, France, Germany, Italy). */
const OFFICIAL_PAGE_RE =
  /\b(?:latest update:|still current at|warnings and insurance|risk level|regional advisor(?:y|ies)|security status:|smartraveller|we(?:'ve| have)?(?: not|n't)? (?:reviewed|updated|changed) our (?:level of )?(?:travel )?advice|higher levels apply in (?:some )?parts|we (?:now |continue to )?advise|derniere minute|conseils aux voyageurs|reise- und sicherheitshinweise|sicherheitshinweise|avviso particolare|viaggiare sicuri|press release|communiqu[ée] de presse|comunicato stampa|pressemitteilung|travel alert for|danger information|reiseinformation|sicherheitsstufe)/;

/**
 * The document's own government, for sentences that name none: an official feed's source; on an official
 * page, the government named most (or, when it names none, the one whose advice vocabulary it uses); and
 * for a level nobody is said to give, the government the document names most. Computed once, when needed.
 */
class DocIssuer {
  private officialIssuer: string | null | undefined;
  private dominant: string | null | undefined;

  constructor(
    private readonly draft: PrepareDraft,
    private readonly infos: SentenceInfo[],
    private readonly detected: ReadonlyArray<{ sig: SignalHit[]; lev: LevelHit[] } | null>,
    private readonly inIssuer: string | null,
    private readonly topic: string | null,
    private readonly gaz: Gazetteer,
  ) {}

  private dominantIssuer(): string | null {
    if (this.dominant === undefined) this.dominant = this.inIssuer ?? dominantIssuer(this.infos, this.topic) ?? this.farIssuer();
    return this.dominant;
  }

  /** The issuer named most in the sentences (or unsplit paragraphs) the mention scan skipped, far from any advice:
   * asked only when the advice-bearing sentences and those around them name no government ("Data compiled on the
   * basis of Canadian Department of Foreign Affairs", eight lines before the level). */
  private farIssuer(): string | null {
    const far: SentenceInfo[] = [];
    for (const inf of this.infos) {
      if (inf.mentions !== NO_MENTIONS) continue;
      const raw = this.gaz.scan(inf.s.plain, inf.s.low, true, inf.s.ascii === true);
      // (only a foreign ministry or its like counts from so far: "Nicaraguan authorities have reinforced the border" is no issuer)
      if (raw.length > 0) far.push({ ...inf, mentions: assignRoles(inf.s.plain, inf.s.low, raw).filter((m) => m.kind === 'agency') });
    }
    return far.length > 0 ? dominantIssuer(far, this.topic) : null;
  }

  /** The issuer of an official document's unattributed sentences, or null for other documents. */
  official(): string | null {
    if (this.officialIssuer === undefined) {
      const official = !!this.inIssuer || this.draft.lows.some((l) => OFFICIAL_ANY_RE.test(l)) || this.draft.lows.slice(0, 3).some(mastheadLine);
      // an official page that never names its government speaks in that government's vocabulary
      this.officialIssuer = this.inIssuer ?? (official ? (this.dominantIssuer() ?? this.mastheadIssuer() ?? pageSignatureIssuer(this.draft.lows) ?? vocabularyIssuer(this.detected)) : null);
    }
    return this.officialIssuer;
  }

  /** The government a masthead names first ("Ministry of Foreign Affairs, Republic of Korea"), when no sentence names one as issuer. */
  private mastheadIssuer(): string | null {
    const k = this.draft.lows.slice(0, 3).findIndex(mastheadLine);
    if (k < 0) return null;
    const line = this.draft.lows[k]!;
    for (const inf of this.infos) {
      if (inf.s.low.length === 0 || !line.includes(inf.s.low.slice(0, 40))) continue;
      const m = inf.mentions.find((x) => x.kind === 'name' || x.kind === 'demonym' || x.kind === 'agency');
      if (m) return m.code;
    }
    return null;
  }

  /** The issuers of a level no sentence attributes, or null when the document names no government. */
  levelFallback(): ReadonlyArray<string | null> | null {
    const c = this.official() ?? this.dominantIssuer();
    return c ? [c] : null;
  }
}

/** The government whose own advice vocabulary a level phrase uses (for pages that never name themselves). */
function vocabularyIssuer(detected: ReadonlyArray<{ sig: SignalHit[]; lev: LevelHit[] } | null>): string | null {
  for (const d of detected) {
    if (!d) continue;
    for (const l of d.lev) if (l.vocabulary) return l.vocabulary;
  }
  return null;
}

/** The set phrases of one government's advice pages, for a page that names no government: Smartraveller's "… in X overall"
 * and "Higher levels apply", Ireland's "Security Status" with its scale (a page's frame outweighs one phrase's vocabulary:
 * Ireland's pages also "advise against all travel", as the FCDO does). */
const PAGE_SIGNATURES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:exercise (?:a high degree of caution|normal safety precautions)|reconsider your need to travel|do not travel) (?:in|to) [^.;:]{2,40}? overall\b|\bhigher levels apply\b/, 'AU'],
  [/\bsecurity status\b[^]{0,400}?\b(?:normal precautions|high degree of caution|avoid non-essential travel)\b/, 'IE'],
  // travel.gc.ca: "Risk level" over "Thailand - Exercise a high degree of caution"
  [/\brisk level\b[^]{0,300}?\b(?:take normal security precautions|exercise a high degree of caution|avoid non-essential travel|avoid all travel)\b/, 'CA'],
];

function pageSignatureIssuer(lows: readonly string[]): string | null {
  const text = lows.join('\n');
  for (const [re, code] of PAGE_SIGNATURES) if (re.test(text)) return code;
  return null;
}

const OFFICIAL_DOC_RE =
  /\b(?:travel advisory|security alert|demonstration alert|health alert|weather alert|natural disaster alert|actions to take|location:|event:|reissued|country summary|read the entire travel advisory|enroll in the smart traveler)\b/;

/** A mission's masthead at the top of its own notice: "Embassy of India, Bishkek", "Advisory for Indian nationals in …", "Ambassade de France au Congo – Brazzaville | …". */
const MASTHEAD_RE =
  /^(?:the\s+)?(?:(?:embassy|high commission|consulate(?:[- ]general)?|ministry of foreign affairs|department of foreign affairs)\s+of\s+(?:the\s+)?[a-z][a-z ]{2,40}(?:,|$)|(?:ministry of foreign affairs|department of foreign affairs|ministry of foreign affairs and trade)(?: and trade)?,\s+(?:the\s+)?[a-z][a-z ]{2,40}$|(?:travel\s+)?advisory\s+for\s+[a-z]+\s+(?:citizens|nationals|students|residents|travell?ers))|^(?:(?:l')?ambassade|consulat(?: general)?) de [a-z' -]{3,30}? (?:au|aux|en|a) [a-z][a-z' -]{1,30}?(?:$|\s*[|,])|^(?:die )?(?:deutsche |osterreichische |schweizerische )?(?:botschaft|generalkonsulat) (?:der [a-z ]{3,40}?|[a-z][a-z -]{1,30}?)(?:$|\s*[|,])|^(?:l')?(?:ambasciata|consolato(?: generale)?) d'italia (?:a|in) [a-z][a-z' -]{1,30}?(?:$|\s*[|,])|^(?:chers compatriotes|liebe landsleute|cari connazionali|gentili connazionali)\b/;

/** A notice's heading addressed to its government's citizens: "Message for U.S. Citizens", "Message aux ressortissants français". */
const MESSAGE_HEAD_RE =
  /^(?:(?:security |emergency |urgent |important )?message (?:for|to) (?:all )?(?:u\.?s\.?|new zealand|[a-z]+) (?:citizens|nationals)|(?:message|avis|communiqu[ée]) (?:urgent )?(?:aux|a l'attention des) (?:ressortissants|compatriotes|francais)|(?:nachricht|hinweis|mitteilung) an (?:alle )?(?:deutschen?|osterreichischen?|schweizer)|(?:messaggio|avviso|comunicazione) (?:ai|per i) connazionali)\b/;

/** A masthead or a message heading in one of the first lines, alone or after a separator ("Message … – Ambassade de France au Gabon"). */
function mastheadLine(l: string): boolean {
  if (MASTHEAD_RE.test(l) || MESSAGE_HEAD_RE.test(l)) return true;
  const parts = l.split(/\s[\u2013\u2014|-]\s/);
  if (parts.length < 2) return false;
  for (const p of parts) if (MASTHEAD_RE.test(p.trim()) || MESSAGE_HEAD_RE.test(p.trim())) return true;
  return false;
}

/** Either marker of an official document, in one pass. */
const OFFICIAL_ANY_RE = new RegExp(`${OFFICIAL_DOC_RE.source}|${OFFICIAL_PAGE_RE.source}`);

const NO_ISSUER: ReadonlyArray<string | null> = [null];
/** Unambiguous mentions of a country (its capital, its cities) that outweigh a document's cue against an ambiguous name of it. */
const AGAINST_OUTWEIGHED = 3;
/** A name written as an acronym in capitals ("US", "UAE"), which no person is called. */
const ACRONYM_RE = /(?:^|\s)[A-Z]{2,5}$/;
const NO_MENTIONS: RoledMention[] = [];
const NO_SPANS: Array<{ start: number; end: number }> = [];

/** The whole document's text and its latest year, computed once and only when needed. */
class DocText {
  private plainText: string | null = null;
  private latestYear = -1;
  constructor(private readonly draft: PrepareDraft) {}

  plain(): string {
    return (this.plainText ??= this.draft.paragraphs.join('\n'));
  }

  /** The latest year (1950–2049) the document names, 0 when none. */
  year(): number {
    if (this.latestYear < 0) {
      let y = 0;
      const re = /\b(19[5-9]\d|20[0-4]\d)\b/g;
      for (const low of this.draft.lows) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(low)) !== null) y = Math.max(y, Number(m[1]));
      }
      this.latestYear = y;
    }
    return this.latestYear;
  }
}

export function classify(input: ClassifyInput): Finding[] {
  let out: Finding[];
  try {
    out = run(input);
  } catch {
    return [];
  } finally {
    // (the document's units are read during `run` only: nothing of it is kept for the next call)
    docLows = [];
  }
  // (the own-page finding is an addition: should it fail, the findings already made stand)
  try {
    return withOwnPage(input, out);
  } catch {
    return out;
  }
}

/** An official item's own advice page (the source names the issuer and the country) that reported nothing for them is
 * still their advice: a finding with no level and no signals (see ownpage.ts). */
function withOwnPage(input: ClassifyInput, out: Finding[]): Finding[] {
  const iss = normCode(input.issuer);
  const cty = normCode(input.country);
  if (!iss || !cty || iss === cty || out.some((f) => f.country === cty && f.issuer === iss)) return out;
  let text = typeof input.text === 'string' ? input.text : '';
  if (text.length > MAX_INPUT) text = text.slice(0, MAX_INPUT);
  const plain = toPlainText(text, input.format);
  const evidence = ownAdvicePage(matchForm(plain), plain);
  return evidence === null ? out : [...out, { country: cty, issuer: iss, level: null, signals: [], evidence: printable(evidence) }];
}

export function createClassifier(): Classifier {
  return { classify };
}

function run(input: ClassifyInput): Finding[] {
  if (!input || typeof input !== 'object') return [];
  let text = typeof input.text === 'string' ? input.text : '';
  const title = typeof input.title === 'string' ? input.title : undefined;
  if (text.length > MAX_INPUT) text = text.slice(0, MAX_INPUT);
  // prefilter: one combined trigger over the whole document (lower-cased, accents folded)
  // (ASCII text needs no folding: the case-insensitive trigger reads it as it is, without a lower-cased copy)
  if (!(isAscii(text) ? TRIGGER_RE.test(text) : TRIGGER_LOW_RE.test(matchForm(text))) && !(title && TRIGGER_LOW_RE.test(matchForm(title)))) return [];
  const inIssuer = normCode(input.issuer);
  const inCountry = normCode(input.country);

  const gaz = getGazetteer();
  const draft = prepareDraft(text, { format: input.format, title });
  docLows = draft.lows;

  // --- mentions and roles, per sentence --------------------------------------------------------
  // --- detection first: signals and levels on trigger sentences only --------------------------
  // (no hit anywhere means no finding: the gazetteer and the roles are never needed then)
  // the whole text and its latest year are needed only once something was detected
  const doc = new DocText(draft);
  // a unit (title or paragraph) without a trigger word has no trigger sentence: its sentences are
  // built only when something was detected elsewhere
  // (kept as lists and written to their sentences' places once the sentences are numbered: no hashing of objects)
  const trigList: Sentence[] = [];
  const found: Array<{ s: Sentence; sig: SignalHit[]; lev: LevelHit[]; reo: Mask[] }> = [];
  // (the trigger runs over each unit once: from each sentence it finds the next trigger word, and the sentences
  // before that word's sentence are skipped without a search of their own)
  const trigUnits = new Uint8Array(draft.lows.length);
  let retro: boolean | undefined;
  let repatriationScale: boolean | undefined;
  let legendLines: boolean | undefined;
  let longerScale: boolean | undefined;
  const foundUnits = new Uint8Array(draft.lows.length);
  for (let k = 0; k < draft.lows.length; k++) {
    const low = draft.lows[k]!;
    let tm = nextTrigger(low, 0);
    if (tm === null) continue;
    trigUnits[k] = 1;
    const unit = draft.sentencesOf(k);
    // where the next trigger word starts (Infinity: no more in this unit)
    let next = tm.index;
    for (let ui = 0; ui < unit.length; ui++) {
      const s = unit[ui]!;
      if (next < s.start) {
        tm = nextTrigger(low, s.start);
        next = tm === null ? Infinity : tm.index;
      }
      if (next >= s.start + s.low.length) continue;
      trigList.push(s);
      // (both pure: the past test runs only where something was detected)
      // (a sentence that is only the term — a glossary or section heading "Ordered departure." — reports nothing)
      // (most trigger sentences detect nothing: their empty lists are kept, not filtered into new ones)
      let sig = detectSignals(s.low, { changeNote: s.changeNote });
      if (sig.length > 0) sig = sig.filter((h) => !termOnly(s.low, h.start, h.end) && !genericStatement(s.low, h.start, h.end));
      let lev = detectLevels(s.low);
      if (lev.length > 0) lev = lev.filter((l) => !genericStatement(s.low, l.start, l.end));
      // a scale the document defines by repatriation (the Philippines' alert levels) is not the travel-advice scale
      if (lev.length > 0 && lev.some((l) => l.structured) && (repatriationScale ??= draft.lows.some((l) => l.includes('repatriation') && REPATRIATION_SCALE_RE.test(l))))
        lev = lev.filter((l) => !(l.structured && /\balert\s+$/.test(s.low.slice(Math.max(0, l.start - 6), l.start))));
      // a scale's legend set out one level per line ("Level 1 - Exercise caution", "Level 2 - …", "Level 3 - …") gives no level
      // (… but a level's line that heads a list of areas on the next line gives those areas their level: "Level 3: Avoid All
      // Travel" then "- Sulu Province, Tawi-Tawi Province …")
      if (lev.length > 0 && bareLevelLine(s.low) && areaListFollows(draft.lows, k)) lev = lev.map((l) => ({ ...l, scope: 'regional' as const }));
      else if (lev.length > 0 && bareLevelLine(s.low) && (legendLines ??= legendByLines(draft.lows)))
        lev = [];
      // the gloss of a colour given to an area in the sentence before ("- North Sinai: red. Do not travel to this area.") is
      // that area's advice, not the country's
      if (lev.length > 0 && ui > 0 && COLOUR_ITEM_END_RE.test(unit[ui - 1]!.low)) lev = lev.map((l) => (l.objectStart >= 0 ? l : { ...l, scope: 'regional' as const }));
      // (an embassy's reopening is no signal, but it ends a suspension told elsewhere)
      const reo = detectReopened(s.low);
      if (sig.length === 0 && lev.length === 0 && reo.length === 0) continue;
      // the answer to a question about a term ("What does 'ordered departure' mean?", "Do other countries use the same
      // words?") explains words: it reports no advice unless it tells an event
      if (definitionAnswer(draft.lows, k, unit, ui) && !ANSWER_EVENT_RE.test(s.low)) continue;
      // a page's related links ("Related travel advisories" · "Bangladesh - Level 3: Reconsider Travel") are navigation
      if (relatedLinks(draft.lows, k)) continue;
      const past = pastSentence(s.low, doc);
      if (past && !stillNext(unit[ui + 1])) {
        // (… but a dated pluperfect of this year that names the level given before keeps that earlier level, the start of
        // a change: "The Ministry had earlier advised its citizens to defer all non-essential travel to X on 10 October 2026")
        if (!lev.some((l) => l.past) || !recentPriorLevel(s.low, doc)) continue;
        sig = [];
        lev = lev.filter((l) => l.past);
      } else if (past) {
        // (a dated closure whose state the next sentence says lasts keeps the closure, not the events told with it: "In 2019,
        // the Department withdrew all diplomatic personnel from the Embassy and suspended operations. As a result, there is
        // currently no U.S. consulate operating in Venezuela.")
        const order = /\bin (?:effect|force|place)\b|\ben vigueur\b|\bin kraft\b|\bin vigore\b/.test(unit[ui + 1]!.low);
        sig = sig.filter((h) => h.signal === 'embassy_suspended' || (order && (h.signal === 'ordered_departure' || h.signal === 'authorized_departure')));
      }
      // advice the next sentence says was withdrawn ("… advised against all non-essential travel. That advice was withdrawn in
      // November and does not apply") is no advice now
      // (… or the next paragraph opens on it: "Those warnings are long gone.")
      // (the pattern is anchored at its start: the paragraph's text stands for its first sentence)
      if (ui + 1 < unit.length ? withdrawnNext(unit[ui + 1]) : k + 1 < draft.lows.length && WITHDRAWN_NEXT_RE.test(draft.lows[k + 1]!)) continue;
      // (… or the sentence's own last clause after a semicolon or a dash: "…to Malé; that advice was withdrawn within weeks")
      if (withdrawnTail(s.low)) continue;
      // the story of a dated past sentence told on in the pluperfect ("On April 29, 1975, … Within hours the embassy had closed")
      if (pluperfectSequel(unit, ui, doc)) continue;
      // the story of an event the sentence before dates in the past, told on ("… Hurricane Maria in September 2017. After Maria, …")
      if (eventSequel(unit, ui, doc)) continue;
      // a retrospective ("Twenty years on, …") tells past events: only what it says is current counts
      if ((retro ??= retrospective(draft)) && !PRESENT_RE.test(s.low)) continue;
      found.push({ s, sig, lev, reo });
      foundUnits[k] = 1;
    }
  }
  if (found.length === 0) return [];
  // (the genre tests come once something was detected: most documents end above without them)
  // reviews of films, books and series retell stories: no advice in them
  let head = ((title ?? '') + ' ' + text.slice(0, 400)).toLowerCase();
  // (a State Department page's "Reissued after periodic review" is no review of a work: out before the genre tests)
  if (head.includes('periodic review')) head = head.replace(/\bperiodic review\b/g, ' ');
  // (one pass tells whether the head names a genre that carries no advice: a review, a fact check, a game)
  const genre = GENRE_STEMS_RE.test(head) && GENRE_HEAD_RE.test(head);
  if (genre && /\b(?:review|rezension|critique|recensione)\b/.test(head) && countUpTo(text.toLowerCase(), FILM_WORDS_RE, 3) >= 3) return [];
  // satire makes its governments' moves up; an obituary tells a life that is over; a reader's letter tells the writer's
  // memories and wishes: none of them reports advice
  if (genre && SATIRE_HEAD_RE.test(head)) return [];
  if (genre && OBITUARY_HEAD_RE.test(head) && LIFE_STORY_RE.test(text.toLowerCase())) return [];
  if (genre && LETTER_HEAD_RE.test(head) && SALUTATION_RE.test(text.slice(0, 3000).toLowerCase())) return [];
  // a fact check of a hoax ("FACT CHECK: No, the embassy has not told citizens to leave", "… The message is false") quotes
  // the claim it refutes: nothing in it is advice
  if (genre && FACT_CHECK_HEAD_RE.test(head) && draft.lows.some((l) => FALSITY_RE.test(l))) return [];
  // a war game, a tabletop exercise or a board game plays governments' moves: none of them is advice
  if (genre && GAME_HEAD_RE.test(head) && countUpTo(draft.lows.join('\n'), GAME_WORDS_RE, 3) >= 3) return [];
  // fiction (a novel's extract, a short story) makes its governments' moves up
  if (genre && FICTION_HEAD_RE.test(head) && countUpTo(text.toLowerCase(), FILM_WORDS_RE, 3) >= 3) return [];
  // a forum thread is private people's posts: what they say an embassy told is hearsay, not the embassy's advice
  if (genre && FORUM_HEAD_RE.test(head) && countUpTo(text.toLowerCase(), POST_MARK_RE, 2) >= 2) return [];
  // a quiz asks its readers what advisory words mean: its options ("a) … b) Ordered Departure c) …") report nothing
  if (genre && QUIZ_HEAD_RE.test(head) && countUpTo(text, QUIZ_OPTION_RE, 3) >= 3) return [];
  // a procurement notice describes the services it buys (evacuation transport, shelter supplies): it advises nobody
  if (genre && TENDER_HEAD_RE.test(head) && countUpTo(text.toLowerCase(), BID_WORDS_RE, 3) >= 3) return [];
  // a stay-home instruction in a document about an epidemic is a public-health measure (a lockdown's "remain in your residence
  // as much as possible"), not shelter from danger, unless the sentence names a security event beside it
  // (the head is read only when a stay-home instruction was found: most documents hold none; a head that names a security
  // event beside the epidemic — "a Level 4 advisory due to COVID-19 and civil unrest" — is about that event too)
  const sheltered = found.filter((f) => f.sig.some((h) => h.signal === 'shelter_in_place'));
  if (sheltered.length > 0 && EPIDEMIC_HEAD_RE.test(head) && !SECURITY_EVENT_RE.test(head))
    for (const f of sheltered) if (!SECURITY_EVENT_RE.test(f.s.low)) f.sig = f.sig.filter((h) => h.signal !== 'shelter_in_place');
  // (a paragraph past the first three, without any trigger word and two paragraphs or more away from detected
  // advice is needed only as a whole: it is not split into sentences)
  const prep = draft.finish((k) => {
    if (k < 3 || trigUnits[k] === 1) return false;
    for (let d = k - 2; d <= k + 2; d++) if (foundUnits[d] === 1) return false;
    return true;
  });
  const sentences = prep.sentences;
  const trigs = new Array<boolean>(sentences.length).fill(false);
  for (const s of trigList) trigs[s.index] = true;
  const detected = new Array<{ sig: SignalHit[]; lev: LevelHit[]; reo: Mask[] } | null>(sentences.length).fill(null);
  for (const f of found) detected[f.s.index] = f;

  // --- mentions and roles, per sentence --------------------------------------------------------
  // lower-case starts (agencies, French/German/Italian demonyms) and unnamed governments ("foreign
  // embassies") matter only where advice was detected, in the sentences whose issuers carry over to it,
  // and in the few after it that may extend it ("Britain and Norway issued similar calls")
  const near = new Uint8Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) if (detected[i]) for (let j = Math.max(0, i - 3); j <= Math.min(sentences.length - 1, i + 3); j++) near[j] = 1;
  const infos: SentenceInfo[] = sentences.map((s, i) => {
    const trig = trigs[i]!;
    // a sentence with no trigger word, far from any advice and past the lead names nothing the findings need
    // (the topic is what the title, the lead and the advice-bearing sentences talk about)
    if (s.whole || (!trig && near[i] !== 1 && i > 2 && !s.title)) return { s, trig, mentions: NO_MENTIONS, generic: NO_SPANS };
    const close = trig && near[i] === 1;
    const raw = gaz.scan(s.plain, s.low, close, s.ascii === true);
    const roled = assignRoles(s.plain, s.low, raw);
    return { s, trig, mentions: roled, generic: close ? genericIssuers(s.low) : [] };
  });

  // --- document-level resolution of ambiguous names ---------------------------------------------
  const support = new Map<string, number>();
  const againstCache = new Map<string, boolean>();
  // (a ministry's name two governments share is decided by the governments the document names, but not where it names them as
  // the places advice is for: a French "ministère des Affaires étrangères" advising against travel "en Belgique" stays France's)
  const actorSupport = new Map<string, number>();
  for (const inf of infos)
    for (const m of inf.mentions)
      if (!m.ambiguous && m.alternatives.length === 0) {
        support.set(m.code, (support.get(m.code) ?? 0) + 1);
        if (!(m.role === 'place' && m.locative) && m.role !== 'excluded') actorSupport.set(m.code, (actorSupport.get(m.code) ?? 0) + 1);
      }
  for (const inf of infos) {
    // (only ambiguous names and names with alternatives can be dropped or changed)
    let open = false;
    for (const m of inf.mentions) if (m.ambiguous || m.alternatives.length > 0) open = true;
    if (!open) continue;
    inf.mentions = inf.mentions.filter((m) => {
      if (m.alternatives.length > 0) {
        const all = [m.code, ...m.alternatives];
        const by = m.kind === 'agency' ? actorSupport : support;
        let best = m.code;
        let bestScore = by.get(m.code) ?? 0;
        for (const c of m.alternatives) {
          const sc = by.get(c) ?? 0;
          if (sc > bestScore) {
            best = c;
            bestScore = sc;
          }
        }
        // (a government the sentence itself names decides: "• Ireland — The Department of Foreign Affairs rates …"; a place named
        // after a ministry is where its advice goes, not whose it is: "le ministère des Affaires étrangères … en Belgique")
        // (… or the citizens it addresses: "the Department of Foreign Affairs advises Australians to reconsider …")
        const local =
          inf.mentions.find((o) => o !== m && o.alternatives.length === 0 && !o.ambiguous && o.kind === 'name' && all.includes(o.code) && (m.kind !== 'agency' || o.end <= m.start || o.role === 'issuer')) ??
          (m.kind === 'agency' ? inf.mentions.find((o) => o.start > m.end && o.kind === 'demonym' && o.role === 'addressee' && all.includes(o.code)) : undefined);
        if (local) best = local.code;
        if (inCountry && all.includes(inCountry)) best = inCountry;
        m.code = best;
      }
      if (!m.ambiguous) return true;
      let against = againstCache.get(m.code);
      if (against === undefined) againstCache.set(m.code, (against = gaz.contextAgainst(m.code, doc.plain())));
      // (a decoy named in passing — "not to be confused with the U.S. state of Georgia" — loses to a document that names
      // the country's own places again and again: "Tbilisi", "Kutaisi")
      if (against && (support.get(m.code) ?? 0) < AGAINST_OUTWEIGHED) return false;
      if ((support.get(m.code) ?? 0) > 0 || inCountry === m.code) return true;
      if (m.kind === 'place') return false;
      // a capitalised neighbour word makes it a person's name ("Chad Smith", "Michael Jordan"); an acronym in capitals is no
      // one's name ("The US Embassy in Kuwait")
      const before = inf.s.plain.slice(Math.max(0, m.start - 20), m.start);
      const after = inf.s.plain.slice(m.end, m.end + 20);
      if ((/^\s+\p{Lu}\p{Ll}/u.test(after) || /\p{Lu}\p{Ll}+\s+$/u.test(before)) && !ACRONYM_RE.test(m.text)) return false;
      // (the advice's object, "a Level 4 advisory for Chad", or the last of a list of countries, "Mali, Niger and Chad")
      // (… "the travel advice level for Jordan")
      if (/\b(?:advisor(?:y|ies)|warnings?|alerts?|advice|level\s*[1-4])(?:\s+level)?\s+(?:for|on)\s+$/i.test(before)) return true;
      if (inf.mentions.some((o) => o !== m && !o.ambiguous && o.kind === 'name' && o.end <= m.start && /^(?:\s*,\s*|,?\s+and\s+)$/.test(inf.s.plain.slice(o.end, m.start)))) return true;
      // (… or the head of a list item or a heading, a dash or a colon after it: "- Jordan – Exercise a high degree of caution")
      if (ITEM_LEAD_RE.test(inf.s.plain.slice(0, m.start)) && /^\s*[-\u2013\u2014:]\s/.test(after)) return true;
      // (… or travel's or leaving's object in German, French or Italian: "Reisen nach Guinea", "Guinea zu verlassen")
      return m.role !== 'place' || !!m.locative || /\b(?:to|in|into|across|throughout|leave|leaves|leaving|left|depart|departed|departing|fled|visit|from|nach|vers|en|verso)\s+$/i.test(before) || /^\s+zu\s+verlassen\b/i.test(after);
    });
  }

  // --- topic country ----------------------------------------------------------------------------
  const topic = inCountry ?? topicCountry(infos, inIssuer);

  // --- hits ---------------------------------------------------------------------------------------
  // the document's own government, worked out only when a sentence needs it (see `DocIssuer`)
  const docIssuers = new DocIssuer(draft, infos, detected, inIssuer, topic, gaz);
  const hits: Hit[] = [];
  let denied: number | undefined;
  let holidayDoc: boolean | undefined;
  let docHubs: Set<string> | undefined;
  // (whether some sentence tells a journey out by land, asked only of a flight's departure point)
  let planDoc: boolean | undefined;
  // (an object, not a closure: a named closure built on every call costs more than the test it defers)
  const docOverland: Overland = { infos };
  let discourse: { issuers: Array<string | null>; at: number } | null = null;
  // (the last government agency named as an issuer: what "the department" or "the ministry" of a later sentence refers to)
  let lastAgency: { code: string; at: number } | null = null;
  let lastHitSentence = -1;
  let lastGeneric = -1;
  for (let i = 0; i < infos.length; i++) {
    const inf = infos[i]!;
    if (inf.generic.length > 0) lastGeneric = i;
    const s = inf.s;
    const low = s.low;
    const sentIssuerGroups = issuerMentions(inf);
    const hitsBefore = hits.length;
    const det = detected[i];
    if (inf.trig && det) {
      const sig = det.sig;
      const lev = det.lev;
      // (an advisory's change note names no country: it is about the one its next sentence names, "The advisory level was
      // increased to Level 3." then "Reconsider travel to Madagascar …", which a page of several advisories needs)
      const noteTopic = s.changeNote && inf.mentions.length === 0 ? (nextSentenceCountry(infos, i) ?? topic) : topic;
      // the issuers of an unattributed sentence: an official feed's unattributed sentences are its own
      // (instructions, "Actions to Take"); else the issuers just named; else the document's
      // (an official page speaking of its own advice in the first person, "Our travel advice for Vanuatu remains", is
      // its own government's, whoever the sentences before named)
      const own = !inIssuer && discourse && i - discourse.at <= 3 && FIRST_PERSON_ADVICE_RE.test(low) ? docIssuers.official() : null;
      const docIssuer = inIssuer ?? own ?? (discourse && i - discourse.at <= 3 ? null : docIssuers.official());
      // ("While France and Spain confirmed rescue flights, the UK foreign office has not …. The government department said …
      // but has advised against all travel": the department is the office, not the governments listed before it)
      const agencyAnaphor = !inIssuer && !own && lastAgency && i - lastAgency.at <= 3 && sentIssuerGroups === NO_GROUPS && AGENCY_ANAPHOR_RE.test(low);
      const ctxIssuers: ReadonlyArray<string | null> = inIssuer
        ? [inIssuer]
        : agencyAnaphor
          ? [lastAgency!.code]
          : !own && discourse && i - discourse.at <= 3
          ? discourse.issuers
          : docIssuer
            ? [docIssuer]
            : NO_ISSUER;
      const levelFallback = ctxIssuers === NO_ISSUER ? docIssuers.levelFallback() : null;
      const ctxLevel = levelFallback ?? ctxIssuers;
      // a question ("U.S. tells citizens to leave Ethiopia?") asks; a report the document's official wording
      // denies ("… media reported" / "has not been evacuated") loses to the denial
      // (a headline is the newsroom's paraphrase too: a body that denies it wins)
      // (a denial denies its own kind of report: "the consulate is operating normally" denies a closure, not an evacuation
      // of citizens)
      // (nor does what a scale's step entails: "Under Alert Level 4, the government undertakes mandatory evacuation")
      const question = sig.length > 0 && (QUESTION_END_RE.test(low) || (UNDER_LEVEL_OPENING_RE.test(low) && !TOLD_DONE_RE.test(low)));
      // (… and so is the headline repeated as the body's first line, as pages copied from a site often carry it)
      const headlineAgain = !s.title && i > 0 && i <= 3 && infos.some((x, k) => k < i && x.s.title && x.s.low === low);
      const deniedHere = sig.length > 0 && !question && (s.title || headlineAgain || REPORTED_RE.test(low)) ? (denied ??= denials(draft.lows)) : 0;
      // (a document about a government's contingency plan tells, in the future, what the plan would do: "Japan prepares
      // evacuation plan …" · "In the initial phase of the evacuation, the ministry will urge its citizens to leave")
      const planned = sig.length > 0 && FUTURE_VERB_RE.test(s.plain) && (planDoc ??= PLAN_HEAD_RE.test(head));
      for (const h of question ? [] : sig) {
        if (deniedHere !== 0 && (deniedHere & denialBit(h)) !== 0) continue;
        if (planned && (h.signal === 'evacuation' || h.signal === 'leave_immediately')) continue;
        if (domesticSubject(inf, h.start) || nonGovernmentAgent(inf, h.start)) continue;
        // counted people evacuated are a government's evacuation only with a government named as the verb's subject
        // (… or a pronoun that opens the sentence, the government named as the subject of the one before: "Pakistan asked its
        // nationals … to stay indoors. It also repatriated 140 Pakistani students from Bishkek")
        if (h.counted && !inf.mentions.some((x) => x.role === 'issuer' && x.end <= h.start && h.start - x.end <= 80) && !(i > 0 && PRONOUN_SUBJECT_RE.test(low.slice(0, h.start)) && infos[i - 1]!.mentions.some((x) => x.role === 'issuer'))) continue;
        // a body that evacuates its own workers, named by no government word: a company ("Exxon evacuated its foreign staff
        // from an Iraqi oilfield")
        if (h.signal === 'evacuation' && OWN_WORKERS_AFTER_RE.test(low.slice(h.start, h.start + 60)) && !inf.mentions.some((x) => (x.role === 'issuer' || x.kind === 'agency') && x.end <= h.start) && !GOVERNMENT_WORD_RE.test(low.slice(clauseStart(low, h.start, false), h.start))) continue;
        // a headline's (or heading's) "closure of the embassy" that the body explains as a holiday closure
        if (h.signal === 'embassy_suspended' && (s.title || !/[.!?]["')\]\u201d\u00bb]*\s*$/.test(low)) && (holidayDoc ??= draft.lows.some(holidayClosure))) continue;
        // a closure "exceptionally", or for set days, with no cause told: an office's closure ("fermée au public du 24 au 28 février")
        if (h.signal === 'embassy_suspended' && BOUNDED_CLOSURE_RE.test(low) && !CLOSURE_CAUSE_RE.test(low)) continue;
        // a closure on given dates, with no cause told, right after the paragraph named a holiday or a vacation ("… government
        // employees will be on vacation from … The Embassy is closed to the public on March 24 and 25"): a holiday closure
        if (h.signal === 'embassy_suspended' && s.start > 0 && DATED_CLOSURE_RE.test(low) && !CLOSURE_CAUSE_RE.test(low)) {
          const prevText = draft.lows[s.para]?.slice(Math.max(0, s.start - 300), s.start) ?? '';
          if (holidaySentence(prevText) || VACATION_RE.test(prevText)) continue;
        }
        // people evacuated out of "the region" or "the area", in a sentence that names no country: a disaster's or a local
        // evacuation, not a government's out of a foreign country ("190,000 of our citizens have been evacuated out of the region")
        if (h.signal === 'evacuation' && LOCAL_EVACUATION_RE.test(low) && !inf.mentions.some((m) => m.kind === 'name' || m.kind === 'place')) continue;
        // people told in "over a dozen countries" of a region, no country named up to the call and its object: no one country's
        // advice ("Rubio urged Americans in over a dozen countries in the Middle East to leave as soon as possible due to … the
        // conflict in Iran")
        // (… or the signal's own object: "closed embassies in a number of countries in North Africa, the Middle East and Europe")
        const many = MANY_COUNTRIES_RE.exec(low.slice(0, Math.min(low.length, h.end + 100)));
        if (many && !inf.mentions.some((m) => m.kind === 'name' && m.role !== 'issuer' && m.role !== 'addressee' && m.start < Math.max(h.end + 25, many.index + many[0].length + 30))) continue;
        let country = resolveCountry(inf, h.start, h.end, noteTopic, h.signal);
        if (!country) continue;
        // (people evacuated by a government's forces, the forces of the country they are in, of the one the document is about or
        // of one it names as a place where things happen: "MAROUA (Cameroun) — … Plus de 2 400 personnes ont été évacuées par
        // l'armée camerounaise" is a local evacuation)
        if (h.byForces && inf.mentions.some((m) => m.role === 'issuer' && m.start >= h.end && (m.code === country || m.code === topic || infos.some((x) => x.mentions.some((o) => o.code === m.code && o.kind === 'name' && o.role === 'place'))))) continue;
        // missions closed "in the region" name no country unless one is named as where they are: not the document's topic, not
        // the government that owns them ("The United States is reopening …, while 19 embassies and consulates in the region
        // remain closed")
        if (h.signal === 'embassy_suspended' && REGION_MISSIONS_RE.test(low) && !inf.mentions.some((m) => m.code === country && (m.locative || m.embassyLocation))) continue;
        // a sentence that names no place and points back ("there", "das Land") is about the other country the sentence
        // before gave advice for: "Für das Nachbarland Libyen besteht … eine Reisewarnung. Deutsche, die sich dennoch dort
        // aufhalten, werden aufgefordert, das Land zu verlassen."
        if (country === topic && i > 0 && !inf.mentions.some((m) => m.role === 'place' || m.role === 'excluded') && ANAPHOR_RE.test(low)) {
          // (… or a few sentences before, in the same paragraph, with no other country named between: "Burkina Faso has been
          // flagged with the top advisory level … Security forces struggle … For anyone still in the country, departing …")
          let j = i - 1;
          while (j > 0 && i - j < 4 && infos[j]!.s.para === s.para && infos[j]!.mentions.length === 0 && !hits.some((o) => o.sentence === j)) j--;
          const prev = infos[j]!.s.para === s.para || j === i - 1 ? hits.filter((o) => o.sentence === j && o.kind !== 'regional') : [];
          if (prev.length > 0 && prev.every((o) => o.country === prev[0]!.country) && prev[0]!.country !== topic) country = prev[0]!.country;
        }
        // a hub the evacuees reached on the way ("crossed into Jordan", then "flown home from Amman") is a route, not the
        // country evacuated: that is the subject, named in the same sentence as the place they came from
        if ((h.signal === 'evacuation' || h.signal === 'leave_immediately') && topic && country !== topic &&
          (routeHub(inf, country, topic, docOverland) || stagingOnly(inf, country) || ((s.title || !inf.mentions.some((m) => m.code === topic)) && titleHub(inf, country, topic, (docHubs ??= routeHubs(infos, topic, docOverland)))))) country = topic;
        // (a change of the travel advice's level falls back to the document's government as levels do; a hazard's
        // alert raised by whoever watches it does not)
        const levelChange = (h.signal === 'level_raised' || h.signal === 'level_lowered') && TRAVEL_ADVICE_WORD_RE.test(low);
        // (an instruction to the reader, "If you're in Russia, leave immediately", is the voice of the page's government, as
        // its unattributed levels are; a quoted one is the voice of whoever the story quotes: "\"Get out now, while you still can.\"")
        let issuers = resolveIssuers(inf, h.start, levelChange || (levelFallback && h.signal === 'leave_immediately' && SECOND_PERSON_RE.test(low) && !QUOTE_MARK_RE.test(low)) ? ctxLevel : ctxIssuers, levelChange);
        // (an unnamed mission or ministry, "the embassy said", "It also confirmed …", in a document whose only government is
        // named elsewhere: that government's)
        // (… and so does an instruction to the reader: "you must stay indoors while the curfew is in effect")
        // (on an official page: the page's own government)
        if (issuers.length === 1 && issuers[0] === null && levelFallback && inf.generic.length === 0) {
          if (UNNAMED_AGENT_RE.test(low)) issuers = [...levelFallback];
          else if (SECOND_PERSON_RE.test(low) && !QUOTE_MARK_RE.test(low)) {
            const o = docIssuers.official();
            if (o) issuers = [o];
          }
        }
        // no government named: only unnamed governments or missions ("foreign embassies") may stand for one
        if (issuers.length === 1 && issuers[0] === null && inf.generic.length === 0 && !(lastGeneric >= 0 && i - lastGeneric <= 1)) continue;
        const group = { ...(h.familyOnly ? { familyOnly: true as const } : {}), ...(h.staffToo ? { staffToo: true as const } : {}) };
        // (the finding, and the same for each other country the sentence gives it to)
        const alsoFor = (c: string): void => void hits.push({ kind: 'signal', signal: h.signal, sentence: i, country: c, issuers, pos: h.start, past: !!h.prior, ...group });
        alsoFor(country);
        // (a list of places as the object gives each its finding: "the embassies in Tunis and Khartoum")
        if (inf.mentions.length > 1) for (const c of coordinatedCountries(inf, h.end, country, levelChange)) alsoFor(c);
        // (a change made to "both advisories": each country the sentence names as a place, or if it names none, each the sentence
        // before named — "… traveling to Thailand and Cambodia. The State Department raised both advisories to Level 2")
        if (levelChange && BOTH_ADVISORIES_RE.test(low)) {
          const own = inf.mentions.some((m) => m.role === 'place' || m.role === 'excluded');
          const from = own ? inf : i > 0 ? infos[i - 1]! : null;
          if (from) for (const c of new Set(from.mentions.filter((m) => m.role === 'place' && m.code !== country).map((m) => m.code))) alsoFor(c);
        }
        // (… and so do the places of an evacuation counted one by one: "66 from Iran to Azerbaijan and 21 from Israel to Jordan")
        if (h.signal === 'evacuation' && inf.mentions.length > 2) for (const c of [...countedOrigins(inf, h.end, country), ...returnOrigins(inf, country)]) alsoFor(c);
      }
      // an embassy reopened: attributed as its suspension would be
      for (const r of det.reo) {
        const country = resolveCountry(inf, r.start, r.end, topic, 'embassy_suspended');
        if (!country) continue;
        const issuers = resolveIssuers(inf, r.start, ctxIssuers, false);
        hits.push({ kind: 'signal', reopened: true, sentence: i, country, issuers, pos: r.start });
      }
      // a yes-no or an indirect question asks about a level, it gives none: "Will the State Department raise Mali to Level 4?",
      // "User wollen wissen, wie es mit einer Reisewarnung in die USA aussieht?" ("Why did it raise Mali to Level 4?" tells it)
      const levelQuestion = lev.length > 0 && QUESTION_END_RE.test(low) && LEVEL_QUESTION_RE.test(low);
      for (const l of levelQuestion ? [] : lev) {
        // (the country's own officials advising against travel to parts of it: "Tourism officials urged visitors to avoid travel to the towns")
        if (domesticSubject(inf, l.start)) continue;
        // travellers (or firms) doing it themselves, not told to: "Tourists cancel all non-essential trips", "Many travellers are avoiding …"
        if (/^(?:avoid|cancel|postpon|delay|defer)/.test(low.slice(l.start, l.start + 8)) && TRAVELLERS_DOING_RE.test(low.slice(clauseStart(low, l.start, false), l.start))) continue;
        let r = resolveLevelCountry(inf, l, noteTopic, inf.mentions.length === 0 ? namingBefore(infos, i) : undefined);
        // advice to the issuer's citizens everywhere is about no country: "urged Americans worldwide to 'exercise increased caution'
        // due to hostilities between Israel and Iran", "a global advisory urging Americans to exercise increased caution"
        // (not a count of where the advice is given: "Out of the destinations for which we provide Travel Advice worldwide,
        // twenty-three are assigned a 'Do Not Travel' status")
        if (l.objectStart < 0 && WORLDWIDE_BEFORE_RE.test(low.slice(Math.max(0, l.start - 120), l.start)) && !WORLDWIDE_COVERAGE_RE.test(low.slice(Math.max(0, l.start - 200), l.start))) continue;
        // the warning named again by its definite article, with no object, after the document gave it for parts only, is that
        // part's advice again: "eine Reisewarnung für mehrere Teile des Landes …" then "Die Reisewarnung ist noch einmal eine
        // Verschärfung" (its country and issuers those of the part's advice before)
        const earlierPart = l.objectStart < 0 && !l.structured && !l.past && DEFINITE_BEFORE_RE.test(low.slice(Math.max(0, l.start - 5), l.start)) && !hits.some((h) => h.kind === 'level' && !h.regional && !h.past && h.sentence < i) ? hits.find((h) => h.kind === 'regional' && h.sentence < i) : undefined;
        if (earlierPart) {
          hits.push({ ...earlierPart, sentence: i, pos: l.start });
          continue;
        }
        // a place that is no country classified at the level, as the sentence's subject, is a part: "Sinaloa has been classified as
        // Level 4: Do not travel" (a state's advice, the country's topic stays without a level)
        if (l.objectStart < 0 && !l.past && partClassified(inf, l.start)) {
          const c = r ?? topic;
          if (c) hits.push({ kind: 'regional', sentence: i, country: c, issuers: resolveIssuers(inf, l.start, ctxLevel, true), pos: l.start });
          continue;
        }
        // a list after the colon, its first item the whole of a country: "advises against all travel to: • the whole of the CAR"
        if (!r && l.scope === 'regional' && l.objectStart >= 0 && !low.slice(l.objectStart).trim() && infos[i + 1]) r = listedWholeCountry(infos[i + 1]!);
        let regional = false;
        if (!r && l.past) {
          // a previous regional level still tells what the country level was below
          r = topic;
          regional = true;
        }
        if (!r) {
          // (a phrase that is one government's step and no advice from others gives them no regional advice either: "EU slaps
          // travel bans on Moldovan oligarch's allies")
          if (l.exclusive && !resolveIssuers(inf, l.start, ctxLevel, true).some((c) => l.onlyFor!.includes(c))) continue;
          // advice for a region, a state or a border strip is still advice about the country
          // (an area a hazard struck, with no government named in the sentence — "Do not travel into flood-affected areas" —
          // is the emergency services' warning, not travel advice)
          if (l.objectStart >= 0 && HAZARD_AREA_OBJECT_RE.test(low.slice(l.objectStart)) && !inf.mentions.some((m) => m.role === 'issuer' || m.role === 'addressee')) continue;
          // (nor is advice for a region of several countries advice about one of them)
          if (l.objectStart >= 0 && SUPRANATIONAL_OBJECT_RE.test(low.slice(l.objectStart))) continue;
          if (!l.past) {
            // (a step of a government's own scale names what it covers: "the special travel advisory it had imposed on all of Israel")
            // (… unless the part is named as another country's: "to the Southern Highlands and Enga provinces of Papua New Guinea")
            const owner = l.own ? null : partOfCountry(inf, l.end);
            const rc = l.own ? resolveCountry(inf, l.start, l.end, topic, 'do_not_travel') : owner ?? topic ?? resolveCountry(inf, l.start, l.end, topic, 'do_not_travel');
            // (a strip along "the border between Thailand and Cambodia" is part of both)
            const pair = borderPair(inf, l.end);
            // (… and parts of other countries the same object lists: "in die thailändischen Provinzen … sowie die kambodschanischen
            // Provinzen Preah Vihear und Oddar Meanchey", "the Thai provinces of … and the Cambodian provinces of …")
            // (… or the countries fronted with "für" in the level's clause: ", für den Libanon und den Irak bestehen Teilreisewarnungen")
            const fronted = l.objectStart < 0 && !pair ? frontedForList(inf, l.start) : [];
            // (… or the countries listed with the part's owner: "certain regions of Thailand and Cambodia")
            const owners = owner !== null && rc === owner ? [owner, ...coordinatedCountries(inf, l.end, owner).filter((c) => c !== owner)] : [];
            const parts = pair ?? (fronted.length > 0 ? fronted : rc ? [...new Set([rc, ...otherPartsListed(inf, l.start, rc), ...owners])] : []);
            for (const c of parts) hits.push({ kind: 'regional', ...(l.bare ? {} : { part: true as const }), ...((owners.includes(c) && c !== topic) || (l.partial && fronted.length > 0) ? { owned: true as const } : {}), sentence: i, country: c, issuers: resolveIssuers(inf, l.start, ctxLevel, true), pos: l.start });
          }
          continue;
        }
        // a warning for part of the country by its own word ("Teilreisewarnungen für Armenien, Aserbaidschan und Israel") is
        // advice for a part of each country it names: no country-wide level, but a finding beside the issuer's other advice
        if (l.partial) {
          if (!l.past) {
            const issuers = resolveIssuers(inf, l.start, ctxLevel, true);
            for (const c of [r, ...(l.objectStart >= 0 && inf.mentions.length > 1 ? levelCoordinatedCountries(inf, l.objectStart, r, true) : [])]) hits.push({ kind: 'regional', part: true, owned: true, sentence: i, country: c, issuers, pos: l.start });
          }
          continue;
        }
        // advice against travel with no level of its own ("warned its citizens against travel to X") is advice about the
        // country all the same: a finding with no level
        if (l.vague) {
          // (not a country named only as the edge of a part: "Von Reisen in den Norden, nahe der Grenze zu Nigeria, wird abgeraten")
          const named = inf.mentions.find((m) => m.code === r && m.start >= l.start);
          // (… which a count of the countries named is not: "for two Central Asian countries, Kyrgyzstan and Tajikistan")
          if (named && VAGUE_PART_BEFORE_RE.test(low.slice(l.start, countedObjectEnd(low, l.objectStart) >= 0 ? l.objectStart : named.start))) continue;
          if (!l.past) {
            const issuers = resolveIssuers(inf, l.start, ctxLevel, true);
            hits.push({ kind: 'regional', vague: true, sentence: i, country: r, issuers, pos: l.start });
            // (… and so are the countries coordinated with it: "warned people not to travel to Ukraine and Russia")
            if (l.objectStart >= 0 && inf.mentions.length > 1) for (const c of levelCoordinatedCountries(inf, l.objectStart, r, true)) hits.push({ kind: 'regional', vague: true, sentence: i, country: c, issuers, pos: l.start });
          }
          continue;
        }
        let issuers = resolveIssuers(inf, l.start, ctxLevel === NO_ISSUER && l.vocabulary ? [l.vocabulary] : ctxLevel, true);
        // (a phrase that is some governments' step only is a level for those of them that give it, and none for others)
        if (l.onlyFor) {
          const kept = issuers.filter((c) => l.onlyFor!.includes(c));
          // (… or, for some phrases, advice with no level from the others: France's "faire preuve d'une prudence accrue")
          if (kept.length === 0 && l.elseAdvice && !l.past) hits.push({ kind: 'regional', sentence: i, country: r, issuers, pos: l.start });
          if (kept.length === 0) continue;
          issuers = kept;
        }
        // a bare "Level 4" is on the table's numbered scales (US, Australia, New Zealand); another government's numbered level is
        // its own scale: advice, no level (so is a step of a scale the document shows longer than four: "from Level 5 to Level 2")
        if (l.bare && (l.own || issuers.every((c) => c !== null && !NUMBERED_SCALE_ISSUERS.has(c)) || (longerScale ??= draft.lows.some((x) => LONGER_SCALE_RE.test(x))))) {
          if (!l.past) hits.push({ kind: 'regional', sentence: i, country: r, issuers, pos: l.start });
          // (… but a step of a scale whose order is known, said to be the one before, still tells a raise or a lowering: "passé de
          // « vigilance renforcée » à « déconseillé sauf raison impérative »")
          if (!(l.past && l.ranked)) continue;
        }
        // a level the sentence names no country for, given to the countries listed line by line after it ("twenty-three are
        // assigned a 'Do Not Travel' status. They are as follows: / - Afghanistan / - Belarus / …")
        if (!l.past && !regional && l.objectStart < 0 && !inf.mentions.some((m) => m.role === 'place')) {
          const listed = countryListAfter(infos, i, gaz);
          if (listed.length >= 2) {
            for (const c of listed) hits.push({ kind: 'level', level: l.level, past: false, regional: false, sentence: i, country: c, issuers, pos: l.start });
            continue;
          }
        }
        // (… or to "the following countries", the list starting in the sentence itself and going on line by line, no colon
        // needed: "Für folgende Länder gilt eine Reisewarnung (Stand Juni 2024) Afghanistan" / "Haiti" / "Irak" / …)
        if (!l.past && !regional && (FOLLOWING_COUNTRIES_RE.lastIndex = 0, FOLLOWING_COUNTRIES_RE.test(low))) {
          const from = FOLLOWING_COUNTRIES_RE.lastIndex;
          const here = inf.mentions.filter((m) => m.start >= from && m.kind === 'name' && m.role !== 'issuer' && m.role !== 'addressee').map((m) => m.code);
          const listed = [...new Set([...here, ...countryListAfter(infos, i, gaz, true)])];
          if (listed.length >= 3) {
            for (const c of listed) hits.push({ kind: 'level', level: l.level, past: false, regional: false, sentence: i, country: c, issuers, pos: l.start });
            continue;
          }
        }
        // (… and a level whose preposition ends the sentence, its objects on the lines after and the first of them no country, is
        // advice for those parts: "The FCO advise against all but essential travel to" / "• areas within 60km of the border" / …)
        if (!l.past && !regional && l.objectStart < 0 && DANGLING_OBJECT_END_RE.test(low.slice(l.end)) && infos[i + 1] && !startsOnCountry(infos[i + 1]!)) {
          hits.push({ kind: 'regional', part: true, sentence: i, country: r, issuers, pos: l.start });
          continue;
        }
        // (the countries that open the sentence as the subject the level rates, not the document's topic: "France and the United
        // Kingdom are the only Western European countries to be marked as 'exercise a high degree of caution'")
        if (l.objectStart < 0 && !regional && r === topic) {
          const subj = ratedSubject(inf, l.start);
          if (subj && subj !== r) r = subj;
        }
        hits.push({ kind: 'level', level: l.level, past: l.past, regional, sentence: i, country: r, issuers, pos: l.start });
        // countries coordinated in the object share the level: "sconsiglia i viaggi non necessari a Cuba e in Giamaica",
        // "reconsider their need to travel to Guinea, Sierra Leone and Liberia"
        if (!regional && inf.mentions.length > 1) for (const c of [...levelCoordinatedCountries(inf, l.objectStart >= 0 ? l.objectStart : l.start, r, l.objectStart >= 0), ...(l.objectStart < 0 ? listedBeforeLevel(inf, l.start, r) : []), ...alongsideCountries(inf, l.end, r)]) hits.push({ kind: 'level', level: l.level, past: l.past, regional: false, sentence: i, country: c, issuers, pos: l.start });
        // … and the countries listed after "as well as parts of" give advice for parts of them: "for Somalia, …, and Sudan, as
        // well as parts of the Philippines, Russia and Belarus"
        if (!regional && !l.past && l.objectStart >= 0 && inf.mentions.length > 1) for (const c of partsListedAfter(inf, l.objectStart)) if (c !== r) hits.push({ kind: 'regional', part: true, owned: true, sentence: i, country: c, issuers, pos: l.start });
      }
    }
    // "Similar warnings have since been issued by Australia, Germany and Italy"
    // (only a sentence that names a government can extend advice to it: the pattern runs only then)
    const sm = lastHitSentence >= 0 && inf.mentions.some((m) => m.role === 'issuer' && m.kind !== 'agency') ? SIMILAR_RE.exec(low) : null;
    if (sm && !negatedBefore(low, sm.index, 50)) {
      // (not the governments of a time clause after it, which did something of their own: "France took similar action on
      // Friday, two days after Britain and the United States pulled out")
      const smEnd = sm.index + sm[0].length;
      // (… and a government added as one that did it too: "Deutschland und Frankreich hatten dies bereits getan, ebenso wie die
      // USA vor einigen Tagen")
      const extra = inf.mentions.filter((m) => (m.role === 'issuer' || (m.kind === 'name' && ALIKE_BEFORE_RE.test(low.slice(Math.max(0, m.start - 20), m.start)))) && m.kind !== 'agency' && m.start > clauseStart(low, sm.index, false) - 1 && (m.start < smEnd || !TIME_CLAUSE_WORD_RE.test(low.slice(smEnd, m.start))));
      const codes = [...new Set(extra.map((m) => m.code))];
      if (codes.length > 0) {
        // (advice said to be the same, not only similar, carries the country-wide level too: "the same advice", "les mêmes
        // avertissements", "une recommandation aussi émise par")
        const same = SAME_ADVICE_RE.test(sm[0]);
        // (a like call extends the call, not the measures told beside it: "Les États-Unis avaient ordonné à leur personnel de
        // quitter … et invité leurs ressortissants à partir. Le Danemark et l'Italie avaient adressé un même appel")
        // (… and so does like advice: the noun may follow the match, "eine ähnliche Empfehlung")
        const callOnly = CALL_WORD_RE.test(sm[0]) || ADVICE_WORD_RE.test(sm[0]) || (/^(?:ahnliche\w*|analoghe?)$/.test(sm[0]) && ADVICE_WORD_RE.test(low.slice(smEnd, smEnd + 25)));
        const prevHits = hits.filter((h) => h.sentence === lastHitSentence && !h.past && ((h.kind === 'signal' && (!callOnly || h.signal === 'leave_immediately' || h.signal === 'shelter_in_place')) || (same && h.kind === 'level' && !h.regional)));
        // (a government whose own act the sentence tells did that act, not the one before: "Similar actions have been taken by the
        // US, which ordered non-emergency personnel to leave")
        const own = new Set(hits.slice(hitsBefore).flatMap((h) => h.issuers));
        for (const ph of prevHits)
          for (const c of codes) if (!own.has(c)) hits.push({ ...ph, sentence: i, issuers: [c], pos: sm.index });
        // (advice only similar to a level is advice about that country with no level of its own: "The United States … urging
        // visitors to exercise increased caution. Other countries such as the UK, Ireland and Japan have issued similar warnings")
        if (!same) {
          const levelled = [...new Set(hits.filter((h) => h.sentence === lastHitSentence && !h.past && h.kind === 'level' && !h.regional).map((h) => h.country))];
          for (const country of levelled) for (const c of codes) if (!own.has(c) && !prevHits.some((ph) => ph.country === country)) hits.push({ kind: 'regional', vague: true, sentence: i, country, issuers: [c], pos: sm.index });
        }
      }
    }
    // the advice just given said to cover other places too: "… advising against all travel to Israel … This advisory, which also
    // covers the Occupied Palestinian Territories, is …", "This advice covers both Israel and the Occupied Palestinian Territories"
    const cm = lastHitSentence === i - 1 ? ADVICE_COVERS_RE.exec(low) : null;
    if (cm) {
      const covered = [...new Set(inf.mentions.filter((m) => m.start >= cm.index + cm[0].length && m.kind === 'name' && (m.role === 'place' || m.role === 'excluded')).map((m) => m.code))];
      // (its level, or its call to leave or to shelter: "asking American citizens to 'depart now' from more than a dozen Middle
      // Eastern countries … The advisory applies to Bahrain, Kuwait, …")
      repeatFor(hits, hits.filter((h) => h.sentence === lastHitSentence && repeatableAdvice(h)), covered, i, cm.index);
    }
    // the governments the sentence before left unnamed, named right after: "Several countries urged their citizens to leave X.
    // Among them is Italy.", "Tra questi c'è anche l'Italia", "Parmi eux, la France", "Darunter auch Deutschland"
    const among = lastHitSentence === i - 1 ? AMONG_THEM_RE.exec(low) : null;
    if (among) {
      // (the governments the opening lists, not the places told after them: "Among them are neighbours of Syria")
      const named: string[] = [];
      let at = among[0].length;
      for (const m of inf.mentions) {
        if (m.start < at || (m.kind !== 'name' && m.role !== 'issuer')) continue;
        const gap = low.slice(at, m.start);
        if (named.length === 0 ? !AMONG_GAP_RE.test(gap) : !LIST_GAP_RE.test(gap)) break;
        if (!named.includes(m.code)) named.push(m.code);
        at = m.end;
      }
      const prevHits = hits.filter((h) => h.sentence === lastHitSentence && !h.past && h.issuers.every((c) => c === null) && (h.kind === 'signal' || (h.kind === 'level' && !h.regional)));
      for (const ph of prevHits) for (const c of named) if (c !== ph.country) hits.push({ ...ph, sentence: i, issuers: [c], pos: 0 });
    }
    // "We already had similar travel advice in place for Iran": the level just told holds for that country too
    if (inf.trig && lastHitSentence >= 0 && lastHitSentence < i && SIMILAR_WORDS.some((w) => low.includes(w))) {
      SIMILAR_FOR_RE.lastIndex = 0;
      const sf = SIMILAR_FOR_RE.exec(low);
      let m = sf && !negatedBefore(low, sf.index, 50) ? mentionAt(inf, sf.index + sf[0].length, 4, false) : null;
      // (… and a country said to be ranked at the same step, the country first: "Georgia has also been ranked in the same
      // category")
      if (!sf) m = inf.mentions.find((o) => SAME_RANK_RE.test(low.slice(o.end, o.end + 90))) ?? null;
      // (a sentence that names a government gives that government's advice: "Germany issued similar advice for Y" is not the
      // level just told)
      if (m && m.kind === 'name' && m.role !== 'issuer' && m.role !== 'addressee') {
        const named = inf.mentions.filter((o) => o.role === 'issuer').map((o) => o.code);
        let repeated = hits.filter((h) => h.sentence === lastHitSentence && h.kind === 'level' && !h.past && !h.regional && h.country !== m.code && named.every((c) => h.issuers.includes(c)));
        // (the same advice, not only a similar one, is all the advice just given for the country before: its level, told
        // earlier, and a call to leave or to shelter — "… sont invités à quitter le pays. Les mêmes conseils s'appliquent au Liban")
        if (sf && SAME_FOR_RE.test(sf[0])) {
          const prev = new Set(hits.filter((h) => h.sentence === lastHitSentence).map((h) => h.country));
          repeated = hits.filter(
            (h) =>
              prev.has(h.country) &&
              h.country !== m.code &&
              repeatableAdvice(h) &&
              named.every((c) => h.issuers.includes(c)),
          );
        }
        // (… and the countries listed with it: "The same advice applies to Lebanon and Palestine")
        const listed = [m.code];
        let last = m;
        for (const o of inf.mentions) {
          if (o.start < last.end) continue;
          if (o.kind !== 'name' || o.role !== 'place' || !COORD_GAP_RE.test(low.slice(last.end, o.start))) break;
          if (!listed.includes(o.code)) listed.push(o.code);
          last = o;
        }
        repeatFor(hits, repeated, listed, i, sf ? sf.index : m.start);
      }
    }
    if (hits.length > hitsBefore) lastHitSentence = i;

    // discourse issuer: the explicit issuers of this sentence carry on to the next ones
    // (the topic country's own authorities are not an issuer of advice about it)
    let carried: Array<string | null> | undefined;
    // (a sentence that opens on a subordinate clause carries its main clause's issuers: "While the US and Britain order the
    // evacuation of their staff, the Farnesina confirms its call …" → Italy)
    const groupOrder = sentIssuerGroups.length > 1 && SUBORDINATE_OPENING_RE.test(low) ? [...sentIssuerGroups].reverse() : sentIssuerGroups;
    for (const g of groupOrder) {
      const kept: Array<string | null> = [];
      for (const c of g) if (c !== topic) kept.push(c);
      if (kept.length > 0) {
        carried = kept;
        break;
      }
    }
    if (carried) discourse = { issuers: carried, at: i };
    // (a sentence that opens on the agency just named, by its common noun alone, goes on speaking for it: "L'Ambassade continue
    // de suivre la situation." keeps the embassy's government for the instructions after it)
    else if (discourse && i - discourse.at <= 3 && sentIssuerGroups === NO_GROUPS && AGENCY_OPENING_RE.test(low)) discourse = { issuers: discourse.issuers, at: i };
    if (sentIssuerGroups !== NO_GROUPS)
      for (let k = inf.mentions.length - 1; k >= 0; k--) {
        const m = inf.mentions[k]!;
        if (m.role === 'issuer' && m.kind === 'agency' && m.code !== topic) {
          lastAgency = { code: m.code, at: i };
          break;
        }
      }
  }

  // a headline's signal that names no government and that no sentence of a full article bears out is the newsroom's
  // paraphrase of something else ("… fly out on charter" over a cricket team's own flight)
  // (a headline that names the government is overruled too when the body tells the same call or step only hedged or
  // negated: "Spain tells citizens to leave" over "may wish to consider leaving" and "we are not organising any evacuation")
  const kept =
    !inIssuer && infos.length >= 4
      ? hits.filter((h) => {
          if (h.kind !== 'signal' || !infos[h.sentence]!.s.title) return true;
          if (hits.some((o) => o.kind === 'signal' && o.signal === h.signal && !infos[o.sentence]!.s.title)) return true;
          if (!infos[h.sentence]!.mentions.some((m) => m.role === 'issuer' || m.role === 'addressee')) return false;
          // (… nor does a headline's infinitive, the step announced for later, that no sentence of the body tells done: "US to
          // evacuate South Sudan embassy" over "the Embassy will provide evacuation options")
          if (h.signal === 'evacuation' && /\bto\s+$/.test(infos[h.sentence]!.s.low.slice(Math.max(0, h.pos - 4), h.pos))) return false;
          const told = h.signal ? BODY_TELLS_RE[h.signal] : undefined;
          return !told || !bodyHedges(infos, told, h.issuers);
        })
      : hits;
  return aggregate(kept, infos, inIssuer, topic);
}

/** A mission or ministry named by its kind alone, or a pronoun for one, as a sentence's speaker: "the embassy said", "It also confirmed". */
/** (… or the government speaking in the first person plural: "Nous leur demandons de rester chez eux", "We urge British nationals",
 * "Wir fordern alle Deutschen auf", "Chiediamo ai connazionali") */
const UNNAMED_AGENT_RE =
  /\bthe\s+(?:embassy|consulate|mission|high commission|ministry|foreign ministry|department)\b|\b(?:das|dem|des)\s+au(?:ß|ss)enministerium\w*|^\W{0,3}(?:it|they)\s+(?:also\s+|further\s+)?(?:said|says|confirmed|announced|added|stated|advised|urged|told)\b|\bnous\s+(?:leur\s+|vous\s+|les\s+)?(?:demandons|recommandons|conseillons|appelons|invitons|exhortons)\b|\bwe\s+(?:(?:now|also|strongly|continue to)\s+)?(?:urge|advise|ask|recommend|call on|encourage)\b|\bwir\s+(?:fordern|raten|empfehlen|bitten)\b|\b(?:chiediamo|invitiamo|raccomandiamo|esortiamo|consigliamo)\b/;
/** The country the first sentence after the change note `i` names first as a place (the advisory the note belongs to), if any. */
function nextSentenceCountry(infos: SentenceInfo[], i: number): string | null {
  let j = i + 1;
  while (j < infos.length && j - i <= 4 && infos[j]!.s.changeNote) j++;
  return infos[j]?.mentions.find((m) => m.role === 'place' && m.kind === 'name')?.code ?? null;
}

/** After a country: ranked at the same step as the one just told ("has also been ranked in the same category", "is also rated at the
 * same level"). */
const SAME_RANK_RE =
  /^\s*(?:(?:has|have|had|was|were|is|are)\s+)?(?:also\s+)?(?:been\s+)?(?:ranked|placed|rated|listed|put|classed|classified|kept|included)\s+(?:also\s+)?(?:in|at|on|under|into)\s+the\s+same\s+(?:category|level|tier|rating|step|group|list)\b/;

/** A sentence that opens on an agency by its common noun alone: "The Embassy", "L'Ambassade", "Die Botschaft", "L'ambasciata". */
const AGENCY_OPENING_RE =
  /^\W{0,3}(?:the|this|l'|la|le|die|der|das)\s*(?:embassy|consulate|ambassade|consulat|botschaft|generalkonsulat|konsulat|ambasciata|consolato)\b/;
/** A sentence that opens on a government agency named by its kind alone: "The government department said", "The ministry added". */
const AGENCY_ANAPHOR_RE = /^\W{0,3}(?:the|this)\s+(?:government\s+)?(?:department|ministry|foreign office|foreign ministry|office)\b/;

/** Missions told to be in a region, not a country: "embassies and consulates in the region", "its missions in the Middle East". */
const REGION_MISSIONS_RE =
  /\b(?:embass(?:y|ies)|consulates?|missions?|posts)\s+(?:and\s+\S+\s+)?(?:in|across|throughout)\s+(?:the\s+)?(?:region|area|middle east|north africa|africa|europe|asia|gulf|world|continent)\b/;

/** An evacuation of the agent's own workers: "evacuated its foreign staff", "evacuating their employees". */
const OWN_WORKERS_AFTER_RE = /^evacuat\w*\s+(?:all\s+)?(?:its|their)\s+(?:(?:foreign|expatriate|international|non-?essential|local)\s+)?(?:staff|employees|workers|workforce|personnel)\b/;
/** A government named by its kind in the clause ("the government", "the embassy", "the ministry", "the military"). */
const GOVERNMENT_WORD_RE = /\b(?:government|embass(?:y|ies)|consulate|ministry|foreign office|state department|administration|military|army|air force|navy|mission)\b/;

/** A sentence that opens on a subordinate clause ("While …", "Mentre …", "Tandis que …", "Während …"). */
const SUBORDINATE_OPENING_RE = /^\W{0,3}(?:while|whereas|although|though|mentre|tandis que|alors que|bien que|w[äa]hrend|obwohl|wogegen)\b/;

/** A quotation mark: a sentence quoting someone speaks in that person's voice, not the page's. */
const QUOTE_MARK_RE = /["\u201c\u201d\u00ab\u00bb]/;

/** The reader addressed: "you", "your", "you're". */
const SECOND_PERSON_RE = /\b(?:you|your|you're|you\u2019re)\b/;

/** The words a headline's call to leave or evacuation is told with in the body (global: every use is read for a hedge). */
const BODY_TELLS_RE: Partial<Record<Signal, RegExp>> = {
  leave_immediately: /\b(?:leav(?:e|ing)|depart(?:ing)?|quitter|verlassen|auszureisen|lasciare)\b/g,
  evacuation: /\b(?:evacuat\w*|evakuier\w*|[ée]vacu\w*|airlift\w*|repatriat\w*|rapatri\w*|rimpatri\w*)/g,
};

/** A body sentence (not the headline) that names one of `issuers` (or its nationals) tells the words of `re` only hedged or
 * negated ("Spain's foreign ministry said Spaniards … may wish to consider leaving"). */
function bodyHedges(infos: readonly SentenceInfo[], re: RegExp, issuers: ReadonlyArray<string | null>): boolean {
  for (const inf of infos) {
    if (inf.s.title || !inf.mentions.some((m) => (m.role === 'issuer' || m.role === 'addressee') && issuers.includes(m.code))) continue;
    const low = inf.s.low;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(low)) !== null) if (hedgedBefore(low, m.index, 80) || negatedBefore(low, m.index, 45)) return true;
  }
  return false;
}

/** People reaching a place on their way out: "arrived in the … port city of", "crossed into", "travelling in a convoy from Bangui to the".
 * (A bare "cross into" is an instruction, no journey told: "You should not attempt to cross into Ukraine from Moldova"; nor is
 * travel advised against: "had already warned its citizens against traveling to Iran".) */
const ARRIVAL_BEFORE_RE =
  /\b(?:arriv(?:ed|ing|es?)\s+(?:in|at)|dock(?:ed|ing|s)?\s+(?:in|at)|reach(?:ed|es|ing)?|cross(?:ed|ing|es)\s+(?:the\s+border\s+)?(?:into|to)|(?:fled|fleeing|escaped|(?<!\b(?:against|avoid|avoiding|not|from|about|consider|considering|before)\s)travell?(?:ed|ing)|drove|driven|bused|bussed|escorted|made\s+(?:their|its|his|her)\s+way)\s+(?:\S+\s+){0,6}?(?:to|into))\s+(?:the\s+)?(?:[\p{L}'-]+\s+){0,4}$/u;

/** The journey out went by land or across a border: "after crossing the … border by land", "brought overland from". */
const LAND_ROUTE_RE = /\b(?:overland|by land|by road|cross(?:ed|ing)\s+(?:the\s+)?(?:[\p{L}'-]+\s+){0,3}?border|border crossing)\b/u;

/** A document's sentences and, once asked, whether any tells a journey by land (asked rarely: computed lazily). */
interface Overland {
  readonly infos: readonly SentenceInfo[];
  value?: boolean;
}

function overlandOf(o: Overland): boolean {
  return (o.value ??= o.infos.some((inf) => LAND_ROUTE_RE.test(inf.s.low)));
}
/** The place a flight left from: "aboard a government-chartered flight from", "on a flight chartered by the government from". */
const FLIGHT_FROM_BEFORE_RE = /\bflights?\s+(?:[\p{L}'-]+\s+){0,6}?from\s+(?:the\s+)?(?:[\p{L}'-]+,?\s+){0,2}$/u;
/** A destination right before a place ("to Libreville in Gabon"): the place is in the destination. */
const IN_DESTINATION_GAP_RE = /^\s*(?:,|in)\s*$/;

/**
 * `country` is a hub of the journey out in this sentence — a place the people reached or were taken to — while the
 * sentence also names `topic` as a place that is no hub (where they came from).
 */
function routeHub(inf: SentenceInfo, country: string, topic: string, overland: Overland): boolean {
  const low = inf.s.low;
  const hubs = new Set<string>();
  let prevHub: RoledMention | null = null;
  let topicPlace = false;
  for (const m of inf.mentions) {
    if (m.role === 'issuer' || m.role === 'addressee') continue;
    const before = low.slice(Math.max(0, m.start - 70), m.start);
    const hub: boolean = ARRIVAL_BEFORE_RE.test(before) || DESTINATION_END_RE.test(before.slice(-14)) || (prevHub !== null && IN_DESTINATION_GAP_RE.test(low.slice(prevHub.end, m.start))) ||
      (FLIGHT_FROM_BEFORE_RE.test(before) && overlandOf(overland));
    if (hub) hubs.add(m.code);
    else if (m.code === topic) topicPlace = true;
    prevHub = hub ? m : null;
  }
  return topicPlace && hubs.has(country) && !hubs.has(topic);
}

/** The author's own advice, in the first person: "our travel advice", "we advise", "nos conseils", "wir raten", "sconsigliamo". */
const FIRST_PERSON_ADVICE_RE =
  /\b(?:our (?:travel )?(?:advice|advisory|advisories|advice level|level|recommendations?)|we (?:now |still |continue to |strongly )?(?:advise|recommend|urge)|nos conseils|notre (?:avis|conseil|recommandation)|nous (?:vous )?(?:recommandons|d[ée]conseillons|conseillons)|unsere (?:reisehinweise|empfehlung\w*|reisewarnung)|wir (?:raten|empfehlen)|i nostri consigli|(?:raccomandiamo|sconsigliamo))\b/;

/** Where evacuation craft waited, landed or refuelled: "on standby in Malta", "landed in Rome", "refuelled in Cyprus". */
const STAGING_BEFORE_RE =
  /\b(?:(?:on\s+)?standby\s+(?:in|at)|scalo\s+(?:tecnico\s+)?(?:a|in|ad)|escale\s+(?:technique\s+)?(?:a|en|au)|zwischen(?:landung|stopp)\s+(?:in|auf)|tankstopp\s+in|stag(?:ed|ing)\s+(?:in|at|from)|waiting\s+(?:in|at)|(?:pre-?)?positioned\s+(?:in|at)|landed\s+(?:in|at)|touched\s+down\s+(?:in|at)|refuel(?:l)?(?:ed|ing)\s+(?:in|at)|stop(?:ped|over)\s+(?:in|at)|based\s+(?:in|at))\s+(?:the\s+)?(?:[\p{L}'-]+\s+){0,3}$/u;

/** Every mention of `country` in the sentence is a place evacuation craft waited or landed: the country left is elsewhere. */
function stagingOnly(inf: SentenceInfo, country: string): boolean {
  const low = inf.s.low;
  let any = false;
  for (const m of inf.mentions) {
    if (m.code !== country || m.role === 'issuer' || m.role === 'addressee') continue;
    if (!STAGING_BEFORE_RE.test(low.slice(Math.max(0, m.start - 60), m.start))) return false;
    any = true;
  }
  return any;
}

/** The countries the document's sentences tell evacuees reached on the way ("crossed into Jordan"), the topic aside. */
function routeHubs(infos: readonly SentenceInfo[], topic: string, overland: Overland): Set<string> {
  const hubs = new Set<string>();
  for (const inf of infos) {
    const low = inf.s.low;
    for (const m of inf.mentions) {
      if (m.role === 'issuer' || m.role === 'addressee' || m.code === topic || hubs.has(m.code)) continue;
      const before = low.slice(Math.max(0, m.start - 70), m.start);
      // (a flight's departure point is a hub where the document tells the people reached it by land: "flight from Djerba,
      // Tunisia, after crossing the border")
      if (ARRIVAL_BEFORE_RE.test(before) || (FLIGHT_FROM_BEFORE_RE.test(before) && overlandOf(overland))) hubs.add(m.code);
    }
  }
  return hubs;
}

/** A headline that names the topic and, as the place left, a hub the body says evacuees reached on the way ("… flies nationals home from Amman"),
 * or a body sentence that names nothing but such a hub. */
function titleHub(inf: SentenceInfo, country: string, topic: string, hubs: ReadonlySet<string>): boolean {
  if (!hubs.has(country)) return false;
  if (inf.s.title) return inf.mentions.some((m) => m.code === topic && m.role !== 'issuer' && m.role !== 'addressee');
  // a body sentence that names only the hub, as where the evacuees go on from ("They are to be flown home from Yerevan"):
  // the journey out of the topic told on
  return inf.mentions.every((m) => m.code === country || hubs.has(m.code) || m.role === 'issuer' || m.role === 'addressee');
}

/** A question about a term or about words: "What is an 'authorized departure'?", "What does 'suspended operations' mean?",
 * "And 'ordered departure'?", "Do other countries use the same words?", "Que signifie …?", "Was bedeutet …?". */
const DEFINITION_QUESTION_RE =
  /^\W*(?:q\s*[:.]\s*)?(?:what(?:'s|\s+is|\s+are)\s+(?:an?\s+|the\s+term\s+)?["'\u201c\u2018\u00ab]|(?:and|what about|how about)\s+["'\u201c\u2018\u00ab][^"'\u201d\u2019\u00bb?]{2,50}["'\u201d\u2019\u00bb]\s*\?|(?![^?]*\b(?:this|that|it|these|those|which)\s+(?:\w+ly\s+)?means?\b|[^?]*\bmeans?\s+for\b)[^?]{0,120}\b(?:mean|means|meaning|signifie|veut dire|bedeutet|hei(?:ss|\u00df)t|significa|vuol dire|words?|terms?|wording|vocabulary|phrases?)\b[^?]{0,60}\?\s*$|qu'est-ce qu(?:e|')\s*(?:une?\s+)?["\u00ab]|was (?:ist|sind) (?:eine?\s+)?["\u201e\u00bb]|(?:che )?cos(?:a|')\s*[èe]\s+(?:una?\s+|l')?["\u00ab])/;
/** An event told in an answer: a date, a day, or a government's act in the perfect. */
const ANSWER_EVENT_RE =
  /\b(?:today|yesterday|tonight|this (?:week|morning|month)|last (?:week|month|night)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:19|20)\d\d|(?:has|have) (?:now |just |already )?(?:ordered|authori[sz]ed|urged|told|issued|raised|lowered|suspended|closed|evacuated|called))\b/;
/** The longest question heading read as one: a longer unit is a paragraph, not a heading. */
const QUESTION_HEADING_MAX = 200;

/**
 * The sentence at `ui` of unit `k` answers a question about a term: a question earlier in its unit ("Q: What does … mean?
 * A: …"), or a question heading that is the unit just before it, asks what a term means.
 */
function definitionAnswer(lows: readonly string[], k: number, unit: readonly Sentence[], ui: number): boolean {
  for (let j = ui - 1; j >= 0; j--) {
    const q = unit[j]!.low;
    if (q.includes('?')) return /\?\W*$/.test(q) && DEFINITION_QUESTION_RE.test(q);
  }
  const prev = k > 0 ? lows[k - 1]! : '';
  return prev.length <= QUESTION_HEADING_MAX && /\?\W*$/.test(prev) && DEFINITION_QUESTION_RE.test(prev);
}

/** The sentence holds nothing but the matched words (and punctuation). */
function termOnly(low: string, start: number, end: number): boolean {
  if (!/^[^a-z0-9]*$/.test(low.slice(end))) return false;
  // (or a heading that pairs two terms: "Ordered vs authorized departure", "Authorized or ordered departure")
  return /^[^a-z0-9]*$/.test(low.slice(0, start)) || TERM_PAIR_BEFORE_RE.test(low.slice(0, start));
}

/** Before the second of two terms a heading pairs: "ordered vs ", "authorized or ". */
const TERM_PAIR_BEFORE_RE = /^[^a-z0-9]*[a-z-]+\s+(?:vs\.?|versus|or|and|oder|und|ou|et|o|e)\s+$/;

/** An unnamed, indefinite government doing what governments do, in the present: 'a government "warns', "an embassy suspends". */
const INDEFINITE_ACTOR_RE =
  /\b(?:a|an|any|every|your)\s+(?:foreign\s+|western\s+|own\s+)?(?:government|embassy|foreign ministry|ministry|country)\s+["'\u201c]?(?:(?!(?:was|has|is|does)\b)[a-z]{2,}[^s\W]s|can|may|might|could|will|would)\b/;
/** The same actor as the subject the sentence opens on ("A country can sit at Level 2 overall while …"). */
const SENTENCE_INDEFINITE_RE = new RegExp('^\\W*' + INDEFINITE_ACTOR_RE.source.slice(2));
/** A "when" clause in the habitual present that holds the trigger: "when the State Department authorizes departure", "when a government tells its citizens to". */
const WHEN_HABITUAL_RE =
  /\b(?:when|whenever)\s+(?:the\s+|a\s+|an\s+|its\s+|your\s+)?(?:[\w.'-]+\s+){0,3}?(?!(?:was|has|is|its|this|does|thus|us)\b)[a-z]{2,}[^s\W]s\b(?!\s+(?:were|was|had|have|are|did|been)\b)/;
/** A past tense or participle in a clause: "were told", "had ordered", "flew". */
const PAST_IN_CLAUSE_RE = /\b(?:\w+ed|was|were|had|did|been|told|said|left|flew|took|sent|gave|made|began)\b/;
/** An example marker before the trigger, in its sentence part: "(for example ", "for instance, \"", "such as \"". */
const EXAMPLE_BEFORE_RE = /(?:\(\s*|\b)(?:for example|for instance|e\.g\.|such as|par exemple|zum beispiel|z\.\s?b\.|ad esempio|per esempio)\s*,?\s*[^;)]{0,80}$/;
/** The reader's own government, unnamed: "your government", "the government of your country of residence", "votre gouvernement". */
const READERS_GOVERNMENT_RE =
  /\b(?:your (?:own )?(?:government|foreign (?:ministry|office)|embassy)|the (?:government|foreign ministry) of your (?:own )?country(?: of (?:residence|nationality|citizenship))?|votre (?:propre )?gouvernement|ihre (?:eigene )?regierung|il (?:tuo|vostro) governo)\b/;
/** A place no one names: "citizens already in a country", "leave any country". */
const INDEFINITE_PLACE_RE = /\b(?:in|from|leave|to)\s+(?:a|any)\s+(?:given\s+|particular\s+|foreign\s+)?country\b/;
/** Before the trigger: it is the definition of a term ("… means stay where you are"). */
const DEFINITION_BEFORE_RE = /\b(?:means|is defined as)\s+(?:to\s+)?$/;
/** After the trigger: it is a term being defined ("… shelter in place means stay where you are"). */
const DEFINED_AFTER_RE = /^\s*["'\u201d]?\s*(?:means|is defined as|refers to|stands for)\b/;

/**
 * The sentence tells what governments do in general, not what one did: an indefinite government in the present ('a
 * government "warns against travel"', "before an embassy suspends operations"), a habitual "when" clause holding the
 * trigger, an indefinite country, or the trigger as a term being defined.
 */
function genericStatement(low: string, start: number, end: number): boolean {
  if (DEFINED_AFTER_RE.test(low.slice(end, end + 40)) || DEFINITION_BEFORE_RE.test(low.slice(Math.max(0, start - 30), start))) return true;
  // (the indefinite actor may be the trigger itself: "an embassy suspends")
  const head = low.slice(clauseStart(low, start, false), end + 30);
  if (INDEFINITE_ACTOR_RE.test(head) || SENTENCE_INDEFINITE_RE.test(low.slice(0, 60))) return true;
  // a quoted or bracketed example of wording ('(for example "Level 4: Do Not Travel", a Reisewarnung)', 'for example, "… depart
  // immediately"') names a term, it gives no advice
  if (low.includes('example') || low.includes('e.g.') || low.includes('such as') || low.includes('exemple') || low.includes('beispiel') || low.includes('esempio')) {
    const ex = EXAMPLE_BEFORE_RE.exec(low.slice(Math.max(0, start - 100), start));
    // (… but a quotation that opens on the advising verb is the advice of the subject before "for example": 'The British Foreign
    // Office, for example, "advise[s] against all but essential travel to Burma"')
    if (ex && (ex[0].startsWith('(') || /["\u201c\u00ab\u201e]/.test(ex[0])) && !(/"\s*$/.test(ex[0]) && /^(?:advis|urg|recommend|warn)/.test(low.slice(start, start + 9)))) return true;
  }
  // the reader's own government, whichever it is ("the government of your country of residence advised against all travel")
  if ((head.includes('your') || head.includes('votre') || head.includes('ihre') || head.includes('tuo') || head.includes('vostro')) && READERS_GOVERNMENT_RE.test(head.slice(0, head.length - 30 > 0 ? head.length - 30 : head.length))) return true;
  if (head.includes('when')) {
    // (in the trigger's comma clause, with no past participle or past tense in it: "when U.S. citizens were told" is an event)
    const clause = low.slice(clauseStart(low, start, true), end);
    if (!PAST_IN_CLAUSE_RE.test(clause) && WHEN_HABITUAL_RE.test(clause)) return true;
  }
  return low.includes(' country') && INDEFINITE_PLACE_RE.test(low);
}

/** A claim told as what others reported ("Spanish media reported", "social media accounts reported", "così titolavano diversi siti"). */
const REPORTED_RE =
  /\b(?:(?:media|outlets?|reports?|broadcasters?|newspapers?|press|websites?|sites|accounts|sources|tabloids?)\s+(?:\w+\s+){0,3}?(?:reported|report|say|said|claimed|claim|indicated|suggested)|reported(?:ly)? (?:on \w+ )?that|according to (?:\w+ ){0,3}?(?:media|reports|outlets|sources)|rumou?rs?|claimed|claiming|alleged(?:ly)?|purported(?:ly)?|supposed(?:ly)?|so-called|circulating|circulant|affirmai(?:t|ent)|pr[ée]tendai(?:t|ent)|behauptet\w*|sosteneva(?:no)?|affermava(?:no)?|unverified|fake|fabricated|bogus|forged|forgery|counterfeit|spoofed|presunt[aoie]|presumed|pr[ée]tendu\w*|pr[ée]sum[ée]\w*|angeblich\w*|vermeintlich\w*|falso|falsa|faux|fausse|gef[äa]lscht\w*|titolavano|secondo (?:alcuni )?(?:media|siti)|selon (?:des|certains) m[ée]dias|berichteten|laut (?:\w+ )?medien|medien berichte\w*|berichten (?:\w+ )?medien)\b/;

/** Denials, each of one kind of report: what they deny as a mask of DENY_* bits. */
const DENY_OPEN = 1; // the embassy is open: no closure, no staff withdrawn
const DENY_EVAC = 2; // no evacuation
const DENY_STAFF = 4; // no staff withdrawn
const DENY_LEAVE = 8; // no call to leave
const DENY_ALL = 15; // a denial of the reports as such ("smentito", "démenti", "dementiert")
const DENIAL_KINDS: ReadonlyArray<[RegExp, number]> = [
  [/\b(?:(?:has|have|had|is|are|was|were)\s+not\s+(?:been\s+)?closed|(?:remains|stays|is still) open|(?:operating|working|functioning) (?:normally|as normal|as usual)|operations are normal|no closure|closed (?:on \w+,? \w+ \d+ |on \w+ \d+,? )?for routine (?:consular )?services|[èe] aperta|reste ouverte|bleibt ge[öo]ffnet)\b/, DENY_OPEN | DENY_STAFF],
  [/\b(?:(?:has|have|had|is|are|was|were)\s+not\s+(?:been\s+)?evacuated|no evacuation|there is no evacuation|nessuna evacuazione|pas d'[ée]vacuation|keine evakuierung)\b/, DENY_EVAC],
  // (an airline or a tour operator told as the one that flew people out, no government named with it: "British Airways evacuated
  // 326 passengers from Antigua" under "Britons evacuated as Hurricane Irma hits")
  [/^(?![^]*\b(?:government|foreign office|fcdo|ministry|state department|embassy|high commission|chartered by|military|air force)\b)[^]*\b(?:airways|airlines?|air lines|tour operators?|cruise lines?|tui|easyjet|ryanair|jet2|thomas cook)\b[^.;]{0,40}?\b(?:evacuated|has flown|flew|rescued)\b/, DENY_EVAC],
  // (a decision still to be taken: "a final decision is still pending", "steht eine endgültige Entscheidung noch aus")
  [/\b(?:(?:final\s+)?decision\s+(?:is|was)\s+(?:still\s+)?pending|no (?:final )?decision has (?:yet )?been (?:made|taken)|(?:endgultige\s+)?entscheidung\s+(?:steht\s+)?noch\s+aus|noch nicht (?:entschieden|beschlossen)|aucune d[ée]cision (?:n'a|n'est) (?:encore )?(?:[ée]t[ée] )?prise|nessuna decisione (?:[èe] stata )?(?:ancora )?presa)\b/, DENY_EVAC],
  [/\b(?:(?:has|have|had|is|are|was|were)\s+not\s+(?:been\s+)?(?:withdrawn|pulled)|no ordered departure|there is no ordered departure)\b/, DENY_STAFF],
  [/\bnot (?:advising|telling|urging|asking)\s+\S+(?:\s+\S+)?\s+to\s+(?:leave|depart)\b|\b(?:need|needed)\s+not\s+(?:to\s+)?leave\b|\b(?:do|does|did)\s+not\s+need\s+to\s+leave\b|\bno\s+need\s+(?:for\s+\S+\s+)?to\s+leave\b/, DENY_LEAVE],
  [/\b(?:smentit\w*|d[ée]menti\w*|dementiert\w*|den(?:y|ies|ied|ying)\s+(?:\w+\s+){0,3}?(?:reports?|claims?|rumou?rs?|allegations?)\s+(?:that|of)\s+(?:[\w'-]+\s+){0,6}?(?:urg|told|tell|order|evacuat|clos|leav|withdr|advis|call|ask|pull)\w*|den(?:y|ies|ied|ying)\s+(?:having\s+)?[a-z]+ing\b(?:[^.;]){0,80}?\b(?:clos|evacuat|withdr|pull|order)\w*|(?:claims?|reports?|allegations?|rumou?rs?)\s+(?:are|were|is|was)\s+(?:entirely\s+|completely\s+|totally\s+)?(?:unfounded|false|baseless|untrue|without merit)|(?:is|was) (?:a )?(?:fake|forgery|forged|hoax)|(?:has|have|had) not issued any such|none of (?:this|it|that|these|those|the[a-z ]{1,20}) (?:is|was|are|were) true|(?:has|have|had) issued no (?:alert|warning|advisory|instruction|order|notice|such)|there\s+(?:was|is|had been|has been)\s+["'\u201c\u201d]?\s*no\s+such\s+(?:advice|advisory|order|instruction|warning|alert|call))\b/, DENY_ALL],
];

/** What the document's denials deny, as a mask of DENY_* bits (0: none). */
function denials(lows: readonly string[]): number {
  let mask = 0;
  for (const l of lows) for (const [re, bits] of DENIAL_KINDS) if ((mask & bits) !== bits && re.test(l)) mask |= bits;
  return mask;
}

/** The DENY_* bit a denial of this signal's kind carries (an evacuation of staff is also denied by an open embassy). */
function denialBit(h: SignalHit): number {
  switch (h.signal) {
    case 'embassy_suspended': return DENY_OPEN;
    case 'evacuation': return h.staff ? DENY_EVAC | DENY_STAFF : DENY_EVAC;
    case 'ordered_departure': case 'authorized_departure': return DENY_STAFF;
    case 'leave_immediately': return DENY_LEAVE;
    default: return DENY_ALL;
  }
}

const REPATRIATION_SCALE_RE = /\b(?:voluntary|mandatory) repatriation\b|\brepatriation phase\b/;

/** A state said to last, or its present consequence ("…, meaning it cannot provide …", "diplomats are unable to provide"). */
const STILL_RE = /\b(?:remains?|remained|is still|are still|still (?:closed|suspended|in (?:effect|force|place))|continues? to be|has remained|have remained|to this day|bleibt|bleiben|nach wie vor|reste|restent|demeure|demeurent|rimane|rimangono|tuttora|meaning (?:that )?(?:it|they|the \w+|there) (?:cannot|can't|can not|is unable|are unable|has no|have no|is no|are no)|(?:is|are) (?:still )?unable to provide|(?:cannot|can't|can not) provide)\b/;

/** A sentence that opens on a year ("In 2016, …", "Back in March 2011 …"): background, told as such. */
const PAST_OPENING_RE =
  /^\W*(?:back\s+)?(?:in|during|by|nel|en|im|im jahr|anfang|ende|debut|fin)\s+(?:early\s+|late\s+|mid-?\s*)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?(?:19|20)\d\d\b|\bas (?:happened|it did|was the case)\b/;

const PAST_MARKER_RE =
  /\b(?:in (?:an|a|its|their|his|her) (?:earlier|previous|prior) (?:statement|alert|message|advisory|update|notice|announcement)|dans (?:un|son|leur) precedent (?:communique|message|avis)|in (?:einer|seiner|ihrer) fruheren (?:mitteilung|erklarung|warnung)|in un precedente (?:comunicato|messaggio|avviso)|at the time|back then|at that time|years? ago|months ago|decades? ago|will remember|(?<!\bfor )more than (?:a|one|two|three|four|five|six|\d+) (?:years?|decades?)(?! after\b)|since then|in the past|historically|memories of|reminiscent of|erinnerungen an|(?:le )?souvenir (?:de|du|des)|(?:il )?ricordo (?:di|del|della|dei)|(?:later|earlier) (?:that|the) (?:same )?(?:year|month|week)|(?:that|the) same (?:year|month)|the (?:following|next|previous) year|damals|seinerzeit|a l'epoque|all'epoca|(?<!\bda )allora|il y a (?:\w+ )?ans|vor (?:\w+ )?jahren|anni fa)\b/;

/** Advice given in the past for a stretch of time that ended: "advised against all travel to the island for several weeks",
 * "Britain advised against all but essential travel for a time in 2022". */
const BOUNDED_PAST_RE =
  /\b(?:advised|warned|urged|told|recommended|kept|placed|put)\b[^.;]{0,100}?\bfor (?:a (?:time|while|spell|short (?:time|while|period))|a few (?:days|weeks|months)|several (?:days|weeks|months)|some (?:days|weeks|months)|(?:two|three|four|five|six|a couple of) (?:days|weeks|months))\b/;
/** Since a year, the month (or a day and month) named or not: "since 2019", "since February 2022", "seit März 2022", "depuis le 3 mars 2022". */
const SINCE_DATE_RE =
  /\b(?:since|seit|depuis|dal)\s+(?:(?:le\s+|dem\s+)?\d{1,2}\.?\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|m[äa]rz|juni|juli|oktober|dezember|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre)\s+)?(?:19|20)\d\d\b/;
/** "last ordered non-emergency staff out of Lahore in 2012": the last time something was done, in a given year (words may be hyphenated). */
const LAST_IN_YEAR_RE = /\bthe last time\b[^.;]{0,140}?\b(?:19|20)\d\d\b|\b(?:last|most recently|previously)\s+(?:[\w'-]+\s+){1,8}?in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d\b/;

/** The historic past tenses of Italian (passato remoto) and French (passé simple), in the matching form: "fu chiusa",
 * "organizzò il rimpatrio", "l'ambassade fut fermée", "la France évacua". News tells the present in other tenses. */
const HISTORIC_TENSE_RE =
  /\b(?:fu|furono|organizzo|organizzarono|lascio|lasciarono|evacuo|evacuarono|rimpatriarono|ordinarono|chiusero|fut|furent|organisa|organiserent|evacuerent|quitta|quitterent|rapatria|rapatrierent|ordonna|ordonnerent|fermerent)\b/;

/** A pluperfect in a relative clause or told since a date: "which had been in place since", "qui avait été". */
const RELATIVE_PLUPERFECT_RE = /\b(?:which|that|who|qui|che|die|der|das)\s+(?:had|avait|avaient|hatte|hatten|aveva|avevano)\b|\b(?:since|depuis|seit|dal|dall')\b/;

/** A year (1950–2049) not told as the start of a lasting state ("since 2019"). */
const YEAR_NOT_SINCE_RE = /\b(?<!since |seit |depuis |dal |dall')(19[5-9]\d|20[0-4]\d)\b/g;
/** A year that dates a publication or a finding: "a 2024 report", "the 2023 review", "une étude de 2024". */
const PUBLICATION_YEAR_RE =
  /\b(?:an?|the|its|their)\s+(?:19[5-9]\d|20[0-4]\d)\s+(?:\w+\s+)?(?:report|study|review|survey|inquiry|audit|analysis|paper|book|documentary|ruling|judgment|evaluation|assessment)\b|\b(?:rapport|[ée]tude|enqu[êe]te|bericht|studie|rapporto|studio|indagine)\s+(?:de|von|aus|del)\s+(?:19[5-9]\d|20[0-4]\d)\b/g;

/** A sentence about the past: an explicit past marker, or a year older than the document's latest. */
function pastSentence(low: string, doc: DocText): boolean {
  if (PAST_MARKER_RE.test(low) || HISTORIC_TENSE_RE.test(low) || BOUNDED_PAST_RE.test(low)) return true;
  // a state that began then and lasts: "suspended operations in February 2022 and remains closed"
  if (STILL_RE.test(low)) return false;
  // "The DFA last raised a country to Alert Level 4 in 2023, for Sudan"; "In 2016, Kenya sent buses …";
  // "… as happened in Kabul in August 2021"
  if (LAST_IN_YEAR_RE.test(low)) return true;
  if (PAST_OPENING_RE.test(low)) return true;
  const m0 = low.match(YEAR_NOT_SINCE_RE);
  if (!m0) return false;
  // (a year that dates a report names when it was written, not when what it tells was done: "A 2024 report found that Canada
  // evacuated about 840 people from Sudan in 2023"; the act's own years decide, if it has any)
  const undated = low.replace(PUBLICATION_YEAR_RE, ' ');
  const m = (undated !== low && undated.match(YEAR_NOT_SINCE_RE)) || m0;
  // a dated pluperfect, not reported speech, is the story's background: "lors de la crise de 2015, l'ambassade avait organisé …"
  // (the main verb: "…, which had been in place since March" is a relative clause about a state that just ended)
  if (PLUPERFECT_RE.test(low) && !REPORTING_RE.test(low) && !RELATIVE_PLUPERFECT_RE.test(low)) return true;
  const docYear = doc.year();
  if (docYear === 0) return false;
  // (a state told to last since a date, the month named or not: "suspended since February 2022")
  return m.every((y) => Number(y) < docYear) && !SINCE_DATE_RE.test(low);
}

/** A sentence dated only by the pluperfect and this document's latest year: a level given before, in the same year, is the
 * previous step of today's advice, not background. */
function recentPriorLevel(low: string, doc: DocText): boolean {
  if (PAST_MARKER_RE.test(low) || HISTORIC_TENSE_RE.test(low) || LAST_IN_YEAR_RE.test(low) || PAST_OPENING_RE.test(low)) return false;
  const m = low.match(/\b(?:19[5-9]\d|20[0-4]\d)\b/g);
  const docYear = doc.year();
  return !!m && docYear > 0 && m.every((y) => Number(y) === docYear);
}

/** A sentence that opens on a pronoun as the subject of its verb: "It also repatriated …", "They have evacuated …". */
const PRONOUN_SUBJECT_RE = /^\W*(?:it|they)\s+(?:(?:also|has|have|had|then|later|since|subsequently|already)\s+)*$/;

/** A narrative pluperfect ("the embassy had closed", "l'ambassade avait fermé"), with no reporting verb that would make it
 * reported speech of today ("said the embassy had closed"). */
const PLUPERFECT_RE = /\b(?:had|avait|avaient|hatte|hatten|aveva|avevano)\s+(?:\w+\s+)?(?:been\s+)?\w+/;
const REPORTING_RE =
  /\b(?:said|says|say|told|tells|announced|announces|stated|states|confirmed|confirms|added|reported|reports|according to|wrote|declared|a (?:dit|d[ée]clar[ée]|annonc[ée]|pr[ée]cis[ée])|selon|sagte|teilte|erkl[äa]rte|laut|ha (?:detto|dichiarato|annunciato)|secondo)\b/;

/** A sentence opening on a time after or during a named event: "After Maria, …", "During the 2008 war, …", "Dopo il sisma, …". */
const EVENT_OPENING_RE = /^\W*(?:after|during|following|in the wake of|nach|w[äa]hrend|apr[èe]s|pendant|dopo|durante)\s+(?:the\s+|der\s+|dem\s+|la\s+|le\s+|il\s+|l')?([\p{L}][\p{L}'-]{2,})/u;

/** Between words (for a whole-word lookup by splitting). */
const WORD_SPLIT_RE = /[^\p{L}'-]+/u;

/** The sentence goes on with an event the sentence before dates in the past: "… reminiscent of Hurricane Maria in September
 * 2017. After Maria, Britain and France ran evacuation flights". */
function eventSequel(unit: readonly Sentence[], ui: number, doc: DocText): boolean {
  if (ui === 0) return false;
  const low = unit[ui]!.low;
  const m = EVENT_OPENING_RE.exec(low);
  if (!m || PRESENT_RE.test(low)) return false;
  const prev = unit[ui - 1]!.low;
  return prev.includes(m[1]!) && prev.split(WORD_SPLIT_RE).includes(m[1]!) && pastSentence(prev, doc);
}

/**
 * The sentence at `ui` tells, in the pluperfect, the sequel of a dated past sentence just before it in its unit (with no
 * sentence between that speaks of the present): "On the morning of April 29, 1975, … . Within 24 hours, the embassy had
 * closed".
 */
function pluperfectSequel(unit: readonly Sentence[], ui: number, doc: DocText): boolean {
  const low = unit[ui]!.low;
  if (ui === 0 || !PLUPERFECT_RE.test(low) || REPORTING_RE.test(low) || PRESENT_RE.test(low)) return false;
  for (let j = ui - 1; j >= Math.max(0, ui - 2); j--) {
    const prev = unit[j]!.low;
    if (pastSentence(prev, doc)) return true;
    if (PRESENT_RE.test(prev) || !PLUPERFECT_RE.test(prev)) return false;
  }
  return false;
}

/** A list item that gives an area a colour of a government's own scale: "- North Sinai: red.", "- Zone frontalière : rouge." */
const COLOUR_ITEM_END_RE = /^\W*[^.:;]{2,120}:\s*(?:red|orange|yellow|green|rouge|jaune|verte?|rot|gelb|gr[üu]n|rosso|arancione|giallo|verde)\.?\s*$/;

/** A heading of a page's links to other pages: "Related travel advisories", "Related links:", "See also", "Other destinations", "Nearby destinations". */
const RELATED_HEADING_RE =
  /^\W*(?:related(?: travel)? (?:advisories|advice|links|content|pages|destinations|countries)|see also|other (?:travel )?(?:advisories|destinations|countries)(?: in the (?:region|area))?|more (?:travel )?advisories|neighbou?ring (?:countries|destinations)|nearby (?:destinations|countries)|(?:destinations|countries) nearby|destinations (?:proches|voisines)|reiseziele in der n[äa]he|destinazioni vicine|countries in the (?:region|area)|voir aussi|liens utiles|autres (?:pays|destinations)(?: de la (?:zone|r[ée]gion))?|pays (?:voisins|de la (?:zone|r[ée]gion))|siehe auch|weitere (?:reise- und sicherheitshinweise|l[äa]nder)|nachbarl[äa]nder|l[äa]nder (?:in )?der (?:region|umgebung)|vedi anche|altri paesi(?: della (?:zona|regione))?|paesi (?:vicini|della regione))\b\W*(?:$|:)/;

/** A navigation entry: a short line that ends no sentence. */
const NAV_ENTRY_MAX = 120;

/**
 * Unit `k` is in a page's list of related links: it opens with a related-links heading, or it is a short line
 * that ends no sentence, below such a heading with only such lines between.
 */
function relatedLinks(lows: readonly string[], k: number): boolean {
  for (let j = k, n = 0; j >= 0 && n <= 12; j--, n++) {
    const low = lows[j]!;
    if (RELATED_HEADING_RE.test(low.slice(0, 60))) return true;
    if (low.length > NAV_ENTRY_MAX || /[.!?]["')\]\u201d]*\s*$/.test(low)) return false;
  }
  return false;
}

/** The next sentence says the state told before lasts: "It remains closed", "The embassy is still suspended", "Elle reste fermée". */
const STILL_NEXT_RE =
  /^\W*(?:as a result,?\s+|today,?\s+|to this day,?\s+)?there (?:is|are) (?:currently |still |now )?no (?:\S+ ){0,2}?(?:embassy|embassies|consulates?|diplomatic presence)\b(?! in\s+(?:the\s+)?(?:capital|city|[a-z]+\s+city)\b)|^\W*(?:(?:as a result|consequently|therefore|today),?\s+)?(?:all\s+)?(?:the\s+embassy's\s+)?(?:(?:routine|emergency)\s+(?:(?:and|or|and\/or)\s+(?:routine|emergency)\s+)?)?(?:consular|diplomatic) (?:services|operations)(?:,\s*[^,.;]{1,30},)?\s+(?:remain|are still|continue to be)\s+(?:suspended|unavailable)\b|^\W*(?:it|they|this|these|the (?:embassy|consulate|mission|high commission|advisory|advice|warning|order|suspension|closure)|(?:its|their|the embassy's|the mission's) (?:operations|activities|work)|elle|elles|il|sie|essa|esso)\s+(?:still\s+|has\s+|have\s+)?(?:remains?|remained|is still|are still|continues? to be|stays?|reste|restent|demeure|bleibt|bleiben|ist weiterhin|rimane|resta)\s+(?:\w+\s+)?(?:closed|shut|suspended|in (?:effect|force|place)|ferm[ée]e?s?|suspendue?s?|en vigueur|geschlossen|ausgesetzt|in kraft|chius[aoei]|sospes[aoei]|in vigore)\b/;

/** A dated sentence whose state the next sentence says still lasts: "… suspended its operations in June 2019. It remains closed". */
function stillNext(next: Sentence | undefined): boolean {
  return next !== undefined && STILL_NEXT_RE.test(next.low);
}

/** The next sentence says the advice told before ended: "That advice was withdrawn in November", "It no longer applies",
 * "Those warnings are long gone". */
const WITHDRAWN_NEXT_RE =
  /^\W*(?:(?:that|this|the|these|those|such)\s+(?:advice|advisory|advisories|warning|warnings|instruction|instructions|order|orders|recommendation|recommendations|guidance|call|measures?)|it|they)\s+(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+|later\s+|since\s+)?(?:withdrawn|lifted|rescinded|revoked|cancell?ed|ended|removed)\b|^\W*(?:that|this|these|those|such)\s+(?:advice|advisory|advisories|warning|warnings|recommendations?|restrictions?|measures?)\s+(?:are|is|were|was)\s+(?:long\s+|now\s+|all\s+)?(?:gone|over|a thing of the past)\b|^\W*(?:(?:that|this|the|these|those|such)\s+(?:advice|advisory|warning|instruction|order|recommendation|guidance|call)|it)\s+(?:no longer applies|does not apply any more|does not apply anymore|is no longer in (?:force|effect|place))\b|^\W*(?:cette|ces)\s+(?:recommandation|consigne|mesure|alerte|mise en garde)s?\s+(?:a|ont)\s+[ée]t[ée]\s+(?:lev[ée]e?s?|retir[ée]e?s?|abrog[ée]e?s?)\b|^\W*(?:diese|die)\s+(?:reisewarnung|warnung|empfehlung|aufforderung)\s+(?:wurde|ist)\s+(?:\S+\s+){0,3}?(?:aufgehoben|zur[üu]ckgenommen)\b/;

/** A sentence whose last clause, after a semicolon or a dash, says the advice told before it ended. */
function withdrawnTail(low: string): boolean {
  const k = Math.max(low.lastIndexOf(';'), low.lastIndexOf(' \u2014 '), low.lastIndexOf(' \u2013 '), low.lastIndexOf(' - '));
  if (k <= 0) return false;
  const tail = low.slice(k + 1);
  // (the advice named, not a bare "it" that may point at anything the clause before names: "— it was lifted for the resorts")
  return /^\W*(?:that|this|the|these|those|such|cette|ces|diese|die)\s/.test(tail) && WITHDRAWN_NEXT_RE.test(tail);
}

/** A sentence whose advice the next one says was withdrawn. */
function withdrawnNext(next: Sentence | undefined): boolean {
  return next !== undefined && WITHDRAWN_NEXT_RE.test(next.low);
}

const RETROSPECTIVE_RE =
  /\b(?:(?:\w+|\d+) years (?:on|later|after)|(?:a|one|two|three) decades? (?:on|later|after)|anniversary|looking back|looks back|look back|remembering|retrospective|in hindsight|memoirs?|memoires|memoiren|autobiograph\w*|livre de souvenirs|souvenirs d'un\w*|lebenserinnerungen|erinnerungen (?:eines|einer)|(?:le )?memorie di|jahre (?:danach|sp[äa]ter)|ans (?:apr[eè]s|plus tard)|anni dopo|exhibitions?|ausstellung|une exposition|(?:una|la|nella|alla) mostra)\b/;

/** The document opens as a retrospective: its title or its lead looks back on past events (an anniversary, a memoir, a
 * timeline "compiled for the fifteenth anniversary", an exhibition about them). */
function retrospective(draft: PrepareDraft): boolean {
  return RETROSPECTIVE_RE.test((draft.lows[0] ?? '').slice(0, 300)) || RETROSPECTIVE_RE.test((draft.lows[1] ?? '').slice(0, 300));
}

/** What a sentence of a retrospective must say to be current (or that its advice lasts unchanged: "heißt es unverändert"). */
const PRESENT_RE =
  /\b(?:today|tonight|this (?:week|morning|afternoon|evening|month)|now|currently|at present|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:has|have|is|are) (?:now |again |also )?(?:urg|tell|told|order|advis|rais|issu|clos|suspend|evacuat|warn|lower)\w*|aujourd'hui|heute|oggi|unchanged|still in (?:force|effect|place)|unver[äa]ndert|nach wie vor|weiterhin|toujours en vigueur|tuttora|tuttora in vigore)\b/;

const FILM_WORDS_RE =
  /\b(?:films?|movies?|thriller|director|directed|starring|actor|actress|cast|screenplay|script|subplot|plot|drama|biopic|sequel|premiere|critic|novel|novels|novelist|memoir|documentary|episode|cinemas?|netflix|streaming|regisseur|r[ée]alisateur|regista|spielfilm|roman|romanzo|book|fiction|prose|chapters?|narrator|protagonist|publisher|paperback|hardback|pages|author|livre|buch|libro)\b/g;

/** Matches of a global regex in `s`, counting stops at `max`. */
function countUpTo(s: string, re: RegExp, max: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.exec(s) !== null) n++;
  return n;
}

function normCode(c: unknown): string | null {
  return typeof c === 'string' && /^[A-Za-z]{2}$/.test(c) ? c.toUpperCase() : null;
}

/** Between a place and its level: "(is|are|remains) (listed|rated|placed …) at". */
const PLACE_RATED_GAP_RE = /^\s*(?:(?:city|town|province|region|district|state|islands?|sea|archipelago)\s+)?(?:(?:is|are|remains?|stays?|was|were)\s+)?(?:(?:now|still)\s+)?(?:(?:listed|rated|placed|kept|set|classed|classified|designated)\s+)?(?:at|as|under)\s*(?:level\s*[1-4]\s*(?:or\s+|[(:,\u2013-]\s*)["'\u201c(]?\s*)?$/;

/** A raise said of the whole country or from one step to another ("für die gesamte Türkei", "from 2 to 3"). */
const WHOLE_RAISE_RE =
  /\b(?:whole|entire|all of|gesamt(?:e[nmrs]?)?|ganz(?:e[nmrs]?)?|tout le|toute la|l'ensemble|intero|intera|tutto il|tutta la)\b|\b(?:von|from|de|du|da|dal)\s+(?:stufe\s+|level\s+|niveau\s+|livello\s+)?\d\s+(?:\([^()]{1,50}\)\s+)?(?:auf|to|[àa]|au|al)\s+(?:stufe\s+|level\s+|niveau\s+|livello\s+)?\d\b/;

/** Governments whose numbered levels are the table's: the US's "Level 1" … "Level 4", and Australia's and New Zealand's,
 * whose four numbered steps carry the table's words ("Level 4: Do not travel"). */
const NUMBERED_SCALE_ISSUERS: ReadonlySet<string> = new Set(['US', 'AU', 'NZ']);

/** The "Location:" field of an embassy alert ("Location: Dominica; Saint Lucia"), in the four languages. */
const LOCATION_FIELD_RE = /^\s*(?:locations?|lieux?|localisation|ort|orte|luogo|luoghi|localit[àa])\s*:/i;

/** The heading of an alert's contact block ("Assistance:", "Contacts", "Kontakt", "Contatti utili"). */
const CONTACT_HEADING_RE = /^\s*(?:assistance|contacts?|contact us|contact information|emergency contacts?|kontakt|kontaktdaten|contatti(?: utili)?|nous contacter|coordonn[ée]es(?: utiles)?)\s*:?\s*$/i;

/** The most mentioned country that is not only an issuer; title, dateline and lead weigh more. */
function topicCountry(infos: SentenceInfo[], issuer: string | null): string | null {
  const score = new Map<string, number>();
  const first = new Map<string, number>();
  const issuing = new Set<string>();
  // (a government that also acts at home, 'the Government of Dominica ordered …' beside more 'citizens in Dominica',
  // is still the subject: it is penalised only where it speaks at least as often as it is a place things happen in)
  const speaks = new Map<string, number>();
  for (const inf of infos)
    for (const m of inf.mentions) {
      if (m.role === 'issuer' || m.role === 'addressee') speaks.set(m.code, (speaks.get(m.code) ?? 0) + 1);
      // (a city or region of the country named as a place is where things happen too: "curfews in Bunia and Uvira")
      else if (m.role === 'place' && (m.locative || m.kind === 'place' || m.kind === 'name') && !m.embassyLocation) speaks.set(m.code, (speaks.get(m.code) ?? 0) - 1);
    }
  for (const inf of infos) for (const m of inf.mentions) if ((m.role === 'issuer' || m.role === 'addressee') && (speaks.get(m.code) ?? 0) >= 0) issuing.add(m.code);
  let k = 0;
  // (past an alert's "Assistance:" heading come the mission's addresses: they say where it sits, not what it is about)
  let contacts = false;
  for (let n = 0; n < infos.length; n++) {
    const inf = infos[n]!;
    // (in the second half only: a "Contact us" link in a page's navigation comes first and heads nothing)
    if (!contacts && n >= infos.length / 2 && CONTACT_HEADING_RE.test(inf.s.plain)) contacts = true;
    // (an alert's "Location:" field names where it applies, as a title does)
    const w = contacts ? 0.25 : inf.s.title || LOCATION_FIELD_RE.test(inf.s.plain) ? 3 : inf.s.index < 2 ? 1.5 : 1;
    let prev: RoledMention | null = null;
    for (const m of inf.mentions) {
      k++;
      // one span read two ways (a city and its metonym: "Seoul") counts once; so does a city and its country
      // said together ("U.S. Embassy Port Louis, Mauritius")
      const dup =
        prev !== null &&
        prev.code === m.code &&
        ((prev.start === m.start && prev.end === m.end) || (m.start >= prev.end && m.start - prev.end <= 3 && /^[\s,]*$/.test(inf.s.plain.slice(prev.end, m.start))));
      prev = m;
      if (dup) continue;
      let v = 0;
      if (m.role === 'place') v = m.kind === 'demonym' ? 0.5 : 1;
      else if (m.role === 'excluded') v = 0.25;
      else continue;
      if (m.embassyLocation) v *= 2;
      if (m.code === issuer) continue;
      if (issuing.has(m.code)) v *= 0.3;
      score.set(m.code, (score.get(m.code) ?? 0) + v * w);
      if (!first.has(m.code)) first.set(m.code, k);
    }
  }
  // dateline "BAMAKO, Mali (Reuters) -"
  const firstBody = infos.find((x) => !x.s.title);
  if (firstBody) {
    const d = /^\s*[\p{Lu}][\p{Lu}\p{M} .'-]{2,40},\s*([^(,\-]{2,40}?)\s*(?:\([^)]*\))?\s*-/u.exec(firstBody.s.plain);
    if (d) {
      // (the country after the comma: "ROMA, 12 maggio (ANSA) -" is where the agency files, and weighs as any lead)
      const from = d.index + d[0].indexOf(',');
      const m = firstBody.mentions.find((x) => x.start > from && x.end <= d.index + d[0].length + 1);
      if (m) score.set(m.code, (score.get(m.code) ?? 0) + 3);
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [c, v] of score) {
    if (v > bestScore || (v === bestScore && best !== null && (first.get(c) ?? 0) < (first.get(best) ?? 0))) {
      best = c;
      bestScore = v;
    }
  }
  return best;
}

/** The issuer named most often by agencies / issuer roles in an official document. */
function dominantIssuer(infos: SentenceInfo[], topic: string | null = null): string | null {
  const n = new Map<string, number>();
  for (const inf of infos)
    for (const m of inf.mentions) if ((m.role === 'issuer' || m.role === 'addressee') && m.code !== topic) n.set(m.code, (n.get(m.code) ?? 0) + (m.kind === 'agency' ? 2 : 1));
  let best: string | null = null;
  let bv = 0;
  for (const [c, v] of n) if (v > bv) [best, bv] = [c, v];
  return best;
}

/** Issuer groups (lists count as one group) of a sentence, in order. */
const NO_GROUPS: Array<Array<string | null>> = [];

function issuerMentions(inf: SentenceInfo): Array<Array<string | null>> {
  if (!inf.mentions.some((m) => m.role === 'issuer')) return NO_GROUPS;
  const groups: Array<Array<string | null>> = [];
  let cur: string[] = [];
  let lastEnd = -1;
  for (const m of inf.mentions) {
    if (m.role !== 'issuer') continue;
    const gap = lastEnd >= 0 ? inf.s.low.slice(lastEnd, m.start) : '';
    if (cur.length > 0 && !issuerListGap(gap)) {
      groups.push([...new Set(cur)]);
      cur = [];
    }
    cur.push(m.code);
    lastEnd = m.end;
  }
  if (cur.length > 0) groups.push([...new Set(cur)]);
  return groups;
}

/** Nearest issuer group before `pos` in the clause; else in the sentence; else after; else addressees; else context. */
interface IssuerItem {
  start: number;
  end: number;
  code: string | null;
}

/** The issuers of the list that holds `items[idx]` ("Britain, France and Germany"). */
function groupAround(items: IssuerItem[], low: string, idx: number): Array<string | null> {
  const out: Array<string | null> = [items[idx]!.code];
  // extend over list neighbours
  for (let j = idx - 1; j >= 0; j--) {
    const gap = low.slice(items[j]!.end, items[j + 1]!.start);
    if (!issuerListGap(gap)) break;
    out.push(items[j]!.code);
  }
  for (let j = idx + 1; j < items.length; j++) {
    const gap = low.slice(items[j - 1]!.end, items[j]!.start);
    if (!issuerListGap(gap)) break;
    out.push(items[j]!.code);
  }
  const uniq = [...new Set(out)];
  const named = uniq.filter((c) => c !== null);
  return named.length > 0 ? named : [null];
}

/** After citizens named as the subject of advice in the passive: "Singaporeans are advised to", "Britons were urged to",
 * "(Indian) nationals are advised to". */
const PASSIVE_ADVISED_RE = /^\s*(?:(?:nationals|citizens|passport holders|residents|travell?ers)\s+)?(?:(?:currently\s+)?in\s+[\p{L}' -]{2,30}?\s+)?(?:are|were|is|have been|had been)\s+(?:\w+ly\s+)?(?:advised|urged|asked|told|requested|encouraged|recommended|called on|instructed)\b/u;

/** The German common noun for a foreign ministry, with no government named in it. */
const BARE_FOREIGN_MINISTRY_RE = /^au(?:ss|ß)enministerium\w*$/;
/** The units of the document being classified (set by `run`: a bare "Außenministerium" is Austria's only where Austria is named). */
let docLows: readonly string[] = [];
/** Before a level: a proper name as the subject of a verb of classing ("Sinaloa has been classified as ", "Sulu is rated at "), at
 * the sentence's start or after a date ("2024-09-13 Sinaloa has been …"). */
const CLASSIFIED_SUBJECT_RE = /(?:^\W*|\d\s+)(?:the\s+(?:state|province|region|department|governorate)\s+of\s+)?(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})(?:\s+(?:state|province|region))?\s+(?:has\s+been|have\s+been|was|were|is|are|remains?)\s+(?:now\s+|also\s+)?(?:classified|placed|rated|designated|listed|categori[sz]ed|ranked|kept)\s+(?:as|at|under|in|on)\s+(?:an?\s+|the\s+)?$/u;

/** People in many countries at once: "in over a dozen countries", "in 14 countries", "dans plusieurs pays", "in mehreren Ländern"; or
 * missions in many at once: "closed 22 embassies". */
const MANY_COUNTRIES_RE =
  /\b(?:in|across)\s+(?:(?:over|more than|some|about|around|nearly|at least|up to)\s+)?(?:a dozen|a number of|several|many|numerous|multiple|various|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:other\s+)?(?:[\w-]+\s+)?(?:countries|nations)\b|\b(?:dans|en)\s+(?:plusieurs|de nombreux|\d+)\s+pays\b|\bin\s+(?:mehreren|zahlreichen|vielen|\d+)\s+l[äa]ndern\b|\bin\s+(?:diversi|numerosi|molti|vari|\d+)\s+paesi\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a dozen|dozens of|several|a number of|numerous|multiple)\s+(?:of\s+(?:its|their)\s+)?(?:[\w-]+\s+)?(?:embassies|diplomatic missions|diplomatic posts|consulates)\b/;

/** Before a level with no object: advice for everywhere ("Americans worldwide", "a global advisory"). */
const WORLDWIDE_BEFORE_RE = /\b(?:worldwide|around the world|across the world|all over the world|everywhere|global\s+(?:travel\s+)?(?:advisory|alert|security alert|caution))\b/;
/** "Worldwide" as the reach of a ministry's advice service, not as its addressees: "destinations for which we provide advice worldwide". */
const WORLDWIDE_COVERAGE_RE = /\b(?:destinations|countries|places)\b(?:[^.;]|(?<=\b[a-z])\.){0,80}?\b(?:provides?|publish(?:es)?|issues?|offers?)\b(?:[^.;]|(?<=\b[a-z])\.){0,40}?\bworldwide\b/;

/** Between a place of arrival and the place left, named right after it: " dal ", " from ", " aus dem ", " depuis le ". */
const ORIGIN_BEFORE_RE = /^\s*,?\s*(?:dal|dalla|dall'|dai|dagli|da|from|out of|aus(?:\s+(?:dem|der|den))?|depuis|du|de\s+la|de\s+l'|des)\s*(?:the\s+|le\s+|la\s+|l'|il\s+)?$/;

/** A definite article right before a level's phrase ("die Reisewarnung", "the travel warning"). */
const DEFINITE_BEFORE_RE = /\b(?:die|der|the|la|le|il|l')\s*$/;

/** The sentence's subject before the level at `pos` is a proper name that is no country (a state, a province, a city). */
function partClassified(inf: SentenceInfo, pos: number): boolean {
  const m = CLASSIFIED_SUBJECT_RE.exec(inf.s.plain.slice(0, pos));
  if (!m) return false;
  const a = m.index + m[0].indexOf(m[1]!);
  // (a city or region the gazetteer knows is such a part too; a country's name is not)
  return !inf.mentions.some((o) => o.start < a + m[1]!.length && o.end > a && (o.kind === 'name' || o.kind === 'demonym'));
}

/** Austria named by its name, adjective or capital. */
const AUSTRIA_NAMED_RE = /\b(?:ö|o|oe)sterreich\w*|\bwien\b|\bvienn|\bbmeia\b/;
/** Germany's citizens by the adjective: "deutsche Staatsangehörige", "den deutschen Staatsbürgern". */
const GERMAN_NATIONALS_RE = /\bdeutsche[nmr]?\s+(?:staatsangeh[öo]rige\w*|staatsb[üu]rger\w*|b[üu]rger\w*|reisende\w*|touristen)\b/;

/** From a quoted instruction to its speaker named after the verb: a closing quote, a verb of saying and a few words. */
const QUOTE_SPEAKER_GAP_RE =
  /[\u00bb\u201d"]\s*,?\s*(?:(?:a|ont|avait|avaient|hat|hatte|ha|hanno|aveva|has|had)\s+)?(?:(?:d'abord|aussi|encore|also|auch|anche|zudem|ensuite|then)\s+)?(?:said|says|wrote|writes|warned|warns|tweeted|posted|added|adds|alert\w*|ecri\w*|averti\w*|prevenu\w*|indiqu\w*|annonc\w*|declar\w*|precis\w*|ajout\w*|schrieb|schreibt|warnte|warnt|teilte|erklarte|hie(?:ss|\u00df)|scrive|scritto|avvert\w*|dichiar\w*|aggiun\w*|comunic\w*)\b[^.;:!?]{0,40}$/;

function resolveIssuers(inf: SentenceInfo, pos: number, ctx: ReadonlyArray<string | null>, level = false): Array<string | null> {
  const low = inf.s.low;
  const items: IssuerItem[] = [];
  for (const m of inf.mentions) if (m.role === 'issuer') items.push({ start: m.start, end: m.end, code: m.code });
  for (const g of inf.generic) items.push({ start: g.start, end: g.end, code: null });
  items.sort((a, b) => a.start - b.start);
  let before = -1;
  // (an issuer that holds the trigger itself: "Deutsche Botschaft … geschlossen")
  for (let k = 0; k < items.length; k++) if (items[k]!.end <= pos || (items[k]!.start <= pos && pos < items[k]!.end)) before = k;
  // (a bare plural "embassies" that is the trigger itself belongs to the government named as the clause's subject before it:
  // "The State Department closed embassies in Yemen and Libya")
  if (before > 0 && items[before]!.code === null && items[before]!.start <= pos && low.slice(items[before]!.start, items[before]!.end) === 'embassies' && items[before - 1]!.code !== null && items[before - 1]!.end >= clauseStart(low, items[before]!.start, true)) before--;
  if (before >= 0) {
    // citizens told in the passive after another government's mention: "… imposed by the Nepali authorities, Singaporeans are
    // advised to defer all travel": the citizens' government advises
    const b = items[before]!;
    // a bare "Außenministerium" (Austria's by name) is any government's foreign ministry: the citizens it addresses tell whose
    // ("An die deutschen Staatsangehörigen appellierte das Außenministerium, …")
    // (not one the adjective names Austria's: "das österreichische Außenministerium")
    if (b.code === 'AT' && BARE_FOREIGN_MINISTRY_RE.test(low.slice(b.start, b.end)) && !/\b(?:ö|o|oe)sterreich\w*\s+$/.test(low.slice(Math.max(0, b.start - 24), b.start))) {
      const ad = inf.mentions.find((m) => m.role === 'addressee' && m.code !== b.code);
      if (ad) return [ad.code];
      // (German citizens are named by an adjective the gazetteer leaves out: "die deutschen Staatsangehörigen")
      if (GERMAN_NATIONALS_RE.test(low)) return ['DE'];
      // (… and with no citizens named, the government the sentences before spoke of: "Die Schweiz rät ihren Bürgern … Sie
      // fügte hinzu, dass das Außenministerium den Menschen geraten habe, …")
      if (ctx.length > 0 && ctx.every((c) => c !== null && c !== 'AT')) return [...ctx];
      // (… and with none of them, in a document that never names Austria, a government left unnamed: the caller gives it the
      // document's own, "Nun ordnete das Außenministerium an, dass nur noch Notfallpersonal in der Botschaft … bleiben solle")
      if (!docLows.some((l) => AUSTRIA_NAMED_RE.test(l))) return [null];
    }
    const addressed = inf.mentions.find((m) => m.role === 'addressee' && m.code !== b.code && m.start >= b.end && m.end <= pos && PASSIVE_ADVISED_RE.test(low.slice(m.end, m.end + 60)));
    if (addressed) return [addressed.code];
    // citizens named as the subject of the trigger's own clause, after another clause that named a government ("compte tenu
    // de la décision russe …, les ressortissants français … doivent quitter sans délai ce pays"): their government advises
    const cs = clauseStart(low, pos, true);
    if (b.end <= cs) {
      const own = inf.mentions.find((m) => m.role === 'addressee' && m.start >= cs && m.end <= pos);
      if (own) return [own.code];
    }
    const group = groupAround(items, low, before);
    // (… with the governments compared after it that did the same: "London closed its embassy, as did Switzerland")
    for (const m of inf.mentions) if (m.asDid && m.start > pos && !group.includes(m.code)) group.push(m.code);
    return group;
  }
  const after = items.findIndex((it) => it.start >= pos);
  if (after >= 0) {
    // passive: "… was ordered by the State Department"
    // (or, for a level too, the list of the governments that did it: "those easing their warning from Level 5 to Level 4, which
    // …, include Belgium")
    const between = low.slice(pos, items[after]!.start);
    // (… or the speaker of a quoted instruction, named after its verb: "« Restez chez vous » a d'abord alerté par message
    // l'Ambassade française", '"Stay indoors," warned the embassy')
    if ((!level && (/\bby\b/.test(between) || between.length < 60 || QUOTE_SPEAKER_GAP_RE.test(between))) || (LIST_COPULA_END_RE.test(between) && !/[.;]/.test(between))) return groupAround(items, low, after);
  }
  const addr = [...new Set(inf.mentions.filter((m) => m.role === 'addressee').map((m) => m.code))];
  if (addr.length > 1) {
    // (the citizens of the trigger's own clause, not others named in a clause before it)
    const cs = clauseStart(low, pos, true);
    const own = [...new Set(inf.mentions.filter((m) => m.role === 'addressee' && m.start >= cs && m.end <= pos).map((m) => m.code))];
    if (own.length > 0) return own;
    // (… or the citizens right after it, its object: "« Le rapatriement des Français » … précisant que la France avait rapatrié
    // des ressortissants britanniques")
    const obj = inf.mentions.find((m) => m.role === 'addressee' && m.start > pos && m.start - pos <= 30 && !/[,;.:]/.test(low.slice(pos, m.start)));
    if (obj) return [obj.code];
  }
  if (addr.length > 0) return addr;
  if (level && after >= 0 && ctx.every((x) => x === null)) return groupAround(items, low, after);
  // (German citizens, named by the adjective the gazetteer leaves out, with no government named: their own government's call,
  // "eine Reisewarnung mit der Aufforderung zur Ausreise für deutsche Staatsbürger")
  if (ctx.every((x) => x === null) && GERMAN_NATIONALS_RE.test(low)) return ['DE'];
  return [...ctx];
}

/** A short parenthesis that ends just before `at`: an acronym or a gloss of the words before it ("agency (CONRED) has raised"). */
const SHORT_PAREN_END_RE = /\(\s*[^()]{1,40}?\)\s*$/;

/** The start of the clause of `pos` for its subject: a short parenthesis after the subject does not end the clause. */
function subjectClauseStart(low: string, pos: number): number {
  const cs = clauseStart(low, pos, false);
  if (cs === 0 || low[cs - 1] !== ')') return cs;
  const p = SHORT_PAREN_END_RE.exec(low.slice(Math.max(0, cs - 44), cs));
  return p ? clauseStart(low, cs - (p[0].length), false) : cs;
}

/** A domestic actor (local authorities, the army) is the nearest subject before the trigger. */
function domesticSubject(inf: SentenceInfo, pos: number): boolean {
  const low = inf.s.low;
  const cs = subjectClauseStart(low, pos);
  DOMESTIC_ACTOR_RE.lastIndex = cs;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = DOMESTIC_ACTOR_RE.exec(low)) !== null && m.index < pos) {
    // (one side of a clash or the object of a preposition does not act: "clashes between protesters and police")
    if (ACTOR_NOT_AGENT_RE.test(low.slice(Math.max(cs, m.index - 40), m.index + m[0].length - m[0].trimStart().length))) continue;
    // (nor does the agent of the country's own measure: "the curfew announced by the Nepali authorities on 14 September")
    if (MEASURE_AGENT_BEFORE_RE.test(low.slice(Math.max(cs, m.index - 90), m.index + m[0].length - m[0].trimStart().length))) continue;
    last = m.index + m[0].length - m[0].trimStart().length;
  }
  if (last < 0) return false;
  // "U.S. officials", "Malian authorities" → an issuer mention right before qualifies it
  const q = inf.mentions.find((x) => x.end <= last && last - x.end <= 3);
  if (q && (q.role === 'issuer' || q.kind === 'agency')) {
    return false;
  }
  if (q && (q.kind === 'demonym' || q.kind === 'name')) return true; // "Malian authorities" handled as domestic unless issuer
  // an explicit issuer closer to the trigger than the domestic actor wins
  const issuerAfter = inf.mentions.some((x) => (x.role === 'issuer' || x.role === 'addressee') && x.start > last && x.end <= pos);
  return !issuerAfter;
}

/** The subject of a level phrase's verb, when travellers or firms do it themselves: "Tourists (are) cancel(ling)", "Many travellers are avoiding". */
const TRAVELLERS_DOING_RE =
  /^\s*(?:(?:many|some|most|more|the|foreign|international|western)\s+)*(?:tourists|travell?ers|visitors|holidaymakers|passengers|airlines|carriers|tour operators|companies|firms|investors)\s+(?:(?:are|were|have been|had been|have|had)\s+)?(?:now\s+|also\s+|already\s+|increasingly\s+)?$/;

/**
 * Someone who is no government gives the instruction ("advised by hotel staff", "the airline told
 * passengers"), with no issuer named between that agent and the trigger.
 */
const NON_GOV_AGENT_RE =
  /\b(?:by|from)\s+(?:the\s+|their\s+|its\s+|local\s+|some\s+|many\s+)?(?:hotels?|resorts?|hostels?|airlines?|carriers?|tour (?:operators?|guides?|companies)|guides?|travel (?:agents?|agencies|companies)|employers?|compan(?:y|ies)|landlords?|hosts?|organi[sz]ers?|schools?|universit(?:y|ies)|insurers?|cruise (?:lines?|operators?))(?:\s+(?:staff|management|managers?|employees|workers|owners?|operators?|representatives?|crews?))?\b|\b(?:hotels?|resorts?|hostels?|airlines?|tour operators?|tour guides?|travel agen(?:ts?|cies)|employers?|landlords?|organi[sz]ers?|cruise lines?)(?:\s+(?:staff|management|managers?|employees|workers|owners?|representatives?|crews?))?\s+(?:\w+\s+)?(?:told|tell|tells|advised|advise|advises|urged|urge|urges|asked|ask|asks|instructed|recommended|warned|encouraged|ordered|directed)\b/g;

/** A private body speaking after the fact it tells: "…, the organisers of that exchange said", "…, the company said on Friday". */
const PRIVATE_SPEAKER_AFTER_RE =
  /,\s*(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:organi[sz]ers?|compan(?:y|ies)|firm|employer|school|university|club|board|federation|league|airline|carrier|tour operator|charity|ngo|aid group|team)(?:\s+(?:of|for)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?\s+(?:said|says|announced|added|told|confirmed)\b/;

function nonGovernmentAgent(inf: SentenceInfo, pos: number): boolean {
  const low = inf.s.low;
  // the fact is a private body's, told by it, and no government is named in the sentence
  if (PRIVATE_SPEAKER_AFTER_RE.test(low.slice(pos)) && !inf.mentions.some((x) => x.role === 'issuer' && x.kind !== 'demonym') && !/\b(?:government|ministry|embass(?:y|ies)|foreign office|state department|air force|military)\b/.test(low)) return true;
  const cs = clauseStart(low, pos, false);
  NON_GOV_AGENT_RE.lastIndex = cs;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = NON_GOV_AGENT_RE.exec(low)) !== null && m.index < pos) last = m.index;
  if (last < 0) return false;
  const window = low.slice(Math.max(last - 40, cs), Math.min(low.length, pos + 40));
  // the agent relays a government's advice ("hotels passed on the embassy's call")
  if (/\b(?:embass(?:y|ies)|government|ministry|foreign office|state department)\b/.test(window)) return false;
  return !inf.mentions.some((x) => (x.role === 'issuer' || x.role === 'addressee') && x.kind !== 'demonym' && x.start > last && x.end <= pos);
}

/** After a country: a part of it ("Jamaica's north coast", "Cuba eastern provinces"). */
const PART_AFTER_NAME_RE = /^(?:'s)?\s*(?:northern|southern|eastern|western|central|north|south|east|west|border|borders|regions?|provinces?|states?|areas?|parts?|districts?|coast|interior|capital|frontier)\b/;

/** An object that counts the countries before naming them: "for two former Soviet republics, Kyrgyzstan and Tajikistan",
 * "pour deux ex-républiques soviétiques d'Asie centrale, le Kirghizistan et le Tadjikistan". */
const COUNTED_OBJECT_RE = /\s*(?:(?:the|les|die|i|le)\s+)?(?:two|three|four|both|deux|trois|quatre|zwei|drei|vier|beiden?|due|tre|quattro)\s+[^,.;:()]{2,60},\s*/y;
/** Where the names of a counted object start (`from` is the object's start), or -1. */
function countedObjectEnd(low: string, from: number): number {
  if (from < 0) return -1;
  COUNTED_OBJECT_RE.lastIndex = from;
  return COUNTED_OBJECT_RE.test(low) ? COUNTED_OBJECT_RE.lastIndex : -1;
}

/**
 * The countries a level's object lists with its first (`first`): the one named right at `from` (the object's start), or,
 * with `adjacent` false, the first mention of it after `from` (the level phrase's end). Each must be a whole country by name.
 */
function levelCoordinatedCountries(inf: SentenceInfo, from: number, first: string, adjacent: boolean): string[] {
  const ms = inf.mentions;
  let m0 = adjacent ? mentionAt(inf, from, 4) : ms.find((m) => m.start >= from && m.code === first && m.role !== 'issuer' && m.role !== 'addressee');
  const counted = !m0 && adjacent ? countedObjectEnd(inf.s.low, from) : -1;
  if (counted >= 0) m0 = mentionAt(inf, counted, 4);
  if (!m0 || m0.code !== first || m0.kind !== 'name') return [];
  return listedWith(inf, ms.indexOf(m0), true);
}

/** After a level's object list: "as well as parts of" (or "and parts of", "sowie Teile", "ainsi que certaines parties") and the
 * countries listed after it. */
const PARTS_OF_LIST_RE = /\b(?:as well as|and|plus|sowie|und|ainsi que|et)\s+(?:in\s+)?(?:(?:some|certain|several)\s+)?(?:parts|areas|regions|teile|teilen|(?:certaines\s+)?parties)\s+(?:of|der|des|de|du|d')\s*/g;
function partsListedAfter(inf: SentenceInfo, from: number): string[] {
  const low = inf.s.low;
  PARTS_OF_LIST_RE.lastIndex = from;
  const p = PARTS_OF_LIST_RE.exec(low);
  if (!p || /[.;:]/.test(low.slice(from, p.index))) return [];
  const m = mentionAt(inf, p.index + p[0].length, 4);
  if (!m || m.kind !== 'name' || m.role === 'issuer' || m.role === 'addressee') return [];
  return [m.code, ...listedWith(inf, inf.mentions.indexOf(m), true)];
}

function mentionAt(inf: SentenceInfo, from: number, maxGap: number, allowPlace = true): RoledMention | null {
  for (const m of inf.mentions) {
    if (m.start < from) continue;
    if (m.start - from > maxGap) break;
    const gap = inf.s.low.slice(from, m.start);
    if (!/^\s*(?:the\s+|la\s+|le\s+|l'|les\s+|il\s+|den\s+|die\s+)?$/.test(gap)) return null;
    if (!allowPlace && m.kind === 'place') return m;
    return m;
  }
  return null;
}

/** Words a line of a country list may hold besides the names: "Israel and the occupied Palestinian territory", "Myanmar/Burma". */
const LIST_LINE_REST_RE = /^(?:[\s,;/&()*\u2022\u00b7\u2013\u2014.:-]|\d|\b(?:and|the|of|occupied|territory|territories|federation|republic|et|le|la|les|und|die|e|il)\b)*$/;

/** "The following countries", as what a level is given to: "für folgende Länder", "les pays suivants", "i seguenti paesi". */
const FOLLOWING_COUNTRIES_RE =
  /\b(?:(?:the\s+)?following\s+(?:countries|destinations|nations|states)|folgende[n]?\s+(?:l[äa]nder\w*|staaten|reiseziele\w*)|(?:les\s+)?(?:pays|destinations)\s+suivant(?:e)?s|(?:i\s+|nei\s+)?(?:seguenti\s+(?:paesi|destinazioni)|paesi\s+seguenti))\b/g;

/**
 * The countries listed one per line after sentence `i` (itself ending in a colon, or followed by a short one that does:
 * "They are as follows:"; with `noColon`, any sentence), two lines at least; none when the next lines are not such a list.
 */
function countryListAfter(infos: readonly SentenceInfo[], i: number, gaz: Gazetteer, noColon = false): string[] {
  let j = i + 1;
  if (!noColon && !/:\s*$/.test(infos[i]!.s.low)) {
    const intro = infos[j];
    if (!intro || intro.s.low.length > 80 || !/:\s*$/.test(intro.s.low)) return [];
    j++;
  }
  const out: string[] = [];
  let lines = 0;
  for (; j < infos.length && lines < 60; j++) {
    const s = infos[j]!.s;
    if (s.low.length > 80) break;
    const ms = infos[j]!.mentions !== NO_MENTIONS ? infos[j]!.mentions : gaz.scan(s.plain, s.low, false, s.ascii === true);
    if (ms.length === 0) break;
    let rest = '';
    let at = 0;
    for (const m of ms) {
      rest += s.low.slice(at, m.start);
      at = Math.max(at, m.end);
    }
    rest += s.low.slice(at);
    if (!LIST_LINE_REST_RE.test(rest)) break;
    lines++;
    for (const m of ms) if (!out.includes(m.code)) out.push(m.code);
  }
  return lines >= 2 ? out : [];
}

/** A level's object that is a region of several countries, no country: "Do not travel to Middle East now", "to the Gulf region". */
const SUPRANATIONAL_OBJECT_RE =
  /^(?:the\s+|le\s+|den\s+|il\s+)?(?:(?:wider|greater|broader|whole|entire)\s+)?(?:middle east|near east|persian gulf|gulf region|arabian peninsula|horn of africa|(?:west|east|central|north|southern|sub-saharan)\s+africa|latin america|central america|south america|caribbean|balkans|europe|asia|africa|moyen-orient|proche-orient|nahen osten|mittleren osten|nahost|medio oriente)\b(?!\s+(?:of|in|de|von|di)\b)/;

/** An object that is an area a hazard struck or threatens: "flood-affected areas", "the fire zone", "evacuation zones". */
const HAZARD_AREA_OBJECT_RE =
  /^(?:the\s+|any\s+)?(?:[\p{L}]+-(?:affected|hit|prone|stricken)|flood(?:ed)?|fire|bushfire|wildfire|storm|cyclone|hurricane|typhoon|quake|earthquake|evacuation|disaster|danger|exclusion)\s+(?:areas?|zones?|regions?|districts?)\b/u;

const DESTINATION_GAP_RE = /^\s*(?:for|to|towards|toward|into|nach|vers|verso|pour|per)\s+(?:the\s+)?$/;
const DESTINATION_END_RE =
  /(?:^|\s)(?:(?:for|to|towards|toward|into|nach|vers|verso|pour|per)\s+(?:the\s+)?|a destination (?:de\s+|d')|en direction (?:de\s+|d')|in direzione (?:di\s+|d')|diretto (?:a|verso)\s+|in richtung\s+|mit ziel\s+|(?:to|towards|toward|vers|verso|nach|jusqu'(?:a|au)|fino (?:a|al|alla)|bis (?:zur|zum|an die))\s+(?:the\s+|la\s+|le\s+|l'|il\s+|die\s+)?(?:[\w'-]+\s+){0,2}?(?:border|frontiere|confine|grenze)\s+(?:(?:with|avec|con|zu|mit)\s+(?:the\s+|la\s+|le\s+|l'|il\s+)?)?)$/;
/** The country of a destination city: "… to Entebbe in Uganda", "… to Nairobi, Kenya". */
/** (not a verb's object or a mission: "… to leave its embassy in Bamako" names where the embassy is, no destination) */
const DEST_QUALIFIER_RE =
  /(?:^|\s)(?:to|towards|into|nach|vers|verso)\s+(?!(?:[\p{L}'.-]+\s+){0,2}?(?:leave|depart|exit|quit|stay|remain|shelter|evacuate|its|their|embass\w*|consulat\w*|missions?)\s)(?:[\p{L}'.-]+\s+){0,2}[\p{L}'.-]+(?:\s+in|,)\s+(?:the\s+)?$/u;
/** Where evacuees are brought back to: "riporta in Italia", "rapatriés en France", "back to Germany", "zurück nach Österreich". */
const HOME_DEST_RE =
  /\b(?:riport\w*|rientr\w*|ricondott\w*|rimpatri\w*|rapatri\w*|ramen\w*|rentr\w*|back|home|zur[üu]ck\w*|heim\w*)\s+(?:\S+\s+){0,3}?(?:in|to|en|au|nach|a)\s+(?:the\s+)?$/;

/** A level's object that is the island (the island state) with a preposition of place: "on the island", "sull'isola", "sur l'île". */
const ON_THE_ISLAND_RE = /^(?:(?:on|in)\s+the\s+(?:island|archipelago)|sull'isola|nell'isola|sull'arcipelago|(?:sur|dans)\s+l'(?:ile|archipel)|auf\s+der\s+insel)\b(?!\s+(?:of|de|di|d'|von)\b)/;

/** A destination named by what it is: "to the French island of La Réunion", "auf die französische Insel La Réunion", "vers la base de …". */
const ISLAND_DEST_RE =
  /(?:^|\s)(?:to|towards|into|nach|vers|verso|auf|sur)\s+(?:the\s+|die\s+|den\s+|l'|la\s+|le\s+|il\s+|l')?(?:[\p{L}'-]+\s+){0,2}(?:island|islands|isle|insel|inseln|[îi]le|isola|base|airbase|air base|st[üu]tzpunkt|hub)\s+(?:of\s+|de\s+|di\s+|d')?$/u;

/** People are brought to the place at `pos`: home ("riporta in Italia") or the country of a destination city ("to Entebbe in Uganda"). */
function broughtTo(low: string, pos: number): boolean {
  const w = low.slice(Math.max(0, pos - 60), pos);
  return HOME_DEST_RE.test(w) || DEST_QUALIFIER_RE.test(low.slice(Math.max(0, pos - 50), pos)) || ISLAND_DEST_RE.test(w);
}

/** A time or cause phrase before a place, its event named first: "since the escalation of ", "amid riots in the ". */
const SUBORDINATE_PHRASE_GAP_RE = /\b(?:since|amid|amidst|following|after)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}?(?:of|in|on|over|across|between|with)\s+(?:the\s+)?$/u;
/** A subordinating conjunction that opens a new clause between a trigger and a name: "as", "because", "after", "amid". */
const SUBORDINATE_GAP_RE =
  /\b(?:(?<!\b(?:such|well|far|so|same)\s)as|because|since|after|amid|amidst|while|whereas|when|until|once|dopo che|mentre|poich[ée]|perch[ée]|parce que|alors que|tandis que|depuis que|apr[eè]s que|weil|nachdem)\s+(?:the\s+|le\s+|la\s+|les\s+|die\s+|der\s+|il\s+|i\s+|gli\s+)?$/;

/** The departures of a government's staff, whose object may be long ("the departure of … family members from"). */
const STAFF_SIGNALS: ReadonlySet<Signal> = new Set<Signal>(['ordered_departure', 'authorized_departure']);
/** A gap with no clause break that ends on "from" ("… personnel and their eligible family members from "). */
const LONG_FROM_GAP_RE = /^[^,;:]*\b(?:from|out of)\s+(?:the\s+)?$/;
/** Between two places of one list: ", ", " and ", ", and the ", " or ", "et", "und", "e", and a repeated preposition ("a Cuba e in Giamaica"). */
const COORD_GAP_RE = /^\s*(?:,\s*)?(?:and|or|e|o|et|ou|und|oder|,)\s+(?:(?:to|in|a|à|en|au|aux|nach|ad|from|aus|von|de|da|dal|dalla)\s+)?(?:the\s+|la\s+|le\s+|l'|les\s+|il\s+|den\s+|die\s+|der\s+|dem\s+)?(?:(?:whole|entire|gesamten|ganzen)\s+)?$/;
/** Right before the first of two countries a relation pairs: "between ", "entre l'", "zwischen ", "tra ". */
const PAIR_BEFORE_RE = /\b(?:between|entre|zwischen|tra|fra)\s+(?:the\s+|l'|le\s+|la\s+|dem\s+|der\s+|den\s+|il\s+|lo\s+)?$/;
/** One country named twice in a row: "Republic of Congo Brazzaville", "Congo (Brazzaville)". */
const SAME_PLACE_GAP_RE = /^\s*(?:[-\u2013(]\s*)?$/;

/**
 * The countries listed with `code`'s mention as one object of the signal ("the embassies in Tunis and Khartoum", "leave
 * Mali, Niger and Chad"): each place right after it, joined by a comma or "and", that is no issuer of the sentence.
 */
function coordinatedCountries(inf: SentenceInfo, end: number, code: string, change = false): string[] {
  const ms = inf.mentions;
  // (the object after the trigger, else a list fronted before it: "In Albania, Eritrea and Pakistan, non-emergency personnel …")
  let i = ms.findIndex((m) => m.start >= end && m.code === code && m.role !== 'issuer' && m.role !== 'addressee');
  // (two countries a relation pairs in a later clause are no list of objects: "leave the country … amid tensions between
  // Iran and Israel", "dans un contexte de fortes tensions entre l'Iran et Israël")
  if (i >= 0 && PAIR_BEFORE_RE.test(inf.s.low.slice(Math.max(0, ms[i]!.start - 14), ms[i]!.start))) return [];
  // (a change of level told after its list of places: "advised not to travel to Israel, Lebanon or Palestine in an upgraded warning")
  if (i < 0) i = ms.findIndex((m) => m.end <= end && m.code === code && m.role !== 'issuer' && m.role !== 'addressee' && (m.locative === true || (change && m.role === 'place')));
  return i < 0 ? [] : listedWith(inf, i, false);
}

/** A head that tells of a government preparing a plan (for an evacuation): "Japan prepares plan to evacuate", "Giappone pronto
 * piano di evacuazione", "Frankreich bereitet Evakuierungspläne vor". */
const PLAN_HEAD_RE =
  /\b(?:prepar\w*|draws? up|drew up|drawing up|drafts?|drafted|drafting|read(?:y|ies|ied|ying)|pront[oa]|pr[êe]te?|predispo\w*|elabora\w*|bereitet|vorbereit\w*|erarbeitet)\b[^.;]{0,40}?\b(?:plans?|piano|piani|pl[äa]ne?|evakuierungspl[äa]ne?)\b|\b(?:contingency|evacuation) plans?\b|\bpian[oi] di evacuazione\b|\bplans? d'[ée]vacuation\b|\bevakuierungspl[äa]ne?\b/;
/** A verb in the future: "will urge", "would evacuate", "solleciterà", "évacuera", "wird … ausfliegen". */
const FUTURE_VERB_RE = /\b(?:will|would|shall)\s|\b\w+(?:erà|eranno|irà|iranno|eront|iront)(?![\w\u00C0-\u024F])|\b(?:wird|werden|würde|würden)\s/i;

/** A demonym that names the people moved, not the country they leave: "evacuated … three wounded Chinese peacekeepers",
 * "a évacué des ressortissants chinois". */
const DEMONYM_PEOPLE_AFTER_RE =
  /^\s+(?:[\p{L}-]+\s+)?(?:nationals|citizens|peacekeepers|soldiers|troops|workers|engineers|students|tourists|passengers|diplomats|staff|personnel|employees|residents|families|children|evacuees|expatriates|expats|ressortissants|citoyens|touristes|soldats|casques bleus|cittadini|connazionali|turisti|soldati|staatsb[üu]rger\w*|staatsangeh[öo]rige\w*|touristen|soldaten)\b/u;
const PEOPLE_BEFORE_DEMONYM_RE =
  /\b(?:ressortissants|citoyens|touristes|soldats|travailleurs|casques bleus|[ée]tudiants|diplomates|cittadini|connazionali|turisti|soldati|lavoratori|studenti|diplomatici)\s+$/;

/** Before a place people came back from: "return from ", "ont pu rentrer depuis ", "rientrati da ", "zurückgekehrt aus dem ". */
const RETURN_FROM_BEFORE_RE =
  /\b(?:return(?:s|ed|ing)?|come back|came back|coming back|flown back|flew back|brought back|rentr\w*|revenu\w*|rapatri\w*|rientr\w*|riportat\w*|zur[üu]ckgekehrt|zur[üu]ckkehren|zur[üu]ckgeholt|zur[üu]ckgeflogen)\s+(?:(?:safely|home|en france|in italia|nach deutschland|sains et saufs)\s+)?(?:from|out of|depuis|de|d'|da|dal|dalla|dall'|dai|dagli|aus|von)\s*(?:the\s+|dem\s+|der\s+|den\s+)?$/;

/** The other places of an evacuation its people came back from, each told with its own verb: "180 people will return from Abu
 * Dhabi by military plane, and 205 were able to return from Tel Aviv on a chartered flight". */
function returnOrigins(inf: SentenceInfo, code: string): string[] {
  const low = inf.s.low;
  const out: string[] = [];
  for (const m of inf.mentions) {
    if (m.code === code || out.includes(m.code) || m.role === 'issuer' || m.role === 'addressee' || m.kind === 'demonym') continue;
    if (RETURN_FROM_BEFORE_RE.test(low.slice(Math.max(0, m.start - 40), m.start))) out.push(m.code);
  }
  return out;
}

/** Before a place an evacuation's count came from: "66 from ", "and another 21 from the ". */
const COUNTED_FROM_BEFORE_RE = /\b\d[\d,]*\s+(?:(?:more|others?|people|citizens|nationals|evacuees)\s+)?(?:from|out of)\s+(?:the\s+)?$/;

/** The further places of an evacuation counted one by one after its object `code`: "66 from Iran to Azerbaijan and 21 from Israel
 * to Jordan" gives Israel (the places they were taken to are not counted: no count stands before them). */
function countedOrigins(inf: SentenceInfo, end: number, code: string): string[] {
  const low = inf.s.low;
  const ms = inf.mentions;
  const i = ms.findIndex((m) => m.start >= end && m.code === code);
  if (i < 0 || !COUNTED_FROM_BEFORE_RE.test(low.slice(Math.max(0, ms[i]!.start - 40), ms[i]!.start))) return [];
  const out: string[] = [];
  for (let k = i + 1; k < ms.length; k++) {
    const m = ms[k]!;
    if (/[;:]/.test(low.slice(ms[k - 1]!.end, m.start))) break;
    if (m.role === 'issuer' || m.role === 'addressee' || m.code === code || out.includes(m.code)) continue;
    if (COUNTED_FROM_BEFORE_RE.test(low.slice(Math.max(0, m.start - 40), m.start))) out.push(m.code);
  }
  return out;
}

/** Between a list of countries that opens the sentence and the level they are rated at: " are the only Western European countries
 * to be marked as '", " remain at ". */
const RATED_SUBJECT_GAP_RE =
  /^\s+(?:are|were|remain|have been|are now|now)\s+(?:[\w-]+\s+){0,8}?(?:(?:marked|rated|listed|placed|classed|classified|ranked|labell?ed|designated|flagged|kept|assigned)\s+(?:(?:as|at|with|on|under|to)\s+)?|at\s+)(?:the\s+|a\s+)?["'\u201c\u00ab]?\s*$/;
/** What may stand before the first of a list that opens the sentence (after an opening adverb: "Meanwhile, Russia and Turkey are
 * at Level 3"), a "that" clause or a reported clause ("said Mali and Niger are at Level 4"). */
const LIST_OPENS_RE = /(?:^\W*(?:(?:meanwhile|however|currently|now|today|also|likewise|similarly),?\s+)?|\b(?:that|said|says|noted|notes|added|adds|stated|states)\s+)(?:both\s+)?(?:the\s+)?$/;
/** Before a list item's or a heading's head: nothing, or a bullet ("- ", "• ", "– "). */
const ITEM_LEAD_RE = /^\s*(?:[-\u2013\u2022*]\s*)?$/;
/** What may stand before the first of a list that is the object of travel or of advice: "travelling to A, B and C", "visiting A and B",
 * "planning trips to A and B", "its travel advisories for A and B (to Level 4)", "Travel Alert for A, B, and C". */
const TRAVEL_TO_BEFORE_RE = /\b(?:travel(?:l?ing|l?ers?)?|visit(?:ing|ors)?|going|trips?|journeys?|holidays?|vacations?)\s+(?:to\s+)?(?:the\s+)?$|\b(?:advisor(?:y|ies)|advice|warnings?|alerts?)\s+(?:for|on)\s+(?:the\s+)?$/;
/** … or the object of a change of level that names the level right after the list: "raised Mali and Niger to Level 4". */
const CHANGED_LIST_BEFORE_RE = /\b(?:rais(?:ed|es|ing)|lower(?:ed|s|ing)|upgrad(?:ed|es|ing)|downgrad(?:ed|es|ing)|elevat(?:ed|es|ing)|mov(?:ed|es|ing)|put(?:s|ting)?|plac(?:ed|es|ing))\s+(?:both\s+)?(?:the\s+)?$|\b(?:eas(?:ed|es|ing)|lower(?:ed|s|ing)|rais(?:ed|es|ing)|cut(?:s|ting)?|chang(?:ed|es|ing)|revis(?:ed|es|ing)|upgrad(?:ed|es|ing)|downgrad(?:ed|es|ing))\s+(?:the\s+|its\s+)?(?:travel\s+)?(?:ratings?|advisories|advisory|levels?)\s+(?:on|for)\s+$/;
/** … or the German object fronted with "für" that opens the clause: "Für die Palästinensischen Gebiete und den Iran gilt eine
 * Reisewarnung", ", für den Libanon und den Irak bestehen Teilreisewarnungen". */
const FRONTED_FOR_RE = /(?:^|[,;:]\s*)\W*(?:(?:dass|da|weil|w(?:a|\u00e4)hrend|wobei|zumal|so dass|sodass)\s+)?(?:(?:auch|zudem|ebenso|und)\s+)?f(?:u|\u00fc)r\s+(?:(?:die|den|das|ganz)\s+)?$/;
const TO_LEVEL_GAP_RE = /^\s*(?:to|into|at|on|in)\s+(?:the\s+)?["'\u201c\u2018(]?\s*$/;

/** The coordinated list of countries by name that ends within 90 characters before a level at `pos`, with no clause break
 * between, from its last member back to its first; `subject` when the gap rates the list as the subject ("France and the UK
 * are … marked as '…'"), `opens` when the list opens the sentence or a "that" clause. */
function listBeforeLevel(inf: SentenceInfo, pos: number): { list: RoledMention[]; subject: boolean; opens: boolean } | null {
  const low = inf.s.low;
  const ms = inf.mentions;
  let i = -1;
  // (the people told, named between the list and the level, are not its last member: "its warnings for Israel and Lebanon,
  // telling Canadians to avoid all travel")
  for (let k = 0; k < ms.length && ms[k]!.end <= pos; k++) if (ms[k]!.role !== 'addressee') i = k;
  if (i < 0) return null;
  const last = ms[i]!;
  if (last.kind !== 'name' || last.role === 'issuer' || last.role === 'addressee' || pos - last.end > 90 || /[.;:]/.test(low.slice(last.end, pos))) return null;
  const list = [last];
  for (let prev = last; --i >= 0; ) {
    const m = ms[i]!;
    if (m.end > prev.start) continue;
    if (m.role === 'issuer' || m.role === 'addressee' || m.kind !== 'name' || !COORD_GAP_RE.test(low.slice(m.end, prev.start))) break;
    list.push(m);
    prev = m;
  }
  return { list, subject: RATED_SUBJECT_GAP_RE.test(low.slice(last.end, pos)), opens: LIST_OPENS_RE.test(low.slice(0, list[list.length - 1]!.start)) };
}

/** The first of the countries that open the sentence (after "that") as the subject a level after them rates: "France and the UK
 * are … marked as '…'", "… says that Mali, Niger and Chad remain at '…'". */
function ratedSubject(inf: SentenceInfo, pos: number): string | null {
  const b = listBeforeLevel(inf, pos);
  return b && b.subject && b.opens ? b.list[b.list.length - 1]!.code : null;
}

/** The countries by name fronted with "für" in the clause of a level with no object at `pos` ("Für Syrien und den Iran gilt …"). */
function frontedForList(inf: SentenceInfo, pos: number): string[] {
  const b = listBeforeLevel(inf, pos);
  if (!b) return [];
  const first = b.list[b.list.length - 1]!;
  return FRONTED_FOR_RE.test(inf.s.low.slice(Math.max(0, first.start - 30), first.start)) ? [...new Set(b.list.map((m) => m.code))].reverse() : [];
}

/** A level with no object after it, given to a list of countries before it: travellers to them ("citizens traveling to A, B and C
 * should exercise a high degree of caution"), the list as the subject the level rates ("France and the United Kingdom are …
 * marked as 'exercise a high degree of caution'"), the object of a change of level ("raised Mali and Niger to Level 4") or the
 * German object fronted with "für" ("Für Syrien und den Iran gilt eine Reisewarnung"). The members other than the level's own
 * country `code`. */
function listedBeforeLevel(inf: SentenceInfo, pos: number, code: string): string[] {
  const b = listBeforeLevel(inf, pos);
  if (!b || (b.list[0]!.code !== code && !b.subject)) return [];
  const out = [...new Set(b.list.map((m) => m.code))].filter((c) => c !== code);
  if (out.length === 0) return [];
  const first = b.list[b.list.length - 1]!;
  const low = inf.s.low;
  const before = low.slice(Math.max(0, first.start - 30), first.start);
  // (… or a list item's or a heading's head, a dash before its level: "- Israel, the West Bank and the Gaza Strip – Avoid
  // non-essential travel")
  const itemHead = /^\s*[-\u2013\u2014:]\s*$/.test(low.slice(b.list[0]!.end, pos)) && ITEM_LEAD_RE.test(low.slice(0, first.start));
  return TRAVEL_TO_BEFORE_RE.test(before) || FRONTED_FOR_RE.test(before) || (b.subject && b.opens) || itemHead || (CHANGED_LIST_BEFORE_RE.test(before) && TO_LEVEL_GAP_RE.test(low.slice(b.list[0]!.end, pos))) ? out : [];
}

/**
 * The other countries of the list that opens on mention `i`: each mention right after the previous one, joined by a comma
 * or a conjunction, that is no issuer, addressee or demonym. `wholeOnly` (a level's list) also stops at a place that is no
 * country by name and at a country told as a part ("… and Jamaica's north coast").
 */
function listedWith(inf: SentenceInfo, i: number, wholeOnly: boolean): string[] {
  const low = inf.s.low;
  const ms = inf.mentions;
  const code = ms[i]!.code;
  const out: string[] = [];
  for (let prev = ms[i]!; ++i < ms.length; ) {
    const m = ms[i]!;
    if (m.start < prev.end) continue;
    const gap = low.slice(prev.end, m.start);
    if (m.code === prev.code && SAME_PLACE_GAP_RE.test(gap)) {
      prev = m;
      continue;
    }
    if (m.role === 'issuer' || m.role === 'addressee' || m.kind === 'demonym' || !COORD_GAP_RE.test(gap)) break;
    if (wholeOnly && (m.kind !== 'name' || PART_AFTER_NAME_RE.test(low.slice(m.end, m.end + 30)))) break;
    if (m.code !== code && !out.includes(m.code)) out.push(m.code);
    prev = m;
  }
  return out;
}

/** The governments a sentence names as acting or addressed (their own countries are no object of their advice). */
function issuerCodesOf(inf: SentenceInfo): Set<string> {
  return new Set(inf.mentions.filter((m) => m.role === 'issuer' || m.role === 'addressee').map((m) => m.code));
}

function resolveCountry(inf: SentenceInfo, start: number, end: number, topic: string | null, signal: Signal): string | null {
  const low = inf.s.low;
  const ce = Math.min(low.length, end + 100);
  const issuerCodes = issuerCodesOf(inf);
  const moving = signal === 'evacuation' || signal === 'leave_immediately';
  // 1. the object: "leave Mali", "depart Haiti", "evacuate … from Niger", "Embassy in Bamako"
  for (const m of inf.mentions) {
    if (m.start < end || m.start > ce) continue;
    if (m.role === 'issuer' || m.role === 'addressee' || issuerCodes.has(m.code)) continue;
    // (the people moved, named by their nationality, are no place: "evacuated … three wounded Chinese peacekeepers")
    if (moving && m.kind === 'demonym' && (DEMONYM_PEOPLE_AFTER_RE.test(low.slice(m.end, m.end + 40)) || PEOPLE_BEFORE_DEMONYM_RE.test(low.slice(Math.max(0, m.start - 30), m.start)))) continue;
    const gap = low.slice(end, m.start);
    if (/[;]/.test(gap)) break;
    // a subordinate clause after the trigger ("leave immediately as Israeli airstrikes intensified") holds no object of it
    // (a space in the gap: a name right after the trigger is its object)
    // (… nor a phrase of time or cause that names the event: "since the escalation of Israeli strikes", "since riots broke
    // out in the French Pacific territory")
    if (gap.length > 3 && (SUBORDINATE_GAP_RE.test(gap) || SUBORDINATE_PHRASE_GAP_RE.test(gap))) break;
    // (nor one past the object said as "in the country", which points back: "chiuso l'ambasciata e i consolati nel Paese dopo
    // l'inizio del conflitto tra Russia e Ucraina")
    if (ANAPHOR_PLACE_GAP_RE.test(gap)) break;
    // a destination ("leave for Senegal", "… overland to Colombia", "evacuated to Cyprus") is not the country left
    // (for a level, "for Mali" right after the phrase is its object)
    // (where a closed embassy's staff went — "closed, and its staff had left by road for Armenia" — is no country it serves)
    const dest = signal === 'leave_immediately' || signal === 'evacuation' || signal === 'embassy_suspended' ? DESTINATION_END_RE.test(gap) : DESTINATION_GAP_RE.test(gap.slice(-14));
    if (dest && !/\b(?:travel|trip)\s+to\s+(?:the\s+)?$/.test(gap)) continue;
    // (a place "in" which evacuees arrive, the place they came from named right after: "portati in sicurezza in Egitto dal
    // Sudan", "evacuati in Egitto dal Sudan")
    if (moving && /^\s*(?:\S+\s+){0,2}?(?:in|en|nach|a|au)\s+(?:the\s+)?$/.test(gap) && inf.mentions.some((o) => o.start > m.end && o.start - m.end < 40 && o.code !== m.code && ORIGIN_BEFORE_RE.test(low.slice(m.end, o.start)))) continue;
    // (… nor where staff are brought back to: "il personale … è stato fatto rientrare in Italia")
    if ((moving || STAFF_SIGNALS.has(signal)) && broughtTo(low, m.start)) continue;
    if (m.role === 'excluded' && !/\b(?:from|out of|leave|depart|exit|aus(?:\s+(?:dem|der|den))?|dal|dalla|dall'|da|depuis)\s*(?:the\s+)?$/.test(gap)) continue;
    // (where a threat comes from is no place left: "shelter in place as country closes airspace amid threat from Iran")
    if (m.role === 'excluded' && /\b(?:threats?|attacks?|missiles?|strikes?|drones?|rockets?|retaliation|fire)\s+from\s*(?:the\s+)?$/.test(gap)) continue;
    if (/\b(?:via|through|by way of|transit)\b/.test(gap.slice(-20))) continue;
    // (a staff departure's long object, "the departure of non-emergency U.S. personnel and their eligible family members
    // from Haiti", ends on the place left)
    if (gap.length > 70 && !m.locative && !m.embassyLocation && !(STAFF_SIGNALS.has(signal) && gap.length <= 130 && LONG_FROM_GAP_RE.test(gap))) continue;
    // past a comma, a bare name opens the next clause ("China flies citizens out, France 'ready to act'")
    if (signal !== 'do_not_travel' && gap.includes(',') && !m.locative && !m.embassyLocation && !/\b(?:from|out of|in|leave|depart|exit|quit\w*|lasciare|verlassen|da|dal|dalla|dai|dagli|aus|depuis)\s+(?:the\s+|le\s+|la\s+|l'|il\s+|dem\s+|der\s+|den\s+)?$/.test(gap)) continue;
    return m.code;
  }
  // 1a. German puts the object before the verb: "… aufgefordert, Libanon (umgehend) zu verlassen" (whatever place a cause
  // phrase named before it: "wegen der Ereignisse in Gaza"); a city there is one place left, not the country ("Deutsche sollen …
  // auch Tokyo verlassen"); an evacuation's place follows "aus" ("um 50 Touristen aus Niger auszufliegen")
  if (signal === 'leave_immediately' && low.startsWith('verlass', start)) {
    const m = verbFinalObject(inf, start, issuerCodes, false);
    if (m) return m.kind === 'place' || m.kind === 'metonym' ? null : m.code;
  } else if (signal === 'evacuation' && /^(?:aus(?:zu)?fl|ausgefl|evakuier)/.test(low.slice(start, start + 12))) {
    const m = verbFinalObject(inf, start, issuerCodes, true);
    if (m) return m.code;
  }
  // 2. locative mentions in the sentence ("citizens in Mali", "U.S. Embassy Bamako")
  let best: RoledMention | null = null;
  for (const m of inf.mentions) {
    if (m.role !== 'place' || !(m.locative || m.embassyLocation)) continue;
    if ((moving || STAFF_SIGNALS.has(signal)) && (broughtTo(low, m.start) || (moving && DESTINATION_END_RE.test(low.slice(Math.max(0, m.start - 20), m.start))))) continue;
    // where the issuer speaks ("…, teilte das Ministerium in Berlin mit") is not the country its citizens leave
    if (moving && speakingPlace(low, end, m, issuerCodes)) continue;
    // (… nor, for a level, the issuer's own country: "In Berlin rät das Auswärtige Amt … ab")
    if (signal === 'do_not_travel' && issuerCodes.has(m.code)) continue;
    // (a place inside the signal's own phrase is its place: "is allowing non-essential staff at the U.S. embassy in Russia to
    // leave", whatever embassy the clause before named)
    if (m.start >= start && m.end <= end && !(best && best.start >= start && best.end <= end)) {
      best = m;
      continue;
    }
    if (best && best.start >= start && best.end <= end) continue;
    if (!best || Math.abs(m.start - start) < Math.abs(best.start - start)) best = m;
  }
  if (best) return best.code;
  // 2a. (an evacuation) the place the evacuees came back from, named before the trigger: "205 people were able to return
  // from Tel Aviv on a flight chartered by the French state", "ont pu rentrer depuis Tel Aviv, … sur un vol affrété"
  if (signal === 'evacuation') {
    let origin: RoledMention | null = null;
    for (const m of inf.mentions) {
      if (m.end > start) break;
      if (m.role === 'issuer' || m.role === 'addressee' || m.kind === 'demonym' || issuerCodes.has(m.code)) continue;
      if (RETURN_FROM_BEFORE_RE.test(low.slice(Math.max(0, m.start - 40), m.start)) && !/[;]/.test(low.slice(m.end, start))) origin = m;
    }
    if (origin) return origin.code;
  }
  // 2b. the object points back ("leave the country due to … as the US …"): the country the document is about, not a
  // place named in a later clause
  if (topic && ANAPHOR_OBJECT_RE.test(low.slice(end, end + 24))) return topic;
  // 3. the topic country when no other place competes in the sentence
  // (where people are flown or sent — "flown … to Brisbane" — does not compete with the place they leave)
  // (nor does where a closed embassy's staff went)
  // (nor, for a level, does the issuer's own country, named as where it speaks: "Berlin - Das Auswärtige Amt rät … ab")
  const places = inf.mentions.filter(
    (m) =>
      m.role === 'place' &&
      m.kind !== 'demonym' &&
      !(signal === 'do_not_travel' && issuerCodes.has(m.code)) &&
      // (a name read both as a place and as the government that acts is the government: "Washington announced that …"; so is
      // one that names the government's own office right after it: "US Secretary of State Antony Blinken said …")
      !inf.mentions.some((o) => o.role === 'issuer' && o.code === m.code && o.start >= m.start && o.start - m.end <= 1) &&
      !(moving && (speakingPlace(low, end, m, issuerCodes) || DESTINATION_END_RE.test(low.slice(Math.max(0, m.start - 20), m.start)) || broughtTo(low, m.start))) &&
      !(signal === 'embassy_suspended' && m.start > end && DESTINATION_END_RE.test(low.slice(Math.max(0, m.start - 20), m.start))),
  );
  if (topic && (places.length === 0 || places.some((m) => m.code === topic))) return topic;
  if (places.length === 1) return places[0]!.code;
  return topic;
}

/** The mention right before a German verb at `start` that is its object (no government, no citizens), with only adverbs of haste
 * between (and, with `afterAus`, "aus (dem)" before it): "Libanon umgehend zu verlassen", "aus dem Sudan auszufliegen". */
function verbFinalObject(inf: SentenceInfo, start: number, issuerCodes: ReadonlySet<string>, afterAus: boolean): RoledMention | null {
  const low = inf.s.low;
  for (let k = inf.mentions.length - 1; k >= 0; k--) {
    const m = inf.mentions[k]!;
    if (m.end > start) continue;
    if (m.kind === 'demonym' || m.role === 'issuer' || m.role === 'addressee' || issuerCodes.has(m.code)) return null;
    if (afterAus && !/\baus\s+(?:dem\s+|der\s+|den\s+)?$/.test(low.slice(Math.max(0, m.start - 12), m.start))) return null;
    return DE_OBJECT_GAP_RE.test(low.slice(m.end, start)) ? m : null;
  }
  return null;
}

/** Between a German verb-final object and its verb ("(zu) verlassen", "auszufliegen", "evakuiert"): adverbs of haste only. */
const DE_OBJECT_GAP_RE = /^\s*(?:(?:umgehend|sofort|unverz[üu]glich|schnellstm[öo]glich|m[öo]glichst\s+(?:schnell|rasch|bald)|so\s+schnell\s+wie\s+m[öo]glich|rasch|dringend|baldm[öo]glichst|zeitnah|kurzfristig)\s+)*(?:zu\s+)?$/;

/** A reporting clause after the instruction, up to a place: ", teilte das Ministerium am Freitag in", ", the ministry said in". */
const REPORTING_AFTER_RE =
  /[,;]\s*(?:teilte|sagte|erkl[äa]rte|meldete|hie[ßs]|said|told|announced|stated|added|a (?:annonc[ée]|indiqu[ée]|d[ée]clar[ée]|pr[ée]cis[ée])|ha (?:detto|annunciato|comunicato|spiegato)|(?:the|das|der|die|le|la|il|l')\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:said|told|announced|stated|added))\b[^,;.]*$/u;

/** `m` is the issuer's own country, named where it speaks after the instruction (not the country its citizens leave). */
function speakingPlace(low: string, end: number, m: RoledMention, issuerCodes: ReadonlySet<string>): boolean {
  return issuerCodes.has(m.code) && m.start >= end && REPORTING_AFTER_RE.test(low.slice(end, m.start));
}

/** A country followed by a clause about it, up to `pos`: "for Libya, where …", "per la Libia, dove …", "au Mali, où …". */
const WHERE_CLAUSE_RE = /^\s*,?\s*(?:where|dove|in cui|o[uù]|wo)\b[^.;:]*$/;

/** A word that points back to a country just named: "there", "the country", "dort", "das Land", "là-bas", "lì". */
const ANAPHOR_RE = /\b(?:there|the country|dort|dorthin|das land|des landes|l[àa]-bas|le pays|sur place|l[ìi]|il paese)\b/;

/** A sentence that opens on a step of a scale and tells what it entails: "Under Alert Level 4, the government undertakes …". */
const UNDER_LEVEL_OPENING_RE = /^\W*(?:under|at|with|in)\s+(?:this|that|such an?|an?|the)?\s*(?:[\p{L}-]+\s+)?(?:alert\s+level|level|alert|stufe|livello|niveau)(?:\s+(?:[1-6]|one|two|three|four|five))?\s*,/u;
/** A sentence that tells something done or decided (not what a scale's step entails). */
const TOLD_DONE_RE = /\b(?:has|have|had|was|were|will|would|is now|are now|said|says|announced)\b/;

/** A place that points back, inside a gap: "in the country", "nel Paese", "dans le pays", "im Land". */
const ANAPHOR_PLACE_GAP_RE = /\b(?:in|within|inside)\s+the\s+country\b|\bnel\s+paese\b|\bdans\s+le\s+pays\b|\bim\s+land\b/;

/** An object right after the trigger that points back to the country: "the country", "le pays", "das Land", "il Paese". */
const ANAPHOR_OBJECT_RE = /^\s*(?:the country|the nation|there|le pays|l[àa]-bas|das land|dort|il paese|lì)(?!\w)/;

/** A sentence's opening on the country it is about: "Für das Nachbarland", "For neighbouring", "Pour le", "Per la". */
const FOR_COUNTRY_OPENING_RE =
  /^\W*(?:f[üu]r|for|pour|per)\s+(?:(?:das|den|die|the|le|la|l'|il|lo)\s*)?(?:(?:nachbarland|nachbarstaat|neighbou?ring(?: country)?|pays voisin|paese vicino)\s+)?$/;

function whereClauseCountry(inf: SentenceInfo, pos: number): string | null {
  // (a sentence that opens on the country, "Für das Nachbarland Libyen besteht … für das gesamte Land", is about it)
  const first = inf.mentions[0];
  if (first && first.kind === 'name' && first.end <= pos && first.role !== 'issuer' && first.role !== 'addressee' && FOR_COUNTRY_OPENING_RE.test(inf.s.low.slice(0, first.start))) return first.code;
  for (let j = inf.mentions.length - 1; j >= 0; j--) {
    const m = inf.mentions[j]!;
    if (m.end > pos) continue;
    if (m.kind !== 'name' || m.role === 'issuer' || m.role === 'addressee') return null;
    return WHERE_CLAUSE_RE.test(inf.s.low.slice(m.end, pos)) ? m.code : null;
  }
  return null;
}

/** Before a country's name, the part of it the advice is for: "… provinces of ", "the northern regions of ", "zones of the ". */
const PART_OF_END_RE = /\b(?:provinces?|regions?|states?|districts?|areas?|parts?|governorates?|departments?|prefectures?|counties|oblasts?|islands?|highlands|border areas?) of (?:the\s+)?(?:neighbou?ring\s+)?$/;

/** A demonym that names the country whose parts follow: "the Cambodian provinces of", "die kambodschanischen Provinzen". */
const DEMONYM_PARTS_AFTER_RE = /^\s+(?:provinces?|regions?|states?|districts?|governorates?|departments?|provinz(?:en)?|regionen?|gebiete?|bundesstaate?n?|grenzprovinz(?:en)?|r[ée]gions?|d[ée]partements?|provinc(?:e|ia|ie)|region[ei])\b/;

/** The other countries whose parts a regional level's object lists after `from` besides `code`'s: a demonym before a word for
 * parts ("the Thai provinces of … and the Cambodian provinces of"). */
function otherPartsListed(inf: SentenceInfo, from: number, code: string): string[] {
  const low = inf.s.low;
  const out: string[] = [];
  for (const m of inf.mentions) {
    if (m.start < from || m.code === code || out.includes(m.code) || m.kind !== 'demonym' || m.role === 'addressee') continue;
    // (not one side of a pair: "the Tajik–Kyrgyz border areas of the Isfara district")
    if (!DEMONYM_PARTS_AFTER_RE.test(low.slice(m.end, m.end + 30)) || /[-\u2013\u2014/]\s*$/.test(low.slice(Math.max(0, m.start - 2), m.start))) continue;
    out.push(m.code);
  }
  return out;
}

/** The country a regional advice names as the owner of its part, in the clause after the phrase (or null). */
function partOfCountry(inf: SentenceInfo, end: number): string | null {
  const low = inf.s.low;
  for (const m of inf.mentions) {
    if (m.start < end || m.kind !== 'name' || m.role === 'issuer' || m.role === 'addressee') continue;
    const gap = low.slice(end, m.start);
    if (gap.length > 140 || /[.;:]/.test(gap)) return null;
    if (PART_OF_END_RE.test(gap)) return m.code;
  }
  return null;
}

/** A list item that is the whole of a country ("• the whole of the Central African Republic"): that country (or null). */
function listedWholeCountry(item: SentenceInfo): string | null {
  const low = item.s.low;
  const lead = /^[\s\u2022*\u00b7\u2013-]*(?:the\s+)?(?:whole|entirety)\s+of\s+(?:the\s+)?/.exec(low);
  if (!lead || WHOLE_OF_PART_RE.test(low.slice(lead[0].length))) return null;
  const m = mentionAt(item, lead[0].length, 4);
  if (!m || m.kind !== 'name' || m.role === 'issuer' || m.role === 'addressee') return null;
  // (the item ends with the country, or with the advice's reason after it: "the whole of Mali", "the whole of Kyrgyzstan based on
  // the current assessment of COVID-19 risks", not "the whole of Mali's north")
  return /^\W*$|^\s+(?:based on|due to|because of|owing to|given)\b/.test(low.slice(m.end)) ? m.code : null;
}

/** After a level: the countries named "alongside" the one it is given to ("… de niveau 4 « Ne pas voyager », aux côtés de la
 * Birmanie, de l'Afghanistan, de la Syrie"; "at Level 4, alongside Afghanistan and Syria"): on the same step. */
const ALONGSIDE_AFTER_RE = /^[^.;]{0,40}?\b(?:alongside|along with|together with|aux c[ôo]t[ée]s d[eu']|tout comme|insieme (?:a|ad|al|alla|all')|accanto a|neben)\s*/;
function alongsideCountries(inf: SentenceInfo, end: number, r: string): string[] {
  const m = ALONGSIDE_AFTER_RE.exec(inf.s.low.slice(end));
  if (!m) return [];
  const from = end + m[0].length;
  return [...new Set(inf.mentions.filter((x) => x.start >= from && x.kind === 'name' && x.role !== 'issuer' && x.code !== r).map((x) => x.code))];
}

/** A sentence whose subject is "this country": "Ce pays …", "The country remains …", "Questo paese …", "Das Land …". */
const SUBJECT_EPITHET_RE = /^\W*(?:(?:ce|cet)\s+(?:pays|[ée]tat)|(?:the|this)\s+country|(?:questo|il)\s+paese|(?:dieses|das)\s+land)\b/;

/** Between a country and its level, an apposition that rates it: "Mali — a country flagged 'avoid all travel'". */
const RATED_APPOSITION_RE =
  /^\s*(?:,|\u2014|\u2013|--?|\()\s*(?:a|the|one)\s+(?:\w+\s+)?(?:country|nation|state)\s+(?:(?:that|which)\s+(?:is|was|remains)\s+|(?:now|still|currently|already)\s+)?(?:flagged|rated|labell?ed|listed|classed|classified|placed|designated|marked|ranked)\s+(?:(?:as|at|with|under|on)\s+)?(?:the\s+|a\s+)?["'\u201c\u00ab]?\s*$/;

/** Between vague advice and the country it names, a part of a country or a border: the country is that part's edge. */
const VAGUE_PART_BEFORE_RE = /\b(?:north|south|east|west|(?:nor|sou)th(?:ern|east|west)\w*|eastern|western|central|norden|s[üu]den|osten|westen|nord|sud|l'est|ouest|grenze\w*|border\w*|fronti[eè]re\w*|confin\w*|provinc\w*|provinz\w*|region\w*|r[ée]gion\w*|district\w*|gebiet\w*|zone\w*|area\w*|parts?|teile?n?)\b/;

/** An evacuation out of an area named by a common noun only: "evacuated out of the region", "evacuated from the affected areas". */
const LOCAL_EVACUATION_RE = /\bevacuat\w*\s+(?:\S+\s+){0,2}?(?:out of|from)\s+(?:the|this|that|these|those)\s+(?:(?:affected|disaster|quake|earthquake|flood(?:ed)?|fire|danger|stricken|devastated)\s+)?(?:regions?|areas?|zones?|provinces?|districts?|towns?|villages?|cities)\b/;

/** A step above four named: the document's numbered scale is not the table's ("lowered from Level 5 to Level 2"). */
const LONGER_SCALE_RE = /\b(?:level|stufe|niveau|livello)\s*[5-9]\b/;

/** A where-clause open before a level phrase: ", where we advise Australians to", ", où", ", dove", ", wo". */
const WHERE_CLAUSE_BEFORE_RE = /,\s*(?:where|o[uù]|dove|wo)\s+[^.;,]{0,80}$/;

/** After a level's name, the close of its label and a colon that opens the places given it: "' category: ", "” list: ", ": ". */
const COLON_LIST_AFTER_LEVEL_RE = /^\s*["'\u201d\u2019\u00bb]?\s*(?:(?:category|list|group|tier|bracket|rating|level|kategorie|liste|cat[ée]gorie|categoria|lista)\s*)?:\s*/;

/** After a level's country, parts of it left out of the advice ("except for resorts on the Red Sea", "à l'exception de", "mit
 * Ausnahme", "ad eccezione di"), not kinds of travel ("except for essential travel"). */
const EXCEPT_PARTS_AFTER_RE =
  /^\s*,?\s*(?:except(?:\s+for)?|excluding|with\s+the\s+exception\s+of|apart\s+from|sauf|hormis|[àa]\s+l'exception\s+(?:de|du|des|d')|mit\s+ausnahme|ausgenommen|ad\s+eccezione\s+(?:di|del|della|dei|delle)|eccetto|tranne)\b(?!\s*(?:the\s+|les?\s+|la\s+|der\s+|di\s+|en\s+)?(?:for\s+|pour\s+|in\s+|im\s+)?(?:an?\s+|une?\s+|des\s+)?(?:essential|urgent|necessary|business|humanitarian|compelling|imperative|emergenc\w*|urgence|notf[äa]ll\w*|casi?\s+d|essentiels?|indispensables?|imp[ée]r\w*|raisons?|motifs?|notwendig\w*|dringend\w*|essenzial\w*|necessar\w*|travel|trips?|journeys?|visits?|voyages?|d[ée]placements?|s[ée]jours?|reisen|viaggi|if|when|unless|where|si|wenn|se)\b)/;

/** The sentence's matching form with each country name that holds a region word ("palästinensischen Gebiete", "territoires
 * palestiniens") blanked out, same length, for the tests that look for region words. */
function namesMasked(inf: SentenceInfo): string {
  let low = inf.s.low;
  for (const m of inf.mentions) {
    if (m.kind !== 'name' || m.end - m.start < 8 || !REGION_WORD_RE.test(low.slice(m.start, m.end))) continue;
    low = low.slice(0, m.start) + 'x'.repeat(m.end - m.start) + low.slice(m.end);
  }
  return low;
}

/** A level's preposition that ends its line, the object on the lines after: " to", " to:", " nach:", " dans les zones suivantes :". */
const DANGLING_OBJECT_END_RE = /^\s*(?:to|in|into|within|for|[àa]|au|aux|en|dans|nach|per|a|nei|nelle)\s*:?\s*$/;
/** The sentence opens on a country's name (a list item "Mali", "the whole of Niger" is not a part). */
function startsOnCountry(inf: SentenceInfo): boolean {
  const m = inf.mentions[0];
  return !!m && m.kind === 'name' && /^\W*(?:(?:the\s+)?(?:whole|entirety)\s+of\s+)?(?:the\s+)?$/.test(inf.s.low.slice(0, m.start));
}

/** The nearest sentence before `i` in its paragraph that names a place, up to three back (what "there" may point to). */
function namingBefore(infos: readonly SentenceInfo[], i: number): SentenceInfo | undefined {
  for (let j = i - 1; j >= 0 && i - j <= 3 && infos[j]!.s.para === infos[i]!.s.para; j--) if (infos[j]!.mentions.length > 0) return infos[j];
  return undefined;
}

/** Before a place that opens a sentence as its subject: nothing, an article, a word or two ("Le Haut-Karabagh …", "La région de
 * Kidal …", "The Sinai …"). */
const SUBJECT_PLACE_LEAD_RE = /^\W*(?:(?:the|le|la|les|l'|der|die|das|il|lo|gli|i)\s*)?(?:[\p{L}]+(?:\s+|-)){0,2}(?:(?:of|de|du|des|d'|von|der|di|del|della)\s*)?$/u;

function resolveLevelCountry(inf: SentenceInfo, l: LevelHit, topic: string | null, prev?: SentenceInfo): string | null {
  const low = inf.s.low;
  // "elsewhere" is the rest of the country the document is about, not the last place named: "not to go to the areas
  // bordering Iraq, Afghanistan and Pakistan, … to avoid travel elsewhere unless it is 'essential'"
  if (topic && /\belsewhere\b/.test(low.slice(l.start, l.end))) return topic;
  // a country rated in an apposition: "arrived in Burkina Faso from Mali — a country flagged 'avoid all travel'"
  for (let k = inf.mentions.length - 1; k >= 0; k--) {
    const m = inf.mentions[k]!;
    if (m.end > l.start) continue;
    if (m.kind === 'name' && l.start - m.end < 80 && RATED_APPOSITION_RE.test(low.slice(m.end, l.start))) return m.code;
    break;
  }
  // the countries listed after a colon that closes the level's name: "three destinations it moved to the 'Level 2: Exercise
  // Increased Caution' category: Benin, Cuba and Ecuador" (the first; the list's others join it as the object's list)
  if (l.objectStart < 0) {
    const c = COLON_LIST_AFTER_LEVEL_RE.exec(low.slice(l.end, l.end + 40));
    if (c) {
      const m = mentionAt(inf, l.end + c[0].length, 4);
      if (m && m.kind === 'name' && m.role !== 'issuer' && m.role !== 'addressee' && !PART_AFTER_NAME_RE.test(low.slice(m.end, m.end + 30))) return m.code;
    }
  }
  if (l.scope === 'regional') {
    // "against all travel to South Sudan": a country name that starts like a region word
    const m = l.objectStart >= 0 ? mentionAt(inf, l.objectStart, 4) : null;
    // ("the Jordan-Syria border": a border between two countries is part of each)
    // ("Chad outside the city of N'Djamena": the country with a part cut out of it)
    if (!m || m.kind !== 'name' || /^(?:'s)?\s*(?:-[\p{L}'-]+\s+)?(?:northern|southern|eastern|western|central|north|south|east|west|border|borders|regions?|provinces?|states?|areas?|parts?|districts?|coast|outside|beyond|excluding|en dehors|hors|au[ßs]erhalb|al di fuori|fuori)\b/u.test(low.slice(m.end, m.end + 30))) return null;
    return m.code;
  }
  if (l.objectStart >= 0) {
    const obj = low.slice(l.objectStart);
    // "exercise a high degree of caution on the island", "cautela sull'isola": the island the document is about, as "to the
    // island" is (not "on the island of Mindanao")
    if (ON_THE_ISLAND_RE.test(obj)) return topic ?? resolveCountry(inf, l.start, l.start, topic, 'do_not_travel');
    if (/^(?:that|this)\s+country\b/.test(obj) || /^(?:the\s+)?(?:whole|entire|rest of|all of|whole of|(?:any|every) part of (?:the|this|that) country|country|island|islands|archipelago|kingdom|republic|nation)\b|^(?:il\s+|le\s+|das\s+)?(?:paese|pays|land)\b|^(?:tout le (?:pays|territoire)|l'ensemble du (?:pays|territoire)|das ganze land|das gesamte (?:land|staatsgebiet)|(?:su |in )?tutto il (?:paese|territorio)|(?:nel)?l'intero (?:paese|territorio)|(?:sur |dans )?(?:l'ensemble (?:de son|du) territoire|tout son territoire)|(?:su |in |per )?(?:tutto il suo|l'intero suo) territorio|(?:auf |in )?(?:seinem|dem) gesamten (?:staats)?gebiet)/.test(obj) || WHOLE_LEAD_OTHER_RE.test(obj)) {
      const lead = (/^(?:the\s+)?(?:whole|entire|rest|all|whole)\s+(?:of\s+)?(?:the\s+)?/.exec(obj) ?? WHOLE_LEAD_OTHER_RE.exec(obj))?.[0].length ?? 0;
      // the whole of a part is still a part: "the whole of the Amhara region", "l'ensemble de la province du Nord-Kivu"
      if (lead > 0 && WHOLE_OF_PART_RE.test(obj.slice(lead))) return null;
      const m = mentionAt(inf, l.objectStart + lead, 4);
      if (m && m.kind !== 'place') return m.code;
      // "per la Libia, dove restano sconsigliati i viaggi … su tutto il territorio": the country the clause opens on
      const where = whereClauseCountry(inf, l.start);
      if (where) return where;
      // "a Reisewarnung für das gesamte Land": the whole of the country the document is about
      return topic ?? resolveCountry(inf, l.start, l.start, topic, 'do_not_travel');
    }
    // "avoid all travel there": the country the sentence is about
    if (/^(?:there|dorthin|dort|l[ìi]|la-bas|(?:de |d')s'y rendre|(?:di )?(?:recarvisi|andarci))\b/.test(obj)) {
      // (… unless the sentence names no place and the one before opens on a region or a city: "Le Haut-Karabagh … constitue
      // une zone dangereuse. Il est dès lors formellement déconseillé de s'y rendre" is advice for that part)
      if (inf.mentions.length === 0 && prev && prev.mentions[0]?.kind === 'place' && SUBJECT_PLACE_LEAD_RE.test(prev.s.low.slice(0, prev.mentions[0].start))) return null;
      return resolveCountry(inf, l.start, l.end, topic, 'do_not_travel');
    }
    // an epithet in apposition to the name: "the Gulf state of Qatar", "the West African nation of Niger", "den Sahel-Staat
    // Niger", "le pays sahélien du Niger"
    const ep = EPITHET_APPOSITION_RE.exec(obj);
    if (ep) {
      const n = mentionAt(inf, l.objectStart + ep[0].length, 4);
      if (n && n.kind === 'name') return n.code;
    }
    // (… or a count of them: "for two former Soviet republics, Kyrgyzstan and Tajikistan")
    const counted = countedObjectEnd(low, l.objectStart);
    if (counted >= 0) {
      const n = mentionAt(inf, counted, 4);
      if (n && n.kind === 'name' && n.role !== 'issuer' && n.role !== 'addressee') return n.code;
    }
    // "to the Andean country", "to the Gulf kingdom": the country the sentence is about, named by an epithet
    // (unless the words are a name: "the Central African Republic", "le pays basque" is no country)
    const m = mentionAt(inf, l.objectStart, 4);
    if (EPITHET_OBJECT_RE.test(obj) && m?.kind !== 'name') return resolveCountry(inf, l.start, l.end, topic, 'do_not_travel');
    if (!m) return null; // an object that is not a country (a region, a city we do not know): regional
    if (m.kind === 'place' || m.kind === 'demonym') return null; // a city or region
    const after = low.slice(m.end, m.end + 40);
    if (/^(?:'s)?\s*(?:northern|southern|eastern|western|central|north|south|east|west|border|borders|regions?|provinces?|states?|areas?|parts?|districts?|coast|interior|capital|frontier)\b/.test(after)) return null;
    // (the country with parts left out is no country-wide level: "against all but essential travel to Egypt except for resorts on
    // the Red Sea", "with the exception of Cairo"; not the travel left out, "except for essential travel")
    if (EXCEPT_PARTS_AFTER_RE.test(after)) return null;
    // (a part named by its own name after the possessive: "to Moldova's breakaway Transnistria region")
    if (/^'s\s+(?:[\p{L}-]+\s+){1,3}?(?:regions?|provinces?|districts?|areas?|enclaves?|territor(?:y|ies)|border (?:areas?|regions?))\b/u.test(after)) return null;
    if (/^\s*(?:and|,)\s/.test(after)) return m.code; // "travel to Israel and the West Bank"
    return m.code;
  }
  // the sentence opens on the country the document is about, named by an epithet, and names no country before the level:
  // "Ce pays figure depuis un certain temps sur la liste américaine de niveau 4 « Ne pas voyager », aux côtés de la Birmanie"
  if (topic && SUBJECT_EPITHET_RE.test(low) && !inf.mentions.some((m) => m.kind === 'name' && m.end <= l.start)) return topic;
  // no object, but the clause names a part of the country: "Travel to Cabo Delgado province remains at Level 4"
  // (not once the advice was extended to the whole country: "Die bisher nur für einzelne Krisenregionen geltende Reisewarnung
  // wurde auf das ganze Land ausgeweitet")
  if (l.scope !== 'country') {
    // (a country whose name holds a region word is no region: "Für die Palästinensischen Gebiete … gilt eine Reisewarnung")
    const low = namesMasked(inf);
    const cs = clauseStart(low, l.start, false);
    const pre = low.slice(cs, l.start);
    // a heading of regional advice: "Regional advisory - Gracias a Dios department - Avoid all travel"
    if (REGIONAL_HEADING_RE.test(low.slice(0, l.start))) return null;
    // the level in a where-clause of a city or region: "This now includes Nairobi, where we advise Australians to reconsider their
    // need to travel", "à Gao, où tout déplacement est formellement déconseillé"
    const wc = WHERE_CLAUSE_BEFORE_RE.exec(low.slice(0, l.start));
    if (wc) {
      const ante = inf.mentions.filter((m) => m.end <= wc.index + 1 && wc.index - m.end < 4).pop();
      if (ante && ante.kind === 'place') return null;
    }
    // advice for all but a part, fronted: "En dehors de la capitale, tous les voyages sont déconseillés", "Outside Kabul, …"
    if (/^\W*(?:en dehors|hors|outside|au(?:ß|ss)erhalb|al di fuori|fuori)\b[^,;]{0,60},/.test(low.slice(0, l.start))) return null;
    // advice for parts of the country named in a fronted topic: "In the case of Abkhazia and South Ossetia, the Ministry advises
    // against any travel", "Pour la région de Kidal, …" (places only, no country by name)
    const topicHead = FRONTED_TOPIC_RE.exec(low.slice(0, l.start));
    if (topicHead) {
      const end = topicHead[0].length;
      const inHead = inf.mentions.filter((m) => m.start < end);
      if (inHead.length > 0 && inHead.every((m) => m.kind === 'place')) return null;
    }
    // a part of the country before a colon, no country named: "Péninsule de Bakassi : Évitez tout voyage non essentiel …",
    // "Far North region: Avoid all travel" (not "Security status: High degree of caution")
    const head = /^\W*[^.;:]{2,60}?\s*:\s*$/.exec(low.slice(0, l.start));
    if (head && !inf.mentions.some((m) => m.kind === 'name' && m.end <= l.start) && (inf.mentions.some((m) => m.kind === 'place' && m.end <= l.start) || REGION_WORD_RE.test(head[0]) || /\b(?:p[ée]ninsule|peninsula|island|[îi]le|isola|insel|coast|c[ôo]te|costa|k[üu]ste|gulf|golfe?|golfo|lake|lac|lago|see|north|south|east|west|nord|sud|est|ouest|norden|s[üu]den|osten|westen)\b/.test(head[0]))) return null;
    // travel to a part of the country told by its compass point: "les déplacements vers l'est du pays, … et vers le nord, …
    // sont formellement déconseillés", "travel to the north … is advised against"
    if (TRAVEL_TO_PART_RE.test(low.slice(0, l.start))) return null;
    const tm = /\b(?:travel|trips?|journeys?|visits?)\s+(?:to|in|within)\s+(?:the\s+)?/.exec(pre) ?? TRAVEL_IN_OTHER_RE.exec(pre);
    // ("from avoid non-essential travel to exercise increased caution": a "travel to" right before the phrase is the
    // end of the previous level, not a place)
    if (tm && tm.index + tm[0].length < pre.length) {
      const m = mentionAt(inf, cs + tm.index + tm[0].length, 4);
      if (!m || m.kind === 'place') return null;
    }
    // the phrase's object comes after a comma: "Si sconsigliano, a qualsiasi titolo, i viaggi nella provincia di …"
    const post = low.slice(l.end, l.end + 70);
    if (/^[\s,]*(?:(?:i |les |the )?(?:viaggi|voyages?|travel|reisen|trips?)\s+)?(?:nella|nelle|nei|negli|nel|in the|to the|dans la|dans les|dans le|in die|in den)\s/.test(post) && REGION_WORD_RE.test(post)) return null;
    // a sentence whose subject is a part of the country, or travel to one: "Les zones frontalières (…) restent formellement
    // déconseillées", "Les déplacements dans la région de … sont déconseillés"
    if (REGION_SUBJECT_RE.test(low.slice(0, l.start))) return null;
    // (… or a compass part of a place: "le nord du Mali est formellement déconseillé", "le sud-ouest de l'État Chin sont …")
    // (in the clause of the level only: "Suite à la dégradation … dans l'est du pays, les voyages non essentiels … sont
    // déconseillés" is the country's)
    {
      const pre2 = low.slice(Math.max(0, l.start - 120), l.start);
      if (COMPASS_PART_SUBJECT_RE.test(pre2.slice(Math.max(pre2.lastIndexOf(','), pre2.lastIndexOf(';'), pre2.lastIndexOf(':')) + 1))) return null;
    }
    // (… or the subject of the last comma clause, asides in parentheses read through: "À la suite de plusieurs attaques …, la
    // zone située au nord de la RNIE 7 (RNIE 7) entre Kandi et Ségbana est désormais formellement déconseillée")
    if (low.lastIndexOf(',', l.start) > 0) {
      const flat = low.slice(0, l.start).replace(PAREN_ASIDE_RE, ' ');
      if (REGION_SUBJECT_RE.test(flat.slice(Math.max(flat.lastIndexOf(','), flat.lastIndexOf(';'), flat.lastIndexOf(':')) + 1))) return null;
    }
    // "l'ensemble du territoire haïtien est formellement déconseillé", "the whole country is at Level 4"
    // (… and a colour's gloss in parentheses takes the clause before it: "la carte du Tchad est entièrement en orange (zone
    // déconseillée sauf raison impérative)")
    const paren = /^\s*(?:zone\s+)?$/.test(pre) ? low.lastIndexOf('(', l.start) : -1;
    const outer = paren > 0 && paren >= cs - 2 ? low.slice(clauseStart(low, paren, false), paren) : '';
    if (WHOLE_BEFORE_RE.test(pre) || (outer && WHOLE_BEFORE_RE.test(outer))) return resolveCountry(inf, l.start, l.end, topic, 'do_not_travel');
    // (a region named near the level: "… in the border provinces is formellement déconseillé"; one named long
    // before it, in a clause about the cause, is not what the level is about)
    if (regionWordFrom(pre, pre.length - 90)) return null;
    // the phrase holds its own object: "Vor Reisen in die Grenzgebiete … wird gewarnt"
    if (REGION_WORD_RE.test(low.slice(l.start, l.end).replace(/\bzone (?:rouge|orange|jaune|verte)\b/g, ''))) return null;
  }
  // the phrase holds its country: "Tous les voyages non essentiels vers le Burundi sont déconseillés"
  const inside = inf.mentions.find((m) => m.start >= l.start && m.end <= l.end && m.kind === 'name' && m.role !== 'issuer' && m.role !== 'addressee');
  if (inside) return inside.code;
  // … or a region or city of one: "Vor Reisen nach Transnistrien wird gewarnt"
  if (inf.mentions.some((m) => m.start >= l.start && m.end <= l.end && m.kind === 'place' && m.role !== 'issuer')) return null;
  // no object: a heading "Mali - Level 4: Do Not Travel", "Gaza - Do Not Travel due to …"
  // (the issuer's own country is no heading: "Berlin - Das Auswärtige Amt rät … ab" is where it speaks)
  const own = issuerCodesOf(inf);
  const before = inf.mentions.filter((m) => m.end <= l.start && (m.role === 'place' || m.role === 'excluded') && m.kind !== 'demonym' && !own.has(m.code));
  if (before.length > 0) {
    let m = before[before.length - 1]!;
    // an appositive on a possessive ("Brazil, Guyana's southern neighbour, is at Level 2"): the name before it is the subject
    const prev = before.length > 1 ? before[before.length - 2]! : null;
    if (prev && /^\s*,\s*(?:the\s+)?$/.test(low.slice(prev.end, m.start)) && POSSESSIVE_APPOSITIVE_RE.test(low.slice(m.end, l.start))) m = prev;
    const gap = low.slice(m.end, l.start);
    if (/^\s*(?:travel advisory\s*)?(?:-|:|–)?\s*(?:see summaries\s*-\s*)?$/.test(gap) || l.start - m.end < 40) {
      // a heading for the strip along a neighbour ("Border area with Venezuela - Avoid all travel") is regional advice
      if (BORDER_WITH_RE.test(low.slice(Math.max(0, m.start - 40), m.start))) return null;
      // (… or for the border with a list of neighbours: "à l'exception de la frontière avec le Mali et la Sierra Leone, déjà en zone rouge")
      if (m.role === 'excluded' && /\b(?:borders?|frontiers?|fronti[eè]res?|grenze\w*|confin[ei]|frontier[ae])\b[^.;:]{0,60}$/.test(low.slice(Math.max(0, m.start - 90), m.start))) return null;
      // a heading that names a city or a region ("Abkhazia and South Ossetia - Level 4") is regional advice
      if (m.kind === 'place' && /^\s*(?:\([^)]{0,40}\)\s*)?(?:-|:|–)?\s*$/.test(gap) && inf.s.low.length < 120) return null;
      // (… or a road between places: "Oruro–Desaguadero Highway – Level 4")
      if (m.kind === 'place' && inf.s.low.length < 120 && ROUTE_HEADING_GAP_RE.test(gap)) return null;
      // a city or a province rated at the level: "with Balochistan listed at Level 4", "Goma remains at Level 4"
      if (m.kind === 'place' && PLACE_RATED_GAP_RE.test(gap)) return null;
      return m.code;
    }
  }
  // a heading that names only places we do not know ("Anosy and Androy – Level 4: Do Not Travel"): the level of those places
  // (a page's sections after its country's own heading), not of the country
  if (l.objectStart < 0 && low.length < 120 && /[-:]\s*$/.test(inf.s.plain.slice(Math.max(0, l.start - 3), l.start)) && !inf.mentions.some((m) => m.start < l.start) && UNKNOWN_NAMES_HEADING_RE.test(inf.s.plain.slice(0, l.start)) && !HEADING_WORD_RE.test(low.slice(0, l.start))) return null;
  return resolveCountry(inf, l.start, l.end, topic, 'do_not_travel');
}

/** A heading's lead of proper names only, then a dash or a colon: "Anosy and Androy – ", "Sud-Kivu, Ituri: ". */
const UNKNOWN_NAMES_HEADING_RE = /^\s*\p{Lu}[\p{L}'.-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s+&\s+)\p{Lu}[\p{L}'.-]*){0,5}\s*[-:]\s*$/u;
/** Words of a page's own headings, not places: "Travel Advisory – Level 3", "Summary: …". */
const HEADING_WORD_RE = /\b(?:travel|advisory|advisories|advice|summary|update[sd]?|alert|level|risk|warning|overall|country|national|nationwide|current|status|today|breaking|news|new|latest|security|safety|message)\b/;

/** A sentence that ends on a question mark (before any closing quote or parenthesis). */
const QUESTION_END_RE = /\?["'\u201d\u00bb)]*\s*$/;

/** A yes-no question (its auxiliary first) or an indirect one ("whether", "wissen, wie", "se"), about a level. */
const LEVEL_QUESTION_RE =
  /^\W*(?:(?:will|would|should|could|can|is|are|was|were|does|do|did|has|have|shall|may|might|wird|werden|soll|sollte|sollten|ist|sind|gibt|kann|gilt|est-ce|faut-il|va-t-il|sara|ci sara)\b)|\b(?:whether|wonder(?:s|ed|ing)?\s+(?:if|how)|wissen,?\s+(?:ob|wie)|fragen,?\s+(?:ob|wie)|fragt,?\s+(?:ob|wie)|se\s+(?:chiedono|domandent)|si\s+chiedono\s+se)\b/;

/** A short aside in parentheses: "(RNIE 7)". */
const PAREN_ASIDE_RE = /\([^()]{0,40}\)/g;

/** Between a place and a level in a heading: a road or a route named after it ("–Desaguadero Highway – "). */
const ROUTE_HEADING_GAP_RE = /\b(?:highways?|roads?|routes?|motorways?|expressways?|corridors?|railways?|crossings?)\s*(?:-|:|–|—)\s*$/;

/** After a possessive name, an appositive closed by a comma: "'s southern neighbour, is at ". */
const POSSESSIVE_APPOSITIVE_RE = /^(?:'s|')\s+[\p{L}\s-]{2,40},\s*(?:\S+\s+){0,3}$/u;

/** A heading that opens on "Regional advisory" / "Regional risk" (Canada's and others' regional sections). */
const REGIONAL_HEADING_RE = /^\W*(?:regional (?:advisor(?:y|ies)|risks?|advice|travel advice)|avis r[ée]gionaux?|risques? r[ée]gionaux?)\b/;

/** Before the first of two countries a border separates: "the border between", "la frontière entre", "der Grenze zwischen". */
const BORDER_BETWEEN_RE =
  /\b(?:border|frontier|boundary|fronti[eè]re|grenze|confine|frontiera)\s+(?:areas?\s+|regions?\s+|zones?\s+)?(?:between|entre|zwischen|tra|fra)\s+(?:the\s+|la\s+|le\s+|l'|les\s+|dem\s+|der\s+|den\s+|il\s+|lo\s+)?$/;
/** Between the two countries: "and", "et", "und", "e". */
const PAIR_GAP_RE = /^\s*(?:and|et|und|e|ed)\s+(?:the\s+|la\s+|le\s+|l'|les\s+|dem\s+|der\s+|den\s+|il\s+|lo\s+)?$/;

/** The two countries of "the border between A and B" named after a level phrase (within its sentence's next 80 characters), or null. */
function borderPair(inf: SentenceInfo, from: number): [string, string] | null {
  const low = inf.s.low;
  const ms = inf.mentions;
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k]!;
    if (a.start < from || a.start > from + 80) continue;
    const b = ms[k + 1]!;
    if (a.kind !== 'name' || b.kind !== 'name' || a.code === b.code) continue;
    if (BORDER_BETWEEN_RE.test(low.slice(Math.max(from, a.start - 40), a.start)) && PAIR_GAP_RE.test(low.slice(a.end, b.start))) return [a.code, b.code];
  }
  return null;
}

/** Travel to a place in French, German or Italian: "les déplacements à", "Reisen nach", "i viaggi verso" (not to "the country"). */
const TRAVEL_IN_OTHER_RE =
  /\b(?:d[ée]placements?|voyages?|s[ée]jours?|reisen|aufenthalte|viaggi|spostamenti|soggiorni)\s+(?:[àa]\s+destination\s+(?:de\s+|du\s+|des\s+|d')|(?:a|au|aux|en|dans|vers|nach|in|in die|in den|im|verso|nella|nel|nei|negli|nelle)\s+)(?!(?:la\s+|le\s+|l'|les\s+|die\s+|den\s+|das\s+|il\s+|lo\s+)?(?:ce\s+|tout\s+le\s+|l'ensemble\s+du\s+|ganze\s+|gesamte\s+|questo\s+|tutto\s+il\s+)?(?:pays|land|paese|territoire|territorio)\b)(?:la\s+|le\s+|l'|les\s+|die\s+|den\s+|das\s+|il\s+|lo\s+)?/;

/** Travel to a compass part of the country: "les déplacements vers l'est", "travel to the north", "Reisen in den Norden". */
const TRAVEL_TO_PART_RE =
  /\b(?:d[ée]placements?|voyages?|s[ée]jours?|travel|trips?|journeys?|reisen|viaggi|spostamenti)\s+(?:vers|dans|en|to|in|into|within|nach|in den|in die|verso|nel|nella|al)\s+(?:l'|le |la |les |the |den |die |das |il |lo )?(?:extr[eê]me[- ])?(?:est|ouest|nord|sud|centre|nord-est|nord-ouest|sud-est|sud-ouest|north|south|east|west|northern|southern|eastern|western|center|north-?east|north-?west|south-?east|south-?west|norden|s[uü]den|osten|westen|nordosten|nordwesten|s[uü]dosten|s[uü]dwesten|ovest|centro)\b(?!-|\s+(?:africa|afrique|afrika|america|am[ée]rique|amerika|asia|asie|asien|europe|europa|korea|cor[ée]e|sudan|soudan|timor|ossetia|oss[ée]tie|macedonia|mac[ée]doine|kivu|caucasus|caucase|kaukasus|pacific|pacifique))/;

/** "the border area with", "la frontière avec le": what follows is the neighbour a strip of the country borders. */
const BORDER_WITH_RE =
  /\b(?:borders?|border (?:areas?|regions?|zones?|strips?)|fronti[eè]res?|grenze|grenzgebiet\w*|confine|frontiera)\s+(?:with|avec|zu|con|de)\s+(?:the\s+|le\s+|la\s+|l'|les\s+|dem\s+|der\s+|il\s+|lo\s+)?$/;

/** After "the whole of": a part of a country ("the Amhara region", "North Kivu province", "the border area"). */
const WHOLE_OF_PART_RE =
  /^(?:[\p{L}'-]+\s+){0,3}(?:regions?|provinces?|states?|districts?|governorates?|oblasts?|departments?|counties|county|prefectures?|zones?|areas?|coast|peninsula|valley|delta|r[ée]gion|province|d[ée]partement|regione|provincia|provinz|bundesstaat|gebiet)\b|^(?:r[ée]gion|province|d[ée]partement|regione|provincia|provinz|bezirk|gebiet)\b/u;

/** "die gesamte", "tout le", "l'ensemble du", "tutto il" before a country's name: the whole of it. */
const WHOLE_LEAD_OTHER_RE =
  /^(?:(?:die|den|das|der)\s+(?:gesamte[nrs]?|ganze[nrs]?)\s+|ganz\s+|(?:tout|toute)\s+(?:le\s+|la\s+|l')|l'ensemble\s+(?:du\s+|de\s+la\s+|de\s+l'|des\s+)|(?:tutto|tutta)\s+(?:il\s+|la\s+|l')|l'inter[oa]\s+)/;

/** A change made to the advice for two or more countries at once, named by number: "raised both advisories", "the two warnings",
 * "beide Reisewarnungen", "les deux avis", "entrambi gli avvisi", "its advice for both countries" (not "both countries have
 * raised …", where the two are the governments). */
const BOTH_ADVISORIES_RE =
  /\b(?:both|the two|all three|beide[nr]?|les deux|entramb[ei]|tutti e due)\s+(?:\w+\s+)?(?:advisories|advisory levels|warnings|reisewarnungen|reisehinweise|avis|avvisi)\b|\b(?:for|to|on|pour|per|f[üu]r)\s+(?:both|the two|all three|les deux|entrambi i|beide)\s+(?:countries|nations|pays|paesi|l[äa]nder)\b/;

const TRAVEL_ADVICE_WORD_RE = /\b(?:travel|advice|advisory|advisories|reisewarnung|reisehinweise|conseils? aux voyageurs|viaggiare sicuri)\b/;

/** A fronted topic, up to its comma: "In the case of …,", "As for …,", "Pour …,", "Für …,", "Per quanto riguarda …,". */
const FRONTED_TOPIC_RE =
  /^\W*(?:in the case of|as for|as regards|with regard to|regarding|concerning|for|pour|en ce qui concerne|s'agissant d[eu']|quant [àa]|f[üu]r|hinsichtlich|per quanto riguarda|quanto a|riguardo a|per)\s+[^,;:.]{2,80},/;

/** A compass part of a place as what the advice is about: "le nord du Mali", "le nord-Bénin", "the north of Niger", "il nord del
 * Paese". */
const COMPASS_PART_SUBJECT_RE =
  /(?:^|[\s,(])(?:le|la|l')\s*(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?(?:\s+(?:de|du|d'|des)\b|-(?=[a-z]))|\bthe\s+(?:far\s+)?(?:north|south|east|west|centre|center)(?:-?(?:east|west))?\s+of\b|(?:^|[\s,(])(?:il|l')\s*(?:nord|sud|est|ovest|centro)(?:-(?:est|ovest))?\s+(?:del|della|dell'|dello)\b/;

const REGION_SUBJECT_RE =
  /^\s*(?:[•*-]\s*)?(?:(?:les |the |die |le |la |gli |i |l')?(?:d[ée]placements?|voyages?|s[ée]jours?|travel|trips?|journeys?|reisen|aufenthalte|viaggi|spostamenti|soggiorni)\s+(?:dans|vers|en|sur|to|in|into|within|nach|verso|per|nella|nelle|nel|nei|negli)\s+)?(?:les |the |die |den |das |le |la |gli |i |l')?(?:(?:northern|southern|eastern|western|central|remote|rural|coastal)\s+)?(?:zones?|r[ée]gions?|areas?|border (?:areas?|regions?|zones?|strips?)|provinces?|parts?|districts?|states?|[ée]tats?(?![- ]unis)|d[ée]partements?|governorates?|gebiete|grenzgebiete|grenzregionen|regioni|aree|province|localit[ée]s?)\b(?!'s|\s+(?:department|dept|of emergency|media|news|secretary|visit|of the union|council|of (?:america|israel)|f[ée]d[ée]ral|d'[ée]tat|des affaires))/;

/** (not the whole of a part: "all of the Southern Highlands, Hela and Enga Province") */
const WHOLE_BEFORE_RE =
  /\b(?:the (?:whole|entire) (?:country|territory)|(?:the whole of|all of)(?![^,;.]{0,40}\b(?:highlands|lowlands|provinces?|regions?|districts?|states?|departments?|count(?:y|ies)|areas?|border|zones?|coast)\b)|throughout the country|l'ensemble du (?:territoire|pays)|tout le (?:territoire|pays)|das (?:gesamte|ganze) (?:land|staatsgebiet)|im ganzen land|tutto il (?:territorio|paese)|l'intero (?:territorio|paese)|(?:est|sont|reste|restent|demeure)\s+(?:d[ée]sormais\s+|maintenant\s+)?(?:enti[èe]rement|int[ée]gralement|totalement|tout\s+enti[èe]re?)\s+(?:en|class[ée]e?\s+en)\s+(?:rouge|orange|jaune|zone)|(?:is|are)\s+(?:now\s+)?(?:entirely|wholly|completely)\s+(?:in\s+|coloured\s+|colored\s+)?(?:red|orange|yellow))\b/;

/**
 * A region word in `s` from `from` on. (The text before `from` stays visible to the word's lookbehinds: a cut that
 * left "…tment of state" would otherwise read "state" as a region.)
 */
function regionWordFrom(s: string, from: number): boolean {
  REGION_WORD_G_RE.lastIndex = Math.max(0, from);
  return REGION_WORD_G_RE.test(s);
}

/** (German compounds name parts too: "Erdbebenprovinzen", "Grenzregionen", "Krisengebiete"; not the whole "Staatsgebiet") */
/** (nor is a ministry a region: "le Département fédéral des affaires étrangères", "Département d'État") */
const REGION_WORD_RE =
  /\b(?:(?!(?:staats|bundes|landes|hoheits|reise)gebiet)[a-z]{3,}(?:provinz|region|gebiet)(?:en|e)?\b|provinces?|regions?|districts?|governorates?|county|counties|prefectures?|oblasts?|border areas?|border strip|zones?|r[ée]gions?|d[ée]partements?(?!\s+(?:f[ée]d[ée]ral|d'[ée]tat|des affaires))|gouvernorats?|massifs?|frontali\w+|(?:grenz)?gebiet\w*|grenzregion\w*|regionen|(?:landes)?teile|landesteilen|departamentos?|bezirk\w*|provinz\w*|bundesstaat\w*|regione|regioni|zona|aree|confine|(?<!united |u\.s\. |department of |secretary of |head of )states?(?! department| dept|'s\b))\b/;
const REGION_WORD_G_RE = new RegExp(REGION_WORD_RE.source, 'g');

interface Acc {
  country: string;
  issuer: string | null;
  levels: Array<{ level: Level; sentence: number }>;
  pastLevels: Level[];
  regional: number[];
  /** Some regional advice is for a named part of the country. */
  part: boolean;
  /** Some regional advice is a level on the issuer's own scale. */
  ownScale: boolean;
  signals: Map<Signal, number[]>;
  /** Sentences of authorized departures reported as an earlier step. */
  priorAuth: Set<number>;
  priorOrd: Set<number>;
  /** Every ordered departure told covers family members only, and some authorized one names staff: both stand then. */
  orderedFamilyOnly: boolean;
  authStaff: boolean;
  /** Sentences that tell the issuer's embassy reopened. */
  reopened: number[];
  sentences: Set<number>;
  /** Sentences of levels and level changes recalled by a fronted month ("In August, the State Department raised …"). */
  recalled: Set<number>;
}

/** A sentence that opens on a month with no year, or on "earlier this year": a step recalled before the news ("In August, the
 * State Department raised …", "Last April, Americans were advised against all travel to …", "En août, …", "Im August …"). */
const RECALLED_OPENING_RE =
  /^\W*(?:back\s+)?(?:in|last|earlier in|en|im|nel|ad?|a inizio|a fine|fin|d[ée]but)\s+(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre)\b(?!\s+(?:\d|of\s+(?:19|20)\d\d))\s*,?|^\W*earlier (?:this|that) (?:year|month)\b/;

/** A suspension told as a new one after a reopening: "suspended operations again", "closed once more", "re-closed". */
const SUSPENDED_AGAIN_RE = /\b(?:again|once more|once again|anew|re-?closed|erneut|wieder|de nouveau|[àa] nouveau|nuovamente|di nuovo)\b/;

/** A government's travel advice said to have changed ("Our travel advice for Israel has changed", "the advice has been changed"). */
const ADVICE_CHANGED_RE = /\b(?:travel\s+)?advice\b[^.;]{0,40}?\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?changed\b/;
/** "now" as in the advice in force from now on. */
const NOW_RE = /\bnow\b/;
/** A level said to hold already: "was already at Level Four", "is already at the highest level". */
const ALREADY_AT_RE = /\b(?:was|were|is|are|had been|has been|have been)\s+already\s+(?:at|on)\b/;

function aggregate(hits: Hit[], infos: SentenceInfo[], inIssuer: string | null, topic: string | null): Finding[] {
  const accs = new Map<string, Acc>();
  for (const h of hits) {
    for (const iss of h.issuers) {
      if (iss !== null && iss === h.country) continue; // a country's own domestic measures
      // (… and so in a government's own official item: an unattributed event in its own country is no advice it gives, nor
      // anyone's — "Norway is cooperating … to arrange flights" home, in a Norwegian ministry's release)
      if (iss === null && inIssuer !== null && inIssuer === h.country) continue;
      const key = `${h.country}|${iss ?? ''}`;
      let a = accs.get(key);
      if (!a) {
        a = { country: h.country, issuer: iss, levels: [], pastLevels: [], regional: [], part: false, ownScale: false, signals: new Map(), priorAuth: new Set(), priorOrd: new Set(), orderedFamilyOnly: true, authStaff: false, reopened: [], sentences: new Set(), recalled: new Set() };
        accs.set(key, a);
      }
      if (h.kind === 'regional') {
        a.regional.push(h.sentence);
        if (h.part) a.part = true;
        else if (!h.vague) a.ownScale = true;
      }
      else if (h.kind === 'level' && h.level) {
        if (!h.past && RECALLED_OPENING_RE.test(infos[h.sentence]!.s.low)) a.recalled.add(h.sentence);
        if (h.past) // (a previous level for parts of the country only: the country as a whole was below it, and below any level now
        // given for all of it — "Previously the FCDO advised only against all travel to parts of Pool")
        a.pastLevels.push(h.regional ? (Math.min(h.level - 1, 2) as Level) : h.level);
        // the FCDO's scale has no level 1 or 2 (classification.md): its "exercise a high degree of caution" is advice about
        // demonstrations or crowds, not a country's level
        else if (iss === 'GB' && h.level <= 2) continue;
        else a.levels.push({ level: h.level, sentence: h.sentence });
        a.sentences.add(h.sentence);
      } else if (h.reopened) a.reopened.push(h.sentence);
      else if (h.signal) {
        if (h.signal === 'authorized_departure' && h.past) a.priorAuth.add(h.sentence);
        if (h.signal === 'ordered_departure' && h.past) a.priorOrd.add(h.sentence);
        if (h.signal === 'ordered_departure' && !h.familyOnly) a.orderedFamilyOnly = false;
        if (h.signal === 'authorized_departure' && h.staffToo) a.authStaff = true;
        if ((h.signal === 'level_raised' || h.signal === 'level_lowered') && RECALLED_OPENING_RE.test(infos[h.sentence]!.s.low)) a.recalled.add(h.sentence);
        const list = a.signals.get(h.signal) ?? [];
        list.push(h.sentence);
        a.signals.set(h.signal, list);
        a.sentences.add(h.sentence);
      }
    }
  }
  const out: Finding[] = [];
  for (const a of accs.values()) {
    const sig = a.signals;
    // supersession across sentences
    const lift = sig.get('departure_lifted');
    if (lift) {
      const lastLift = Math.max(...lift);
      for (const s of ['ordered_departure', 'authorized_departure'] as const) {
        const l = sig.get(s);
        // (… and one told as the step before, wherever it is told: "The State Department previously ordered the departure of …")
        if (l && s === 'ordered_departure' && l.every((x) => x < lastLift || a.priorOrd.has(x))) sig.delete(s);
      }
    }
    // an embassy the document says reopened is not suspended: the suspension it tells (not one said to happen again) is
    // over, and so is a departure of staff told in the same breath as that suspension ("ordered the departure of …
    // and suspended operations at Embassy Minsk")
    const closed = sig.get('embassy_suspended');
    if (closed && a.reopened.length > 0) {
      const over = closed.filter((x) => !SUSPENDED_AGAIN_RE.test(infos[x]!.s.low));
      if (over.length === closed.length) sig.delete('embassy_suspended');
      else sig.set('embassy_suspended', closed.filter((x) => !over.includes(x)));
      for (const d of ['ordered_departure', 'authorized_departure'] as const) {
        const l = sig.get(d)?.filter((x) => !over.includes(x));
        if (l && l.length === 0) sig.delete(d);
        else if (l) sig.set(d, l);
      }
    }
    const ord = sig.get('ordered_departure');
    const auth = sig.get('authorized_departure');
    // (an ordered departure of family members leaves staff free to go: "ordered the departure of family members …, following
    // the authorized departure of non-emergency employees and family members" — both stand)
    const bothGroups = a.orderedFamilyOnly && a.authStaff;
    if (ord && auth && !bothGroups) {
      // an authorized departure told as the step before an ordered one is over
      const current = auth.filter((x) => !a.priorAuth.has(x));
      if (current.length === 0) sig.delete('authorized_departure');
    }
    if (ord && sig.has('authorized_departure') && !bothGroups) {
      const auth = sig.get('authorized_departure')!.filter((x) => !a.priorAuth.has(x));
      const sameSentence = ord.some((x) => auth.includes(x));
      if (!sameSentence) {
        // the later statement stands
        if (Math.max(...ord) > Math.max(...auth)) sig.delete('authorized_departure');
      }
    }
    // a level or a change recalled by a fronted month is the step before one told without it ("The State Department lowered
    // its advisory for Mexico from Level 4 to Level 3 on Tuesday … In August, the State Department raised it to Level 4"); alone,
    // it is the news
    if (a.recalled.size > 0) {
      const now = a.levels.filter((l) => !a.recalled.has(l.sentence));
      if (now.length > 0 && now.length < a.levels.length) {
        for (const l of a.levels) if (a.recalled.has(l.sentence)) a.pastLevels.push(l.level);
        a.levels = now;
      }
      for (const [r, o] of [['level_raised', 'level_lowered'], ['level_lowered', 'level_raised']] as const) {
        const rs = sig.get(r);
        if (rs && rs.every((x) => a.recalled.has(x)) && (sig.get(o) ?? []).some((x) => !a.recalled.has(x))) sig.delete(r);
      }
    }
    const level = a.levels.length > 0 ? (Math.max(...a.levels.map((l) => l.level)) as Level) : null;
    if (level !== null && a.pastLevels.length > 0) {
      const prev = a.pastLevels[a.pastLevels.length - 1]!;
      if (prev < level && !sig.has('level_lowered')) sig.set('level_raised', sig.get('level_raised') ?? [a.levels[0]!.sentence]);
      if (prev > level && !sig.has('level_raised')) sig.set('level_lowered', sig.get('level_lowered') ?? [a.levels[0]!.sentence]);
      // (a level said to have been the same already is no raise, whatever verb of raising tells the update: "has elevated our
      // previous Travel Advisory to Level Four … The Travel Advisory was already at Level Four due to COVID-19")
      if (prev === level && sig.has('level_raised') && a.pastLevels.every((x) => x >= level) && [...a.sentences].some((k) => ALREADY_AT_RE.test(infos[k]!.s.low))) sig.delete('level_raised');
    }
    // the advice said to have changed, then the top level given as now in force: a raise, since no step is above it ("Our travel
    // advice for Israel has changed due to growing instability … The Government is now advising Irish citizens – do not travel
    // to Israel")
    if (level === 4 && a.pastLevels.length === 0 && !sig.has('level_raised') && !sig.has('level_lowered')) {
      const now = a.levels.find((l) => l.level === 4 && NOW_RE.test(infos[l.sentence]!.s.low) && (ADVICE_CHANGED_RE.test(infos[l.sentence]!.s.low) || (l.sentence > 0 && ADVICE_CHANGED_RE.test(infos[l.sentence - 1]!.s.low))));
      if (now) sig.set('level_raised', [now.sentence]);
    }
    // advice tightened for parts of the country only ("rät von Reisen in mehrere Provinzen ab … bisher galt dies nur für
    // die Grenzregion"): the country's level did not go up
    // (a raise said of the whole country, or from one step to another, still stands: "die Sicherheitsstufe für die gesamte
    // Türkei von 2 auf 3 angehoben")
    if (level === null && a.part && !a.ownScale && a.pastLevels.length === 0 && !(sig.get('level_raised') ?? []).some((i) => WHOLE_RAISE_RE.test(infos[i]!.s.low)))
      sig.delete('level_raised');
    // a raise and a lowering both told: the one the levels bear out stands (every earlier level above the current one is a
    // lowering, whatever background raise the article recalls: "had issued its heightened travel advisory … a day following
    // the bombing"); else the later statement
    if (sig.has('level_raised') && sig.has('level_lowered') && level !== null) {
      const earlier = a.pastLevels.filter((x) => x !== level);
      if (earlier.length > 0 && earlier.every((x) => x > level)) sig.delete('level_raised');
      else if (earlier.length > 0 && earlier.every((x) => x < level)) sig.delete('level_lowered');
    }
    if (sig.has('level_raised') && sig.has('level_lowered')) {
      const r = Math.max(...sig.get('level_raised')!);
      const l = Math.max(...sig.get('level_lowered')!);
      sig.delete(r >= l ? 'level_lowered' : 'level_raised');
    }
    const signals = [...sig.keys()];
    // regional-only advice is a finding when its issuer is known
    if (level === null && signals.length === 0 && (a.regional.length === 0 || a.issuer === null)) continue;
    // evidence: the sentences of the current level and the signals
    const used = new Set<number>();
    for (const [, l] of sig) for (const x of l) used.add(x);
    for (const l of a.levels) if (l.level === level) used.add(l.sentence);
    if (used.size === 0) for (const x of a.regional) used.add(x);
    out.push({ country: a.country, issuer: a.issuer, level, signals: orderSignals(signals), evidence: evidenceOf([...used], infos) });
  }
  // regional-only advice matters only when its issuer says nothing else in the document
  // (or says it of the country the document is about, beside its advice for another: "the Farnesina advises against
  // travel to Tunisia's border strip; for Libya, all travel remains advised against")
  // (… unless the text names the part as that other country's: "… to the Enga province of Papua New Guinea")
  const owned = new Set<string>();
  for (const h of hits) if (h.owned) for (const iss of h.issuers) owned.add(`${h.country}|${iss ?? ''}`);
  for (let k = out.length - 1; k >= 0; k--) {
    const f = out[k]!;
    if (f.level === null && f.signals.length === 0 && !owned.has(`${f.country}|${f.issuer ?? ''}`) && out.some((g) => g !== f && g.issuer === f.issuer && (g.level !== null || g.signals.length > 0) && (f.country !== topic || g.country === topic))) out.splice(k, 1);
  }
  // an issuer-less finding adds only what no named issuer already reports for that country
  const named = out.filter((f) => f.issuer !== null);
  const final = out.filter((f) => {
    if (f.issuer !== null) return true;
    const same = named.filter((n) => n.country === f.country);
    if (same.length === 0) return true;
    f.signals = f.signals.filter((s) => !same.some((n) => n.signals.includes(s)));
    if (f.level !== null && same.some((n) => n.level !== null)) f.level = null;
    return f.signals.length > 0 || f.level !== null;
  });
  final.sort((x, y) => (x.country < y.country ? -1 : x.country > y.country ? 1 : (x.issuer ?? '') < (y.issuer ?? '') ? -1 : (x.issuer ?? '') > (y.issuer ?? '') ? 1 : 0));
  return final;
}

/** Findings' signals in the vocabulary's order; the level words stay out (the level is in `level`). */
const LEVEL_WORDS = new Set<Signal>(Object.values(LEVEL_SIGNALS));
const SIGNAL_ORDER: readonly Signal[] = SIGNALS.filter((x) => !LEVEL_WORDS.has(x));

function orderSignals(s: Signal[]): Signal[] {
  return SIGNAL_ORDER.filter((x) => s.includes(x));
}

function evidenceOf(idx: number[], infos: SentenceInfo[]): string {
  // a title that is a truncation of the first body sentence ("… citing an…") gives way to that sentence
  idx = idx.map((i) => {
    const inf = infos[i];
    if (!inf?.s.title) return i;
    const head = inf.s.text.replace(/(?:\s*(?:\u2026|\.\.\.)\s*)+$/u, '').trim();
    if (head.length < 20) return i;
    const body = infos.findIndex((x) => !x.s.title && x.s.text.startsWith(head) && x.s.text.length > head.length);
    return body >= 0 ? body : i;
  });
  idx = [...new Set(idx)];
  idx.sort((a, b) => a - b);
  const parts: string[] = [];
  let len = 0;
  for (const i of idx) {
    const raw = infos[i]?.s.text;
    const t = raw === undefined ? undefined : printable(raw).trim();
    if (!t || parts.includes(t)) continue;
    if (len + t.length > MAX_EVIDENCE && parts.length > 0) break;
    const piece = t.length > MAX_EVIDENCE ? t.slice(0, MAX_EVIDENCE - 1) + '…' : t;
    parts.push(piece);
    len += piece.length + 3;
  }
  return parts.join(' … ');
}

export type { Mention, SignalHit, LevelHit };
