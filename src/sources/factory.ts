import type { Config, SourceConfig } from '../config/schema.js';
import { sourceTrust } from '../config/schema.js';
import { DEFAULT_STALE_AFTER, embassyFeedUrl } from '../config/official.js';
import { DirectorySource } from './directory.js';
import { HostQueue } from './hostQueue.js';
import type { HttpOptions } from './http.js';
import { JsonFeedSource } from './json.js';
import { OfficialSource, type OfficialReader } from './official/common.js';
import { readerFor } from './official/index.js';
import { RssSource } from './rss.js';
import type { FeedSource } from './types.js';

/** One per-host queue for every source built from configuration: one request in flight per host. */
const sharedHostQueue = new HostQueue();

/** The HTTP behaviour of a source: the global settings, overridden per source. */
export function httpOptions(cfg: Config, source?: { timeout?: number; maxBytes?: number; proxy?: string }): HttpOptions {
  const ua = cfg.http.contact ? `${cfg.http.userAgent} (+${cfg.http.contact})` : cfg.http.userAgent;
  return {
    timeoutMs: source?.timeout ?? cfg.http.timeout,
    maxBytes: source?.maxBytes ?? cfg.http.maxBytes,
    maxRedirects: cfg.http.maxRedirects,
    userAgent: ua,
    proxy: source?.proxy ?? cfg.http.proxy ?? null,
    hostQueue: sharedHostQueue,
  };
}

/** The stale-content threshold of a source: its own, else its type's default; null = never. */
export function staleAfterMs(s: SourceConfig): number | null {
  const own = 'staleAfter' in s ? s.staleAfter : undefined;
  if (own === 'never' || own === false) return null;
  if (typeof own === 'number') return own;
  return DEFAULT_STALE_AFTER[s.type] ?? null;
}

export function createSource(s: SourceConfig, cfg: Config): FeedSource {
  const common = { id: s.id, issuer: s.issuer ?? null, country: s.country ?? null, trust: sourceTrust(s) };
  switch (s.type) {
    case 'rss':
      return new RssSource({ ...common, url: s.url, http: httpOptions(cfg, s) });
    case 'news':
      return new RssSource({ ...common, issuer: null, trust: s.trust, url: s.url, http: httpOptions(cfg, s) });
    case 'json':
      return new JsonFeedSource({ ...common, url: s.url, http: httpOptions(cfg, s) });
    case 'directory':
      return new DirectorySource({ ...common, path: s.path });
    case 'us-state-dept':
    case 'us-embassy':
    case 'uk-fcdo':
    case 'ca-travel':
    case 'au-smartraveller':
    case 'de-auswaertiges-amt': {
      const url = s.type === 'us-embassy' ? (s.url ?? embassyFeedUrl(s.country)) : s.url;
      const reader: OfficialReader = readerFor(s);
      return new OfficialSource(reader, {
        ...common,
        url,
        http: httpOptions(cfg, s),
        minCountryRatio: s.minCountryRatio,
        confirmLevelChanges: s.confirmLevelChanges,
        staleAfterMs: staleAfterMs(s),
      });
    }
  }
}
