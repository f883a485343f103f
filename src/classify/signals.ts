/**
 * Signal detection in one sentence, with negation, hedging, boilerplate and supersession.
 * Works on the lower-cased matching form. Attribution (country, issuer) is done by the caller.
 */
import { trieRegexSource } from './trie.js';
import type { Signal } from '../domain/types.js';
import { DETECTOR_GATES } from './gates.js';
import { backWindow, clauseEnd, conditional, hedgedBefore, NEED_CHECK_BEFORE_RE, negatedBefore, NO_NEED_LEAD_RE, NO_NEED_REL_RE, THREAT_SCALE_RE } from './context.js';

export interface SignalHit {
  signal: Signal;
  start: number;
  end: number;
  /** The departure/evacuation is about staff (not citizens). */
  staff?: boolean;
  /** Reported as an earlier step ("two days after authorizing", "had authorized"). */
  prior?: boolean;
  /** An ordered departure of family members only ("ordered the departure of family members of U.S. government employees"). */
  familyOnly?: true;
  /** An authorized departure that names employees or staff ("non-emergency U.S. government employees and family members"). */
  staffToo?: true;
  /** An evacuation of counted people ("has evacuated more than 100 people from Sudan"): a government's only when a government is
   * the verb's subject, which attribution checks (the sentence alone cannot tell it from the local authorities'). */
  counted?: true;
  /** (evacuation) people evacuated with a government's forces named as the agent after the verb ("… évacuées par l'armée
   * allemande"): no evacuation by the government of the country they are in. */
  byForces?: true;
}

/** Who a departure covers, from the words after its verb: family members only, or employees (staff) too. */
const FAMILY_HEAD_RE =
  /^(?:the\s+|all\s+|eligible\s+|minor\s+|adult\s+)*(?:departure\s+of\s+(?:the\s+|all\s+|eligible\s+|minor\s+)*)?(?:family\s+members|families|dependents|dependants|relatives|spouses|children)\b/;
const STAFF_GROUP_RE =
  /\b(?:non-?emergency|non-?essential)\s+(?:\S+\s+){0,3}?(?:employees|staff|personnel)\b|\b(?:employees|staff|personnel)\s+(?:and|or)\s+(?:their\s+|eligible\s+)?(?:family|families|dependents|dependants)\b/;
/** "family members of U.S. government employees": the employees there only say whose family it is. */
const FAMILY_OF_STAFF_RE = /\b(?:family members|families|dependents|dependants|relatives|spouses|children)\s+of\s+(?:\S+\s+){0,4}?(?:employees|staff|personnel|diplomats|officials)\b/g;
function departureGroup(low: string, a: number, b: number): { familyOnly: boolean; staffToo: boolean } {
  // (to the end of the clause; the dot of "u.s." is no end)
  const span = low.slice(a, Math.min(low.length, b + 120)).split(/;|(?<!\b[a-z])\.(?:\s|$)/, 1)[0]!;
  const head = /^order(?:ed|s|ing)?\s+/.exec(span);
  const object = span.split(/\bto\s+(?:leave|depart)\b/, 1)[0]!.replace(FAMILY_OF_STAFF_RE, 'family');
  const familyOnly = !!head && FAMILY_HEAD_RE.test(span.slice(head[0].length)) && !/\b(?:employees|staff|personnel|diplomats)\b/.test(object);
  return { familyOnly, staffToo: STAFF_GROUP_RE.test(span) };
}

/**
 * The anchors every signal and level detector needs, in the matching form (lower case, Latin
 * diacritics removed); each matches at the start of a word, and one ending in '$' only as a whole word
 * (so that "department", "adviser", "consultation", "traveler" or "homeland" do not make a sentence
 * worth reading). Keep in step with the detectors.
 */
const TRIGGER_WORDS = [
  // leaving
  'leav', 'depart$', 'departs', 'departed', 'departing', 'departure', 'exit', 'get out', 'quitt', 'verlass', 'ausreis', 'auszureis', 'lasciar', 'lascino$', 'abbandon', 'andarsene', 'partenza', 'partire$', 'partir$', 'rientrar', 'rientrino$', 'rientrate$', 'rentrer$', 'rentrez$', 'zuruckzukehren', 'heimzukehren',
  // evacuation and flights
  'evacu', 'evaku', 'relocat', 'facilitat', 'airlift', 'repatri', 'rapatri', 'rimpatri', 'charter', 'flight', 'aircraft', 'plane', 'fly', 'flies', 'flew', 'flown',
  'to safety', 'in salvo', 'in sicurezza', 'en securite',
  'vol ', 'vols ', 'volo', 'riport', 'fliegt', 'flog', 'fliegen', 'ausgeflog', 'ausflieg', 'auszuflieg', 'ruckhol', 'zuruckgehol', 'zuruckhol', 'zuruckzuhol', 'zuruckgeflog', 'sonderfl', 'ponte aereo', 'affret',
  'ausser landes', 'außer landes', 'militarmaschin', 'militarflugzeug', 'bundeswehrmaschin', 'luftwaffenmaschin', 'sondermaschin', 'maschine der', 'maschinen der', 'a400m', 'transall', 'fregatt', 'kriegsschiff', 'marineschiff',
  'buses$', 'coaches$', 'escort', 'scortat', 'eskort', 'convoy', 'convogli', 'convoi', 'konvoi', 'ships$', 'ferries$', 'vessels$', 'boats$', 'carried$', 'ferried$', 'transported$', 'moved$', 'deplace',
  // embassies
  'embass', 'consulat', 'mission', 'high commission', 'diplomatic', 'ambassad', 'botschaft', 'konsulat', 'generalkonsulat', 'konsularagentur', 'agence consulaire', 'agences consulaires', 'agenzia consolare', 'consular agency', 'ambasciat', 'consolat',
  // sheltering
  'shelter', 'stay in place', 'indoors', 'inside', 'home$', 'homes$', 'where you are', 'where they are', 'place of residence', 'places of residence', 'chez ', "l'abri", 'confin', 'unterk', 'hause', 'zuhause', 'drinnen',
  'geschutzten ort', 'sicheren ort', 'posto sicuro', 'posti sicuri', 'lieu sur', 'lieu protege', 'endroit sur', 'endroit protege', 'luogo sicuro', 'luogo protetto', 'luoghi sicuri', 'luoghi protetti', "l'interieur",
  'in casa', 'a casa', 'di casa', 'riparo', 'chiuso', 'abitazion', 'domicil', 'abrit', 'logement', 'hebergement',
  // departures of staff
  'ordered', 'authoris', 'authoriz', 'drawn down', 'drew down', 'voluntar', 'volontai', 'freiwillig', 'withdr', 'pull', 'drawdown', 'mandatory', 'compulsory',
  'retrait', 'retir', 'abgezogen', 'abzuziehen', 'abziehen', 'zuruckgerufen', 'zuruckzurufen', 'botschaftspersonal', 'botschaftsmitarbeiter', 'diplomaten', 'ritiro', 'angeordnet',
  // levels and their changes
  'level', 'advise$', 'advised', 'advises', 'advising', 'advisory', 'advisories', 'advice', 'alert', 'warning', 'niveau', 'livello', 'stufe', 'travel$', 'reconsider', 'caution', 'precaution', 'against all', 'defer', 'postpon', 'risks of travel', 'risk of travel', 'dangers of travel',
  'essential', 'nonessential', 'non essenti', 'non indispensab', 'necessar', 'unnecess', 'deconseill', 'interdi', "s'en aller", 'ne pas sortir', 'sconsigli', 'abgeraten', 'nicht notwendig', 'nicht unbedingt notwendig', 'nicht zwingend notwendig', 'nicht dringend notwendig', 'reisewarn', 'teilreisewarn', 'gewarnt', 'qualsiasi titolo', 'imperativ', 'raccomandazion', 'indicazion', 'avvis', 'avvertenz', 'vom aufenthalt', 'urlaubsreise', 'zone rouge',
  // a government doing the same as the one before (its paragraph is read even far from the advice it extends)
  'followed suit', 'did the same', 'made the move', 'took the step', 'made this move', 'took this step', 'made that move', 'fait de meme', 'fatto lo stesso', 'gleiche getan', 'getan$', 'meme appel', 'same applies', 'same now applies', 'same also applies', 'memes conseils', 'memes recommandations', 'gleiche gilt', 'gleiches gilt', 'recommand', 'conseill', 'avertissement', 'same category',
  'zone orange', 'vigilance', 'prudence', 'cautela', 'evit', 'mesures de securite', 'touristiques', 'viaggi', 'voyage', 'deplacement', 'sejour', 'reise',
  'sicherheitsstuf', 'sicherheitshinweis', 'warnstuf', 'risikostuf', 'code rouge', 'code orange', 'code jaune', 'code vert',
  // a colour scale named as such (the Netherlands' "colour code")
  'colour code', 'color code', 'code couleur', 'farbcode', 'codice colore',
];

/**
 * One combined trigger, compiled once: a document (or sentence) without any of these words has no
 * findings, so it is the prefilter for whole documents and the test for trigger sentences.
 */
export const TRIGGER_LOW_RE = new RegExp('\\b' + trieRegexSource(TRIGGER_WORDS, 'shortest'));

/** Kept for callers that test raw text: the same trigger, case-insensitive (test the folded text for accents). */
export const TRIGGER_RE = new RegExp(TRIGGER_LOW_RE.source, 'i');

/** Before a change of level: a request for it ("the call for easing", "urged governments to lower", "asked … to revise"). */
const CHANGE_ASKED_BEFORE_RE =
  /\b(?:calls?\s+for|called\s+for|appeals?\s+for|requests?\s+for|demands?\s+for|plea\s+for|push\s+for|lobb(?:y|ied|ying)\s+for|(?:urg|ask|press|call|lobb)(?:e|es|ed|ing|s|ied|ying)?\s+(?:on\s+)?(?:\S+\s+){1,4}?to)\s+(?:\S+\s+){0,2}?$/;

/** Nationals: the words for them and plural demonyms (en/fr/de/it), as addressees of advice. */
const NATIONALS_WORDS =
  'citizens?|nationals?|americans|britons|brits|canadians|australians|new zealanders|kiwis|italians|germans|spaniards|irish|french|dutch|belgians|swiss|austrians|japanese|koreans|chinese|indians|poles|swedes|norwegians|danes|finns|portuguese|israelis|russians|turks|singaporeans|ressortissants?|citoyens|compatriotes|fran[çc]ais|staatsangeh[öo]rigen?|staatsb[üu]rger\\w*|deutschen?|deutsche|b[üu]rger(?:n|innen)?|bundesb[üu]rger\\w*|mitb[üu]rger\\w*|connazionali|cittadini|italiani|[oö]sterreicher\\w*|schweizer\\w*|italiener\\w*|franzosen|briten|amerikaner\\w*|landsleute|propri cittadini|greeks|cypriots|czechs|slovaks|hungarians|romanians|bulgarians|croats|serbs|ukrainians|filipinos|indonesians|malaysians|thais|vietnamese|pakistanis|bangladeshis|sri lankans|nepalis|nigerians|kenyans|south africans|brazilians|mexicans|argentines|argentinians|chileans|colombians|peruvians|egyptians|saudis|emiratis|qataris|kuwaitis|jordanians|lebanese|iranians|iraqis|syrians|ethiopians|ghanaians|senegalese|moroccans|tunisians|algerians|belges|neerlandais|suisses|autrichiens|allemands|italiens|espagnols|canadiens|americains|britanniques|australiens|japonais|coreens|chinois|indiens|polonais|suedois|norvegiens|danois|finlandais|irlandais|portugais|luxembourgeois|belgier|niederl[äa]nder|spanier|polen|schweden|norweger|d[äa]nen|japaner|koreaner|chinesen|inder|kanadier|australier|iren|belgi|olandesi|svizzeri|austriaci|tedeschi|francesi|spagnoli|britannici|americani|canadesi|australiani|giapponesi|coreani|cinesi|indiani|polacchi|svedesi|norvegesi|danesi|irlandesi|portoghesi';

/** Right before a leave verb: a vehicle or "it" as its subject ("it will", "the flight is scheduled to", "trains", "un aereo che
 * dovrebbe partire domani", "l'avion doit partir"). */
const VEHICLE_SUBJECT_BEFORE_RE =
  /\b(?:it|flights?|planes?|aircraft|airliners?|trains?|bus|buses|coaches|ships?|vessels?|ferr(?:y|ies)|boats?)\s+(?:(?:will|would|should|could|may|might|can|is|are|was|were|scheduled|expected|due|set|about|to|not)\s+)*$|\b(?:aere[oi]|vol[oi]|nav[ei]|tren[oi]|pullman|traghett[oi]|avions?|vols?|navires?|bateaux?|trains?)\s+(?:(?:che|qui)\s+)?(?:(?:dovrebbe(?:ro)?|potrebbe(?:ro)?|deve|devono|dovr[àa]|dovranno|doit|doivent|devrait|devraient|pourrait|pourraient|[èe]|sono|sar[àa]|saranno|est|sont|sera|seront|pronto|pronti|pr[êe]ts?|in\s+procinto\s+di|sur\s+le\s+point\s+de|previsto|pr[ée]vu|domani|demain|oggi|aujourd'hui)\s+)*(?:(?:di|de|a|à)\s+)?$/;
/** The words after the last staff noun before a leave verb ("staff to leave Bamako and urged Americans to "). */
const STAFF_TAIL_RE = /\b(?:personnel|employees|staff|workers|family members|families|dependents|dependants|diplomats)\b((?:[^.;]|(?<=\b[a-z])\.){0,40})$/;
/** Plural nationals only ("Greeks", "connazionali"; not the adjective "national"). */
const NATIONALS_RE = new RegExp(`\\b(?:${NATIONALS_WORDS.split('|').filter((w) => !/^(?:citizens\?|nationals\?|ressortissants\?)$/.test(w)).join('|')})\\b`);
/** Nationals or citizens, as a call's addressee. */
const CITIZENS_RE = new RegExp(`\\b(?:${NATIONALS_WORDS})\\b`);

const ADDRESSEE_RE = new RegExp(`\\b(?:${NATIONALS_WORDS}|you|your|residents|travell?ers|visitors|tourists|people|foreigners|expatriates|expats|staff|personnel|employees|families|everyone|anyone|all|them|its own|vous|reisenden|sie|viaggiatori|those(?=\\s+(?:who\\s+(?:are|remain)|still|currently|already|remaining|present|staying)\\b))\\b`);

const LEAVE_VERB_RE =
  /\b(?:leave|leaving(?<=\b(?:recommends?|recommended|recommending|urges?|urged|advises?|advised|encourages?|encouraged)\s+(?:(?:strongly|urgently|now|also)\s+)?leaving)|(?<!\b(?:le|du|au|un|son|leur|votre|notre)\s)depart|exit|get out|return home|come home|s'en aller|quitter|quittez|quittent|verlassen|verl[äa]sst|auszureisen|ausreisen|reisen sie(?=\s+(?:[^\s.;,]+\s+){0,3}?aus\b)|lasciare|lasciate|lascino|lasciarlo|lasciarla|lasciarne|abbandonare|andarsene|partire(?!\s+(?:da|dal|dalla|dai|dagli|dalle|dall'|dallo)\b))\b/g;
/** The end of the text before an infinitive coordinated after another: " ed a ", " e di ", " et à ", " and to ". */
const COORD_INF_END_RE = /(?:\b(?:e|ed|anzi|ma)\s+(?:ad?|di)|\bet\s+(?:[àa]|de|d')|\b(?:and|or rather|but)\s+to)\s*$/;

/** Going home (it/fr/de) and the French "partir de …" (apart from LEAVE_VERB_RE: it runs only where 'rientr', 'rentr', 'kehren' or
 * 'partir' occurs). */
const LEAVE_VERB_MORE_RE =
  /\b(?:rientrare|rientrino|rientrate|rentrer|rentrez|zur[üu]ckzukehren|heimzukehren|partir(?<!\ba\spartir)(?=\s+(?:de|du|des|d')(?:\s|\b))|(?<=\bimm[ée]diatement\s|\bsans\sd[ée]lai\s)partir|partir(?=\s+(?:imm[ée]diatement|sans\s+d[ée]lai)\b))\b/g;

const URGENCY_RE =
  /\b(?:immediately|now|at once|without delay|as soon as possible|at the earliest(?: possible)?(?: opportunity)?|at the earliest possible|as soon as you can|asap|right away|urgently|as quickly as possible|while (?:commercial|flights|options|it is still|there (?:are|is) still|airports?|the airport|land borders?|routes?|borders?|they (?:still )?can|you (?:still )?can|commercial options|commercial flights)|by any (?:available )?means|on the (?:first|next) available|next available|any available|first available|sans d[ée]lai|d[èe]s que possible|imm[ée]diatement|(?:d[èe]s\s+)?maintenant|subito|au plus vite|le plus rapidement possible|tant que|umgehend|unverz[üu]glich|sofort|kurzfristig|schnellstm[öo]glich|so schnell wie m[öo]glich|dringend|immediatamente|al pi[ùu] presto|il pi[ùu] presto possibile|quanto prima|(?:il )?prima possibile|(?:non )?appena possibile|con (?:i|ogni) mezz|senza indugio)\b/;

/** "(its) citizens (there|in X|still in the country) to evacuate", "nationals in X are urged to evacuate (from the country)",
 * with no object after it but the country (or its epithet: "the Gulf state"). */
const CITIZENS_EVACUATE_RE =
  /\b(?:citizens|nationals|compatriots|americans|britons|canadians|australians|new zealanders|italians|germans|spaniards|french nationals|japanese|koreans|south koreans|chinese|indians|israelis|turks|russians|filipinos|indonesians|pakistanis|bangladeshis|nepalis|sri lankans|thais|vietnamese|ressortissants|connazionali|cittadini)\b(?:\s+(?:there|still there|living there|remaining there|in (?:the country|[a-z'-]+(?: [a-z'-]+)?)|still in (?:the country|[a-z'-]+(?: [a-z'-]+)?))|[^.;]{0,60}?\s(?:are|is|were|have been|has been)\s+(?:\w+\s+)?(?:urged|advised|told|asked|instructed|requested|encouraged))?\s+to\s+evacuate\b(?=\s*(?:$|[.,;:)]|(?:immediately|now|at once|without delay|as soon as|urgently|while|by|via|through|using|on|the country|the (?:[a-z-]+ ){1,2}(?:country|nation|state|kingdom|republic)|from (?:the country|there))\b))/g;

/** A request in the subjunctive that citizens evacuate: "requesting that Japanese nationals staying in the Gaza Strip quickly
 * evacuate", "urges that all citizens evacuate immediately" (no modal: "asked whether citizens should evacuate" is a question). */
const THAT_CITIZENS_EVACUATE_RE =
  /\b(?:request(?:s|ed|ing)?|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|recommend(?:s|ed|ing)?|advis(?:e|es|ed|ing)|insist(?:s|ed|ing)?)\s+that\s+(?:all\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?(?:citizens|nationals|compatriots)\b[^.;,]{0,60}?\s(?:(?:quickly|immediately|promptly|urgently|swiftly)\s+)?evacuate\b/;

/** After an imperative leave verb: a named object, then how or when ("Depart Iraq by commercial transportation", "Leave the
 * country while flights are available"), not an urgency word alone ("Leave now."). */
const IMPERATIVE_OBJECT_RE =
  /^\s+(?!(?:now|immediately|at|as|while|by|on|via|without|urgently)\b)(?:the country|[a-z'-]+(?:\s[a-z'-]+)?)\s+(?:by|via|on|using|through|while|as soon|immediately|now|at once|without delay|urgently)\b/;

/** A mission or a foreign ministry, by name (the subject of MISSION_URGES_RE), and the verbs of its recommendation. */
const MISSION_AGENCY = "embassy|consulate|high commission|state department|foreign office|foreign ministry|fcdo|fdfa|eda|dfae|dfat|smartraveller|ambasciata|sede diplomatica|farnesina|consolato|ambassade|consulat|quai d'orsay|botschaft|ausw[äa]rtige amt|au(?:ss|ß)enministerium|konsulat";
const MISSION_VERB = 'urged|urges|called on|calls on|invit\\w*|esort\\w*|appel\\w*|exhort\\w*|fordert\\w*|ruft|rief|empfiehlt|empfahl|r[äa]t|riet|recommande|recommandait|raccomanda|consiglia';
/** A mission or a foreign ministry as the subject of the urging verb before a leave verb, before or after it ("Das EDA empfiehlt,
 * …", "empfiehlt das EDA, …"): its nationals are understood. */
const MISSION_URGES_RE = new RegExp(
  `\\b(?:${MISSION_AGENCY})\\b[^.;]{0,40}?\\b(?:${MISSION_VERB})\\b,?\\s+(?:\\S+\\s+){0,4}$|\\b(?:${MISSION_VERB})\\s+(?:(?:das|die|der|le|la|l'|il|the)\\s*)?(?:${MISSION_AGENCY})\\b,?\\s+(?:\\S+\\s+){0,6}$`,
);

/** Leaving as the subject of a recommendation: "departing while safe to do so is strongly recommended" (group 1: the predicate). */
const GERUND_LEAVE_RE =
  /\b(?:leaving|departing)\b(?:[^.;:]|(?<=\b[a-z])\.){0,80}?((?:is|are)\s+(?:\w+ly\s+)?(?:recommended|advised|urged|encouraged)\b)/g;

/** A call's own safety clause: "if it's safe to do so", "if it is safe", "if you can do so safely" (read as no condition). */
const SAFE_IF_RE = /\bif\s+(?:it(?:'s|\s+is)\s+safe(?:\s+to\s+do\s+so)?|you\s+can\s+do\s+so\s+safely|safe\s+to\s+do\s+so)\b/g;

/** "as soon as it is safe to do so", the wording of the US Level 4 definition. */
const SAFE_TO_DO_SO_RE = /as soon as (?:it is|it's) safe/;
/** The definition itself names no country: "advises U.S. citizens not travel to the country or to leave as soon as it is safe to do
 * so" is a scale's explanation; "the current Level 4 Travel Advisory … advises U.S. citizens not to travel to Burma or to leave as
 * soon as it is safe to do so" is an advisory in force for Burma, a call to leave. */
const GENERIC_DEFINITION_RE = /\b(?:travel to|visit)\s+(?:the|a|that|this|any|such a)\s+country\s+or\s+(?:to\s+)?$|\bthis is the highest (?:advisory )?level\b|\blevel 4\s*[-–—:]\s*do not travel\s*:/;

/** The end of an aside between dashes, just before a clause's window: " - ", " – ". */
const DASH_ASIDE_END_RE = /\s[-\u2013\u2014]\s?$/;

/** A leave verb governed by "help" or "assist" ("to help you leave", "assist citizens to depart", "aider … à quitter"). */
const HELP_TO_LEAVE_RE =
  /\b(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?|aider|aide|aident|aiutar\w*|aiut\w*|helfen|hilft|unterst[üu]tz\w*)\s+(?:(?!(?:and|or|but|et|ou|mais|und|oder|e|o|ma)\b)\S+\s+){0,3}?(?:(?:to|[àa]|ad|bei|zu)\s+)?$/;

/** Non-emergency staff as the ones told to leave, right before the verb: "asking only non-emergency employees and their families to ". */
const STAFF_ADDRESSEES_BEFORE_RE =
  /\b(?:non-?emergency|non-?essential)\s+(?:[\w.-]+\s+){0,2}?(?:staff|employees|personnel|diplomats|workers)\b(?:\s+(?:and|or)\s+(?:their\s+|all\s+)?(?:families|family members|dependents|dependants|relatives))?\s+(?:(?:\S+\s+){0,3}?to|(?:must|should|have to|are to|were told to|have been told to)|(?:are|were)\s+(?:asked|urged|told|required)\s+to)\s+$/;

/** Going home, a call to leave only when both urged and urgent. */
const RETURN_HOME_VERB_RE = /^(?:return home|come home|rientr|rentr|zur|heim)/;

/** A call told as a noun, its addressee and the leaving after it: "the warnings issued weeks ago to Italian citizens to leave",
 * "gli avvisi rivolti ai cittadini italiani a lasciare", "son appel aux Français à quitter". */
const CALL_NOUN_RE =
  /\b(?:warnings|calls?|appeals?|avvis[oi]|appell[oi]|inviti|appels?|aufrufe?|aufforderung(?:en)?)\b(?:\s+(?:issued|given|made|sent|rivolti|rivolto|diffusi|lanciat[oi]|lanc[ée]s?|adress[ée]s?|lanciert\w*|gerichtet\w*))?(?:\s+\S+){0,4}?\s+(?:to|ai|agli|alle|al|aux|an|à|a)\s+(?:\S+\s+){0,3}?(?:citizens|nationals|compatriots|cittadini|connazionali|ressortissants|compatriotes|fran[cç]ais|staatsb[üu]rger\w*|staatsangeh[öo]rige\w*|landsleute|[a-z]+(?:ans|ians|ese|ish|ani|ane|iens?|ais|ois|er)\b)/;
/** Quotation marks, to be read as spaces where they may split a call's words. */
const QUOTE_IN_RE = /["\u201c\u201d\u00ab\u00bb]/;
const QUOTE_ALL_RE = /\s*["\u201c\u201d\u00ab\u00bb]\s*/g;
/** Before a German verb last in its clause: a relative pronoun after a comma (", die das Land"). */
const DE_RELATIVE_BEFORE_RE = /,\s*(?:die|der|welche|welcher)\s+(?:[^\s,.;]+\s+){0,4}$/;
/** Right before a leave verb, the Italian or French call named with no addressee: "gli inviti formulati a lasciare il Paese",
 * "l'appel à quitter le pays". */
const BARE_CALL_NOUN_BEFORE_RE = /\b(?:inviti|invito|appelli|appello|appels?)\s+(?:(?:formulat[oi]|rivolt[oi]|lanciat[oi]|ripetut[oi]|reiterat[oi]|lanc[ée]s?|adress[ée]s?|renouvel[ée]s?|r[ée]it[ée]r[ée]s?)\s+)?(?:a|à)\s*$/;
/** Before a leave verb: a second addressee coordinated after an earlier call ("…, et à tous les Français de", "and all Britons to",
 * "e ai connazionali di"). */
const COORD_DATIVE_CALL_RE =
  /\b(?:et\s+(?:[àa]|aux)|e\s+(?:a|ai|agli|alle)|and)\s+(?:(?:tous|toutes|all|tutti)\s+)?(?:les\s+|ses\s+|its\s+|i\s+|gli\s+|propri\s+)?(?:\S+\s+){0,1}?(?:fran[çc]ais|ressortissants|citoyens|compatriotes|connazionali|cittadini|italiani|citizens|nationals|britons|americans|canadians|australians)\s+(?:(?:en|au|aux|in|d[eu]|dans)\s+\S+\s+)?(?:de|d'|di|to)\s*$/;

const URGING_RE =
  /\b(?:urged?|urges|urging|warn(?:s|ed)|call(?:ed|s|ing)? on|call(?:ed|s|ing)? for|told|tells?|telling|instructed|instructs|instructing|ordered|orders|ordering|directing|directed|strongly (?:advised|advises|advise|encouraged|encourages|encourage|recommended|recommends|recommend|urged|urges)|advised|advises|advise|advising|recommended|recommends|recommend|recommending|encouraged|encourages|encourage|encouraging|implored|appealed|appeals|exhorted|asked|asks|asking|should|must|need to|needs to|have to|has to|(?:are|is|were|was|be|been)\s+(?:now\s+)?(?:required|obliged|compelled)\s+to|pressed|demanded|exhort\w*|enjoin\w*|enjoint|enjoined|appel\w*|demand[ée]\w*|invit\w*|conseill\w*|recommand\w*|fordert\w*|fordern|aufgefordert|auffordert|auffordern|empfohlen|empfehlen|aufgerufen|rief|riefen|aufriefen|ruft|rufen|aufrufen|bittet|bitten|baten|riet|r[äa]t|raten|rieten|geraten|empfiehlt|empfahl|empfehlung|ermutig\w*|sollen|sollten|m[üu]ssen|devriez|devez|doivent|devrait|devraient|dovreste|dovete|devono|dovrebbe|dovrebbero|esort\w*|incoraggi\w*|sollecit\w*|chied\w*|chies(?:to|e|ero)(?=\s+(?:a|ai|agli|alle|al|loro)\s)|raccomand\w*|consigli\w*|suggeri(?:sce|scono|to|ta|ti|va))\b/;

const URGING_ALL_RE = new RegExp(URGING_RE.source, 'g');

/** Right after a closure, the services it is limited to, with a pair of adjectives before them: " for nonimmigrant and
 * immigrant visa services", " to the public for routine consular services" (a pair only: in " for security reasons and visa
 * appointments are cancelled" the "and" joins clauses, so `closureClause` cuts there). */
const CLOSED_FOR_SERVICES_RE =
  /^\s+(?:to the public\s+)?(?:for|pour|per|f[üu]r)\s+(?:(?:all|les|la|le|i|gli|den|die)\s+)?(?:[\w-]+\s+(?:and|or|et|e|und|&)\s+)?(?:[\w-]+\s+)?(?:visa|visti|consular|consulaires?|consolari|konsular|passport|passeport|passaport|demandes? de visa)/;

/** `after` up to the end of the closure's own clause ("closed to the public on Wednesday for routine visa appointments"). */
function closureClause(after: string, end: number): string {
  const tail = after.slice(end, end + 70);
  const cut = tail.search(/[,;]|\s-\s|\b(?:and|but|while|whereas|und|aber|w[äa]hrend|et|mais|tandis|e(?=\s)|ma|mentre)\b/);
  return after.slice(0, end + (cut >= 0 ? cut : tail.length));
}

/** A decision reported in the future of the past: "said it would close", "announced that the embassy would". */
const ANNOUNCED_RE =
  /\b(?:said|announced|confirmed|decided|stated|declared|told \w+)\s+(?:on \w+\s+)?(?:that\s+)?(?:it|they|the (?:\w+ )?(?:government|ministry|embassy|mission))\s+would\s+(?:\w+ly\s+)?(?:close|shut|suspend|relocate|move)\b/;

/** Before an evacuation: a government's decision told in the future of the past ("said that the government would arrange a
 * special flight to", "announced it would evacuate"), with no other hedge after "would". */
const EVAC_ANNOUNCED_RE =
  /\b(?:said|announced|confirmed|decided|stated|declared)\s+(?:on \w+\s+)?(?:that\s+)?(?:it|they|the (?:\w+ )?(?:government|ministry|embassy|military|air force|navy))\s+would\s+(?:(?!(?:consider|try|seek|look|explore|plan|prepare|be prepared|be ready|if)\b)[\w-]+\s+){0,6}$/;

/** German "zur Ausreise auffordern/aufrufen/drängen", the call's verb before or after the phrase; "die Ausreise empfohlen",
 * "empfiehlt … die Ausreise (aus Libyen)" with the clause ending there (not "empfiehlt, die Ausreise gut vorzubereiten"). */
const ZUR_AUSREISE_RE =
  /\b(?:(?:fordert\w*|rief|riefen|ruft|rufen|dr[äa]ngt\w*|gedr[äa]ngt|aufgefordert|aufgerufen|(?:er)?mahnt\w*|gemahnt|r[äa]t|riet|rieten|raten|geraten|empfiehlt|empfahl|empfohlen)\b[^.;]{0,120}?\bzur (?:sofortigen |umgehenden |raschen |baldigen )?ausreise\b|\bzur (?:sofortigen |umgehenden |raschen |baldigen )?ausreise\b[^.;]{0,80}?\b(?:aufgefordert|aufgerufen|auffordern|aufrufen|gedr[äa]ngt|geraten|empfohlen|raten)\b|\bzur (?:sofortigen |umgehenden )?ausreise\b[^.;]{0,80}?\bauf(?=\s*(?:$|[.,;:!?)"«»]|und\b))|\b(?:wird|werde|wurde)\s+(?:\S+\s+){0,4}?die (?:sofortige |umgehende |rasche )?ausreise\b[^.;]{0,100}?\b(?:empfohlen|geraten|nahegelegt)\b|\bdie (?:(?:sofortige|umgehende|rasche|baldige|vorzeitige|zeitnahe|vor[üu]bergehende)\s+(?:(?:beziehungsweise|bzw\.?|oder)\s+)?){0,2}ausreise\b(?:\s+aus\s+\S+(?:\s+\S+)?)?\s+(?:(?:wird|werde|wurde|ist|sei)\s+)?(?:dringend\s+|erneut\s+|nochmals\s+)?(?:empfohlen|nahegelegt)\b|\b(?:empfiehlt|empfahl|empfehlen|empfahlen)\b[^.;]{0,120}?\bdie (?:(?:sofortige|umgehende|rasche|baldige|vorzeitige|zeitnahe|vor[üu]bergehende)\s+(?:(?:beziehungsweise|bzw\.?|oder)\s+)?){0,2}ausreise\b(?:\s+aus\s+\S+(?:\s+\S+)?)?(?=\s*(?:$|[.,;:!?)"«»]|und\b)))/;
/** Right after "Ausreise": out of parts of the country, not the country ("aus folgenden Landesteilen des Irak", "aus den Provinzen"). */
const AUSREISE_FROM_PART_RE = /^\s*aus\s+(?:den\s+|dem\s+|der\s+)?(?:folgenden\s+|betroffenen\s+|genannten\s+|einigen\s+)?(?:landesteil\w*|region\w*|provinz\w*|gebiet\w*|grenzgebiet\w*|bezirk\w*|bundesstaat\w*|st[äa]dte\w*|stadt)\b/;
/** A call to leave as a noun phrase: "die Aufforderung zur dringenden und unverzüglichen Ausreise", "Aufruf zur Ausreise". */
const CALL_TO_AUSREISE_RE = /\b(?:aufforderung|aufruf|appell)\s+zur\s+(?:[a-zäöüß]+(?:en|n)\s+(?:und\s+[a-zäöüß]+(?:en|n)\s+)?)?ausreise\b/;
/** After a German noun, its clause denies it: "(eine Ausreiseaufforderung) gibt es bislang nicht", "… wurde noch nicht ausgesprochen". */
const NEG_AFTER_DE_RE = /^\w*\s+(?:gibt es|gebe es|besteht|bestehe|existiert|wurde|worden|ist|sei)\s+(?:\S+\s+){0,3}?(?:nicht|nie|keine)\b/;
/** After a German call to leave: its lifting ("… wurde jedoch aufgehoben", "ist zurückgenommen worden"). */
const CALL_LIFTED_AFTER_DE_RE = /^\w*\s+(?:\S+\s+){0,4}?(?:wurde|wird|worden|ist|sei|wurden)\s+(?:\S+\s+){0,3}?(?:aufgehoben|zur[üu]ckgenommen|beendet|zur[üu]ckgezogen)\b/;
/** A German call made conditional or softened ("sollten … erwägen", "falls", "gegebenenfalls"). */
const HEDGE_DE_RE = /\b(?:erw[äa]gen|erwogen|pr[üu]fen|falls|gegebenenfalls|notfalls|im notfall|bei bedarf|wenn n[öo]tig)\b/;

/** The departure just named was lifted later in the sentence ("; that order was lifted in December 2022", "; that authorization was lifted", ", later lifted"). */
const LATER_LIFTED_RE =
  /^(?:[^.]|(?<=\b[a-z])\.)*?(?:\b(?:that|the|this|the same)\s+(?:order|departure|drawdown|decision|measure|mandate|authori[sz]ation)\s+(?:was|has been|had been|were)\s+(?:later\s+|since\s+|subsequently\s+|eventually\s+|finally\s+)?(?:lifted|ended|rescinded|revoked|cancell?ed|withdrawn)|,\s*(?:which was|since|later|subsequently)\s+(?:lifted|ended|rescinded|revoked)|\b(?:that|which)\s+(?:was|had been|were)\s+(?:put in place|imposed|ordered|announced|introduced)\b(?:[^.;]|(?<=\b[a-z])\.){0,60}?\s(?:was|has been|had been|were)\s+(?:later\s+|since\s+|subsequently\s+|eventually\s+|finally\s+)?(?:lifted|ended|rescinded|revoked|cancell?ed))\b/;

/** A third party demanding that a government give the call ("urges the Foreign Office to tell Britons to get out", "called on
 *  the State Department to order Americans to leave", "demands that the government tell"): a call for advice, not advice. */
const DEMAND_ON_GOV_RE =
  /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|upon|for)|press(?:es|ed|ing)?|demand(?:s|ed|ing)?(?: that)?|lobb(?:y|ies|ied|ying)|implor\w*|beg(?:s|ged|ging)?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'.-]+\s+){0,2}?(?:government|foreign office|fcdo|state department|foreign ministry|ministry|minister|ministers|embassy|high commission|white house|administration|department)\s+(?:to\s+|should\s+)?(?:tell|order|advise|instruct|urge|ask|call on|direct|get)\b/;
/** A modal demand that a government give the call, in an opinion or a petition: "Ottawa should tell Canadians to leave",
 * "it must order its citizens out" (what someone says a government ought to do is not done; "we must urge" is the speaker's own call). */
const MODAL_DEMAND_RE = /(?<!\b(?:we|i)\s+)\b(?:should|ought to|must)\s+(?:now\s+|also\s+|immediately\s+|finally\s+|at last\s+|urgently\s+)?(?:tell|order|urge|advise|instruct|direct|call on)\b(?:[^.;]|(?<=\b[a-z])\.)*$/;

/** The local population as the people moved (no government's citizens abroad). */
const LOCAL_PEOPLE_RE = /\b(?:residents|villagers|inhabitants|islanders|locals|local people|households|communities|habitants|abitanti|bewohner\w*|einwohner\w*|villageois|popolazione)\b/;

/** Addressees that are a government's citizens or foreigners (beside local people): "citizens and residents", "foreign residents". */
const FOREIGN_ADDRESSEE_RE = /\b(?:citizens?|nationals?|ressortissants?|citoyens|staatsangeh\w*|staatsb[üu]rger\w*|cittadini|connazionali|compatriots?|foreign(?:ers)?|expatriates|expats|you|your|vous)\b/;

/** A local danger zone whose people are told to leave (a domestic evacuation order, not travel advice). */
const HAZARD_ZONE_RE =
  /\b(?:evacuation|flood|flood-prone|coastal|low-lying|exclusion|danger|hazard|affected|red|fire|storm-surge|surge|landslide-prone|mandatory evacuation)\s+(?:zones?|areas?|districts?|neighbou?rhoods?)\b|\bzones? d'[ée]vacuation\b|\bevakuierungsgebiet\w*|\bzone? (?:di evacuazione|rosse?|a rischio)\b/;

/** After an evacuation: the zone of a fire or a flood it moved people out of (en/it/fr/de). */
const HAZARD_ZONE_AFTER_RE =
  /^\s*(?:[\w'-]+\s+){0,2}?(?:from|out of|dalle|dalla|dai|dagli|dal|des|de la|du|aus den|aus dem)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:zones?|areas?|aree|zona|regions?|villages?|hotels?|resorts?|gebiete\w*|ortschaften)\b(?:[^.;]){0,40}?\b(?:coinvolt[ei]|colpit[ei]|interessat[ei]|minacciat[ei]|affected|threatened|touch[ée]e?s|betroffen\w*|incendi\w*|fires?|wildfires?|bushfires?|floods?|flooding|alluvion\w*|inondation\w*|brand\w*|waldbr[äa]nd\w*|fiamme|flammes)\b/;

/** A government's military aircraft sent before a German purpose clause ("schickte ein Militärflugzeug nach …, um … 50 Touristen
 * auszufliegen"): read further back than the near window. */
const MILITARY_CRAFT_WIDE_RE = /\b(?:milit[äa]r(?:flugzeug\w*|maschinen?|transporter\w*)|transportmaschinen?|bundeswehrmaschinen?|luftwaffenmaschinen?)\b[^.;]{0,140},\s*um\b/;

/** Aircraft, ships or convoys named near a match: a transport out, not people moved within a place. */
function flightsWord(near: string): boolean {
  return /\b(?:flights?|planes?|aircraft|ships?|ferr(?:y|ies)|convoys?|vol[oi]|aere[oi]|navi|avions?|vols|flugzeug\w*|maschinen?|schiff\w*)\b/.test(near);
}

/** A building emptied for an incident on the spot: "evacuated after a suspicious package was found", "a fire alarm", "a bomb threat";
 * or one damaged ("evacuated from the seriously damaged … building" after an earthquake), or emptied as a precaution ("a preventative
 * evacuation of the consulate"). */
const BUILDING_INCIDENT_RE =
  /\b(?:suspicious (?:package|parcel|object|item|bag|envelope|vehicle|device)s?|fire alarms?|bomb (?:threats?|scares?|alerts?|hoax\w*)|gas leaks?|unattended (?:bag|package|item|luggage)|verd[äa]chtig\w* (?:paket|gegenstand|gep[äa]ck)\w*|bombendrohung\w*|feueralarm\w*|colis suspect\w*|alerte (?:[àa] la bombe|incendie)|pacco sospetto|allarme (?:bomba|antincendio)|oggetto sospetto)\b|\b(?:damaged|collapsed|collapsing|unsafe|quake-hit|earthquake-damaged|fire-damaged)\s+(?:[\w'.-]+\s+){0,5}?(?:building|buildings|premises|offices|tower|block)\b|\bbomb alarms?\b|\b(?:preventa?tive|precautionary)\s+evacuation\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:consulate|embassy|building|premises|offices?|chancery)\b(?!\s+(?:staff|personnel|employees))/;

/** Before a call: its subject is a step of a scale, which the sentence defines ("Level 4 … calls on nationals to …"). */
const SCALE_STEP_SUBJECT_RE = /\b(?:level|stufe|livello|niveau)\s*[1-6]\b(?:[^.;]|(?<=\b[a-z])\.){0,60}?\b(?:calls? on|means?|tells?|asks?|urges?|advises?|recommends?|requires?|instructs?)\b(?:[^.;]|(?<=\b[a-z])\.){0,40}$/;

/** An evacuation rehearsed, not carried out: "ran a simulated evacuation", "rehearse embassy evacuation", "a mock airlift". */
const SIMULATED_BEFORE_RE = /\b(?:simulated|simulating|simulation of|mock|train(?:s|ed|ing)?\s+for|practi[cs]e|practi[cs]ing|rehears\w*|dummy|fictional|fictitious|hypothetical|imaginary|training)\s+(?:[\w'-]+\s+){0,3}$/;

/** A country's own official giving a domestic measure: "the information minister", "the president", "the junta", "state radio". */
const DOMESTIC_OFFICIAL_RE = /\b(?:(?:prime |interior |information |home |defen[cs]e )?minist(?:er|ry)|president|junta|governor|mayor|state (?:radio|television|tv|media)|authorities|police|army|military|pr[ée]fet|ministre|minister(?:in)?|ministro)\b/;

/** A drill or a rehearsal the sentence names, whose instructions are role-play: "told to shelter in place at the start of the drill". */
const DRILL_RE = /\b(?:drills?|rehears\w*|mock (?:evacuations?|exercises?|alerts?)|simulat(?:ed|ion|ions|ing)|role[- ]play\w*|(?:the|this|an|crisis|evacuation|emergency|consular) exercises?|[ée]vacuation fictive|exercice d'[ée]vacuation|[üu]bung\w*|esercitazion\w*)\b/;

/**
 * The one who leaves or flies out is no government's citizen body but a team, a company, a troupe, a crew or an international
 * body (the UN, its peacekeepers, the Red Cross), named as the subject before the trigger: "New Zealand's women's cricket team …, flying out of Dhaka on a chartered aircraft".
 */
const PRIVATE_SUBJECT_RE =
  /\b(?:team|squad|side|players|athletes|crew|cast|orchestra|band|choir|troupe|club|company|companies|firms?|employers?|airlines?|carriers?|cruise lines?|tour operators?|travel agen(?:ts?|cies|cy)|charity|aid group|aid organi[sz]ation|ngo|university|federation|board|mannschaft|nationalmannschaft|[ée]quipe|squadra|nazionale|orchestre|orchester|orchestra|entreprises?|soci[ée]t[ée]s|unternehmen|firmen|konzerne|aziende|imprese|united nations|u\.n(?=\.)|un(?= (?:mission|agency|agencies|refugee agency))|peacekeeping|peacekeepers|red cross|red crescent|icrc|onu|die uno|nations unies|vereinten nationen|casques bleus|blauhelme|caschi blu)\b/g;
/** A verb or preposition that makes the noun after it an object ("the embassy told the team to leave", "a flight for the squad"). */
const OBJECT_BEFORE_NOUN_RE = /\b(?:told|tell|tells|urged|urge|urges|advised|advise|advises|asked|ask|asks|ordered|instructed|helped|help|helps|for|of|with|to|and|by|evacuated|evacuating|airlifted|flew|flying|carried|brought|including|among)\s+(?:the\s+|its\s+|their\s+|a\s+|his\s+|her\s+)?(?:[\w'-]+\s+){0,3}$/;
/** A government or its mission named between the private subject and the trigger takes over. */
const GOV_WORD_RE = /\b(?:government|ministry|minister|foreign office|state department|embass(?:y|ies)|consulates?|high commission|defen[cs]e force|air force|military|navy|army)\b/;

/** The subject before the trigger at `a` is a private body (a team, a company): what it does is no government's measure. */
export function privateSubject(low: string, a: number): boolean {
  const from = Math.max(0, a - 220);
  const span = low.slice(from, a);
  PRIVATE_SUBJECT_RE.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = PRIVATE_SUBJECT_RE.exec(span)) !== null) last = m.index;
  if (last < 0) return false;
  // a sentence boundary between them: another sentence's subject
  if (/[.;:!?]\s/.test(span.slice(last))) return false;
  if (OBJECT_BEFORE_NOUN_RE.test(span.slice(Math.max(0, last - 60), last))) return false;
  return !GOV_WORD_RE.test(span.slice(last));
}

/** A government or its mission in French, German or Italian (the arranger that makes fans' flight an evacuation). */
const GOV_ARRANGER_OTHER_RE = /\b(?:gouvernement|minist[èe]re|ambassade|consulat|arm[ée]e de l'air|regierung|ministerium|ausw[äa]rtige amt|botschaft|bundeswehr|luftwaffe|governo|ministero|farnesina|ambasciata|aeronautica)\b/;
/** Fans and pilgrims travelling to an event: "a charter flight for 200 supporters", "i tifosi", "les pèlerins". */
const EVENT_TRAVELLERS_RE = /\b(?:supporters|fans|spectators|tifosi|pilgrims|p[èe]lerins|pellegrini|pilger\w*|anh[äa]nger|schlachtenbummler)\b/;

/** Right before a leave verb: government staff as the subject of a modal ("personnel and eligible family members” should "). */
const STAFF_MODAL_SUBJECT_BEFORE_RE =
  /\b(?:staff|personnel|employees|family members|dependents|dependants|diplomats|officials|families)["'\u201d\u2019]?\s+(?:should|must|(?:are|were)\s+to|need\s+to|have\s+to|(?:have|has)\s+been\s+(?:told|ordered|instructed|directed|asked)\s+to|(?:are|were|was)\s+(?:told|ordered|instructed|directed|asked)\s+to)\s+(?:\w+ly\s+)?$/;

/** Transport arranged by a body that is not a government (a sports board, a company, a school, a charity). */
const PRIVATE_ARRANGER_RE =
  /^(?:[^.;]|(?<=\b[a-z])\.){0,80}?\b(?:arranged|chartered|organi[sz]ed|booked|provided|paid for|laid on|operated)\s+by\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:(?!government|ministry|embassy|foreign|state|defen[cs]e|air force|military|navy|army|consulate|high commission)[\w'&-]+\s+){0,6}?(?:board|club|federation|association|league|company|firm|corporation|group|employer|university|school|church|charity|foundation|union|insurer|team|operator|sponsors?)\b/;

/** An evacuation operation named as carried out: "launched an evacuation operation", "a lancé une opération d'évacuation",
 * "ha avviato un'operazione di evacuazione", "leiteten Evakuierungsaktionen ein", "starteten einen Evakuierungseinsatz", or
 * evacuations told completed ("Die Evakuierungen sind einstweilen abgeschlossen", "the evacuations have been completed").
 * (The separable particle "ein" ends its clause; the article "ein" does not: "fordert Evakuierungsaktionen und ein Ende …".) */
const EVAC_OPERATION_RE =
  /\b(?:carr(?:ied|ies|y|ying) out|conduct(?:ed|s|ing)?|complet(?:ed|es|ing)|undert(?:ook|aken|akes?|aking)|perform(?:ed|s|ing)?)\s+(?:\S+\s+){0,3}?evacuations\b|\bproc[ée]d\w*\s+(?:\S+\s+){0,3}?[àa]\s+(?:des|l'|une|plusieurs|de nouvelles|d'autres)\s*(?:\S+\s+)?[ée]vacuations?\b|\bproced\w*\s+(?:\S+\s+){0,3}?(?:all'|alle\s+|ad\s+una\s+|a\s+una\s+)evacuazion[ei]\b|\b(?:launch|began|begun|begin|start|conduct|carr(?:ied|ies|y|ying) out|mount|complet|undert(?:ook|aken|ake))\w*\s+(?:\S+\s+){0,4}?(?:evacuation|rescue|airlift|repatriation)\s+(?:operations?|missions?|efforts?)\b|\b(?:lan[cç]|men[ée]|entam|commenc|achev|d[ée]clench)\w*\s+(?:\S+\s+){0,3}?(?:op[ée]rations?|missions?)\s+d'(?:[ée]vacuation|rapatriement)\b|\b(?:avviat|lanciat|condott|iniziat|conclus|completat|avvia|lancia|conduce)\w*\s+(?:\S+\s+){0,3}?(?:(?:un'|l'|le\s+|la\s+)?operazion[ei]|(?:una\s+|la\s+|le\s+)?mission[ei])\s+di\s+(?:evacuazione|rimpatrio)\b|\bevakuierungs(?:einsatz|eins[äa]tze\w*|aktion(?:en)?|operation(?:en)?|mission(?:en)?)\b[^.;]{0,60}?\b(?:gestartet|begonnen|eingeleitet|ein(?=\s*(?:[.,;:!]|$))|durchgef[üu]hrt|abgeschlossen|angelaufen)\b|\b(?:startet|begann|leitet|f[üu]hrt)\w*\s+(?:\S+\s+){0,4}?evakuierungs(?:einsatz|eins[äa]tze\w*|aktion(?:en)?|operation(?:en)?|mission(?:en)?)\b|\b(?:evacuations?|evakuierung(?:en)?|[ée]vacuations?|evacuazion[ei])\s+(?:[^\s.;]+\s+){0,3}?(?:have|has|were|was|are|is|sind|ist|wurden|wurde|ont|a|sont|est|sono|[èe])\s+(?:\S+\s+){0,2}?(?:been\s+|[ée]t[ée]\s+|stat[ei]\s+)?(?:completed|concluded|abgeschlossen|beendet|termin[ée]e?s|achev[ée]e?s|conclus[ae]|completat[ae])\b/;

/** Before an evacuation's noun: it is said impossible for now. (Not "preparing the evacuation": mixed71/008 counts France's
 * "is preparing the evacuation of its citizens", told to start that day.) */
const EVAC_NOT_YET_BEFORE_RE =
  /\bnot\s+(?:(?:currently|yet|presently|now)\s+)?(?:safe|possible|feasible|practical)\s+to\s+(?:undertake|conduct|organi[sz]e|carry\s+out|mount|arrange|launch)\s+(?:\S+\s+){0,4}$/;

/** An employer's expatriate staff (a company's, an aid group's): "expatriate employees", "personnel expatrié", "personale espatriato". */
const EXPAT_STAFF_RE =
  /\b(?:expatriate|expat)\s+(?:staff|employees|personnel|workers|engineers|contractors|managers)\b|\bpersonnels?\s+expatri[ée]s?\b|\b(?:employ[ée]s|salari[ée]s|agents|collaborateurs)\s+expatri[ée]s\b|\bexpatriierte\w*\s+(?:mitarbeiter\w*|besch[äa]ftigte\w*|angestellte\w*)|\b(?:personale|dipendenti|lavoratori)\s+espatriat[oi]\b/;

/** An international body, an aid group or a company: the owner of "its mission" that is no embassy. */
const NON_STATE_BODY_RE =
  /\b(?:united nations|u\.n\.|un(?= (?:said|says|mission|staff|peacekeep\w*|agenc\w*|officials?|secretary))|unicef|unhcr|world (?:health|food) \w+|european union|african union|osce|nato|red cross|red crescent|icrc|peacekeep\w*|ngos?|aid (?:groups?|agenc\w+|organi[sz]ations?)|charit\w+|compan\w+|firms?|group|corporation|operator)\b/;

/** A government (or its forces) as the operator of flights, before "operated flights". */
const GOV_OPERATOR_RE =
  /\b(?:government|ministry|foreign (?:office|ministry|affairs)|state department|department of (?:foreign affairs|state|defen[cs]e)|defen[cs]e (?:force|ministry|department)s?|air force|military|armed forces|navy|royal \w+ air force|embass(?:y|ies)|mfat|dfat|fcdo)\b/;

/** After an evacuation noun, its own clause says it is not planned or needed (en/de/fr/it). */
const EVAC_NOT_PLANNED_RE =
  /^(?:[^.;:]|(?<=\b[a-z])\.){0,80}?\b(?:(?<!\b(?:which|that)\s)(?:is|was|are|were|has|have)\s+(?:currently\s+|presently\s+)?not\s+(?:been\s+|being\s+)?(?:planned|foreseen|envisaged|contemplated|considered|needed|necessary|required|ordered|under consideration|on the table)|(?:ist|sei|sind|seien|wird|werde|war|w[äa]re)\s+(?:\S+\s+){0,3}?(?:nicht|derzeit nicht|zurzeit nicht)\s+(?:\S+\s+)?(?:vorgesehen|geplant|beabsichtigt|notwendig|n[öo]tig|erforderlich|m[öo]glich)|n'(?:est|etait|sont)\s+pas\s+(?:\S+\s+)?(?:prevue?s?|envisagee?s?|necessaires?|possibles?|a l'ordre du jour)|non\s+(?:e|sono|era)\s+(?:\S+\s+)?(?:previst[aeio]|in programma|necessari[aeio]|possibil[ei]|all'ordine del giorno))\b/;

/** A sentence that opens on a government's staff or citizens: "the staff of the Japanese Embassy", "all embassy personnel". */
const PASSIVE_STAFF_SUBJECT_RE = /\b(?:staff|personnel|diplomats|employees|embassy|botschaft|ambassade|ambasciata|diplomaten|mitarbeiter\w*)\b/;
/** A passive right before the evacuation verb: "has been", "were", "sei", "wurde", "a été", "è stata". */
const PASSIVE_BEFORE_RE = /\b(?:(?:has|have|had)\s+been|was|were|sei|ist|sind|wurde|wurden|war|waren|a [ée]t[ée]|ont [ée]t[ée]|[èe] stat[oa]|sono stati)\s+$/;

/** After flights: operators encouraged, allowed or invited to run them ("… are also being encouraged to fly"). */
const FLIGHTS_ENCOURAGED_RE = /^\s+(?:(?:are|were|is|was|will be|have been|has been)\s+)?(?:also\s+|now\s+)?(?:being\s+)?(?:encouraged|allowed|permitted|invited|welcome)\s+to\b/;
/** An urging verb, the government's own nationals and "to evacuate": "urged its citizens to evacuate", "called on all their
 * nationals in the country to evacuate". */
const OWN_NATIONALS_EVACUATE_RE =
  /\b(?:urged?|urges|urging|called on|calls on|calling on|told|tells|instructed|instructs|advised|advises|advising|asked|asks|asking)\s+(?:all\s+)?(?:its|their)\s+(?:own\s+)?(?:citizens|nationals|compatriots|expatriates)\s+(?:(?:still\s+|currently\s+|living\s+|residing\s+|staying\s+)?(?:in|there)\b(?:\s+(?:the\s+)?[\w-]+){0,3}?\s+)?to\s+evacuate\b(?!\s+(?:to|from|their homes|the area|the region)\b)/;

/** A sentence whose subject is a plan or a scenario: "The plan …", "Il piano …", "Der Plan …", "Ce scénario …" (the German
 * plural "Pläne", folded to "plane", only after a German article: "The plane carrying evacuees" is no plan). */
const PLAN_SUBJECT_RE =
  /^\W*(?:(?:the|this|that|such an?|its|their|a|il|questo|tale|quel|lo|un|le|ce|cet|du)\s+(?:[\w-]+\s+)?(?:plans?|piano|piani|scenarios?|sc[ée]nario|contingency plans?|evacuation plans?)|(?:der|dieser|ein|die|diese)\s+(?:[\w-]+\s+)?(?:plan|plane|planung|szenario))\b(?!\s+(?:was|were|has been|had been|is being)\s+(?:carried out|executed|implemented|activated|put into (?:action|effect))\b)/;

/** After "to evacuate": the people moved ("its citizens", "embassy staff"), not a place. */
const EVAC_PEOPLE_OBJECT_RE =
  /^\s+(?:(?:all|its|their|the|his|her|some|remaining|any)\s+)*(?:own\s+)?(?:[\w.-]+\s+){0,2}?(?:citizens|nationals|staff|personnel|diplomats|employees|family|families|dependents|dependants|compatriots|people|expatriates|embass(?:y|ies)|consulates?|missions?)\b/;

/** A German plan or preparation that governs a later zu-infinitive: "plant, um", "bereitet sich darauf vor,", "Vorbereitungen, um". */
const DE_PLAN_BEFORE_RE = /\b(?:plant|planen|plante|planten|geplant|bereite[tn]?\s+sich\s+(?:[^\s.;]+\s+){0,5}?vor|vorbereitungen?|(?:ist|sind|war|waren|steht|stehen)\s+(?:\S+\s+){0,3}?bereit)\b[^.;]*$/;
/** After "relocated": a move to another site in the same city ("to an alternate site within Bogotá", "within the capital"). */
const SAME_CITY_MOVE_RE =
  /^\s*(?:to\s+(?:an?\s+|another\s+|other\s+)?(?:(?:alternate|alternative|other|different|nearby|temporary|back-?up|new)\s+)?(?:sites?|locations?|buildings?|premises|offices?|address(?:es)?)\s+)?within\s+(?:the\s+)?(?:city|capital|town|[\p{L}'-]+(?:[\s-][\p{L}'-]+)?\s*(?:[.,;]|$))|^\s*to\s+(?:an?\s+|another\s+)(?:alternate|alternative|other|different|nearby|back-?up)\s+(?:sites?|locations?|buildings?|premises|offices?|address)\b(?!\s+(?:in|at|outside|abroad)\b)/u;

/** A reopening done, in German, French and Italian: "ist seit Mai wieder geöffnet", "hat … wiedereröffnet", "a rouvert", "è stata riaperta". */
const REOPENED_OTHER_RE =
  /\b(?:(?:ist|sind|wurde|wurden|war|waren)\s+(?:[^\s.;,]+\s+){0,4}?wieder\s*(?:ge(?:o|oe)ffnet|er(?:o|oe)ffnet)|(?:hat|haben)\s+(?:[^\s.;,]+\s+){0,5}?wieder(?:er(?:o|oe)ffnet|\s+ge(?:o|oe)ffnet)|(?:a|ont)\s+(?:[^\s.;,]+\s+){0,2}?rouvert|(?:a|ont)\s+[ée]t[ée]\s+(?:\S+\s+)?rouverte?s?|(?:est|sont)\s+(?:de nouveau|[àa] nouveau)\s+ouverte?s?|(?:ha|hanno)\s+(?:\S+\s+)?riaperto|(?:[èe]|sono)\s+stat[aoie]\s+(?:\S+\s+)?riapert[aoie]|(?:[èe]|sono)\s+(?:di nuovo|nuovamente)\s+apert[aoie])\b/;
/** The embassy's reopening told later in the sentence (done, not planned). */
const REOPENED_RE = new RegExp(/(?<!\b(?:will|would|to|until|when|once|before|can|could|may|might|not|plans? to|expected to|which|that|who)\s+(?:\w+ly\s+|only\s+|just\s+|had\s+|has\s+)?)\b(?:reopened|re-opened|resumed (?:operations|its operations|work|services|full operations)|has reopened|have reopened|is open again|remains open)\b/.source + '|' + REOPENED_OTHER_RE.source);

/**
 * A reopening told by its symbols and its rank, done: the flag flies again over the embassy ("Le drapeau français flotte à
 * nouveau sur notre ambassade"), or the government is the first to reopen or relaunch its mission ("the first G7 nation to
 * reopen its embassy", "la prima nazione del G7 a rilanciare la sua missione diplomatica"): an infinitive after "first … to"
 * tells what was done.
 */
const REOPENED_FIGURE_RE =
  /\b(?:drapeau|flag|flagge|bandiera)\b[^.;]{0,40}?\b(?:flotte|flottent|flies|is flying|weht|sventola)\s+(?:[àa] nouveau|de nouveau|again|wieder|di nuovo|nuovamente)\b|\b(?:first|premier|premi[eè]re|prim[oa])\s+(?:[^\s.;,]+\s+){0,3}?(?:country|nation|government|state|pays|[ée]tat|nazione|paese|stato)\s+(?:[^\s.;,]+\s+){0,2}?(?:to|[àa]|ad?)\s+(?:reopen|re-open|relaunch|rouvrir|relancer|riaprire|rilanciare|riattivare)\s+(?:its|their|son|sa|leur|la sua|il suo|la propria|il proprio)\s+(?:[^\s.;,]+\s+)?(?:embassy|(?:diplomatic )?mission|ambassade|mission diplomatique|ambasciata|missione diplomatica|sede diplomatica)\b/;
/** An embassy's reopening, done: "reopened its embassy", "the embassy … has reopened", "is open again" (not "will reopen"). */
const EMB_REOPEN_RE = new RegExp(
  /\b(?:reopened|re-opened|re-?opens (?=(?:its |the |their )?(?:\w+ )?(?:embassy|high commission|mission)\b)|(?:is|are) (?:now )?open again|(?<=\b(?:embassy|mission|high commission) )remains open(?=\s*["'\u201d]?\s*[.;,]|$)|resumed (?:full |its |their |normal |diplomatic )*(?:operations|presence))\b/.source + '|' + REOPENED_OTHER_RE.source + '|' + REOPENED_FIGURE_RE.source,
  'g',
);
/**
 * A reopening still to come or in a condition ("will announce when it reopens", "until the embassy reopened", "plans to
 * reopen"), or told as background in a relative clause ("its embassy, which reopened only last year").
 */
const REOPEN_NOT_DONE_RE =
  /\b(?:will|would|to|until|till|when|once|before|after|if|whether|unless|can|could|may|might|plans?|expected|hopes?|ready)\b[^.;,]{0,30}$|\b(?:which|that|who)\s+(?:had\s+|has\s+|was\s+)?(?:only\s+|just\s+|\w+ly\s+)?$/;
/** The mission the reopening is about, near it: "reopened its embassy in Minsk", "the embassy … has reopened". */
const EMB_NEAR_RE = /\b(?:embass(?:y|ies)|high commission|diplomatic (?:operations|presence)|ambassade|botschaft|ambasciata|diplomatic mission|mission diplomatique|missione diplomatica)\b/g;

/** The urging verb that governs a trigger at `a` is negated ("stopped short of urging … to leave"). */
function urgingNegated(low: string, a: number): boolean {
  const before = backWindow(low, a, 110, false);
  const v = lastMatchAt(URGING_ALL_RE, before);
  return v >= 0 && negatedBefore(low, a - before.length + v, 30);
}

/** Offset of the last match of global `re` in `s`, or -1. */
function lastMatchAt(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let at = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    at = m.index;
    if (m[0].length === 0) re.lastIndex++;
  }
  return at;
}

/** A German object before "(zu) verlassen" that is a part of the country, a building or a place: ", die Region Kidal (umgehend)
 * zu ", ", den Grossraum Tokio und den Nordosten Japans zu ". (Not "die Hauptstadt": leaving the capital reads as leaving the
 * country, as in English.) */
const DE_PART_OBJECT_BEFORE_RE =
  /(?:^|,)\s*(?:[^\s,;]+\s+){0,3}?(?:die|den|das|dem|ihre|ihren|ihr)\s+(?:[^\s,;]+\s+)?(?:gebiet\w*|bereich\w*|region\w*|provinz\w*|gro(?:ss|ß)raum\w*|flughafen|hotel\w*|unterk[üu]nft\w*|wohnung\w*|norden|s[üu]den|osten|westen|nord(?:osten|westen)|s[üu]d(?:osten|westen)|landesteil\w*|krisengebiet\w*|zone\w*|umgebung|stadtteil\w*|viertel)\b[^,;]{0,60}?\s$/;
/** Addressees placed in areas just named, before the verb: "Canadians currently present in these areas are encouraged to ". */
const AREA_ADDRESSEES_BEFORE_RE =
  /\b(?:in|within)\s+(?:these|those|such|the affected|the following|the above|the listed)\s+(?:areas?|regions?|provinces?|districts?|parts?|zones?|locations?|places?)\b[^.;]{0,60}$/;
const NON_COUNTRY_PLACE_RE =
  /^\s*(?:sie |vous |voi )?(?:\w+mente |imm[ée]diatement |sofort |umgehend )?(?:the |this |that |their |your |its |die |den |das |la |le |les |l'|il |lo |gli |i |le )?(?:\S+ )?(?:gebiet\w*|bereich\w*|gro(?:ss|ß)raum\w*|zone\w*|ortschaft\w*|geb[aä]ude|wohnung\w*|haus|h[aä]user|quartier\w*|zona|zone|aree|area|edifici\w*|regions?|region[ei]|areas|provinces?|provincia|citt[aà]|ville|immeuble\w*|b[aâ]timent\w*|a[ée]roport\w*|flughafen|aeroporto|albergh?\w*|h[oô]tel\w*)\b|^\s*(?:the |this |that |their |your |its )?(?:immediate )?(?:airport|terminal|area|areas|vicinity|building|buildings|premises|region|hotel|hotels|site|scene|city cent(?:er|re)|square|zone|beach|island|camp|house|home|homes|homestays?|accommodations?|residences?|apartments?|flats?|hostels?|dorm(?:s|itor(?:y|ies))?|campus|venue|stadium|neighbou?rhood|district|street|office|plane|aircraft|vehicle|car|bus|train|ship|vessel|premises|compound|embassy|consulate|building|queue|line|mall|market)\b/;

export interface Mask {
  start: number;
  end: number;
}

function masked(masks: Mask[], a: number, b: number): boolean {
  for (const m of masks) if (a < m.end && b > m.start) return true;
  return false;
}

const STAFF_RE =
  /\b(?:staff|personnel|employees|diplomats|diplomatic staff|family members|dependents|dependants|families of|government employees|embassy staff|officials|personale|mitarbeiter\w*|personal|bedienstete\w*|familienangeh[öo]rige\w*|agents|personnels?)\b/;

/**
 * Gates: word starts every match of a detector contains (accent-free, so that they hold on unfolded
 * text too; a word inside a compound is listed by the compound's start: 'evacu' for "l'évacuation",
 * 'ruckhol' for "Rückholflug"). A sentence without any of them skips that detector's regular expressions.
 * Keep in step with the detectors.
 */
const G_FALSE = ['fals', 'fake', 'hoax', 'untrue', 'debunk', 'faux', 'fauss', 'infondat', 'smentit', 'dementi', 'earlier version', 'incorrectly', 'erroneous', 'wrongly', 'par erreur'];
/** LIFT_RE, LIFT2_RE: "(ordered|authori[sz]ed|voluntary) (departure|evacuation|drawdown)" (… "is over", not "protests over power cuts"),
 * and "authorized the return of (eligible) family members" (or of non-emergency staff; "essential staff" returning ends no departure). */
const G_DEP_KIND = ['ordered', 'authori', 'voluntary'];
const G_LIFT_FR_DE_IT = ['depart ordonn', 'evacuation', 'aufhebung', 'revoca'];
const G_ORDERED = ['ordered', 'befehl', 'anweisung', 'orders', 'ordering', 'order the', 'order a', 'drawdown', 'entschieden, dass', 'beschlossen, dass', 'been told to', 'been instructed to', 'been directed to', 'drew down', 'drawn down', 'drawing down', 'draw down', 'reduc', 'cut to', 'scaled', 'mandatory', 'compulsory', 'required', 'withdr', 'pull', 'ordonn', 'ordin', 'ordne', 'partenza', 'retrait', 'retir', 'abgezogen', 'abzuziehen', 'abziehen', 'zuruckgerufen', 'zuruckzurufen', 'botschaftspersonal', 'botschaftsmitarbeiter', 'diplomaten', 'notfallpersonal', 'notbesetzung', 'rumpfbesetzung', 'minimalbesetzung', 'notpersonal', 'personals', 'angeordnete', 'angeordnet', 'angewiesen', 'ritiro', 'rientrare', 'retour des familles', 'sent home', 'non-essential', 'nonessential', 'non-emergency', 'nonemergency', 'dependents', 'dependants', 'family members', 'families', 'ein teil', 'einen teil', 'instructed', 'skeleton', 'part of the staff', 'majority of the staff', 'half of the staff', 'most of the staff'];
const G_AUTH = ['authori', 'voluntary', 'allow', 'permit', 'at will', 'depart volontaire', 'freiwillige', 'frei', 'partenza volontaria', 'autorizzat', 'autorise', 'they can leave', 'they may leave', 'they can depart', 'they may depart', 'they can return', 'they may return', 'they can go', 'they may go', 'if they wish', 'if they choose', 'if they want', 'if they so wish'];
const G_LEAVE = ['leave', 'leaving', 'depart', 'exit', 'get out', "s'en aller", 'quitt', 'verl', 'reisen', 'ausreis', 'abreis', 'auszureis', 'lascia', 'lascino', 'abbandonare', 'andarsene', 'partire', 'return home', 'come home', 'partir', 'rientr', 'rentr', 'zuruckzukehren', 'heimzukehren'];
const G_IMMEDIATE = ['immediate', 'depart', 'leave', 'depart imm', 'sofortige', 'partenza'];
const G_EVAC = [
  'escort', 'scortat', 'eskort', 'provided flight', 'organized flight', 'organised flight', 'arranged flight', 'sponsored flight', 'to safety', 'in salvo', 'in sicurezza', 'en securite',
  'evacu', 'relocat', 'facilitat', 'secur', 'ausser landes', 'außer landes', 'airlift', 'repatri', 'rapatri', 'rimpatri', 'rescue', 'charter', 'assisted', 'evaku', 'ruckhol', 'rueckhol', 'ausgefl', 'ausfl', 'auszufl', 'ponte aereo', 'arrang', 'carried', 'ferried', 'transported', 'moved', 'deplace', 'carrying', 'ferrying', 'transporting',
  'organi', 'operated', 'fly', 'flies', 'flew', 'flown', 'home from', 'affret', 'speci', 'premier vol', 'volo ', 'voli ', 'vol ', 'vols ', 'fliegt', 'flog', 'fliegen', 'sonderfl', 'seats', 'places', 'berths',
  'brachte', 'bringt', 'bringen', 'holte', 'riport', 'zuruckgehol', 'zuruckhol', 'zuruckzuhol', 'zuruckgeflog', 'rientrat',
];
const G_EMB = ['embass', 'consulat', 'mission', 'high commission', 'ambas', 'botschaft', 'konsulat', 'konsularagentur', 'agence consulaire', 'agences consulaires', 'agenzia consolare', 'consular agency', 'generalkonsulat', 'consolato', 'representation', 'représentation', 'diplomatic operations', 'diplomatic presence'];
const G_SHELTER = ['shelter', 'stay', 'remain', 'from leaving', 'rest', 'stare', 'stiano', 'demeur', 'confiner', "s'abrit", "mettre a l'abri", 'bleiben', 'sicheren ort', 'geschutzten ort', 'riman', 'not leave', 'not to leave', 'never leave', 'never to leave', 'not go out', 'not to go out', 'never go out', 'ne pas quitter', 'ne pas sortir', 'nicht zu verlassen', 'non lasciare', 'non uscire', 'non lasciate', 'non uscite', 'sortez pas', 'quittez pas'];
/** A raise whose object is a hazard's status or alert: "raised the volcano's status", "raised Mount X's alert level". */
const HAZARD_OBJECT_RE =
  /^\S+\s+(?:the\s+|its\s+)?(?:[\w.'-]+\s+){0,2}?(?:volc[aá]n\w*|volcano\w*|crater'?s?|eruption|storm'?s?|hurricane'?s?|cyclone'?s?|typhoon'?s?|river'?s?|tsunami|wildfire'?s?|fire danger|earthquake|flood'?s?|dam'?s?)(?:'s)?\s+(?:status|alert(?:\s+level)?|warning(?:\s+level)?|danger(?:\s+level)?|level)\b/;

/** Shelter that lasts until a crowd or a protest has passed: a routine precaution near a demonstration. */
const PROTEST_PASSES_AFTER_RE = /^[^.;]{0,40}?\buntil\s+(?:the\s+)?(?:crowds?|protests?|demonstrations?|protesters|demonstrators|gatherings?|rall(?:y|ies)|marches?)\s+(?:has\s+|have\s+)?(?:dissipat|dispers|disband|subsid|end|pass|clear|move[sd]?\s+on)\w*/;
/** A foreign ministry's own "threat level for" a country is its travel advice ("The State Department says it's raising the threat
 * level for Nicaragua"), not that country's terror-threat level. */
const MINISTRY_THREAT_FOR_RE = /^(?:(?!\bterror)[^.;]){0,40}?\bthreat level (?:for|to|in)\s/;
/** A foreign ministry named before such a change. */
const MINISTRY_BEFORE_RE = /\b(?:state department|department of state|foreign (?:office|ministry)|fcdo|global affairs|dfat|smartraveller|ministry of foreign affairs)\b/;
/** A government's travel advice changed by way of the change that follows: "updated its travel advisory to Sri Lanka by ". */
const ADVICE_BY_BEFORE_RE = /\b(?:its|their)\s+travel\s+(?:advisory|advice|warning)\b[^.;]{0,60}?\bby\s+$/;

/** Before a change: the news "comes after" it, so it is an earlier one ("It comes just under a month after the FCDO "). */
const COMES_AFTER_BEFORE_RE =
  /\b(?:it|this|that|the (?:move|decision|change|update|announcement|warning|advice))\s+(?:comes?|came)\s+(?:[^\s,.;]+\s+){0,5}?after\s+(?:[^\s,.;]+\s+){1,4}$/;

/** Before an imperative: nothing but a list mark, or an alert's "Actions to Take:" heading. */
const IMPERATIVE_START_BEFORE_RE = /^\s*(?:[-\u2022*\u00b7]\s*)?$|\bactions? to take\s*:\s*(?:[-\u2022*\u00b7]\s*)?$/;

/** RAISED_RE / LOWERED_RE lookaheads (plus "to/from [1-4]", tested apart). */
const G_LEVEL_CHANGE = ['level', 'advi', 'warn', 'high degree', 'increased caution', 'reisewarn', 'teilreisewarn', 'gewarn', 'alert', 'niveau', 'livello', 'highest', 'maximum', 'top', 'do not travel', 'reconsider', 'avoid', 'reiseinformation', 'hinweis', 'reisehinweis', 'sicherheitshinweis', 'stufe', 'sicherheitsstufe', 'warnstufe', 'risikostufe'];

const G_TO_FROM_DIGIT = ['to 1', 'to 2', 'to 3', 'to 4', 'from 1', 'from 2', 'from 3', 'from 4'];
/** A government's own level words in German, before a verb that ends the clause ("… seine Reiseinformation … verschärft"). */
const G_DE_CHANGE = ['reisewarnung', 'teilreisewarnung', 'reiseinformation', 'reisehinweis', 'sicherheitshinweis', 'sicherheitsstufe', 'warnstufe', 'risikostufe', 'hinweise fur reisen'];
/** ADVICE_LIFTED_RE: "no longer advise against", "ne déconseille plus", "Reisewarnung … aufgehoben", "nicht mehr gewarnt". */
const G_ADVICE_LIFTED = ['no longer', ' plus', 'reisewarnung', 'teilreisewarnung', 'nicht mehr', ' più', ' piu', 'remov', 'withdr', 'lifted', 'lifts', 'lifting', 'rescind', 'scrap', 'dropped', 'dropping', 'drops'];
/** A colour scale's words (the Netherlands', France's map, Belgium's): COLOUR_CHANGE_RE. */
const G_COLOUR = ['orange', 'rouge', 'rosso', 'arancion', 'yellow', 'jaune', 'gelb', 'giallo', 'red ', 'rot '];
/** "Level 3, up from Level 2"; "Stufe 3, zuvor Stufe 2". */
const G_NOW_PREV = ['up from', 'down from', 'zuvor', 'previously', 'bisher', 'auparavant', 'precedemment', 'in precedenza'];

/** The gate's word families, by name (a family's bit is its place in this object, so the names cannot drift from it). */
const FAMILIES = {
  FALSE: G_FALSE,
  DEP_KIND: G_DEP_KIND,
  LIFT_FR_DE_IT: G_LIFT_FR_DE_IT,
  ORD_AUTH: ['ordered', 'authori'],
  AUTH: ['authori'],
  ORDERED: G_ORDERED,
  AUTH_DEP: G_AUTH,
  LEAVE: G_LEAVE,
  IMMEDIATE: G_IMMEDIATE,
  EVAC: G_EVAC,
  EMB: G_EMB,
  SHELTER: G_SHELTER,
  LEVEL_CHANGE: G_LEVEL_CHANGE,
  TO_FROM_DIGIT: G_TO_FROM_DIGIT,
  LEVEL: ['level'],
  FROM: ['from', 'dal livello', 'du niveau', 'von stufe', 'von sicherheitsstufe', 'von warnstufe', 'von risikostufe'],
  AUSREISE: ['ausreiseaufforderung', 'aufforderung zur', 'aufruf zur', 'appell zur', 'zur ausreise', 'zur sofortigen ausreise', 'zur umgehenden ausreise', 'die ausreise', 'die sofortige ausreise', 'die umgehende', 'die rasche', 'die baldige', 'die vorzeitige', 'die zeitnahe', 'die vorubergehende'],
  DE_CHANGE: G_DE_CHANGE,
  NOW_PREV: G_NOW_PREV,
  ADVICE_LIFTED: G_ADVICE_LIFTED,
  COLOUR: G_COLOUR,
  // (German, French and Italian reopenings all hold one of: 'wieder (ge|er)öffnet', 'rouvert', '(de nouveau) ouvert', 'riaperta', '(di nuovo) aperta')
  // ('citizens to evacuate': the intransitive call needs the verb itself)
  CIT_EVACUATE: ['evacuate'],
  // (a reopening told by the flag flying again or by the first government to reopen holds one of: 'flotte', 'flies', 'sventola',
  // 'relaunch', 'rouvrir', 'relancer', 'riaprire', 'rilanciare', 'riattivare'; German 'weht wieder' holds 'wieder')
  REOPEN: ['reopen', 're-open', 'open again', 'remains open', 'resumed', 'wieder', 'rouvert', 'ouvert', 'riapert', 'apert', 'flotte', 'flies', 'is flying', 'sventola', 'relaunch', 'rouvrir', 'relancer', 'riaprire', 'rilanciare', 'riattivare'],
} as const satisfies Record<string, readonly string[]>;
type Family = keyof typeof FAMILIES;
const FAMILY_NAMES = Object.keys(FAMILIES) as Family[];
const BIT = Object.fromEntries(FAMILY_NAMES.map((k, i) => [k, 1 << i])) as Record<Family, number>;
const {
  FALSE: F_FALSE, DEP_KIND: F_DEP_KIND, LIFT_FR_DE_IT: F_LIFT_FR_DE_IT, ORD_AUTH: F_ORD_AUTH, AUTH: F_AUTH, ORDERED: F_ORDERED,
  AUTH_DEP: F_AUTH_DEP, LEAVE: F_LEAVE, IMMEDIATE: F_IMMEDIATE, EVAC: F_EVAC, EMB: F_EMB, SHELTER: F_SHELTER,
  LEVEL_CHANGE: F_LEVEL_CHANGE, TO_FROM_DIGIT: F_TO_FROM_DIGIT, LEVEL: F_LEVEL, FROM: F_FROM, AUSREISE: F_AUSREISE,
  DE_CHANGE: F_DE_CHANGE, NOW_PREV: F_NOW_PREV, ADVICE_LIFTED: F_ADVICE_LIFTED, COLOUR: F_COLOUR, REOPEN: F_REOPEN, CIT_EVACUATE: F_CIT_EVACUATE,
} = BIT;
const GATES = DETECTOR_GATES.gate(FAMILY_NAMES.map((k) => FAMILIES[k]));

/** Before a verb of leaving, the end of a wait ("until it is safe to", "until conditions allow you to", "jusqu'à ce qu'il soit
 * possible de", "finché non sarà sicuro"): no call to leave. */
const UNTIL_SAFE_BEFORE_RE =
  /\b(?:until|till)\s+(?:it\s+is|it's|it\s+becomes|conditions\s+(?:are|allow(?:\s+you)?|permit(?:\s+you)?)|you\s+(?:can|are able to))\s+(?:(?:safe|possible|safer)\s+)?(?:for\s+you\s+)?(?:to\s+)?$|\bjusqu'[àa]\s+ce\s+qu'il\s+soit\s+(?:possible|s[uû]r|sans danger)\s+de\s+$|\bfinch[ée]\s+non\s+(?:sar[àa]|sia)\s+(?:possibile|sicuro)\s+$/;

/** Before an instruction to shelter: the order that told it, lifted, with its addressees ("lifted its order for personnel in
 * the Department of Cortes to "). */
const SHELTER_ORDER_LIFTED_BEFORE_RE =
  /\b(?:lift(?:s|ed|ing)?|rescind(?:s|ed|ing)?|end(?:s|ed|ing)?|cancell?(?:s|ed|ing)?|withdr(?:aw|aws|ew|awn|awing))\s+(?:the|its|their|our|this|that)\s+(?:[\w-]+\s+)?(?:orders?|instructions?|advice|recommendations?|guidance|advisory|directives?|requests?)\s+(?:for|to)\b[^.;]{0,70}?\bto\s+$/;

/** The detectors' patterns, compiled once (global ones are rewound at each call). */
const LIFT_RE =
  /\b(?:lift(?:ed|ing|s)?|end(?:ed|ing|s)?|the end|remov(?:e|ed|es|ing|al)|terminat(?:ed|es|ing|ion)|conclu(?:ded|des|sion)|rescind(?:ed|s)?|revok(?:ed|es)|cancell?(?:ed|s)?|withdr[ae]w|ended)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:previous\s+)?(?:mandatory\s+)?(?:ordered|authori[sz]ed|voluntary)(?:\s+(?:and|or)\s+(?:ordered|authori[sz]ed))?\s+(?:departure|evacuation|drawdown)\b(?:\s+(?:mandate|status|order|posture))?|\bauthori[sz](?:ed|es|ing)\s+the\s+return\s+of\s+(?:\S+\s+){0,4}?(?:family members|dependents|dependants|non-?emergency\s+(?:staff|personnel|employees))\b/g;
const LIFT2_RE =
  /\b(?:ordered|authori[sz]ed|voluntary)\s+(?:departure|evacuation|drawdown)(?:\s+(?:mandate|status|order|posture))?(?:[^.;]|(?<=\b[a-z])\.){0,60}?\b(?:(?:has|have|had|was|were|is|are)?\s*(?:been\s+)?(?:lifted|ended|terminated|expired|concluded|rescinded|revoked|cancell?ed)|(?:was|were|is|are)\s+(?:now\s+)?over)\b/g;
const LIFT_FR_DE_IT_RE =
  /\b(?:lev[ée]e?|fin) (?:du|de l'|de la) (?:d[ée]part ordonn[ée]|[ée]vacuation)|aufhebung der (?:angeordneten )?ausreise|revoca (?:della )?partenza/g;
const REPLACES_RE =
  /\b(?:replac(?:es|ed|ing)|supersed(?:es|ed|ing)|upgrad(?:es|ed|ing)|instead of|in place of|downgrad(?:ed|es|ing) from|reduc(?:ed|es|ing) from|moved from|changed from|down from)\s+(?:the\s+|an?\s+|its\s+)?(?:previous\s+|earlier\s+|prior\s+)?(?:ordered|authori[sz]ed)\s+(?:departure|evacuation)/g;
const NO_LONGER_RE =
  /\bauthori[sz]ed\s+departure\b(?=(?:[^.;]|(?<=\b[a-z])\.){0,40}?\b(?:is|was|are)\s+no\s+longer\s+in\s+(?:effect|force|place)\b)/g;
const UPGRADE_RE =
  /\b(?:from\s+(?:an?\s+|the\s+)?authori[sz]ed(?:\s+departure)?\s+to\s+(?:an?\s+)?ordered|authori[sz]ed\s+departure(?:[^.;]|(?<=\b[a-z])\.){0,80}?\b(?:was|has been|had been|is now|became|becomes|turned into|(?:was\s+)?(?:raised|upgraded|elevated|converted|changed|escalated)(?:\s+to)?)\s+(?:an?\s+|to\s+(?:an?\s+)?)?ordered)/g;
const ORDERED_RE =
  /\border(?:ed|s|ing)?\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\s+)?(?:the\s+|their\s+|its\s+|an?\s+)?(?:(?:further|partial|mandatory|new|second)\s+)?(?:departure|evacuation|drawdown|withdrawal|pull-?out)\b|\bordered[- ]departure\b|\b(?:family members|families|dependents|dependants)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:embassy\s+|diplomatic\s+)?(?:staff|diplomats|personnel|employees)\s+(?:will|are to|must|have to|are being sent to)\s+(?:return home|go home|leave|depart)\b|\border(?:ed|s|ing)\s+(?:an?\s+|the\s+)?(?:further\s+|additional\s+|significant\s+|major\s+|sharp\s+)?(?:reduction|drawdown|cut)\s+(?:of|in)\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+){0,3}?(?:staff(?:ing)?|personnel|employees|diplomats|presence)\b|\bordered\s+and\s+authori[sz]ed\s+departures?\b|\border(?:ed|s|ing)\s+(?:all\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?|the\s+|its\s+|their\s+|some\s+(?:of\s+(?:the\s+|its\s+|their\s+))?)?(?:(?:diplomats|diplomat's|employees|staff)'s?\s+(?=famil|dependent|dependant|spouse|relative))?(?:(?:u\.s\.|american|british|canadian|australian)\s+(?=non-?emergency|non-?essential))?(?:non-?emergency|non-?essential|embassy|diplomatic|u\.s\. government|government|family|families|dependents|dependants|relatives|spouses)\b(?:[^.;]|(?<=\b[a-z])\.){0,120}?\b(?:to\s+(?:leave|depart)|(?:staff|personnel|employees|diplomats|members|dependents|dependants|families)\s+out\s+of)\b|\border(?:ed|s|ing)\s+(?:all\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?|the\s+|its\s+|their\s+)?(?:staff|personnel|employees|workers|diplomats)(?:\s+and\s+(?:their\s+|its\s+)?(?:families|family members|dependents|dependants))?\s+(?:at|of|in)\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+)?(?:embassy|embassies|consulate|consulates|mission)\b(?:[^.;]|(?<=\b[a-z])\.){0,80}?\bto\s+(?:leave|depart|evacuate)\b|\border(?:ed|s|ing)\s+(?:all\s+|its\s+|their\s+|the\s+)?(?:diplomats|embassy\s+staff|diplomatic\s+staff)\s+(?:and\s+(?:their\s+)?(?:families|dependents|dependants)\s+)?to\s+(?:leave|depart|exit)\b|\b(?:drew|drawn|drawing|draws|draw)\s+down\s+(?:its\s+|their\s+|our\s+|the\s+)?(?:non-?essential\s+|non-?emergency\s+)?(?:embassy\s+|diplomatic\s+)?(?:staff(?:ing)?|personnel|presence|employees)\b|\border(?:ed|s|ing)\s+(?:more than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+|almost\s+)?(?:half|two-thirds|a third|most|\d+(?:\s*(?:per\s*cent|percent|%))?)\s+of\s+(?:its\s+|the\s+|their\s+|u\.s\.\s+|american\s+|british\s+)?(?:embassy\s+|diplomatic\s+|government\s+)?(?:staff|personnel|employees|diplomats)\b(?:[^.;]|(?<=\b[a-z])\.){0,60}?\bto\s+(?:leave|depart)\b|\b(?:been|was|were|is|are)\s+(?:further\s+|temporarily\s+)?(?:reduced|reducing|cut|cutting|scaled (?:back|down)|scaling (?:back|down))\s+to\s+(?:only\s+|a\s+)?(?:essential|emergency|minimum|minimal|skeleton|core)\s+(?:staff(?:ing)?|personnel|team)\b|\breduc(?:ed|es|ing)\s+(?:its\s+|their\s+|the\s+)?(?:embassy\s+|diplomatic\s+)?(?:staff(?:ing)?|personnel|presence)\s+(?:\S+\s+){0,4}?to\s+(?:a\s+|the\s+)?(?:bare\s+)?(?:minimum|essential|emergency|skeleton)\b|\b(?:requested|required|directed|instructed|told)\s+(?:all\s+(?:of\s+)?(?:its\s+|their\s+|the\s+)?|its\s+|their\s+)?(?:non-?emergency|non-?essential)\s+(?:u\.s\.\s+|american\s+|british\s+)?(?:citizen\s+)?(?:government\s+|embassy\s+|diplomatic\s+)?(?:staff|personnel|employees|workers|diplomats)\b(?:[^.;]|(?<=\b[a-z])\.){0,60}?\bto\s+(?:leave|depart)\b|\b(?:zieht|ziehen|zog|zogen)\b[^.;]{0,100}?\b(?:\d+\s*(?:prozent|%)|(?:die\s+)?h[äa]lfte|den\s+gro(?:ß|ss)teil|einen\s+teil|teile)\s+(?:ihres|seines|des|der)\s+(?:botschafts)?(?:personals|mitarbeiter\w*|diplomaten)\b[^.;]{0,60}?\bab\b|\b(?:ein(?:en)?\s+teil|teile|die\s+h[äa]lfte|den\s+gro(?:ß|ss)teil)\s+(?:des|der|ihres|seines)\s+(?:botschafts)?(?:personals|mitarbeiter\w*|diplomaten|besch[äa]ftigten|bediensteten)\b(?:(?!\b(?:kann|k[öo]nnen|konnte|konnten|darf|d[üu]rfen|durfte|durften|freiwillig)\b)[^.;]){0,80}?\b(?:abgezogen|ausreisen|evakuiert\w*)\b|\b(?:nur\s+noch|lediglich|nur)\s+(?:eine\s+|ein\s+)?(?:notfallpersonal|notbesetzung|rumpfbesetzung|minimalbesetzung|notpersonal)\b|\b(?:mandatory|compulsory|required)\s+(?:departure|evacuation|drawdown)\b(?!\s+(?:orders?|notices?|zones?|warnings?)\b)(?![^.;]{0,40}\b(?:residents|inhabitants|low-lying|coastal areas|villages|neighbou?rhoods|towns|districts)\b)|\bpull(?:ed|s|ing)?\s+(?:all\s+|its\s+|their\s+|the\s+)?(?:non-?emergency|non-?essential|embassy|diplomatic)\s+(?:staff|personnel|employees|diplomats)\b|\bevacuat(?:ed|es|ing|e)\s+(?:all\s+(?:of\s+)?)?(?:its\s+|their\s+|the\s+)?(?:non-?emergency|non-?essential)\s+(?:[\w.-]+\s+)?(?:staff|personnel|employees|diplomats)\b|\bevacuat(?:ed|es|ing|e)\s+(?:the\s+|all\s+)?(?:dependents|dependants|family members|families)\s+of\s+(?:its\s+|their\s+|the\s+)?(?:embassy\s+|diplomatic\s+|consulate\s+)?(?:staff|personnel|employees|diplomats)\b|\b(?:a\s+(?:large\s+|small\s+|significant\s+)?part|(?:the\s+)?majority|half|most)\s+of\s+(?:the\s+)?(?:staff|personnel|employees|diplomats)\s+of\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:embassy|consulate|mission)\b(?:[^.;]|(?<=\b[a-z])\.){0,60}?\b(?:will\s+be|were|was|have\s+been|has\s+been|had\s+been|are\s+being|is\s+being)\s+evacuated\b|\b(?:evacuat(?:ed|es|ing|e)|withdr[ae]w\w*|pull(?:ed|s|ing)?\s+out)\s+all\s+(?:except|but)\s+(?:a\s+)?(?:skeleton|core|minimal|minimum|essential|emergency)\s+(?:staff|team|crew)\b|\b(?:withdr[ae]w|withdrawn|withdrawing|withdraws|pulled out|pulling out|pulls out|pull out)\s+(?:["']?(?:an?\s+)?(?:(?:limited|small|large|certain|significant)["']?\s+)?(?:number|part|portion|proportion|majority|handful|some|most|half|many|several)\s+of\s+)?(?:all\s+|some\s+|its\s+|their\s+|most\s+|the\s+|remaining\s+)*(?:non-?essential\s+|non-?emergency\s+|embassy\s+|diplomatic\s+|consular\s+|u\.s\.\s+|uk\s+|british\s+|american\s+|canadian\s+|australian\s+|french\s+|german\s+|italian\s+|its\s+)*(?:staff|personnel|employees|diplomats|family members|dependants|dependents|families of (?:members of )?(?:staff|embassy staff|diplomats|personnel))\b|\b(?:staff|personnel|employees|diplomats|family members|dependants|dependents)\b(?:[^.;]|(?<=\b[a-z])\.){0,80}?\b(?:have|has|had|were|was|are|is|being|been)\s+(?:been\s+|to\s+be\s+)?(?:temporarily\s+|\w+ly\s+)?(?:withdrawn|pulled out|ordered\s+(?:(?:on\s+\w+|today|yesterday|this\s+week|last\s+week|\w+ly|by\s+(?:the\s+)?(?:state\s+)?(?:department|ministry|government|foreign office))\s+)?to\s+(?:leave|depart))\b|\bd[ée]part ordonn[ée]|\bordonn\w*\s+(?:\S+\s+)?le\s+d[ée]part\s+(?:de|des|du|d')\s*(?:ses\s+|leurs\s+|tous\s+les\s+|l'|la\s+|son\s+)?(?:\S+\s+){0,2}?(?:diplomates|personnels?|employ[ée]s|agents|familles|fonctionnaires)\b|\bordonn\w*\s+(?:d[ée]sormais\s+|maintenant\s+)?leur\s+d[ée]part\b(?<=\b(?:employ[ée]s|diplomates|personnels?|familles)\b[^.;]{0,150})|\bordonn\w*\s+(?:[àa]|aux)\s+(?:(?:leur|leurs|son|ses|tout|toute|tous|le|la|les|l')\s*){1,2}(?:\S+\s+){0,2}?(?:personnels?|diplomates|employ[ée]s|agents|fonctionnaires|familles)\b(?:\s+[^\s.;,]+){0,3}?\s+de\s+quitter\b|\bordin\w*\s+(?:\S+\s+)?l'evacuazione\s+(?:del|dello|dei|degli|delle|della)\s+(?:\S+\s+){0,2}?(?:staff|personale|diplomatici|dipendenti|famiglie|funzionari)\b|\bordonn\w*\s+(?:\S+\s+)?l'evacuation\s+(?:du|de son|de leur|des|de ses|de leurs)\s+(?:\S+\s+){0,2}?(?:personnels?|diplomates|employes|agents|familles)\b|\bordne\w*\s+(?:\S+\s+){0,4}?(?:die\s+)?evaku(?:ierung|ation)\s+(?:des|der|von|ihres|ihrer|seines|seiner)\s+(?:\S+\s+){0,2}?(?:botschaftspersonals|personals|diplomaten|botschaftsmitarbeiter\w*|mitarbeiter\w*)\b|\bordinat[oa]\s+(?:\S+\s+)?la\s+partenza\s+(?:de[il]|degli|delle|della)\s+(?:\S+\s+){0,2}?(?:diplomatici|personale|dipendenti|famiglie|funzionari)\b|\bretrait (?:temporaire )?(?:du|de son|des) (?:personnels?|agents|diplomates)\b|\bretir[ée]\w*\s+(?:(?:tout|toute|tous)\s+)?(?:le|la|les|son|sa|ses|leur|leurs)\s+(?:\S+\s+)?(?:personnels?|agents|diplomates|employ[ée]s)\b|\b(?:personal|botschaftspersonal|mitarbeiter\w*|botschaftsmitarbeiter\w*|diplomaten)\b(?:[^.;]|(?<=\b[a-z])\.){0,60}\b(?:abzuziehen|abziehen|zur[üu]ckgerufen|zur[üu]ckzurufen|zur[üu]ckrufen)\b|\b(?:ruft|rief|riefen|rufen|zieht|zog|zogen|ziehen)\s+(?:\S+\s+){0,5}?(?:personal|botschaftspersonal|mitarbeiter\w*|botschaftsmitarbeiter\w*|diplomaten)\b(?:[^.;]|(?<=\b[a-z])\.){0,60}?\b(?:zur[üu]ck|ab)\b|\b(?:personal|botschaftspersonal|mitarbeiter\w*|botschaftsmitarbeiter\w*|diplomaten)\b(?:[^.;]|(?<=\b[a-z])\.){0,60}\babgezogen\b|\b(?:zog|zogen|zieht|ziehen)\s+(?:\S+\s+){0,4}?(?:personal|botschaftspersonal|mitarbeiter\w*|botschaftsmitarbeiter\w*|diplomaten)\b(?:[^.;,]){0,60}?\bab\b|\bangeordnete ausreise\b|\b(?:beschaftigte\w*|mitarbeiter\w*|personal|diplomaten|bedienstete\w*|angehorige\w*|familien\w*)\b[^.;]{0,80}?\b(?:den\s+befehl|die\s+anweisung)\s+(?:bekommen|erhalten)\b[^.;]{0,20}?\b(?:auszureisen|das\s+land\s+zu\s+verlassen)\b|\bangeordnet,?\s+dass\s+(?:[^.;]{0,60}?\b)?(?:mitarbeiter\w*|personal\w*|bedienstete\w*|diplomaten|botschaftsmitarbeiter\w*|botschaftspersonal\w*|regierungsangestellte\w*|familien\w*|angeh[öo]rige\w*|begleitpersonen\w*)\b[^.;]{0,80}?\b(?:verlassen|ausreisen)\s+(?:m[üu]ssen|sollen)\b|\b(?:entschieden|beschlossen),?\s+dass\s+(?:[^.;]{0,60}?\b)?(?:botschaftsmitarbeiter\w*|botschaftspersonal\w*|begleitpersonen\w*|familienangeh[öo]rige\w*|angeh[öo]rige\w*\s+der\s+(?:botschaft|mitarbeiter)\w*)\b[^.;]{0,80}?\b(?:verlassen|ausreisen)(?:\s+(?:m[üu]ssen|sollen))?\b|\bausreise\s+(?:der|von|aller|des)\s+(?:[^.;]{0,60}?\b)?(?:familien\w*|angeh[öo]rige\w*|botschaftsmitarbeiter\w*|botschaftspersonal\w*|personal\w*|mitarbeiter\w*|bedienstete\w*|regierungsangestellte\w*|diplomaten)\b[^.;]{0,80}?\b(?:angeordnet|angewiesen|verf[üu]gt)\b|\britiro (?:del|dei) (?:personale|diplomatici)\b|\b(?:personale|diplomatici|familiari|funzionari)\b(?:[^.;]){0,80}?\b(?:e stato|e stata|sono stati|sono state|viene|vengono|verra|verranno)\s+(?:\S+\s+)?fatt[oiae]\s+rientrare\b|\b(?:far|fare|fatto|fa|fanno|faremo|far[aà])\s+rientrare\s+(?:tutto\s+|tutti\s+|parte\s+del\s+)?(?:il|i|gli)\s+(?:personale|diplomatici|familiari|funzionari)\b|\bretour (?:en france )?des familles (?:des|de nos|du) (?:agents|diplomates|personnels?)\b|\b(?:dependents|dependants|families|family members|spouses)\s+of\s+(?:all\s+)?(?:\S+\s+){0,2}?(?:staff|personnel|employees|diplomats)\b(?:[^.;]|(?<=\b[a-z])\.){0,40}?\b(?:(?:have|has|had)\s+been|were|are being|is being)\s+sent\s+home\b|\bsent\s+home\s+(?:the\s+)?(?:dependents|dependants|families|family members)\s+of\s+(?:all\s+)?(?:\S+\s+){0,2}?(?:staff|personnel|employees|diplomats)\b|\b(?:departures?|evacuations?|drawdown)\s+(?:would|will|has|had|have|is|was|were)\s+(?:now\s+)?(?:been\s+)?(?:become|becomes|became|be\s+made|made)\s+(?:now\s+)?(?:mandatory|compulsory|obligatory)\b|\b(?:non-?emergency|non-?essential)\s+(?:[\w.-]+\s+){0,3}?(?:employees|staff|personnel)\b(?:[^.;]|(?<=\b[a-z])\.){0,60}?\b(?:have|has)\s+been\s+(?:told|ordered|instructed|directed)\s+to\s+(?:leave|depart)\b/g;
/** A withdrawal of a mission's whole staff, not of a part of it ("pulled out staff", "withdraw all diplomats and staff")… */
const WHOLE_STAFF_WITHDRAWN_RE = /^(?:withdr\w*|pull\w* out)\s+(?:(?:all|its|their|the|remaining|u\.s\.|british|american)\s+)*(?:embassy\s+|diplomatic\s+|consular\s+)?(?:staff|personnel|employees|diplomats)\b/;
/** … told beside the mission's closing in the same sentence ("closed their embassies in Yemen and pulled out staff") or out of
 * the embassy itself ("withdraw all diplomats from the U.S. Embassy in Caracas"): the mission is emptied — its staff evacuated,
 * not a drawdown of non-emergency staff while it works on. */
const MISSION_EMPTIED_RE = /\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|suspend(?:s|ed|ing)?)\s+(?:down\s+)?(?:operations\s+(?:at|in)\s+)?(?:(?:its|their|the|all)\s+)?(?:[\w.'-]+\s+){0,2}?(?:embass(?:y|ies)|missions?)\b|\b(?:embass(?:y|ies)|missions?)\b[^.;]{0,40}?\b(?:(?:was|were|has been|have been|had been)\s+)?(?:closed|shut(?: down)?)\b/;
/** Right after the withdrawal, its staff taken out of the embassy itself ("… from the U.S. Embassy in Caracas"). */
const FROM_EMBASSY_RE = /^[^.;]{0,12}?\bfrom\s+(?:the\s+)?(?:[\w.'-]+\s+){0,2}?(?:embassy|mission)\b/;
/** An ORDERED_RE match that names the staff before its verb ("staff … were withdrawn", "families … were ordered to leave"). */
const STAFF_FIRST_RE = /^(?:staff|personnel|employees|diplomats|family members|dependants|dependents)\b/;
const AUTH_RE =
  /\b(?:staff|personnel|employees|family members|dependants|dependents)\b(?:[^.;]|(?<=\b[a-z])\.){0,80}?\b(?:have|has|had|were|was|are|is)\s+(?:been\s+)?(?:authori[sz]ed\s+to\s+(?:leave|depart)\b|(?:told|informed)\s+(?:that\s+)?they\s+(?:can|may)\s+(?:leave|depart|return|go\s+back|go\s+home)\b)|\b(?:family members|dependants|dependents)\b(?:[^.;]|(?<=\b[a-z])\.){0,80}?\b(?:can|may)\s+(?:leave|depart|return|go\s+back|go\s+home)\b(?=[^.;]{0,60}?\bif\s+they\s+(?:so\s+)?(?:wish|choose|want)\b)|\bauthori[sz](?:ed|es|ing|ation\s+(?:of|for))\s+(?:the\s+)?(?:voluntary\s+|optional\s+)?(?:departures?|evacuation|drawdown)\b|\bauthori[sz]ed[- ]departure\b|\bvoluntary\s+departure\b|\b(?:approv|allow|permitt?)(?:ed|es|ing|s)?\s+(?:the\s+)?departure\s+at\s+will\b|\b(?:allow(?:ed|s|ing)?|permit(?:ted|s|ting)?)\s+to\s+(?:leave|depart)\s+(?:part\s+of\s+|some\s+of\s+|all\s+)?(?:the\s+|its\s+)?(?:non-?emergency\s+|non-?essential\s+)?(?:staff|personnel|employees|family\s+members|dependents|dependants|diplomats)\b|\b(?:allow(?:ed|s|ing)?|permit(?:ted|s|ting)?|authori[sz](?:ed|es|ing))\s+(?:the\s+|all\s+|its\s+)?(?:non-?emergency|non-?essential|embassy|diplomatic|family)\b(?:[^.;]|(?<=\b[a-z])\.){0,80}?\bto\s+(?:leave|depart|return\s+home\b)|\bd[ée]part volontaire\b|\bfreiwillige ausreise\b|\bstellt\w*\s+es\s+(?:\S+\s+){0,6}?(?:besch[äa]ftigten|mitarbeiter\w*|personal\w*|angeh[öo]rigen|familien\w*|diplomaten|bediensteten)\b[^.;]{0,80}?\bfrei\b|\bpartenza volontaria\b|\bautorizzat[oaie]\s+(?:la\s+)?partenza\b|\bautoris[ée]e?s?\s+(?:le\s+)?d[ée]part\b/g;
const IMMEDIATE_DEP_RE =
  /\b(?:immediate departure|depart(?:ure)? immediately|leave immediately|leave now|depart now|d[ée]part imm[ée]diat|sofortige ausreise|partenza immediata)\b/g;
/** Evacuations and government-run departures. (Every alternative opens on a word: one that opened on a lookbehind or a broad
 * class would be tried at every position of every sentence, which once cost 5 % of the classifier's time.) */
const EVAC_RE =
  /\b(?:evacuat(?:e|es|ed|ing|ion|ions)|airlift(?:ed|ing|s)?|repatriat(?:e|ed|es|ing|ion)|rescue flights?|(?:escort(?:ed|es|ee|ees)|scortat[ioae]|eskortiert\w*)\s+(?:[^\s;,]+\s+){0,8}?(?:to\s+(?:the\s+)?|jusqu'a\s+l'|(?:fino\s+)?all'|zum\s+)(?:airports?|aeroport|aeroporto|flughafen)\b|zum\s+flughafen\b(?=[^.;]{0,80}?\beskortiert)|(?:brought|taken|took|flown|flew|got|ferried|escorted|transferred)\s+(?:[\w-]+\s+){0,5}?to\s+safety\b|(?:portat[ioae]|tratt[ioae]|mess[ioae])\s+in\s+(?:salvo|sicurezza)\b|(?:ha|hanno|abbiamo)\s+(?:portato|messo)\s+(?:\S+\s+){0,4}?in\s+(?:salvo|sicurezza)\b|mis(?:es?)?\s+en\s+s[ée]curit[ée]\b|charter(?:ed)? flights?|chartered(?<=\b(?:ships?|vessels?|ferr(?:y|ies)|planes?|aircraft|flights?|boats?|jets?)\b(?:\s+[\w'"-]+){0,4}?,?\s+chartered)(?=\s+by\s+(?:the\s+)?(?:[a-z]+\s+)?(?:government|authorities|foreign ministry|ministry)\b)|chartered\s+(?:(?:two|three|four|several|more|additional|extra|special|\d+)\s+){1,2}(?:flights?|planes?|aircraft)|charter(?:ed)? air (?:transportation|transport)|evacuation flights?|assisted[- ]departures?|-(?:assisted|chartered|provided|organi[sz]ed|arranged|sponsored)\s+(?:departure\s+|evacuation\s+|charter\s+|relief\s+)?flights?\b|(?:facilitat(?:e|es|ed|ing)|secur(?:ed|ing))\s+(?:[\w-]+\s+){0,2}?(?:transportation|transport|departures?|flights?)(?=\s+(?:for|of|from|out)\b)|(?:brought|bring(?:s|ing)?|flew|flown|fly(?:ing)?|ferried|carried) (?:[\w-]+ ){1,8}?home(?= from\b)|(?:carried|carrying|ferried|ferrying|transported|transporting) (?:[\w-]+ ){0,4}?(?:citizens|nationals|compatriots|evacuees|new zealanders|australians|americans|britons|canadians|[a-z]+ians|[a-z]+ese)\b(?= (?:\S+ ){0,6}?(?:to|out of|from)\b)|fl(?:ew|own) (?:[\w,]+ ){0,5}?[\w,]+(?= (?:from|out of)\b)|flown(?<=\b(?:were|was|have been|has been|had been|being) flown)(?= (?:from|out of)\b)|(?:transported|ferried|moved)(?<=\b(?:were|was|have been|has been|had been|being) (?:safely )?(?:transported|ferried|moved))(?= out of\b)|moved (?:[\w-]+ ){0,4}?(?:citizens|nationals|compatriots|evacuees|[a-z]+ians|[a-z]+ese)\b(?= out of\b)|deplace\w* (?:[\w-]+ ){0,4}?(?:citoyens|ressortissants|compatriotes)\b(?= (?:\S+ ){0,3}?hors d)|(?:arrang|organi[sz]|charter|affret)\w* (?:\w+ ){0,3}?(?:bus(?:es)?|coach(?:es)?|convoys?|ships?|ferry|ferries|vessels?|boats?|convogli|convois?|konvois?|autobus|pullman|navi|traghetti)\b|rapatri\w*|riport(?:a|ano|ato|ati|ata|ate|are|ando|iamo)\s+(?:\S+\s+){0,3}?(?:a casa|in patria|in italia)|rientrat[aeio]\s+in\s+(?:italia|patria)\b(?=(?:[^.;]){0,80}?\b(?:operazion[ei]\s+(?:aere[ae]|di rimpatrio|della farnesina)|vol[oi]\s+(?:speciali?|di rimpatrio|charter|militar[ei]|dell'aeronautica))\b)|[ée]vacu\w*|evakuier\w*|evakuation\w*|au(?:ss|ß)er landes (?:gebracht|geflogen|geschafft)|r[üu]ckholflug\w*|repatriierung\w*|r[üu]ckholung\w*|zur[üu]ckgeholt|zur[üu]ckholen|zur[üu]ckzuholen|zur[üu]ckgeflogen|ausgeflogen|ausfliegen|auszufliegen|evacua\w*|rimpatri\w*|voli charter|ponte aereo|(?:aircraft|planes?|jets?|airliners?|flights?|(?:airbus|boeing)\s+[\w-]+)\s+chartered\s+by\b|flights? (?:\w+ ){0,4}(?:arrang(?:ed|es|e|ing)\b|organi[sz](?:ed|es|e|ing)\b|charter\w+)|(?:arrang(?:ed|es|e|ing)\b|organi[sz](?:ed|es|e|ing)\b|charter\w+) (?:\w+ ){0,5}(?:flights?|aircraft|planes?)|operated (?:\w+ ){0,3}?(?:flights?|aircraft|planes?)|fl(?:y|ies) (?:\w+ ){0,3}home|(?:secured|reserved|block-booked|booked) (?:[\w,]+ ){0,3}?(?:seats|places|berths) (?:on|aboard) (?:\w+ ){0,3}?(?:flights?|planes?|aircraft|ships?|ferries|vessels)|(?:secured|reserved|block-booked|booked|organi[sz]ed|arranged) (?:[\w,]+ ){0,3}?(?:seats|places|berths) for (?:its|their) (?:own )?(?:citizens|nationals|compatriots)\b|relocat(?:e|es|ed|ing) (?:[\w.-]+ ){0,4}?(?:out of|outside(?: of)?) (?:the country\b|(?!(?:the |this |that )?(?:city|capital|area|region|zone|town|village|building|compound|premises|hotel|airport|camp|province|district|neighbou?rhood)\b)[a-z][a-z'-]+\b)|fl(?:y|ies|ew|own|ying) (?:\w+ ){0,4}?out\b(?! of (?:the )?(?:airport|city|capital)(?!(?:[^.;]|(?<=\b[a-z])\.){0,60}?\b(?:air force|military (?:aircraft|plane|jet|transport))))|vols? (?:\w+ ){0,2}(?:affret\w*|speciaux|special|de rapatriement|d'evacuation)|premier vol|fl(?:iegt|iegen|og|ogen)\b(?:[^.;]|(?<=\b[a-z])\.){0,120}\baus\b(?=\s*(?:[.,;!]|$))|sonderfl\w+|evakuierungsfl\w+|volo (?:speciale|militare|di rimpatrio)|vol[oi] (?:\S+ ){0,1}?\S*aeronautica militare|(?:mess[oaie]|mett\w*) a disposizione (?:\S+ ){0,5}?(?:un |dei |due )?(?:vol[oi]|aere[oi])\b|mis(?:e|es)? [àa] disposition (?:\S+ ){0,5}?(?:un |des |deux )?vols?\b|(?:brachte|brachten|bringt|bringen|holte|holten)\b[^.;]{0,60}?\b(?:mit|per|an bord)\s+(?:\w+\s+){0,2}?(?:milit[äa]rmaschinen?|milit[äa]rflugzeug\w*|bundeswehrmaschinen?|luftwaffenmaschinen?|sondermaschinen?|maschinen? der (?:luftwaffe|bundeswehr|streitkr[äa]fte|armee)|transall\w*|a400m|fregatt\w*|kriegsschiff\w*|marineschiff\w*)\b[^.;]{0,60}?\b(?:staatsangeh[öo]rige\w*|staatsb[üu]rger\w*|landsleute|b[üu]rger\w*|deutsche|franzosen|briten|italiener|[öo]sterreicher\w*|schweizer\w*|spanier\w*)\b|(?:brachte|brachten|bringt|bringen|holte|holten)\b[^.;]{0,80}?\b(?:staatsangeh[öo]rige\w*|staatsb[üu]rger\w*|landsleute|b[üu]rger\w*|deutsche|franzosen|briten|italiener|[öo]sterreicher\w*|schweizer\w*)\b[^.;]{0,50}?\b(?:mit|per|an bord)\s+(?:\w+\s+){0,2}?(?:milit[äa]rmaschinen?|milit[äa]rflugzeug\w*|bundeswehrmaschinen?|luftwaffenmaschinen?|sondermaschinen?|transall\w*|a400m|fregatt\w*|kriegsschiff\w*|marineschiff\w*))\b/g;
/** A German evacuation compound that names options, plans or drills ("Evakuierungsmöglichkeiten", "Evakuierungspläne"). */
const EVAC_OPTIONS_COMPOUND_RE = /^evaku\w*?(?:m[öo]glichkeit|optionen|plan|pl[äa]ne|szenari|[üu]bung)/;
/** After "evacuees", who they were: "… included nationals from", "… were citizens of", or a list of peoples ("The evacuees
 * expected on board include Egyptians, Filipinos, Canadians …"). */
const EVACUEES_WERE_AFTER_RE =
  /^\s+(?:included?|including|were|are|comprised?|came|comprenaient|[ée]taient)\s+(?:[\w-]+\s+){0,3}?(?:nationals|citizens|people|persons|passport holders|foreigners|ressortissants|citoyens|personnes)\s+(?:from|of|de|du|des|d')\b|^\s+(?:(?!(?:were|was|are|is|have|has|had|will|would)\b)[\w-]+\s+){0,3}?(?:include|includes|included|including|comprise|comprises|comprised)\s+(?:some\s+|several\s+|many\s+|\d+\s+)?(?:[a-z]+(?:ns|ese|is|ish|ots)|french|dutch|swiss|greeks|thais|poles|turks|czechs|slovaks)\s*,/;
const EMB_RE =
  /\b(?:embass(?:y|ies)|consulates?(?:[- ]general)?|high commissions?|diplomatic (?:mission|post)s?|diplomatic (?:operations|presence)|(?:its|the) mission|their missions?|(?:sa|leur|ses|leurs|notre|nos) repr[ée]sentations?(?: diplomatiques?)?|repr[ée]sentations? diplomatiques?|ambassades?|consulats?|botschaft(?:en)?|generalkonsulate?|konsulate?|konsularagentur(?:en)?|agences? consulaires?|agenzi[ae] consolar[ei]|consular agency|ambasciat[ae]|consolat[oi])\b/g;
/** A mission said to stay open (en/fr/de/it). */
const STAYS_OPEN_RE =
  /\b(?:remains?|remained|stays?|stayed)\s+(?:\S+\s+)?open\b|\b(?:reste|restent|demeure|demeurent)\s+(?:\S+\s+)?ouverte?s?\b|\b(?:bleibt|bleiben|blieb|blieben)\s+(?:\S+\s+)?(?:ge(?:o|oe|ö)ffnet|offen)\b|\b(?:resta|restano|rimane|rimangono)\s+(?:\S+\s+)?apert[aoie]\b/;

/** A German closure told by the participle at the end of a long clause after the embassy ("… wurde wegen … geschlossen"), or
 * in a subordinate clause, the verb last ("dass das Generalkonsulat in Almaty bis auf Weiteres geschlossen bleibe"). */
const DE_CLOSED_LATE_RE = /^[^.;,]{0,140}?\b(?:wurde|wird|werden|wurden|ist|sind|bleibt|bleiben)\b[^.;,]{0,100}?\b(?:vor[üu]bergehend\s+|vorl[äa]ufig\s+|bis auf weiteres\s+)?geschlossen\b|^[^.;,]{0,160}?\bgeschlossen\s+(?:bleibe|bleibt|bleiben|sei|ist|werde|wird|wurde|worden\s+(?:sei|ist))\b/;

/** A closure told after the embassy (past periods that end no clause: "u.s.", the German date "den 22. Oktober"). */
const SUSP_AFTER_RE =
  /^(?:[^.;]|(?<=\b[a-z])\.|(?<=\b\d{1,2})\.(?=\s)){0,70}?\b(?:suspend(?:ed|s|ing)?\s+(?:all\s+|its\s+|their\s+)?(?:normal\s+|regular\s+)?(?:operations|activities|work|functions)|(?:(?:whose|its|their)\s+)?operations\s+(?:(?:in|at)\s+[^\s.;,]+(?:\s+[^\s.;,]+)?\s+)?(?:have\s+been|has\s+been|were|are|remain)\s+(?:currently\s+|temporarily\s+|still\s+)?suspended|(?:is|are|was|were|has been|have been|will be|remains?|remained|temporarily|had been|to be|be)\s+(?:temporarily\s+)?(?:closed|shut|shuttered|evacuated and closed)|(?:closed|shut)\s+(?:its|their)\s+doors|closed until further notice|(?:closing|(?:will|to)\s+(?:temporarily\s+)?close)\s+(?:its\s+doors\s+)?(?:until further notice|indefinitely)|(?:forced|compelled|obliged)\s+(?:it\s+|them\s+)?to\s+(?:temporarily\s+)?(?:close|shut)\b|(?:announc(?:ed|es)|annonc[ée]|d[ée]cid[ée]|ordered)\s+(?:its|their|sa|leur)\s+(?:temporary\s+|temporaire\s+|provisoire\s+)?(?:closure|fermeture)\b|ceased\s+(?:all\s+)?operations|suspension\s+of\s+(?:all\s+)?(?:its\s+|their\s+)?(?:normal\s+|regular\s+)?(?:operations|activities)\b|relocat(?:ed|ing|es)(?:\s+(?:its\s+|their\s+)?(?:operations|staff|personnel)?|(?=\s*(?:[.,;]|$)))|remains?\s+relocated|(?:remains?|remained|has remained|have remained)\s+suspended|(?:temporarily\s+)?(?:functioning|operating|working)\s+(?:out\s+)?from\b|moved\s+(?:its\s+|their\s+)?operations|(?:has|have|had)\s+been\s+(?:temporarily\s+)?moved\s+(?:temporarily\s+)?(?:from\s+[^\s.;,]+(?:\s+[^\s.;,]+)?\s+)?to\b|nach\s+[^\s.;,]+(?:\s+[^\s.;,]+)?\s+(?:zu\s+)?(?:verleg(?:t|en)|umgezogen|umzuziehen)\b|(?:verleg(?:t|en)|zieht|ziehen)\s+(?:\S+\s+){0,2}?nach\s+[^\s.;,]+(?:\s+[^\s.;,]+)?\s+(?:um\b|$)|(?:has|have|had)\s+(?:temporarily\s+)?closed|closed\b(?!\s+(?:to the public\s+)?(?:on|for)\b)|ferm[ée]e?s?\b|suspend\w*\s+(?:temporairement\s+)?(?:ses|leurs)\s+(?:activit[ée]s|op[ée]rations)|(?:est|sont|reste|restent|a [ée]t[ée]|ont [ée]t[ée])\s+(?:temporairement\s+)?suspendu\w*|(?:vor[üu]bergehend\s+)?geschlossen|(?:(?:(?:a|ont)\s+[ée]t[ée]|est|sont|a|ont)\s+|,\s*)(?:temporairement\s+|provisoirement\s+)?(?:transf[ée]r[ée]e?s?|d[ée]plac[ée]e?s?|d[ée]localis[ée]e?s?|relocalis[ée]e?s?|d[ée]m[ée]nag[ée]e?s?)\s+(?:[àa]|vers)\b|(?:qui\s+)?a\s+quitt[ée]\s+[^\s.;,]+\s+pour\b|(?:[èe]\s+stata|sono\s+state)\s+(?:temporaneamente\s+)?trasferit[ae]\s+(?:a|in)\b|(?:dienstbetrieb|betrieb|arbeit|t[äa]tigkeit)\w*\s+(?:\S+\s+){0,4}?eingestellt|schlie(?:ß|ss)t|chius[aoei]|sospes[oaei])/;
/** Operations, services or a section named right before the embassy, as what a state after it is said of: "Visa operations at the ". */
const OPS_NAMED_BEFORE_RE = /\b(?:operations|services|activities|work|sections?)\s+(?:at|of)\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+){0,2}$/;
/** A closure told of another subject after a comma or a verb of saying: ", and the fact that the air space is shut", ", while the
 * airport was closed", "(the High Commission) said the airport will remain closed". */
const OTHER_SUBJECT_CLOSED_RE =
  /(?:,\s+(?:and\s+|but\s+|while\s+|as\s+)?(?:the fact that\s+)?|\b(?:said|says|announced|confirmed|stated|warned|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?)(?:the|its|their)\s+(?!embass|consulat|mission|high commission|building|chancery|compound|premises|offices?\b)[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|was|were|has been|have been|had been|remains?|remained|will (?:be|remain)|would (?:be|remain))\s+(?:temporarily\s+)?(?:closed|shut|shuttered)$/;
/** A mission no longer under a departure status ("Embassy Beirut is no longer on Authorized Departure status"). */
const NO_LONGER_ON_DEP_RE =
  /\b(?:embass(?:y|ies)|consulates?(?:[- ]general)?|mission|post)\s+(?:\S+\s+){0,2}?(?:is|are)\s+no\s+longer\s+(?:on|under|in)\s+(?:an?\s+)?(?:ordered|authori[sz]ed)\s+departure\b/;

/** After a lift: a second departure status it also ends ("…, as well as the authorized departure status of …"). */
const LIFT_COORD_RE =
  /^(?:[^.;]|(?<=\b[a-z])\.){0,140}?(?:,\s*|\s)(?:as well as|and)\s+(?:the\s+|its\s+|their\s+)?(?:ordered|authori[sz]ed|voluntary)\s+(?:departure|evacuation|drawdown)\b/;

/** The embassy named as the adjective of its operations: "embassy operations", "embassy's activities". */
const EMB_OPS_AFTER_RE = /^(?:'s)?\s+(?:operations|activities|work|functions)\b/;
/** A suspension right before "embassy operations": "suspended their ", "were suspending ", "has suspended all its ", "the suspension of ", "halted". */
const SUSPEND_BEFORE_OPS_RE = /\b(?:suspend(?:ed|ing|s)?|suspension\s+of|halt(?:ed|ing|s)?|ceas(?:e|ed|es|ing))\s+(?:(?:all|the|its|their|our|of)\s+){0,3}(?:diplomatic\s+)?$/;

/** "Operations at (the U.S.)" right before the embassy: the subject of a suspension told after it. */
const OPS_AT_BEFORE_RE = /(?<!\b(?:visa|consular|passport|routine|services?)\s+)\b(?:operations|activities|work)\s+(?:at|of)\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+){0,2}$/;
/** After the embassy whose operations are the subject: "… in Khartoum remain suspended", "… have been suspended". */
const OPS_SUSPENDED_AFTER_RE =
  /^(?:[^.;]|(?<=\b[a-z])\.){0,60}?\b(?:remains?|remained|are|were|is|was|have been|has been|had been)\s+(?:still\s+)?(?:temporarily\s+)?suspended\b/;
/** After a verb of suspending or closing, an object that is not the embassy's work: aid, cooperation, flights, visas,
 * borders, talks ("ha sospeso gli aiuti", "ha chiuso le frontiere", "closed its airspace"). */
const SUSPENDED_OTHER_RE =
  /^\s+(?:(?:gli|i|le|la|il|lo|l'|les|des|sa|ses|son|leur|leurs|the|its|their|all|tutti gli|tutte le|die|den|ihre|seine|alle)\s*)?(?:[\p{L}-]+\s+)?(?:aiut[oi]|aid|aide|aides|hilfen?|entwicklungshilfe|cooperazione|coop[ée]ration|cooperation|zusammenarbeit|vol[oi]|vols|flights?|fl[üu]ge|visti|visas?|frontiere|fronti[èe]res?|borders?|grenzen?|airspace|spazio aereo|espace a[ée]rien|luftraum|negoziati|talks|relations|rapporti|relazioni|beziehungen|finanziamenti|funding|payments|pagamenti|trade|commercio|commerce|handel)\b/u;
/** After "closed"/"shut": an object of its own (a cordon, streets, roads), so the embassy is not what closed: "police closed off two streets". */
const CLOSED_OTHER_RE =
  /^\s+(?:off\b|(?:down\s+)?(?:the\s+|two\s+|three\s+|several\s+|some\s+|all\s+|nearby\s+|surrounding\s+|adjacent\s+|\d+\s+)(?:[\w-]+\s+)?(?:streets?|roads?|avenues?|lanes?|bridges?|junctions?|intersections?|blocks?|access roads?|traffic)\b|(?:its\s+|their\s+|the\s+)(?:[\w-]+\s+)?(?:desks?|hotlines?|helplines?|registration|registrations|forms?|portals?|lists?|help desks?|counters?|camps?|centres?|centers?)\b)/;
/** EMB_PART_BEFORE_RE's nouns (a cheap test first). */
const EMB_PART_WORD_RE = /section|servic|bureau|guichet|sezion|uffic|serviz|sportell|unit|desk|abteilung|stelle|referat/;
/** A section or service of the embassy named before it ("la section des visas et de l'immigration de l'", "la sezione visti
 * dell'", "the visa and immigration section of the"): that part is closed, not the embassy. */
const EMB_PART_BEFORE_RE =
  /\b(?:(?:sections?|services?|bureaux?|guichets?)\s+(?:[^\s.;,]+\s+){0,5}?d[eu]\s+(?:l'|la\s+)?|(?:sezion[ei]|uffici[oi]|serviz[io]|sportell[oi])\s+(?:[^\s.;,]+\s+){0,4}?(?:dell'|della\s+)|(?:section|unit|desk)s?\s+(?:of|at)\s+(?:the|its|their)\s+(?:[^\s.;,]+\s+)?|\w*(?:abteilung|stelle|referat)\s+(?:[^\s.;,]+\s+){0,3}?der\s+(?:[^\s.;,]+\s+)?)$/;

/** Right before a government's arranging, a capability rather than an act: "can ", "is able to ", "stands ready to ". */
const CAPABILITY_BEFORE_RE = /\b(?:can|able to|ready to|willing to)\s+(?:\w+ly\s+)?$/;
/** Right before an act, a span of months or years since it: "more than two years after it ", "months after they had ". */
const YEARS_AFTER_BEFORE_RE = /\b(?:years?|months?|decades?)\s+(?:after|since)\s+(?:it|they|he|she|the\s+\w+|\w+)\s+(?:had\s+)?$/;
/** A government evacuating its embassy, which closes it: "has evacuated its embassy in Libya" (not "evacuated to the embassy"). */
const EVACUATED_EMB_BEFORE_RE = /\bevacuat(?:ed|es|ing|e)\s+(?:its|their|the)\s+(?:[\w.-]+\s+){0,2}$|\bevacu(?:at[oaie]|er[àa]|eranno|ano|a|are)\s+(?:l'|la\s+(?:propria\s+|sua\s+|loro\s+)?)$|\b[ée]vacu(?:[ée]e?s?|e|ent|era|eront|er)\s+(?:l'|son\s+|sa\s+|leur\s+)$/;
/** After an evacuated embassy, its people as what was evacuated: "evacuated the embassy staff". */
const EMB_PEOPLE_AFTER_RE = /^(?:'s)?\s+(?:staff|personnel|employees|workers|diplomats|families|dependents|officials)\b/;
/** The embassy as the object of a German "zu schließen": "beschlossen, die Botschaft in Khartum vorübergehend zu schliessen". */
const ZU_SCHLIESSEN_RE = /^(?:\s+(?:in|im|zu)\s+[^\s,;]+(?:\s+[^\s,;]+)?)?\s+(?:(?:vor[üu]bergehend|vorl[äa]ufig|bis auf weiteres|tempor[äa]r)\s+)?zu\s+schlie(?:ß|ss)en\b/;
const SUSP_BEFORE_RE =
  /\b(?:clos(?:ed|ing|ure of|es|e)(?!\s+(?:to|by)\b)|shut(?:ting)?(?: down)?|shuttered|suspen(?:ded|ding|sion of)\s+(?:all\s+)?(?:normal\s+|regular\s+|routine\s+)?operations\s+(?:at|of)|suspend(?:ed|ing|s)?\s+(?:the\s+|our\s+|its\s+|their\s+|all\s+(?:of\s+)?(?:our\s+|its\s+|their\s+)?)?(?:normal\s+|regular\s+)?(?:diplomatic\s+)?(?:operations|work|activities)\s+(?:at|of)|(?:relocat|mov|transferr?)(?:e|es|ed|ing)\s+(?:temporarily\s+)?(?:the\s+|its\s+|their\s+)?operations\s+(?:of|at)|relocat(?:e|ed|ing|ion of)|fermeture\s+(?:temporaire\s+|provisoire\s+)?(?:"[^"]{1,40}"\s+|jusqu'a nouvel ordre\s+)?de|suspen(?:sion|d|dent|du|due|dre)\s+(?:(?:le|ce|d[èe]s le|depuis le)\s+(?:\d{1,2}(?:er)?\s+)?(?:[a-zéû]+\s+)?(?:\d{4}\s+)?)?(?:temporaire(?:ment)?\s+)?(?:des|les|ses|de ses|leurs)\s+(?:activit[ée]s|op[ée]rations)\s+(?:de|[àa])|(?:withdr[ae]w\w*|pull(?:ed|s|ing)?\s+out)\s+(?:(?:all\s+(?:of\s+)?(?:its\s+|the\s+|their\s+)?(?:remaining\s+|last\s+)?)|(?:its\s+|the\s+|their\s+)(?:remaining|last)\s+)(?:\S+\s+){0,2}?(?:diplomats|staff|personnel|employees)\s+(?:from|out of)|schlie(?:ß|ss)ung der|chiusura (?:temporanea )?(?:dell'|della)|sospensione\s+(?:temporanea\s+)?(?:dell'|delle\s+)attivit[àa]'?\s+(?:dell'|della|del)|(?:ha|hanno|aveva|avevano)\s+sospeso\s+(?:temporaneamente\s+)?(?:l'|le\s+)attivit[àa]'?\s+(?:dell'|della|del)|(?:sono|[èe]|restano|resta|rimangono|rimane|saranno|sar[àa]|verranno|verr[àa])\s+(?:temporaneamente\s+|provvisoriamente\s+)?chius[aeio]\s+(?:anche\s+)?(?:le|la|il|i|gli|l')|(?:chiud\w*|(?:ha|hanno|aveva|avevano)\s+(?:(?:poi|gi[àa]|anche|inoltre|infine|ora|quindi|subito)\s+)?chiuso|ferm(?:e|ent|era|é)|a ferm[ée]|schlie(?:ß|ss)(?:t|en)|hat (?:\S+ )?geschlossen|geschlossene[nrs]?)(?:\s+(?:temporaneamente|provvisoriamente|temporairement|vor[üu]bergehend))?)(?:\s+|(?<='))(?:its\s+|their\s+|the\s+|l')?(?:(?:les\s+)?locaux\s+(?:de\s+|d'))?(?:\S+\s+){0,2}$/;
/** After a shelter instruction: its condition is that the people cannot leave ("… and to shelter in place if they cannot"). */
const UNABLE_TO_LEAVE_AFTER_RE = /^\s*if\s+(?:they|you)\s+(?:cannot|can't|can not|are unable|are not able)(?:\s+(?:to\s+)?(?:leave|depart|do so|exit)\b|\s*[,.;]|\s*$)|^\s*if\s+(?:unable|not able)\s+to\s+(?:leave|depart|do so)\b/;
/** Before a shelter instruction: the people it is for, those who cannot leave ("… citizens who are unable to depart to"). */
const UNABLE_TO_LEAVE_BEFORE_RE = /\b(?:who|that)\s+(?:are|were|is)\s+(?:unable|not able)\s+to\s+(?:leave|depart|exit)\s+(?:\S+\s+){0,3}?(?:to\s+)?$|\b(?:who|that)\s+(?:cannot|can't|can not)\s+(?:leave|depart|exit)\s+(?:\S+\s+){0,3}?(?:to\s+)?$/;

/** Staying in a protected place (de/fr/it): "an einem geschützten Ort zu bleiben", "sich an einem sicheren Ort aufzuhalten", "rester dans un lieu sûr" or "en lieu sûr", "rimanere in
 * (un) luogo sicuro" or "in luoghi protetti" (or "in un posto sicuro"; apart from SHELTER_RE: it runs only where 'einem', 'lieu', 'endroit', 'luog' or 'posto' occurs). */
const SHELTER_PLACE_RE =
  /\b(?:an|in)\s+einem\s+(?:gesch[üu]tzten|sicheren)\s+ort\s+(?:zu\s+)?(?:bleiben|aufzuhalten|aufhalten)\b|\b(?:bleiben|halten)\s+sie\s+(?:sich\s+)?(?:\S+\s+){0,2}?(?:an|in)\s+einem\s+(?:gesch[üu]tzten|sicheren)\s+ort\b|\b(?:rest|demeur)(?:er|ez)\s+(?:dans\s+un|en)\s+(?:lieu|endroit)\s+(?:s[uû]r|prot[ée]g[ée])\b|\b(?:restare|rimanere|restate|rimanete)\s+in\s+(?:(?:un\s+)?(?:luogo|posto)\s+(?:sicuro|protetto)|(?:luoghi|posti)\s+(?:sicuri|protetti))\b/g;
const SHELTER_RE =
  /\bshelter(?:ing|ed)?[- ]in[- ]place\b|\bstay\s+in\s+place\b(?<=\b(?:citizens|travell?ers|you|personnel|staff|nationals|americans|britons|canadians|australians|employees)(?:\s+in\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:should|must|to|are\s+(?:advised|urged|told|encouraged|asked)\s+to|(?:were|have\s+been)\s+(?:advised|urged|told|asked)\s+to)\s+stay\s+in\s+place)|\b(?:seek|take|find)\s+(?:safe|secure)\s+shelter\b|\b(?:seek|take)\s+shelter\s+(?:and\s+(?:remain|stay)\s+there|immediately|indoors)\b|\bshelter\s+in\s+(?:a|your|their)\s+(?:safe|secure)\s+(?:location|place|room|area|spot)\b|\bshelter\s+in\s+(?:your|their)\s+(?:current\s+)?(?:places?\s+of\s+(?:residence|accommodation|stay)|homes?|residences?|accommodations?)\b|\b(?:stay|remain|staying|remaining)\s+(?:(?:safely|quietly|calmly)\s+)?(?:indoors|inside|at home|home|in (?:your|their) (?:homes?|residences?|accommodations?|hotels?|houses?|places? of (?:residence|accommodation|stay))|where you are\b(?!\s+(?:safe|secure)\b))|\b(?:urged|advised|told|asked|encouraged|instructed)\s+(?:\S+\s+){0,3}?to\s+(?:(?:exercise|take)\s+(?:\S+\s+){0,2}?and\s+)?(?:stay|remain)\s+where\s+they\s+are\b|\bshelter (?:where you are|at home)\b|\b(?:remain|stay)\s+in\s+place\b(?<=(?:^|\band\s+|[\u2022:\-]\s*|\.\s+)(?:remain|stay)\s+in\s+place)|\b(?:prohibit\w*|barr(?:ed|ing)|bann(?:ed|ing)|forbid\w*)\s+(?:\S+\s+){0,8}?from\s+leaving\s+(?:their|your)\s+(?:homes?|residences?|hotels?|accommodations?|houses?)\b|\b(?:rest(?:er|ez)|demeur(?:er|ez)) (?:chez (?:vous|eux|elles|soi)|[àa] l'abri|(?:sur place )?[àa] l'int[ée]rieur|confin[ée]s?|[àa] (?:leur |votre |son |vos |leurs )?domiciles?|dans (?:leur|leurs|votre|vos|son|ses) (?:logements?|h[ée]bergements?|h[ôo]tels?|domiciles?|r[ée]sidences?))|\bse confiner\b|\bs'abrit(?:er|ent|ez)\s+(?:temporairement\s+)?(?:sur place|chez (?:vous|eux|elles|soi)|[àa] domicile)\b|\bse mettre [àa] l'abri\b|\b(?:in (?:(?:ihren|den|ihrer)\s+)?(?:(?:sicheren|gesch[üu]tzten)\s+)?(?:unterk[üu]nften?|h[äa]usern|wohnungen|hotels)(?:\s+(?:oder|bzw\.|und)\s+(?:unterk[üu]nften|h[äa]usern|wohnungen|hotels))?|zu hause|zuhause|drinnen)\s+(?:zu\s+)?bleiben\b|\bbleiben sie\s+(?:[^\s.;,]+\s+){0,4}?(?:in (?:ihren|ihrer|ihrem|den) (?:unterk[üu]nft\w*|wohnung\w*|h[äa]usern|hotels?|hotelzimmern?)|zu hause|zuhause|drinnen|im haus)\b|\b(?:restare|rimanere|stare|stiano|resta|rimanete|restate|restino|rimangano)\s+(?:in casa|a casa|al riparo|al chiuso|nelle (?:proprie )?abitazioni)\b|\b(?:not|never)\s+(?:to\s+)?go\s+(?:out|outdoors)\b(?!\s+(?:of|at|after|alone|late|in\s+the\s+evening|during)\b)(?=\s*(?:[.;,]|$|and\b|unless\b|until\b|except\b))|\b(?:not|never)\s+(?:to\s+)?(?:leave|go out of)\s+(?:your|their|his|her)\s+(?:homes?|houses?|residences?|accommodations?|hotels?|hotel rooms?)\b|\bne pas (?:quitter|sortir de) (?:leur|leurs|votre|vos|son|sa) (?:domiciles?|logements?|residences?|hotels?)\b|\b(?:wohnung\w*|unterk[üu]nft\w*|h[äa]user|hotels?)\b[^.;]{0,40}?\bnicht\s+zu\s+verlassen\b|\bnon (?:lasciare|lasciate|uscire da\w*|uscite da\w*|uscire di|uscite di) (?:le |la |il |i )?(?:propri[aeio] |vostr[aeio] )?(?:abitazion\w*|case|casa|alloggi\w*)\b|\bne pas sortir de chez (?:eux|elles|vous|soi)\b|\bne pas sortir\b(?=\s*(?:[.;,!"\u00bb]|$))|\bne (?:sortez|quittez) pas (?:de chez vous|(?:de )?(?:votre|vos) (?:domiciles?|logements?|r[ée]sidences?|h[oô]tels?))/g;
/** After "stay indoors": hours it is limited to ("after dark", "at night", "après la tombée de la nuit", "nachts", "di notte"). */
const NIGHT_HOURS_AFTER_RE =
  /^\s*,?\s*(?:after (?:dark|nightfall|sunset)|at night|overnight|during the night|between (?:dusk and dawn|sunset and sunrise)|from dusk|(?:between|from)\s+\d{1,2}(?::\d\d|\s*[ap]\.|\s*[ap]m\b)|apr[èe]s la tomb[ée]e de la nuit|la nuit|de nuit|nachts|bei nacht|nach einbruch der dunkelheit|di notte|dopo il tramonto)\b/;
/** After a verb of change, the advice named by its security word: "its security alert", "their security advice". */
const SECURITY_ADVICE_AFTER_RE = /^\s+(?:its|their|the)\s+(?:security|safety)\s+(?:alert|advice|advisory|advisories|warning)s?\s+(?:for|on|to)\b/;
/** A raise: a verb of raising before the advice, or "a step up from (its previous advice)", "stepped up its advice". */
const RAISED_RE =
  /\b(?:(?:sicherheitshinweis\w*|teilreisewarnung\w*|reisehinweis\w*)\b(?=[^.;]{0,80}?\b(?:in|zu)\s+(?:eine[rn]?\s+)?(?:umfassende\s+|vollst[äa]ndige\s+)?reisewarnung\s+(?:umgewandelt|hochgestuft|heraufgestuft|ausgeweitet|erweitert)\b)|(?:mov|push|shift|updat|chang|revis)(?:ed|es|ing)(?=(?:[^.;]|(?<=\b[a-z])\.){0,80}?\bto\s+(?:(?:its|their|the)\s+(?:highest|maximum|top)\s+(?:possible\s+)?(?:[\w-]+\s+){0,2}?(?:level|category|tier|rating|notch)\b|level\s*4\b|["']?do not travel\b|(?:advise|advising)\s+(?:\w+\s+)?against\s+all\s+travel\b|["']?avoid\s+all\s+travel\b))|(?:a|another|further)\s+step\s+up\s+from|stepped\s+up\s+(?:its|their|the)(?=\s+(?:travel\s+)?(?:advice|advisory|warning|alert))|rais(?:ed|es|ing)|increas(?:ed|es|ing)|elevat(?:ed|es|ing)|(?:raise|elevate|upgrade)(?<=\bto (?:raise|elevate|upgrade))|(?:an?\s+)?escalation\s+from|mont[ée](?<=\b(?:ont|a|avait|avaient) mont[ée])|re-?impos(?:ed|es|ing)|re-?instat(?:ed|es|ing)|re-?introduc(?:ed|es|ing)|upgrad(?:ed|es|ing)|escalat(?:ed|es|ing)|heighten(?:ed|s|ing)|hik(?:ed|es)|bump(?:ed|s)|tighten(?:ed|s|ing)|versch[äa]rf\w*|erh[öo]hten?|relev[ée]\w*|rehauss[ée]\w*|innalzat\w*|alzat\w*|alza|alzano)\b(?=(?:[^.;]|(?<=\b[a-z])\.){0,90}?\b(?:to (?:level\s*)?[1-4]\b|to (?:the\s+|its\s+|their\s+)?(?:highest|maximum|top|second[- ]highest)|to (?:a\s+)?["']?(?:do not travel|reconsider|avoid all|avoid non|(?:exercise\s+)?(?:a\s+)?high degree of caution|(?:exercise\s+)?increased caution)|(?:travel )?(?:advisory|advisories|advice|warning|alert|guidance)s?\b|level\b|reisewarnung|niveau|livello|reiseinformation|reisehinweis|sicherheitshinweis|sicherheitsstufe|warnstufe|risikostufe))/g;
const LOWERED_RE =
  /\b(?:lower(?:ed|s|ing)|decreas(?:ed|es|ing)|reduc(?:ed|es|ing)|downgrad(?:ed|es|ing)|eas(?:ed|es|ing)|relax(?:ed|es|ing)|soften(?:ed|s|ing)|loosen(?:ed|s|ing)|lowering|abaiss[ée]\w*|r[ée]trograd[ée]\w*|gelockert|herabgestuft|heruntergestuft|zur[üu]ckgestuft|senkte|senkten|abbassat\w*|ridott\w*|declassat\w*|retrocess\w*)\b(?=(?:[^.;]|(?<=\b[a-z])\.){0,90}?\b(?:to (?:level\s*)?[1-4]\b|from (?:level\s*)?[1-4]\b|(?:travel )?(?:advisory|advisories|advice|warning|alert|guidance)s?\b|level\b|reisewarnung|niveau|livello|reiseinformation|reisehinweis|sicherheitshinweis|sicherheitsstufe|warnstufe|risikostufe))/g;
const NOUN_FIRST_RE =
  /\b(?:(?:advisory|advice|alert|warning|travel)\s+level\s+(?:(?:was|has been|is|had been)\s+)?|\bthe\s+level\s+(?:was|has been|had been|is)\s+)(raised|increased|elevated|upgraded|lowered|decreased|reduced|downgraded)\b/g;
/** Before a step "from … to …": a border area as what was changed ("downgraded the border region with Colombia "). */
const BORDER_CHANGED_BEFORE_RE =
  /\b(?:downgrad|lower|rais|upgrad|chang|mov|reduc|increas)\w*\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:border|frontier)\s+(?:areas?|regions?|strips?|zones?|provinces?)\b[^.;]{0,50}$/;
/** Before "from 1 to 4": a scale's span, not a step ("ranging", "rates countries", "on a scale", "numbered"). (Not "rated",
 * "rating", "goes": "raised its rating from 2 to 3", "the level goes from 2 to 3" are steps.) */
const SCALE_SPAN_BEFORE_RE = /\b(?:rang(?:e|es|ed|ing)|scale|rates\s+(?:\w+\s+){0,2}?|numbered)\s*$/;
/** (a step's label in parentheses may follow its number: "von Stufe 2 (Sicherheitsrisiko) auf Stufe 3") */
const FROM_TO_RE =
  /\b(?:from|dal|du|von)\s+(?:level|livello|niveau|(?:sicherheits|warn|risiko)?stufe)?\s*([1-6]|(?<=level\s)(?:one|two|three|four))(?:\s*\([^()]{1,40}\))?(?:\s+(?:down|up|back))?\s+(?:to|al|au|auf)\s+(?:level|livello|niveau|(?:sicherheits|warn|risiko)?stufe)?\s*([1-6]|(?<=level\s)(?:one|two|three|four))\b/g;
/** A step's number, in digits or (after "level") in words. */
function stepNumber(s: string): number {
  return ({ one: 1, two: 2, three: 3, four: 4 } as Record<string, number>)[s] ?? Number(s);
}
/** German, verb last: "hat seine Reiseinformation für Georgien verschärft", "die Reisewarnung … herabgestuft", "ihre Hinweise
 * für Reisen nach Birma verschärft". */
const DE_CHANGE_RE =
  /\b(?:reisewarnung|reiseinformation|reisehinweis|sicherheitshinweis|sicherheitsstufe|warnstufe|risikostufe|hinweise f[üu]r reisen)\w*\b(?:[^.;]|(?<=\b\d{1,2})\.(?=\s)){0,140}?\b(?:(versch[äa]rft|erh[öo]ht|angehoben|heraufgesetzt|heraufgestuft|hochgestuft|hochgesetzt|ausgeweitet|ausgedehnt)|(gelockert|herabgestuft|heruntergestuft|zur[üu]ckgestuft|herabgesetzt|gesenkt|abgesenkt|entsch[äa]rft))\b/g;
/** A level at facilities, the operators' security posture and no travel advice: "die Sicherheitsstufe an den Häfen",
 * "raised the security level at airports", "le niveau de sécurité dans les aéroports". */
const FACILITY_LEVEL_RE =
  /\b(?:an|in|auf|bei|at|for|on|dans|aux|sur|pour|nei|negli|nelle|agli|sui|per)\s+(?:(?:den|allen|the|all|its|their|les|ses|leurs|gli|i|le|tutti gli)\s+)?(?:\S+\s+)?(?:h[äa]fen|flugh[äa]fen|grenz[üu]berg[äa]ngen|bahnh[öo]fen|seaports|ports|airports|terminals|border (?:crossings|posts)|stations|a[ée]roports|gares|porti|aeroporti|stazioni|valichi)\b|\b(?:at|in|for)\s+(?:the|its|their)\s+(?:\S+\s+)?(?:port|seaport|airport|terminal|border crossing)\b(?!-)/;

/** A level now and the one before: "Level 3, up from Level 2", "Stufe 3 …, zuvor war es Stufe 2". */
const NOW_PREV_RE =
  /(?:\b(?:level|livello|niveau)|stufe)\s*([1-6])\b[^.;]{0,50}?\b(?:up from|down from|zuvor(?: war es| galt)?|previously|bisher|auparavant|precedemment|in precedenza)\s+(?:(?:alert |danger )?level|livello|niveau|stufe)?\s*([1-6])\b/g;
/** Advice against travel withdrawn, a lowering: "no longer advises against all but essential travel", "ne déconseille plus",
 * "die Reisewarnung … wurde aufgehoben", "hebt die Reisewarnung … auf", "wird nicht mehr gewarnt", "rät nicht mehr von Reisen … ab",
 * "non sconsiglia più". */
const ADVICE_LIFTED_RE =
  /\b(?:remov(?:ed|es|ing)|withdr(?:ew|awn|aws|awing)|lift(?:ed|s|ing)|rescind(?:ed|s|ing)?|scrap(?:ped|s|ping)?|dropp(?:ed|ing)|drops)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:advice|advisory|advisories|warnings?|recommendations?)\s*(?:,[^,.;]{1,50},\s*)?against\s+(?:all\b|non-essential|(?:un)?necessary|travel)|\bno longer\s+(?:advis(?:e|es|ing)|recommend(?:s|ing)?|warn(?:s|ing)?)\s+(?:\S+\s+){0,4}?against\s+(?:all\b|non-essential|(?:un)?necessary|travel)|\bne\s+(?:le\s+|les\s+)?(?:d[ée]conseill\w*|recommand\w*)\s+plus\b|\breisewarnung\b(?:[^.;]|(?<=\b\d{1,2})\.){0,60}?\b(?:aufgehoben|zur[üu]ckgenommen)\b|\bheb(?:t|en)\s+(?:\S+\s+){0,3}?reisewarnung\b[^.;]{0,60}?\bauf\b|\bwird\s+(?:\S+\s+)?nicht\s+mehr\s+(?:gewarnt|abgeraten)\b|\b(?:r[äa]t|raten|riet|rieten)\s+(?:\S+\s+){0,3}?nicht\s+mehr\s+(?:von|vor)\b|\bnon\s+(?:\S+\s+)?sconsiglia\w*\s+pi[uù]\b/g;
/** The withdrawn advice was for part of the country: "… for the border areas", "für die Grenzregion" (but see LIFT_PARTS_OF_RE). */
const LIFT_REGION_RE =
  /\b(?:to|for|in|within|f[üu]r|pour|vers|dans)\s+(?:the\s+|die\s+|den\s+|das\s+|la\s+|le\s+|les\s+|l')?(?:\S+\s+){0,2}?(?:regions?|provinces?|districts?|areas?|border\w*|zones?|parts?|(?<!united )states?|r[ée]gions?|gebiet\w*|grenz\w*|region\w*|provinz\w*|teil\w*)\b/;
/** … unless it is withdrawn for parts of a country it leaves unnamed: "no longer advising against travel to parts of Kuwait,
 * Jordan …", "removed its advisory against all but essential travel to areas of Mozambique" tell the country's advice went down. */
const LIFT_PARTS_OF_RE = /^[^.;]*?\b(?:to|for|in)\s+(?:(?:some|certain|several|many)\s+)?(?:parts|areas)\s+of\s+(?!the\s+(?:north|south|east|west|border|country)|its\s|their\s)/;

/** A change on a colour scale: "from orange to red", "du code orange au code rouge", "von Gelb auf Rot", "da arancione a rosso". */
const COLOUR_CHANGE_RE =
  /\b(?:from|du|de|von|da|dal|dall')\s+(?:(?:the\s+)?(?:code|colou?r|level|niveau|stufe|livello)\s+)?["'\u00ab\u201c]?\s*(green|yellow|orange|red|vert|jaune|rouge|gr[üu]n|gelb|rot|verde|giallo|arancione|rosso)\b\s*["'\u00bb\u201d]?\s+(?:(?:code|level)\s+)?(?:to|au|[àa]|auf|zu|al|in)\s+(?:the\s+)?(?:(?:code|colou?r|niveau|stufe|livello)\s+)?["'\u00ab\u201c]?\s*(green|yellow|orange|red|vert|jaune|rouge|gr[üu]n|gelb|rot|verde|giallo|arancione|rosso)\b/g;
const COLOUR_RANK: Readonly<Record<string, number>> = {
  green: 1, vert: 1, grun: 1, 'grün': 1, verde: 1,
  yellow: 2, jaune: 2, gelb: 2, giallo: 2,
  orange: 3, arancione: 3,
  red: 4, rouge: 4, rot: 4, rosso: 4,
};
/** A hazard's own colour alert (weather, volcano, river), or no sign of a government's advice in the sentence. */
const COLOUR_HAZARD_RE =
  /\b(?:weather|storm|rain|snow|heat|flood|river|volcan\w*|cyclone|hurricane|typhoon|wildfire|fire|avalanche|tsunami|meteo\w*|vigilance meteo|pluie|neige|canicule|crue|orage|unwetter|hitze|hochwasser|sturm|gewitter|maltempo|pioggia|neve|caldo|alluvion\w*|incend\w*|pollen|pollution|smog|drought|secheresse)\b/;
const COLOUR_ADVICE_RE = /\b(?:minist\w*|foreign|travel|advi\w*|avis|conseils?|voyage\w*|reise\w*|viaggi\w*|sconsigli\w*|d[ée]conseill\w*|niveau|code|scale|[ée]chelle|skala)\b/;
/** After a raise or a cut: "… for <some> provinces/regions … to Level N", "… in parts of the north …". */
const REGIONAL_CHANGE_RE =
  /^\S+\s+(?:(?:its|their|the)\s+)?(?:\w+\s+)?(?:border|frontier)\s+(?:areas?|regions?|strips?|zones?|provinces?|districts?)\b|^\S+\s+(?:(?!to\b)\S+\s+){0,4}?(?:for|in|covering|on)\s+(?:the\s+)?(?:(?:parts|areas|some|several|two|three|four|five|six|certain)\s+(?:of\s+)?|(?:[\w'-]+,?\s+){0,6}?(?:provinces?|regions?|districts?|governorates?|prefectures?|counties|oblasts?|border (?:areas?|regions?|strips?)|zones?)\b)/;
/** After a raise or a cut, a world region as its object: "upgraded its advice for the Middle East" names no country. */
const WORLD_REGION_CHANGE_RE =
  /^\S+\s+(?:(?:its|their|the)\s+)?(?:travel\s+)?(?:advice|advisor(?:y|ies)|warnings?|alerts?)\s+(?:for|on|to|across|covering)\s+(?:the\s+)?(?:(?:wider|whole|entire)\s+)?(?:middle east|(?:persian\s+)?gulf(?:\s+region)?|region|gulf states|arab world|sahel|horn of africa|(?:north|west|east|central|southern)\s+africa|(?:central|south|southeast|south-east)\s+asia|latin america|caribbean|balkans)\b/;

/** A named day an office closes for: "National Day", "Liberation Day", "St Patrick's Day", "jour férié", "Feiertag", and German
 * compounds in any case ("des georgischen Unabhängigkeitstages", "am Nationalfeiertag"). */
const NAMED_DAY_RE =
  /\b(?:national|independence|liberation|republic|revolution|constitution|unity|victory|labou?r|may|martyrs'?|heroes'?|flag|army|youth|women's|king's|queen's|emperor's|president's|(?:st\.?|saint) [a-z]+'s|[a-z]+mas) days?\b|\bjours? f[ée]ri[ée]s?\b|\bf[êe]te nationale\b|\bgiorn[oi] festiv[oi]\b|\bfesta nazionale\b|\bnationalfeiertag\b|\btag der (?:deutschen einheit|arbeit|unabh[äa]ngigkeit)\b|\bfesta (?:della repubblica|dei lavoratori|dell'indipendenza)\b|\bfiestas? patrias\b|\bf[êe]te de l'ind[ée]pendance\b|(?:unabh[äa]ngigkeits|national|verfassungs|revolutions|republik|befreiungs|sieges|einheits|gr[üu]ndungs|k[öo]nigs|feier|gedenk)tag(?:e?s)?\b|\bjour de (?:l'ind[ée]pendance|la (?:r[ée]publique|lib[ée]ration|constitution))\b|\bgiorno dell'(?:indipendenza|unit[àa])\b|\bfesta della liberazione\b/;

/** After the noun "ordered/authorized departure": its own clause says it is not in place ("Ordered departure has not been
 * instituted", "… is not in effect"). */
const DEP_NOT_INSTITUTED_RE =
  /^(?:[^.;:,]){0,40}?\b(?:has|have|had|was|were|is|are)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:instituted|ordered|declared|implemented|put in place|imposed|invoked|authori[sz]ed|approved|in (?:effect|force|place))\b/;

/** After a request for evacuation: those who want it told whom to contact (the service is offered), in English or German
 * ("…, sollen sich bei der Botschaft melden"). */
const CONTACT_AFTER_RE =
  /^(?:[^.;]){0,80}?\b(?:may|should|can|must|are (?:asked|advised|requested|encouraged) to)\s+(?:\w+\s+)?(?:contact|call|email|e-mail|write|reach|register|approach|get in touch|go to|visit|report)\b|^[^.;]{0,80}?\b(?:sollen|sollten|k[öo]nnen|m[üu]ssen)\s+sich\s+(?:[^.;]{0,60}?\s)?(?:melden|wenden|registrieren)\b/;
/**
 * Before an evacuation: a request for it, not the act ("requesting mandatory evacuations", "asked for an evacuation",
 * "avaient demandé leur rapatriement", "hanno chiesto il rimpatrio", "chiedono di essere evacuati"), a sign-up for it ("signed
 * up for government assistance to evacuate"), or German planning for one ("mit Planungen für eine Evakuierung beschäftigt").
 */
const EVAC_REQUESTED_RE =
  /\b(?:request(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|sought|seek(?:s|ing)?|propos(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)\s+for|petition(?:s|ed|ing)?\s+for)\s+(?:(?:an?|the|mandatory|voluntary|ordered|full|immediate|urgent|emergency|possible)\s+){0,3}$|\b(?:demand\w*|sollicit\w*|r[ée]clam\w*)\s+(?:leur |son |sa |un |une |l'|le |la |d'etre |a etre )$|\b(?:chiest\w*|chied\w*|richiest\w*|richied\w*|sollecit\w*)\s+(?:il |l'|un'|la |di essere |di venire )$|\b(?:planung\w*|vorbereitung\w*)\s+f[üu]r\s+(?:eine|die|eine m[öo]gliche|eine eventuelle)\s+$|\b(?:sign(?:s|ed|ing)?\s+up|regist(?:er|ers|ered|ering)(?:\s+(?:their|an?)\s+interest)?|appl(?:y|ies|ied|ying)|enrol(?:l|ls|led|ling)?)\s+(?:for|in)\s+(?:(?:an?|the)\s+)?(?:(?:government|consular|official)\s+)?(?:(?:assistance|help|support)\s+(?:to\s+)?)?$/;
/** After a German evacuation noun: the request it is the object of ("um eine Evakuierung gebeten", "sich für eine Evakuierung gemeldet"). */
const EVAC_REQUESTED_AFTER_DE_RE = /^[^.;]{0,60}?\b(?:gebeten|bitten|bat|baten|ersucht|ersuchen|gemeldet|meldeten|melden|angemeldet|registriert)\b/;
/** Before a German evacuation noun: the start of that request ("um eine", "sich für eine gewünschte"). */
const EVAC_REQUESTED_BEFORE_DE_RE = /\b(?:um|sich\s+f[üu]r)\s+(?:eine|die|ihre)\s+(?:[\w-]+\s+)?$/;

/** Right after "evacuated": a government's forces or the government itself as the agent ("by the German military", "par l'armée
 * allemande", "von der Bundeswehr", "dall'Aeronautica militare"). */
const EVACUATED_BY_FORCES_AFTER_RE =
  /^\s+(?:by|par|von|durch|da|dal|dalla|dall')\s*(?:the\s+|l'|la\s+|le\s+|les\s+|der\s+|die\s+|den\s+|dem\s+|il\s+|lo\s+)?(?:[\w-]+\s+){0,2}?(?:military|army|armed forces|air force|navy|government|arm[ée]e|forces arm[ée]es|bundeswehr|luftwaffe|marine|esercito|aeronautica|forze armate|governo|gouvernement|regierung)\b/;
/** A count of people, with its approximation ("more than 100", "près de 400"): shared by the counted-people patterns below. */
const COUNT_BEFORE_PEOPLE = String.raw`(?:(?:more than|over|nearly|almost|about|around|some|at least|roughly|approximately|another|a further|plus de|pr[eè]s de|environ|quelque|oltre|circa|quasi)\s+)?\d[\d,.]*\s+`;

/** After an active verb of evacuating, a count of people as its object: "evacuated more than 100 people", "ont évacué 388 personnes". */
const COUNTED_PEOPLE_AFTER_RE = new RegExp(`^\\s+${COUNT_BEFORE_PEOPLE}(?:people|persons|personnes|persone)\\b`);

/** After an active verb of repatriating, a count of people as its object, a nationality or a kind of people beside it:
 * "repatriated 140 Pakistani students", "a rapatrié 230 ressortissants" (repatriation brings people home from abroad: students
 * there are no local school's). */
const REPATRIATED_COUNT_AFTER_RE = new RegExp(`^\\s+${COUNT_BEFORE_PEOPLE}(?:[a-z]+\\s+)?(?:people|persons|students|citizens|nationals|pilgrims|workers|tourists|travell?ers|personnes|persone|etudiants|studenti|ressortissants|connazionali)\\b`);

/** "(citizens) who had been", "who were": the start of a relative clause that reports what was done to them. */
const RELATIVE_DONE_RE = /\bwho\s+(?:had|have|has)\s+(?:already\s+|just\s+)?been\s+$|\bwho\s+(?:were|was)\s+(?:already\s+|just\s+)?$/;

const HOLIDAY_RE =
  /\b(?:(?:federal|public|national|bank|local|official|religious) holidays?|election day|in observance|independence day|christmas|thanksgiving|new year's|memorial day|labor day|eid al|eid|a[ïi]d (?:el|al)[- ]\w+|tabaski|korit[ée]|hari raya|lunar new year|chinese new year|diwali|deepavali|dashain|tihar|durga puja|holi|navratri|onam|pongal|nowruz|t[ée]t|chuseok|obon|golden week|mid-autumn|songkran|thingyan|water festival|pchum ben|bon om touk|pi mai|loy krathong|vesak|ramadan|ramazan|ashura|mawlid|carnival|carnaval|karneval|carnevale|passover|yom kippur|rosh hashanah|easter|fourth of july|juneteenth|columbus day|veterans day|presidents' day|martin luther king|for the holiday|(?:for|observ\w*|marking|to mark) (?:an?|the) (?:[\w.'-]+ ){0,3}?holidays?|holidays? observed|f[êe]te nationale|f[êe]te du travail|feiertag\w*|festivit[àa]|weihnacht\w*|neujahr\w*|ostern|pfingsten|silvester|no[ëe]l|nouvel an|jour de l'an|p[âa]ques|natale|capodanno|pasqua|ferragosto|25\.? (?:december|dezember|d[ée]cembre|dicembre)|1(?:\.|er)? (?:january|januar|janvier|gennaio))\b/;

/** A sentence that names a holiday (an office's closure for it is no suspension). */
export function holidaySentence(low: string): boolean {
  return NAMED_DAY_RE.test(low) || HOLIDAY_RE.test(low);
}

/** A sentence about an embassy's (or consulate's) closure for a holiday: "l'ambassade … seront fermées … jour férié". */
export function holidayClosure(low: string): boolean {
  return holidaySentence(low) && /\b(?:embass|consulat|ambassad|botschaft|konsulat|ambasciat|consolat|mission)/.test(low) && /\b(?:clos|shut|ferm|geschlossen|schlie|chius)/.test(low);
}

/** The object of a leave verb is regions of the country (not one place, not "the area"): "ces zones", "these provinces", "diese Regionen". */
const REGIONS_OBJECT_RE =
  /^\s*(?:(?:the|these|those|both|ces|les|deux|diese|die|beiden|queste|le|tali)\s+)?(?:(?:two|three|four|northern|southern|eastern|western|border|frontali[eè]res|du nord|du sud)\s+)?(?:regions|provinces|departments|governorates|r[ée]gions|d[ée]partements|zones|gebiete|regionen|provinzen|regioni)\b/;

/** People who leave on their own before "fly out": travellers, tourists, passengers, "some", "others". */
const SELF_LEAVERS_RE = /\b(?:travell?ers|tourists|passengers|holidaymakers|visitors|backpackers|holiday-makers|others|some|many)\b/;

const GLOBAL_RES: RegExp[] = [COLOUR_CHANGE_RE, ADVICE_LIFTED_RE, DE_CHANGE_RE, NOW_PREV_RE, LIFT_RE, LIFT2_RE, LIFT_FR_DE_IT_RE, REPLACES_RE, NO_LONGER_RE, UPGRADE_RE, ORDERED_RE, AUTH_RE, IMMEDIATE_DEP_RE, EVAC_RE, EMB_RE, SHELTER_RE, RAISED_RE, LOWERED_RE, NOUN_FIRST_RE, FROM_TO_RE];

/** An embassy said to return to full staffing: "U.S. Embassy in Beirut Returns to Full Staffing", "the embassy has resumed normal
 * staffing" (not a negation or a future: "has not returned", "will return to full staffing when conditions allow"). */
const FULL_STAFFING_RE =
  /\b(?:embass(?:y|ies)|consulates?|missions?)\b[^.;]{0,60}?\b(?:(?:returns?|returned|returning|went\s+back|goes\s+back|is\s+back|back)\s+to|(?:resum|restor)(?:es|ed|ing|e)\s+(?:to\s+)?)\s*(?:full|normal)\s+staff(?:ing)?(?:\s+levels?)?\b/;

/** Detect signals in one sentence (lower-cased matching form). */
export function detectSignals(low: string, opts: { changeNote?: boolean } = {}): SignalHit[] {
  for (const re of GLOBAL_RES) re.lastIndex = 0;
  const hits: SignalHit[] = [];
  const masks: Mask[] = [];
  // a claim the sentence itself calls false is not advice
  const g = GATES.mask(low);
  if (g & F_FALSE && /\b(?:false|fake|hoax|untrue|debunked|faux|fausse|falsch|falsa|falso|fake news|infondat\w*|smentit\w*|d[ée]menti\w*|dementiert)\b/.test(low)) return hits;
  // a correction retracts what it quotes: "An earlier version of this story said Germany had closed its embassy"
  if (g & F_FALSE && /\b(?:an? (?:earlier|previous) version of this (?:story|article|report|item|post)|(?:incorrectly|erroneously|wrongly|mistakenly) (?:said|stated|reported|claimed|wrote|suggested)|(?:indiqu|affirm|annonc|[ée]cri)\w* par erreur|f[äa]lschlicherweise|erroneamente)\b/.test(low)) return hits;
  // each detector below runs only when a word it cannot match without is in the sentence (substring tests)
  const gDep = (g & F_DEP_KIND) !== 0;
  let m: RegExpExecArray | null;

  // --- departure lifted (and supersession) first: they mask what they consume -------------------
  for (const re of [LIFT_RE, LIFT2_RE, LIFT_FR_DE_IT_RE]) {
    if (re === LIFT_FR_DE_IT_RE ? (g & F_LIFT_FR_DE_IT) === 0 : !gDep) continue;
    re.lastIndex = 0;
    while ((m = re.exec(low)) !== null) {
      const mm = m;
      const inner = /\b(?:(?:has|have|had|was|were|is|are)?\s*(?:been\s+)?(?:lifted|ended|terminated|expired|concluded|rescinded|revoked|cancell?ed)|(?:was|were|is|are)\s+(?:now\s+)?over)\b/.exec(mm[0]);
      const negPos = re === LIFT2_RE && inner ? mm.index + inner.index : mm.index;
      if (negatedBefore(low, negPos, 30) || /\b(?:not|never|yet to)\s+(?:been\s+)?(?:lifted|ended)/.test(mm[0])) continue;
      hits.push({ signal: 'departure_lifted', start: mm.index, end: mm.index + mm[0].length, staff: true });
      masks.push({ start: mm.index, end: mm.index + mm[0].length });
      // ("lifted the ordered departure status of …, as well as the authorized departure status of …": both ended)
      const co = re === LIFT_RE ? LIFT_COORD_RE.exec(low.slice(mm.index + mm[0].length)) : null;
      if (co) masks.push({ start: mm.index + mm[0].length, end: mm.index + mm[0].length + co[0].length });
    }
  }
  // an embassy back to full staffing: its staff's departure is over ("U.S. Embassy in Beirut Returns to Full Staffing")
  if ((low.includes('full staff') || low.includes('normal staff')) && (m = FULL_STAFFING_RE.exec(low)) !== null && !masked(masks, m.index, m.index + m[0].length) && !negatedBefore(low, m.index, 30) && !/\b(?:not|never|yet to|no longer)\b|\b(?:will|would|could|may|might|shall|to)\s+(?:\S+\s+)?(?:return|resume|restore|go back|be back)\b/.test(m[0])) {
    hits.push({ signal: 'departure_lifted', start: m.index, end: m.index + m[0].length, staff: true });
    masks.push({ start: m.index, end: m.index + m[0].length });
  }
  // an embassy no longer on a departure status: "U.S. Embassy Beirut is no longer on Authorized Departure status"
  if (gDep && low.includes('no longer') && (m = NO_LONGER_ON_DEP_RE.exec(low)) !== null && !masked(masks, m.index, m.index + m[0].length)) {
    hits.push({ signal: 'departure_lifted', start: m.index, end: m.index + m[0].length, staff: true });
    masks.push({ start: m.index, end: m.index + m[0].length });
  }
  // "replaces the previous ordered departure" → the ordered departure is over (now authorized)
  const gOrdAuth = (g & F_ORD_AUTH) !== 0;
  while (gOrdAuth && (m = REPLACES_RE.exec(low)) !== null) masks.push({ start: m.index, end: m.index + m[0].length });
  // "The authorized departure is no longer in effect" (it became ordered): not a lift, not in force
  const gAuth = (g & F_AUTH) !== 0;
  while (gAuth && (m = NO_LONGER_RE.exec(low)) !== null) masks.push({ start: m.index, end: m.index + m[0].length });
  // "authorized departure … raised/upgraded to ordered departure": the authorized one is over
  while (gAuth && (m = UPGRADE_RE.exec(low)) !== null) {
    const a = /authori[sz]ed(?:\s+departure)?/.exec(m[0]);
    if (a) masks.push({ start: m.index + a.index, end: m.index + a.index + a[0].length });
  }

  // --- ordered departure ------------------------------------------------------------------------
  ORDERED_RE.lastIndex = 0;
  const gOrdered = (g & F_ORDERED) !== 0;
  while (gOrdered && (m = ORDERED_RE.exec(low)) !== null) {
    const a = m.index;
    const b = a + m[0].length;
    if (masked(masks, a, b)) continue;
    if (negatedBefore(low, a, 40)) continue;
    if (/^(?:withdr|pull)/.test(m[0]) && /\btroops?\b/.test(m[0])) continue;
    // an evacuation run in good order is no order to leave: "the well-ordered evacuation of Chinese personnel"
    if (/\bwell[- ]$/.test(low.slice(Math.max(0, a - 5), a))) continue;
    if (/^order(?:ed|s|ing)?\s+(?:the\s+)?(?:mandatory\s+)?(?:evacuation|withdrawal)/.test(m[0]) && !STAFF_RE.test(low.slice(b, b + 90)) && !/\b(?:non-?emergency|embassy|diplomat)/.test(low.slice(b, b + 90))) continue;
    if (hedgedBefore(low, a, 40) && !/\bordered\b/.test(m[0])) continue;
    // "… ordered the departure of some staff in 2022; that order was lifted in December": superseded
    if (LATER_LIFTED_RE.test(low.slice(b, b + 220))) continue;
    if (/^ordered departure$/.test(m[0]) && DEP_NOT_INSTITUTED_RE.test(low.slice(b, b + 80))) continue;
    // an international body, a company or an aid group pulling out its own staff: no government's departure order ("Les
    // Nations unies ont elles aussi retiré leur personnel du pays")
    if (privateSubject(low, a)) continue;
    // (the staff named first, the verb last: "Family members of U.S. diplomats … were ordered to leave" is told where the
    // verb is, after the government that owns the staff)
    const verb = STAFF_FIRST_RE.test(m[0]) ? m[0].search(/\b(?:withdrawn|pulled out|ordered)\b[^.;]*$/) : -1;
    // the whole staff pulled out as the mission closes: the staff's evacuation, not an ordered departure
    // (`low` is the one sentence: the closing is looked for in all of it)
    if (WHOLE_STAFF_WITHDRAWN_RE.test(m[0]) && (MISSION_EMPTIED_RE.test(low) || (/\ball\b/.test(m[0]) && FROM_EMBASSY_RE.test(low.slice(b, b + 60))))) {
      hits.push({ signal: 'evacuation', start: a, end: b, staff: true });
      continue;
    }
    // non-essential staff a government evacuated ("the US and the UK have evacuated their non-essential staff") meet both
    // definitions of classification.md: non-emergency staff required to leave (the ordered departure) and "a government
    // evacuates … its staff" (the evacuation)
    // (… and so do a part of the staff evacuated: "a large part of the staff of the Japanese Embassy … will be evacuated", "einen
    // Teil des Personals … evakuiert")
    if (m[0].startsWith('evacuat') || /\bevacuated$|\bevakuiert\w*$/.test(m[0])) hits.push({ signal: 'evacuation', start: a, end: b, staff: true });
    const grp = departureGroup(low, a, b);
    // (told as the step before: "The State Department previously ordered the departure of …")
    const prior = /\b(?:previously|earlier|initially|originally|first|had)\b[^.;,]{0,30}$/.test(low.slice(Math.max(0, a - 40), a));
    hits.push({ signal: 'ordered_departure', start: verb > 0 ? a + verb : a, end: b, staff: true, ...(prior ? { prior } : {}), ...(grp.familyOnly ? { familyOnly: true as const } : {}) });
  }

  // --- authorized departure ---------------------------------------------------------------------
  const gAuthDep = (g & F_AUTH_DEP) !== 0;
  while (gAuthDep && (m = AUTH_RE.exec(low)) !== null) {
    const a = m.index;
    const b = a + m[0].length;
    if (masked(masks, a, b)) continue;
    if (negatedBefore(low, a, 40)) continue;
    const prior = /\b(?:after|had|previously|earlier|initially|originally|first|following|apr[èe]s avoir|avait|dopo aver(?:e)?|aveva|nachdem)\b[^.;,]{0,30}$/.test(low.slice(Math.max(0, a - 40), a));
    // "… authorized the departure of non-emergency personnel; that authorization was lifted in March": superseded
    if (LATER_LIFTED_RE.test(low.slice(b, b + 220))) continue;
    if (/^authori[sz]ed departure$/.test(m[0]) && DEP_NOT_INSTITUTED_RE.test(low.slice(b, b + 80))) continue;
    // (the staff named first, the verb last: "Family members … have been authorized to depart" is told where the verb is)
    const verb = STAFF_FIRST_RE.test(m[0]) ? m[0].search(/\b(?:authori[sz]ed\s+to|(?:told|informed)\s+(?:that\s+)?they\s+(?:can|may))\s+(?:leave|depart)\b/) : -1;
    const grp = departureGroup(low, a, b);
    hits.push({ signal: 'authorized_departure', start: verb > 0 ? a + verb : a, end: b, staff: true, prior, ...(grp.staffToo ? { staffToo: true as const } : {}) });
    masks.push({ start: a, end: b }); // "authorizing the evacuation of non-emergency personnel" is not an evacuation
  }
  for (const h of hits) if (h.signal === 'ordered_departure') masks.push({ start: h.start, end: h.end });

  // --- leave immediately ------------------------------------------------------------------------
  if (g & F_AUSREISE) {
    let a = low.indexOf('ausreiseaufforderung');
    let len = 20;
    // (the noun phrase told the other way round: "die Aufforderung zur dringenden und unverzüglichen Ausreise")
    if (a < 0) {
      const n = CALL_TO_AUSREISE_RE.exec(low);
      if (n) { a = n.index; len = n[0].length; }
    }
    // (… nor one the sentence says was lifted: "Die bislang geltende Ausreiseaufforderung wurde jedoch aufgehoben")
    if (a >= 0 && !negatedBefore(low, a, 40) && !NEG_AFTER_DE_RE.test(low.slice(a + len, a + len + 60)) && !CALL_LIFTED_AFTER_DE_RE.test(low.slice(a + len, a + len + 70)) && !HEDGE_DE_RE.test(low)) hits.push({ signal: 'leave_immediately', start: a, end: a + len });
    // "forderte … seine Staatsbürger zur Ausreise aus Iran auf", "hat … zur sofortigen Ausreise aufgerufen"
    const z = ZUR_AUSREISE_RE.exec(low);
    // ("fordert sie derzeit aber nicht zur Ausreise auf": the negation between the verb and the phrase)
    // ("zur sofortigen Ausreise aus folgenden Landesteilen des Irak": a call to leave parts of the country)
    if (a < 0 && z && !negatedBefore(low, z.index, 60) && !/\b(?:nicht|nie|niemals|keineswegs)\b/.test(z[0]) && !HEDGE_DE_RE.test(low) && !AUSREISE_FROM_PART_RE.test(low.slice(z.index + z[0].indexOf('ausreise') + 8, z.index + z[0].length + 60))) {
      // (the call sits at "zur Ausreise": with the verb first, its subject may come between, "riefen Frankreich und Polen … zur Ausreise auf")
      const zur = z[0].indexOf('zur ');
      const at = zur >= 0 ? zur : z[0].indexOf('ausreise');
      hits.push({ signal: 'leave_immediately', start: z.index + (at > 0 ? at : 0), end: z.index + z[0].length });
    }
  }
  LEAVE_VERB_RE.lastIndex = 0;
  let leaveFound = false;
  const gLeave = (g & F_LEAVE) !== 0;
  const leaveRes = gLeave && (low.includes('rientr') || low.includes('rentr') || low.includes('kehren') || low.includes('partir')) ? [LEAVE_VERB_RE, LEAVE_VERB_MORE_RE] : [LEAVE_VERB_RE];
  LEAVE_VERB_MORE_RE.lastIndex = 0;
  for (const leaveRe of leaveRes) while (gLeave && (m = leaveRe.exec(low)) !== null) {
    const a = m.index;
    const b = a + m[0].length;
    if (masked(masks, a, b)) continue;
    const after = low.slice(b, Math.min(low.length, clauseEnd(low, b), b + 110));
    let before = backWindow(low, a, 110, false);
    // an aside in parentheses does not end the clause: "urged nationals in X (tourists, students …) to return promptly"
    if (low.charCodeAt(a - before.length - 1) === 41) {
      const op = low.lastIndexOf('(', a - before.length - 1);
      if (op >= 0 && a - before.length - op < 120) before = backWindow(low, op, 110, false) + ' ' + before;
    } else if (DASH_ASIDE_END_RE.test(low.slice(Math.max(0, a - before.length - 3), a - before.length))) {
      // (… nor does one between dashes: "a demandé à ses ressortissants dans le pays - moins d'une centaine - de quitter la Libye")
      const close = a - before.length - 2;
      const op = Math.max(low.lastIndexOf(' - ', close - 2), low.lastIndexOf(' \u2013 ', close - 2), low.lastIndexOf(' \u2014 ', close - 2));
      if (op >= 0 && close - op < 80) before = backWindow(low, op, 110, false) + ' ' + before;
    }
    // "leave" as a noun (annual leave, on leave)
    if (m[0] === 'leave' && /\b(?:on|annual|sick|maternity|paternity|parental|shore|home|of)\s+$/.test(before)) continue;
    // a German relative clause that describes people by their leaving, not a call: "alle Reisenden, die das Land verlassen, zu
    // ermutigen, sich … impfen zu lassen"
    if (DE_RELATIVE_BEFORE_RE.test(before) && /^\s*(?:(?:wollen|m[öo]chten|werden|haben|sind)\s*)?(?:,|$)/.test(low.slice(b, b + 20))) continue;
    // a vehicle departing is a timetable, not a call: "a confirmed flight that indicates it will depart on time"
    if (VEHICLE_SUBJECT_BEFORE_RE.test(before)) continue;
    // leaving allowed, not asked: "non-essential diplomatic staff have been told they can leave the country"
    if (/\b(?:can|may)\s+$/.test(before.slice(-5))) continue;
    // non-emergency staff (and their families) asked to leave, no citizens among those told: a drawdown, the departure signals'
    // business, not a call on citizens ("an earlier alert asking only non-emergency employees and their families to leave Abuja")
    if (STAFF_ADDRESSEES_BEFORE_RE.test(before) && !CITIZENS_RE.test(before)) continue;
    // (neither urgent nor urged: no call; the cheapest test, so it comes first)
    const urgent = URGENCY_RE.test(after) || /\b(?:immediately|now|urgently|sofort|umgehend|unverz[üu]glich|immediatamente|imm[ée]diatement)\s+(?:to\s+|zu\s+)?$/.test(before) || /\b(?:tempestivamente|prontamente|rapidement|promptly)\s+(?:per\s+|pour\s+|to\s+)?$/.test(before) || /\bdringend\b/.test(before.slice(-60)) || /\b(?:now is the time|now is the moment)\s+to\s+$/.test(before);
    // (a second addressee and verb coordinated after the first call share its verb: "recommande à ses ressortissants en X de
    // quitter sans délai le pays, et à tous les Français de partir de Y")
    // (a check of need and its "if not" before the call: "valutare se la permanenza sia necessaria e, in caso contrario, di
    // lasciare"; a German "Falls nicht," opening the call answers the check in the sentence before: "Prüfen Sie, ob Ihre
    // Anwesenheit zwingend erforderlich ist. Falls nicht, reisen Sie kurzfristig aus")
    const needCheck = NEED_CHECK_BEFORE_RE.test(low.slice(Math.max(0, a - 200), a)) || /^\W*(?:falls|wenn)\s+nicht\s*,\s*$/.test(before);
    // (a German imperative is a call: "Reisen Sie umgehend aus"; so is one urged before a check of need: "si raccomanda ai
    // connazionali presenti in Russia di valutare se la permanenza sia necessaria e, in caso contrario, di lasciare il Paese")
    // (an Italian or French call with no addressee needs none in the clause either: "gli inviti formulati a lasciare il Paese")
    const bareCall = BARE_CALL_NOUN_BEFORE_RE.test(before);
    // (… and an infinitive coordinated after another shares the verb that governs both, however far back: "invitiamo gli
    // italiani che soggiornano … a non recarsi assolutamente nel Sud del Paese ed a rientrare in Italia il più presto possibile")
    // (quotation marks around the call's words do not break it: 'making an "urgent call" for its citizens … to leave')
    const urged = m[0] === 'reisen sie' || URGING_RE.test(before) || (QUOTE_IN_RE.test(before) && URGING_RE.test(before.replace(QUOTE_ALL_RE, ' '))) || bareCall || ((needCheck || NO_NEED_REL_RE.test(low.slice(Math.max(0, a - 200), a))) && URGING_RE.test(low.slice(Math.max(0, a - 260), a))) || CALL_NOUN_RE.test(before) || (/(?:\bde|d'|\bdi|\bto)\s*$/.test(before.slice(-5)) && COORD_DATIVE_CALL_RE.test(before) && URGING_RE.test(low.slice(Math.max(0, a - 400), a - 60))) || (COORD_INF_END_RE.test(before.slice(-8)) && URGING_RE.test(low.slice(Math.max(0, a - 260), a)));
    if (!urgent && !urged) continue;
    // (a German perfect infinitive reports a departure, it calls for none: "Mehrere Deutsche sollen Mali bereits verlassen haben")
    if (/^\s+(?:haben|hat)\b/.test(low.slice(b, b + 12)) && /^(?:verlass|ausgereist)/.test(m[0])) continue;
    // leaving as the end of a wait: "shelter in place until it is safe to leave", "jusqu'à ce qu'il soit possible de partir"
    if (UNTIL_SAFE_BEFORE_RE.test(before.slice(-45))) continue;
    // "told citizens in X to return home immediately": going home is a call to leave only when both urged and urgent
    // (so is "rientrare in Italia", "rentrer en France", "nach Deutschland zurückzukehren")
    if (RETURN_HOME_VERB_RE.test(m[0]) && !(urgent && urged)) continue;
    // the object is a place that is not a country (airport terminal, the area)
    // (but a government's nationals told to leave regions of the country at once — "demandé aux Français … de quitter ces
    // zones sans délai" — are called to leave, for part of the country)
    if (NON_COUNTRY_PLACE_RE.test(after) && !(REGIONS_OBJECT_RE.test(after) && URGENCY_RE.test(after) && NATIONALS_RE.test(before))) continue;
    // (… or the people told are those in the areas just named, the verb with no object of its own: "Canadians currently present
    // in these areas are encouraged to depart immediately" leave those areas)
    if (AREA_ADDRESSEES_BEFORE_RE.test(before) && /^\s*(?:immediately|now|at once|as soon as|without delay|if|while|when|by|[.,;:]|$)/.test(after)) continue;
    // (German puts the object before the verb: "den Grossraum Tokio und den Nordosten Japans zu verlassen"; urged at once, the
    // nationals are called to leave, for part of the country, as above)
    if (m[0].startsWith('verl') && DE_PART_OBJECT_BEFORE_RE.test(before) && !(urgent && NATIONALS_RE.test(before))) continue;
    if (SAFE_TO_DO_SO_RE.test(after) && GENERIC_DEFINITION_RE.test(low.slice(Math.max(0, a - 200), a))) continue;
    // moving within the country is no call to leave it: "to leave for a safer area", "to leave for safer places"
    if (/^\s*(?:for|to)\s+(?:a\s+|the\s+)?(?:safer?|secure|more secure)\s+(?:areas?|places?|locations?|regions?|parts?|zones?|cit(?:y|ies)|towns?)\b/.test(after)) continue;
    // a scale's step defined by what it asks: "Level 4, the highest on the ministry's scale, calls on nationals to evacuate"
    if (SCALE_STEP_SUBJECT_RE.test(low.slice(Math.max(0, a - 120), a))) continue;
    if (!urgent && /\b(?:should|must|need to|needs to|have to|has to|sollten|m[üu]ssen)\b/.test(before) && !/\b(?:urged?|urg\w+|called|told|tell(?:s|ing)?|instructed|ordered|strongly|advised|advises|recommend\w*|encourag\w*|fordert\w*|aufgefordert|invit\w*|esort\w*|incoraggi\w*|sollecit\w*)\b/.test(before)) {
      // "should leave" without urgency: only with an explicit country/the country object, or with no
      // object at all ("citizens in Ukraine should depart using …") when nothing makes it conditional
      // and it is not staff being told (a drawdown is the departure signals' business)
      const objectOk = /^\s*(?:the country|[a-z\u00C0-\u024F'-]+(?:\s[a-z'-]+)?\s*(?:\.|,|;|$|by|on|via|through|using|while|if))/.test(after);
      // (the FCDO's "if it's safe to do so", "if you can do so safely" is the call's wording, not a condition of it)
      const tail = low.slice(b, b + 120).replace(SAFE_IF_RE, ' ');
      const bareOk =
        !objectOk &&
        /^\s*(?:[.,;:]|$|(?:by|via|through|using|while|with)\b)/.test(tail) &&
        !/\b(?:if|unless|when|once|in the event|in case|should the|should there)\b/.test(tail) &&
        !/\b(?:staff|personnel|employees|family members|dependents|dependants|diplomats|families)\b/.test(before.slice(-70));
      // (… or told to those with no essential reason to stay: "If you don't have an essential reason to stay in Burundi, you
      // should leave if the opportunity arises to do so safely by commercial means")
      if (!objectOk && !bareOk && !NO_NEED_LEAD_RE.test(low.slice(0, a))) continue;
    }
    // (those with no reason to stay are the addressees: their clause's negation and "anyone who" do not touch the call)
    const noNeed = NO_NEED_REL_RE.test(low.slice(Math.max(0, a - 140), a));
    if (!noNeed && negatedBefore(low, a, 45)) continue;
    // help to leave is assistance, not a call: "do not rely on the Government of Canada to help you leave the country"
    if (HELP_TO_LEAVE_RE.test(before.slice(-40))) continue;
    // the urging verb itself negated: "it did not advise Dutch nationals already in the country to leave"
    if (urged && urgingNegated(low, a)) continue;
    // a call that the sentence revokes: "è revocato il precedente invito … a lasciare", "lifted its call to leave"
    if (/\b(?:revoc\w*|revoked|rescind\w*|withdr[ae]w\w*|lifted|annul\w*|aufgehoben|zur[üu]ckgenommen|lev[ée]e?)\b(?:[^.;]|(?<=\b[a-z])\.){0,60}\b(?:precedente|previous|earlier|former|pr[ée]c[ée]dent\w*|fr[üu]her\w*|bisherig\w*)\b/.test(before)) continue;
    // (… nor does the check of need before it: its "valutare" is no hedge, its "if not" no condition)
    // (… nor plans to be made for leaving at once: "U.S. citizens still in Yemen should make plans to depart immediately")
    const plansNow = /\bmake\s+(?:plans|arrangements)\s+to\s+$/.test(before) && /^\s*(?:[^\s.;,]+\s+){0,2}?(?:immediately|now|at once|without delay|as soon as possible)\b/.test(after);
    if (!noNeed && !needCheck && !plansNow && hedgedBefore(low, a, 80)) continue;
    if (!needCheck && conditional(low, a)) continue;
    // an addressee must be in the clause ("citizens", "you", a nationality)
    const clause = low.slice(Math.max(0, a - 160), Math.min(low.length, b + 80));
    // (… or the instruction is the reader's, an imperative that opens the sentence and names what to leave: "Depart Iraq by
    // commercial transportation as soon as possible"; an emergency service's "Leave now." names nothing)
    // (… or a mission or a ministry is the one urging, its nationals understood: "La sede diplomatica invita quindi «a lasciare il
    // Paese»")
    if (!noNeed && !ADDRESSEE_RE.test(clause) && !(urged && MISSION_URGES_RE.test(before)) && !bareCall && !(urgent && (m[0] === 'leave' || m[0] === 'depart' || m[0] === 'exit') && /^\s*(?:[-\u2022*]\s*)?$/.test(low.slice(0, a)) && IMPERATIVE_OBJECT_RE.test(after))) continue;
    // people told to leave an evacuation or flood zone: a local evacuation order ("everyone in the evacuation zones to leave now")
    if (HAZARD_ZONE_RE.test(clause)) continue;
    // the local people told to leave ("residents and tourists received text messages telling them to leave"), with no
    // government's citizens among them: a local evacuation order
    if (LOCAL_PEOPLE_RE.test(before) && !FOREIGN_ADDRESSEE_RE.test(before) && !NATIONALS_RE.test(before)) continue;
    // someone being expelled ("the ambassador was ordered to leave") is not travel advice
    if (/\b(?:ambassador|envoy|diplomat|charg[ée] d'affaires|journalist|correspondent|reporter|expelled|persona non grata)\b/.test(before) && !/\bcitizens|nationals\b/.test(before)) continue;
    // ordered departure of staff "to leave Oman" is not a call on citizens
    // (… unless a call on citizens follows the staff's: "ordered non-emergency staff to leave and urged Americans to depart")
    const staffTail = STAFF_TAIL_RE.exec(before);
    if (staffTail && /\b(?:authori[sz](?:ed|es|ing)|order(?:ed|s|ing)|required|obliged|compelled)\b/.test(before) && !(URGING_RE.test(staffTail[1]!) && CITIZENS_RE.test(staffTail[1]!))) continue;
    // (… nor is staff as the subject of "should leave": "“non-emergency U.S. government personnel and eligible family members”
    // should leave the country")
    if (STAFF_MODAL_SUBJECT_BEFORE_RE.test(before) && !CITIZENS_RE.test(before.slice(-80))) continue;
    // a third party's demand that a government give the call is not the call ("urges the Foreign Office to tell Britons to leave")
    if (DEMAND_ON_GOV_RE.test(low.slice(Math.max(0, a - 140), a)) || MODAL_DEMAND_RE.test(low.slice(Math.max(0, a - 140), a))) continue;
    // a call given in a drill or a rehearsal is role-play
    if (DRILL_RE.test(low)) continue;
    hits.push({ signal: 'leave_immediately', start: a, end: b });
    leaveFound = true;
  }
  // a government's own nationals urged to evacuate (the country they are in): a call to leave, not an evacuation it runs
  // ("urged its citizens to evacuate Lebanon"; people called on to evacuate a city, "called on Iranians to evacuate Tehran",
  // are no government's own nationals)
  if (!leaveFound && (g & F_EVAC) !== 0 && low.includes('to evacuate')) {
    const e = OWN_NATIONALS_EVACUATE_RE.exec(low);
    if (e) {
      const a = e.index + e[0].lastIndexOf('evacuate');
      const after = low.slice(a + 8, Math.min(low.length, clauseEnd(low, a + 8), a + 118));
      if (!negatedBefore(low, e.index, 45) && !urgingNegated(low, a) && !hedgedBefore(low, e.index, 60) && !conditional(low, a) && !NON_COUNTRY_PLACE_RE.test(after) && !HAZARD_ZONE_RE.test(low.slice(Math.max(0, a - 160), a + 80))) {
        hits.push({ signal: 'leave_immediately', start: e.index, end: a + 8 });
        leaveFound = true;
      }
    }
  }
  // leaving as the subject of a recommendation, urgent: "For anyone still in the country, departing while safe to do so is
  // strongly recommended"
  if (!leaveFound && gLeave) {
    GERUND_LEAVE_RE.lastIndex = 0;
    while ((m = GERUND_LEAVE_RE.exec(low)) !== null) {
      const a = m.index;
      const gap = m[0].slice(0, m[0].length - m[1]!.length);
      if (!URGENCY_RE.test(gap) && !/\bwhile\s+(?:it\s+is\s+)?(?:still\s+)?safe\b/.test(gap)) continue;
      if (negatedBefore(low, a, 45) || hedgedBefore(low, a, 80) || conditional(low, a)) continue;
      if (!ADDRESSEE_RE.test(low.slice(Math.max(0, a - 120), a + m[0].length))) continue;
      hits.push({ signal: 'leave_immediately', start: a, end: a + m[0].length });
      leaveFound = true;
      break;
    }
  }
  // a government ordering or urging its own citizens to evacuate (intransitive: no residents, no area
  // as object) tells them to leave: "ordering its citizens there to evacuate"
  if (!leaveFound && (g & F_CIT_EVACUATE) !== 0) {
    CITIZENS_EVACUATE_RE.lastIndex = 0;
    while ((m = CITIZENS_EVACUATE_RE.exec(low)) !== null) {
      const a = m.index + m[0].lastIndexOf('evacuat');
      const before = backWindow(low, a, 120, false);
      if (!URGING_RE.test(before) || /\b(?:should|must|need to|needs to|have to|has to)\b/.test(before)) continue;
      if (negatedBefore(low, a, 60) || hedgedBefore(low, a, 80) || conditional(low, a)) continue;
      if (SCALE_STEP_SUBJECT_RE.test(low.slice(Math.max(0, a - 120), a))) continue;
      // "there" pointing back to regions of the country ("Level 4 for areas around the border, urging nationals there to
      // evacuate"): a call for part of the country
      if (/\bthere\b/.test(m[0]) && /\b(?:areas?|regions?|provinces?|districts?|border|zones?|parts? of)\b/.test(low.slice(0, m.index))) continue;
      hits.push({ signal: 'leave_immediately', start: a, end: m.index + m[0].length });
      masks.push({ start: a, end: m.index + m[0].length }); // citizens leaving on their own: not an evacuation
      leaveFound = true;
      break;
    }
    if (!leaveFound) {
      const t = THAT_CITIZENS_EVACUATE_RE.exec(low);
      const a = t ? t.index + t[0].lastIndexOf('evacuat') : -1;
      if (t && !negatedBefore(low, a, 80) && !hedgedBefore(low, a, 80) && !conditional(low, a) && !/\b(?:should|must|would|could|might|may)\b/.test(t[0])) {
        hits.push({ signal: 'leave_immediately', start: a, end: t.index + t[0].length });
        masks.push({ start: a, end: t.index + t[0].length });
        leaveFound = true;
      }
    }
  }
  if (!leaveFound && (g & F_IMMEDIATE) !== 0) {
    IMMEDIATE_DEP_RE.lastIndex = 0;
    while ((m = IMMEDIATE_DEP_RE.exec(low)) !== null) {
      const a = m.index;
      if (masked(masks, a, a + m[0].length)) continue;
      if (negatedBefore(low, a, 45) || urgingNegated(low, a) || hedgedBefore(low, a, 80) || conditional(low, a)) continue;
      if (!ADDRESSEE_RE.test(low) || HAZARD_ZONE_RE.test(low)) continue;
      // (those in the areas just named leave the areas: "Canadians currently present in these areas are encouraged to depart immediately")
      if (AREA_ADDRESSEES_BEFORE_RE.test(backWindow(low, a, 110, false))) continue;
      if (DEMAND_ON_GOV_RE.test(low.slice(Math.max(0, a - 140), a)) || MODAL_DEMAND_RE.test(low.slice(Math.max(0, a - 140), a))) continue;
      hits.push({ signal: 'leave_immediately', start: a, end: a + m[0].length });
      break;
    }
  }

  // --- evacuation -------------------------------------------------------------------------------
  const gEvac = (g & F_EVAC) !== 0;
  while (gEvac && (m = EVAC_RE.exec(low)) !== null) {
    const a = m.index;
    const b = a + m[0].length;
    if (masked(masks, a, b)) continue;
    // a German compound that names options or plans, not an evacuation: "Evakuierungsmöglichkeiten", "Evakuierungspläne"
    if (EVAC_OPTIONS_COMPOUND_RE.test(low.slice(a, a + 40))) continue;
    const after = low.slice(b, Math.min(low.length, b + 90));
    // boilerplate and non-travel uses: "medical evacuation", "medevac", evacuation insurance, a repatriation loan, "evacuation at the
    // traveler's expense", "evacuation plans"
    if (/\bmedical\s+$/.test(low.slice(Math.max(0, a - 30), a)) || /^\s*at the travell?er/.test(after)) continue;
    // (a plan as one German word: "Evakuierungsplan", "Evakuierungspläne"; so an area: "Evakuierungszone", "Evakuierungsgebiet")
    if (/(?:pl(?:a|ae)n(?:e|en|ung)?|zonen?|gebiet\w*|radius)$/.test(m[0])) continue;
    // a sentence about a plan tells what it foresees: "The plan does not yet include U.S. military support for the evacuation of
    // some 38,000 citizens", "Il piano prevede l'evacuazione di …"
    if (PLAN_SUBJECT_RE.test(low)) continue;
    if (/^\s*(?:insurance|loans?|plans?|planning|routes?|options?|procedures?|drills?|orders?|warnings?|zones?|centers?|centres?|shelters?|maps?|exercises?|notices?|alerts?|advisor(?:y|ies))\b/.test(after)) continue;
    // (… the same nouns before the word in French and Italian: "le procedure di evacuazione", "les plans d'évacuation")
    if (/\b(?:procedur[ae]s?|piani|piano|plans?|esercitazion[ie]|exercices?|itinerari|routes?|zones?|centri|centres?|mappe|cartes?|scenari|sc[ée]narios?|opzioni|options?|possibilit[àae]s?)\s+(?:di|de|des|d'|dell'|della|delle|degli|dei)\s*$/.test(low.slice(Math.max(0, a - 40), a))) continue;
    const before = backWindow(low, a, 90, false);
    const near = before.slice(-70) + ' ' + m[0] + ' ' + after.slice(0, 70);
    if (/\bmedevac|\binsurance\b/.test(before.slice(-30) + ' ' + after.slice(0, 25))) continue;
    if (/\bcrisis and evacuations?\b/.test(near)) continue;
    // (the aircraft "chartered by" a government only tells an evacuation the sentence has not told already: "were flown from
    // Juba to Nairobi aboard a plane chartered by the government" is one evacuation, out of Juba)
    if (m[0].endsWith('chartered by') && hits.some((h) => h.signal === 'evacuation')) continue;
    // a government that offers to take evacuees in is no evacuating government: "Fiji offered to receive any evacuees"
    if (m[0].startsWith('evacuee') && /\b(?:receiv\w*|host\w*|welcom\w*|tak(?:e|es|ing) in|took in|accept\w*|accommodat\w*|shelter\w*)\s+(?:any\s+|the\s+|all\s+|more\s+)?(?:[\w-]+\s+)?$/.test(before.slice(-40))) continue;
    // who the evacuees were tells no evacuating government: "Evacuees included nationals from Russia, Belarus, …"
    if (/^(?:evacuees|[ée]vacu[ée]s)$/.test(m[0]) && EVACUEES_WERE_AFTER_RE.test(after)) continue;
    // what governments generally do: "Governments rarely evacuate ordinary citizens"
    if (/\b(?:rarely|seldom|usually|typically|generally|normally|often)\s+$/.test(before.slice(-24))) continue;
    // any evacuation at all is none in particular: "Any evacuation of civilians … is likely to be a complex operation", "toute
    // évacuation serait difficile", "jede Evakuierung", "qualsiasi evacuazione"
    if (/\b(?:any|toute|jede|qualsiasi)\s+(?:such\s+|further\s+|future\s+|possible\s+|potential\s+|eventuelle\s+|etwaige\s+|eventuale\s+)?$/.test(before.slice(-30)) && /^(?:evacuations?|repatriations?|airlifts?|rapatriements?|evaku(?:ierung|ation)(?:en)?|evacuazion[ei]|rimpatri[oi])$/.test(m[0])) continue;
    // a necessity, not an event: "people do have to be airlifted out", "may need to be evacuated" ("had to be" is done)
    if (/\b(?:have|has|need|needs)\s+to\s+be\s+$/.test(before.slice(-24))) continue;
    // (… and so in German, the modal after the passive: "in deren Folge deutsche Staatsbürger ausgeflogen werden müssten", "könnten
    // evakuiert werden")
    if (/^\s+werden\s+(?:m[üu]ssten|m[üu]sste|m[üu]ssen|muss|k[öo]nnten|k[öo]nnte|k[öo]nnen|kann|w[üu]rden|w[üu]rde|sollten|sollte)\b/.test(after) || /\b(?:m[üu]ssten|m[üu]sste|k[öo]nnten|k[öo]nnte|w[üu]rden|w[üu]rde|sollten|sollte)\s+(?:\S+\s+){0,4}?$/.test(before.slice(-50)) && /^\s+werden\b/.test(after)) continue;
    // (… or before the active infinitive, in the same clause: "Die Bundeswehr könnte deutsche Staatsbürger ausfliegen")
    if (/\b(?:m[üu]ssten|m[üu]sste|k[öo]nnten|k[öo]nnte)\s+(?:[^\s,;.]+\s+){0,5}?$/.test(before.slice(-60)) && /en$/.test(m[0]) && !/^(?:\w+)?ge\w+en$/.test(m[0])) continue;
    if (negatedBefore(low, a, 60)) continue;
    // an evacuation said not to be possible yet: "it is not currently safe to undertake a U.S. government-coordinated evacuation"
    if (EVAC_NOT_YET_BEFORE_RE.test(before.slice(-110))) continue;
    // an evacuation asked for, not carried out: "requesting mandatory evacuations for staff", "sought an evacuation"
    // (not people told whom to ask: "Citizens requesting repatriation may contact the embassy" is a service offered)
    if (EVAC_REQUESTED_RE.test(before.slice(-60)) && !CONTACT_AFTER_RE.test(after)) continue;
    // (German puts the request's verb after the noun: "habe um eine Evakuierung gebeten")
    if (EVAC_REQUESTED_BEFORE_DE_RE.test(before.slice(-40)) && EVAC_REQUESTED_AFTER_DE_RE.test(after) && !CONTACT_AFTER_RE.test(after)) continue;
    // ("220 Turkish citizens who had been evacuated": a relative clause that tells what was done is no "citizens who wish")
    const rel = RELATIVE_DONE_RE.exec(before);
    // (a decision told in the future of the past is no hedge: "said that the government would arrange a special flight to repatriate")
    if ((hedgedBefore(low, rel ? a - before.length + rel.index : a, 70) && !EVAC_ANNOUNCED_RE.test(before)) || conditional(low, a)) continue;
    if (/\b(?:do not|don't|should not|cannot|can't|not)\s+(?:count|rely|depend|expect)\b/.test(low.slice(Math.max(0, a - 120), a))) continue;
    // travellers leaving by their own means: "rely on commercial flights or your own arrangements"
    if (/\b(?:rely|relying|depend|depending)\s+on\s+(?:commercial|scheduled|your own|their own)\b|\b(?:your|their) own arrangements\b/.test(low.slice(Math.max(0, a - 60), Math.min(low.length, b + 40)))) continue;
    // generic statements: "military-assisted evacuations … are rare", "evacuation is not guaranteed"
    if (/^(?:[^.;]|(?<=\b[a-z])\.){0,80}?\b(?:rare|rarely|unlikely|uncommon|not available|not possible|not be possible|not guaranteed|cannot be guaranteed|a last resort)\b/.test(after)) continue;
    // the evacuation negated after the noun: "an evacuation … is not planned", "Eine Evakuierung … sei nicht vorgesehen",
    // "l'évacuation … n'est pas prévue", "un'evacuazione … non è prevista"
    if (EVAC_NOT_PLANNED_RE.test(after)) continue;
    // (… or said to be stopped: "Außerdem werden die vom Außenministerium organisierten Rückholflüge eingestellt")
    if (/^[^.;]{0,60}?\b(?:eingestellt|beendet)\b/.test(after) && /^(?:r[üu]ckhol|evaku|repatri|sonderfl|ausfl)/.test(m[0])) continue;
    // flights a government lets or asks operators to run ("Chartered flights are also being encouraged to fly") are no
    // transport it arranges
    if (FLIGHTS_ENCOURAGED_RE.test(after)) continue;
    // a German zu-infinitive governed by a plan or a preparation far before it ("Was die Bundesregierung jetzt plant, um Deutsche zu
    // evakuieren", "bereitet sich … darauf vor, … aus dem Libanon zu evakuieren", "plant, … auszufliegen"): no evacuation yet
    if ((/\bzu\s+$/.test(before) || /^(?:aus|zur[üu]ck)zu/.test(m[0])) && DE_PLAN_BEFORE_RE.test(low.slice(0, a))) continue;
    // (… or a readiness told after the noun: "dass die Bundesregierung zu einer Rückholung … grundsätzlich bereit ist")
    if (/^[^.;]{0,120}?\bbereit\s+(?:ist|sind|war|waren|sei|seien|w[äa]re|w[äa]ren)\b/.test(low.slice(b, b + 130)) && /\bzu\s+(?:einer|der|den)\s+$/.test(low.slice(Math.max(0, a - 12), a))) continue;
    // staff described by an earlier move ("personnel who had been relocated outside of Iraq will begin a gradual return"): the
    // news is what they do now
    if (m[0].startsWith('relocat') && /\b(?:who|which|that)\s+(?:had|have)\s+been\s+$/.test(before)) continue;
    // a call on people to evacuate a place ("called on Iranians to evacuate Tehran"): no government's transport out
    if (m[0] === 'evacuate' && /\bto\s+$/.test(before) && URGING_RE.test(before.slice(-80)) && !EVAC_PEOPLE_OBJECT_RE.test(after)) continue;
    // local authorities evacuating residents: a domestic measure
    const domesticObj = /\b(?:residents|villagers|inhabitants|population|households|homes|towns?|villages?|neighbou?rhoods?|districts?|coastal|patients|hospitals?|schools?|students|buildings?|streets?|low-lying|flood|people living|families living|the area|the zone|communities)\b/.test(near);
    const foreignObj =
      /\b(?:citizens|nationals|ressortissants?|staatsangeh\w*|staff|personnels?|diplomats|employees|(?:its|their|peace corps)\s+volunteers|embassy|embassies|consulate|family members|dependents|dependants|expatriates|foreigners|foreign nationals|its people|their people|compatriots|[a-z]+ians|botschaft(?:s\w+|en)?|mitarbeiter(?:innen|n)?|ambassade|ambasciata|konsulat|consulat|consolato|diplomaten|diplomates|diplomatici|personale|landsleute|bundesb[üu]rger\w*)\b/.test(near) ||
      // (the subject of a passive named where the sentence opens: "The staff of the Japanese Embassy in Sudan … has been evacuated")
      (PASSIVE_BEFORE_RE.test(before) && PASSIVE_STAFF_SUBJECT_RE.test(low.slice(Math.max(0, a - 200), a).replace(/^.*[.;:]\s/, ''))) ||
      NATIONALS_RE.test(near);
    const arranged = /^(?:arrang|organi[sz]|charter|affret|-(?:assisted|chartered|provided|organi[sz]ed|arranged|sponsored)\s|fly |vols? |premier vol|fl(?:iegt|iegen|og|ogen)\b|sonderfl|evakuierungsfl|volo |rientrat[aeio] in )|(?:arrang|organi[sz]|charter)\w*$/.test(m[0]) || /\bflights? (?:\w+ ){0,4}(?:arrang|organi[sz]|charter)/.test(m[0]);
    const bringHome = arranged || /\b(?:bring|fly|flew|flown|take|took|get|got|brought|return|repatriate)\s+(?:\S+\s+){0,3}?(?:home|out of|out)\b/.test(near) && /\b(?:flights?|planes?|aircraft|convoys?|ships?|evacuat\w*)\b/.test(near);
    const flights = bringHome || /fl(?:ug|[üu]ge)/.test(m[0]) || MILITARY_CRAFT_WIDE_RE.test(low.slice(Math.max(0, a - 160), a)) || /\b(?:flugzeug\w*|maschinen?|sonderfl[üu]g\w*)\s+(?:zur|f[üu]r\s+die)\s+(?:evakuierung|r[üu]ckholung)\b/.test(near) || /\b(?:air force|military (?:aircraft|helicopters?)|(?:avions?|helicopteres?) militaires?|(?:aere[oi]|elicotter[oi]) militar[ei]|milit[äa]r(?:flugzeug\w*|maschinen?|hubschrauber\w*)|transportmaschinen?|bundeswehr\w*|luftwaffe\w*|c-130|c-17|hercules|(?:navy|naval) (?:ships?|vessels?)|warships?|frigates?)\b/.test(near) || /\b(?:charter|evacuation|rescue|repatriation|assisted departure|government[- ](?:organi[sz]ed|chartered|arranged)|military)\b(?:[^.;]|(?<=\b[a-z])\.){0,20}\b(?:flights?|planes?|aircraft|ships?|convoys?|buses)\b|\bflights?\b(?:[^.;]|(?<=\b[a-z])\.){0,30}\b(?:out of|from)\b/.test(near);
    // "carried 87 New Zealanders to Auckland" is an evacuation only aboard a government's (or a chartered) craft
    // flights operated by a government (not by an airline: "Qantas operated extra flights for Australians")
    if (/^operat/.test(m[0]) && !GOV_OPERATOR_RE.test(before)) continue;
    // an evacuation dated long before the sentence's act: "has reopened its embassy, more than two years after it evacuated its
    // diplomats"
    if (YEARS_AFTER_BEFORE_RE.test(before.slice(-60))) continue;
    // transport a government can arrange or facilitate is a service offered, not one under way ("The Embassy can facilitate
    // transportation for citizens if needed", "can arrange charter flights"; "could" and "may" are hedges already, and "would"
    // tells an announced decision)
    if ((arranged || m[0].startsWith('facilitat') || m[0].startsWith('secur')) && CAPABILITY_BEFORE_RE.test(before)) continue;
    // (… and flights a company says it operates: "EasyJet said it was operating two repatriation flights from Rhodes")
    if (/\boperat(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}$/.test(before.slice(-40)) && /^\s*(?:flights?|planes?|aircraft)\b/.test(after) && !GOV_OPERATOR_RE.test(before)) continue;
    if (/^(?:carried|carrying|ferried|ferrying|transported|transporting)\b/.test(m[0]) && !/\b(?:air force|military|defen[cs]e force|c-1[37]\w*|hercules|a400m|charter\w*|navy|naval|warship|frigate|government|rescue|evacuat\w*)\b/.test(near)) continue;
    // travellers flying out on their own ("Some travellers took ferries to Java to fly out of Surabaya") are no evacuation
    if (/^fl(?:y|ies|ew|own|ying)\b/.test(m[0]) && SELF_LEAVERS_RE.test(before) && !/\b(?:government|military|air force|charter\w*|evacuat\w*|rescue|embass\w*|ministry|arranged|organi[sz]ed)\b/.test(near)) continue;
    // seats a government secured for its citizens, not seats travellers booked for themselves
    if (/^(?:secured|reserved|block-booked|booked)\b/.test(m[0]) && (SELF_LEAVERS_RE.test(before.slice(-50)) || /\b(?:you|who|they)\s+(?:\S+\s+){0,2}$/.test(before))) continue;
    // (seats merely booked are a government's only when it is named as the one booking: "her government had booked 500 seats on
    // commercial aircraft"; "passengers had booked seats on the last flight" is travellers')
    if (m[0].startsWith('booked') && !GOV_OPERATOR_RE.test(before.slice(-40))) continue;
    const repatriatedCount = /^(?:repatriated|repatriates|rapatri[ée]s?|rimpatriat[oi])$/.test(m[0]) && !/\b(?:been|were|was|being|ete|stat[ei])\s+$/.test(before) && REPATRIATED_COUNT_AFTER_RE.test(after);
    if (domesticObj && !foreignObj && !bringHome && !repatriatedCount) continue;
    // people moved out of a fire's or a flood's zone, whoever they are, are moved by the local authorities within the country
    // ("gli italiani evacuati dalle zone coinvolte nell'incendio", "tourists evacuated from hotels in the fire zones")
    if (!bringHome && !flightsWord(near) && HAZARD_ZONE_AFTER_RE.test(after.slice(0, 110))) continue;
    // an employer's expatriate staff ("flown 60 expatriate employees to Dakar", "le personnel expatrié a été rapatrié"),
    // with no government near: a company or an aid group moving its people, no government's evacuation
    if (EXPAT_STAFF_RE.test(near) && !GOV_OPERATOR_RE.test(near)) continue;
    // a flight a sports board, a company or a school laid on for its own people ("a chartered flight arranged by the
    // England and Wales Cricket Board") is no government's evacuation
    if (PRIVATE_ARRANGER_RE.test(low.slice(a, a + 160))) continue;
    // fans or pilgrims flown to a match or a shrine ("a chartered flight for 200 of the supporters") travel to an event: no evacuation
    if (arranged && EVENT_TRAVELLERS_RE.test(low) && !GOV_OPERATOR_RE.test(low) && !GOV_ARRANGER_OTHER_RE.test(low)) continue;
    // a building cleared for an incident (a suspicious package, a fire alarm, a bomb threat) and not a departure from the country
    if (BUILDING_INCIDENT_RE.test(low)) continue;
    // a rehearsal ("ran a simulated evacuation"), or a team or company flying its own people out
    if (SIMULATED_BEFORE_RE.test(before.slice(-60)) || privateSubject(low, a)) continue;
    // a relative clause telling the government's past act: "Germany, which evacuated its nationals during the 2013 crisis, said …"
    if (/,\s*(?:which|who)\s+(?:had\s+|has\s+|also\s+)?$/.test(low.slice(Math.max(0, a - 20), a)) && /^[^,;]{0,120}\b(?:19|20)\d\d\b/.test(low.slice(a))) continue;
    // what a step of a scale asks, defined: "Level 4 … calls on nationals to evacuate"
    if (SCALE_STEP_SUBJECT_RE.test(low.slice(Math.max(0, a - 120), a))) continue;
    // local people moved by chartered craft ("Ferries and chartered vessels are moving residents to Santo") are no
    // government's evacuation of its citizens
    if (!foreignObj && LOCAL_PEOPLE_RE.test(near)) continue;
    // a count of people evacuated (by the local authorities) — nationals may be among them, no government evacuated
    // them: "Tra le 1.500 persone evacuate … anche cinquanta turisti italiani"
    // (… unless a government's forces are named as the ones who evacuated them: "311 personnes ont été évacuées par l'armée
    // allemande")
    const byAgent = EVACUATED_BY_FORCES_AFTER_RE.test(after);
    if (!flights && !/\b(?:carr(?:y|ying|ied)|fl(?:y|ying|ew|own)|brought|bring\w*|transport\w*|ferr(?:y|ying|ied)|airlift\w*|aboard|on board|landed|arrived|trasport\w*|a bordo|rapatri\w*)\b/.test(before) && /^(?:evacuat(?:ed|e)|evacu[ée]e?s|evakuiert)\b/.test(m[0] + ' ') && !byAgent && /\b(?:people|persons|residents|persone|personnes|personen|menschen|abitanti|habitants|bewohner\w*|einwohner\w*|villagers|families|famiglie|familles)\s+(?:(?:were|have been|had been|being|who were|sono stat[ei]|erano stat[ei]|ont [ée]t[ée]|avaient [ée]t[ée]|wurden|waren)\s+)?$/.test(before)) continue;
    // an evacuation operation carried out ("France launched an evacuation operation", "Auch Frankreich und Italien leiteten
    // Evakuierungsaktionen ein"): a government's transport out, whoever it carries; one only prepared or planned is not
    // (… but counted people evacuated by a government named as the subject are its evacuation: "Germany announced that it had
    // evacuated more than 100 people from Sudan"; attribution keeps it only with such a subject)
    const counted = !foreignObj && !flights && ((/^(?:evacuated|evacuates|[ée]vacu[ée]s?|evacuat[oi])$/.test(m[0]) && !/\b(?:been|were|was|being|ete|stat[ei])\s+$/.test(before) && COUNTED_PEOPLE_AFTER_RE.test(after)) || repatriatedCount);
    const byForces = !foreignObj && !flights && byAgent;
    if (!foreignObj && !flights && !counted && !byForces && !EVAC_OPERATION_RE.test(low.slice(Math.max(0, a - 60), Math.min(low.length, b + 70)))) continue;
    // evacuees' destination is not what is evacuated: handled by attribution
    hits.push({ signal: 'evacuation', start: a, end: b, staff: /\b(?:staff|personnel|diplomats|diplomatic|employees|embass(?:y|ies)|consulates?|missions)\b/.test(near), ...(counted ? { counted: true as const } : {}), ...(byForces ? { byForces: true as const } : {}) });
  }

  // --- embassy suspended ------------------------------------------------------------------------
  EMB_RE.lastIndex = 0;
  const gEmb = (g & F_EMB) !== 0;
  while (gEmb && (m = EMB_RE.exec(low)) !== null) {
    const a = m.index;
    const b = a + m[0].length;
    const after = low.slice(b, Math.min(low.length, b + 120));
    const before = low.slice(Math.max(0, a - 60), a);
    let afterOk = SUSP_AFTER_RE.exec(after) ?? ZU_SCHLIESSEN_RE.exec(after);
    // (German puts the participle last, however long the clause: "die Konsularagentur der Schweiz in Niger wurde wegen der
    // schwierigen Sicherheitslage rund zwei Wochen nach dem Militärputsch vorübergehend geschlossen")
    if (!afterOk && /^(?:botschaft|generalkonsulat|konsulat|konsularagentur)/.test(m[0])) afterOk = DE_CLOSED_LATE_RE.exec(low.slice(b, b + 240));
    // (the mission said to stay open before the closing verb: the verb closes something else — "bleibt geöffnet, die Schulen
    // wurden aber geschlossen", "reste ouverte, mais les écoles ont été fermées")
    // (the matches open at the mission's end: the text before the verb is in the match)
    if (afterOk && STAYS_OPEN_RE.test(after.slice(0, afterOk.index + afterOk[0].length))) afterOk = null;
    // "closed off two streets", "shut the road": the verb closes something else, not the embassy
    if (afterOk && /(?:closed|shut)$/.test(afterOk[0]) && CLOSED_OTHER_RE.test(after.slice(afterOk.index + afterOk[0].length))) afterOk = null;
    // (… or suspends something else after it, another subject's act: "davanti all'ambasciata francese …, dopo che Parigi ha
    // sospeso gli aiuti", "after Washington closed its airspace")
    if (afterOk && SUSPENDED_OTHER_RE.test(after.slice(afterOk.index + afterOk[0].length))) afterOk = null;
    // (what "remains suspended" is said of may be named before the embassy: "Visa operations at the Embassy remain suspended")
    if (afterOk && /remain\w*\s+suspended$/.test(afterOk[0]) && OPS_NAMED_BEFORE_RE.test(before)) afterOk = null;
    // ("Operations at the U.S. Embassy in Khartoum remain suspended": the operations named before the embassy)
    afterOk ??= OPS_AT_BEFORE_RE.test(before) ? OPS_SUSPENDED_AFTER_RE.exec(after) : null;
    // another subject closed in a later clause: "the violence against our embassy …, and the fact that the air space is shut"
    if (afterOk && OTHER_SUBJECT_CLOSED_RE.test(afterOk[0])) afterOk = null;
    // (the embassy as the operations' adjective: "suspended their embassy operations in Yemen", "were suspending embassy operations")
    // (an evacuated embassy, not its staff: "has evacuated its embassy in Libya"; nor a building cleared for a bomb threat or a
    // suspicious package, as the evacuation detector reads it)
    // (a government's diplomatic operations or presence, suspended: "The US suspended diplomatic operations in Syria in 2012")
    // (a closing verb in quotes is still the verb: 'said it has "temporarily closed" its embassy in Kabul')
    const beforeOk = SUSP_BEFORE_RE.test(before) || (before.includes('"') && SUSP_BEFORE_RE.test(before.replace(/"/g, ''))) || (EMB_OPS_AFTER_RE.test(after) && SUSPEND_BEFORE_OPS_RE.test(before)) ||
      ((m[0] === 'diplomatic operations' || m[0] === 'diplomatic presence') && SUSPEND_BEFORE_OPS_RE.test(before)) ||
      (EVACUATED_EMB_BEFORE_RE.test(before) && !EMB_PEOPLE_AFTER_RE.test(after) && !BUILDING_INCIDENT_RE.test(low));
    if (!afterOk && !beforeOk) continue;
    // "its mission" / "the mission" of an international body or a company is no government's embassy ("The United
    // Nations said its mission, MONUSCO, had relocated some staff")
    if (/^(?:its|the|their) missions?$/.test(m[0]) && NON_STATE_BODY_RE.test(low.slice(0, a))) continue;
    // the embassy's consular or visa services, not the embassy: "les services consulaires de l'ambassade sont fermés"
    if (/\b(?:consular|visa|passport) (?:services?|sections?|appointments?) (?:of|at) (?:the |its )?(?:\S+ )?$|\b(?:services?|sections?) consulaires? de (?:l'|la )?$|\b(?:servizi|sezione|ufficio) consolar[ei] (?:dell'|della )$|\b(?:konsularabteilung|visastelle|rechts- und konsularreferat) der $/.test(before) || (EMB_PART_WORD_RE.test(before) && EMB_PART_BEFORE_RE.test(before))) continue;
    const span = beforeOk ? before + m[0] : m[0] + after.slice(0, (afterOk?.index ?? 0) + (afterOk?.[0].length ?? 0));
    if (/\b(?:consular|visa|routine|passport|appointments?|services? (?:is|are|were|was|remain)|reopen\w*|re-open\w*|resum\w*|remains? open|stays? open|(?:federal |public |national )?holidays?|in observance|independence day|christmas|thanksgiving|new year|memorial day|labor day|eid|easter|weekend|inauguration|fourth of july|juneteenth|columbus|veterans day|presidents' day|martin luther king|no longer closed)\b/.test(span) || HOLIDAY_RE.test(span)) continue;
    // staff moved to another site in the same city ("relocated to an alternate site within Bogotá"): the embassy works on
    if (afterOk && /\brelocat/.test(afterOk[0]) && SAME_CITY_MOVE_RE.test(after.slice(afterOk.index + afterOk[0].length))) continue;
    // "the embassy, which relocated its staff in March, resumed operations on 9 May"
    if (/(?<!\b(?:which|that|who)\s+(?:\w+ly\s+|only\s+|just\s+|had\s+|has\s+)?)\b(?:reopen\w*|re-open\w*|resum\w*|remains? open)\b/.test(after.slice(0, 80)) || REOPENED_RE.test(low.slice(b))) continue;
    // "closed for routine visa appointments" (not "remains closed, and consular services are handled from Cairo")
    // (… in French, German and Italian too: "fermée pour les services consulaires ordinaires", "für den Visabereich geschlossen")
    // (a closure told before the embassy is read up to the end of its clause: "suspended diplomatic operations in Syria in 2012,
    // meaning it cannot provide routine or emergency consular services" closed the mission, not its services)
    if (/\b(?:routine|visa|consular services|appointments?|passports?|services? consulaires?|consulaires? (?:ordinaires|de routine)|rendez-vous|passeports?|konsular\w*|visa\w*|(?:reise)?p[äa]sse\b|reisepass\b|passantr[äa]g\w*|servizi consolari|consolari|appuntament\w*|passaport\w*)\b/.test(afterOk ? closureClause(after, afterOk.index + afterOk[0].length) : closureClause(after, 0))) continue;
    if (afterOk && CLOSED_FOR_SERVICES_RE.test(after.slice(afterOk.index + afterOk[0].length))) continue;
    if (holidaySentence(low)) continue;
    if (negatedBefore(low, a, 40) && !beforeOk) continue;
    if (beforeOk && negatedBefore(low, a - (before.length - before.search(/\b(?:clos|shut|suspen|relocat|fermeture|schlie|chiusura)/)), 40)) continue;
    // (a negation anywhere between the embassy and its closure: "has not been closed", "n'est pas fermée", "has not announced its closure")
    if (afterOk && /\b(?:not|no|never|nicht|kein\w*|pas|non)\b|n't\b/.test(after.slice(0, afterOk.index + afterOk[0].length))) continue;
    // (a government's announced decision is no hedge: "Switzerland said it would temporarily close its embassy")
    if ((hedgedBefore(low, a, 50) && !ANNOUNCED_RE.test(backWindow(low, a, 70, false))) || conditional(low, a)) continue;
    if (/\b(?:may|might|could|would|prepared to|plans? to|considering|could be)\b/.test(after.slice(0, (afterOk?.index ?? 0) + 5))) continue;
    hits.push({ signal: 'embassy_suspended', start: a, end: b });
  }

  // --- shelter in place -------------------------------------------------------------------------
  const gShelter = (g & F_SHELTER) !== 0;
  const shelterRes = gShelter && (low.includes('einem') || low.includes('lieu') || low.includes('endroit') || low.includes('luog') || low.includes('posto')) ? [SHELTER_RE, SHELTER_PLACE_RE] : [SHELTER_RE];
  SHELTER_PLACE_RE.lastIndex = 0;
  for (const shelterRe of shelterRes) while (gShelter && (m = shelterRe.exec(low)) !== null) {
    const a = m.index;
    const b = a + m[0].length;
    const before = low.slice(Math.max(0, a - 100), a);
    const after = low.slice(b, b + 80);
    // (the shelter is for those who cannot leave: "… and to shelter in place if they cannot")
    const forUnable = UNABLE_TO_LEAVE_AFTER_RE.test(after);
    // (not the reader's own safety as the condition: "remain where you are if it is safe to do so")
    if (/^\s*(?:if|when|should|in the event|in case|during)\b/.test(after) && !/^\s*if\s+(?:it\s+is|it's)\s+safe\s+to\s+do\s+so\b/.test(after) && !forUnable) continue; // "shelter in place if in the vicinity of…"
    if (/^\s*(?:as|where)\s+(?:needed|necessary|required|appropriate)\b/.test(after)) continue; // "shelter in place as needed"
    // a step a contingency plan will take, in the future passive: "anyone outside of the Embassy will be directed to shelter in
    // place" (an instruction given now is in the present: "citizens are directed to shelter in place")
    if (/\b(?:will|would)\s+be\s+(?:directed|asked|told|expected|required|instructed|advised|requested)\s+to\s+$/.test(before.slice(-50))) continue;
    // a noun compound that names preparing for it: "Shelter-in-Place Readiness: Citizens are encouraged to stockpile …",
    // "shelter-in-place kit", "shelter in place drills"
    if (/^[\s-]*(?:readiness|preparedness|kits?|supplies|drills?|exercises?|procedures?|checklists?)\b/.test(after)) continue;
    // a noun compound, the local measure's name: "stay at home orders", "stay-home rules"
    // (not an embassy's own order in force: "a 'shelter in place' order is currently in effect at its diplomatic missions")
    if (/^[\s-]*(?:orders?|mandates?|rules|requirements?|restrictions|measures|policy|policies)\b/.test(after) && !(/^["'\u201d\s-]*orders?\s+(?:(?:is|was|has been|remains)\s+(?:\w+\s+)?(?:in (?:effect|place|force)|issued)|for (?:all\s+)?(?:u\.s\.\s+)?(?:government\s+)?(?:personnel|staff|employees))\b/.test(after) && /\b(?:embass\w*|consulat\w*|diplomatic missions?|state department)\b/.test(low))) continue;
    // (the boilerplate "shelter in place if in the vicinity of large gatherings"; "stay indoors, …, and avoid large
    // gatherings" is two instructions)
    if (/\bif in the vicinity\b|\b(?:if|when|near|around|close to|in the vicinity of)\b[^.;]{0,40}\blarge gatherings\b/.test(after)) continue;
    // a routine precaution near a protest, for as long as it lasts ("Those … near protest activity should remain inside buildings
    // until the crowd dissipates")
    // (but staying home, or at the hotel, until a country's demonstrations subside is sheltering, unless the addressees are only
    // those near them: "we are advising them to remain in their homes and hotels until demonstrations subside")
    if (PROTEST_PASSES_AFTER_RE.test(after) && !(/\b(?:home|homes|hotels?|residences?|accommodations?)\b/.test(m[0]) && !/\b(?:near|nearby|vicinity|close to|around)\b/.test(before))) continue;
    // a routine precaution for certain hours ("stay indoors after dark", "stay at home at night") is no instruction to shelter
    if (NIGHT_HOURS_AFTER_RE.test(after)) continue;
    // an instruction the sentence says has ended: "the shelter-in-place instruction … is no longer in effect"
    if (/^[^.;]{0,70}?\b(?:no longer (?:in (?:effect|force|place)|applies|required)|(?:has|have) been (?:lifted|rescinded|withdrawn|ended|cancell?ed)|(?:was|were) (?:lifted|rescinded|withdrawn|ended|cancell?ed)|expired)\b/.test(after)) continue;
    // (… or that is being ended: "We are lifting the shelter in place recommendation", a headline's "lifts shelter-in-place
    // advisory")
    if (/\b(?:lift(?:s|ed|ing)?|rescind(?:s|ed|ing)?|end(?:s|ed|ing)?|cancell?(?:s|ed|ing)?|withdr(?:aw|aws|ew|awn|awing))\s+(?:(?:the|its|their|our|a|this|that)\s+)?(?:[\w-]+\s+)?["'\u201c]?$/.test(before.slice(-45))) continue;
    // (… with its addressees between: "has lifted its order for personnel in the Department of Cortes to shelter in place")
    if (SHELTER_ORDER_LIFTED_BEFORE_RE.test(before)) continue;
    // (alerts to shelter as what the reader is to watch for: "should carefully monitor government notices … for … alerts to
    // shelter in place")
    if (/\b(?:monitor\w*|watch\w*|listen\w*|look\s+out|be\s+alert)\b[^.;]{0,160}\b(?:alerts?|warnings?|instructions?|notices?|notifications?|calls?)\s+to\s+$/.test(low.slice(Math.max(0, a - 200), a))) continue;
    // ("those … who are unable to depart to shelter in place": the inability names who shelters, it negates no shelter)
    if (negatedBefore(low, a, 40) && !UNABLE_TO_LEAVE_BEFORE_RE.test(before.slice(-60))) continue;
    // (a condition before it that the people can leave safely leaves the shelter to those who cannot: "to leave if they can
    // safely do so, and to shelter in place if they cannot")
    if (hedgedBefore(low, a, 70) || (conditional(low, a) && !forUnable)) continue;
    if (/\b(?:be|are|being|remain|stay)\s+(?:ready|prepared)\b|\bplans?\b|\bprepar\w*\b|\bability to\b|\bpossib\w*\b|\bcontingency\b|\bequipped\b/.test(before.slice(-60))) continue;
    // a government's own domestic measure (curfew, lockdown) is not travel advice
    // (an instruction to the reader is advice, curfew or not: "please remain indoors, respect the curfew", or an imperative that
    // opens a sentence or a list item: "Actions to Take: Shelter in a safe location until the curfew is lifted")
    // (the addressees may stand far before, a long clause between: "Deutschen Staatsangehörigen wird nachdrücklich geraten, die
    // Ausgangssperre strikt zu beachten und möglichst auch außerhalb der Sperrzeiten, insbesondere am Freitag, …, in sicheren
    // Unterkünften zu bleiben")
    if (/\bcurfew|lockdown|couvre-feu|ausgangssperre|coprifuoco\b/.test(low) && !ADDRESSEE_RE.test(before + after) && !ADDRESSEE_RE.test(low.slice(Math.max(0, a - 250), Math.max(0, a - 100))) && !/\b(?:please|veuillez|bitte|si prega)\s+$/.test(before) && !IMPERATIVE_START_BEFORE_RE.test(before)) continue;
    // (… given by the country's own officials to its people with the curfew: "the information minister announced a curfew and
    // asked all citizens to stay at home", with no embassy and no nationality named)
    if (/\bcurfew|lockdown|couvre-feu|ausgangssperre|coprifuoco\b/.test(low) && DOMESTIC_OFFICIAL_RE.test(before) && !NATIONALS_RE.test(before) && !/\b(?:embass\w*|consulat\w*|high commission|foreign (?:office|ministry)|state department|ambassad\w*|botschaft|ambasciat\w*)\b/.test(low)) continue;
    // (local people, or a resort's or a hotel's guests: "Gäste wurden aufgefordert, ihre Hotels nicht zu verlassen")
    if (/\b(?:population|habitants|residents|inhabitants|bewohner\w*|einwohner\w*|popolazione|abitanti|r[ée]sidents|guests|(?:hotel)?g[äa]sten?|ospiti)\b/.test(low) && !/\b(?:citizens|nationals|ressortissants|staatsangeh\w*|connazionali|cittadini|americans|britons)\b/.test(low)) continue;
    // the local authorities' instruction, unless a foreign government or its people are named before it ("prompting US government
    // personnel in Tanzania to shelter in place": the matching form writes "US" as "us")
    if (/\b(?:authorities|government|police|army|military|governor|mayor|ministry of (?:the )?interior)\b(?:[^.;]|(?<=\b[a-z])\.){0,60}$/.test(before) && !/\b(?:u\.s\.|us\s+(?:government|embassy|mission)|american|british|embassy|citizens|nationals|government personnel)\b/.test(before)) continue;
    // an instruction given in a drill or a rehearsal is role-play
    if (DRILL_RE.test(low)) continue;
    // the purpose of people fleeing, no instruction: "plus de 33 000 personnes ont fui …, pour se mettre à l'abri des attaques"
    if (/\b(?:pour|afin de|per|um)\s+$/.test(before) && /\b(?:fui\w*|fuy\w*|fled|fleeing|quitt[ée]\w*|geflohen|flohen|fuggit\w*)\b/.test(before)) continue;
    hits.push({ signal: 'shelter_in_place', start: a, end: b });
  }

  // --- level raised / lowered -------------------------------------------------------------------
  for (const [re, sig] of [
    [RAISED_RE, 'level_raised'],
    [LOWERED_RE, 'level_lowered'],
  ] as const) {
    if ((g & (F_LEVEL_CHANGE | F_TO_FROM_DIGIT)) === 0) break;
    re.lastIndex = 0;
    while ((m = re.exec(low)) !== null) {
      const a = m.index;
      const ctx = low.slice(a, a + 120);
      if (/^increased caution|^increased risk|^heightened (?:risk|threat|tension|security|alert|state|vigilance|readiness)|^raised (?:its|the|their) (?:\w+ )?(?:forces|troops|army|military|defen[cs]e)|^raised concerns?|^reduced (?:staff|services|capacity|flights|operations)|^reduced service|^easing of (?:restrictions|tensions)/.test(ctx)) continue;
      // (… but "its security alert" is the advice itself: "DFAT upgraded its security alert for the Solomons")
      if (/\b(?:risk|threat|tensions?|security|presence|patrols|flights|capacity|staffing|prices?|fees?|costs?|situation|violence|conflict|crisis|fighting|unrest|protests?|clashes|hostilities|fears?|concerns?|worries|dangers?)\b/.test(ctx.slice(m[0].length, m[0].length + 15)) && !/\blevel\b/.test(ctx.slice(0, 40)) && !SECURITY_ADVICE_AFTER_RE.test(ctx.slice(m[0].length))) continue;
      // a hazard's own alert (a volcano, a storm, a river) raised by the authorities watching it is no travel advice
      if (/\b(?:alert|warning|level)s?\s+(?:level\s+)?(?:to\s+(?:red|orange|yellow|amber|purple|level\s+\S+|\S+\s+alert)\s+)?(?:for|on|of|at)\s+(?:the\s+)?(?:\S+\s+){0,4}?(?:volc[aá]n\w*|volcano\w*|eruption|storms?|hurricanes?|cyclones?|typhoons?|floods?|rivers?|tsunamis?|wildfires?|fires?|earthquakes?|heat|rain\w*|snow\w*|avalanches?|landslides?|lahars?|dams?)\b|\b(?:volc[aá]n\w*|volcano\w*|eruption|storm|hurricane|cyclone|typhoon|flood|river|tsunami|wildfire|fire|earthquake|heat|weather|rain|snow|avalanche|landslide|lahar|dam)\s+(?:alert|warning)/.test(ctx.slice(0, 90))) continue;
      if (/^[a-z]+ (?:concerns?|questions?|awareness|funds?|money)/.test(ctx)) continue;
      // (… nor are the reader's own vigilance and care: "to elevate your level of security awareness", "raise your level of vigilance")
      if (/^[a-z]+\s+(?:your|their|its|our|the)\s+(?:own\s+)?levels?\s+of\s+(?:personal\s+|security\s+|situational\s+)*(?:awareness|vigilance|caution|alertness|preparedness|security)\b/.test(ctx)) continue;
      // a participle as an adjective after an article describes a level, it tells no change: "it now carries an elevated
      // advisory level from Canada"
      if (/^(?:elevated|heightened|increased|raised)\s+(?:(?:travel|security)\s+)?(?:advisory|alert|warning)?\s*levels?\b/.test(ctx) && /\b(?:an?|the)\s+$/.test(low.slice(Math.max(0, a - 5), a))) continue;
      // "raised the volcano's status to Level IV", "raised the storm's warning level": a hazard's own scale
      if (HAZARD_OBJECT_RE.test(ctx)) continue;
      // a country's own terror-threat level raised ("raised its threat level to 4", "threat level … elevated to highest level")
      // (not when a government's travel advice is what changed, by way of it: "updated its travel advisory to Sri Lanka by
      // lowering the threat level")
      if (THREAT_SCALE_RE.test(low.slice(Math.max(0, a - 50), a + (low.includes('vigipirate') ? 120 : 60))) && !ADVICE_BY_BEFORE_RE.test(low.slice(Math.max(0, a - 100), a)) && !(MINISTRY_THREAT_FOR_RE.test(ctx) && MINISTRY_BEFORE_RE.test(low.slice(Math.max(0, a - 80), a)))) continue;
      // a change for some provinces only is regional: the country's level did not move ("raised its danger level for
      // Enga and Hela provinces … to Level 3")
      if (REGIONAL_CHANGE_RE.test(ctx) || WORLD_REGION_CHANGE_RE.test(ctx)) continue;
      if (FACILITY_LEVEL_RE.test(ctx.slice(0, 90))) continue;
      if (negatedBefore(low, a, 40)) continue;
      if (/\b(?:no change|no changes|not changed|unchanged|remains?)\b/.test(low.slice(Math.max(0, a - 40), a))) continue;
      if (hedgedBefore(low, a, 40)) continue;
      // a change asked for, not made: "The call for easing travel restrictions and revising travel advisories came from
      // Pakistan's Foreign Minister", "urged Western governments to lower their travel warnings"
      if (CHANGE_ASKED_BEFORE_RE.test(low.slice(Math.max(0, a - 60), a))) continue;
      // an earlier change the news comes after: "It comes just under a month after the FCDO relaxed its advice"
      if (COMES_AFTER_BEFORE_RE.test(low.slice(Math.max(0, a - 80), a))) continue;
      hits.push({ signal: sig, start: a, end: a + m[0].length });
    }
  }
  const gLevelWord = (g & F_LEVEL) !== 0;
  while (gLevelWord && (m = NOUN_FIRST_RE.exec(low)) !== null) {
    if (negatedBefore(low, m.index, 30) || /\bnot\b/.test(m[0]) || THREAT_SCALE_RE.test(low.slice(Math.max(0, m.index - 30), m.index + m[0].length))) continue;
    pushOnce(hits, /^(?:raised|increased|elevated|upgraded)$/.test(m[1]!) ? 'level_raised' : 'level_lowered', m);
  }
  const gFrom = (g & F_FROM) !== 0;
  // (a step of a border region only is no change of the country's level: "downgraded the border region with Colombia from
  // Level 4 to Level 3")
  // (nor is a scale's span: "levels of advice ranging from 1 to 4", "rates countries from 1 to 4")
  while (gFrom && (m = FROM_TO_RE.exec(low)) !== null) if (!BORDER_CHANGED_BEFORE_RE.test(low.slice(Math.max(0, m.index - 90), m.index)) && !SCALE_SPAN_BEFORE_RE.test(low.slice(Math.max(0, m.index - 40), m.index))) pushStep(hits, stepNumber(m[1]!), stepNumber(m[2]!), m);
  while ((g & F_DE_CHANGE) !== 0 && (m = DE_CHANGE_RE.exec(low)) !== null) {
    if (negatedBefore(low, m.index, 30) || /\bnicht\b/.test(m[0])) continue;
    // a warning widened ("ausgeweitet") raises the country's level only when it now covers the whole country ("zu einer
    // Reisewarnung für das gesamte Land ausgeweitet"), not more provinces
    if (m[1] && /^ausge/.test(m[1])) {
      if (!/\b(?:gesamte[n]? land|ganze[n]? land|gesamte[n]? staatsgebiet|(?:f[üu]r|auf) ganz \w+|landesweit\w*)\b/.test(m[0])) continue;
    } else if (REGIONAL_CHANGE_RE.test(low.slice(m.index, m.index + 120))) continue;
    // a Reisewarnung made stricter is no higher level (none is above it): "hat seine Reisewarnung für den Libanon erneut
    // verschärft" (not "zur Reisewarnung verschärft", "Reisehinweise verschärft")
    if (m[1] && /^reisewarnung\b/.test(m[0]) && /\b(?:seine|ihre|die|der|bestehende)\s+$/.test(low.slice(Math.max(0, m.index - 14), m.index))) continue;
    if (FACILITY_LEVEL_RE.test(m[0])) continue;
    pushOnce(hits, m[1] ? 'level_raised' : 'level_lowered', m);
  }
  while ((g & F_NOW_PREV) !== 0 && (m = NOW_PREV_RE.exec(low)) !== null) pushStep(hits, Number(m[2]), Number(m[1]), m);
  while ((g & F_ADVICE_LIFTED) !== 0 && (m = ADVICE_LIFTED_RE.exec(low)) !== null) {
    if (/\bnicht\s+(?:\S+\s+)?(?:aufgehoben|zur[üu]ckgenommen)\b/.test(m[0]) || negatedBefore(low, m.index, 30)) continue;
    const w = low.slice(m.index, m.index + m[0].length + 50);
    if ((LIFT_REGION_RE.test(w) && !LIFT_PARTS_OF_RE.test(w)) || hedgedBefore(low, m.index, 40)) continue;
    pushOnce(hits, 'level_lowered', m);
  }
  while ((g & F_COLOUR) !== 0 && (m = COLOUR_CHANGE_RE.exec(low)) !== null) {
    const x = COLOUR_RANK[m[1]!] ?? 0;
    const y = COLOUR_RANK[m[2]!] ?? 0;
    if (x === 0 || y === 0) continue;
    if (COLOUR_HAZARD_RE.test(low) || !COLOUR_ADVICE_RE.test(low)) continue;
    if (negatedBefore(low, m.index, 40) || hedgedBefore(low, m.index, 40)) continue;
    pushStep(hits, x, y, m);
  }
  void opts;
  return hits;
}

/** A change signal, once per sentence, at the match. */
function pushOnce(hits: SignalHit[], signal: Signal, m: RegExpExecArray): void {
  if (!hits.some((h) => h.signal === signal)) hits.push({ signal, start: m.index, end: m.index + m[0].length });
}

/** A change from one step of a scale to another: raised or lowered (nothing when the step is the same). */
function pushStep(hits: SignalHit[], from: number, to: number, m: RegExpExecArray): void {
  if (from !== to) pushOnce(hits, to > from ? 'level_raised' : 'level_lowered', m);
}

/**
 * Embassies a sentence says reopened (done, not planned): the spans of the embassy words, for the caller to attribute.
 * No signal of its own: it ends a suspension told elsewhere in the document.
 */
export function detectReopened(low: string): Mask[] {
  const out: Mask[] = [];
  // (the words come from the detectors' shared gate pass: free when the same sentence was just read for signals)
  if ((GATES.mask(low) & F_REOPEN) === 0) return out;
  EMB_REOPEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMB_REOPEN_RE.exec(low)) !== null) {
    const a = m.index;
    const b = a + m[0].length;
    if (negatedBefore(low, a, 30) || REOPEN_NOT_DONE_RE.test(low.slice(Math.max(0, a - 40), a))) continue;
    // the embassy the reopening is about: the nearest one named within 80 characters of the verb
    let best: Mask | null = null;
    let bestDist = Infinity;
    EMB_NEAR_RE.lastIndex = 0;
    let e: RegExpExecArray | null;
    while ((e = EMB_NEAR_RE.exec(low)) !== null) {
      const dist = e.index < a ? a - (e.index + e[0].length) : e.index - b;
      if (dist <= 80 && dist < bestDist) {
        best = { start: e.index, end: e.index + e[0].length };
        bestDist = dist;
      }
    }
    if (best) out.push(best);
  }
  return out;
}

/** Staff-related words (for callers that need to know whether a departure concerns staff). */
export function mentionsStaff(low: string): boolean {
  return STAFF_RE.test(low);
}
