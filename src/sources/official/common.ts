import type { CountryCode, Finding, IssuerCode, Level, TextFormat, Trust } from '../../domain/types.js';
import { lookupCountry } from '../../classify/index.js';
import { SourceError } from '../../errors.js';
import { contentHash } from '../hash.js';
import { fetchDocument, type HttpOptions } from '../http.js';
import type { FeedItem, FeedSource, FetchState, PollResult } from '../types.js';

/** What a source remembers between polls (FetchState.memo); each reader keeps its own keys. */
export type Memo = Record<string, unknown>;

/** What a reader is given besides the document: the source, its memo, and a polite GET for follow-ups. */
export interface ReadContext {
  sourceId: string;
  /** The URL the document came from, after redirects. */
  url: string;
  issuer: IssuerCode | null;
  country: CountryCode | null;
  trust: Trust;
  /** The memo of the last good poll, copied: change it freely, it is stored only when the poll succeeds. */
  memo: Memo;
  /** GET a follow-up document (per-country pages) with the source's HTTP settings. */
  fetchText(url: string, accept?: string): Promise<string>;
  signal?: AbortSignal;
}

export interface ReadResult {
  items: FeedItem[];
  /**
   * How many countries the document lists, for the collapse guard; null for event streams
   * (embassy alerts, news) and short "recently changed" lists, where a small count is normal.
   */
  countries: number | null;
  /** The document is a mirror known to serve outdated or inconsistent copies: confirm level changes. */
  inconsistentMirror?: boolean;
  /**
   * Follow-up documents are still owed (a per-country fetch failed, or the per-poll cap was reached):
   * the validators and body hash are not kept, so the next poll reads the same index again.
   */
  incomplete?: boolean;
}

/** One government feed format: document in, items out. */
export interface OfficialReader {
  readonly kind: string;
  readonly accept?: string;
  read(body: string, ctx: ReadContext): Promise<ReadResult>;
}

export interface OfficialSourceOptions {
  id: string;
  url: string;
  issuer: IssuerCode | null;
  country: CountryCode | null;
  trust: Trust;
  http: HttpOptions;
  /** Refuse a document listing fewer than this share of the countries of the last good one (default 0.5). */
  minCountryRatio?: number;
  /** Hold a level change until the next fetch shows it again (default: only for inconsistent mirrors). */
  confirmLevelChanges?: boolean;
  /** Operators are told when the content has not changed for this long (null: never). */
  staleAfterMs?: number | null;
}

/** The collapse guard only applies once a source has listed at least this many countries. */
const GUARD_MIN_COUNTRIES = 10;

/**
 * An official government source: conditional GET of the main document (an unchanged body is
 * `not_modified`), the format's reader, then the safety checks: an empty document, or one listing far
 * fewer countries than the last good fetch, is a `suspicious_content` failure (the poller records a
 * failure and keeps the state), and level changes from an inconsistent mirror wait for confirmation.
 */
export class OfficialSource implements FeedSource {
  readonly kind: string;
  readonly id: string;
  readonly url: string;
  readonly staleAfterMs: number | null;

  constructor(
    private readonly reader: OfficialReader,
    private readonly opts: OfficialSourceOptions,
  ) {
    this.kind = reader.kind;
    this.id = opts.id;
    this.url = opts.url;
    this.staleAfterMs = opts.staleAfterMs ?? null;
  }

  async poll(state: FetchState, signal?: AbortSignal): Promise<PollResult> {
    const http: HttpOptions = this.reader.accept ? { ...this.opts.http, accept: this.reader.accept } : this.opts.http;
    const res = await fetchDocument(this.opts.url, state, http, signal);
    if (res.status === 'not_modified') return { kind: 'not_modified', state: res.state };
    if (state.bodyHash !== null && res.state.bodyHash === state.bodyHash) return { kind: 'not_modified', state: res.state };
    return readDocument(this.reader, res.body, { ...this.opts, url: res.url }, state, {
      ...res.state,
      memo: state.memo ?? null,
    }, signal);
  }
}

/**
 * Reads one fetched (or replayed) document with the safety checks; `next` is the fetch state to
 * return on success (validators and body hash of this fetch).
 */
export async function readDocument(
  reader: OfficialReader,
  body: string,
  opts: Omit<OfficialSourceOptions, 'staleAfterMs'>,
  prev: FetchState,
  next: FetchState,
  signal?: AbortSignal,
): Promise<PollResult> {
  if (body.replace(/^\ufeff/, '').trim() === '') {
    throw new SourceError('suspicious_content', `${opts.url} returned an empty document; kept the last good state`, { details: { url: opts.url } });
  }
  const memo: Memo = structuredClone(prev.memo ?? {});
  const ctx: ReadContext = {
    sourceId: opts.id,
    url: opts.url,
    issuer: opts.issuer,
    country: opts.country,
    trust: opts.trust,
    memo,
    signal,
    fetchText: async (url, accept) => {
      const r = await fetchDocument(url, { etag: null, lastModified: null, bodyHash: null, lastItemCount: null }, accept ? { ...opts.http, accept } : opts.http, signal);
      if (r.status !== 'ok') throw new SourceError('http_status', `unexpected 304 from ${url} to an unconditional request`);
      return r.body;
    },
  };
  const result = await reader.read(body, ctx);

  if (result.countries !== null) {
    const last = typeof memo.countries === 'number' ? memo.countries : null;
    if (result.countries === 0) {
      throw new SourceError('suspicious_content', `${opts.url} lists no countries at all${last ? ` (the last good fetch listed ${last})` : ''}; treated as a failed fetch`, {
        details: { url: opts.url, countries: 0, lastCountries: last },
      });
    }
    const ratio = opts.minCountryRatio ?? 0.5;
    if (last !== null && last >= GUARD_MIN_COUNTRIES && result.countries < last * ratio) {
      throw new SourceError(
        'suspicious_content',
        `${opts.url} lists ${result.countries} countries where the last good fetch listed ${last}; treated as a failed (truncated or broken) fetch`,
        { details: { url: opts.url, countries: result.countries, lastCountries: last } },
      );
    }
    memo.countries = result.countries;
  }

  const confirm = opts.confirmLevelChanges ?? result.inconsistentMirror ?? false;
  const items = confirm ? holdUnconfirmedLevels(result.items, memo) : result.items;
  // A change awaiting confirmation needs the next fetch read even when the body is identical.
  const awaiting = confirm && Object.keys((memo.confirm as Confirmations | undefined)?.pending ?? {}).length > 0;
  const validators = result.incomplete || awaiting ? { etag: null, lastModified: null, bodyHash: null } : {};
  return { kind: 'items', items, state: { ...next, ...validators, lastItemCount: result.countries ?? items.length, memo } };
}

interface Confirmations {
  levels: Record<string, number>;
  pending: Record<string, number>;
}

/**
 * Level changes wait for a second sighting: an item whose structured level differs from the last one
 * published for its key is held back (not published) until the next fetch shows the same level.
 * The first sighting of a key is published at once (it is the baseline).
 */
export function holdUnconfirmedLevels(items: FeedItem[], memo: Memo): FeedItem[] {
  const c = (memo.confirm as Confirmations | undefined) ?? { levels: {}, pending: {} };
  const out: FeedItem[] = [];
  const pending: Record<string, number> = {};
  for (const item of items) {
    const level = item.structured?.[0]?.level ?? null;
    if (level === null) {
      out.push(item);
      continue;
    }
    const last = c.levels[item.key];
    if (last === undefined || last === level || c.pending[item.key] === level) {
      c.levels[item.key] = level;
      out.push(item);
    } else {
      pending[item.key] = level;
    }
  }
  memo.confirm = { levels: c.levels, pending };
  return out;
}

// ---------------------------------------------------------------------------------------------
// Building items

export interface OfficialItemInput {
  /** Stable identity within the source: the country code, or a normalized name when there is none. */
  key: string;
  country: CountryCode | null;
  issuer: IssuerCode | null;
  trust: Trust;
  level: Level | null;
  title: string;
  text: string;
  format: TextFormat;
  link: string | null;
  publishedAt: string | null;
  /** What identifies the content (level, status, text): dates and links must not be part of it. */
  hashParts: readonly string[];
  /** The words the structured level rests on ("Level 4: Do Not Travel"). */
  evidence: string;
}

/** A FeedItem with the structured finding of an official level field. */
export function officialItem(i: OfficialItemInput): FeedItem {
  const structured: Finding[] =
    i.country !== null && i.level !== null && i.issuer !== null
      ? [{ country: i.country, issuer: i.issuer, level: i.level, signals: [], evidence: i.evidence }]
      : [];
  return {
    key: i.key,
    hash: contentHash(i.hashParts),
    title: i.title,
    link: i.link,
    text: i.text,
    format: i.format,
    publishedAt: i.publishedAt,
    issuer: i.issuer,
    country: i.country,
    trust: i.trust,
    snapshot: i.country !== null && i.issuer !== null,
    ...(structured.length ? { structured } : {}),
  };
}

/** A key for a name: lower case, accents and punctuation removed ("Côte d'Ivoire" → "cote-d-ivoire"). */
export function slugKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A country from a name or a URL slug ("south-korea", "Türkiye"), via the classifier's gazetteer. */
export function countryFromName(name: string): CountryCode | null {
  const cleaned = name.replace(/[-_]+/g, ' ').replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  if (cleaned === '') return null;
  return lookupCountry(cleaned) ?? lookupCountry(name.trim()) ?? null;
}

export function asLevel(n: number): Level | null {
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : null;
}

/** Parse JSON or fail as a source would: `parse_error` for malformed (e.g. truncated) JSON. */
export function parseJson(body: string, what: string): unknown {
  try {
    return JSON.parse(body.replace(/^\ufeff/, ''));
  } catch (err) {
    const head = body.replace(/^\ufeff/, '').trimStart();
    if (head.startsWith('<')) throw new SourceError('invalid_content', `expected ${what} (JSON), got markup (an HTML or error page?)`, { cause: err });
    throw new SourceError('parse_error', `malformed ${what} JSON: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

/** Whether an XML document ends with its root's closing tag (a cut-off body is refused, not half-read). */
export function assertComplete(body: string, root: string, url: string): void {
  const tail = body.replace(/<!--[\s\S]*?-->\s*$/, '').trimEnd();
  if (!new RegExp(`</(?:[\\w.-]+:)?${root}>$`).test(tail)) {
    throw new SourceError('parse_error', `${url}: the document is truncated (no closing </${root}>)`, { details: { url } });
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}
