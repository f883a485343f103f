import type { CountryCode, IssuerCode, Trust } from '../domain/types.js';
import { fetchDocument, type HttpOptions } from './http.js';
import { parseFeedBody } from './parse.js';
import type { FeedSource, FetchState, PollResult } from './types.js';

export interface FeedSourceOptions {
  id: string;
  url: string;
  issuer: IssuerCode | null;
  country: CountryCode | null;
  trust: Trust;
  http: HttpOptions;
}

/**
 * An RSS 2.0 / RSS 1.0 / Atom feed over HTTP. `poll` = conditional GET + parse. A 304, or a 200 whose
 * body hashes the same as the last good one, is `not_modified` (with the refreshed validators).
 * Failures are the SourceErrors of fetchDocument and parseFeedBody; the state is only advanced by a
 * successful poll, so a feed that failed to parse is fetched and parsed again next time.
 */
export class RssSource implements FeedSource {
  readonly kind = 'rss';
  readonly id: string;
  readonly url: string;
  private readonly opts: FeedSourceOptions;

  constructor(opts: FeedSourceOptions) {
    this.opts = opts;
    this.id = opts.id;
    this.url = opts.url;
  }

  async poll(state: FetchState, signal?: AbortSignal): Promise<PollResult> {
    const res = await fetchDocument(this.opts.url, state, this.opts.http, signal);
    if (res.status === 'not_modified') return { kind: 'not_modified', state: res.state };
    if (state.bodyHash !== null && res.state.bodyHash === state.bodyHash) return { kind: 'not_modified', state: res.state };
    const items = await parseFeedBody(res.body, {
      sourceId: this.opts.id,
      issuer: this.opts.issuer,
      country: this.opts.country,
      trust: this.opts.trust,
      baseUrl: res.url,
    });
    return { kind: 'items', items, state: { ...res.state, lastItemCount: items.length } };
  }
}
