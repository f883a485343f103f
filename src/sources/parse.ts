import Parser from 'rss-parser';
import { z } from 'zod';
import type { CountryCode, IssuerCode, TextFormat, Trust } from '../domain/types.js';
import { SourceError } from '../errors.js';
import { contentHash, sha256 } from './hash.js';
import type { FeedItem } from './types.js';

/** What a parsed item inherits from its source. `baseUrl` resolves relative links (the feed's URL). */
export interface ParseContext {
  sourceId: string;
  issuer: IssuerCode | null;
  country: CountryCode | null;
  trust: Trust;
  baseUrl?: string;
}

export type FeedFormat = 'rss' | 'atom' | 'jsonfeed' | 'unknown';

/** One feed entry before it becomes a FeedItem: what the document says, categories included. */
export interface FeedEntry {
  /** guid, Atom id or dc:identifier, whichever came first; null when the entry has none. */
  id: string | null;
  title: string;
  link: string | null;
  text: string;
  format: TextFormat;
  publishedAt: string | null;
  /** Category texts, attributed ones normalized to their text ("Level 4: Do Not Travel"). */
  categories: string[];
  /** Categories that carry a `domain` attribute, by domain ({"Threat-Level": ["Level 4: Do Not Travel"]}). */
  categoriesByDomain: Record<string, string[]>;
  /** Raw values of extra item elements asked for by name (`extraFields`), e.g. "ta:warnings". */
  extra?: Record<string, unknown>;
}

const MAX_TITLE = 200;

// ---------------------------------------------------------------------------------------------
// Format sniffing

/**
 * Cheap sniffing of a document's format from its first element (or JSON Feed's version URL).
 * Skips a BOM, whitespace, the XML declaration, processing instructions, comments and a doctype.
 */
export function detectFeedFormat(body: string): FeedFormat {
  const head = stripProlog(body);
  if (head.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\/1/.test(body) ? 'jsonfeed' : 'unknown';
  const root = rootElementName(head);
  if (root === null) return 'unknown';
  const local = root.includes(':') ? root.slice(root.indexOf(':') + 1) : root;
  if (root === 'rss' || local === 'RDF') return 'rss';
  if (local === 'feed') return 'atom';
  return 'unknown';
}

function stripProlog(body: string): string {
  let s = body.replace(/^\ufeff/, '').trimStart();
  for (;;) {
    const m = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>)\s*/i.exec(s);
    if (!m) return s;
    s = s.slice(m[0].length);
  }
}

function rootElementName(head: string): string | null {
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(head);
  return m?.[1] ?? null;
}

function looksLikeHtml(body: string): boolean {
  const raw = body.replace(/^\ufeff/, '').trimStart().slice(0, 2048);
  if (/^<!DOCTYPE\s+html/i.test(raw)) return true;
  const root = rootElementName(stripProlog(raw));
  return root !== null && ['html', 'head', 'body'].includes(root.toLowerCase());
}

/** Refuse, with an operator-readable reason, a document that is not an RSS/Atom feed at all. */
function notAFeed(body: string, expected: string): SourceError {
  if (looksLikeHtml(body)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1];
    const shown = title ? ` (page title "${oneLine(stripTags(title)).slice(0, 80)}")` : '';
    return new SourceError('invalid_content', `expected ${expected}, got an HTML page${shown}; the URL may point to a web page, a login or an error page`);
  }
  const head = stripProlog(body);
  if (head.startsWith('{') || head.startsWith('[')) {
    return new SourceError('invalid_content', `expected ${expected}, got JSON`);
  }
  const root = rootElementName(head);
  if (root !== null) return new SourceError('invalid_content', `expected ${expected}, got an XML document whose root element is <${root}>`);
  return new SourceError('parse_error', `expected ${expected}, got something that is not XML (starts with "${oneLine(head.slice(0, 40))}")`);
}

// ---------------------------------------------------------------------------------------------
// RSS / Atom

interface RawItem {
  [key: string]: unknown;
  title?: unknown;
  link?: unknown;
  guid?: unknown;
  id?: unknown;
  dcIdentifier?: unknown;
  contentEncoded?: unknown;
  content?: unknown;
  summary?: unknown;
  pubDate?: unknown;
  date?: unknown;
  isoDate?: unknown;
  categories?: unknown;
}

/**
 * Parse an RSS 2.0, RSS 1.0 (RDF) or Atom document into entries (no source context). Throws
 * SourceError: `invalid_content` for an empty document, an HTML page, JSON, other XML, or an RSS
 * document without a channel; `parse_error` for malformed XML (truncated, unclosed tags).
 */
export async function parseFeedEntries(
  body: string,
  baseUrl?: string,
  opts: { extraFields?: readonly string[] } = {},
): Promise<{ title: string | null; link: string | null; entries: FeedEntry[] }> {
  if (body.trim() === '') throw new SourceError('invalid_content', 'expected an RSS or Atom feed, got an empty document');
  const format = detectFeedFormat(body);
  if (format !== 'rss' && format !== 'atom') throw notAFeed(body, 'an RSS or Atom feed');

  const parser = new Parser<Record<string, unknown>, RawItem>({
    defaultRSS: 2,
    customFields: {
      item: [
        ['content:encoded', 'contentEncoded'],
        ['dc:identifier', 'dcIdentifier'],
        ...(opts.extraFields ?? []).map((f) => [f, `extra:${f}`, { keepArray: true }] as [string, string, { keepArray: boolean }]),
      ],
    },
  });
  tolerateBadAtomDates(parser);

  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(body.replace(/^\ufeff/, ''));
  } catch (err) {
    const reason = err instanceof Error ? oneLine(err.message) : String(err);
    if (err instanceof TypeError) {
      // rss-parser dereferences channel[0] unguarded
      throw new SourceError('invalid_content', `the ${format === 'rss' ? 'RSS document has no <channel>' : 'Atom document is incomplete'} (${reason})`, { cause: err });
    }
    throw new SourceError('parse_error', `malformed ${format === 'rss' ? 'RSS' : 'Atom'} XML: ${reason}`, { cause: err });
  }

  const entries: FeedEntry[] = [];
  for (const raw of feed.items ?? []) {
    const entry = toEntry(raw, baseUrl);
    if (!entry) continue;
    if (opts.extraFields?.length) entry.extra = Object.fromEntries(opts.extraFields.map((f) => [f, raw[`extra:${f}`]]));
    entries.push(entry);
  }
  return { title: textOf(feed.title) || null, link: textOf(feed.link).trim() || null, entries };
}

/** RSS 2.0, RSS 1.0 or Atom → FeedItems carrying the source's issuer, country and trust. */
export async function parseFeedBody(body: string, ctx: ParseContext): Promise<FeedItem[]> {
  const { entries } = await parseFeedEntries(body, ctx.baseUrl);
  return toItems(entries, ctx);
}

/** Any supported feed format, sniffed: RSS/Atom or JSON Feed (used by replay on saved snapshots). */
export async function parseAnyFeedBody(body: string, ctx: ParseContext): Promise<FeedItem[]> {
  return detectFeedFormat(body) === 'jsonfeed' ? parseJsonFeedBody(body, ctx) : parseFeedBody(body, ctx);
}

function toEntry(raw: RawItem, baseUrl: string | undefined): FeedEntry | null {
  const title = oneLine(stripTags(textOf(raw.title)));
  const candidates: string[] = [raw.contentEncoded, raw.content, raw.summary].map(textOf).filter((t) => t.trim() !== '');
  let text = '';
  let best = -1;
  for (const c of candidates) {
    const len = stripTags(c).replace(/\s+/g, ' ').trim().length;
    if (len > best) {
      best = len;
      text = c;
    }
  }
  text = text.trim();
  if (title === '' && text === '') return null;

  const { categories, categoriesByDomain } = normalizeCategories(raw.categories);
  const id = textOf(raw.guid).trim() || textOf(raw.id).trim() || textOf(raw.dcIdentifier).trim() || null;
  return {
    id,
    title,
    link: resolveLink(textOf(raw.link).trim(), baseUrl),
    text,
    format: looksLikeMarkup(text) ? 'html' : 'text',
    publishedAt: parseFeedDate(textOf(raw.pubDate) || textOf(raw.date) || textOf(raw.isoDate)),
    categories,
    categoriesByDomain,
  };
}

function toItems(entries: readonly FeedEntry[], ctx: ParseContext): FeedItem[] {
  const used = new Set<string>();
  return entries.map((e) => {
    let key = e.id ?? e.link ?? `title:${sha256(e.title || e.text)}`;
    if (used.has(key)) {
      // The same guid/link twice in one document (the US feed lists some countries twice): keep both,
      // with a key that stays stable as long as the entry's own content does.
      const base = key;
      key = `${base}#${sha256(`${e.link ?? ''}\u001f${e.title}`).slice(0, 12)}`;
      for (let n = 2; used.has(key); n++) key = `${base}#${n}`;
    }
    used.add(key);
    return {
      key,
      hash: contentHash([e.title, e.text]),
      title: e.title,
      link: e.link,
      text: e.text,
      format: e.format,
      publishedAt: e.publishedAt,
      issuer: ctx.issuer,
      country: ctx.country,
      trust: ctx.trust,
    };
  });
}

/**
 * rss-parser calls `new Date(published).toISOString()` on Atom entries unguarded, so one odd date
 * rejects the whole feed with "Invalid time value". Drop unparseable published/updated values first.
 */
function tolerateBadAtomDates(parser: object): void {
  const p = parser as { parseItemAtom?: (entry: Record<string, unknown>) => unknown };
  const original = p.parseItemAtom;
  if (typeof original !== 'function') return;
  p.parseItemAtom = function (this: unknown, entry: Record<string, unknown>) {
    const clean = { ...entry };
    for (const field of ['published', 'updated']) {
      const v = clean[field];
      if (Array.isArray(v) && v.length > 0 && parseFeedDate(textOf(v[0])) === null) delete clean[field];
    }
    return original.call(this, clean);
  };
}

function normalizeCategories(value: unknown): Pick<FeedEntry, 'categories' | 'categoriesByDomain'> {
  const categories: string[] = [];
  const categoriesByDomain: Record<string, string[]> = {};
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  for (const c of list) {
    const text = oneLine(textOf(c));
    if (text === '') continue;
    categories.push(text);
    const domain = typeof c === 'object' && c !== null ? (c as { $?: { domain?: unknown } }).$?.domain : undefined;
    if (typeof domain === 'string' && domain !== '') (categoriesByDomain[domain] ??= []).push(text);
  }
  return { categories, categoriesByDomain };
}

// ---------------------------------------------------------------------------------------------
// JSON Feed 1.0 / 1.1 (https://www.jsonfeed.org/version/1.1/)

const optionalText = z.string().nullish();
const JsonFeedItemSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    url: optionalText,
    external_url: optionalText,
    title: optionalText,
    content_html: optionalText,
    content_text: optionalText,
    summary: optionalText,
    date_published: optionalText,
    date_modified: optionalText,
    tags: z.array(z.string()).nullish(),
  })
  .refine((i) => (i.content_html ?? i.content_text) != null, {
    message: 'an item needs content_html or content_text',
    path: ['content_html'],
  });

const JsonFeedSchema = z.object({
  version: z.string().regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.1)?\/?$/, 'expected "https://jsonfeed.org/version/1.1"'),
  title: z.string(),
  home_page_url: optionalText,
  feed_url: optionalText,
  items: z.array(JsonFeedItemSchema),
});

/**
 * JSON Feed → FeedItems, validated with zod. Not JSON → `parse_error`; JSON that is not a valid JSON
 * Feed → `invalid_content` naming the first offending paths ("items.2.id: …").
 */
export function parseJsonFeedBody(body: string, ctx: ParseContext): FeedItem[] {
  const trimmed = body.replace(/^\ufeff/, '').trim();
  if (trimmed === '') throw new SourceError('invalid_content', 'expected a JSON Feed, got an empty document');
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (err) {
    if (trimmed.startsWith('<')) throw notAFeed(body, 'a JSON Feed');
    throw new SourceError('parse_error', `expected a JSON Feed, got malformed JSON: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const parsed = JsonFeedSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
    const shown = issues.slice(0, 3).join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '');
    throw new SourceError('invalid_content', `invalid JSON Feed: ${shown}`, { cause: parsed.error, details: { issues } });
  }
  const feed = parsed.data;
  const base = ctx.baseUrl ?? feed.feed_url ?? feed.home_page_url ?? undefined;
  const entries: FeedEntry[] = feed.items.map((i) => {
    const html = i.content_html?.trim() ?? '';
    const plain = i.content_text?.trim() ?? '';
    const useHtml = stripTags(html).replace(/\s+/g, ' ').trim().length >= plain.replace(/\s+/g, ' ').length && html !== '';
    const text = useHtml ? html : plain || i.summary?.trim() || '';
    const title = oneLine(i.title ?? '') || firstLine(useHtml ? stripTags(text) : text);
    return {
      id: i.id,
      title,
      link: resolveLink((i.url ?? i.external_url ?? '').trim(), base),
      text,
      format: useHtml ? 'html' : 'text',
      publishedAt: parseFeedDate(i.date_published ?? i.date_modified ?? ''),
      categories: i.tags ?? [],
      categoriesByDomain: {},
    };
  });
  return toItems(entries, ctx);
}

// ---------------------------------------------------------------------------------------------
// Small text helpers (exported for the directory source and tests)

/** A string from whatever rss-parser/xml2js left: a string, `{_: text}`, a one-element array, or nothing. */
export function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.length > 0 ? textOf(v[0]) : '';
  if (v && typeof v === 'object' && '_' in v) return textOf((v as { _: unknown })._);
  return '';
}

export function stripTags(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'");
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** First non-empty line, trimmed, at most 200 characters. */
export function firstLine(text: string): string {
  for (const line of text.split(/\r?\n|\r/)) {
    const t = line.trim();
    if (t !== '') return t.length > MAX_TITLE ? t.slice(0, MAX_TITLE).trimEnd() : t;
  }
  return '';
}

function looksLikeMarkup(text: string): boolean {
  return /<\/?[A-Za-z][\w:-]*(\s[^<>]*)?\/?>|&(#\d+|#x[\da-f]+|[a-z][a-z\d]+);/i.test(text);
}

function resolveLink(link: string, baseUrl: string | undefined): string | null {
  if (link === '') return null;
  try {
    return new URL(link, baseUrl).href;
  } catch {
    return link; // relative with no base, or odd: keep what the feed said
  }
}

const MONTHS: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };

/**
 * A feed date as an ISO string, or null. Never throws. A date without a time ("Fri, 10 Jul 2026",
 * "2026-07-10") is read as that calendar day at 00:00 UTC, never through local time; a date-time
 * without a zone is read as UTC. Values outside 1970–2200 are refused as nonsense.
 */
export function parseFeedDate(value: string): string | null {
  const v = value.trim();
  if (v === '') return null;
  let ms: number;
  const rfcDay = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})$/.exec(v);
  if (rfcDay) {
    const month = MONTHS[rfcDay[2]!.toLowerCase()];
    if (month === undefined) return null;
    ms = Date.UTC(Number(rfcDay[3]), month, Number(rfcDay[1]));
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    ms = Date.parse(`${v}T00:00:00Z`);
  } else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v)) {
    ms = Date.parse(`${v.replace(' ', 'T')}Z`);
  } else if (/^(?:[A-Za-z]{3,9},?\s+)?\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}\s+\d{1,2}:\d{2}(:\d{2})?$/.test(v)) {
    ms = Date.parse(`${v} GMT`);
  } else {
    ms = Date.parse(v);
  }
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1970 || year > 2200) return null;
  return new Date(ms).toISOString();
}
