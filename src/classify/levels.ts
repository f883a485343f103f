/**
 * Advisory levels in one sentence, per issuer vocabulary (en/fr/de/it), normalized to 1–4, with
 * their scope: country-wide, regional, or past (a level the text says was replaced).
 */
import type { Level } from '../domain/types.js';
import { DETECTOR_GATES } from './gates.js';
import { clauseStart, conditional, negatedBefore, THREAT_SCALE_RE } from './context.js';

export interface LevelHit {
  level: Level;
  start: number;
  end: number;
  /** Offset where the object ("to Mali", "in the north") starts, or -1 when there is none. */
  objectStart: number;
  /** 'country': the whole country; 'regional': part of it; 'unknown': no object (a heading). */
  scope: 'country' | 'regional' | 'unknown';
  /** The text says this level applied before (previously, from Level N). */
  past: boolean;
  /** From a structured "Level N: Label" form. */
  structured: boolean;
  /** A bare number ("Level 4", "raised to 3") with no label of the table's wording: the US scale's, or another government's own. */
  bare?: true;
  /** The government whose own advice vocabulary this phrase is (ISO code), when only one uses it. */
  vocabulary?: string;
  /** Advice against travel with no level of its own ("Von Reisen in … wird abgeraten"): counts for a region only. */
  vague?: boolean;
  /** A named step of a government's own scale ("special travel advisory"): advice, with no level of the table. */
  own?: true;
  /** With `own`: the step's place on the table's order is known (France's "vigilance renforcée" is below "déconseillé sauf
   * raison impérative"), so as a level before it still tells a raise or a lowering. */
  ranked?: true;
  /** The phrase is these governments' step only (English "travel warning" is Germany's Reisewarnung): a level only for them
   * (null: a page that names no government). */
  onlyFor?: ReadonlyArray<string | null>;
  /** With `onlyFor`: from any other government the phrase is no advice at all (another's "travel ban" is one on entry). */
  exclusive?: true;
  /** With `onlyFor`: from any other government the phrase is advice with no level (France's "prudence accrue"). */
  elseAdvice?: true;
  /** The phrase itself names advice for part of a country ("Teilreisewarnung"): a country as its object is the one whose
   * part is meant, not the whole under the level. */
  partial?: true;
}

/** Phrases only one government's advice uses (matched on the phrase's own text). */
const VOCABULARY: ReadonlyArray<[RegExp, string]> = [
  [/^level\s*[1-4]\s*(?:[:\-\u2013(,]\s*)?["'(]?\s*(?:do not travel|reconsider travel|exercise increased caution|exercise normal precautions)|^exercise increased caution|^exercise normal precautions/, 'US'],
  [/^reconsider (?:(?:your|their|his|her|our) )?need to travel|^exercise normal safety precautions/, 'AU'],
  [/^take normal security precautions|^prenez des mesures de securite normales|^faites preuve d'une grande prudence|^[ée]vit(?:ez|er|e) (?:tout voyage|tous les voyages|les voyages non)/, 'CA'],
  [/^(?:advis(?:e|es|ed|ing)|advice) (?:british (?:nationals|people) )?against all(?: but essential)? travel/, 'GB'],
  [/formellement d[ée]conseill|vigilance renforc|sauf raison imp[ée]rative|^zone (?:rouge|orange)/, 'FR'],
  // (the Swiss FDFA's own steps, in its three languages: "von touristischen und anderen nicht dringenden Reisen", "Reisen und
  // Aufenthalte jeder Art", "voyages touristiques et autres voyages non urgents", "viaggi turistici e altri viaggi non urgenti")
  [/^von touristischen|aufenthalten jeder art|voyages touristiques|s[ée]jours de tout|viaggi turistici|soggiorni di (?:qualsiasi|ogni)/, 'CH'],
  [/reisewarnung|gewarnt|abgeraten/, 'DE'],
  [/qualsiasi titolo|sconsigli/, 'IT'],
];

function vocabularyOf(phrase: string): string | undefined {
  for (const [re, code] of VOCABULARY) if (re.test(phrase)) return code;
  return undefined;
}

/** A natural hazard's alert scale, not travel advice (volcanoes, storms, fires, floods, heat, earthquakes). */
const HAZARD_LEVEL_RE =
  /\b(?:volcan\w*|eruption|seismic|tsunami|cyclone|hurricane|typhoon|tropical storm|storm surge|fire danger|bushfire|wildfire|flood (?:alert|warning|level)|heat(?:wave)? (?:alert|warning|level)|drought|geo-?hazards?|meteorolog\w*|weather (?:alert|warning|service))\b/;

interface Pattern {
  re: RegExp;
  level: Level;
  structured?: boolean;
  vague?: boolean;
  /** The phrase names advice for part of a country only ("Teilreisewarnung"). */
  regional?: true;
  /** The phrase names a step of a government's own scale, not the table's wording ("special travel advisory"). */
  own?: true;
  /** With `own`: see `LevelHit.ranked`. */
  ranked?: true;
  /** The phrase's subject, before it, is a part of a country ("les zones frontalières … sont déconseillées"): a region's advice. */
  subjectPart?: true;
  /** The phrase is a level only when one of these governments gives it. */
  onlyFor?: ReadonlyArray<string | null>;
  /** With `onlyFor`: from any other government the phrase is no advice at all, not even for a region. */
  exclusive?: true;
  /** With `onlyFor`: see `LevelHit.elseAdvice`. */
  elseAdvice?: true;
  /** Substrings every match contains (accent-free): a sentence without any skips the pattern. */
  gate: readonly string[];
  /** A phrase every match contains, tested when the gate's families are full: a sentence without it skips the pattern. */
  need?: string;
  /** The verb that gives the level comes after it (German "auf Stufe 4 eingestuft"): its object is before, and a verb of
   * lowering there names the new level, not a lifted one. */
  verbAfter?: true;
  /** The match may end in the table's label told in another language ("Stufe 4: Nicht reisen"): then it is no bare number. */
  foreignLabel?: true;
}

/** Bits of a pattern's gate words in LEVEL_GATES (one family per distinct word). */
function gateBits(words: readonly string[]): number {
  let b = 0;
  for (const w of words) b |= 1 << LEVEL_GATE_WORDS.indexOf(w);
  return b;
}

/** A level's number spelt out. */
const WORD_NUMBER: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4 };

// Order matters: "all but essential" / "non-essential" before "all travel".
const PATTERNS: Pattern[] = [
  { re: /\blevel[\s-]*([1-4]|(?:one|two|three|four)(?=\s+(?:travel\s+)?(?:advisory|alert|warning)\b|\s*(?:[.;,)]|$)|\s*[:\-\u2013(,]?\s*["'(\u201c]?\s*(?:do not travel|reconsider travel|exercise increased caution|exercise normal precautions)\b))\b(?:\s*(?:[:\-\u2013(,]|of 4|out of 4)?\s*["'(\u201c]?\s*(?:do not travel|reconsider (?:your need to )?travel|exercise increased caution|exercise normal precautions|avoid all travel|avoid non-essential travel|exercise a high degree of caution|exercise normal security precautions|take normal security precautions)\b)?/g, level: 4, structured: true, gate: ['level'] },
  { re: /\b(?:advisory|travel advice|alert|warning) level\b[^.;]{0,40}?\bto\s+(?:level\s*)?([1-4])\b/g, level: 4, structured: true, gate: ['level'] },
  // (a change told from one level to another in words: "elevated its travel advisory from level one to level two")
  // (numbers in figures are the first pattern's, with its checks for other governments' scales)
  { re: /\bfrom\s+level\s+(?:one|two|three|four)\s+to\s+level\s+(one|two|three|four)\b/g, level: 4, structured: true, gate: ['level'] },
  // the US scale's level in French, Italian or German news, told by its label or "of 4": "la liste américaine de niveau 4
  // « Ne pas voyager »", "al livello 4 («Non viaggiare»)", "Stufe 4 („Nicht reisen“)", "niveau 3 sur 4"
  { re: /\b(?:niveau|livello|stufe)\s*([1-4])\b(?:\s*(?:\(?\s*(?:sur|su|von)\s+4\b\s*\)?|[:\-\u2013(,]?\s*["'(\u201c\u201e\u00ab]{0,2}\s*(?:ne\s+pas\s+voyager|ne\s+voyagez\s+pas|reconsid[ée]r\w*\s+(?:le|votre|son|leur)?\s*voyage|envisag\w*\s+de\s+ne\s+pas\s+(?:voyager|vous\s+rendre)|pr(?:endre|enez)\s+les\s+pr[ée]cautions\s+(?:normales|habituelles)|(?:esercit\w*|usa\w*)\s+(?:una\s+)?maggiore\s+(?:cautela|prudenza)|prende\w*\s+le\s+normali\s+precauzioni|(?:faites\s+preuve|faire\s+preuve)\s+d'une\s+(?:prudence|vigilance)\s+accrue|non\s+(?:viaggiare|recarsi|partire)|riconsider\w*\s+(?:il\s+)?viaggi|nicht\s+reisen|reise\w*\s+[üu]berdenken|[üu]berdenken\s+sie\s+ihre\s+reise\w*|erh[öo]hte\s+vorsicht|do\s+not\s+travel|reconsider\s+travel|exercise\s+increased\s+caution)\b\s*["')\u201d\u201c\u00bb]*))/g, level: 4, structured: true, gate: ['level'], foreignLabel: true },
  // (… or in German by the words "danger level" or "danger category": "es gilt weiterhin die höchste Gefahrenkategorie 4",
  // "die Gefahrenstufe 3")
  { re: /\bgefahren(?:stufe|kategorie)\s*([1-4])\b(?!\s*(?:von|of)\s+[5-9])/g, level: 4, structured: true, gate: ['level'], foreignLabel: true },
  // (… or by the advisory named before it: "l'avviso di viaggio di livello 4", "un avis de voyage de niveau 4", "eine
  // Reisewarnung der Stufe 4")
  { re: /\b(?:niveau|livello|stufe)\s*([1-4])\b(?<=\b(?:(?:avviso|avvertimento|allerta)\s+(?:di\s+viaggio\s+)?(?:di|al)|(?:avis|alerte|conseil|avertissement)\s+(?:de\s+voyage\s+|aux\s+voyageurs\s+)?(?:de|au)|(?:reisewarnung|reisehinweis\w*)\s+(?:der|auf))\s+(?:niveau|livello|stufe)\s*[1-4])(?!\s*(?:sur|su|von|of)\s+[5-9])/g, level: 4, structured: true, gate: ['level'] },
  // (… or by a verb that puts the country on it: "classe le pays au niveau 3", "l'ha collocata al livello 4"; the German
  // "auf Stufe 4 eingestuft" has the next entry)
  { re: /\b(?:niveau|livello)\s*([1-4])\b(?<=\b(?:class[eé]\w*|plac[eé]\w*|mis|mise|maintenu\w*|maintient|relev[eé]\w*|rehauss[eé]\w*|abaiss[eé]\w*|r[eé]trograd[eé]\w*|pass[eé]\w*|grimp[eé]\w*|collocat\w*|classificat\w*|innalzat\w*|portat\w*|abbassat\w*|declassat\w*|retrocess\w*)\s+(?:[^\s.;,]+\s+){0,4}?(?:au|en|al|a)\s+(?:niveau|livello)\s*[1-4])(?!\s*(?:sur|su|of)\s+[5-9])/g, level: 4, structured: true, gate: ['level'] },
  // (… or by its ordinal, with advice named before it: "le degré d'avertissement aux voyageurs … au plus haut, 4e niveau")
  { re: /\b([1-4])(?:e|eme|ieme)\s+niveau\b(?<=\b(?:avertissements?|avis|alertes?|conseils?|voyageurs)\b[^.;]{0,120})/g, level: 4, structured: true, gate: ['level'] },
  // (German puts the verb after the level: "hat Mali auf Stufe 4 eingestuft", "auf die höchste Stufe 4 angehoben")
  { re: /\bstufe\s*([1-4])\b(?=\s+(?:[^\s.;,]+\s+){0,2}?(?:(?:ein|hoch|herab|herunter|zur[üu]ck)?gestuft|(?:hinauf|herab)?gesetzt|angehoben|gesenkt|erh[öo]ht)\b)(?<=\bauf\s+(?:die\s+|der\s+)?(?:[^\s.;,]+\s+){0,2}?stufe\s*[1-4])(?!\s*(?:von|of)\s+[5-9])/g, level: 4, structured: true, gate: ['level'], verbAfter: true },
  // (the FCDO's own phrase: its verb may be a noun, "an alert against all but essential travel")
  { re: /\b(?:(?:advis(?:e|es|ed|ing)|advice|warn(?:s|ed|ing)?)\s+(?:british (?:nationals|people)\s+)?)?against\s+all\s+but\s+essential\s+travels?\b|\bavoid(?:ing)?\s+all\s+but\s+essential\s+travel\b/g, level: 3, gate: ['essential'] },
  // (… or to call it off: "cancel all non-essential travel", "postpone any nonessential trips")
  // (… with its kind of travel set between: "against all non-essential, including holiday travel to Lebanon")
  { re: /\b(?:avoid(?:ing)?|against|cancel(?:l?ing)?|postpon(?:e|ing)|delay(?:ing)?)\s+(?:all\s+|any\s+)?(?:(?:tourist|holiday|leisure)\s+and\s+(?:all\s+)?(?:other\s+)?)?non[- ]?(?:essential|urgent)(?:\s*,?\s*\(?(?:including|incl\.?)\s+(?:holiday|tourist|leisure|business)\)?\s*,?)?\s+(?:travel|trips|journeys|visits)\b/g, level: 3, gate: ['essential'] },
  // the passive: "all non-essential travel to the country should be avoided"
  { re: /\bnon[- ]?essential\s+(?:travel|trips|journeys|visits)\b[^.;]{0,60}?\b(?:should|must|is to|are to|to)\s+be\s+avoided\b/g, level: 3, gate: ['essential'] },
  { re: /\b(?:advis(?:e|es|ed|ing)|advice|warn(?:s|ed|ing)?|recommend(?:s|ed|ing)?)\s+(?:\S+\s+){0,3}against\s+(?:all\s+)?(?:un)?necessary\s+travel\b/g, level: 3, gate: ['necessar'] },
  // "advises against travel to X unless it is strictly necessary", "avoid travel unless essential", "to avoid travel elsewhere
  // unless it is 'essential'" (3)
  { re: /\b(?:(?:advis(?:e|es|ed|ing)|advice|warn(?:s|ed|ing)?|recommend(?:s|ed|ing)?|caution(?:s|ed|ing)?)\s+(?:\S+\s+){0,3}against|avoid(?:ing)?)\s+(?:all\s+|any\s+)?(?:travel|trips?|visits?|journeys?)\b(?:\s+to\s+[^.;,]{1,40}?|\s+(?:elsewhere|there))?,?\s+unless\s+(?:it\s+is\s+|absolutely\s+|strictly\s+|really\s+)*["'\u201c\u2018]?(?:necessary|essential|urgent)\b/g, level: 3, gate: ['against', 'avoid'] },
  // "not to travel to X unless absolutely necessary", "de ne pas voyager au Pakistan, « à moins d'une nécessité irrépressible »" (3)
  { re: /\bnot\s+to\s+(?:travel|go)\s+to\b(?=\s+[^.;,]{1,40}?,?\s+unless\s+(?:it\s+is\s+|absolutely\s+|strictly\s+|really\s+)*(?:necessary|essential|urgent)\b)|\bde\s+ne\s+pas\s+(?:se\s+rendre|voyager)\s+(?:en|au|aux|[àa]|dans|vers)\b(?=\s+[^.;]{1,40}?,?\s*["\u00ab\u201c]?\s*(?:[àa]\s+moins\s+(?:d'une?\s+|que\s+)|sauf\s+(?:en\s+cas\s+de\s+)?)(?:\S+\s+){0,2}?(?:n[ée]cessit[ée]|raison|motif|urgence|imp[ée]ratif))/g, level: 3, gate: ['travel', 'voyage', 'advice'] },
  { re: /\brefrain\w*\s+from\s+(?:all\s+)?(?:travel\w*|trips?|visits?|journeys?)\b(?:\s+to\s+[^.;,]{1,40}?)?\s+unless\s+(?:it\s+is\s+|absolutely\s+|strictly\s+|really\s+)*(?:necessary|essential|urgent)\b/g, level: 3, gate: ['refrain'] },
  { re: /\b(?:only\s+travel|travel\s+only)\b[^.;]{0,60}?\bif\s+(?:it\s+is\s+|it's\s+|this\s+is\s+)?(?:strictly\s+|absolutely\s+|really\s+)?(?:necessary|essential)\b/g, level: 3, gate: ['necessar', 'essential'] },
  { re: /\breconsider\s+(?:(?:your|their|his|her|our|the)\s+(?:need\s+(?:for|to)\s+)?)?(?:need\s+to\s+)?(?:any\s+|all\s+)?(?:travel(?:l?ing)?|going|visiting|trips?|journeys?|visits?)\b/g, level: 3, gate: ['reconsid'] },
  // (… or the plans: "urged tourists to reconsider their plans to visit Sri Lanka")
  { re: /\breconsider\s+(?:(?:your|their|any)\s+(?:travel\s+)?)?plans\s+to\s+(?:visit|travel|go\s+to)\b/g, level: 3, gate: ['reconsid'] },
  { re: /\b(?:do\s+not|don't)\s+travel\b/g, level: 4, gate: ['travel'] },
  { re: /\b(?:advis(?:e|es|ed|ing)|advice|warn(?:s|ed|ing)?|recommend(?:s|ed|ing)?|caution(?:s|ed|ing)?|urg(?:e|es|ed|ing))\s+(?:\S+\s+){0,3}against\s+(?:all|any)\s+(?:forms of\s+|kinds? of\s+)?travels?\b(?!\s+(?:other than|except|unless|but)\b)/g, level: 4, gate: ['against'] },
  // (… with "all" on the object: "We advise against travel to all of Iraq")
  { re: /\b(?:advis(?:e|es|ed|ing)|advice|warn(?:s|ed|ing)?|recommend(?:s|ed|ing)?)\s+(?:\S+\s+){0,3}against\s+travel\s+to\s+all\s+(?:parts\s+)?of\b/g, level: 4, gate: ['against'] },
  // a government's own page telling its reader: "We (strongly) advise you not to travel to Iraq"
  { re: /\bwe\s+(?:\w+\s+)?(?:advise|urge|recommend|ask)\s+(?:you\s+)?not\s+to\s+travel\s+(?:to|in|within)\b/g, level: 4, gate: ['travel'] },
  { re: /\bavoid(?:ing)?\s+(?:all|any)\s+travel\b(?!\s+(?:other than|except|unless|but)\b)/g, level: 4, gate: ['avoid'] },
  { re: /\ball\s+travel\s+(?:to|in|within)\b[^.;]{0,60}?\b(?:should|must|is to|are to)\s+be\s+avoided\b/g, level: 4, gate: ['avoid'] },
  // the Netherlands' orange: "only necessary travel"
  { re: /\b(?:only|solely)\s+(?:strictly\s+)?necessary\s+(?:travel|trips|journeys)\b/g, level: 3, gate: ['necessar'] },
  // Singapore: "defer all non-essential travel" (3), "defer all travel" (4)
  { re: /\bdefer\s+(?:all\s+)?non[- ]?essential\s+travels?\b/g, level: 3, gate: ['essential'] },
  { re: /\bdefer\s+all\s+travel\b/g, level: 4, gate: ['defer'] },
  { re: /\bexercise\s+(?:a\s+)?high\s+degree\s+of\s+caution\b|\bhigh degree of caution\b|\bexercis(?:e|es|ed|ing)\s+a\s+high\s+level\s+of\s+caution\b/g, level: 2, gate: ['caution'] },
  // (… in Italian: "esercitare un alto grado di cautela")
  { re: /\b(?:esercit\w*|usa\w*|adott\w*)\s+(?:un\s+)?(?:alto|elevato)\s+grado\s+di\s+(?:cautela|prudenza)\b/g, level: 2, gate: ['caution'] },
  { re: /\bexercise\s+increased\s+caution\b/g, level: 2, gate: ['caution'] },
  { re: /\b(?:exercise|take)\s+normal\s+(?:safety\s+|security\s+)?(?:and\s+security\s+)?precautions\b|\bnormal precautions\b/g, level: 1, gate: ['precaution'] },
  // the scale's top named, not numbered, with advice named before it: "raises the travel advisory to its highest level", "the
  // warning is at the maximum level", "le niveau d'alerte le plus élevé", "il livello massimo", "die höchste Stufe" (the top
  // of the table's scales; a government's own scale has its own top)
  { re: /(?:\b(?:to|at|on)\s+(?:its|their|the)\s+(?:highest|maximum|top)\s+(?:possible\s+)?(?:travel\s+)?(?:advisory\s+|warning\s+|alert\s+|risk\s+)?(?:level|category|tier|rating)(?:\s+of\s+(?:warning|alert|caution|risk|danger|advice))?\b|\bniveau\s+(?:d'alerte\s+|de\s+risque\s+)?(?:le\s+plus\s+[ée]lev[ée]|maxim(?:al|um))\b|\blivello\s+(?:di\s+(?:allerta|rischio)\s+)?(?:massimo|pi[uù]\s+alto)\b|\bh[öo]chsten?\s+stufe\b)(?<=\b(?:advisory|advisories|advice|warning|alert|travel|conseils?|avis|alerte|avertissements?|avvis[oi]|allerta|sconsigli\w*|reisewarnung|reisehinweis\w*|warnung)\b[^.;]{0,160})/g, level: 4, onlyFor: ['US', 'GB', 'CA', 'AU', 'NZ', 'IE', 'FR', 'DE', 'IT', 'CH', 'AT', 'BE', 'ES', null], gate: ['level'] },
  // French
  // (non-essential travel first: 'Les voyages non essentiels au Liban sont "formellement déconseillés"' is 3)
  { re: /\bd[ée]conseill\w*\s+(?:(?:desormais|d[ée]sormais|jusqu'ici|jusqu'alors|auparavant|seulement|uniquement|encore|toujours)\s+){0,2}(?:(?:(?:tous\s+)?les\s+)?(?:voyages|d[ée]placements|s[ée]jours)\s+non[\s-]+(?:essentiels|indispensables|necessaires|n[ée]cessaires)|tout\s+(?:voyage|d[ée]placement|s[ée]jour)\s+non[\s-]+(?:essentiel|indispensable|n[ée]cessaire))\b|\bvoyages\s+non[\s-]+(?:essentiels|indispensables|n[ée]cessaires)\b(?:(?!\bmais\b)[^.;]){0,120}?\bd[ée]conseill\w*/g, level: 3, gate: ['deconseill'] },
  { re: /\b(?:formellement|strictement)\s+d[ée]conseill[ée]e?s?\b|\bd[ée]conseill(?:e|ent|ait|aient)\s+(?:(?:desormais|d[ée]sormais|toujours|encore|donc|aussi|[ée]galement)\s+)?(?:formellement|strictement)\b|\bzone rouge\b/g, level: 4, gate: ['deconseill', 'zone rouge'] },
  { re: /\bd[ée]conseill[ée]e?s?\s+sauf\s+(?:pour\s+)?raisons?\s+imp[ée](?:ratives?|rieuses?)\b|\bzone orange\b/g, level: 3, gate: ['deconseill', 'zone orange'] },
  // "reporter tout voyage non essentiel", "différer tout déplacement non indispensable": defer non-essential travel (3, as
  // Singapore's "defer")
  { re: /\b(?:reporter|report(?:ez|e|ent)|diff[ée]rer|diff[èe]r(?:ez|e|ent))\s+(?:tout|tous\s+les|les|vos|leurs)\s+(?:voyages?|d[ée]placements?|s[ée]jours?)\s+non[\s-]+(?:essentiels?|indispensables?|n[ée]cessaires?|urgents?)\b/g, level: 3, gate: ['voyage'] },
  // (… or all of it, advised against in the passive, save for compelling reasons: "tout voyage, touristique ou autre, à
  // destination du Congo (Brazzaville) est à déconseiller jusqu'à nouvel avis, sauf motif impératif")
  { re: /\b(?:tout\s+(?:voyage|d[ée]placement|s[ée]jour)|tous\s+les\s+(?:voyages|d[ée]placements|s[ée]jours))\b[^.;]{0,120}?\b(?:est|sont|reste|restent|demeure|demeurent)\s+(?:[àa]\s+)?d[ée]conseill\w*\b[^.;]{0,60}?\bsauf\s+(?:pour\s+)?(?:des\s+)?(?:raisons?|motifs?)\s+imp[ée](?:rati|rieu)\w*/g, level: 3, gate: ['sauf'] },
  // (… or all of it, unless for compelling reasons: "il est recommandé, sauf raisons impérieuses, de différer tout déplacement")
  { re: /\bsauf\s+(?:pour\s+)?(?:raisons?|motifs?)\s+imp[ée](?:ratives?|rieuses?)\s*,?\s+(?:de\s+|d')?(?:reporter|report(?:ez|e|ent)|diff[ée]rer|diff[èe]r(?:ez|e|ent)|[ée]viter|[ée]vit(?:ez|e|ent))\s+(?:tout|tous\s+les|les|vos|leurs)\s+(?:voyages?|d[ée]placements?|s[ée]jours?)\b|\b(?:reporter|report(?:ez|e|ent)|diff[ée]rer|diff[èe]r(?:ez|e|ent))\s+(?:tout|tous\s+les|les|vos|leurs)\s+(?:voyages?|d[ée]placements?|s[ée]jours?)\b(?=[^.;]{0,60}?\bsauf\s+(?:pour\s+)?(?:raisons?|motifs?)\s+imp[ée](?:ratives?|rieuses?)\b)/g, level: 3, gate: ['voyage'] },
  // (… avoiding travel, save for compelling reasons or force majeure: "d'éviter de voyager au Venezuela sauf « raisons de
  // force majeure »", "évitez tout déplacement sauf nécessité absolue")
  // (… the country itself as the object, or "not to go" with the exception: "d'éviter ce pays « sauf raison impérative »",
  // "de ne pas se rendre en Haïti sauf pour des raisons professionnelles ou familiales impératives")
  { re: /\b(?:[ée]vit\w*|d[ée]conseill\w*|report(?:er|ez|e|ent)|diff[ée]r\w*|ne\s+pas)\s+(?:(?:a|aux)\s+(?:ses\s+|leurs\s+|nos\s+|tous\s+les\s+|les\s+)?(?:ressortissants|compatriotes|citoyens|voyageurs|[a-z]+ais|[a-z]+iens|[a-z]+ois|[a-z]+ges|suisses)\s+)?(?:de\s+|d')?(?:voyager|se\s+rendre|s'y\s+rendre|tout\s+voyage|tous\s+les\s+voyages|les\s+voyages|tout\s+d[ée]placement|tous\s+les\s+d[ée]placements|les\s+d[ée]placements|(?<=[ée]vit\w*\s+)(?:(?:ce|cet|le|la|les)\s+)?[a-zà-ÿ'-]+)\b[^.;]{0,60}?\bsauf\s+(?:pour\s+|en\s+cas\s+de\s+)?["\u00ab\u201c]?\s*(?:(?:des\s+)?(?:raisons?|motifs?|cas)\s+(?:de\s+)?(?:[a-zà-ÿ]+\s+(?:ou|et)\s+)?(?:[a-zà-ÿ]+\s+)?)?(?:force\s+majeure|imp[ée]rati(?:ves?|fs?)|imp[ée]rieu\w*|n[ée]cessit[ée]\s+absolue|urgence)\b/g, level: 3, gate: ['sauf'] },
  // all but essential travel, the FCDO's step in French: "contre tout voyage autre qu'essentiel au Pakistan", "tous les
  // déplacements autres qu'essentiels" (3)
  { re: /\b(?:tout\s+(?:voyage|d[ée]placement|s[ée]jour)|tous\s+les\s+(?:voyages|d[ée]placements|s[ée]jours))\s+autres?\s+qu['e]\s*(?:essentiel|indispensable|n[ée]cessaire)s?\b/g, level: 3, gate: ['voyage'] },
  // all travel, with no exception after it in the clause: "déconseille tous les voyages", "Les autorités américaines
  // déconseillent tout voyage au Venezuela" (after the exceptions above: "déconseille tout voyage … sauf raison impérative" is 3)
  { re: /\bd[ée]conseill\w*\s+(?:(?:desormais|d[ée]sormais|toujours|encore|donc|aussi)\s+)?(?:(?:a|aux)\s+(?:ses\s+|leurs\s+|nos\s+|tous\s+les\s+|les\s+)?(?:ressortissants|compatriotes|citoyens|voyageurs|[a-z]+ais|[a-z]+iens|[a-z]+ois|[a-z]+ges|suisses)\s+)?(?:tous\s+les\s+(?:voyages|d[ée]placements|s[ée]jours)|tout\s+(?:voyage|d[ée]placement|s[ée]jour))\b(?!\s+(?:non\b|autres?\s+qu))(?![^.;]{0,100}?\b(?:sauf|hormis|except[ée]|[àa] l'exception)\b)|\btous\s+les\s+voyages\b(?:(?!\bmais\b)[^.;]){0,120}?\bd[ée]conseill\w*|\btout\s+(?:voyage|d[ée]placement|s[ée]jour)\b(?!\s+non\b)(?:(?!\b(?:mais|sauf|hormis|non)\b)[^.;]){0,120}?\b(?:est|reste|demeure)\s+(?:(?:d[ée]sormais|toujours|donc|d[èe]s\s+lors|par\s+cons[ée]quent|fortement|vivement|absolument)\s+){0,2}d[ée]conseill[ée]\b(?![^.;]{0,60}?\b(?:sauf|hormis|except[ée]|[àa] l'exception)\b)/g, level: 4, gate: ['deconseill'] },
  { re: /\bvigilance\s+renforc[ée]e\b/g, level: 2, own: true, ranked: true, gate: ['vigilance'] },
  { re: /\bvigilance\s+normale\b/g, level: 1, own: true, ranked: true, gate: ['vigilance'] },
  // (Italian: "recarsi sul luogo solo laddove risulti strettamente necessario")
  { re: /\b(?:recarsi|recarvisi|viaggiare)\b[^.;]{0,60}?\bsolo\s+(?:se|laddove|qualora|in caso|quando)\b[^.;]{0,30}?\b(?:strettamente\s+|assolutamente\s+)?(?:necessari[oa]|indispensabil[ei]|essenzial[ei])\b/g, level: 3, gate: ['necessar', 'essential'] },
  // only essential travel: "recommandent … de n'effectuer que des déplacements essentiels vers l'île" (3, as "avoid non-essential travel")
  { re: /\bn'(?:effectuer|entreprendre|faire)\s+que\s+(?:des|les)\s+(?:voyages|d[ée]placements|s[ée]jours)\s+(?:essentiels|indispensables|n[ée]cessaires)\b/g, level: 3, gate: ['necessar', 'essential'] },
  // Canada (fr): "Évitez tout voyage", "Évitez les voyages non essentiels", "Faites preuve d'une grande prudence", "Prenez des mesures de sécurité normales"
  { re: /\b[ée]vit(?:ez|er|e)\s+(?:tout\s+voyage|tous\s+les\s+voyages)\b(?!\s+non\b)/g, level: 4, gate: ['voyage'] },
  { re: /\b[ée]vit(?:ez|er|e)\s+(?:(?:les\s+)?voyages|tout\s+voyage)\s+non[\s-]+(?:essentiels?|n[ée]cessaires?)\b/g, level: 3, gate: ['voyage'] },
  // (a quotation may open inside the phrase: 'de faire « preuve d'une grande prudence »')
  // (… and the US table's "exercise increased caution" in French: "faire preuve d'une prudence accrue")
  // (Canada's and the United States' wording: from France, Belgium or Switzerland, whose scales have no such step, it is advice
  // with no level — "il est recommandé de faire preuve d'une prudence accrue … durant les trois semaines à venir")
  { re: /\b(?:faites|faire)\s+(?:[«"\u201c]\s*)?preuve\s+d'une\s+(?:grande\s+prudence|prudence\s+accrue)\b/g, level: 2, onlyFor: ['CA', 'US', null], elseAdvice: true, gate: ['prudence'] },
  { re: /\b(?:prenez|prendre)\s+des\s+mesures\s+de\s+s[ée]curit[ée]\s+normales\b/g, level: 1, gate: ['normales'] },
  // Swiss FDFA (fr/de/it): "tourist and other non-urgent travel" = 3; "travel and stays of any kind" = 4
  { re: /\bd[ée]conseill\w*\s+(?:les\s+)?voyages\s+touristiques\s+(?:et\s+(?:les\s+)?(?:autres\s+voyages\s+)?)?non\s+urgents\b/g, level: 3, gate: ['deconseill'] },
  { re: /\bd[ée]conseill\w*\s+(?:les\s+voyages|tout voyage|tous les voyages)\s+(?:et\s+les\s+s[ée]jours\s+)?de\s+tout(?:e)?\s+(?:type|nature|sorte)\b/g, level: 4, gate: ['deconseill'] },
  // "déconseille (désormais) tout voyage au Tchad, quel qu'en soit le motif" (travel for any reason: all travel)
  { re: /\bd[ée]conseill\w*\s+(?:(?:desormais|d[ée]sormais|toujours|encore|donc|aussi)\s+)?(?:tout\s+(?:voyage|d[ée]placement|s[ée]jour)|tous\s+les\s+(?:voyages|d[ée]placements|s[ée]jours))\b(?=[^.;]{0,80}?\bquel(?:le)?s?\s+qu'en\s+soi(?:t|ent)\s+(?:le|la|les)\s+(?:motifs?|raisons?|buts?)\b)|\b(?:tout\s+(?:voyage|d[ée]placement|s[ée]jour)|tous\s+les\s+(?:voyages|d[ée]placements|s[ée]jours))\b[^.;]{0,80}?\bd[ée]conseill[ée]e?s?\b(?=\s*,?\s*quel(?:le)?s?\s+qu'en\s+soi(?:t|ent)\s+(?:le|la|les)\s+(?:motifs?|raisons?|buts?)\b)/g, level: 4, gate: ['deconseill'] },
  { re: /\bvon\s+touristischen\s+(?:und\s+anderen\s+)?(?:nicht\s+dringenden\s+)?reisen\b[^.;]{0,80}?\babgeraten\b/g, level: 3, gate: ['abgeraten'] },
  { re: /\bvoyages\s+touristiques\s+(?:et\s+(?:les\s+)?(?:autres\s+voyages\s+)?)?non\s+urgents\b[^.;]{0,80}?\bd[ée]conseill\w*/g, level: 3, gate: ['deconseill'] },
  // … or worded as a clause: "déconseillé de se rendre au Soudan pour tout voyage qui ne présente pas un caractère d'urgence",
  // "les voyages sans caractère d'urgence sont déconseillés"
  { re: /\bd[ée]conseill\w*\b[^.;]{0,120}?\b(?:voyages?|d[ée]placements?|s[ée]jours?)\s+(?:(?:qui\s+ne\s+(?:pr[ée]sente|pr[ée]sentent|rev[eê]t|rev[eê]tent)\s+pas\s+(?:un|de)|sans)\s+caract[èe]re\s+(?:d'urgence|urgent|essentiel|indispensable|imp[ée]ratif)|qui\s+ne\s+(?:sont|sont\s+pas|est)\s+pas\s+(?:urgents?|essentiels?|indispensables?))|\b(?:voyages?|d[ée]placements?|s[ée]jours?)\s+sans\s+caract[èe]re\s+(?:d'urgence|urgent|essentiel|indispensable)\b[^.;]{0,80}?\bd[ée]conseill\w*/g, level: 3, gate: ['deconseill'] },
  // the US "Reconsider travel" as other languages report it
  { re: /\briconsiderare\s+(?:il|i|la)\s+(?:propri[oa]\s+)?viaggi[oa]?\b|\breconsid[ée]r(?:er|ez)\s+(?:le|les|votre|vos|son|ses|leur|leurs)\s+(?:projets?\s+de\s+)?voyages?\b|\breise\w*\s+(?:zu\s+)?[üu]berdenken\b/g, level: 3, gate: ['riconsider', 'reconsid', 'uberdenken'] },
  // the Swiss top step, travel and stays of any kind: "Von Reisen nach X sowie von Aufenthalten jeglicher Art wird abgeraten",
  // "Si sconsigliano i viaggi a destinazione del Niger come pure i soggiorni di qualsiasi tipo", "… ainsi que les séjours de tout type"
  { re: /\bvon\s+reisen\b[^.;]{0,60}?\baufenthalten\s+(?:jeder|jeglicher)\s+art\b[^.;]{0,30}?\babgeraten\b/g, level: 4, gate: ['abgeraten'] },
  { re: /\bsconsigli\w*\s+(?:\S+\s+){0,3}?viaggi\b[^.;]{0,100}?\bsoggiorni\s+di\s+(?:qualsiasi|ogni)\s+(?:tipo|genere)\b/g, level: 4, gate: ['sconsigli'] },
  { re: /\bvoyages\b[^.;]{0,100}?\bs[ée]jours\s+de\s+(?:tout|toute|quelque)\s+(?:type|genre|nature|sorte)\b[^.;]{0,40}?\bd[ée]conseill\w*/g, level: 4, gate: ['deconseill'] },
  { re: /\bsconsigli\w*\s+(?:(?:ora|adesso|ormai|ancora|ufficialmente|vivamente|fortemente|formalmente)\s+)?(?:tutti\s+)?(?:i\s+)?viaggi\s+turistici\s+(?:e\s+(?:gli\s+)?(?:altri\s+viaggi\s+)?)?non\s+urgenti\b/g, level: 3, gate: ['sconsigli'] },
  { re: /\bsconsigli\w*\s+(?:(?:ora|adesso|ormai|ancora|ufficialmente|vivamente|fortemente|formalmente)\s+)?(?:tutti\s+)?(?:i\s+)?viaggi\s+(?:e\s+i\s+soggiorni\s+)?di\s+(?:qualsiasi|ogni)\s+(?:tipo|genere)\b/g, level: 4, gate: ['sconsigli'] },
  // German
  // (the qualifier may be quoted, and the travel called visits or stays: 'von "nicht unbedingt notwendigen" Besuchen')
  { re: /\bvo[nr]\s+["'\u201c\u201d\u201e]?(?:allen\s+)?(?:(?:touristen-|touristischen)\s+und\s+(?:anderen\s+)?)?(?:nicht\s+(?:(?:unbedingt|dringend|zwingend|absolut)\s+)?(?:notwendigen|erforderlichen|n[öo]tigen|dringenden)|touristischen)["'\u201c\u201d]?\s+(?:reisen|besuchen|aufenthalten)\b[^.;]{0,200}?\b(?:abgeraten\b|(?:r[äa]t|rate|raten|riet|rieten)\s+(?:[^\s.;,]+\s+){0,3}?ab\b)/g, level: 3, gate: ['abgeraten'] },
  // the active voice: "Das Auswärtige Amt rät (allerdings) von nicht notwendigen Reisen in … ab"
  { re: /\b(?:r[äa]t|raten|riet|rieten)\b(?:\s+[^\s.;,]+){0,4}?\s+von\s+["'\u201c\u201d\u201e]?(?:allen\s+)?(?:(?:touristen-|touristischen)\s+und\s+(?:anderen\s+)?)?(?:nicht\s+(?:(?:unbedingt|dringend|zwingend|absolut)\s+)?(?:notwendigen|erforderlichen|n[öo]tigen|dringenden)|touristischen)["'\u201c\u201d]?\s+(?:reisen|besuchen|aufenthalten)\b[^.;]{0,200}?\bab\b/g, level: 3, gate: ['abgeraten'] },
  // (the German-speaking governments' step: another government's warning reported in German, "Israel hat eine Reisewarnung
  // ausgesprochen", is on its own scale)
  { re: /\b(?<!teil)(?<!partielle |partiellen |teilweise )reisewarnung\b/g, level: 4, onlyFor: ['DE', 'AT', 'CH', null], gate: ['reisewarnung'] },
  // (… and the warnings in force, then the countries they cover: "Reisewarnungen gelten auch für Afghanistan, Haiti …", "Zu den
  // aktuellen Reisewarnungen gehören: Afghanistan, …")
  { re: /\breisewarnungen\b(?=\s+(?:gelten|bestehen)(?:\s+(?:derzeit|aktuell|zurzeit|auch|ebenfalls|weiterhin|noch))*\s+f[uü]r\s)|(?<=\bf[uü]r\s(?:(?!bereich|gebiet|region|teil|provinz|grenz|zone|landesteil)[^.;]){2,80}?\b(?:gelten|bestehen)\s+(?:(?:nun|jetzt|sogar|jeweils|derzeit|aktuell|zurzeit|auch|ebenfalls|weiterhin|noch|zwei|drei)\s+){0,4})reisewarnungen\b|\bzu den (?:(?:aktuellen|derzeitigen|geltenden|bestehenden)\s+)?reisewarnungen\b(?=\s+geh[oö]ren\b)/g, level: 4, onlyFor: ['DE', 'AT', 'CH', null], gate: ['reisewarnung'] },
  // (the place may be "dorthin", the country of the sentence before; adverbs may stand before the participle: "wird derzeit gewarnt")
  // (… and against travel that is not necessary: "Vor nicht notwendigen, touristischen Reisen nach Niger wird derzeit gewarnt" (3))
  { re: /\bvor\s+(?:allen\s+)?(?:nicht\s+(?:(?:unbedingt|dringend|zwingend)\s+)?(?:notwendigen|erforderlichen|n[öo]tigen|dringenden)|touristischen|unn[öo]tigen)(?:\s*,?\s+(?:und\s+)?(?:touristischen|nicht\s+notwendigen))?\s+reisen\b(?!\s+(?:ins|in\s+das)\s+ausland\b)[^.;]{0,160}?\b(?:wird|werde|wurde)\s+(?:\S+\s+){0,2}?gewarnt\b/g, level: 3, gate: ['gewarnt'] },
  // (… and the active voice, the verb first, a cause between: "Das Auswärtige Amt warnt aufgrund der Ausbreitung von COVID-19 … vor
  // nicht notwendigen, touristischen Reisen in die Russische Föderation")
  { re: /\b(?:warnt|warnen|warnte|warnten)\b[^.;]{0,200}?\bvor\s+(?:allen\s+)?(?:nicht\s+(?:(?:unbedingt|dringend|zwingend)\s+)?(?:notwendigen|erforderlichen|n[öo]tigen|dringenden)|touristischen|unn[öo]tigen)(?:\s*,?\s+(?:und\s+)?(?:touristischen|nicht\s+notwendigen))?\s+reisen\b(?!\s+(?:ins|in\s+das)\s+ausland\b)/g, level: 3, gate: ['gewarnt'] },
  { re: /\bvor\s+(?:allen\s+)?reisen\s+(?:(?:nach|in)\s+[^.;]{0,160}?\b|(?:dorthin|dahin)\s+)(?:wird|werde)\s+(?:(?:derzeit|aktuell|zurzeit|momentan|weiterhin|nach wie vor|ausdr[üu]cklich|nachdr[üu]cklich|dringend)\s+){0,2}gewarnt\b/g, level: 4, gate: ['gewarnt'] },
  // the active voice: "Deutschland warnt (seit …) vor Reisen in die Regionen Amhara und Tigray" (the object is part of the phrase)
  // ("warns against travel" is vague wording, classification.md: a region's advice, no country's level; the passive "Vor Reisen
  // nach X wird gewarnt" above is the Reisewarnung's own wording)
  { re: /\bwarn(?:t|te|ten|en)\b(?:\s+[^\s.;,]+){0,6}?\s+vor\s+(?:allen\s+)?reisen\s+(?:nach|in|ins)\b[^.;,]{0,80}/g, level: 4, vague: true, gate: ['gewarnt'] },
  // Germany's Reisewarnung as English reports it ("Germany has a travel warning in place for the whole of Iran"): a level for
  // Germany only (other governments' "travel warnings" are any advice)
  { re: /\b(?<!partial |regional |partielle )travel warning\b/g, level: 4, onlyFor: ['DE'], gate: ['travel'], need: 'travel warning' },
  // Korea's travel ban (its law forbids its citizens to go: the top of its four-step scale, stronger than "do not travel"), in
  // English and as Korea's German-language service reports it ("Reiseverbot für Irak, Syrien …"); another government's
  // "travel ban" is mostly one on entry ("Trump's travel ban on Iran"), so the step is Korea's alone
  { re: /\btravel\s+bans?\s+(?:(?:will|would|is|are|was|were|has|have)\s+(?:been\s+|be\s+)?(?:\S+\s+){0,2}?)?(?:on|for)\b|\breiseverbot\w*\s+(?:f[üu]r|nach)\b/g, level: 4, onlyFor: ['KR'], exclusive: true, gate: ['travel', 'advice'] },
  // a partial travel warning is a warning for regions only
  { re: /\bteilreisewarnung(?:en)?\b|\b(?:partielle|partiellen|teilweise)\s+reisewarnung(?:en)?\b/g, level: 4, regional: true, gate: ['teilreisewarnung', 'reisewarnung'] },
  // Italian
  // (not those present in the country "for any reason": "Se presenti a qualsiasi titolo nel Paese, … registrarsi")
  { re: /\bsconsigli\w*\s+(?:(?:ora|adesso|ormai|ancora|ufficialmente|vivamente|fortemente|formalmente)\s+)?(?:tutti\s+)?(?:i\s+)?viaggi\w*\s+(?:\S+\s+){0,4}?(?:a|di) qualsiasi titolo\b|(?<!\b(?:presenti|presente|trovano|trovino|trova|trovi|soggiornano|soggiorna|residenti|residente)\s+)\ba qualsiasi titolo\b/g, level: 4, gate: ['qualsiasi titolo'] },
  { re: /\bsconsigli\w*\s+(?:(?:ora|adesso|ormai|ancora|ufficialmente|vivamente|fortemente|formalmente)\s+)?(?:di\s+(?:intraprendere|effettuare|compiere)\s+)?["'\u201c\u00ab]?\s*(?:tutti\s+)?(?:i\s+)?viaggi\w*\s+(?:\S+\s+){0,2}?non (?:necessari|essenziali|indispensabili)\b|\bviaggi non (?:necessari|essenziali)\b[^.;]{0,30}\bsconsigliat|\bsconsigliat[io]\s+(?:i\s+)?viaggi\b[^.;]{0,60}?\bse\s+non\s+(?:strettamente\s+|assolutamente\s+)?(?:necessari|essenziali|indispensabili|urgenti)\b|\bsconsigliat[io]\s+(?:i\s+)?viaggi\b[^.;]{0,60}?\b(?:se\s+non|salvo|tranne)\s+(?:che\s+)?(?:per\s+)?(?:motivi|ragioni|casi)\s+(?:di\s+)?(?:\S+\s+)?(?:necessit[àa]|urgenza|forza maggiore)/g, level: 3, gate: ['sconsigli'] },
  // "sconsiglia di recarsi in … a meno che non sia strettamente necessario": unless strictly necessary (3)
  { re: /\bsconsigli\w*\s+(?:(?:ora|ancora|vivamente|fortemente)\s+)?(?:(?:i\s+)?viaggi|di\s+(?:recarsi|viaggiare|andare))\b[^.;]{0,60}?\b(?:se\s+non|a\s+meno\s+che\s+(?:non\s+)?(?:sia|siano|ci\s+sia)?)\s*(?:strettamente\s+|assolutamente\s+)?(?:necessari\w*|indispensabil\w*|essenzial\w*|urgent\w*)\b/g, level: 3, gate: ['sconsigli'] },
  // "posticipare i viaggi non necessari", "rinviare ogni viaggio non essenziale": defer non-essential travel (3, as the French
  // "reporter" and Singapore's "defer")
  { re: /\b(?:posticipare|posticip(?:a|ate|ino)|rinviare|rinvi(?:a|ate|ino)|rimandare|rimand(?:a|ate|ino))\b(?:[^.;]{0,40}?\s)?(?:(?:tutti\s+)?(?:i\s+|gli\s+|eventuali\s+)?(?:viaggi|spostamenti)\s+non\s+(?:necessari|essenziali|indispensabili|urgenti)|(?:ogni|qualsiasi)\s+(?:viaggio|spostamento)\s+non\s+(?:necessario|essenziale|indispensabile|urgente))\b/g, level: 3, gate: ['non'] },
  // "evitare i viaggi non essenziali" (3), "evitare tutti i viaggi" / "qualsiasi viaggio" (4), as Italian reports other governments' advice
  { re: /\bevitare\s+(?:(?:tutti\s+)?(?:i\s+|gli\s+)?(?:viaggi|spostamenti)\s+non\s+(?:essenziali|necessari|indispensabili|urgenti)|(?:ogni|qualsiasi)\s+(?:viaggio|spostamento)\s+non\s+(?:essenziale|necessario|indispensabile|urgente))\b/g, level: 3, gate: ['evit'] },
// Any language: a verb of avoiding or putting off with non-essential travel as its object ("refrain from non-essential
  // travel", "not to make any non-essential travel", "astenersi dai viaggi non essenziali", "rinviare tutti i viaggi non necessari", "Si sconsigliano i viaggi turistici
  // e tutti gli altri viaggi non urgenti"), or that travel to be put off, in the passive ("all inessential travel … should be
  // cancelled"): 3, whatever the wording around it
  { re: /\b(?:refrain\w*\s+from|not\s+(?:to\s+)?(?:make|undertake)|cancel\w*|postpon\w*|put(?:ting)?\s+off|defer\w*|delay\w*|avoid\w*|rinvia\w*|rinvii\w*|rimanda\w*|astener\w*|evita\w*|interdi\w*|sconsigli\w*|report(?:er|ez|e|ent)|diff[ée]r\w*|[ée]vit\w*),?\s+(?:[^\s.;,:]+,?\s+){0,8}?(?:(?:other\s+)?(?:non[- ]?essential|inessential|unnecessary|non[- ]?urgent)\s+(?:travel\w*|trips?|journeys?|visits?)|(?:viaggi|spostamenti|viaggio|spostamento)(?:,?\s+se)?\s+(?:[^\s.;,:]+\s+){0,3}?non\s+(?:(?:sia|siano|fosse|fossero)\s+)?(?:(?:strettamente|assolutamente)\s+)?(?:necessari[oa]?|essenziali|essenziale|indispensabil[ie]|urgent[ie]|motivat[io]|(?:dettat|giustificat)[io]\s+da\s+(?:\S+\s+){0,3}?(?:necessita|urgenza))|(?:voyages?|d[ée]placements?|s[ée]jours?)\s+non[\s-]+(?:essentiel|indispensable|n[ée]cessaire|urgent)s?)\b|\b(?:non[- ]?essential|inessential|unnecessary|non[- ]?urgent)\s+(?:travel|trips|journeys|visits)\b(?:[^.;]|(?<=\b[a-z])\.){0,60}?\b(?:should|must|is to|are to|to)\s+be\s+(?:avoided|cancell?ed|postponed|deferred|put off)\b/g, level: 3, gate: ['non'] },
  // all travel but essential travel, the exception after the object: "éviter de se rendre au Liban, hormis des voyages essentiels",
  // "conseille d'interrompre tous les voyages au Liban, à l'exception des voyages essentiels"
  { re: /\b(?:[ée]vit\w*|d[ée]conseill\w*|interromp\w*|renonc\w*|report(?:er|ez|e|ent)|suspend\w*)\b[^.;]{0,80}?\b(?:hormis|sauf|except[ée]|[àa] l'exception|en dehors)\s+(?:de\s+|d')?(?:des\s+|les\s+|pour\s+(?:les\s+|des\s+)?)?(?:voyages?|d[ée]placements?|s[ée]jours?)\s+(?:essentiels?|indispensables?|imp[ée]ratifs?|urgents?)\b/g, level: 3, gate: ['voyage'] },
  // … and travel put off when it is not strictly necessary: "rinviare i propri viaggi in Libano, in caso di spostamenti non
  // strettamente necessari"
  { re: /\b(?:rinvia\w*|rinvii\w*|rimanda\w*|posticipa\w*|evita\w*|sconsigli\w*)\s+[^.;:]{0,80}?\b(?:in caso di|se si tratta di)\s+(?:viaggi|spostamenti)\s+non\s+(?:(?:strettamente|assolutamente)\s+)?(?:necessari|essenziali|indispensabili|urgenti)\b/g, level: 3, gate: ['non'] },
  { re: /\bevitare\s+(?:tutti\s+i\s+viaggi|qualsiasi\s+viaggio|ogni\s+viaggio)\b(?!\s+non\b)/g, level: 4, gate: ['evit'] },
  // French and German "avoid unnecessary travel": "éviter les déplacements inutiles", "unnötige Reisen … zu vermeiden" (3)
  { re: /\b[ée]vit(?:er|ez|ent|e)\s+(?:les\s+|tous\s+les\s+|tout\s+)?(?:d[ée]placements?|voyages?|s[ée]jours?)\s+(?:inutiles?|superflus?|non\s+n[ée]cessaires?)\b/g, level: 3, gate: ['evit'] },
  { re: /\b(?:unn[öo]tige[n]?|nicht\s+(?:unbedingt\s+|zwingend\s+)?notwendige[n]?)\s+reisen\b[^.;]{0,60}?\b(?:zu\s+)?vermeiden\b|\bvermeiden\s+sie\s+(?:alle\s+)?(?:unn[öo]tigen|nicht\s+(?:unbedingt\s+)?notwendigen)\s+reisen\b|\bvon\s+(?:allen\s+)?(?:unn[öo]tigen|nicht\s+(?:unbedingt\s+|zwingend\s+|dringend\s+)?notwendigen)\s+reisen\b[^.;]{0,100}?\b(?:abzusehen|absehen|abgesehen)\b|\bauf\s+(?:alle\s+)?(?:unn[öo]tige|nicht\s+(?:unbedingt\s+|zwingend\s+|dringend\s+)?notwendige)\s+reisen\b[^.;]{0,100}?\b(?:zu\s+)?verzichten\b/g, level: 3, gate: ['necessar'] },
  // French "only travel if absolutely necessary": "ne voyager à Paris que si c'est absolument nécessaire" (3)
  { re: /\bne\s+(?:voyager|voyagez|se\s+rendre|vous\s+rendez)\s+(?:en|au|aux|[àa]|dans|vers)\s+[^.;,]{1,40}?\s+qu(?:e\s+si|'en\s+cas\s+de)\s+(?:c'est\s+|cela\s+est\s+|c'[ée]tait\s+)?(?:absolument\s+|strictement\s+|vraiment\s+)?(?:n[ée]cessaire|n[ée]cessit[ée]\s+absolue|indispensable|essentiel|imp[ée]ratif)\b/g, level: 3, gate: ['voyage', 'necessar'] },
  // the passive, the travel first: "I viaggi e i soggiorni di qualsiasi tipo in Libia sono sconsigliati"
  { re: /\bviaggi\s+(?:e\s+(?:i\s+)?soggiorni\s+)?di\s+(?:qualsiasi|ogni|qualunque)\s+(?:tipo|genere|natura)\b[^.;]{0,80}?\bsconsigliat[io]\b/g, level: 4, gate: ['sconsigli'] },
  // "sconsiglia tutti i viaggi in Myanmar", "sono sconsigliati i viaggi ad Haiti, per qualsiasi ragione": all travel
  { re: /\bsconsigli\w*\s+(?:(?:ora|adesso|ormai|ancora|ufficialmente|vivamente|fortemente|formalmente)\s+)?tutti\s+i\s+viaggi\b(?!\s+(?:non|turistici)\b)(?![^.;]{0,60}\bnon\s+(?:necessari|essenziali|indispensabili|urgenti)\b)|\bsconsigliat[io]\s+(?:tutti\s+)?(?:i\s+)?viaggi\b[^.;]{0,60}?\bper\s+(?:qualsiasi|qualunque|ogni)\s+(?:ragione|motivo|scopo)\b/g, level: 4, gate: ['sconsigli'] },
  // "sconsigliando qualunque tipo di viaggio in Libia": travel of any kind
  { re: /\bsconsigli\w*\s+(?:(?:ora|ancora|ormai|vivamente|fortemente|formalmente)\s+)?(?:qualunque|qualsiasi|ogni)\s+(?:tipo\s+di\s+)?viaggio\b(?!\s+non\b)/g, level: 4, gate: ['sconsigli'] },
  // Korea's "special travel advisory": a step of its own scale (advice, no level of the table)
  { re: /\bspecial travel advisory\b/g, level: 4, own: true, gate: ['advis'] },
  // advice against ALL travel in German, as the FCDO's "advises against all travel" (4): "rät … von allen Reisen in die
  // Demokratische Volksrepublik Korea ab", "Von allen Reisen nach X wird abgeraten"
  { re: /\b(?:r[äa]t|raten|riet|rieten)\b(?:\s+[^\s.;,]+){0,7}?\s+von\s+(?:allen|s[äa]mtlichen|jeglichen)\s+reisen\s+(?:in|nach|im|ins)\b[^.;]{0,160}?\b(?<!\bnicht\s)ab\b|\bvon\s+(?:allen|s[äa]mtlichen|jeglichen)\s+reisen\s+(?:in|nach|im|ins)\b[^.;]{0,160}?\b(?:wird|werden)\s+(?:(?!nicht\b|keinesfalls\b)\S+\s+){0,3}?abgeraten\b/g, level: 4, gate: ['abgeraten'] },
  // German and Swiss "Von Reisen in … wird abgeraten" ("rät in seinen Hinweisen weiterhin von Reisen in … ab") with no qualifier: advice against travel with no level (last: the
  // qualified forms above take their words first)
  { re: /\bvon\s+reisen\s+(?:in|nach|im|ins)\b[^.;]{0,200}?\b(?:wird|werden)\s+(?:(?!nicht\b|keinesfalls\b)\S+\s+){0,5}?abgeraten\b|\b(?:wird|werden)\s+(?:(?!nicht\b|keinesfalls\b)\S+\s+){0,2}?abgeraten\s+von\s+reisen\s+(?:in|nach|im|ins)\b|\b(?:r[äa]t|raten|riet|rieten)\b(?:\s+(?:[^\s.;,]+|\d{1,2}\.(?=\s+[a-zäöü]))){0,7}?\s+(?:von\s+(?:(?:urlaubs|ferien)?reisen|aufenthalten|dem\s+aufenthalt)|vom\s+aufenthalt)\s+(?:in|nach|im|ins)\b[^.;]{0,160}?\b(?<!\bnicht\s)ab\b/g, level: 3, vague: true, gate: ['abgeraten'] },
  // the US label told as an order in Italian: "Non viaggiate in Italia a causa del Covid 19"
  { re: /\bnon\s+(?:viaggiate|recatevi)\s+(?:in|a|ad|nel|nella|negli|nei|verso)\b/g, level: 4, gate: ['non'] },
  // "il est fortement recommandé de surseoir à tout déplacement au Pakistan": advice to put off travel, no level of the table
  { re: /\bsurseoir\s+[àa]\s+(?:tout|tous\s+(?:les|vos|leurs))\s+(?:d[ée]placements?|voyages?|s[ée]jours?)\b/g, level: 3, vague: true, gate: ['voyage'] },
  // "avoid travel to", "éviter les déplacements vers", "evitare gli spostamenti verso": no level, but advice for a region
  { re: /\bavoid\s+(?:travel(?:l?ing)?|trips|journeys|going)\s+(?:to|in|into|within)\b/g, level: 3, vague: true, gate: ['avoid'] },
  // "You should avoid the southeast region of Turkey", "advised to avoid the border provinces of …": a part of a country to avoid
  // (not "avoid areas of protest": a region's noun, then "of" a place)
  { re: /\b(?:should|must|to)\s+avoid\s+(?=(?:the|all)\s+(?:[a-z-]+\s+){0,2}?(?:regions?|provinces?|districts?|governorates?|border\s+(?:areas?|regions?|zones?))\s+(?:of|in|along|near)\s)/g, level: 3, vague: true, gate: ['avoid'] },
  // "reminds citizens not to travel to Lac province", "told nationals not to travel to the border areas": advice against
  // travel to a government's own citizens (not "asked residents not to travel", a domestic request), with no level of the table (a region's advice; "… unless their journey is essential" is another level's wording)
  { re: /\b(?:advis\w*|urg(?:e|es|ed|ing)|told|tell(?:s|ing)?|remind\w*|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|recommend\w*|warn(?:s|ed|ing)?|instruct\w*|encourag\w*)\s+(?:\S+\s+){0,4}?(?:citizens|nationals|compatriots|passport holders|travell?ers|[a-z]+ans|(?!these\b)[a-z]+ese|britons|swiss|irish|(?!this\b)[a-z]+is)\b(?:\s+\S+){0,6}?\s+not\s+to\s+travel\s+(?:to|in|into|within)\b(?![^.;]{0,120}\b(?:unless|except|other than)\b)/g, level: 4, vague: true, gate: ['travel'], need: 'not to travel' },
  // "has advised its nationals against travel to X", "warned citizens against visiting X": advice against travel with no qualifier,
  // no level (the qualified ones — "against all travel", "against all but essential travel" — are matched first)
  { re: /\b(?:advis\w*|warn(?:s|ed|ing)?|caution(?:s|ed|ing)?|recommend(?:s|ed|ing)?)\s+(?:(?!not\b|against\b)\S+\s+){0,4}?against\s+(?:any\s+)?(?:(?:travel(?:l?ing)?|trips?|journeys?|visits?|going)\s+(?:to|in|into|within)\b|visiting\b(?!\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:areas?|places|sites|locations|crowds?|gatherings?|markets?|malls?|venues?|hotels?|bars?|restaurants?|events?|demonstrations?|protests?)\b))(?![^.;]{0,120}\b(?:unless|except|other than)\b)/g, level: 3, vague: true, gate: ['against'], need: 'against' },
  // "Le DFAE déconseille les voyages dans la province de …" with no qualifier: advice against travel to a region, no level
  { re: /\bd[ée]conseill\w*\s+(?:les\s+|tout\s+|tous\s+les\s+)?(?:voyages?|d[ée]placements?|s[ée]jours?)\s+(?:dans|vers|en|au|aux|[àa]|sur)\b/g, level: 3, vague: true, gate: ['deconseill'] },
  // (… and the passive: "Les voyages dans les provinces frontalières … sont déconseillés", "les déplacements au Mali restent
  // déconseillés")
  { re: /\b(?:voyages?|d[ée]placements?|s[ée]jours?)\s+(?:dans|vers|en|au|aux|[àa]|sur)\b(?:(?!\b(?:mais|cependant|toutefois|par contre)\b)[^.;]){0,160}?\b(?:sont|est|restent|reste|demeurent|demeure)\s+(?:(?:maintenant|d[ée]sormais|donc|aussi|[ée]galement|toujours|encore|vivement|fortement|absolument)\s+){0,3}d[ée]conseill[ée]e?s?\b/g, level: 3, vague: true, gate: ['deconseill'] },
  // (… and a part of the country as the subject, no travel noun: "les abords immédiats de toutes les zones frontalières avec
  // l'Azerbaïdjan … sont fortement déconseillés", "la région de Tillabéri reste vivement déconseillée" — a region's advice)
  { re: /\b(?:sont|est|restent|reste|demeurent|demeure)(?<=\b(?:zones?|r[ée]gions?|provinces?|abords|d[ée]partements?|localit[ée]s?|secteurs?|quartiers?|territoires?|parties|fronti[èe]res?)\b(?:(?!\b(?:mais|cependant|toutefois|il|ils|elle|elles|on|nous|vous|voyages?|d[ée]placements?|s[ée]jours?)\b)[^.;]){0,120}(?:sont|est|restent|reste|demeurent|demeure))\s+(?:(?:maintenant|d[ée]sormais|donc|aussi|[ée]galement|toujours|encore|vivement|fortement|absolument|d[èe]s\s+lors|[àa]\s+l'heure\s+actuelle)\s+){0,3}d[ée]conseill[ée]e?s?\b(?!\s*(?:de\s|d'|aux\s|[àa]\s+(?!l'heure\b|ce\s+stade\b|partir\b)))/g, level: 3, vague: true, subjectPart: true, gate: ['deconseill'] },
  { re: /\beviter\s+(?:tout\s+d[ée]placement|les\s+d[ée]placements|tout\s+voyage|les\s+voyages|de\s+se\s+rendre)\s+(?:vers|dans|en|au|aux|[àa])\b/g, level: 3, vague: true, gate: ['evit'] },
  // French warnings against travel and calls to put a trip off: "met en garde contre les voyages au Togo", "met en garde les
  // visiteurs souhaitant se rendre au Togo …, les invitant à repousser leur déplacement" (advice with no level, as "warns against
  // travel to")
  { re: /\b(?:met|mettent|mettait|mettaient|mis|mise)\s+en\s+garde\s+(?:contre\s+(?:les\s+|tout\s+|tous\s+les\s+)?(?:voyages?|d[ée]placements?|s[ée]jours?)\s+(?:dans|vers|en|au|aux|[àa])\b|(?:les\s+|ses\s+|leurs\s+)?(?:voyageurs|visiteurs|touristes|ressortissants)\s+(?:(?:fran[çc]ais|belges|suisses|europ[ée]ens|[ée]trangers)\s+)?(?:souhaitant|d[ée]sirant|envisageant\s+de|qui\s+(?:souhaitent|envisagent\s+de|veulent|d[ée]sirent))\s+(?:se\s+rendre|voyager)\s+(?:en|au|aux|[àa]|dans|vers)\b)|\b(?:repousser|reporter|diff[ée]rer)\s+(?:leur|leurs|votre|vos|son|ses|tout|tous\s+les)\s+(?:projets?\s+de\s+)?(?:voyages?|d[ée]placements?|s[ée]jours?)\b(?!\s+non\b)/g, level: 3, vague: true, gate: ['voyage'] },
  // (… or against going there: "déconseillent également aux citoyens américains de se rendre en Azerbaïdjan", "conseille à ses
  // citoyens de ne pas non plus se rendre en Azerbaïdjan"; not a region's: "déconseillé de se rendre dans la région du …")
  { re: /(?:\bd[ée]conseill\w*\s+(?:(?:[ée]galement|aussi|toujours|donc|d[ée]sormais|fortement|vivement|fermement)\s+){0,2}(?:(?:a|aux)\s+(?:[^\s.;,]+\s+){1,3}?)?de\s+(?:se\s+rendre|voyager)\s+(?:en|au|aux|[àa]|dans|vers)\b|\b(?:conseill|recommand)\w*\s+(?:(?:[ée]galement|aussi)\s+)?(?:(?:a|aux)\s+(?:[^\s.;,]+\s+){1,3}?)?de\s+ne\s+pas\s+(?:non\s+plus\s+)?(?:se\s+rendre|voyager)\s+(?:en|au|aux|[àa]|dans|vers)\b)(?![^.;]{0,60}?\b(?:[àa] moins|sauf)\b)/g, level: 4, vague: true, gate: ['deconseill', 'voyage', 'advice'] },
  { re: /\bevitare\s+(?:i\s+viaggi|gli\s+spostamenti|ogni\s+spostamento|qualsiasi\s+spostamento|di\s+recarsi)\s+(?:verso|in|nella|nelle|nei|negli|nel|a|per)\b/g, level: 3, vague: true, gate: ['evit'] },
  // (… or forbidding its own citizens to go there: "Les États-Unis ont interdit à leurs ressortissants de se rendre au nord du
  // Togo" — advice with no step of a scale)
  { re: /\binterdi(?:t|sent|sait|saient|re)\s+(?:[àa]|aux)\s+(?:ses|leurs|nos)\s+(?:ressortissants|citoyens|compatriotes)\s+(?:[a-z]+\s+)?de\s+(?:se\s+rendre|voyager)\s+(?:en|au|aux|[àa]|dans|vers)\b/g, level: 4, vague: true, gate: ['deconseill'] },
  // Italian travel advised only for compelling reasons: "si consigliano viaggi nel Paese solo qualora motivati da ragioni
  // imperative" (level 3, as "déconseillé sauf raison impérative")
  { re: /\b(?:viaggi|spostamenti)\s+(?:(?:nel|in|verso|a|per)\s+)?(?:\S+\s+){0,3}?solo\s+(?:qualora|se|quando|ove|in caso di)\s+(?:\S+\s+){0,3}?(?:ragioni|motivi|esigenze)\s+(?:imperative|imperativi)\b/g, level: 3, gate: ['sauf'] },
  // Italian advice against all travel, anywhere in the country: "Si sconsigliano assolutamente viaggi ad Haiti, in qualunque zona
  // del Paese" — as "advises against all travel to any part of the country", level 4
  { re: /\bsconsigli\w*\s+(?:(?:vivamente|fortemente|assolutamente|categoricamente|ancora|ora)\s+)?(?:(?:i|tutti i)\s+)?viaggi\b(?=[^.;]{0,60}?\b(?:in|verso)\s+(?:qualunque|qualsiasi|ogni)\s+(?:zona|parte|area|regione)\s+(?:del|dello)\s+(?:paese|territorio)\b)/g, level: 4, gate: ['sconsigli'] },
  // travel advised against unless it is essential: "sono sconsigliati viaggi nel Paese, se non per ragioni inderogabili" (level 3)
  { re: /\bsconsigli\w*\s+(?:(?:vivamente|fortemente|ancora|ora)\s+)?(?:(?:i|tutti i)\s+)?viaggi\b(?=[^.;]{0,80}?\bse\s+non\s+per\s+(?:ragioni|motivi|esigenze)\s+(?:inderogabili|essenziali|urgenti|strettamente\s+necessari\w*|di\s+(?:stretta\s+)?necessit\w*))/g, level: 3, gate: ['sconsigli'] },
  // "sconsiglia i viaggi nella regione di …", "è fortemente sconsigliato qualsiasi spostamento nelle zone …", "Si sconsigliano i
  // viaggi a destinazione della regione di Batken", "«fortemente sconsigliati» … viaggi nella regione": advice against travel, no
  // step of the scale (a region's advice when its object is a region)
  { re: /\bsconsigli\w*["'\u201d\u00bb]?\s+(?:(?:vivamente|fortemente|ancora|ora|categoricamente|assolutamente|caldamente|perentoriamente)\s+)?(?:a(?:i|gli|lle)\s+(?:[^\s.;,:]+\s+){1,3}?(?=di\s))?(?:(?:dal|dalla|dai)\s+(?:[^\s.;,:]+\s+){1,5}?)?(?:(?:i|gli|tutti i|qualsiasi|ogni)\s+)?(?:(?:di\s+)?(?:effettuare|intraprendere|compiere)\s+(?:(?:dei|i)\s+)?)?(?:viaggi\w*|spostament\w*|di\s+recarsi|recarsi)\s+(?:(?:turistici|non necessari)\s+)?(?=(?:a destinazione d|verso|in|nella|nelle|nei|negli|nel|a|ad|per)\b)/g, level: 3, vague: true, gate: ['sconsigli'] },
  // A government's travel advice said to be issued, updated or revised, with no step of a scale: "The State Department updated
  // its Travel Advisory for Ukraine", "Additional travel advisories have been issued for Costa Rica and El Salvador",
  // "Großbritannien hat seine Reisehinweise für Somalia geändert", "avait déjà adapté son avis de voyage", "ha aggiornato le indicazioni di viaggio": advice about the country, no level (classification.md: a finding
  // may have no level and no signal when the text reports that issuer's advice about it). Past or present only: "will update
  // its advice" is no advice yet. (Not a routine alert's "issued a security alert": the advice must be travel advice, or an
  // advisory named with the country it is for.)
  { re: /\b(?:updated|updating|revised|revising|reissued|re-issued|issued|issuing|amended|amending|adjusted|adapted|adapting|tightened|changed|published|released|put\s+out|renewed)\s+(?:(?:(?:its|their|his|her|a|an|the|new|fresh|own|official|latest|separate|similar|further|additional|updated|revised)\s+){1,3}(?:travel\s+(?:advice|advisory|advisories|warnings?|alerts?|guidance)|(?:advisory|advisories|advice)(?=\s+(?:for|on|about|regarding|concerning|covering)\s|\s*,?\s+(?:stating|saying|noting|to\s+say|to\s+reflect)\b))|(?:(?:new|fresh|separate|similar|further|additional)\s+)?travel\s+(?:advisories|warnings|alerts)|advisories(?=\s+(?:for|on|about|regarding|concerning|covering)\s))\b/g, level: 3, vague: true, gate: ['advice'] },
  // (the passive, the advice first: "Additional travel advisories have been issued for Costa Rica")
  { re: /\b(?:travel\s+(?:advice|advisory|advisories|warnings?|alerts?)|(?:new|additional|updated|revised|fresh|similar|further)\s+advisor(?:y|ies))\s+(?:has|have|had|was|were)\s+(?:also\s+|now\s+|since\s+|just\s+|recently\s+)?been\s+(?:also\s+|now\s+|just\s+|recently\s+)?(?:issued|updated|revised|reissued|re-issued|amended|tightened)\b/g, level: 3, vague: true, gate: ['advice'] },
  // German: "hat seine Reisehinweise für Somalia geändert", "Reisewarnungen ausgesprochen", "aktualisierte seine Reise- und
  // Sicherheitshinweise", "heißt es im aktualisierten Reise- und Sicherheitshinweis für Myanmar" (the noun, the participle
  // after it; or the verb, the noun after it; or the participle as its adjective, the country named after it: not "verwies
  // auf die aktualisierten Reise- und Sicherheitshinweise, in denen …", a pointer to the advice in general)
  // (the participle may come far after the noun, at the end of a long clause with no comma: "hat seine Reise- und
  // Sicherheitshinweise für die Türkei infolge des … Anschlags … im Nordirak überarbeitet")
  { re: /\b(?:reise-\s+und\s+sicherheitshinweise?|reisehinweise?|sicherheitshinweise?|reisewarnungen|reisewarnung)\b(?=(?:(?:(?!\bnicht\b|\bkein)[^.;]){0,100}?|(?:(?!\bnicht\b|\bkein)[^.;,]){101,300}?)\b(?:aktualisiert|ge[äa]ndert|angepasst|versch[äa]rft|ausgesprochen|herausgegeben|erlassen|ausgegeben|[üu]berarbeitet|erg[äa]nzt|erweitert)\b)|\b(?:aktualisierte|aktualisierten|aktualisiert|[äa]nderte|[äa]nderten|versch[äa]rfte|versch[äa]rften|[üu]berarbeitete|[üu]berarbeiteten)\s+(?:\S+\s+){0,3}?(?:seine|ihre|die|eine|neue)\s+(?:\S+\s+)?(?:reise-\s+und\s+sicherheitshinweise|reisehinweise|sicherheitshinweise|reisewarnung\w*)\b|\b(?:aktualisierten|ge[äa]nderten|versch[äa]rften|[üu]berarbeiteten)\s+(?:reise-\s+und\s+sicherheitshinweis\w*|reisehinweis\w*|sicherheitshinweis\w*)(?=\s+f[üu]r\s)/g, level: 3, vague: true, gate: ['advice'] },
  // French: "a mis à jour ses conseils aux voyageurs", "avait adapté son avis de voyage"
  { re: /\b(?:mis|mise|mises)\s+[àa]\s+jour\s+(?:son|ses|leur|leurs|les|sa)\s+(?:avis|conseils|recommandations)\s+(?:aux\s+voyageurs|de\s+voyages?)\b|\b(?:actualis|adapt|modifi|renforc|durci|publi|[ée]mis)\w*\s+(?:son|ses|leur|leurs|un|une|des|de\s+nouveaux|de\s+nouvelles|les|sa)\s+(?:nouve\w+\s+)?(?:avis|conseils|recommandations)\s+(?:aux\s+voyageurs|de\s+voyages?)\b/g, level: 3, vague: true, gate: ['advice'] },
  // Italian: "ha aggiornato le indicazioni di viaggio", "ha emesso un avviso di viaggio per …", "ha aggiornato le proprie
  // raccomandazioni per chi intende recarsi in …"
  { re: /\b(?:aggiornat[oaie]|emess[oaie]|emanat[oaie]|diramat[oaie])\s+(?:(?:le|la|il|i|gli|un|una|nuov[oiae]|propri[oaie])\s+){1,2}(?:indicazioni|raccomandazioni|avvis[oi]|avvertenz[ae]|travel\s+advice)\s+(?:di\s+viaggio|per\s+i\s+viaggiatori|ai\s+viaggiatori|sul\s+sito|su\s+viaggiare\s*sicuri|per\s+chi\s+(?:intende|intendesse|vuole|volesse|desidera|deve|sta\s+per|programma|pianifica)\s+(?:recarsi|viaggiare|andare|partire))\b/g, level: 3, vague: true, gate: ['advice'] },
  // "Les voyages touristiques sont à proscrire totalement sur l'ensemble du territoire": advice, no step of the table
  { re: /\b(?:voyages?|d[ée]placements?|s[ée]jours?)\b(?:(?!\b(?:mais|sauf|hormis)\b)[^.;]){0,80}?\b(?:sont|est|restent|reste|demeurent|demeure)\s+(?:(?:donc|toujours|d[ée]sormais)\s+)?[àa]\s+proscrire\b/g, level: 3, vague: true, gate: ['voyage'] },
  // "has updated warning on non-essential travel to Ethiopia", "issued a warning about travel to": advice, no level
  { re: /\b(?:updated|updates|updating|issued|issues|renewed|revised|extended|reissued)\s+(?:(?:its|a|the|their|his|her|new)\s+)?warnings?\s+(?:on|about|regarding|concerning)\s+(?:(?:all|any|non-?essential|unnecessary)\s+)?travel\s+(?:to|in)\b/g, level: 3, vague: true, gate: ['travel', 'essential', 'advice'] },
  // "…, the U.S. State Department said Tuesday in an updated travel advisory": advice, no level (the country the sentence is about)
  { re: /\bin\s+(?:an?|its|their|the)\s+(?:updated|new|revised|latest|fresh|reissued)\s+travel\s+(?:advisory|advice|warning|alert)\b/g, level: 3, vague: true, gate: ['advice'] },
  // "warns U.S. citizens of the risks of traveling to Nepal" (the State Department's Travel Warnings before 2018): advice, no level
  { re: /\bwarn(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?(?:of|about)\s+the\s+(?:risks?|dangers?)\s+of\s+travel(?:l?ing)?\s+(?:to|in)\b/g, level: 3, vague: true, gate: ['travel'] },
  // "advised citizens to defer travel to Nepal", "postpone their trips to": advice against travel, no level (not "defer all
  // travel", level 4 above)
  { re: /\b(?:defer(?:s|red|ring)?|postpon(?:e|es|ed|ing))\s+(?:(?:their|your|his|her|any|planned|upcoming|future)\s+){0,2}(?:travel|trips?|journeys?)\s+(?:to|in|into)\b/g, level: 3, vague: true, gate: ['defer'] },
  // "travel to Iraq and Lebanon was also strongly discouraged", "discourages travel to": advice against travel, no level
  { re: /\bdiscourag(?:es|ed|ing)\s+(?:all\s+)?(?:travel|trips)\s+(?:to|in|into)\b|\btravel(?=\s+(?:to|in)\s+[^.;]{1,60}?\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+|still\s+)?(?:strongly\s+)?discouraged\b)/g, level: 3, vague: true, gate: ['advice'] },
];

const LEVEL_GATE_WORDS = [...new Set([...PATTERNS.flatMap((p) => p.gate), 'advis'])];
/** Gate words that stand for a family of words (gate words match at a word's start: "gewarnt" and the active "warnt"; "essential"
 * and the French "essentiels", the Italian "essenziale", "indispensabile"). */
const GATE_FAMILIES: Readonly<Record<string, readonly string[]>> = { deconseill: ['deconseill', 'interdi'], sauf: ['sauf', 'imperativ'], level: ['level', 'niveau', 'livello', 'stufe', 'gefahrenstufe', 'gefahrenkategorie'], gewarnt: ['gewarnt', 'warnt', 'warnen'], defer: ['defer', 'postpon'], caution: ['caution', 'cautela'], advice: ['travel advi', 'travel warn', 'travel alert', 'travel guid', 'advice', 'advisor', 'reisehinweis', 'reise- und', 'sicherheitshinweis', 'reisewarnung', 'reiseverbot', 'avis', 'conseils', 'conseill', 'recommand', 'indicazioni', 'raccomandazioni', 'avvis', 'avvertenz', 'discourag'], abgeraten: ['abgeraten', 'rat ', 'rate ', 'raten ', 'riet'], voyage: ['voyage', 'deplacement', 'sejour'], essential: ['essenti', 'nonessential', 'essenz', 'indispensab', 'non-urgent'], non: ['non', 'inessential', 'unnecessar'], necessar: ['necessa', 'unnecessar', 'unnotig', 'notwendig', 'nicht notwendig', 'nicht unbedingt', 'nicht zwingend'] };
const LEVEL_GATES = DETECTOR_GATES.gate(LEVEL_GATE_WORDS.map((w) => GATE_FAMILIES[w] ?? [w]));
const PATTERN_BITS = PATTERNS.map((p) => gateBits(p.gate));
/** Per gate mask, the patterns (in order) whose gate words it holds: a sentence walks only those. Few masks occur; the
 * cache stops growing at 4,096 of them. */
const PATTERNS_FOR = new Map<number, number[]>();
function patternsFor(g: number): number[] {
  let list = PATTERNS_FOR.get(g);
  if (list === undefined) {
    list = [];
    for (let pi = 0; pi < PATTERNS.length; pi++) if ((g & PATTERN_BITS[pi]!) !== 0) list.push(pi);
    if (PATTERNS_FOR.size < 4096) PATTERNS_FOR.set(g, list);
  }
  return list;
}
const ADVIS_BIT = gateBits(['advis']);
const ABGERATEN_BIT = gateBits(['abgeraten']);
/** German "until now" (the gate of DE_ONLY_LESS_BEFORE_RE; its own group: the level gate holds 31 families already). */
const BISHER_GATE = DETECTOR_GATES.gate([['bisher', 'bislang', 'zuvor', 'vorher']]);
/** Earlier German advice said to have been weaker or partial: "Bislang hatte das Ministerium lediglich von Reisen abgeraten",
 * "Bisher wurde nur zu erhöhter Vorsicht geraten", "Ausweitung der bisherigen Teilreisewarnung": the level was lower before. */
const DE_ONLY_LESS_BEFORE_RE =
  /\b(?:bisher|bislang|zuvor|vorher)\b[^.;]{0,60}?\b(?:lediglich|nur)\b[^.;]{0,80}?\b(?:abgeraten|geraten|teilreisewarnung)\b|\bbisherig\w*\s+teilreisewarnung\b/;
/** Earlier advice said to have covered only parts of the country, in German: "Bisher riet das EDA lediglich von Reisen in
 * die Grenzgebiete … ab", "Bislang wurde nur von Reisen in den Norden abgeraten": the country as a whole was below. */
const DE_ONLY_PARTS_BEFORE_RE =
  /\b(?:bisher|bislang|zuvor|vorher|bis jetzt)\b[^.;]{0,50}?\b(?:lediglich|nur|ausschlie(?:ß|ss)lich)\s+(?:von\s+)?(?:(?:\S+\s+){0,2}?reisen\s+)?(?:in|nach|im|ins)\s+(?:die\s+|den\s+|das\s+|einige\s+|bestimmte\s+)?(?:\S+\s+){0,2}?(?:grenzgebiet\w*|grenzregion\w*|\w*gebiete?\b|regionen|region\b|provinz\w*|teile?\b|landesteil\w*|norden|s[üu]den|osten|westen)/;

const REGION_OBJECT_RE =
  /^(?:(?:the|la|le|les|il|gli|die|den|der|das)\s+|l')?(?:(?:two|three|four|five|deux|trois|quatre|cinq|due|tre|quattro|cinque|zwei|drei|vier|f[üu]nf)\s+(?=(?:regions|provinces|districts|areas|states|zones|r[ée]gions|regioni|aree|regionen|gebiete|provinzen)\b))?(?:(?:breakaway|separatist|rebel-held|occupied|disputed|autonomous|semi-autonomous|restive|tribal|mountainous|conflict-affected)\s+)?(?:(?:north|south|east|west)(?:ern|east|west)?(?:ern)?|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|coastal|rural|remote|border|borders|frontier|regions?|provinces?|states?|areas?|parts?|districts?|governorates?|departments?|counties|county|prefectures?|municipalit\w+|cities|city|towns?|islands?|certain|some|specific|several|following|listed|within|those|these|most|much|large parts|large areas|all areas|all parts|zones?|la zone|les zones|certaines|le nord|le sud|l'est|l'ouest|den norden|den s[üu]den|teile|gebiete|regionen|grenz\w*|alcune|zone|aree|regioni|province|proximit[ée]|fronti[èe]res?|r[ée]gions?|environs|alentours)\b/;

const WHOLE_RE = /^(?:the\s+)?(?:whole|entire|rest of the|rest of|whole of|all of|all parts of|the whole of|(?:any|every) part of (?:the|this|that) country)\b|^(?:the\s+|that\s+|this\s+)?(?:country|island|islands|archipelago|kingdom|republic|nation)\b|^(?:il\s+|le\s+|das\s+)?(?:paese|pays|land)\b|^(?:tout le territoire|l'ensemble du territoire|tutto il territorio|(?:nel)?l'intero territorio|das gesamte staatsgebiet|nell'intero paese|tout le pays|l'ensemble du pays|das ganze land|das gesamte land|tutto il paese|l'intero paese)/;

/**
 * "the rest of Cabo Delgado province", "the rest of the north", "the whole of Kachin State": the rest (or the whole) of a
 * part of the country is still a part (the rest of the country, or of a country by name, is not).
 */
const REST_OF_PART_RE =
  /^(?:the\s+)?(?:rest|whole|all|remainder|entirety)\s+of\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|east|west)?(?:ern)?|central|coastal|interior|[\p{L}'-]+(?:[\s-][\p{L}'-]+){0,3}?\s+(?:province|region|district|state|governorate|county|prefecture|department|municipality|oblast|territory|area|valley|coast|border area|border region))\b/u;

/** "the country's north", "the island's interior": a part of the country told with the possessive of the country's common noun. */
const COUNTRY_PART_OBJECT_RE =
  /^(?:the\s+|this\s+|that\s+)?(?:country|nation|island|kingdom|republic)['\u2019]s\s+(?:(?:far|extreme|remote)\s+)?(?:north|south|east|west|northern|southern|eastern|western|central|north-?\w+|south-?\w+|borders?|border\s+\w+|capital|interior|coast|coastal\s+\w+|frontier|provinces?|regions?|areas?|parts?|districts?)\b/;
/** An object whose head noun is a part of a country: "the Jordan-Syria border", "the Afghan border area". */
const PART_HEAD_RE = /^(?:the\s+)?[\p{L}'-]+(?:[\s-][\p{L}'-]+){0,3}?\s+(?:border|borders|border areas?|border regions?|frontier|borderlands?)\b/u;

/** An open if-clause before a level phrase (no comma, colon or semicolon since "if"), not one that only locates the reader. */
const IF_CLAUSE_BEFORE_RE = /\b(?:if|unless|wenn|falls|qualora)\s+(?!(?:you|u\.s\. citizens|citizens|they)\s+(?:are|remain|re)\b|you're\b|vous [êe]tes\b)[^,;:.]{0,100}$/;
/** After a level phrase: it is named as a term of a scale. */
const SCALE_TERM_AFTER_RE = /^["'\u201d\u2019)]*\s*(?:is\s+)?(?:in|on|of)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:system|scales?|ranking|classification|terminology|jargon|parlance|vocabulary)\b/;

/** After a level phrase: it was extended to the whole country ("wurde auf das ganze Land ausgeweitet", "has been extended to the
 * whole country", "a été étendu à l'ensemble du pays", "è stato esteso a tutto il Paese"). */
const EXTENDED_TO_WHOLE_RE =
  /^[^.;]{0,50}?\b(?:wurde|wird|ist|sei|has been|have been|was|were|is|are|a [ée]t[ée]|ont [ée]t[ée]|est|sont|[èe] stat[aoie]|sono stat[aoie])\s+(?:nun\s+|jetzt\s+|now\s+|d[ée]sormais\s+|ora\s+)?(?:auf\s+(?:das\s+(?:ganze|gesamte)\s+land|ganz\s+\S+)\s+(?:ausgeweitet|ausgedehnt|erweitert)|(?:extended|expanded|widened)\s+to\s+(?:cover\s+)?(?:the\s+)?(?:whole|entire)\s+(?:of\s+the\s+)?country|(?:[ée]tendue?s?|[ée]largie?s?)\s+[àa]\s+(?:l'ensemble\s+du|tout\s+le)\s+(?:pays|territoire)|estes[aoie]\s+a\s+tutto\s+il\s+(?:paese|territorio))\b/;

/** "There is no change to FCDO's advice against all travel to …": the advice stands, the "no" is about a change. */
const NO_CHANGE_TO_RE = /\bno\s+(?:change|changes|update|updates)\s+(?:to|in)\s+(?:\S+\s+){0,4}$/;

/** Before a level phrase: a time of day that bounds it ("After 6 p.m. Wednesday, do not travel"): a movement curb, no level. */
const TIME_OF_DAY_BEFORE_RE = /\b(?:after|before|until|till|past|between)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?|o'clock)|dark|dusk|nightfall|sunset|sundown)|\bat night\b/;

/** Before a level phrase: a demand for it, its absence or a step only weighed ("would consider issuing"), not the level itself. */
const LEVEL_NOT_GIVEN_RE =
  /(?:\b(?:should|must|ought to|needs? to)\s+(?:\w+\s+){0,3}?(?:issue|raise|impose|put|adopt|introduce|declare)\b|\b(?:calls?|called|calling|asks?|asked|asking|push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|press(?:es|ed|ing)?|demand(?:s|ed|ing)?)\s+for\b|\b(?:nobody|no one)\b|\b(?:would|could|might|may)\s+(?:\w+\s+){0,2}?(?:consider|issue|impose|introduce|adopt)\b|\bconsider(?:s|ed|ing)?\s+(?:issu|impos|introduc)\w*|(?:\b(?:has|have|had|did|does|do|will|would)\s+not|\b(?:hasn't|haven't|hadn't|didn't|doesn't|don't|won't|wouldn't))\s+(?:yet\s+)?(?:issu\w+|rais\w+|impos\w+|put|declar\w+|elevat\w+|upgrad\w+|escalat\w+|increas\w+|bump\w*)\b)[^.;:]{0,40}$/;

/** "until now", "previously" in French, German and Italian (and English "up to now"). */
const PAST_ADVERB_RE =
  /\b(?:auparavant|jusqu'ici|jusqu'a present|jusqu'alors|precedemment|anterieurement|zuvor|bisher|bislang|vorher|in precedenza|finora|fino ad ora|fino a ora|precedentemente|up to now|up until now|hitherto|fino a oggi|fino ad oggi|bis heute|bis jetzt|jusqu'a aujourd'hui|until today)\b|\b(?:d[ée]conseill|recommand|sconsigli|raccomand)(?:ait|aient|ava|avano)\b/;

/** Right before a level, the change that set it, told in a present or simple past tense: "The previously issued Level 3
 * Travel Advisory has now been lowered to Level 2" (the new level, whatever "previously" said of the old one). */
const CHANGED_TO_BEFORE_RE =
  /\b(?:has|have|is|are|was|were)\s+(?:now\s+|since\s+|just\s+)?(?:been\s+)?(?:now\s+)?(?:lowered|raised|downgraded|upgraded|reduced|increased|eased|elevated|moved|changed|revised)\s+to\s+(?:the\s+|a\s+)?["'\u201c]?\s*$/;

/** A passive phrase's travel noun, its object after it: "tout déplacement", "les voyages" (see the passive level patterns). */
const PASSIVE_TRAVEL_LEAD_RE = /^(?:(?:tout|tous\s+les|les)\s+)?(?:voyages?|d[ée]placements?|s[ée]jours?)\s+(?=\S)/;
/** Inside a level's phrase, its place: the whole country ("viaggi nel Paese", "travel to the country"). */
const WHOLE_COUNTRY_INSIDE_RE = /\b(?:(?:to|in|within) the (?:whole |entire )?country(?!['\u2019]s)|(?:dans|vers) (?:tout )?le pays|(?:nel|in tutto il) paese|ins land|im (?:ganzen )?land)\b/;

/** After a level told in a past tense, the words that keep it in force: "war eine Reisewarnung … ausgesprochen worden, die im
 * Wortlaut weiter Bestand hat", "had issued a Level 4 advisory, which remains in force" (a relative clause of the level's own,
 * not another clause: "lifted its Level 4 advisory, and a Level 3 advisory remains in force"). */
const STILL_IN_FORCE_AFTER_RE =
  /^[^.;,]{0,80}?,?\s+(?:which|that|die|der|das|qui|che)\s+(?:\S+\s+){0,3}?(?:(?:weiter|weiterhin|nach wie vor|noch immer|immer noch)\s+(?:\S+\s+)?(?:bestand|besteht|gilt|g[üu]ltig|in kraft)|still (?:in (?:force|effect|place)|stands|applies)|remains? in (?:force|effect|place)|(?:toujours|reste|demeure) en vigueur|(?:tuttora|ancora|resta|rimane) in vigore)\b/;

/** A relative clause after the level, then the verb that ends it: ", which advised … has been downgraded". */
const LIFTED_AFTER_RELATIVE_RE = /^[^.;,]{0,60},\s*(?:which|that)\s/;
/** Inside such a clause: ", which advised American citizens to" (the level phrase follows). */
const RELATIVE_ADVISED_BEFORE_RE = /,\s*(?:which|that)\s+(?:had\s+)?(?:advised|urged|told|recommended|warned|asked|called on)\b[^.;,]{0,80}$/;
/** The verb that ends an advice, later in the sentence (not a relative clause's own: "…, which replaced the one that was lifted"). */
const LIFTED_LATER_RE = /^[^.;]{0,200}?\b(?<!\b(?:that|which)\s)(?:was|has been|had been)\s+(?:later\s+|since\s+|now\s+|finally\s+)?(?:lifted|withdrawn|removed|rescinded|downgraded|lowered|reduced|dropped)\b/;
/** Before a level: its advice lifted, then an aside between commas ("lifted its advice, first issued on 3 March, against …"). */
const LIFTED_ADVICE_ASIDE_BEFORE_RE =
  /\b(?:lifted|withdrew|withdrawn|rescinded|removed|dropped)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:advice|advisory|advisories|warnings?|recommendations?)\s*,[^.;,]{1,50},\s*$/;
/** A level's object, an aside between commas, then "was lifted": the level ended. */
const LIFTED_AFTER_ASIDE_RE = /^[^.;,]{0,40},[^.;,]{3,60},\s*(?:was|has been|had been|were|have been) (?:later\s+|finally\s+|eventually\s+)?(?:lifted|withdrawn|removed|rescinded|downgraded|lowered|dropped)\b/;

/** The earlier advice named as the object of its change, a comma clause before the level: "upgraded its earlier advisory to X, ". */
const CHANGED_EARLIER_BEFORE_RE =
  /\b(?:upgrad|rais|increas|elevat|escalat|tighten|chang|updat|revis|strengthen)\w*\s+(?:its|their|the|our|an?)\s+(?:earlier|previous|prior|former)\s+(?:travel\s+)?(?:advisory|advice|warning|alert|level)\b(?:[^.;]*,\s*[^,]*|[^.;,]{0,60}?\bto\s+(?:an?\s+|the\s+)?)$/;
/** A level named as the start of a change from one to another: "de « … » à « … »", "von … auf …", "da … a …". */
const FROM_BEFORE_RE = /(?:^|\s)(?:de|du|von|vom|da|dal|dalla|from)\s*["']?\s*(?:(?:we|nous|wir|noi)\s+)?(?:(?:advise|advising|advised|recommend|recommending)\s+)?$/
const TO_AFTER_RE = /^\s*["']?\s*(?:a|au|auf|to|al|alla)\s+["']?\s*\S/;

/** "with several provinces rated Level 4": a part of the country named just before a level at `a`. */
const REGION_BEFORE_LEVEL_RE = new RegExp(/\b(?:provinces?|(?<!united |u\.s\. |secretary of )states?(?! department| dept)|regions?|areas?|parts?|districts?|(?<!state )departments?(?!'s| of state|\s+(?:\w+ly\s+)?(?:warned|warns|said|says|issued|issues|has|had|have|is|was|raised|raises|urged|urges|advised|advises|told|tells|announced|added|also|updated|updates|put|placed|kept|keeps)\b)|governorates?|zones?|border)\b[^.;]{0,25}$/.source, 'g');
function regionBefore(low: string, a: number): boolean {
  REGION_BEFORE_LEVEL_RE.lastIndex = Math.max(0, a - 40);
  return REGION_BEFORE_LEVEL_RE.test(low.slice(0, a));
}

/** Some parts of a country as the subject that holds or keeps a level: "some areas still hold the highest '", "several
 * regions remain at ". */
const REGION_SUBJECT_RE =
  /\b(?:some|several|certain|many|a few|a number of|parts of)\s+(?:[a-z-]+\s+)?(?:areas|regions|parts|provinces|districts|zones|states)\b(?:\s+of\s+(?:the\s+)?[^\s.;,]+)?\s+(?:still\s+|also\s+|now\s+)?(?:hold|have|carry|remain|are|stay|keep)\b[^.;,]{0,40}$/;

/** A sentence that opens on a part of a country ("For the breakaway regions of …", "In the border areas …") up to a level. */
const REGION_LEAD_RE = /^\W*(?:for|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:regions?|provinces?|areas?|parts?|districts?|governorates?|zones?|territor(?:y|ies))\b[^.;]{0,100}$/;

/** A part of the country opening the sentence as the subject that is under a level: "Most of Israel remains under ", "The rest
 * of the country is at ", "Much of the north stays at ". */
const PART_SUBJECT_LEAD_RE =
  /^\W*(?:most|much|large parts?|parts|the rest|the remainder|the (?:north|south|east|west)(?:ern)? (?:part|half|third))\s+of\s+(?:the\s+)?[^.;,:]{1,40}?\s+(?:remains?|remained|is|are|was|were|stays?|stayed|has been|have been)\s+(?:still\s+|now\s+)?(?:under|at|on)\b[^.;:]{0,80}$/;

/** A border area opening the sentence as the subject under a level: "The Thai-Burma border is, as it has been for years, still
 * in the highest category – ", "The border region with Colombia remains at ". */
const BORDER_SUBJECT_LEAD_RE =
  /^\W*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:border|frontier|borderlands?)(?:\s+(?:areas?|regions?|zones?|strip|provinces?))?(?:\s+(?:with|between)\s+[^.;:,]{1,30}?)?\s*,?\s+(?:is|are|remains?|remained|stays?|was|were|has been|have been)\b[^.;:]{0,100}$/;

/** A French cleft with a part of the country first, up to the level: "c'est la frontière nord, les parcs … qui sont ". */
const CLEFT_PART_BEFORE_RE =
  /\bc'est\s+(?:la|le|les|l')\s*(?:fronti[eè]res?|zones?|r[ée]gions?|parcs?|provinces?|d[ée]partements?|nord|sud|est|ouest|centre|partie)\b[^.;]{0,160}\bqui\s+(?:sont|est|restent|reste|demeurent|demeure)\s+(?:[a-z]+\s+){0,2}?["'\u00ab\u201c\s]*$/;
/** Right before a level, the words that give a colour's or a category's meaning: "ce qui signifie que « ", "which means ". */
const MEANING_BEFORE_RE = /\b(?:ce qui signifie|signifiant|which means|meaning|was bedeutet|il che significa)(?:\s+(?:que|that|dass|che))?\s*[,:]?\s*["'\u00ab\u201c\u201e\s]*$/;
/** A part of the country named earlier in the sentence: "une partie du pays", "parts of the country", "Teile des Landes". */
const PART_NAMED_BEFORE_RE = /\b(?:une partie|certaines parties|des parties|plusieurs parties|parts? of|some parts|teile|parte|alcune parti|zones?|r[ée]gions?|regions?|areas)\b/;
/** A verb of extending right before a colour zone: "étend la zone rouge", "a étendu mardi la « zone rouge »", "expanded its red zone". */
const ZONE_EXTENDED_BEFORE_RE =
  /\b(?:[ée]tend\w*|[ée]largi\w*|agrandi\w*|extend\w*|expand\w*|widen\w*|allarga\w*|ampliat\w*|estes[oa])\s+(?:[a-z]+\s+)?(?:la|the|its|sa|la\s+sua|their)\s+["'\u00ab\u201c\s]*$/;
/** A colour zone, then what it covers, parts of the country: "zone rouge …, couvrant tout le Nord", "the red zone, which covers the
 * border areas". */
const ZONE_COVERS_PART_RE =
  /\b(?:zone (?:rouge|orange)|(?:red|orange) zone|zona (?:rossa|arancione)|rote[nr]? zone)\b[^.;]{0,60}?\b(?:couvrant|qui couvre|qui comprend|comprenant|englobant|covering|which (?:covers|includes)|that (?:covers|includes)|che comprende|comprendente|die (?:umfasst|reicht))\s+(?:(?:tout|toute|toutes|tous|the|all|the whole of|tutto|tutta)\s+)?(?:le\s+|la\s+|les\s+|l'|il\s+|i\s+)?(?:nord|sud|est|ouest|centre|north|south|east|west|northern|southern|eastern|western|border|frontier|fronti[eè]res?|confin[ei]|r[ée]gions?|provinces?|regioni|province|grenz\w*|norden|s[üu]den|osten|westen)\b/;

/** A heading's area before its level: "Chapare region (Cochabamba department) - ", "Northern provinces: ", "Eastern areas of the
 * DRC - ". */
const REGION_HEADING_RE = /\b(?:regions?|provinces?|areas?|districts?|departments?|governorates?|zones?|(?<!united )states?|border|territor(?:y|ies))\b(?:\s+(?:of|in)\s+(?:the\s+)?[^\s.;:\u2013\u2014-]+(?:\s+[^\s.;:\u2013\u2014-]+){0,3}?)?(?:\s*\([^()]{1,40}\))?\s*[-\u2013\u2014:]\s*$/;

/** A sentence that opens on an area, then a comma and the level phrase: "Northern Shan State and Kachin State, ". */
const FRONTED_AREA_RE =
  /^\W*(?!(?:due|because|given|as|with|after|since|following|despite|if|when|while|for|in)\b)[^,.;:]{0,80}?\b(?:regions?|provinces?|areas?|districts?|departments?|governorates?|zones?|(?<!united )states?|borders?|bordering|territor(?:y|ies)|islands?|cities|city)\b(?:\s*\([^()]{1,60}\))?[^,.;:()]{0,80},\s*$|^\W*(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:areas?|regions?|parts?|provinces?|districts?|zones?)\s+(?:bordering|near|along|close to|adjacent to|around)\b[^.;:]{0,160},\s*$/;

/** A country put or kept on a level's list, before the level: "X is on the US", "keep X on", "placed X on the". */
const ON_LIST_BEFORE_RE =
  /\b(?:is|are|remains?|remained|stays?|stayed|was|were|been|keeps?|kept|puts?|placed|places|added|moved|figures?)\s+(?:[^\s.;]+\s+){0,3}?(?:on|onto|in|to|among)\s+(?:[^\s.;]+\s+){0,5}?["'\u2018\u201c\u00ab]?$(?<!\b(?:remov|taken|dropped|struck)\w*\s+(?:[^\s.;]+\s+){0,8}?)/;

/** Quotation marks: double ones, the opening curly single one, and a straight single one only where it opens or closes a
 * quotation (not inside a word: "l'ucraina", "don't"; the closing curly one is an apostrophe too). */
const QUOTE_CHARS_RE = /["\u201c\u201d\u201e\u00ab\u00bb\u2018]|(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}])/u;
const QUOTE_CHARS_ALL_RE = new RegExp(QUOTE_CHARS_RE.source, 'gu');

/** A call to stay at home or indoors (it/en/fr/de): the movement it goes with is inside the country. */
const STAY_HOME_RE = /\b(?:uscire\s+di\s+casa|(?:restare|rimanere|stare)\s+(?:a|in)\s+casa|stay(?:ing)?\s+(?:at\s+home|home|indoors)|remain(?:ing)?\s+(?:at\s+home|indoors)|rest(?:er|ez)\s+(?:chez\s+(?:vous|soi|eux)|[àa]\s+(?:domicile|l'int[ée]rieur))|zu\s+hause\s+(?:zu\s+)?bleiben)\b/;

/** Before a level's phrase: a step away from it ("one grade lower than the ", "a step below "). */
const STEP_AWAY_BEFORE_RE = /\b(?:one|a|two|three)\s+(?:grade|step|level|notch|rung|category)s?\s+(?:lower|below|under|higher|above|short\s+of|down\s+from|up\s+from|beneath)\s+(?:(?:than|that)\s+)?(?:the\s+|its\s+)?\s*$/;

/** Between a level and the advice that glosses it: ", advising Americans to ", " urging citizens to ". */
const GLOSS_GAP_RE = /^\s*(?:\w+\s*)?,?\s*(?:advising|urging|telling|asking|which (?:advises|urges|tells)|that (?:advises|urges|tells))\s+(?:\S+\s+){0,3}?to\s+$/;

/** Detect level phrases in one sentence (lower-cased matching form). */
export function detectLevels(low: string): LevelHit[] {
  const out: LevelHit[] = [];
  // "a qualunque titolo" is the same step as "a qualsiasi titolo" (same length: positions hold)
  if (low.includes('qualunque titolo')) low = low.replace(/\bqualunque titolo\b/g, 'qualsiasi titolo');
  // one pass finds which pattern's gate words occur; none means no level phrase
  const g = LEVEL_GATES.mask(low);
  if (g === 0 && BISHER_GATE.mask(low) === 0) return out;
  // a scale's legend ("Level 1 (Travel Caution), Level 2 (…), Level 3 (…), Level 4 (…)"; "1 – …; 6 – Reisewarnung") gives no level
  if (legendSentence(low)) return out;
  const taken: Array<[number, number]> = [];
  // the phrases are matched with quotation marks read as spaces (one for one: positions hold), so that a quote inside a
  // phrase does not break it: 'advises against “all travel to Lebanon”', "‘reconsider your need to travel’"
  const lowq = QUOTE_CHARS_RE.test(low) ? low.replace(QUOTE_CHARS_ALL_RE, ' ') : low;
  for (const pi of patternsFor(g)) {
    const p = PATTERNS[pi]!;
    if (p.need !== undefined && !low.includes(p.need)) continue;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(lowq)) !== null) {
      const a = m.index;
      const b = a + m[0].length;
      if (taken.some(([x, y]) => a < y && b > x)) continue;
      // a step named as the neighbour of the level told: "The advisory is one grade lower than the \"Do not travel\" level"
      if (STEP_AWAY_BEFORE_RE.test(lowq.slice(Math.max(0, a - 45), a))) continue;
      let level = p.level;
      let bare = false;
      if (p.structured) {
        // (a number spelt out: "the Level Four travel advisory")
        level = (WORD_NUMBER[m[1]!] ?? Number(m[1])) as Level;
        // the label is the advice: another government's "Level 2 - Avoid non-essential travel" is the table's 3,
        // and a label of its own ("Level 3 (Departure Recommended)") is another scale, not the table's
        const label = pi === 0 ? labelLevel(m[0]) : null;
        if (label !== null) level = label;
        else if (pi === 0 && OWN_SCALE_LABEL_RE.test(low.slice(b, b + 60)) && OWN_AREAS_AFTER_RE.test(low.slice(b, b + 60))) {
          // areas designated on another government's own scale ("as Level 4 (Travel Ban) areas"): regional advice, no level
          taken.push([a, b]);
          out.push({ level: 4, start: a, end: b, objectStart: -1, scope: 'regional', past: false, structured: true, bare: true, own: true });
          continue;
        } else if (pi === 0 && (OWN_SCALE_LABEL_RE.test(low.slice(b, b + 60)) || OWN_SCALE_NAME_RE.test(low) || OWN_SCALE_BEFORE_RE.test(low.slice(Math.max(0, a - 8), a)))) continue;
        // CDC health notices use their own scale; so do alert levels defined by repatriation (the Philippines')
        if (/\b(?:cdc|health notice|travel health|measles|outbreak|disease)\b/.test(low)) continue;
        // a hazard's own alert level ("the volcanic alert level … to Level 3 (minor eruption)", "fire danger level 4")
        // (in the clause before the number, with no travel advice named there: "raised its advisory to Level 3 after the
        // hurricane" stays)
        if (label === null && HAZARD_LEVEL_RE.test(low)) {
          const clause = low.slice(clauseStart(low, a, false), a);
          if (HAZARD_LEVEL_RE.test(clause) && !/\b(?:travel|advisory|advisories|advice|state department)\b/.test(clause)) continue;
          // (… or named before a colon, with the "alert level" of the agencies that watch hazards and no travel advice in the
          // sentence: "Bulusan volcano: alert level raised to 3")
          if (HAZARD_LEVEL_RE.test(low.slice(0, a)) && /\balert\s+level\b/.test(low.slice(Math.max(0, a - 40), b)) && !/\b(?:travel|advisory|advisories|advice|state department)\b/.test(low)) continue;
        }
        // a country's own terror-threat level ("For the rest of Belgium, the threat level remains at level 3"), in the clause
        // before the number, with no travel advice named there
        if (label === null && (low.includes('threat') || low.includes('menace') || low.includes('terrorwarn') || low.includes('hrdungsstufe') || low.includes('minaccia'))) {
          const clause = low.slice(clauseStart(low, a, false), a);
          if (THREAT_SCALE_RE.test(clause) && !/\b(?:travel|advisory|advisories|advice|state department)\b/.test(clause)) continue;
        }
        // (the US table's label in another language is not a bare number: "Stufe 4: Nicht reisen")
        bare = label === null && !(p.foreignLabel && /[a-z]{4,}\W*$/.test(m[0]));
        // (the top of a government's own scale named as such is the table's 4, whatever the scale: no advice is stronger — "to
        // Level 4, the highest in the government's four-tier travel advisory system")
        if (bare && level === 4 && TOP_NAMED_AFTER_RE.test(low.slice(b, b + 60))) bare = false;
        if (/\brepatriat\w*|\bdeployment ban\b/.test(low)) continue;
        // "Level 4" must be an advisory level: labelled, or with advisory vocabulary nearby
        // (or the table's label soon after it: "categorized as a level 2 country, which requires increased caution")
        // (… or a list by its level: "Others on the Level 4 list include …")
        if (pi === 0 && m[0].length < 9 && !/\b(?:advisory|advisories|travel|warnings?|alerts?|advice)\b/.test(low) && !/\b(?:from|to|at|of|on)\s+$/.test(low.slice(Math.max(0, a - 6), a)) && !/^\s+list\b/.test(low.slice(b, b + 8)) && !/^[^.;]{0,60}?\b(?:increased caution|normal precautions)\b/.test(low.slice(b, b + 80))) continue;
        // (a number in words that ends the clause must be an advisory's, set or held: "updated its travel advisory for Libya to
        // level four.")
        if (pi === 0 && /^level[\s-]*[a-z]+\W*$/.test(m[0]) && !/^\s+(?:travel\s+)?(?:advisory|alert|warning)\b/.test(low.slice(b)) && (!/\b(?:advisory|advisories|travel (?:warning|advice))\b/.test(low.slice(Math.max(0, a - 80), a)) || !/\b(?:to|at)\s+$/.test(low.slice(Math.max(0, a - 6), a)))) continue;
      }
      taken.push([a, b]);
      const rest = low.slice(b);
      // all travel but the essential, the exception after the object: "advised against all travel to Lebanon except for essential
      // travel" is the all-but-essential step
      if (level === 4 && !p.structured && EXCEPT_ESSENTIAL_AFTER_RE.test(rest)) level = 3;
      // an attempt or a crossing advised against is no travel to the country: "Toute tentative est formellement déconseillée"
      // (of crossing a closed border), "Le franchissement de la frontière est formellement déconseillé"
      if (!p.structured && /^\W*(?:toute?s?\s+|la\s+|le\s+|les\s+)?(?:tentatives?|franchissements?|travers[ée]es?)\b[^.;]{0,80}?\b(?:est|sont|reste|restent)\s+(?:\S+\s+)?$/.test(low.slice(0, a))) continue;
      // a level being explained, not given: "At Level 4, the government …", "A level-4 warning means …"
      if (p.structured && (/^\W*at\s*$/.test(low.slice(0, a)) || /^\s*(?:["'\u201d]\s*)?(?:travel\s+)?(?:warning|advisory|alert|rating)?\s*(?:means|is defined as|indicates|signifies|denotes|stands for)\b/.test(rest))) continue;
      // (… or a step of the scale given its label: 'Level 4 is "Do Not Travel"' — the label is no advice either)
      if (p.structured && /^\s*(?:is|=)\s+["'\u201c\u00ab]?\s*(?:do not travel|reconsider|exercise|avoid|take normal)\b/.test(rest)) continue;
      if (!p.structured && /\blevel\s*[1-4]\s+(?:is|means|signifies|stands for)\s+["'\u201c\u00ab]?\s*$/.test(low.slice(Math.max(0, a - 30), a))) continue;
      // (… or ranked on its scale, as the sentence's subject: '"Level 4: Do Not Travel" is the highest advisory level')
      if (p.structured && /^\W*(?:the\s+|a\s+)?$/.test(low.slice(0, a)) && /^\s*(?:["'\u201d\u2019]\s*)?(?:travel\s+)?(?:warning|advisory|alert|rating)?\s*(?:is|remains|was)\s+(?:the|its|their)\s+(?:highest|top|most\s+severe|strictest|lowest|second[- ]highest)\b/.test(rest)) continue;
      let ob = p.verbAfter ? { scope: 'unknown' as const, objectStart: -1 } : objectOf(rest);
      // unnecessary travel as one item of a list of things to avoid, with no place after it, is conduct in the country: "encourages
      // U.S. citizens to avoid large gatherings, unnecessary travel, and remain vigilant"
      if (level === 3 && ob.objectStart < 0 && /^avoid\w*\s+[^,]+,\s+(?:and\s+|or\s+)?(?:unnecessary|non-?essential|nonessential)\s/.test(low.slice(a, b))) continue;
      // (… and so is non-essential movement, with no place after it, beside a call to stay at home: "consigliando loro di non uscire
      // di casa e di evitare ogni spostamento non necessario", "restez chez vous et évitez tout déplacement non essentiel", "remain
      // indoors as far as possible and avoid unnecessary travel, in particular to areas where protests are occurring")
      if (level === 3 && ob.objectStart < 0 && STAY_HOME_RE.test(low)) continue;
      // a numbered level's object after "on", as after an advice's name: "issued Travel Advisory Level 3 on Liberia"
      if (p.structured && ob.objectStart >= 0 && ob.objectStart === (/^\s*/.exec(rest)?.[0].length ?? 0)) {
        const on = /^\s*on\s+/.exec(rest);
        if (on && ABOUT_OBJECT_RE.test(rest)) ob = { scope: ob.scope, objectStart: on[0].length };
      }
      // a level's list or category after it, a country put or kept on it before: "Venezuela is on the State Department's Level 4
      // Do Not Travel list", "keep Pakistan on 'reconsider travel' category" (the country's level; what follows is no object)
      const listAfter = /^\s*["'\u201d]?\s*(?:list|category)\b/.test(rest);
      const onList = listAfter && ON_LIST_BEFORE_RE.test(low.slice(Math.max(0, a - 100), a));
      if (onList) ob = { scope: 'unknown', objectStart: -1 };
      // (… and a phrase named as a level: "retaining the 'Reconsider your need to travel' level" has no object after it)
      // (… or a level named with its category: "to the highest Level 4: Do Not Travel category" — the category is no region)
      // (… or the list or advisory the level is given in: "au niveau 3 sur la liste noire des pays", "Level 3 in its latest advisory")
      else if (p.structured && LEVEL_GIVEN_IN_RE.test(rest)) ob = { scope: 'unknown', objectStart: -1 };
      // (… or the scale it tops: "le niveau le plus élevé des alertes émises par le Département d'État")
      else if (SCALE_OF_AFTER_RE.test(rest)) ob = { scope: 'unknown', objectStart: -1 };
      // (… or a phrase that names its place inside, the whole country: "sconsigliati viaggi nel Paese, se non strettamente
      // necessari: «… le varie aree …»" — what follows the phrase is no object of it)
      else if (WHOLE_COUNTRY_INSIDE_RE.test(m[0])) ob = { scope: 'unknown', objectStart: -1 };
      // a passive phrase that holds its object: "Tout déplacement dans le nord du Mali est déconseillé", "Tout déplacement à
      // proximité de la frontière … est dès lors déconseillé" (a region's advice, as in the active "déconseille tout déplacement dans …")
      if (!p.structured && ob.objectStart < 0) {
        const lead = PASSIVE_TRAVEL_LEAD_RE.exec(m[0]);
        if (lead && objectOf(m[0].slice(lead[0].length)).scope === 'regional') ob = { scope: 'regional', objectStart: -1 };
      }
      else if ((!p.structured && /^\s*["'\u201d\u2019]?\s*(?:level|rating|tier)\b(?!\s+(?:for|to|in|of)\b)/.test(rest)) || /^\s*["'\u201d\u2019]?\s*category\b(?!\s+(?:for|to|in|of)\b)/.test(rest)) ob = { scope: 'unknown', objectStart: -1 };
      let before = low.slice(clauseStart(low, a, false), a);
      // a gloss in parentheses or quotes takes its tense from the clause around it:
      // "Jusqu'ici, le pays était classé en orange (« déconseillé sauf raison impérative »)"
      if (/^[\s"'«»“”(\[]*$/.test(before)) {
        const cs = clauseStart(low, a, false);
        if (cs > 0) before = low.slice(clauseStart(low, cs - 1, false), a);
      }
      // (a level before its verb is past only by an adverb: "bisher auf Stufe 3 eingestuft")
      const past = (p.verbAfter ? PAST_ADVERB_RE.test(before) :
        // (the earlier advice as the object of its change, the new level in a later comma clause, is no past level: "upgraded its
        // earlier advisory to the Kingdom of Thailand Wednesday, warning all non-essential travel … should be avoided")
        !CHANGED_EARLIER_BEFORE_RE.test(before) &&
        // (a country's old name is no earlier level: "the kingdom, formerly known as Swaziland, to Level 3"; nor is an issuer's
        // former role: "Belgium, the former colonial power, advises against all travel")
        /\b(?:(?:previously|formerly)(?!\s+(?:known|called|named|styled)\b)|previous|earlier|replaces|replaced|instead of|had (?:previously )?(?:been|advised|urged|issued|set|rated|placed)|until (?:now|recently|today|this week|then)|used to|was at|were at|(?:was|were|had been) already (?:at|on)|no longer|former(?=\s*$|\s+(?:travel\s+)?(?:advice|advisory|advisories|levels?|warnings?|ratings?|guidance|recommendations?|status|category|classification)\b)|prior|before the (?:change|update))\b|\bfrom\s*["']?\s*$|\b(?:[ée]tai(?:t|ent)|avai(?:t|ent))\s+(?:(?!d[ée]sormais\b|maintenant\b)\S+\s+){0,2}?(?:au|en|[àa])\s+$|(?<!\b(?:has|have)\s)\bhad\s+(?:\w+\s+)?$/.test(before) ||
        PAST_ADVERB_RE.test(before) ||
        PAST_ADVERB_RE.test(m[0]) ||
        /\bfrom\s+(?:an?\s+|the\s+)?(?:level\s*)?$/.test(low.slice(Math.max(0, a - 14), a)) ||
        /^\s*(?:\([^()]{1,40}\)\s*)?to\s+(?:an?\s+)?(?:level\s*)?[1-4]\b/.test(rest) && /\bfrom\s+(?:an?\s+)?$/.test(low.slice(Math.max(0, a - 8), a)) ||
        // (… and the old step's label in parentheses after it: "from a Level 4 (red, do not travel) to a Level 3")
        /\bfrom\s+(?:an?\s+|the\s+)?level\s*[1-4]\s*\([^()]{0,30}$/.test(low.slice(Math.max(0, a - 50), a)) ||
        // the first of two in "abaissé de « … » à « … »", "von … auf …", "da … a …"
        // (not an infinitive's "de": "recommande de différer tout déplacement … à Madagascar", "de faire preuve … au Gabon")
        (FROM_BEFORE_RE.test(low.slice(Math.max(0, a - 30), a)) && TO_AFTER_RE.test(rest) && !(/^[a-zàâçéèêëîïôûù]+(?:er|re|ir)\b/.test(m[0]) && /\b(?:de|da)\s+$/.test(low.slice(Math.max(0, a - 4), a)))) ||
        /^[^.;]{0,40}\b(?:was|has been) (?:lifted|withdrawn|removed|rescinded|downgraded|lowered|reduced)\b/.test(rest) ||
        // (with an aside between commas: "advice against … to much of the coast, imposed after the attacks of 2014, was lifted")
        LIFTED_AFTER_ASIDE_RE.test(rest) ||
        // (… or with a relative clause that tells what the old advice said: "The Level 3 travel advisory issued on 26 April, which
        // advised American citizens to reconsider traveling …, has been downgraded to Level 2"; the level named inside that
        // clause is the old one too)
        ((LIFTED_AFTER_RELATIVE_RE.test(rest) || RELATIVE_ADVISED_BEFORE_RE.test(before)) && LIFTED_LATER_RE.test(rest)) ||
        // German separable "hebt … auf" and the pluperfect passive "war … ausgesprochen worden"
        (/\bheb(?:t|en|e)\s+(?:\S+\s+){0,3}$/.test(before) && /^[^.;]{0,50}?\bauf\b/.test(rest)) ||
        (/\bwar\b/.test(before + ' ' + rest.slice(0, 40)) && /^[^.;]{0,70}?\bworden\b/.test(rest)) ||
        // (the French participle, not the noun: "à la suite de la levée des barrages" is a cause; a German date's period
        // goes on: "am 4. Mai aufgehoben")
        /^(?:[^.;]|(?<=\b\d{1,2})\.(?=\s)){0,50}?\b(?:aufgehoben|herabgestuft|heruntergestuft|zur[üu]ckgestuft|herabgesetzt|gelockert|abgesenkt|entsch[äa]rft|zur[üu]ckgenommen|(?<!\b(?:la|une|cette|sa|leur|de|la|apres|avant) )lev[ée]e?s?|revoqu[ée]e?s?|abrog[ée]e?s?|revocat[oaie]|ritirat[oaie])\b/.test(rest) ||
        /\b(?:lifted|withdrew|withdrawn|rescinded|removed|dropped|ended|aufgehoben|revoqu|lev[ée]e)\b[^.;]{0,30}$/.test(before) ||
        // (… with an aside after the advice: "lifted its advice, first issued on 3 March, against all but essential travel")
        LIFTED_ADVICE_ASIDE_BEFORE_RE.test(before)) &&
        // (… unless its own relative clause keeps it in force, or it is the level a change has just set: tested only for a
        // level found past)
        !STILL_IN_FORCE_AFTER_RE.test(rest) && !CHANGED_TO_BEFORE_RE.test(low.slice(Math.max(0, a - 70), a));
      // Levels said to be no longer in force, or negated
      if (!p.structured && negatedBefore(low, a, 40) && !/^do\s+not/.test(m[0]) && !NO_CHANGE_TO_RE.test(low.slice(Math.max(0, a - 70), a))) {
        // "Previously FCDO did not advise against travel to Guinea": before, there was no advice against travel
        if (past && level >= 3 && !/\bno longer\b/.test(before)) out.push({ level: 1, start: a, end: b, objectStart: -1, scope: 'unknown', past: true, structured: false });
        continue;
      }
      if (/^do\s+not/.test(m[0]) && /\b(?:not|no)\s+$/.test(low.slice(Math.max(0, a - 8), a))) continue;
      // an instruction bounded by a time of day ("After 6 p.m. Wednesday, do not travel"; "avoid all travel after dark") curbs
      // movement for some hours: no country's level
      if (!p.structured && TIME_OF_DAY_BEFORE_RE.test(low.slice(Math.max(0, a - 50), Math.min(low.length, b + 30)))) continue;
      // a level asked for, or said not to have been issued: "critics called for a Do Not Travel warning", "Nobody is asking for a
      // formal 'Do Not Travel'", "should issue a Level 4", "has not issued a 'do not travel' advisory"
      if (LEVEL_NOT_GIVEN_RE.test(low.slice(Math.max(0, a - 80), a))) continue;
      // negation after the phrase: "eine Reisewarnung gebe es nicht", "eine Reisewarnung hat die Regierung nicht ausgesprochen", "eine Reisewarnung … besteht nicht", "no está vigente", "is not in force"
      if (/^[^.;]{0,70}?\b(?:(?:gibt|gebe|gab|besteht|bestehe|bestand)\s+es\s+(?:\S+\s+)?nicht|(?:besteht|bestehe|bestand|bestehen)\s+(?:(?:derzeit|aktuell|zurzeit|momentan|gegenw[äa]rtig|also|daher|jedoch|aber)\s+)*nicht\b|(?:wurde|wird|werde|ist|sei|war|hat|haben|habe|hatte|hatten)\s+(?:\S+\s+){0,4}?nicht\s+(?:ausgesprochen|erlassen|verh[äa]ngt|erteilt|in kraft)|(?:is|was|are|were)\s+not\s+(?:in (?:force|place|effect)|being considered|planned)|n'(?:existe|est)\s+pas|non (?:[èe]|esiste|sussiste))\b/.test(rest)) continue;
      // qualifier inside a higher advisory: "if you remain, exercise increased caution"
      if (conditional(low, a) && level <= 2) continue;
      // a level inside an if-clause is hypothetical: "If that government advises against all travel — …, many policies …"
      // (not "If you are in X, …" that only locates the reader; not a level in the main clause after the condition)
      if (IF_CLAUSE_BEFORE_RE.test(low.slice(Math.max(0, a - 120), a))) continue;
      // a level named as a term of a scale: "'Level 4' in the American system", "'Do Not Travel' in some countries' scales"
      if (SCALE_TERM_AFTER_RE.test(rest)) continue;
      // a warning for the whole world is no country's level: "Eine Reisewarnung für die ganze Welt", "a worldwide 'do not
      // travel' advisory", "advises against all non-essential travel worldwide"
      if (WORLD_OBJECT_AFTER_RE.test(rest) || WORLD_BEFORE_RE.test(low.slice(Math.max(0, a - 24), a))) continue;
      if (/\b(?:if you|should you|for those who|those who)\b[^.;]{0,60}$/.test(before)) continue;
      // (a numbered level is named, not advised: "when visiting three destinations it moved to the 'Level 2: …' category")
      if (/\b(?:when|while) (?:visiting|traveling|travelling|in)\b[^.;]{0,40}$/.test(before) && level <= 2 && !low.startsWith('level', a)) continue;
      // "when traveling to X" after an "exercise increased caution" (US state list) is regional
      // (the quoted earlier step of a change, the new one after it, has no object of its own: "downgraded from 'avoid all
      // non-essential travel' to maintain a 'high degree of caution'")
      if (past && ob.objectStart >= 0 && /^\s*["'\u2019\u201d\u00bb]\s*(?:to|auf|au|[àa]|al|ad)\s/.test(rest)) ob = { scope: 'unknown', objectStart: -1 };
      let scope = ob.scope;
      // "the regions of Abkhazia and South Ossetia (Level 4: Do Not Travel)": a level in parentheses after a part of the country
      if (p.structured && /\(\s*$/.test(low.slice(Math.max(0, a - 3), a)) && /\b(?:provinces?|regions?|areas?|parts?|districts?|governorates?|zones?|border|territor(?:y|ies))\b[^.;()]{0,60}\(\s*$/.test(low.slice(Math.max(0, a - 90), a))) scope = 'regional';
      // "with several provinces rated Level 4"
      // (searched from 40 characters back without cutting the text off: the lookbehinds still see "secretary of")
      if (p.structured && regionBefore(low, a)) scope = 'regional';
      // some parts of the country as the subject that holds the level: "Despite the downgrade, some areas still hold the highest
      // 'Do not travel' advice"
      if (scope !== 'country' && REGION_SUBJECT_RE.test(low.slice(Math.max(0, a - 120), a))) scope = 'regional';
      // a part of the country as the sentence's subject that is under the level: "Most of Israel remains under a Level 3
      // advisory, which urges people to 'avoid all travel'"
      if (scope !== 'regional' && (PART_SUBJECT_LEAD_RE.test(low.slice(0, a)) || BORDER_SUBJECT_LEAD_RE.test(low.slice(0, a)))) scope = 'regional';
      // a bare heading ("Do not travel") inside a page lists the regions under it
      if (!p.structured && !/[.!]["'\u201d\u00bb)]*\s*$/.test(low) && low.replace(/[^a-z0-9 ]+/g, ' ').trim() === m[0].replace(/[^a-z0-9 ]+/g, ' ').trim()) scope = 'regional';
      if (/\bregional\s+(?:advisory|advisories|advice|warning)\b[^.;]{0,10}$|\bregional\s*$|\b(?:avertissements?|avis|conseils?|mises? en garde)\s+r[ée]gion(?:al|aux|ale|ales)\b[^.;]{0,10}$|\bregionale\w*\s+(?:reisewarnung|warnung|sicherheitshinweis|teilreisewarnung)\w*\b[^.;]{0,10}$|\bavvis[oi]\s+regional[ei]\b[^.;]{0,10}$/.test(low.slice(0, a)) ) scope = 'regional';
      if (/^\s*when\s+(?:traveling|travelling|visiting)\s+to\s*:/.test(rest)) scope = 'regional';
      // a section of the advisory named by its level: "Within the Level 4 Travel Advisory section", "the 'Do Not Travel' portion"
      if (SECTION_AFTER_RE.test(rest)) scope = 'regional';
      // a numbered level as the label of the areas under it: "especially in Level 3 or 4 areas", "Level 4 zones"
      if (p.structured && LEVEL_AREAS_AFTER_RE.test(rest)) scope = 'regional';
      // "Areas where FCDO advises against all travel": the level of the places listed, not the country's
      if (/\b(?:areas?|parts?|regions?|places|zones?|provinces?|districts?|states?|localities|gebiete\w*|zones? o[uù]|r[ée]gions? o[uù]|aree in cui|zone in cui)(?:\s+(?:of|in|de|di|von)\s+(?:the\s+)?\S+(?:\s+\S+)?)?\s+(?:where|in which|to which|for which|o[uù]|in cui|f[üu]r die|in denen)\b[^.;]{0,50}$/.test(low.slice(Math.max(0, a - 100), a))) scope = 'regional';
      if (/^\s*(?:when|while)\s+(?:visiting|traveling|travelling|using|at|in)\b/.test(rest) && scope !== 'country') scope = 'regional';
      // a sentence that opens on a part of the country, the advice after it: "For the breakaway regions of A and B the colour
      // code remains red: do not travel there", "In the border areas of X, reconsider travel"
      // (the object may only point back at it: "do not travel there")
      if ((scope !== 'country' || /^(?:there|them)\b/.test(rest.slice(ob.objectStart))) && REGION_LEAD_RE.test(low.slice(0, a))) scope = 'regional';
      // a heading that gives a part of the country its level: "Chapare region (Cochabamba department) - Avoid non-essential travel"
      if (scope === 'unknown' && /[-\u2013\u2014:]\s*$/.test(low.slice(Math.max(0, a - 3), a)) && REGION_HEADING_RE.test(low.slice(0, a))) scope = 'regional';
      // … and the same list set out with commas (Smartraveller's "Advice levels": "Rakhine State (except resort areas),
      // reconsider your need to travel", "Areas bordering China and India, reconsider your need to travel"; "Myanmar overall, …"
      // stays the country's)
      if (scope === 'unknown' && FRONTED_AREA_RE.test(low.slice(0, a))) scope = 'regional';
      // (… or a cleft that puts a part first: "En Belgique, c'est la frontière nord, les parcs … qui sont « formellement déconseillés »")
      if (scope === 'unknown' && CLEFT_PART_BEFORE_RE.test(low.slice(Math.max(0, a - 200), a))) scope = 'regional';
      // (… or the meaning of a colour given to part of the country: "classe donc une partie du pays en rouge, ce qui signifie que
      // « tout voyage est déconseillé »", "rated parts of the country red, which means 'do not travel'")
      if (scope === 'unknown' && MEANING_BEFORE_RE.test(low.slice(Math.max(0, a - 40), a)) && PART_NAMED_BEFORE_RE.test(low.slice(0, a))) scope = 'regional';
      // the lead of a list of areas, its cause before the colon: "Reconsider your need to travel due to the high threat of
      // terrorism to:"
      if (scope === 'unknown' && /^[^.;:!?]{0,120}\b(?:to|in)\s*:\s*$/.test(rest)) scope = 'regional';
      // a level named as the list of the areas under it: "the areas listed under Do Not Travel", "removed from the Do Not Travel list"
      // (… but not a country kept on the list, or put on it: see onList)
      if (scope !== 'regional' && ((listAfter && !onList && !/^\s*["'\u201d]?\s*category\b/.test(rest)) || /\blisted\s+under\s+(?:the\s+)?["'\u201c]?\s*$/.test(low.slice(Math.max(0, a - 24), a)))) scope = 'regional';
      // a colour zone of the map that covers parts of the country: "La zone rouge (formellement déconseillée), couvrant tout le
      // Nord, l'Est et les frontières ouest"
      if (scope === 'unknown' && ZONE_COVERS_PART_RE.test(low.slice(Math.max(0, a - 12), Math.min(low.length, b + 140)))) scope = 'regional';
      // (… or that is extended, with no whole country named: "Paris étend la zone rouge" — a zone grows over more parts)
      if (scope === 'unknown' && /\bzone\b|\bzona\b/.test(m[0]) && ZONE_EXTENDED_BEFORE_RE.test(low.slice(Math.max(0, a - 40), a))) scope = 'regional';
      if (p.regional || p.subjectPart) scope = 'regional';
      // advice extended to the whole country is the country's, now: "Die bisher nur für einzelne Krisenregionen geltende
      // Reisewarnung wurde auf das ganze Land ausgeweitet", "the advisory has been extended to the whole country"
      const extended = EXTENDED_TO_WHOLE_RE.test(rest);
      if (extended) scope = 'country';
      const vocabulary = vocabularyOf(lowq === low ? m[0] : m[0].replace(/\s+/g, " "));
      out.push({ level, start: a, end: b, objectStart: ob.objectStart >= 0 ? b + ob.objectStart : -1, scope, past: past && !extended, structured: !!p.structured, ...(vocabulary ? { vocabulary } : {}), ...(bare || p.own ? { bare: true as const } : {}), ...(p.vague ? { vague: true } : {}), ...(p.own ? { own: true as const } : {}), ...(p.ranked ? { ranked: true as const } : {}), ...(p.onlyFor ? { onlyFor: p.onlyFor } : {}), ...(p.exclusive ? { exclusive: true as const } : {}), ...(p.elseAdvice ? { elseAdvice: true as const } : {}), ...(p.regional ? { partial: true as const } : {}) });
    }
  }
  // "Previously FCDO did not advise against travel to Guinea", "Until 22 June the FCDO did not advise against travel to any
  // part of …", "The FCDO previously advised British nationals only to avoid protests": there was no advice against travel before
  const np = (g & ADVIS_BIT) !== 0 && /\b(?:previously|formerly|until now|until then|until recently|until (?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2})(?:,?\s+\d{4})?|until last\s+\w+|before (?:this|the change|today))\b[^.;]{0,40}?\b(?:did not|didn't|had not|hadn't|was not|were not)\s+(?:\w+\s+){0,2}?advis\w*\s+against\b|\b(?:had|did)\s+(?:previously|formerly|until now|until then)\s+not\s+(?:\w+\s+){0,2}?advis\w*\s+against\b|\b(?:previously|formerly|until now|until then|until recently)\s+(?:[^\s.;]+\s+){0,2}?(?:only\s+advis\w*\s+(?:\S+\s+){0,3}?|advis\w*\s+(?:\S+\s+){0,3}?only\s+)(?:to|that)\b|\b(?:previous|former|earlier|old)\s+(?:travel\s+)?advice\b[^.;]{0,30}?\b(?:did not|didn't|had not|hadn't)\s+(?:\w+\s+){0,2}?advis\w*\s+against\b/.exec(low) ||
    (g & ABGERATEN_BIT) !== 0 && DE_ONLY_PARTS_BEFORE_RE.exec(low) ||
    (BISHER_GATE.mask(low) !== 0 && DE_ONLY_LESS_BEFORE_RE.exec(low)) || null;
  if (np && !out.some((h) => h.past && !h.vague)) {
    const vocabulary = vocabularyOf(low.slice(np.index, np.index + np[0].length + 80));
    out.push({ level: 1, start: np.index, end: np.index + np[0].length, objectStart: -1, scope: 'unknown', past: true, structured: false, ...(vocabulary ? { vocabulary } : {}) });
  }
  out.sort((x, y) => x.start - y.start);
  // phrases of different steps joined by "and"/"or" alone, none with an object and none past, name a scale's wording
  // ("Canada speaks of avoid non-essential travel and avoid all travel", 'has "reconsider your need to travel" and "do not
  // travel"'): no place's level
  // (the last may share a noun with the others: "Level 3 and Level 4 environments", a kind of place, no place)
  if (out.length >= 2 && out.every((h, k) => (h.objectStart < 0 ? h.scope === 'unknown' : k === out.length - 1 && KIND_OF_PLACE_RE.test(low.slice(h.objectStart))) && !h.past) && out.some((h, k) => k > 0 && h.level !== out[k - 1]!.level && COORDINATED_GAP_RE.test(low.slice(out[k - 1]!.end, h.start)))) return [];
  // (… and three steps or more set out as a list, with only separators between them: a legend, "Vigilance normale · Vigilance
  // renforcée · Déconseillé sauf raison impérative · Formellement déconseillé")
  if (out.length >= 3 && out.every((h, k) => h.objectStart < 0 && !h.past && h.scope === 'unknown' && (k === 0 || (h.level !== out[k - 1]!.level && LIST_SEP_GAP_RE.test(low.slice(out[k - 1]!.end, h.start)))))) return [];
  // (… and a map's key run together on one line, each step with a bare "country" as its object: "Avoid all but essential
  // travel to part(s) of country Avoid all but essential travel to whole country Avoid all travel to part(s) of country …")
  if (out.length >= 3 && out.some((h) => h.level !== out[0]!.level) && out.every((h) => h.objectStart >= 0 && LEGEND_OBJECT_RE.test(low.slice(h.objectStart, h.objectStart + 30)))) return [];
  // a gloss in parentheses repeats the level before it: "formellement déconseillé (zone rouge)"
  for (let k = out.length - 1; k > 0; k--) {
    const prev = out[k - 1]!;
    const cur = out[k]!;
    if (cur.level === prev.level && /^\s*[(\[]\s*["'\u201c\u00ab]?\s*$/.test(low.slice(prev.end, cur.start))) out.splice(k, 1);
  }
  // a level with no object glossed by the advice after it, for a part of the country: "its most severe level four warning,
  // advising Americans to avoid all but essential travel within 30 miles of the border"
  if (out.length === 2 && out[0]!.structured && out[0]!.objectStart < 0 && out[0]!.scope === 'unknown' && out[1]!.scope === 'regional' && GLOSS_GAP_RE.test(low.slice(out[0]!.end, out[1]!.start)))
    out[0] = { ...out[0]!, scope: 'regional' };
  return out;
}

/** A map key's object: the word "country" itself, whole or in part ("whole country", "part(s) of country"). */
const LEGEND_OBJECT_RE = /^(?:the\s+)?(?:whole\s+|entire\s+|part\(?s?\)?\s+of\s+(?:the\s+)?)?country\b/;

/** The table's wordings as labels of a numbered level, with their level. */
const LABEL_LEVELS: ReadonlyArray<[RegExp, Level]> = [
  [/do not travel|avoid all travel/, 4],
  [/reconsider|avoid non-essential travel/, 3],
  [/exercise increased caution|exercise a high degree of caution/, 2],
  [/exercise normal precautions|exercise normal security precautions|take normal security precautions/, 1],
];

/** The level of a numbered level's label ("level 2 (avoid non-essential travel" → 3), or null without one. */
function labelLevel(phrase: string): Level | null {
  const at = /^level[\s-]*(?:[1-4]|one|two|three|four)\b/.exec(phrase);
  const label = at ? phrase.slice(at[0].length) : '';
  if (!/\p{L}/u.test(label)) return null;
  for (const [re, level] of LABEL_LEVELS) if (re.test(label)) return level;
  return null;
}

/** Labels of other governments' numbered scales (Japan's, Korea's, the Philippines'): not the table's wording. */
const OWN_SCALE_LABEL_RE =
  /^\s*[:\-\u2013\u2014(,]\s*["'(\u201c]?\s*(?:exercise caution|travel caution|travel restraint|departure recommended|recommended departure|travel ban|travel prohibit\w*|evacuat\w*|special (?:travel )?(?:caution|advisory|attention)|restriction phase|precautionary phase|alert phase|(?:voluntary|mandatory) repatriation|stay alert|be vigilant)\b/;

/** A line that is only a numbered level and its label ("Level 3 - Avoid all travel"). */
const BARE_LEVEL_RE = /^(?:[•*\-]\s*)?level\s*[1-6]\s*[:\-\u2013\u2014(]\s*[^.;:]{2,60}?\)?\.?$/;

/** A line that is only a colour of a scale and its label ("4. Red for \"do not travel\"", "- Orange: avoid non-essential travel"). */
const COLOUR_LEVEL_RE = /^(?:(?:[•*\-]|\d\.)\s*)?(green|yellow|amber|orange|red|purple|grey|gray|vert|jaune|rouge|gr[üu]n|gelb|rot|verde|giallo|arancione|rosso)\s*(?:for\b|[:\-\u2013\u2014(=])\s*[^.;:]{2,60}?\)?\.?$/;

/** A line that is only a numbered level, or a colour of a scale, and its label. */
export function bareLevelLine(low: string): boolean {
  return BARE_LEVEL_RE.test(low) || COLOUR_LEVEL_RE.test(low);
}

/** A list item that names parts of a country: "- Sulu Province, Tawi-Tawi Province …", "• The border areas with …". */
const AREA_ITEM_RE = /^\s*[-\u2013\u2022*\u00b7]\s+(?=\S)[^\n]{0,300}?\b(?:provinces?|regions?|states?|areas?|districts?|departments?|governorates?|prefectures?|counties|county|cit(?:y|ies)|islands?|peninsula|archipelago|border|zones?|territor(?:y|ies))\b/;

/** A numbered level's line (unit `k`) that heads a list of areas on the next line: the level of those areas, no legend. */
export function areaListFollows(lows: readonly string[], k: number): boolean {
  const next = lows[k + 1];
  return next !== undefined && AREA_ITEM_RE.test(next);
}

/** Three lines or more, each only a numbered level (or a colour) with a label, for three different numbers (or colours): a legend. */
export function legendByLines(lows: readonly string[]): boolean {
  const seen = new Set<string>();
  for (let k = 0; k < lows.length; k++) {
    const low = lows[k]!;
    if (BARE_LEVEL_RE.test(low) && !areaListFollows(lows, k)) seen.add(/[1-6]/.exec(low)![0]);
    else {
      const c = COLOUR_LEVEL_RE.exec(low);
      if (c) seen.add(c[1]!);
    }
  }
  return seen.size >= 3;
}

/** After an own-scale label: the level is given to areas ("Level 4 (Travel Ban) areas", "… zones"). */
const OWN_AREAS_AFTER_RE = /^\s*\([^)]{2,40}\)\s*(?:areas?|zones?|regions?|provinces?|districts?)\b/;
/** "Alert Level 3", "Danger Level 2": a numbered scale of its own (the Philippines', Japan's), not the table's "Level 3". */
const OWN_SCALE_BEFORE_RE = /\b(?:alert|danger)\s+$/;

/** Right after a numbered level, its rank named as the top of the scale: "Level 4, the highest in the four-tier system", "The
 * Level 4 travel advisory, the highest of the four-scale system", "Level 4 (the highest)". */
const TOP_NAMED_AFTER_RE = /^\s*(?:(?:travel\s+)?(?:advisory|alert|warning)\s*)?[,(\u2013\u2014-]\s*(?:which is\s+)?(?:the|its)\s+(?:highest|top|maximum)\b/;

/** Names of other governments' numbered scales (Japan's "Danger Level", Austria's "Sicherheitsstufe"). */
const OWN_SCALE_NAME_RE = /\b(?:danger level|danger information|sicherheitsstufe)\b/;

/** A scale's legend: three numbered levels or more in one sentence ("Level 1 (…), Level 2 (…), Level 3 (…)"; "1 – …; 2 – …; 3 – …";
 * "Stufen: 1 Guter Sicherheitsstandard – 2 Sicherheitsrisiko – 3 …", a number then its label after a separator). */
const LEGEND_ITEM_RE = /(?:\blevel\s*|(?:^|[;,:]\s*))[1-6]\s*(?:[:\-\u2013\u2014(=]|\))|(?:[;,:]|\s[-\u2013\u2014])\s*[1-6]\s+(?=\p{L})/gu;
/** A plural noun for kinds of places after coordinated levels: "(Level 3 and Level 4) environments", "… countries", "… postings". */
const KIND_OF_PLACE_RE = /^(?:environments|countries|destinations|locations|contexts|settings|postings|assignments|places)\b/;
/** Between two level phrases coordinated as terms: only quotes, "and"/"or" (en/fr/de/it) and a comma. */
const COORDINATED_GAP_RE = /^["'\u201c\u201d\u00ab\u00bb\s*,]*(?:and|or|et|ou|und|oder|e|o)["'\u201c\u201d\u00ab\u00bb\s*]*$/;

/** Between two items of a list set out on one line: a separator alone (a middle dot, a bullet, a bar, a slash, a comma, a dash). */
const LIST_SEP_GAP_RE = /^["'\u201c\u201d\u00ab\u00bb\s]*[\u00b7\u2022|/,;\u2013\u2014-]["'\u201c\u201d\u00ab\u00bb\s]*(?:(?:and|or|et|ou|und|oder|e|o),?["'\u201c\u201d\u00ab\u00bb\s]*)?$/;

/** A numbered level, for a legend told in prose: "Level 1 means …, Level 2 …, level 3, to …". */
const LEVEL_NUMBER_RE = /\blevel[\s-]*([1-6])\b/g;

/** Three digits 1–6 in a sentence: what every legend needs (most sentences have none, and one quick scan says so). */
const THREE_STEPS_RE = /[1-6][^1-6]*[1-6][^1-6]*[1-6]/;

/** After a numbered level, the list or advisory it is given in: " sur la liste noire des pays", " in its latest advisory". */
const LEVEL_GIVEN_IN_RE = /^\s*(?:sur|on|in|dans)\s+(?:la|le|the|its|their|son|sa|leur|a|an|une?)\s+(?:[^\s.;,]+\s+){0,2}?(?:liste|list|advisory|avis|classement|ranking)\b/;
/** After a level: the scale it is a step of ("of the warnings", "des alertes émises", "degli avvisi", "der Reisewarnungen"). */
const SCALE_OF_AFTER_RE = /^\s*(?:of\s+(?:the\s+|its\s+|their\s+)?|des\s+|de\s+(?:ses|leurs)\s+|dei\s+|degli\s+|delle\s+|der\s+)(?:[^\s.;,]+\s+)?(?:alertes|avis|avertissements|warnings|advisories|alerts|scale|[ée]chelle|avvisi|allerte|warnstufen|reisewarnungen|reisehinweise)\b/;
/** A scale's range told in prose, from its first step to its last: "Die sechs Sicherheitsstufen reichen von Stufe 1 (…) bis Stufe 6 (Reisewarnung)". */
const RANGE_LEGEND_RE = /\b(?:range[sd]?|ranging|reich(?:en|t)|vont|allant|vanno|va)\s+(?:\S+\s+){0,3}?(?:from|von|de|du|dal|da)\s+(?:level|stufe|niveau|livello)\s*1\b[^.;]{0,80}?\b(?:to|bis|[àa]|al)\s+(?:level|stufe|niveau|livello)\s*[3-6]\b/;

function legendSentence(low: string): boolean {
  // (a range needs its step 1: one `includes` keeps the expression off most sentences)
  if (low.includes('1') && RANGE_LEGEND_RE.test(low)) return true;
  // one step of a scale defined: "The fourth tier in the security status system is 'do not travel'"
  if (TIER_DEFINITION_RE.test(low)) return true;
  if (!THREE_STEPS_RE.test(low)) return false;
  LEGEND_ITEM_RE.lastIndex = 0;
  let n = 0;
  while (LEGEND_ITEM_RE.exec(low) !== null) if (++n >= 3) return true;
  // (three different numbered levels in one sentence: the steps of a scale set out, not one place's level)
  // (… unless each level is given to a place of its own: "Level 4: Do Not Travel warnings for Belarus and Yemen, a Level 2
  // warning for Jordan …, and a Level 1 advisory for Portugal")
  const seen = new Set<string>();
  LEVEL_NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let allGiven = true;
  while ((m = LEVEL_NUMBER_RE.exec(low)) !== null) {
    seen.add(m[1]!);
    if (allGiven && !LEVEL_GIVEN_TO_RE.test(low.slice(m.index + m[0].length, m.index + m[0].length + 60))) allGiven = false;
  }
  return seen.size >= 3 && !allGiven;
}

/** After a numbered level, the advice it names given to one place: ": Do Not Travel warnings for Belarus", " advisory for
 * Portugal" (not a class of places, as a scale's legend has it: " advisory for the most dangerous destinations"). */
const LEVEL_GIVEN_TO_RE =
  /^[^.;\d]{0,40}?\b(?:warnings?|advisor(?:y|ies)|alerts?|notices?|ratings?)\s+(?:for|to|on)\s+(?!(?:the\s+)?(?:most|least|safest|highest|lowest|riskiest|countries|destinations|places|areas|regions|locations|low|high|moderate|normal|increased|serious|extreme|some|all|any|many|other|which|where|when|those|these|travell?ers|visitors|citizens)\b)(?!an?\s)[a-z]/;

/** The whole world as a level's object: "for the whole world", "für die ganze Welt", "worldwide", "pour le monde entier". */
const WORLD_OBJECT_AFTER_RE =
  /^\s*["'\u201d\u2019\u00bb]?\s*(?:(?:for|to|in|f[üu]r|pour|dans|per)\s+)?(?:the\s+|die\s+|le\s+|tutto\s+il\s+|il\s+)?(?:whole\s+world|entire\s+world|world\b|all\s+(?:countries|destinations|overseas\s+(?:travel|destinations))|ganze\s+welt|gesamte\s+welt|alle\s+l[äa]nder|monde\s+entier|tous\s+les\s+pays|mondo\s+intero|tutti\s+i\s+paesi)|^\s*["'\u201d\u2019\u00bb]?\s*(?:worldwide|weltweit|globally|[àa] l'[ée]chelle mondiale|in tutto il mondo)\b/;
/** "worldwide" or "global" right before a level phrase: "a worldwide 'do not travel' advisory", "die weltweite Reisewarnung". */
const WORLD_BEFORE_RE = /\b(?:worldwide|global|weltweite?[nmrs]?|mondiale?s?)\s+["'\u201c\u2018\u00ab]?\s*$/;

/** A general word for destinations, then the countries it includes: "some locations, including ", "several countries such as ";
 * or countries left unnamed, then named ones: "mehrere afrikanische Länder sowie für ". */
const COUNTRIES_LISTED_OBJECT_RE =
  /^(?:some|several|certain|a number of|a few|a handful of|various)\s+(?:other\s+)?(?:locations|destinations|countries|places|nations)\s*,?\s*(?:including|such as|like|namely|among them)\s+|^(?:mehrere|einige|verschiedene|zahlreiche|viele)\s+(?:[a-z]+e\s+)?(?:l[aä]nder|staaten)\s+(?:sowie|und)\s+(?:auch\s+)?f[uü]r\s+/;

/** A sentence that opens on one step of a scale, by its rank, and says what it is: "The fourth tier in the security status
 * system is 'do not travel'", "The second level means …". */
const TIER_DEFINITION_RE =
  /^\W*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|highest|top|lowest|final|last)\s+(?:tier|level|step|category|rung|grade|stage)\b(?:\s+(?:in|of|on)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:system|scale|ladder|framework|ranking|classification))?\s+(?:is|means|reads|stands for|corresponds to)\b/;

/** Time and cause adjuncts after a level are not its object ("at Level 4 since 2023", "in March"). */
const NOT_OBJECT_RE =
  /^(?:the time being|the moment|the present|the foreseeable future|now\b|(?:ein|an|auf|ab|zu)(?=\s*[.;,!?]|\s*$)|overall|in general|generally|nationwide|countrywide|since|after|amid|following|from|over|des\s+(?:[\w.]+-)?(?:au(?:ss|ß)enministeriums|ausw[äa]rtigen amtes)\b|on (?:\w+day|\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)|last|this (?:week|month|year|morning)|earlier|today|yesterday|tomorrow|now|again|still|until|till|effective|with effect|(?:19|20)\d\d\b|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|seit|depuis|dal|dall'|dopo|apr[eè]s|nach dem|ab dem|mit|samt|war|was|were|is|are|has|have|had|ist|sind|seien|waren|hat|wird|wurde|gilt|galt|gelten|galten|bleibt|bleiben|besteht|bestehen|bestand|bestanden|vorliegt|vorliegen|remains?|remained|est|a|etait|resta|rimane|e stato|era|issued|imposed|announced|ausgesprochen|erlassen|verh[äa]ngt|herausgegeben|ausgegeben|ver[öo]ffentlicht|aktualisiert|versch[äa]rft|ausgeweitet|erweitert|aufgehoben|beibehalten|best[äa]tigt|[ée]mise?s?|publi[ée]e?s?|emess[oa]|pubblicat[oa])\b|^(?:des|der|of the|du|de la|del|della|dell')\s+(?:\S+\s+){0,2}?(?:amts?|ministeriums?|ministry|department|office|minist[eè]re|ministero|farnesina|government|regierung|gouvernement|governo|eda|edas|fdfa|fcdo)\b/;

const DURATION_RE =
  /^(?:(?:more than|over|nearly|almost|about|around|at least|well over|the (?:past|last|next)|several|many|some|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+){1,2}(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?)\b|^(?:years|months|weeks|decades|ages|a long time|some time)\b/;

/** A short gloss in parentheses right after a level phrase and before a preposition: ' ("do not travel") to'; or the kind of
 * travel it includes: "non-essential travel, including holiday travel, to". */
const GLOSS_BEFORE_OBJECT_RE = /^\s*\([^()]{1,40}\)(?=\s*(?:to|in|within|for|into|nach|en|au|aux|[àa]|verso|per|f[üu]r|pour|vers|dans|nel|nella|nelle|nei|negli|im)\s)|^\s*,?\s*\(?(?:including|incl\.?)\s+(?:holiday|tourist|leisure|business)\s+(?:travel|trips|visits)\)?\s*,?(?=\s*(?:to|in|for)\s)/;

/** A level's being in force, between it and its object: "in place", "in force", "en vigueur", "in Kraft", "in vigore". */
const IN_FORCE_BEFORE_OBJECT_RE = /^\s*(?:(?:is|was|remains|has been)\s+)?(?:in (?:place|force|effect)|en vigueur|in kraft|in vigore)\b|^\s*(?:besteht|bestehen|bestand|bestanden|gilt|gelten|galt|galten|bleibt|bleiben)(?:\s+(?:weiterhin|nach wie vor|auch|zudem|derzeit|aktuell|nun|jetzt|seither|bereits|schon|nur|lediglich|ausschlie(?:ss|\u00df)lich))*(?=\s+f(?:u|\u00fc)r\b)/;

/** After a level of all travel and its object, the exception that makes it the all-but-essential step: "… to Lebanon except
 * for essential travel(s)", "… sauf raison impérative", "… außer für dringend notwendige Reisen". */
const EXCEPT_ESSENTIAL_AFTER_RE =
  /^[^.;]{0,60}?\b(?:(?:except|excepting|save)\s+(?:for\s+)?(?:essential|necessary|urgent|(?:strictly|absolutely)\s+(?:essential|necessary))\s+(?:travels?|trips?|journeys?|reasons?|purposes?|visits?)|sauf\s+(?:raisons?|motifs?)\s+imp[ée]rati(?:f|fs|ve|ves)|au(?:ß|ss)er\s+(?:f[üu]r\s+)?(?:dringend\s+)?(?:notwendige|erforderliche|unaufschiebbare|dringende)\s+reisen|salvo\s+(?:per\s+)?(?:motivi|viaggi)\s+(?:essenziali|urgenti|strettamente\s+necessari))\b/;

/** After a level, the part of an advisory that lists the areas under it: "Level 4 Travel Advisory section", "'Do Not Travel'
 * portion". */
const SECTION_AFTER_RE = /^\s*["'\u2019\u201d]?\s*(?:travel\s+)?(?:(?:advisory|advice|warning)\s+)?(?:sections?|portions?|sub-?sections?)\b/;

/** After a numbered level, the areas it labels: "Level 3 or 4 areas", "Level 4 zones" (a regional level). */
const LEVEL_AREAS_AFTER_RE = /^(?:\s*(?:or|and|to|\/|-|&)\s*[1-4])?\s+(?:areas?|zones?|regions?|provinces?|districts?|departments?|governorates?|localities)\b/;

/** A country with a part cut out of it: "Chad outside the city of N'Djamena", "le Mali en dehors de Bamako", "Nigeria außerhalb
 * von Abuja" (the advice covers the rest only). */
const OUTSIDE_PART_RE =
  /^[\p{L}'\u2019-]+(?:\s+[\p{L}'\u2019-]+){0,3}?\s+(?:outside|beyond|excluding|en dehors d|hors d|au-del[àa]|au[ßs]erhalb|al di fuori|fuori d)/u;

/**
 * A country named only by an epithet, as the object of advice: "to the Andean country", "to the West African nation", "für
 * das westafrikanische Land", "vers ce pays d'Afrique de l'Ouest", "verso il Paese africano" (the country the sentence is
 * about). Not a neighbour, a part ("the country's north", "the north of the country"), a federal state ("Bundesstaat") or home.
 */
export const EPITHET_OBJECT_RE =
  /^the\s+(?!(?:neighbou?ring|other|third|host|home|transit|destination|same|first|second|next|whole|entire)\b)[\p{L}-]+(?:\s+(?!of\b)[\p{L}-]+){0,2}?\s+(?:country|nation|kingdom|republic|monarchy|emirate|island nation)\b(?!'s|\s*['\u2019]s|\s+(?:(?:and|or)\s|north|south|east|west|border|borders|regions?|provinces?|states?|areas?|parts?|districts?|coast|interior))|^(?:das|dem|den)\s+(?!(?:nachbar|heimat|bundes|aus|in|hinter|um|gast|herkunfts|mutter|vater)(?:land|staat))(?:[\p{L}-]+(?:en|e)\s+)?[\p{L}-]*(?:land|staat|k[öo]nigreich|emirat|republik)\b(?!\s+(?:von|der|des)\b)|^(?:ce|cet)\s+(?:pays|royaume|[ée]mirat|archipel|[ée]tat)\b(?!\s+(?:voisin|limitrophe))|^le\s+pays\s+(?!voisin|limitrophe|d'origine|h[ôo]te)[\p{L}-]+|^(?:il|questo|quel)\s+paese\s+(?!vicino|confinante|d'origine|ospitante)[\p{L}-]+|^questo\s+paese\b|^la\s+destinazione\s+(?:nord|sud|centro|est|ovest|medio)?(?:africana|americana|asiatica|orientale|caraibica|mediorientale|europea|sudamericana|centroamericana)\b/u;

/** An epithet in apposition to a country's name: "the Gulf state of Qatar", "den Sahel-Staat Niger" (the name follows). */
export const EPITHET_APPOSITION_RE =
  /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:state|nation|country|kingdom|republic|emirate|island nation|archipelago)\s+of\s+|^(?:den|dem|das|die)\s+(?:[\p{L}-]+\s+)?[\p{L}-]*(?:staat|land|k[öo]nigreich|emirat|republik|inselstaat)\s+|^(?:le|la|l')\s*(?:[\p{L}-]+\s+){0,2}?(?:pays|[ée]tat|royaume|r[ée]publique|nation)\s+(?:[\p{L}-]+\s+)?(?:du|de la|de l'|des|d')\s*|^(?:il|lo|la|l')\s*(?:[\p{L}-]+\s+){0,2}?(?:paese|stato|regno|repubblica|nazione)\s+(?:[\p{L}-]+\s+)?(?:del|della|dell'|dei|di)\s*/u;

/** Addressees between a level phrase and its verb of going ("… aux ressortissants français de se rendre", "… ai connazionali di recarsi",
 * "… to its citizens planning to travel"). */
const ADDRESSEE_BEFORE_GOING_RE =
  /^\s*for\s+(?:americans|britons|canadians|australians|new zealanders|(?:u\.s\.|us|american|british|canadian|australian)\s+(?:citizens|nationals|travell?ers))\s+(?:travell?ing|going|heading)(?=\s+to\s)|^\s*(?:to|for)\s+(?:its|their|the|all)\s+(?:[a-z]+\s+)?(?:citizens|nationals|travell?ers)\s+(?:(?:who\s+are\s+)?(?:planning|intending|wishing|hoping|looking)\s+to|who\s+(?:plan|intend|wish|want)\s+to)\s+(?:travel|go)(?=\s+(?:to|in)\s)|^\s*(?:aux|[àa] nos|ai|agli|alle)\s+(?:ressortissants|voyageurs|touristes|fran[çc]ais|citoyens|compatriotes|connazionali|cittadini|italiani|viaggiatori|turisti)(?:\s+(?:fran[çc]ais|belges|suisses|canadiens|italiani|europ[ée]ens))?(?:\s*,\s*(?:y compris|notamment|inclusi?|compresi)\s+[^,.;]{1,30}?,)?(?=\s+(?:de |d')(?:se rendre|voyager|aller|s[ée]journer)\b|\s+(?:di )?(?:recarsi|viaggiare|andare)\b)/;

/** After the advice's name, what leads its object instead of a preposition: "advisory regarding Bangladesh", "warning on Iran". */
const ABOUT_OBJECT_RE =
  /^\s*(?:regarding|concerning|about|over|covering|on(?!\s+(?:\w+day\b|\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)))\s+/;

/** After a colon, the people addressed rather than a list of areas: "gli italiani presenti …", "British nationals …", "les Français". */
const COLON_ADDRESSEES_RE =
  /^(?:(?:gli|i|les|tous les|die|alle|all|the)\s+)?(?:[a-z]+\s+)?(?:citizens|nationals|travell?ers|connazionali|cittadini|italiani|turisti|ressortissants|fran[cç]ais|voyageurs|staatsangeh[öo]rige\w*|staatsb[üu]rger\w*|deutsche\w*|reisende\w*)\b(?!\s*[:,;]?\s*$)/;

/** After a quoted level's name, a verb that opens the list of countries under it: '"Avoid Non-Essential Travel" include …',
 * '« Ne pas voyager » comprend …'. */
const QUOTED_LEVEL_HOLDS_RE = /^\s*["'\u201d\u00bb\u2019]\s*(?:now\s+)?(?:include[sd]?|including|comprise[sd]?|comprend|comprennent|umfasst|umfassen|comprende|comprendono)\s+/;

/** After a level's name, the list it names and the verb that opens its countries: "the Level 4 list include …", "(Zu den
 * Reisewarnungen) gehören: …". */
const LIST_HOLDS_RE = /^\s*["'\u201d\u00bb\u2019]?\s*(?:(?:list|category)\s+(?:now\s+|also\s+)?(?:include[sd]?|including|comprise[sd]?)|geh[oö]ren\s*:?)\s+/;

/** An object that is the people advised ("nos compatriotes", "les Français", "i connazionali", "British nationals"). */
const PEOPLE_OBJECT_RE =
  /^(?:(?:nos|vos|les|leurs|ses|tous les|our|its|their|all|i|gli|tutti i)\s+)?(?:[a-z]+\s+)?(?:compatriotes|ressortissants|citoyens|fran[cç]ais|voyageurs|connazionali|cittadini|italiani|viaggiatori|nationals|citizens|travell?ers)\b(?!\s+(?:in|en|au|aux|nel|nella|im|in der)\b)/;

/** A German advice's step on the scale, or the side it comes from, between the advice and its object: " der Stufe 6",
 * " von österreichischer Seite", " seitens des Außenministeriums". */
const STEP_SIDE_BEFORE_OBJECT_RE = /^(?:\s*(?:(?:der|des)\s+(?:h[öo]chsten\s+)?(?:stufe|warnstufe|sicherheitsstufe)\s+\d\b|(?:von|vonseiten)\s+[a-zäöüß]+\s+seite\b|seitens\s+(?:der\s+|des\s+)?[a-zäöüß]+))+/;

/** After a level: the list or scale it is a step of ("of its travel advisory list", "de sa liste d'avis aux voyageurs"). */
const SCALE_NAMED_AFTER_RE =
  /^\s*(?:(?:of|on)\s+(?:its|the|their|his|her)\s+(?:[\w'-]+\s+){0,3}?(?:list|scale|system|ranking|classification)\b|(?:de|sur)\s+(?:sa|son|leur|la|l')\s*(?:[\w'-]+\s+){0,3}?(?:liste|[ée]chelle|classement|syst[eè]me)\b|(?:della|nella|sulla)\s+(?:sua\s+|propria\s+)?(?:lista|scala|classifica)\b|(?:auf|in)\s+(?:seiner|ihrer|der)\s+(?:[\w-]+\s+)?(?:liste|skala)\b)/;

function objectOf(rest: string): { scope: LevelHit['scope']; objectStart: number } {
  // a gloss in parentheses before the object: 'advise against all travel ("do not travel") to the Amhara region'
  const gloss = GLOSS_BEFORE_OBJECT_RE.exec(rest);
  if (gloss) {
    const r = objectOf(rest.slice(gloss[0].length));
    return r.objectStart >= 0 ? { scope: r.scope, objectStart: r.objectStart + gloss[0].length } : r;
  }
  // the name of the advice is not its object: "a Level 4 travel ban for Iraq", "Level 3 warning since 2023"
  // a cause is no object: "… sont déconseillés en raison des tensions à la frontière"
  // (… nor is "in all cases": "… sont formellement déconseillés dans tous les cas", "in any case", "in jedem Fall")
  if (/^\s*(?:due to|because|owing to|in view of|in light of|en raison|compte tenu|au vu|a causa|[àa] cause|in considerazione|alla luce|in ragione|wegen|aufgrund|angesichts|infolge|per motivi|in seguito|(?:dans|en) tous les cas|en tout cas|in (?:all|any) cases?|in jedem fall|auf jeden fall|in ogni caso|in tutti i casi)\b/.test(rest)) return { scope: 'unknown', objectStart: -1 };
  // nor is a German participle that ends the clause: "den Sicherheitshinweis für Syrien in eine Reisewarnung umgewandelt" (the
  // object is named before, after "für")
  if (/^\s*(?:umgewandelt|hochgestuft|heraufgestuft|ausgeweitet|erweitert|versch[äa]rft|ersetzt)\b/.test(rest)) return { scope: 'unknown', objectStart: -1 };
  // nor is the list or scale the level belongs to: "at Level 3 of its travel advisory list", "au niveau 3 de sa liste d'avis"
  if (SCALE_NAMED_AFTER_RE.test(rest)) return { scope: 'unknown', objectStart: -1 };
  // nor is the passive's agent: "… sont désormais formellement déconseillés par le ministère", "advised against by the FCDO"
  if (/^\s*["'\u201d\u00bb]?\s*(?:par|by|von|dal|dalla|dai)\s+(?:le\s+|la\s+|l'|les\s+|the\s+|dem\s+|der\s+)?(?:\S+\s+){0,2}?(?:minist\w*|foreign|government|gouvernement|governo|regierung|auswärtige\w*|ausw[äa]rtige\w*|farnesina|quai|state department|department|fcdo|dfat|office|embassy|ambassade|botschaft|ambasciata|auth?orit\w*)/.test(rest)) return { scope: 'unknown', objectStart: -1 };
  // going "there": "formellement déconseillé de s'y rendre", "sconsigliato recarvisi" (the country the sentence is about)
  const there = /^\s*(?:(?:de |d')s'y rendre|(?:di )?(?:recarvisi|andarci))\b/.exec(rest);
  if (there) return { scope: 'country', objectStart: there[0].length - there[0].trimStart().length };
  // a quoted level's name, then the countries it holds: 'Countries under "Avoid Non-Essential Travel" include Madagascar, …'
  const held = QUOTED_LEVEL_HOLDS_RE.exec(rest) ?? LIST_HOLDS_RE.exec(rest);
  if (held) return { scope: 'country', objectStart: held[0].length };
  let named = /^\s*["'\u201d\u00bb]?\s*(?:travel\s+|security\s+|safety\s+|risk\s+)?(?:ban|warning|advisory|alert|advice|notice|rating|status|designation|stage|category|tier|recommendation|destination|(?:advisories|warnings|alerts)(?=\s+(?:for|on)\s))\b/.exec(rest);
  // (a quoted hazard after "regarding" is what the advice is about, not where, and the object comes later: "Advisories
  // regarding 'civil unrest and armed conflict' … for the following areas of Burma")
  if (named && /^\s*(?:regarding|concerning|about)\s+["'\u2018\u201c]/.test(rest.slice(named[0].length))) named = null;
  let skip = named ? named[0].length : 0;
  // the addressees before the verb of going: "formellement déconseillé aux ressortissants français de se rendre en Iran",
  // "sconsigliato ai connazionali di recarsi in"
  if (!named) skip = ADDRESSEE_BEFORE_GOING_RE.exec(rest)?.[0].length ?? 0;
  // nor is its being in force: "a travel warning in place for the whole of Iran", "Reisewarnung in Kraft für"
  const inForce = IN_FORCE_BEFORE_OBJECT_RE.exec(rest.slice(skip));
  if (inForce) skip += inForce[0].length;
  // nor its step on the scale or the side it comes from: "eine Reisewarnung der Stufe 6 von österreichischer Seite für Afghanistan"
  const stepSide = STEP_SIDE_BEFORE_OBJECT_RE.exec(rest.slice(skip));
  if (stepSide) skip += stepSide[0].length;
  // Structured "Level 4: Do Not Travel" with nothing after it, or "… due to …"
  // (a closing quote may end the phrase before its object: 'to "reconsider your need to travel" to Enga')
  // (a gloss in parentheses may come before the colon of a list: "formellement déconseillées (zone rouge) :")
  // (a verb of going may come before it: "formellement déconseillé de se rendre au Tchad", "si sconsiglia di recarsi in")
  const m = /^\s*(?:\([^()]{1,40}\)\s*(?=:))?(?:["'\u201d\u00bb\u2019](?=\s))?\s*(?:,?\s*(?:when|while)\s+(?:(?:travell?ing|visiting|staying)\s+)?(?=to\s|in\s)|travel\s+|(?:tout |tous les |les )(?:d[ée]placements?|voyages?|s[ée]jours?)\s+|(?:de |d')(?:se rendre|se d[ée]placer|voyager|partir|aller|s[ée]journer)(?:\s+ou\s+(?:de |d')?(?:se rendre|se d[ée]placer|voyager|s[ée]journer))?\s+|(?:di )?(?:recarsi|viaggiare|andare)\s+)?(a destinazione dell'|[àa] destination d'|(?:a destinazione (?:del|della|dei|degli|delle|di)(?=\s)|[àa] destination (?:de|du|des)(?=\s)|to|in|within|throughout|across|for|into|nach|en|au|aux|[àa]|ad|verso|per|fur|pour|vers|dans|nel|nella|nello|nelle|negli|nei|im)(?![a-zà-ÿ])(?:\s+(?:and|or)\s+(?:through|within|in|to|around|from)\b)?|nell'(?!inter))?\s*(:)?\s*/.exec(rest.slice(skip));
  // the advice named, then no preposition: the words after it are no object ("a Level 4 travel advisory authorises the
  // departure …"); "regarding", "concerning", "about" or "on" lead one after the advice's name ("advisory regarding Bangladesh")
  let lead = rest.slice(0, skip) + (m ? m[0] : '');
  if (named && m && !m[1] && !m[2]) {
    const about = ABOUT_OBJECT_RE.exec(rest.slice(skip));
    if (!about) return { scope: 'unknown', objectStart: -1 };
    lead = rest.slice(0, skip) + about[0];
  }
  const colon = m?.[2] === ':';
  const obj = rest.slice(lead.length);
  // (… but a colon that opens on the people addressed is no list of areas: "sconsigliati i viaggi a qualsiasi titolo: gli italiani
  // presenti … sono invitati a lasciare il Paese")
  if (colon) return COLON_ADDRESSEES_RE.test(obj) ? { scope: 'unknown', objectStart: -1 } : { scope: 'regional', objectStart: lead.length };
  // a duration is no object either: 'at "do not travel" for more than a year'
  if (DURATION_RE.test(obj)) return { scope: 'unknown', objectStart: -1 };
  if (!obj || /^[^\p{L}\p{N}]/u.test(obj) || /^(?:due to|because|owing|for any reason|at this time|until|if|unless|except|because of|,|\.|and\b|or\b|as\b|among(?:st)?\b|car\b|parce qu|puisqu|denn\b|weil\b|perch[ée]\b|poich[ée]\b|(?:e|ed|et|und|oder|ou|o|mentre|tandis|mais|aber|ma)\b|wegen|aufgrund|en raison|a causa|per motivi)/.test(obj) || NOT_OBJECT_RE.test(obj))
    return { scope: 'unknown', objectStart: -1 };
  // the people advised, after "à"/"to", are no place: "formellement déconseillé à nos compatriotes", "sconsigliati ai connazionali"
  if (PEOPLE_OBJECT_RE.test(obj)) return { scope: 'unknown', objectStart: -1 };
  // a country, named or not, with a part cut out of it: "dans le pays en dehors de Lima", "the country outside Kabul"
  if (OUTSIDE_PART_RE.test(obj)) return { scope: 'regional', objectStart: lead.length };
  if (EPITHET_APPOSITION_RE.test(obj) || EPITHET_OBJECT_RE.test(obj)) return { scope: 'country', objectStart: lead.length };
  // (a part of "the country" named by its possessive is no whole: "reconsider travel to the country's north")
  if (COUNTRY_PART_OBJECT_RE.test(obj)) return { scope: 'regional', objectStart: lead.length };
  if (WHOLE_RE.test(obj)) return { scope: REST_OF_PART_RE.test(obj) ? 'regional' : 'country', objectStart: lead.length };
  // places that are countries, listed after a general word: "some locations, including China and Iran" (the list is the object)
  const listed = COUNTRIES_LISTED_OBJECT_RE.exec(obj);
  if (listed) return { scope: 'country', objectStart: lead.length + listed[0].length };
  if (/^\d/.test(obj) || REGION_OBJECT_RE.test(obj) || PART_HEAD_RE.test(obj)) return { scope: 'regional', objectStart: lead.length };
  // (a neighbour named by its adjective: "for neighboring Mali")
  const adj = /^(?:neighbou?ring|nearby)\s+/.exec(obj);
  return { scope: 'country', objectStart: lead.length + (adj ? adj[0].length : 0) };
}
