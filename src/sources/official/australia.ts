/**
 * Australia, DFAT Smartraveller (https://www.smartraveller.gov.au/countries/documents/index.rss):
 * RSS 2.0 with the `ta:` namespace, one item per destination:
 * `<ta:warnings><dc:coverage>Iran</dc:coverage><ta:level>5/5</ta:level><dc:description>Do not travel</dc:description></ta:warnings>`.
 * The level is read from the text label first ("Exercise normal safety precautions" 1 … "Do not travel"
 * 4), then from "N/5" (N − 1). The description child is `dc:description` or `ta:description`.
 * pubDate is Australian ("27 Mar 2025 23:00:00 AEDT": no weekday, AU zone abbreviations) and is
 * parsed here; it is not part of an item's hash. The country comes from the link's slug, then the title.
 */
import type { CountryCode, Level } from '../../domain/types.js';
import { parseFeedEntries, textOf } from '../parse.js';
import type { FeedItem } from '../types.js';
import { asLevel, assertComplete, countryFromName, isRecord, officialItem, type OfficialReader, type ReadContext, type ReadResult, slugKey } from './common.js';

const AU_ZONES: Record<string, number> = {
  AEDT: 11 * 60,
  AEST: 10 * 60,
  ACDT: 10 * 60 + 30,
  ACST: 9 * 60 + 30,
  AWST: 8 * 60,
  AWDT: 9 * 60,
  ACWST: 8 * 60 + 45,
  LHST: 10 * 60 + 30,
  LHDT: 11 * 60,
  NFT: 11 * 60,
  UTC: 0,
  GMT: 0,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "27 Mar 2025 23:00:00 AEDT" (weekday optional, seconds optional, AU zone or ±hhmm) → ISO, or null. */
export function parseAustralianDate(value: string): string | null {
  const m = /^\s*(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{2,5}|[+-]\d{2}:?\d{2})?\s*$/.exec(value);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return null;
  let offset = 10 * 60; // a bare time on an Australian government site: Canberra standard time
  const zone = m[7];
  if (zone) {
    if (/^[+-]/.test(zone)) {
      const z = zone.replace(':', '');
      offset = (z.startsWith('-') ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
    } else {
      const known = AU_ZONES[zone.toUpperCase()];
      if (known === undefined) return null;
      offset = known;
    }
  }
  if (!m[4]) offset = 0; // a date without a time: that calendar day, never shifted
  const ms = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)) - offset * 60_000;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** A Smartraveller level label → 1–4 ("all but essential" forms before "all travel"). */
export function auLevelFromText(text: string): Level | null {
  const t = text.toLowerCase();
  if (/do not travel/.test(t)) return 4;
  if (/reconsider (your )?need to travel/.test(t)) return 3;
  if (/high degree of caution/.test(t)) return 2;
  if (/normal (safety )?precautions/.test(t)) return 1;
  return null;
}

function auLevelFromScale(value: string): Level | null {
  const m = /^\s*(\d)\s*\/\s*5\s*$/.exec(value);
  return m ? asLevel(Number(m[1]) - 1) : null;
}

function child(obj: unknown, ...names: string[]): string {
  if (!isRecord(obj)) return '';
  for (const n of names) {
    const v = textOf(obj[n]).trim();
    if (v) return v;
  }
  return '';
}

export async function australiaItems(body: string, ctx: Pick<ReadContext, 'url' | 'trust'> & { issuer: string | null }): Promise<FeedItem[]> {
  assertComplete(body, 'rss', ctx.url);
  const { entries } = await parseFeedEntries(body, ctx.url, { extraFields: ['ta:warnings', 'pubDate'] });
  const items = new Map<string, FeedItem>();
  for (const e of entries) {
    const warningsRaw = e.extra?.['ta:warnings'];
    const warnings = Array.isArray(warningsRaw) ? warningsRaw[0] : warningsRaw;
    const label = child(warnings, 'dc:description', 'ta:description', 'description');
    const scale = child(warnings, 'ta:level', 'level');
    const coverage = child(warnings, 'dc:coverage', 'coverage');
    const level = auLevelFromText(label) ?? auLevelFromScale(scale);
    const slug = e.link ? (e.link.replace(/[#?].*$/, '').replace(/\/+$/, '').split('/').pop() ?? '') : '';
    const country: CountryCode | null = countryFromName(slug) ?? countryFromName(e.title) ?? (coverage ? countryFromName(coverage) : null);
    const key = country ?? `name:${slugKey(slug || e.title)}`;
    const pub = textOf(e.extra?.pubDate);
    items.set(
      key,
      officialItem({
        key,
        country,
        issuer: ctx.issuer ?? 'AU',
        trust: ctx.trust,
        level,
        title: e.title,
        text: label && e.text ? `<p>${label}.</p>${e.text}` : e.text || label,
        format: e.text ? e.format : 'text',
        link: e.link,
        publishedAt: parseAustralianDate(pub) ?? e.publishedAt,
        hashParts: [String(level ?? '-'), label, e.title, e.text],
        evidence: label || scale,
      }),
    );
  }
  return [...items.values()];
}

export function looksLikeSmartraveller(body: string): boolean {
  const head = body.slice(0, 4000);
  return /<rss\b/.test(head) && (/xmlns:ta=/.test(head) || /smartraveller\.gov\.au/.test(head));
}

export const smartravellerReader: OfficialReader = {
  kind: 'au-smartraveller',
  async read(body: string, ctx: ReadContext): Promise<ReadResult> {
    const items = await australiaItems(body, ctx);
    return { items, countries: items.filter((i) => i.country !== null).length };
  },
};
