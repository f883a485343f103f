/**
 * United Kingdom, FCDO foreign travel advice (GOV.UK). Two steps, as GOV.UK intends:
 *
 * 1. an index tells which countries changed: the content API index
 *    (https://www.gov.uk/api/content/foreign-travel-advice, `links.children[]` with
 *    `public_updated_at`, all countries) or the Atom feed
 *    (https://www.gov.uk/foreign-travel-advice.atom, the 20 most recently updated, entry id
 *    `<url>#<timestamp>`);
 * 2. for each country whose stamp moved (remembered in the memo), the country's content JSON
 *    (`<contentUrl>/<slug>`) gives the structured `details.alert_status` and the `change_description`.
 *
 * `alert_status` → level: all travel to the whole country 4; all but essential travel to the whole
 * country 3; any "parts" status 2 (a convention: the FCDO has no "increased caution" tier);
 * empty = no FCDO advice against travel = 1. Minor updates leave `public_updated_at` unchanged and
 * are not fetched. A country whose document cannot be fetched keeps its old stamp and is tried again.
 */
import type { CountryCode, Level } from '../../domain/types.js';
import { SourceError } from '../../errors.js';
import { parseFeedEntries } from '../parse.js';
import type { FeedItem } from '../types.js';
import { assertComplete, countryFromName, isRecord, officialItem, type OfficialReader, parseJson, type ReadContext, type ReadResult, slugKey, str } from './common.js';

export const UK_ALERT_LABELS: Record<string, string> = {
  avoid_all_travel_to_whole_country: 'FCDO advises against all travel to the whole country',
  avoid_all_but_essential_travel_to_whole_country: 'FCDO advises against all but essential travel to the whole country',
  avoid_all_travel_to_parts: 'FCDO advises against all travel to parts of the country',
  avoid_all_but_essential_travel_to_parts: 'FCDO advises against all but essential travel to parts of the country',
};

export function ukLevel(alertStatus: readonly string[]): Level {
  if (alertStatus.includes('avoid_all_travel_to_whole_country')) return 4;
  if (alertStatus.includes('avoid_all_but_essential_travel_to_whole_country')) return 3;
  if (alertStatus.some((s) => s.endsWith('_to_parts'))) return 2;
  return 1;
}

interface IndexEntry {
  slug: string;
  name: string;
  /** What changes when the country is republished: public_updated_at, or the Atom entry id. */
  stamp: string;
}

interface UkMemo {
  stamps: Record<string, string>;
}

export interface UkOptions {
  contentUrl?: string;
  maxFetchPerPoll?: number;
}

function slugOf(path: string): string {
  return path.replace(/[#?].*$/, '').replace(/\/+$/, '').split('/').pop() ?? '';
}

/** The content API index: one child per country. */
export function parseUkIndexJson(data: Record<string, unknown>): IndexEntry[] {
  const links = isRecord(data.links) ? data.links : {};
  const children = Array.isArray(links.children) ? links.children : [];
  const out: IndexEntry[] = [];
  for (const c of children) {
    if (!isRecord(c)) continue;
    const details = isRecord(c.details) ? c.details : {};
    const country = isRecord(details.country) ? details.country : {};
    const slug = str(country.slug) || slugOf(str(c.base_path));
    if (!slug) continue;
    out.push({ slug, name: str(country.name) || str(c.title), stamp: str(c.public_updated_at) || str(details.change_description) });
  }
  return out;
}

/** The Atom index: the most recently updated countries. */
export async function parseUkAtom(body: string, url: string): Promise<IndexEntry[]> {
  assertComplete(body, 'feed', url);
  const { entries } = await parseFeedEntries(body, url);
  const out: IndexEntry[] = [];
  for (const e of entries) {
    const slug = slugOf(e.link ?? e.id ?? '');
    if (!slug || slug === 'foreign-travel-advice') continue;
    out.push({ slug, name: e.title.replace(/\s+travel advice$/i, ''), stamp: e.id ?? e.publishedAt ?? e.text });
  }
  return out;
}

/** One country's content JSON → item (or null when the document is not travel advice). */
export function ukCountryItem(data: Record<string, unknown>, ctx: Pick<ReadContext, 'trust'> & { issuer: string | null; baseUrl?: string }): FeedItem | null {
  const details = isRecord(data.details) ? data.details : null;
  if (!details || !Array.isArray(details.alert_status)) return null;
  const countryInfo = isRecord(details.country) ? details.country : {};
  const slug = str(countryInfo.slug) || slugOf(str(data.base_path));
  const name = str(countryInfo.name) || str(data.title).replace(/\s+travel advice$/i, '');
  const country: CountryCode | null = countryFromName(name) ?? countryFromName(slug);
  const status = details.alert_status.map(str).filter(Boolean).sort();
  const level = ukLevel(status);
  const change = str(details.change_description).trim();
  const parts = Array.isArray(details.parts) ? details.parts.filter(isRecord) : [];
  const wanted = ['warnings-and-insurance', 'summary'];
  const partText = wanted
    .map((w) => parts.find((p) => str(p.slug) === w))
    .filter((p): p is Record<string, unknown> => p !== undefined)
    .map((p) => `<h2>${escapeHtml(str(p.title))}</h2>${str(p.body)}`)
    .join('\n');
  const text = `${change ? `<p>${escapeHtml(change)}</p>\n` : ''}${partText}`;
  const basePath = str(data.base_path) || `/foreign-travel-advice/${slug}`;
  let link: string;
  try {
    link = new URL(basePath, 'https://www.gov.uk').href;
  } catch {
    link = basePath;
  }
  return officialItem({
    key: country ?? `name:${slugKey(slug || name)}`,
    country,
    issuer: ctx.issuer ?? 'GB',
    trust: ctx.trust,
    level,
    title: str(data.title) || `${name} travel advice`,
    text,
    format: 'html',
    link,
    publishedAt: str(data.public_updated_at) || null,
    hashParts: [status.join(',') || 'none', change, text],
    evidence: status.length ? status.map((s) => UK_ALERT_LABELS[s] ?? s).join('; ') : 'No FCDO advice against travel',
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function looksLikeUkFcdo(body: string): 'atom' | 'index' | 'country' | null {
  const head = body.slice(0, 6000);
  if (/<feed\b/.test(head) && /foreign-travel-advice/.test(head)) return 'atom';
  if (/^\s*\{/.test(head)) {
    if (/"schema_name"\s*:\s*"travel_advice"/.test(body) || /"alert_status"\s*:/.test(body)) return 'country';
    if (/"(base_path|document_type)"\s*:\s*"(\/foreign-travel-advice|travel_advice_index)"/.test(body)) return 'index';
  }
  return null;
}

export function ukFcdoReader(opts: UkOptions = {}): OfficialReader {
  return {
    kind: 'uk-fcdo',
    async read(body: string, ctx: ReadContext): Promise<ReadResult> {
      const isJson = /^\s*\{/.test(body.replace(/^\ufeff/, ''));
      let index: IndexEntry[];
      let listed: number | null;
      if (isJson) {
        const data = parseJson(body, 'GOV.UK travel advice index');
        if (!isRecord(data)) throw new SourceError('invalid_content', 'expected the GOV.UK travel advice index JSON object');
        const single = ukCountryItem(data, ctx);
        if (single) return { items: [single], countries: null }; // a single country's document
        index = parseUkIndexJson(data);
        listed = index.length;
      } else {
        index = await parseUkAtom(body, ctx.url);
        listed = null; // the Atom feed lists only the 20 latest
        if (index.length === 0) throw new SourceError('suspicious_content', `${ctx.url}: the FCDO Atom feed has no entries`);
      }

      const memo: UkMemo = isRecord(ctx.memo.uk) ? (ctx.memo.uk as unknown as UkMemo) : { stamps: {} };
      const base = (opts.contentUrl ?? new URL('/api/content/foreign-travel-advice', ctx.url).href).replace(/\/+$/, '');
      const due = index.filter((e) => memo.stamps[e.slug] !== e.stamp);
      const changed = due.slice(0, opts.maxFetchPerPoll ?? 250);
      const items: FeedItem[] = [];
      let firstError: unknown = null;
      let ok = 0;
      for (const e of changed) {
        if (ctx.signal?.aborted) break;
        try {
          const doc = parseJson(await ctx.fetchText(`${base}/${e.slug}`, 'application/json'), `GOV.UK travel advice for ${e.slug}`);
          const item = isRecord(doc) ? ukCountryItem(doc, ctx) : null;
          if (!item) throw new SourceError('invalid_content', `${base}/${e.slug} is not a travel advice document (no details.alert_status)`);
          items.push(item);
          memo.stamps[e.slug] = e.stamp;
          ok++;
        } catch (err) {
          firstError ??= err;
        }
      }
      if (changed.length > 0 && ok === 0 && firstError) throw firstError;
      ctx.memo.uk = memo;
      return { items, countries: listed, incomplete: ok < due.length };
    },
  };
}
