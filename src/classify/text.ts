/**
 * Text preparation: HTML / Markdown → plain text, Unicode normalization, paragraphs, sentences,
 * and the US change-note paragraph. Linear in the input size; no recursion.
 */
import { decodeHTML } from 'entities';
import { Tokenizer } from 'htmlparser2';
import type { TextFormat } from '../domain/types.js';
import { isAscii, sameLengthFold } from './gazetteer.js';

export interface Sentence {
  /** The sentence as it stands in the document (NFC, whitespace collapsed): used as evidence. */
  text: string;
  /** `text` with curly quotes → straight, dashes → '-', NBSP → space (same length as `text`). */
  plain: string;
  /** `plain` lower-cased, Latin diacritics removed, same length (see `matchForm`). */
  low: string;
  /** Paragraph index (0 = title when a title was given or detected). */
  para: number;
  /** Index in the document's sentence list. */
  index: number;
  /** True for the title / headline. */
  title: boolean;
  /** True for sentences of a US-style change-note paragraph ("Reissued …", "Updated to reflect …"). */
  changeNote: boolean;
  /** `text` is ASCII without '_' (so `\b` is the letter/number boundary in it). */
  ascii?: boolean;
  /** Offset of the sentence in its unit's matching form (`PrepareDraft.lows`). */
  start: number;
  /** A whole paragraph left unsplit (see `PrepareDraft.finish`). */
  whole?: boolean;
}

export interface PreparedText {
  sentences: Sentence[];
  /** Paragraph texts (plain form), in order. */
  paragraphs: string[];
  /** The change-note paragraph, if one was detected. */
  changeNote: string | null;
}

/** Elements whose start or end is a paragraph break. */
const BLOCK = new Set([
  'p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'table', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'section', 'article', 'header',
  'footer', 'aside', 'nav', 'main', 'blockquote', 'pre', 'figure', 'figcaption', 'address',
  'title', 'summary', 'details', 'form', 'fieldset', 'legend', 'body', 'html', 'item', 'entry',
  'description', 'content', 'center', 'menu', 'option', 'select', 'textarea', 'button', 'label',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas']);

/**
 * HTML → text with blank lines between block elements. Feed HTML (paragraphs, lists, links, emphasis,
 * tables, entities) takes a fast path: one `indexOf('<')` walk over the tags, text decoded by `entities`
 * (the decoder htmlparser2 itself uses). Anything else — comments, CDATA, scripts and styles, `<` that opens
 * no tag, a quote inside a tag — goes through htmlparser2's Tokenizer, whose result the fast path matches.
 */
export function htmlToText(html: string, nested = false): string {
  const text = fastHtmlToText(html) ?? tokenizedHtmlToText(html, nested);
  // HTML that arrived escaped (an RSS description holding "&lt;p&gt;…"): its tags are text now; read it once more
  if (!nested && text.includes('<') && ESCAPED_TAGS_RE.test(text)) return htmlToText(text.replace(/\n\n/g, '<br>'), true);
  return text;
}

/** Tags left in text after one reading. */
const ESCAPED_TAGS_RE = /<\/?(?:p|br|div|span|strong|em|b|i|a|ul|ol|li|h[1-6]|table|tr|td)\b[^<>]{0,200}>/i;

/** Tags the fast path reads: a name, then attributes without quotes that hold '<' or '>'. */
const SIMPLE_TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=/>"'<]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;

/** The fast path, or null when the document needs the full tokenizer. */
function fastHtmlToText(html: string): string | null {
  const out: string[] = [];
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const text = html.slice(i, end);
      out.push(text.includes('&') ? decodeHTML(text) : text);
    }
    if (lt < 0) break;
    SIMPLE_TAG_RE.lastIndex = lt;
    const m = SIMPLE_TAG_RE.exec(html);
    if (!m) return null; // a comment, a declaration, CDATA, a '<' in text, a tag we do not read simply
    const name = m[2]!.toLowerCase();
    if (SKIP.has(name)) return null;
    // (as the tokenizer path: a cell's start or end is a cell boundary, a self-closing cell a block break)
    if ((name === 'td' || name === 'th') && m[4] !== '/') out.push(CELL);
    else if (BLOCK.has(name)) out.push(BREAK);
    i = lt + m[0].length;
  }
  return finishText(out);
}

/** Both HTML paths, for the test that holds them equal. */
export const htmlPaths = { fast: (html: string): string | null => fastHtmlToText(html), tokenized: (html: string): string => tokenizedHtmlToText(html) };

/** Joined pieces → text: whitespace collapsed once, table rows of short cells joined, block breaks as blank lines. */
function finishText(out: string[]): string {
  let text = out.join('');
  // (a test first: most feed HTML has no run of spaces, and one test is cheaper than a replace that finds nothing)
  if (WS_TO_FOLD_RE.test(text)) text = text.replace(/\s{2,}|[^\S ]/g, ' ');
  if (text.includes(CELL)) text = joinCells(text);
  return breaksToBlankLines(text);
}

/** Whitespace that `finishText` folds: a run of two, or any whitespace other than a space (JavaScript's \s less the
 * space, spelt out: a listed class is tested faster than the negated one). */
const WS_TO_FOLD_RE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/**
 * Each run of block breaks, with a space on either side of each, becomes one blank line: the same as
 * `text.replace(BREAK_RE, '\n\n')`, by an `indexOf` walk (the regular expression tries every position).
 */
export function breaksToBlankLines(text: string): string {
  let i = text.indexOf(BREAK);
  if (i < 0) return text;
  let out = '';
  let last = 0;
  while (i >= 0) {
    const a = i > last && text.charCodeAt(i - 1) === 32 ? i - 1 : i;
    let b = i + 1;
    for (;;) {
      const c = text.charCodeAt(b);
      if (c === 1) b++;
      else if (c === 32 && text.charCodeAt(b + 1) === 1) b += 2;
      else if (c === 32 && text.charCodeAt(b + 1) === 32 && text.charCodeAt(b + 2) === 1) b += 3;
      else break;
    }
    if (text.charCodeAt(b) === 32) b++;
    out += text.slice(last, a) + '\n\n';
    last = b;
    i = text.indexOf(BREAK, b);
  }
  return out + text.slice(last);
}

/**
 * HTML → text through htmlparser2's Tokenizer (the Parser keeps an open-element stack with O(depth)
 * operations, which is quadratic on deep nesting).
 */
function tokenizedHtmlToText(html: string, nested = false): string {
  const out: string[] = [];
  let skipDepth = 0;
  let tag = '';
  const name = (a: number, b: number) => html.slice(a, b).toLowerCase();
  const tok = new Tokenizer(
    { decodeEntities: true },
    {
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata(a, b) {
        // CDATA in a feed holds HTML: read it as such (once: CDATA does not nest)
        if (skipDepth === 0) out.push(BREAK, nested ? html.slice(a, b) : htmlToText(html.slice(a, b), true).replace(/\n\n/g, BREAK), BREAK);
      },
      onclosetag(a, b) {
        const n = name(a, b);
        if (SKIP.has(n)) {
          if (skipDepth > 0) skipDepth--;
        } else if (n === 'td' || n === 'th') out.push(CELL);
        else if (BLOCK.has(n)) out.push(BREAK);
      },
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onopentagname(a, b) {
        tag = name(a, b);
      },
      onopentagend() {
        if (SKIP.has(tag)) skipDepth++;
        else if (tag === 'td' || tag === 'th') out.push(CELL);
        else if (BLOCK.has(tag)) out.push(BREAK);
      },
      onselfclosingtag() {
        if (BLOCK.has(tag)) out.push(BREAK);
      },
      onprocessinginstruction() {},
      ontext(a, b) {
        if (skipDepth === 0) out.push(html.slice(a, b));
      },
      ontextentity(cp) {
        if (skipDepth === 0) out.push(String.fromCodePoint(cp));
      },
    },
  );
  tok.write(html);
  tok.end();
  return finishText(out);
}

/** A table cell boundary while the text is assembled. */
const CELL = '\u0002';
const CELL_RUN_RE = /(?: ?\u0002 ?)+/;

/**
 * A table row of short cells is one line ("Kuwait - Avoid non-essential travel - Raised on June 17"), so that a
 * country and its level in one row stay together; rows of long cells (layout tables) stay paragraphs.
 */
function joinCells(text: string): string {
  return text
    .split(BREAK)
    .map((seg) => {
      if (!seg.includes(CELL)) return seg;
      const cells = seg.split(CELL_RUN_RE).map((c) => c.trim()).filter((c) => c.length > 0);
      if (cells.length >= 2 && cells.every((c) => c.length <= 150 && !/[.!?]\s+\p{Lu}/u.test(c))) return cells.join(' - ');
      return cells.join(BREAK);
    })
    .join(BREAK);
}

/** A block boundary while the text is assembled (a control character the input cannot keep). */
const BREAK = '\u0001';
const BREAK_RE = /(?: ?\u0001 ?)+/g;

/** Light Markdown stripping: headings, emphasis, links, images, code fences, quotes, list markers. */
export function markdownToText(md: string): string {
  return md
    .replace(/```[^\n]*\n?/g, '\n')
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]*)\]\[[^\]\n]*\]/g, '$1')
    .replace(/^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$/gm, '')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '\n$1\n')
    .replace(/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, '\n')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+/gm, '$1• ')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])[*_](?=\S)([^*_\n]*?\S)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(/<\/?[a-zA-Z][^>\n]*>/g, ' ')
    .replace(/^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/gm, '')
    .replace(/\|/g, ' \n ');
}

/**
 * Map each character to a matching form of the same length: straight quotes, ASCII dashes, plain spaces. French guillemets
 * set with a space inside ("« Tous les voyages … »") become quotes set as in English, the space moved outside (' "Tous …" '),
 * so that a quotation opening a sentence opens it ("… en 2011. « Le drapeau …" is two sentences) and reads as one without.
 */
export function plainForm(s: string, ascii = false): string {
  // in ASCII text only the backtick has another form (one memchr instead of four passes)
  if (ascii) return joinBrokenPrefix(s.includes('`') ? s.replace(/`/g, "'") : s);
  if (s.includes('\u00AB') || s.includes('\u00BB')) s = s.replace(/\u00AB[\u00A0\u202F ]/g, ' "').replace(/[\u00A0\u202F ]\u00BB/g, '" ');
  return joinBrokenPrefix(s
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, ' '));
}

/** A hyphenated "non-" split by a line wrap or a typo, "non- emergency employees", joined again with the space moved
 * after the word, so that the length and every other offset stay. */
function joinBrokenPrefix(s: string): string {
  if (s.includes('on- ')) s = s.replace(/\b([Nn]on)- ([a-z]+)/g, '$1-$2 ');
  // (… and so is an editor's bracketed ending inside a quotation, "advise[s] against", the brackets moved after the word)
  return s.includes('[') ? s.replace(/([a-z])\[([a-z]{1,3})\](?=[\s,.;:])/g, '$1$2  ') : s;
}

/**
 * Lower case with Latin diacritics removed, keeping the length (one character for one), so that
 * offsets in the matching form are offsets in the sentence and ASCII regexes need no \\p classes.
 */
export const matchForm = sameLengthFold;

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'ste', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpt', 'maj', 'adm', 'gov', 'sen',
  'rep', 'reps', 'no', 'nos', 'vol', 'e.g', 'i.e', 'eg', 'ie', 'cf', 'vs', 'v', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'prof',
  'ft', 'mt', 'pres', 'amb', 'hon', 'rev', 'fr', 'sgt', 'art', 'abs', 'nr', 'bzw', 'ca', 'vgl', 'z.b', 'u.a',
  'd.h', 'sig', 'dott', 'ing', 'avv', 'on', 'mme', 'mlle', 'tel', 'ext', 'fig', 'ch', 'pp', 'p', 'para', 'al',
  'et al', 'etc.', 'dept', 'min', 'max', 'est', 'u.s', 'u.k', 'u.n', 'u.a.e', 'd.c', 'n.b', 'a.m', 'p.m',
]);
/** After "U.S." and similar, a split only happens before a typical sentence opener. */
const OPENERS = new Set([
  'The', 'This', 'These', 'Those', 'That', 'It', 'Its', 'They', 'We', 'He', 'She', 'In', 'On', 'At', 'As', 'A', 'An',
  'But', 'However', 'There', 'If', 'For', 'Our', 'You', 'Your', 'Some', 'Many', 'All', 'No', 'According', 'Meanwhile',
]);

const LETTER_RE = /\p{L}/u;
/** `p[k]` is a letter or a period (ASCII by char code, the rest by the Unicode class). */
function letterOrDot(p: string, k: number): boolean {
  const c = p.charCodeAt(k);
  if (c < 128) return c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_RE.test(p[k] ?? '');
}

/**
 * Split one paragraph (plain form) into sentence ranges. Survives abbreviations, initials,
 * "U.S." and decimal numbers. Linear.
 */
const SPLIT_RE = /([.!?]+)(["')\]]*)(\s+)(?=["'(\[]?[\p{Lu}\p{N}•])|\s+•\s+/gu;
/** The same split for ASCII text (no Unicode classes; '•' cannot occur in it). */
const SPLIT_ASCII_RE = /([.!?]+)(["')\]]*)(\s+)(?=["'(\[]?[A-Z0-9])/g;

/** The day of a German ordinal date before its period ("22" in "den 22. Oktober"), and the month after it. */
const GERMAN_DAY_RE = /(?:^|[^\p{L}\p{N}.])(?:[1-9]|[12]\d|3[01])$/u;
const GERMAN_MONTH_RE = /^\s+(?:januar|j[äa]nner|februar|m[äa]rz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/i;

export function splitSentences(p: string, ascii = false): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  const re = ascii ? SPLIT_ASCII_RE : SPLIT_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p)) !== null) {
    const end = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    if (m[1] === undefined) {
      // bullet separator
      if (m.index > start) ranges.push([start, m.index]);
      start = m.index + m[0].length;
      continue;
    }
    if (m[1] === '.' && !(m[2] ?? '')) {
      // a German ordinal date ("am 22. Oktober") goes on
      // (the day ends in a digit just before the period: most periods are tested no further)
      const pc = p.charCodeAt(m.index - 1);
      if (pc >= 48 && pc <= 57 && GERMAN_DAY_RE.test(p.slice(Math.max(start, m.index - 3), m.index)) && GERMAN_MONTH_RE.test(p.slice(end, end + 12))) continue;
      // the word before the period
      let k = m.index - 1;
      while (k >= start && k >= m.index - 12 && letterOrDot(p, k)) k--;
      const word = p.slice(k + 1, m.index);
      // (a word longer than any abbreviation, with no inner period, ends the sentence: most words do)
      if (word.length > 6 && !word.includes('.')) {
        ranges.push([start, end]);
        start = end + (m[3]?.length ?? 0);
        continue;
      }
      const lw = word.toLowerCase();
      if (word.length === 1 && /\p{Lu}/u.test(word)) continue; // initial "J. Smith"
      const dot = lw.lastIndexOf('.');
      if (ABBREV.has(lw) || (dot >= 0 && ABBREV.has(lw.slice(dot + 1)))) {
        if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || lw === 'u.s' || lw === 'u.k' || lw === 'd.c') {
          const next = /^\s*([\p{L}]+)/u.exec(p.slice(end, end + 30));
          if (!next || !OPENERS.has(next[1] ?? '')) continue;
        } else continue;
      } else if (dot >= 0 && /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
        const next = /^\s*([\p{L}]+)/u.exec(p.slice(end, end + 30));
        if (!next || !OPENERS.has(next[1] ?? '')) continue;
      }
    }
    ranges.push([start, end]);
    start = end + (m[3]?.length ?? 0);
  }
  if (start < p.length) ranges.push([start, p.length]);
  return ranges;
}

const CHANGE_NOTE_RE =
  /^(?:last update:\s*|reissued statement:\s*)?(?:reissued|updated|there (?:were|was|are|is) no changes?|the advisory level|advisory level|level \d|the travel advisory level)/i;

/** Normalize raw input to NFC text with paragraph breaks ("\n\n"). */
export function toPlainText(text: string, format: TextFormat | undefined): string {
  return plainTextOf(text, format).text;
}

/** Control characters other than tab and line ends, and the invisible ones that break messages. */
const CONTROL_ALL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD\u200B-\u200D\u2060\uFEFF]/g;

/** `s` without control characters (each becomes a space): for text that leaves the classifier. */
export function printable(s: string): string {
  CONTROL_ALL_RE.lastIndex = 0;
  return CONTROL_ALL_RE.test(s) ? s.replace(CONTROL_ALL_RE, ' ') : s;
}

function plainTextOf(text: string, format: TextFormat | undefined): { text: string; ascii: boolean; clean: boolean } {
  let t = typeof text === 'string' ? text : String(text ?? '');
  if (format === 'html') t = htmlToText(t);
  else if (format === 'markdown') t = markdownToText(t);
  // ASCII text needs neither NFC, nor the quote/dash/space map, nor the Latin fold: one native length count
  // tells (a character-class scan costs more than the whole plain keyword scan). Control characters in it
  // are left alone here (they are no letters, so no word changes); evidence drops them (see `printable`).
  if (isAscii(t)) return { text: t, ascii: true, clean: true };
  try {
    t = t.normalize('NFC');
  } catch {
    /* lone surrogates are fine as they are */
  }
  // control characters and replacement characters become spaces
  return { text: printable(t), ascii: false, clean: false };
}

const LOWER_START_RE = /^\p{Ll}/u;
const WS_ANY_RE = / {2}|[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;

/** A line's last word that no sentence or heading ends on: an article, a preposition or a conjunction (en/fr/de/it). */
const WRAPPED_END_RE = /(?:^|\s)(?:to|the|a|an|of|in|and|or|for|from|with|at|by|on|into|that|de|du|des|la|le|les|et|au|aux|en|der|die|das|dem|den|und|von|zu|nach|il|di|del|della|per|con)$/;

/** Group lines into paragraphs: blank lines always break; a single newline breaks unless the
 * line continues a sentence (next line starts lower-case and this one does not end a sentence). */
export function paragraphsOf(t: string, cleanAscii = false): string[] {
  // only runs of two or more, or whitespace other than a space, need replacing (most text has neither)
  // (a run of two or more is either two spaces or holds one of the other whitespace characters: test before replacing;
  // in clean ASCII text — no control characters but tab and line ends — those are two spaces or a tab)
  const needs = cleanAscii ? t.includes('  ') || t.includes('\t') || t.includes('\v') || t.includes('\f') : WS_ANY_RE.test(t);
  const folded = needs ? t.replace(/[^\S\n\r\u2028\u2029]{2,}|[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/g, ' ') : t;
  const lines = cleanAscii && !folded.includes('\r') ? folded.split('\n') : folded.split(/\r\n|\r|\n|\u2028|\u2029/);
  const paras: string[] = [];
  let cur = '';
  // hard-wrapped text (wire copy, e-mail: most lines 45–80 characters long, no blank line between them): a line that ends no
  // sentence goes on on the next, whatever that starts with ("… from \"Do Not Travel\" to \"Reconsider" / "Travel,\" citing …")
  let wrapped = false;
  if (lines.length >= 6) {
    let n = 0;
    let mid = 0;
    for (const raw of lines) {
      const len = raw.trim().length;
      if (len === 0) continue;
      n++;
      if (len >= 45 && len <= 80) mid++;
    }
    wrapped = n >= 6 && mid >= 0.6 * n;
  }
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      if (cur) paras.push(cur);
      cur = '';
      continue;
    }
    if (!cur) {
      cur = line;
      continue;
    }
    const last = cur.charCodeAt(cur.length - 1);
    const endsSentence = last === 46 || last === 33 || last === 63 || last === 58 || last === 59 || last === 34 || last === 39 || last === 0x201d || last === 0x2019 || last === 41 || last === 93;
    const c0 = line.charCodeAt(0);
    const continues = !endsSentence && (c0 >= 97 && c0 <= 122 ? true : c0 < 128 ? false : LOWER_START_RE.test(line));
    // (a line that ends on a word no sentence or heading ends on goes on, whatever the next line starts with: hard-wrapped text,
    // "U.S. citizens should defer all travel to" / "Bangkok and defer …")
    if (continues || ((last === 44 || last === 45 || (wrapped && !endsSentence)) && !/^[•*\-]/.test(line)) || (!endsSentence && last >= 97 && last <= 122 && WRAPPED_END_RE.test(cur.slice(-8)))) cur += ' ' + line;
    else {
      paras.push(cur);
      cur = line;
    }
  }
  if (cur) paras.push(cur);
  return paras;
}

/** A page's label for its advice level, on a line of its own ("Security Status", "Risk level"). */
const LEVEL_LABEL_RE =
  /^(?:(?:current |overall |our )?(?:security status|risk level|overall (?:risk )?level|advice level|travel advice level|level of advice|alert level|travel advisory level|security level)|niveau de (?:risque|vigilance)|livello di (?:rischio|allerta)|sicherheitsstufe|risikostufe)\s*:?$/i;

/** A level label and the short value on the next line are one statement: "Security Status: High Degree of Caution". */
function joinLabels(paras: string[]): string[] {
  let out: string[] | null = null;
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k]!;
    const next = paras[k + 1];
    if (next !== undefined && p.length < 40 && LEVEL_LABEL_RE.test(p) && next.length < 90 && !/[.!?]$/.test(next)) {
      out ??= paras.slice(0, k);
      out.push(`${p.replace(/\s*:?$/, '')}: ${next}`);
      k++;
      continue;
    }
    out?.push(p);
  }
  return out ?? paras;
}

export interface PrepareOptions {
  format?: TextFormat | undefined;
  title?: string | undefined;
  /** Cap on characters analysed (the rest is ignored). */
  maxChars?: number;
}

/** Prepare a document: paragraphs, sentences (with original and matching forms), change note. */
export function prepare(text: string, opts: PrepareOptions = {}): PreparedText {
  return prepareDraft(text, opts).finish();
}

/**
 * A document prepared up to its paragraphs: sentences are built per unit (the title, then each
 * paragraph) on demand, so a caller can test a unit's matching form first and build only the
 * sentences it needs; `finish()` builds the rest and numbers them all. A unit's sentences have the
 * same text and matching forms whether built early or by `finish()`.
 */
export interface PrepareDraft {
  /** Matching form of each unit (unit 0 is the title when there is one); every sentence's `low` is a slice of its unit's. */
  readonly lows: readonly string[];
  /** Paragraph texts (plain form), as in the finished `PreparedText`. */
  readonly paragraphs: readonly string[];
  /** The sentences of unit `k` (built once; `index` is final only after `finish()`). */
  sentencesOf(k: number): Sentence[];
  /**
   * Number every sentence. A unit for which `whole(k)` is true and whose sentences were not built yet
   * stays one sentence (a paragraph the caller needs only as a whole).
   */
  finish(whole?: (k: number) => boolean): PreparedText;
}

interface Unit {
  text: string;
  plain: string;
  low: string;
  para: number;
  isTitle: boolean;
  isHeadline: boolean;
  isNote: boolean;
  sentences: Sentence[] | null;
}

export function prepareDraft(text: string, opts: PrepareOptions = {}): PrepareDraft {
  const max = opts.maxChars ?? 2_000_000;
  const pt = plainTextOf(text, opts.format);
  let t = pt.text;
  if (t.length > max) t = t.slice(0, max);
  const paras = joinLabels(paragraphsOf(t, pt.clean));
  const units: Unit[] = [];
  const paragraphs: string[] = [];
  let paraIndex = 0;
  let changeNote: string | null = null;
  const title = opts.title ? toPlainText(opts.title, 'text').replace(/\s+/g, ' ').trim() : '';
  if (title) {
    const plain = plainForm(title);
    const low = matchForm(plain);
    const only: Sentence = { text: title, plain, low, para: 0, index: 0, title: true, changeNote: false, ascii: !/[_\u0080-\uffff]/.test(title), start: 0 };
    units.push({ text: title, plain, low, para: 0, isTitle: true, isHeadline: false, isNote: false, sentences: [only] });
    paragraphs.push(plain);
    paraIndex = 1;
  }
  // one pass of each normalisation over the whole document; paragraphs and sentences are slices
  const joined = paras.join('\n');
  const plainAll = plainForm(joined, pt.ascii);
  const lowAll = pt.ascii ? plainAll.toLowerCase() : matchForm(plainAll);
  const asciiWords = pt.ascii && !joined.includes('_');
  let off = 0;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi] ?? '';
    const plain = plainAll.slice(off, off + p.length);
    const lowP = lowAll.slice(off, off + p.length);
    off += p.length + 1;
    const isNote = pi < 4 && changeNote === null && CHANGE_NOTE_RE.test(plain.replace(/^[•*\s]+/, ''));
    if (isNote) changeNote = p;
    // a first short line without final punctuation is a headline
    const isHeadline = !title && pi === 0 && paras.length > 1 && p.length < 200 && !/[.!?]$/.test(p);
    units.push({ text: p, plain, low: lowP, para: paraIndex, isTitle: false, isHeadline, isNote, sentences: null });
    paragraphs.push(plain);
    paraIndex++;
  }
  return new Draft(units, paragraphs, changeNote, pt.ascii, asciiWords);
}

/** A prepared document, split into sentences unit by unit on demand (a class: no closures built per document). */
class Draft implements PrepareDraft {
  readonly lows: readonly string[];

  constructor(
    private readonly units: Unit[],
    readonly paragraphs: string[],
    private readonly changeNote: string | null,
    private readonly ascii: boolean,
    private readonly asciiWords: boolean,
  ) {
    this.lows = units.map((u) => u.low);
  }

  /** A unit left unsplit: one sentence, trimmed. */
  private wholeUnit(u: Unit): Sentence {
    let a = 0;
    let b = u.plain.length;
    while (a < b && u.plain.charCodeAt(a) === 32) a++;
    while (b > a && u.plain.charCodeAt(b - 1) === 32) b--;
    return { text: u.text.slice(a, b), plain: u.plain.slice(a, b), low: u.low.slice(a, b), para: u.para, index: -1, title: u.isHeadline || u.isTitle, changeNote: u.isNote, ascii: this.asciiWords, start: a, whole: true };
  }

  sentencesOf(k: number): Sentence[] {
    const u = this.units[k];
    if (!u) return [];
    if (u.sentences) return u.sentences;
    const out: Sentence[] = [];
    const { text: p, plain, low: lowP } = u;
    for (const [a0, b0] of splitSentences(plain, this.ascii)) {
      let a = a0;
      let b = b0;
      while (a < b && plain.charCodeAt(a) === 32) a++;
      while (b > a && plain.charCodeAt(b - 1) === 32) b--;
      if (a >= b) continue;
      out.push({
        text: p.slice(a, b),
        plain: plain.slice(a, b),
        low: lowP.slice(a, b),
        para: u.para,
        index: -1,
        title: u.isHeadline,
        changeNote: u.isNote,
        ascii: this.asciiWords,
        start: a,
      });
    }
    u.sentences = out;
    return out;
  }

  finish(whole?: (k: number) => boolean): PreparedText {
    const sentences: Sentence[] = [];
    for (let k = 0; k < this.units.length; k++) {
      const u = this.units[k]!;
      if (!u.sentences && whole?.(k)) u.sentences = [this.wholeUnit(u)];
      for (const s of this.sentencesOf(k)) {
        s.index = sentences.length;
        sentences.push(s);
      }
    }
    return { sentences, paragraphs: this.paragraphs, changeNote: this.changeNote };
  }
}
