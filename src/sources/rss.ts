import type { CountryCode, IssuerCode, Trust } from '../domain/types.js';
import { fetchDocument, type HttpOptions } from './http.js';
import { type ParseContext, parseFeedBody } from './parse.js';
import type { FeedItem, FeedSource, FetchState, PollResult } from './types.js';

export interface FeedSourceOptions {
  id: string;
  url: string;
  issuer: IssuerCode | null;
  country: CountryCode | null;
  trust: Trust;
  http: HttpOptions;
}

/**
 * A feed document over HTTP. `poll` = conditional GET + parse. A 304, or a 200 whose body hashes the
 * same as the last good one, is `not_modified` (with the refreshed validators). Failures are the
 * SourceErrors of fetchDocument and the parser; the state is only advanced by a successful poll, so a
 * feed that failed to parse is fetched and parsed again next time. Subclasses say how to parse.
 */
export abstract class HttpFeedSource implements FeedSource {
  abstract readonly kind: string;
  readonly id: string;
  readonly url: string;
  protected readonly opts: FeedSourceOptions;

  constructor(opts: FeedSourceOptions) {
    this.opts = opts;
    this.id = opts.id;
    this.url = opts.url;
  }

  protected abstract parse(body: string, ctx: ParseContext): Promise<FeedItem[]> | FeedItem[];
  protected get http(): HttpOptions {
    return this.opts.http;
  }

  async poll(state: FetchState, signal?: AbortSignal): Promise<PollResult> {
    const res = await fetchDocument(this.opts.url, state, this.http, signal);
    if (res.status === 'not_modified') return { kind: 'not_modified', state: res.state };
    if (state.bodyHash !== null && res.state.bodyHash === state.bodyHash) return { kind: 'not_modified', state: res.state };
    const items = await this.parse(res.body, {
      sourceId: this.opts.id,
      issuer: this.opts.issuer,
      country: this.opts.country,
      trust: this.opts.trust,
      baseUrl: res.url,
    });
    return { kind: 'items', items, state: { ...res.state, lastItemCount: items.length } };
  }
}

/** An RSS 2.0 / RSS 1.0 / Atom feed over HTTP. */
export class RssSource extends HttpFeedSource {
  readonly kind = 'rss';
  protected parse(body: string, ctx: ParseContext): Promise<FeedItem[]> {
    return parseFeedBody(body, ctx);
  }
}
