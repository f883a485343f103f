/**
 * United States embassies' alerts: the WordPress RSS of one embassy
 * (https://<cc>.usembassy.gov/category/alert/feed/), one post per alert, keyed by guid. The issuer is
 * the United States and the country is the embassy's (configured, else the feed's host name).
 * The "Location / Event / Actions to Take" body is what the classifier reads; the title's prefix
 * ("Security Alert", "Demonstration Alert", "Health Alert" …) is kept in the title.
 * An event stream: no collapse guard (a quiet embassy lists few posts), no stale notice by default.
 */
import type { CountryCode } from '../../domain/types.js';
import { contentHash } from '../hash.js';
import { parseFeedEntries } from '../parse.js';
import type { FeedItem } from '../types.js';
import { assertComplete, type OfficialReader, type ReadContext, type ReadResult } from './common.js';
import { isCountryCode } from '../../domain/countries.js';

/** The kind of alert a title announces ("Security Alert – U.S. Embassy Kabul" → "Security Alert"). */
export function embassyAlertKind(title: string): string | null {
  const m = /^\s*((?:[A-Z][\w-]*\s+){0,3}Alert)\b\s*(?:[–—:-]|$)/.exec(title);
  return m?.[1] ?? null;
}

/** The country of an embassy feed from its host name (lb.usembassy.gov → LB). */
export function embassyCountryFromUrl(url: string | null): CountryCode | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    const m = /^([a-z]{2})\.usembassy\.gov$/.exec(host);
    return m && isCountryCode(m[1]!.toUpperCase()) ? m[1]!.toUpperCase() : null;
  } catch {
    return null;
  }
}

export function looksLikeEmbassyFeed(body: string): boolean {
  const head = body.slice(0, 4000);
  return /<rss\b/.test(head) && /<link>\s*https?:\/\/[a-z]{2}\.usembassy\.gov/i.test(head);
}

export async function embassyItems(body: string, ctx: Pick<ReadContext, 'url' | 'country' | 'trust'> & { issuer: string | null }): Promise<FeedItem[]> {
  assertComplete(body, 'rss', ctx.url);
  const { link, entries } = await parseFeedEntries(body, ctx.url);
  const country = ctx.country ?? embassyCountryFromUrl(link) ?? embassyCountryFromUrl(ctx.url);
  return entries.map((e) => ({
    key: e.id ?? e.link ?? `title:${contentHash([e.title])}`,
    hash: contentHash([e.title, e.text]),
    title: e.title,
    link: e.link,
    text: e.text,
    format: e.format,
    publishedAt: e.publishedAt,
    issuer: ctx.issuer ?? 'US',
    country,
    trust: ctx.trust,
  }));
}

export const usEmbassyReader: OfficialReader = {
  kind: 'us-embassy',
  async read(body: string, ctx: ReadContext): Promise<ReadResult> {
    return { items: await embassyItems(body, ctx), countries: null };
  },
};
