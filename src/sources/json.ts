import type { HttpOptions } from './http.js';
import { type ParseContext, parseJsonFeedBody } from './parse.js';
import { HttpFeedSource } from './rss.js';
import type { FeedItem } from './types.js';

/** A JSON Feed (jsonfeed.org 1.0/1.1) over HTTP; same polling rules as RssSource. */
export class JsonFeedSource extends HttpFeedSource {
  readonly kind = 'json';
  protected override get http(): HttpOptions {
    return { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.5', ...this.opts.http };
  }
  protected parse(body: string, ctx: ParseContext): FeedItem[] {
    return parseJsonFeedBody(body, ctx);
  }
}
