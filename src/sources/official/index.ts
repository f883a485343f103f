/**
 * The official government sources (issue 6): one reader per government, and the recognition of
 * each feed from its content, for replaying saved snapshots.
 */
import type { SourceConfig } from '../../config/schema.js';
import { SourceError } from '../../errors.js';
import type { FeedItem, FetchState, PollResult } from '../types.js';
import { australiaItems, looksLikeSmartraveller, smartravellerReader } from './australia.js';
import { canadaItems, canadaReader, looksLikeCanada } from './canada.js';
import { type OfficialReader, readDocument } from './common.js';
import { germanyItems, germanyReader, looksLikeGermany } from './germany.js';
import { looksLikeUkFcdo, ukCountryItem, ukFcdoReader } from './uk-fcdo.js';
import { embassyItems, looksLikeEmbassyFeed, usEmbassyReader } from './us-embassy.js';
import { looksLikeUsState, usStateReader } from './us-state.js';

export { OfficialSource } from './common.js';

type OfficialConfig = Extract<SourceConfig, { type: 'us-state-dept' | 'us-embassy' | 'uk-fcdo' | 'ca-travel' | 'au-smartraveller' | 'de-auswaertiges-amt' }>;

export function readerFor(s: OfficialConfig): OfficialReader {
  switch (s.type) {
    case 'us-state-dept':
      return usStateReader;
    case 'us-embassy':
      return usEmbassyReader;
    case 'uk-fcdo':
      return ukFcdoReader({ contentUrl: s.contentUrl, maxFetchPerPoll: s.maxFetchPerPoll });
    case 'ca-travel':
      return canadaReader({ language: s.language });
    case 'au-smartraveller':
      return smartravellerReader;
    case 'de-auswaertiges-amt':
      return germanyReader;
  }
}

export type OfficialKind = 'us-state-dept' | 'us-embassy' | 'uk-fcdo' | 'ca-travel' | 'au-smartraveller' | 'de-auswaertiges-amt';

/** Which official feed a saved document is, from its content (channel title/link, JSON shape); null if none. */
export function detectOfficialFeed(body: string): OfficialKind | null {
  if (looksLikeUsState(body)) return 'us-state-dept';
  if (looksLikeEmbassyFeed(body)) return 'us-embassy';
  if (looksLikeSmartraveller(body)) return 'au-smartraveller';
  if (looksLikeUkFcdo(body)) return 'uk-fcdo';
  if (looksLikeGermany(body)) return 'de-auswaertiges-amt';
  if (looksLikeCanada(body)) return 'ca-travel';
  return null;
}

const ISSUERS: Record<OfficialKind, string> = {
  'us-state-dept': 'US',
  'us-embassy': 'US',
  'uk-fcdo': 'GB',
  'ca-travel': 'CA',
  'au-smartraveller': 'AU',
  'de-auswaertiges-amt': 'DE',
};

/**
 * A saved snapshot of an official feed read as that source would read it (replay): structured levels,
 * issuer, the safety checks and the memo (confirmations) carried from step to step. The UK index
 * cannot be followed offline: a folder of UK snapshots holds the per-country content JSON documents.
 */
export async function readOfficialSnapshot(kind: OfficialKind, body: string, sourceId: string, prev: FetchState, next: FetchState): Promise<PollResult> {
  const issuer = ISSUERS[kind];
  const reader: OfficialReader =
    kind === 'uk-fcdo'
      ? {
          kind,
          async read(b) {
            const data = JSON.parse(b) as Record<string, unknown>;
            const item = looksLikeUkFcdo(b) === 'country' ? ukCountryItem(data, { trust: 'official', issuer }) : null;
            if (!item) throw new SourceError('invalid_content', 'a UK snapshot must be a per-country content JSON document (the index cannot be followed offline)');
            return { items: [item], countries: null };
          },
        }
      : kind === 'us-state-dept'
        ? usStateReader
        : kind === 'us-embassy'
          ? usEmbassyReader
          : kind === 'ca-travel'
            ? canadaReader()
            : kind === 'au-smartraveller'
              ? smartravellerReader
              : germanyReader;
  return readDocument(
    reader,
    body,
    { id: sourceId, url: `replay:${sourceId}`, issuer, country: null, trust: 'official', http: { timeoutMs: 1, maxBytes: 1, maxRedirects: 0, userAgent: 'replay' } },
    prev,
    next,
  );
}

export { australiaItems, canadaItems, embassyItems, germanyItems };
export type { FeedItem };
