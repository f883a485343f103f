/**
 * United States, Department of State travel advisories: the TAsTWs RSS feed
 * (https://travel.state.gov/_res/rss/TAsTWs.xml), one item per destination updated in place, and
 * the cadataapi JSON mirror (https://cadataapi.state.gov/api/TravelAdvisories), an array of the
 * same rows that is known to serve inconsistent copies (its level changes wait for confirmation).
 *
 * Quirks handled (docs/sources.md §1): the level comes from the `Threat-Level` category, else from the
 * title split on " - " (never "-": Guinea-Bissau); `Country-Tag` is a FIPS-style code mapped to ISO;
 * pubDate is date-only and flaps, links flip between two URL schemes and some countries are listed
 * twice, so an item's identity is the country and its hash covers level, name and text only; the
 * change-note paragraph comes first in the text given to the classifier.
 */
import type { CountryCode, Level } from '../../domain/types.js';
import { fipsToIso } from '../../classify/index.js';
import { SourceError } from '../../errors.js';
import { stripTags } from '../parse.js';
import { parseFeedEntries, parseFeedDate } from '../parse.js';
import type { FeedItem } from '../types.js';
import { asLevel, assertComplete, countryFromName, isRecord, officialItem, type OfficialReader, parseJson, type ReadContext, type ReadResult, slugKey, str } from './common.js';
import countries from 'i18n-iso-countries';

export const US_CHANNEL_TITLE = 'travel.state.gov: Travel Advisories';

/** One advisory row, whichever format it came from. */
export interface UsRow {
  title: string;
  link: string | null;
  html: string;
  publishedAt: string | null;
  threatLevel: string | null;
  countryTag: string | null;
}

const LEVEL_RE = /\bLevel\s*([1-4])\b/i;
/** Change-note openings (sources.md §1.5), for putting that paragraph first. */
const CHANGE_NOTE_RE = /^(?:reissued|updated|there (?:were|was|are|is) no changes?|the advisory level|advisory level|level \d|as of\b)/i;

/** Level from "Level 3: Reconsider Travel" (category) or the title's " - " segments. */
export function usLevel(threatLevel: string | null, title: string): Level | null {
  const fromCategory = threatLevel ? LEVEL_RE.exec(threatLevel) : null;
  if (fromCategory) return asLevel(Number(fromCategory[1]));
  for (const part of title.split(' - ').reverse()) {
    const m = LEVEL_RE.exec(part);
    if (m) return asLevel(Number(m[1]));
  }
  return null;
}

/** The destination named by a title: "Mexico Travel Advisory - Level 2: …" → "Mexico". */
export function usTitleName(title: string): string {
  const first = title.split(' - ')[0] ?? title;
  return first.replace(/\s+Travel Advisory$/i, '').trim();
}

/** ISO code from the Country-Tag, else the new link scheme's ISO-3 (destination.hti.html), else the name. */
export function usCountry(row: UsRow): CountryCode | null {
  if (row.countryTag) {
    const iso = fipsToIso(row.countryTag.trim());
    if (iso) return iso;
  }
  const a3 = row.link ? /destination\.([a-z]{3})\.html/i.exec(row.link)?.[1] : undefined;
  if (a3) {
    const iso = countries.alpha3ToAlpha2(a3.toUpperCase());
    if (iso) return iso;
  }
  const name = usTitleName(row.title);
  if (/see summaries/i.test(row.title) || /^worldwide/i.test(name)) return null;
  return countryFromName(name);
}

/** The description with the change-note paragraph first and the feed's prefixes and U+FFFD removed. */
export function usText(html: string): string {
  const clean = html.replace(/\ufffd/g, '').replace(/(<p[^>]*>\s*(?:<[^>]+>\s*)*)(?:Last Update|Reissued statement)\s*:\s*/gi, '$1').trim();
  const paragraphs = clean.match(/<p\b[\s\S]*?<\/p>/gi);
  if (!paragraphs || paragraphs.length < 2) return clean;
  const idx = paragraphs.findIndex((p) => CHANGE_NOTE_RE.test(stripTags(p).replace(/\s+/g, ' ').trim()));
  if (idx <= 0) return clean;
  const note = paragraphs[idx]!;
  return `${note}${clean.replace(note, '')}`;
}

/** Rows → items: one per destination; duplicate rows of a country (two link schemes) become one. */
export function usItems(rows: UsRow[], ctx: Pick<ReadContext, 'trust'>): { items: FeedItem[]; countries: number } {
  const byKey = new Map<string, { row: UsRow; country: CountryCode | null; level: Level | null }>();
  for (const row of rows) {
    const country = usCountry(row);
    const level = usLevel(row.threatLevel, row.title);
    const key = country ?? `name:${slugKey(usTitleName(row.title))}`;
    const prev = byKey.get(key);
    // Two rows for one country: the more recent wins; on a tie (or no dates), the higher level.
    if (prev) {
      const a = prev.row.publishedAt ?? '';
      const b = row.publishedAt ?? '';
      if (b < a || (b === a && (level ?? 0) <= (prev.level ?? 0))) continue;
    }
    byKey.set(key, { row, country, level });
  }
  const items: FeedItem[] = [];
  let countriesListed = 0;
  for (const [key, { row, country, level }] of byKey) {
    if (country) countriesListed++;
    const text = usText(row.html);
    items.push(
      officialItem({
        key,
        country,
        issuer: 'US',
        trust: ctx.trust,
        level,
        title: row.title,
        text,
        format: 'html',
        link: row.link,
        publishedAt: row.publishedAt,
        hashParts: [String(level ?? '-'), usTitleName(row.title), text],
        evidence: row.threatLevel ?? row.title,
      }),
    );
  }
  return { items, countries: countriesListed };
}

/** The RSS feed's rows. */
export async function parseUsRss(body: string, url?: string): Promise<UsRow[]> {
  assertComplete(body, 'rss', url ?? 'the US advisories feed');
  const { entries } = await parseFeedEntries(body, url);
  return entries.map((e) => ({
    title: e.title,
    link: e.link,
    html: e.text,
    publishedAt: e.publishedAt,
    threatLevel: e.categoriesByDomain['Threat-Level']?.[0] ?? null,
    countryTag: e.categoriesByDomain['Country-Tag']?.[0] ?? null,
  }));
}

/** The JSON mirror's rows: [{Title, Link, Category: ["AF"], Summary, Published, Updated}]. */
export function parseUsJson(body: string): UsRow[] {
  const data = parseJson(body, 'US travel advisories');
  if (!Array.isArray(data)) throw new SourceError('invalid_content', 'expected the US travel advisories JSON array');
  const rows: UsRow[] = [];
  for (const r of data) {
    if (!isRecord(r) || str(r.Title) === '') continue;
    const cat = Array.isArray(r.Category) ? str(r.Category[0]) : str(r.Category);
    rows.push({
      title: str(r.Title).replace(/\s+/g, ' ').trim(),
      link: str(r.Link) || null,
      html: str(r.Summary),
      publishedAt: parseFeedDate(str(r.Updated) || str(r.Published)),
      threatLevel: null,
      countryTag: cat || null,
    });
  }
  return rows;
}

/** Whether a body is the State Department feed or its JSON mirror (for replay). */
export function looksLikeUsState(body: string): 'rss' | 'json' | null {
  const head = body.slice(0, 4000);
  if (/<rss\b/.test(head) && (head.includes(US_CHANNEL_TITLE) || /<link>\s*https?:\/\/travel\.state\.gov/.test(head))) return 'rss';
  if (/^\s*\[/.test(head) && /"Title"\s*:/.test(head) && /"Category"\s*:/.test(head)) return 'json';
  return null;
}

export const usStateReader: OfficialReader = {
  kind: 'us-state-dept',
  async read(body: string, ctx: ReadContext): Promise<ReadResult> {
    const json = /^\s*\[/.test(body.replace(/^\ufeff/, ''));
    const rows = json ? parseUsJson(body) : await parseUsRss(body, ctx.url);
    const { items, countries: listed } = usItems(rows, ctx);
    return { items, countries: listed, inconsistentMirror: json };
  },
};
