/**
 * A government's own travel-advice page for one country (an official feed item whose source names both
 * the issuer and the country) is that issuer's advice about that country, even when it states no
 * country-wide level and no signal ("Exercise caution …", "Der persönlichen Sicherheit ist grosse
 * Aufmerksamkeit zu schenken"): classification.md's one finding per (country, issuer) that the document
 * reports advice about, with level null and no signals.
 *
 * A page is told from an alert or a notice by what it covers: a standing advice page speaks of several
 * subjects (crime, terrorism, unrest, health, entry, roads, natural hazards, …); a routine alert or a
 * notice (a demonstration, a typhoon, a closure for a holiday) of one, and says what it is. Pure; reads
 * the matching form of the text (lower case, diacritics folded).
 */

/** What an alert, a message or a notice calls itself, and a consular office's service pages. */
const NOTICE_RE =
  /\b(?:security|demonstration|health|weather|travel|emergency|natural disaster) alert\b|\balert:|\b(?:event|location):|\bactions to take\b|\bmessage (?:for|to) (?:u\.s\.|us|american|british|canadian|australian)|\b(?:security|emergency|warden) message\b|\bnotice to\b|\bclosure notice\b|\bconsular services\b|\bappointments?\b|\bmessaggio\b|\bavviso ai connazionali\b|\bkrisenvorsorge\b|\bhinweise fur den krisenfall\b/;

/** Advice in the words of advice pages (en/fr/de/it). */
const ADVICE_RE =
  /\b(?:travel advice|travel advisory|we advise|our advice|you should|exercise (?:a high degree of )?caution|(?:normal|usual) (?:safety|security) precautions|remain vigilant|reisehinweis\w*|sicherheitshinweis\w*|reisewarnung|reiseinformation|es wird (?:dringend )?(?:geraten|empfohlen)|wird (?:dringend )?empfohlen|abgeraten|vorsicht|aufmerksamkeit zu schenken|conseils aux voyageurs|il est (?:vivement )?(?:recommande|conseille)|deconseill\w*|prudence|vigilance|consigli (?:di|per i) viaggi\w*|viaggiare ?sicuri|si (?:raccomanda|consiglia)|sconsigliat\w*|prudenza|cautela)\b/;

/** The subjects of a standing advice page; a page covers at least two. */
const SUBJECT_RES: readonly RegExp[] = [
  /\bterror/,
  /\b(?:crime|criminal|kriminal|criminalit|delinquen)/,
  /\b(?:health|gesundheit|sante|salute|medical|medizin)/,
  /\b(?:entry requirements|einreise|ingresso|conditions d'entree|visa)/,
  /\b(?:local laws|gesetze|lois locales|leggi locali)/,
  /\b(?:natural disaster|naturkatastroph|cyclone|earthquake|erdbeben|seisme|terremoto|zyklon|ciclon|hurricane|typhoon|tifone)/,
  /\b(?:road travel|roads?\b|strassenverkehr|straßenverkehr|circulation routiere|strade|traffic|verkehr)/,
  /\b(?:demonstration|protest|manifestation|unrest|unruhen|disordini|manifestazion)/,
  /\b(?:kidnap|entfuhr|enlevement|rapiment|sequestr)/,
];

/**
 * The sentence that shows `low` (the page's matching form) is a standing advice page, or null: not a
 * notice, some advice wording, and two subjects or more. `text` is the same text in its own letters,
 * offsets equal, for the evidence.
 */
export function ownAdvicePage(low: string, text: string): string | null {
  if (NOTICE_RE.test(low)) return null;
  const m = ADVICE_RE.exec(low);
  if (!m) return null;
  let subjects = 0;
  for (const re of SUBJECT_RES) if (re.test(low) && ++subjects >= 2) break;
  if (subjects < 2) return null;
  // the sentence around the advice wording: from the last sentence end (or line break) before it to the next after it
  let start = 0;
  for (let i = m.index - 1; i >= 0; i--) {
    if (low.charCodeAt(i) === 10) { start = i + 1; break; }
    if (sentenceEnd(low, i)) { start = i + 1; break; }
  }
  let end = low.length;
  for (let i = m.index + m[0].length; i < low.length; i++) {
    if (low.charCodeAt(i) === 10) { end = i; break; }
    if (sentenceEnd(low, i)) { end = i + 1; break; }
  }
  return text.slice(start, end).trim();
}

/** A full stop, question or exclamation mark at `i` followed by white space or the end of the text. */
function sentenceEnd(low: string, i: number): boolean {
  const c = low.charCodeAt(i);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  return i + 1 >= low.length || /\s/.test(low.charAt(i + 1));
}
