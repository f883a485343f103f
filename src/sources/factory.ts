import type { Config, SourceConfig } from '../config/schema.js';
import { sourceTrust } from '../config/schema.js';
import { DirectorySource } from './directory.js';
import type { HttpOptions } from './http.js';
import { JsonFeedSource } from './json.js';
import { RssSource } from './rss.js';
import type { FeedSource } from './types.js';

/** The HTTP behaviour of a source: the global settings, overridden per source. */
export function httpOptions(cfg: Config, source?: { timeout?: number; maxBytes?: number }): HttpOptions {
  const ua = cfg.http.contact ? `${cfg.http.userAgent} (+${cfg.http.contact})` : cfg.http.userAgent;
  return {
    timeoutMs: source?.timeout ?? cfg.http.timeout,
    maxBytes: source?.maxBytes ?? cfg.http.maxBytes,
    maxRedirects: cfg.http.maxRedirects,
    userAgent: ua,
  };
}

export function createSource(s: SourceConfig, cfg: Config): FeedSource {
  const common = { id: s.id, issuer: s.issuer, country: s.country, trust: sourceTrust(s) };
  switch (s.type) {
    case 'rss':
      return new RssSource({ ...common, url: s.url, http: httpOptions(cfg, s) });
    case 'json':
      return new JsonFeedSource({ ...common, url: s.url, http: httpOptions(cfg, s) });
    case 'directory':
      return new DirectorySource({ ...common, path: s.path });
  }
}
