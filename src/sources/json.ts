import { fetchDocument } from './http.js';
import { parseJsonFeedBody } from './parse.js';
import type { FeedSourceOptions } from './rss.js';
import type { FeedSource, FetchState, PollResult } from './types.js';

/** A JSON Feed (jsonfeed.org 1.0/1.1) over HTTP; same polling rules as RssSource. */
export class JsonFeedSource implements FeedSource {
  readonly kind = 'json';
  readonly id: string;
  readonly url: string;
  private readonly opts: FeedSourceOptions;

  constructor(opts: FeedSourceOptions) {
    this.opts = opts;
    this.id = opts.id;
    this.url = opts.url;
  }

  async poll(state: FetchState, signal?: AbortSignal): Promise<PollResult> {
    const res = await fetchDocument(this.opts.url, state, { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.5', ...this.opts.http }, signal);
    if (res.status === 'not_modified') return { kind: 'not_modified', state: res.state };
    if (state.bodyHash !== null && res.state.bodyHash === state.bodyHash) return { kind: 'not_modified', state: res.state };
    const items = parseJsonFeedBody(res.body, {
      sourceId: this.opts.id,
      issuer: this.opts.issuer,
      country: this.opts.country,
      trust: this.opts.trust,
      baseUrl: res.url,
    });
    return { kind: 'items', items, state: { ...res.state, lastItemCount: items.length } };
  }
}
