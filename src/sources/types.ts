import type { CountryCode, Finding, IssuerCode, TextFormat, Trust } from '../domain/types.js';

/**
 * One document read from a source. `key` is the item's stable identity within its source (a guid,
 * a link, a file name, or for official feeds updated in place the normalized country); `hash` is a
 * hash of its normalized content, so that an item updated in place is seen again and an unchanged
 * one is not.
 */
export interface FeedItem {
  key: string;
  hash: string;
  title: string;
  /** Where a reader can see the item: its link, or the file it came from. */
  link: string | null;
  text: string;
  format: TextFormat;
  publishedAt: string | null;
  /** The government that published it, for official feeds. */
  issuer: IssuerCode | null;
  /** The country it is about, when the source says so (an embassy feed, a per-country document). */
  country: CountryCode | null;
  trust: Trust;
  /** Findings read from structured fields (an official level), merged with the classifier's. */
  structured?: Finding[];
  /**
   * True when the item is its issuer's complete current advice for `country` (one entry per
   * country, updated in place: a State Department advisory, an FCDO page). Only such an item can
   * lower a level or lift a signal by no longer carrying it; everything else (news, embassy alerts,
   * mentions of other countries) adds to the state.
   */
  snapshot?: boolean;
}

/** What the fetch layer remembers between polls of one source (stored by the pipeline). */
export interface FetchState {
  etag: string | null;
  lastModified: string | null;
  /** Hash of the last body parsed successfully, so an unchanged body without validators is a no-op. */
  bodyHash: string | null;
  /** How many items the last good fetch yielded (sources may refuse a sudden collapse). */
  lastItemCount: number | null;
  /**
   * What a source needs to remember between polls beyond validators (e.g. level changes awaiting
   * confirmation by the next fetch, per-country update stamps). Stored as JSON; keep it small.
   */
  memo?: Record<string, unknown> | null;
}

export type PollResult =
  | { kind: 'items'; items: FeedItem[]; state: FetchState }
  | { kind: 'not_modified'; state: FetchState };

/**
 * The source port. `poll` fetches and parses once. A failure throws a SourceError (see
 * src/errors.ts) with a code such as 'fetch_timeout', 'http_status', 'too_large', 'parse_error';
 * the caller records it in the source's health state and backs off.
 */
export interface FeedSource {
  readonly id: string;
  readonly kind: string;
  /**
   * Operators are told (once, and once when it changes again) when the source's content has not
   * changed for this long: a 304 or an identical body for implausibly long. Absent/null: never.
   */
  readonly staleAfterMs?: number | null;
  poll(state: FetchState, signal?: AbortSignal): Promise<PollResult>;
}

export const EMPTY_FETCH_STATE: FetchState = { etag: null, lastModified: null, bodyHash: null, lastItemCount: null };
