/**
 * Gazetteer: every ISO 3166-1 country by its names in en/fr/de/it (i18n-iso-countries), plus extra
 * names, demonyms, places, agencies and metonyms. Matching walks a token trie (word-bounded,
 * longest first), so it is linear in the text and needs no per-name regular expressions.
 */
import { trieRegexSource } from './trie.js';
import { createRequire } from 'node:module';

import type { CountryExtra } from './gazetteer-data.js';

export type { CountryExtra };

export type MentionKind = 'name' | 'demonym' | 'place' | 'agency' | 'metonym';

interface Entry {
  code: string;
  kind: MentionKind;
  ambiguous: boolean;
  /** 'cap': first letter upper case; 'upper': every letter upper case; 'any': any case. */
  caseRule: 'cap' | 'upper' | 'any';
  /** The name as registered (for display and suggestions). */
  label: string;
}

interface Node {
  next?: Map<string, Node>;
  entries?: Entry[];
  /** A non-country phrase that contains a country name ("New Mexico"): matches nothing. */
  block?: boolean;
}

export interface Mention {
  code: string;
  kind: MentionKind;
  /** Offsets in the scanned string. */
  start: number;
  end: number;
  /** Token index range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  text: string;
  ambiguous: boolean;
  /** Other codes the same words could mean (resolved by document context). */
  alternatives: string[];
}

export interface Token {
  text: string;
  fold: string;
  start: number;
  end: number;
  upper: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}]+/gu;
const LOWER_WORD_RE = /(?<![\p{L}\p{N}])[\p{Ll}][\p{L}\p{N}]*/gu;
const CAP_WORD_RE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu;
const CAP_WORD_ASCII_RE = /\b[A-Z][A-Za-z0-9]*/g;
const NEXT_TOKEN_RE = /[\s'\u2019.,&\-]{0,3}([\p{L}\p{N}]+)/uy;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/** Lower case, diacritics removed, ß → ss. */
export function fold(s: string): string {
  const l = s.toLowerCase();
  if (!NON_ASCII.test(l)) return l;
  return l.normalize('NFD').replace(MARKS, '').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/œ/g, 'oe');
}

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(s)) !== null) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const upper = c >= 65 && c <= 90 ? true : c < 128 ? false : t[0] !== t[0]!.toLowerCase();
    out.push({ text: t, fold: fold(t), start: m.index, end: m.index + t.length, upper });
  }
  return out;
}

function keyTokens(name: string): string[] {
  const out: string[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(name)) !== null) out.push(fold(m[0]));
  return out;
}

/** Phrases that contain a country's name but are not about it. */
const BLOCKS = [
  'New Mexico', 'New Jersey', 'New England', 'New South Wales', 'New Guinea', 'Gulf of Mexico', 'British Columbia',
  'Latin America', 'Latin American', 'Latin Americans', 'South America', 'South American', 'North America', 'North American',
  'Central America', 'Central American', 'Indian Ocean', 'Indian Country', 'American Indian', 'Native American',
  'Native Americans', 'Arabian Sea', 'Arabian Peninsula', 'Persian Gulf', 'Georgia State', 'Washington Post',
  'Washington State', 'Washington Times', 'Washington Examiner', 'Turkish Airlines', 'Qatar Airways', 'Emirates Airline',
  'Air France', 'British Airways', 'Jordan River', 'Dominican Order', 'Korean War', 'Korean Peninsula', 'Korean peninsula', 'Vietnam War', 'Irish Sea',
  'English Channel', 'French Guiana', 'French Polynesia', 'Chinese New Year', 'China Sea', 'South China Sea',
  'East China Sea', 'Sea of Japan', 'Mexican Standard Time', 'Lake Chad', 'Lake Victoria', 'Guinea pig', 'Guinea pigs',
  'Gulf of Guinea', 'Swiss cheese', 'French fries', 'Dutch oven', 'Chinatown', 'Red Cross', 'Kansas City',
  'Georgia Tech', 'Morning Ireland', 'Niger Delta', 'Niger River', 'Congo River', 'Congo Basin', 'Democratic Party', 'American Express',
  'American Airlines', 'United Airlines', 'Sri Lankan Airlines', 'Ethiopian Airlines', 'Kenya Airways',
  // (the same seas, gulfs and rivers in French, German and Italian)
  'Golfe de Guinée', 'Golfe de la Guinée', 'Golf von Guinea', 'Golfo di Guinea', 'Golfe du Mexique', 'Golf von Mexiko', 'Golfo del Messico',
  'Golfe Persique', 'Persischer Golf', 'Persischen Golf', 'Golfo Persico', 'Mer de Chine', 'Lac Tchad', 'Tschadsee', 'Lago Ciad',
  'Delta du Niger', 'Nigerdelta', 'Delta del Niger', 'Fleuve Niger', 'Fleuve Congo', 'Bassin du Congo', 'Océan Indien', 'Indischen Ozean', 'Oceano Indiano',
];

/** A German agency name opening on a nominative adjective in -e before its noun ("Deutsche Botschaft", "österreichische Botschaft"). */
const GERMAN_ADJ_NOUN_RE = /^(\p{L}+?)e (Botschaft|Außenministerium|Aussenministerium|Generalkonsulat|Vertretung|Regierung)$/iu;

/** Words that look like country names when written in capitals but are ordinary words. */
const UPPER_ONLY = new Set(['us', 'usa', 'uk', 'uae', 'drc', 'car', 'prc', 'roc', 'rok', 'dprk', 'ksa', 'bih']);

/** Of those, the ones a capital first letter is enough for (Italian news writes "gli Usa"). */
const CAP_OK = new Set(['usa']);

export interface GazetteerOptions {
  extras?: readonly CountryExtra[];
  /** Include i18n-iso-countries names (default true). */
  iso?: boolean;
}

const CONTEXT_AGAINST: Record<string, RegExp> = {
  // Georgia the US state
  GE: /\b(?:Atlanta|Savannah|Augusta|Macon|U\.?S\.? state|state of Georgia|Georgia (?:state|governor|Tech|Bulldogs|Power|Senate|House|Republicans?|Democrats?)|Georgia's (?:governor|secretary of state|legislature))\b/,
  JO: /\bMichael Jordan\b/,
};

export class Gazetteer {
  private readonly root: Node = { next: new Map() };
  /** first tokens (folded) of entries that may start in lower case */
  private readonly lowerStarts = new Set<string>();
  private readonly names = new Map<string, string>(); // code → display name (English)
  private readonly allNames = new Map<string, { code: string; label: string; kind: MentionKind }[]>();
  private readonly fipsMap = new Map<string, string>();
  private readonly isoCodes = new Set<string>();
  private readonly alpha3 = new Map<string, string>();

  constructor(opts: GazetteerOptions = {}) {
    if (opts.iso !== false) this.loadIso();
    for (const x of opts.extras ?? []) this.addExtra(x);
    for (const b of BLOCKS) this.addBlock(b);
  }

  private loadIso(): void {
    const require = createRequire(import.meta.url);
    type Lang = { countries: Record<string, string | string[]> };
    const langs: Array<[string, Lang]> = [];
    for (const l of ['en', 'fr', 'de', 'it']) {
      try {
        langs.push([l, require(`i18n-iso-countries/langs/${l}.json`) as Lang]);
      } catch {
        /* a missing locale only loses names */
      }
    }
    try {
      const codes = require('i18n-iso-countries/codes.json') as string[][];
      for (const row of codes) {
        const [a2, a3] = row;
        if (a2 && a3) this.alpha3.set(a3.toUpperCase(), a2.toUpperCase());
      }
    } catch {
      /* optional */
    }
    for (const [lang, data] of langs) {
      for (const [code, v] of Object.entries(data.countries)) {
        this.isoCodes.add(code);
        const list = Array.isArray(v) ? v : [v];
        if (lang === 'en' && !this.names.has(code)) {
          // prefer the plain short form ("China" rather than "People's Republic of China")
          const short = list.length > 1 && list[1] && !/,/.test(list[1]) && list[1].length < (list[0]?.length ?? 0) && !/^[A-Z.]{2,5}$/.test(list[1]) ? list[1] : list[0];
          if (short) this.names.set(code, short);
        }
        for (const n of list) {
          if (/,/.test(n)) continue; // "Korea, Republic of"
          this.add(n, code, 'name', false);
        }
      }
    }
    // German genitives of one-word names ("die Regierungen Lettlands und Estlands", "Frankreichs Außenminister"), where
    // the form is no other entry (a French demonym "Syriens", "Indiens")
    for (const [lang, data] of langs) {
      if (lang !== 'de') continue;
      for (const [code, v] of Object.entries(data.countries))
        for (const n of Array.isArray(v) ? v : [v]) if (/^\p{Lu}\p{Ll}+$/u.test(n) && !/[sxzß]$/.test(n) && !this.nodeFor(keyTokens(n + 's')).entries) this.add(n + 's', code, 'name', false);
    }
  }

  private addExtra(x: CountryExtra): void {
    const code = x.code.toUpperCase();
    this.isoCodes.add(code);
    for (const n of x.names ?? []) this.add(n, code, 'name', false);
    for (const n of x.ambiguousNames ?? []) this.add(n, code, 'name', true);
    for (const n of x.demonyms ?? []) this.add(n, code, 'demonym', false);
    for (const n of x.places ?? []) this.add(n, code, 'place', false);
    for (const n of x.ambiguousPlaces ?? []) this.add(n, code, 'place', true);
    for (const n of x.agencies ?? []) {
      this.add(n, code, 'agency', false);
      // a German adjective before its noun is declined ("die deutsche Botschaft", "der deutschen Botschaft", "im
      // österreichischen Außenministerium"): the -en form names the same agency
      if (GERMAN_ADJ_NOUN_RE.test(n)) this.add(n.replace(GERMAN_ADJ_NOUN_RE, '$1en $2'), code, 'agency', false);
    }
    for (const n of x.metonyms ?? []) this.add(n, code, 'metonym', false);
    if (x.fips) this.fipsMap.set(x.fips.toUpperCase(), code);
  }

  /** Register one name. Later registrations of the same (words, code, kind) refine the flags. */
  add(name: string, code: string, kind: MentionKind, ambiguous: boolean): void {
    const toks = keyTokens(name);
    if (toks.length === 0) return;
    const node = this.nodeFor(toks);
    const letters = name.replace(/[^\p{L}]/gu, '');
    const isUpperWord = letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase() && UPPER_ONLY.has(fold(letters));
    const isAcronym = letters.length > 0 && letters.length <= 6 && letters === letters.toUpperCase() && toks.length <= 3;
    // (Italian writes the United States "Usa": a capital first letter is enough for that one)
    let caseRule: Entry['caseRule'] = (isUpperWord || isAcronym) && !CAP_OK.has(fold(letters)) ? 'upper' : 'cap';
    if ((kind === 'demonym' || kind === 'agency') && /^\p{Ll}/u.test(name)) caseRule = 'any';
    // (a name of several words the data writes in lower case is written so in running text: "la bande de Gaza", "les territoires
    // palestiniens", "the occupied Palestinian territories"; not "the …", whose article is no part of the name)
    if ((kind === 'name' || kind === 'place') && toks.length >= 2 && /^\p{Ll}/u.test(name) && !/^the\s/.test(name)) caseRule = 'any';
    if (kind === 'agency' && toks.length >= 2 && !isAcronym && !/^(foreign|home) (office|ministry)$|^foreign (affairs )?ministry$/.test(toks.join(' '))) caseRule = 'any';
    if (caseRule === 'any') this.lowerStarts.add(toks[0]!);
    const entries = (node.entries ??= []);
    const existing = entries.find((e) => e.code === code && e.kind === kind);
    if (existing) {
      existing.ambiguous = existing.ambiguous || ambiguous;
      if (caseRule === 'upper') existing.caseRule = 'upper';
      else if (caseRule === 'any' && existing.caseRule === 'cap' && (kind === 'name' || kind === 'place')) existing.caseRule = 'any';
    } else entries.push({ code, kind, ambiguous, caseRule, label: name });
    if (kind !== 'agency') {
      const k = toks.join(' ');
      const list = this.allNames.get(k) ?? [];
      if (!list.some((e) => e.code === code)) list.push({ code, label: name, kind });
      this.allNames.set(k, list);
    }
  }

  private addBlock(name: string): void {
    const node = this.nodeFor(keyTokens(name));
    if (!node.entries) node.block = true;
  }

  /** The trie node of a token sequence, created on the way. */
  private nodeFor(toks: readonly string[]): Node {
    let node = this.root;
    for (const t of toks) {
      node.next ??= new Map();
      let n = node.next.get(t);
      if (!n) {
        n = {};
        node.next.set(t, n);
      }
      node = n;
    }
    return node;
  }

  /**
   * Find mentions in a string (word-bounded, longest first, case rules applied). Only words that
   * start with a capital letter, or the few lower-case starts some entries allow, open a match, so
   * the cost is a regex pass plus a Map lookup per capitalised word (in ASCII text, a walk by char code).
   */
  scan(s: string, low?: string, lowerStarts = true, ascii = false): Mention[] {
    // (a start found by the char-code walk carries its trie node: no second lookup by the lower-cased word)
    const starts: Array<[number, string, Node?]> = [];
    // (in ASCII text without '_' a capitalised word is the same run without Unicode classes)
    const capRe = ascii ? CAP_WORD_ASCII_RE : CAP_WORD_RE;
    capRe.lastIndex = 0;
    let m: RegExpExecArray | null;
    // (only a word that opens some entry is kept: most capitalised words — "The", "On" — open none)
    const first = this.root.next;
    if (!first) return [];
    if (ascii) this.capStartsAscii(s, low ?? s.toLowerCase(), starts);
    else while ((m = capRe.exec(s)) !== null) if (first.has(fold(m[0]))) starts.push([m.index, m[0]]);
    if (lowerStarts && this.lowerStarts.size > 0) {
      const l = low ?? sameLengthFold(s);
      // ASCII text without '_': \b is the letter/number boundary, and one trie regex finds only the entries' words
      // (ASCII text without '_': words are [a-z0-9] runs, walked through a char-code trie of the starts, no allocation)
      const found: number[] = ascii ? this.lowerStartWords(l) : [];
      if (!ascii) {
        LOWER_WORD_RE.lastIndex = 0;
        while ((m = LOWER_WORD_RE.exec(l)) !== null) if (this.lowerStarts.has(m[0])) found.push(m.index, m.index + m[0].length);
      }
      let k = 0;
      for (let f = 0; f < found.length; f += 2) {
        const at = found[f]!;
        const c = s.charCodeAt(at);
        if (c >= 65 && c <= 90) continue; // already a capitalised start
        while (k < starts.length && starts[k]![0] < at) k++;
        if (k < starts.length && starts[k]![0] === at) continue;
        starts.splice(k, 0, [at, s.slice(at, found[f + 1]!)]);
      }
    }
    const out: Mention[] = [];
    let consumedTo = -1;
    const root = this.root.next!;
    for (const [pos, word, known] of starts) {
      if (pos < consumedTo) continue;
      let node = known ?? root.get(ascii ? word.toLowerCase() : fold(word));
      if (!node) continue;
      const texts: string[] = [word];
      let end = pos + word.length;
      let bestEnd = -1;
      let bestNode: Node | undefined;
      let bestCount = 0;
      for (;;) {
        if (node.entries || node.block) {
          bestEnd = end;
          bestNode = node;
          bestCount = texts.length;
        }
        if (!node.next) break;
        NEXT_TOKEN_RE.lastIndex = end;
        const nm = NEXT_TOKEN_RE.exec(s);
        if (!nm) break;
        const t = nm[1]!;
        const nn = node.next.get(ascii ? t.toLowerCase() : fold(t));
        if (!nn) break;
        node = nn;
        texts.push(t);
        end = nm.index + nm[0].length;
      }
      if (!bestNode || bestEnd < 0) continue;
      consumedTo = bestEnd;
      if (bestNode.block || !bestNode.entries) continue;
      const toks = texts.slice(0, bestCount);
      const ok = bestNode.entries.filter((e) => caseOk(e, toks));
      if (ok.length === 0) {
        consumedTo = pos + 1;
        continue;
      }
      const text = s.slice(pos, bestEnd);
      if (ok.length === 1) {
        // (most names have one entry: no sets to build)
        const e = ok[0]!;
        out.push({ code: e.code, kind: e.kind, start: pos, end: bestEnd, tokStart: -1, tokEnd: -1, text, ambiguous: e.ambiguous, alternatives: [] });
        continue;
      }
      const kinds = new Set(ok.map((e) => e.kind));
      // a capitalised word that is both a country's name and, in another language, its adjective is the name ("Italien",
      // "Syrien", "Armenien" in German; French "italien", "syrien", "arménien" are written in lower case)
      if (kinds.has('name') && kinds.has('demonym') && /^\p{Lu}/u.test(text) && ok.every((e) => e.kind !== 'demonym' || ok.some((n) => n.kind === 'name' && n.code === e.code))) kinds.delete('demonym');
      for (const kind of kinds) {
        const es = ok.filter((e) => e.kind === kind);
        const cs = [...new Set(es.map((e) => e.code))];
        out.push({
          code: cs[0]!,
          kind,
          start: pos,
          end: bestEnd,
          tokStart: -1,
          tokEnd: -1,
          text,
          ambiguous: es.every((e) => e.ambiguous),
          alternatives: cs.slice(1),
        });
      }
    }
    return out;
  }

  /** The entries' first words as a char-code trie (ASCII words only): `firstNext[node * 36 + c]` is the next node + 1
   * (0: none) for c in a–z (0–25) and 0–9 (26–35); `firstNodes[node]` is the name trie's node of the first word that
   * ends there (undefined where none does). */
  private firstNext: Uint16Array | Uint32Array | null = null;
  private firstNodes: Array<Node | undefined> = [];
  private firstSize = -1;

  private firstTrie(): void {
    const first = this.root.next!;
    const words = [...first.keys()].filter((w) => /^[a-z0-9]+$/.test(w));
    const chars = words.reduce((n, w) => n + w.length, 0) + 1;
    const next = chars < 0xffff ? new Uint16Array(chars * 36) : new Uint32Array(chars * 36);
    const firstNodes: Array<Node | undefined> = new Array<Node | undefined>(chars);
    let nodes = 1;
    for (const w of words) {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        const k = node * 36 + (c >= 97 ? c - 97 : c - 48 + 26);
        if (next[k] === 0) next[k] = ++nodes; // (node number nodes - 1, stored plus one)
        node = next[k]! - 1;
      }
      firstNodes[node] = first.get(w);
    }
    this.firstNext = next;
    this.firstNodes = firstNodes;
    this.firstSize = first.size;
  }

  /**
   * The capitalised words of ASCII text `s` (no '_'; `low` its lower case) that open some entry, pushed to `starts`: each
   * word `\b[A-Z][A-Za-z0-9]*` finds is walked by char code through the first words' trie, with no lower-cased copy.
   */
  private capStartsAscii(s: string, low: string, starts: Array<[number, string, Node?]>): void {
    if (this.firstNext === null || this.firstSize !== this.root.next!.size) this.firstTrie();
    const next = this.firstNext!;
    const firstNodes = this.firstNodes;
    const re = CAP_WORD_ASCII_RE;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      const a = m.index;
      const b = a + m[0].length;
      let node = 0;
      for (let j = a; j < b && node >= 0; j++) {
        const d = low.charCodeAt(j);
        node = next[node * 36 + (d >= 97 ? d - 97 : d - 48 + 26)]! - 1;
      }
      const known = node >= 0 ? firstNodes[node] : undefined;
      if (known) starts.push([a, m[0], known]);
    }
  }

  private lowerRe: RegExp | null = null;
  private lowerReSize = -1;

  /**
   * [start, end) pairs of the words of ASCII text `l` (lower case, no '_') that are lower-case
   * starts: the same words as LOWER_WORD_RE + a Set lookup. In such text `\b` is the
   * letter/number boundary, so one word-bounded trie regex of the starts finds exactly them.
   * (Measured: about twice as fast as walking the words by char code, once compiled.)
   */
  private lowerStartWords(l: string): number[] {
    if (!this.lowerRe || this.lowerReSize !== this.lowerStarts.size) {
      const words = [...this.lowerStarts].filter((w) => /^[a-z][a-z0-9]*$/.test(w)); // others cannot occur in ASCII text
      this.lowerRe = new RegExp(`\\b(?:${trieRegexSource(words)})\\b`, 'g');
      this.lowerReSize = this.lowerStarts.size;
    }
    const re = this.lowerRe;
    const out: number[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(l)) !== null) out.push(m.index, m.index + m[0].length);
    return out;
  }

  /** Context that speaks against an ambiguous name meaning the country (e.g. Atlanta for Georgia). */
  contextAgainst(code: string, doc: string): boolean {
    const re = CONTEXT_AGAINST[code];
    return re ? re.test(doc) : false;
  }

  /** Display name in English ("Mali"). */
  nameOf(code: string): string | null {
    return this.names.get(code.toUpperCase()) ?? null;
  }

  isIso(code: string): boolean {
    return this.isoCodes.has(code.toUpperCase());
  }

  /** A country by name, ISO alpha-2/alpha-3 code, demonym or capital; any case; accents optional. */
  lookup(query: string): string | null {
    const q = String(query ?? '').trim();
    if (!q) return null;
    const up = q.toUpperCase();
    if (/^[A-Za-z]{2}$/.test(q) && this.isoCodes.has(up)) return up;
    if (/^[A-Za-z]{3}$/.test(q) && this.alpha3.has(up)) {
      const byName = this.exact(q);
      return byName ?? this.alpha3.get(up) ?? null;
    }
    return this.exact(q);
  }

  private exact(q: string): string | null {
    const k = keyTokens(q).join(' ');
    let list = this.allNames.get(k);
    if (!list || list.length === 0) {
      // "cote divoire" for "Côte d'Ivoire": compare without spaces
      const c = k.replace(/ /g, '');
      for (const [key, l] of this.allNames) if (key.replace(/ /g, '') === c) {
        list = l;
        break;
      }
    }
    if (!list || list.length === 0) return null;
    const rank: Record<MentionKind, number> = { name: 0, demonym: 1, place: 2, metonym: 3, agency: 4 };
    const best = [...list].sort((a, b) => rank[a.kind] - rank[b.kind])[0];
    return best ? best.code : null;
  }

  /** Closest country names by edit distance (names, demonyms and capitals), best first. */
  suggest(query: string, n = 5): Array<{ code: string; name: string; distance: number }> {
    const q = keyTokens(String(query ?? '')).join(' ');
    if (!q) return [];
    const best = new Map<string, number>();
    for (const [k, list] of this.allNames) {
      if (Math.abs(k.length - q.length) > Math.max(3, q.length)) continue;
      const d = editDistance(q, k, Math.max(q.length, 4));
      for (const e of list) {
        const prev = best.get(e.code);
        if (prev === undefined || d < prev) best.set(e.code, d);
      }
    }
    return [...best.entries()]
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, Math.max(0, n))
      .map(([code, distance]) => ({ code, name: this.nameOf(code) ?? code, distance }));
  }

  /** State Department Country-Tag (FIPS-style) code → ISO alpha-2, or null. */
  fipsToIso(code: string): string | null {
    const c = String(code ?? '').trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(c)) return null;
    const mapped = this.fipsMap.get(c);
    if (mapped) return mapped;
    // an ISO code that no other country uses as its FIPS code is the same in both systems
    for (const [, iso] of this.fipsMap) if (iso === c) return null; // c is a country whose FIPS differs
    return this.isoCodes.has(c) ? c : null;
  }
}


function caseOk(e: Entry, toks: string[]): boolean {
  if (e.caseRule === 'any') return true;
  const t0 = toks[0] ?? '';
  const c = t0.charCodeAt(0);
  const upper = c >= 65 && c <= 90 ? true : c < 128 ? false : t0[0] !== t0[0]!.toLowerCase();
  if (!upper) return false;
  if (e.caseRule === 'upper') for (const t of toks) if (t !== t.toUpperCase()) return false;
  return true;
}

/** Every character of `s` is ASCII (its UTF-8 encoding is one byte per character; computed natively). */
export function isAscii(s: string): boolean {
  return Buffer.byteLength(s, 'utf8') === s.length;
}

const latinFold = new Map<string, string>();
/** Lower case with Latin diacritics removed, one character for one (offsets are kept). */
export function sameLengthFold(plain: string): string {
  // ASCII text (one native UTF-8 length count, far cheaper than a character-class scan) only needs lower case
  if (isAscii(plain)) return plain.toLowerCase();
  let low = plain.toLowerCase();
  if (low.length !== plain.length) {
    let o = '';
    for (const ch of plain) {
      const l = ch.toLowerCase();
      o += l.length === ch.length ? l : ch;
    }
    low = o;
  }
  if (!/[\u00C0-\u024F\u1E00-\u1EFF]/.test(low)) return low;
  return low.replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (c) => {
    let f = latinFold.get(c);
    if (f === undefined) {
      const d = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      f = d.length === 1 ? d : c;
      latinFold.set(c, f);
    }
    return f;
  });
}

/** Levenshtein distance with an early cut-off. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > max) return max + 1;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[n]!;
}
