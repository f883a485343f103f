/**
 * Canada, Global Affairs travel advice open data
 * (https://data.international.gc.ca/travel-voyage/index-alpha-eng.json): `data` keyed by ISO code,
 * each with `advisory-state` 0–3 (normalized level = state + 1), `has-regional-advisory`, and English
 * (`eng`) and French (`fra`) texts (`advisory-text`, `recent-updates`). The configured language's text
 * is what the classifier reads (the other one is the fallback). `date-published` and
 * `metadata.generated` change without content changing and are not part of an item's hash.
 */
import { isCountryCode } from '../../domain/countries.js';
import { SourceError } from '../../errors.js';
import { parseFeedDate } from '../parse.js';
import type { FeedItem } from '../types.js';
import { asLevel, isRecord, officialItem, type OfficialReader, parseJson, type ReadContext, type ReadResult, str } from './common.js';

export const CA_LEVEL_TEXT = ['Exercise normal security precautions', 'Exercise a high degree of caution', 'Avoid non-essential travel', 'Avoid all travel'];

export function canadaItems(body: string, ctx: Pick<ReadContext, 'trust'> & { issuer: string | null; language?: 'en' | 'fr' }): FeedItem[] {
  const data = parseJson(body, 'Canada travel advice');
  if (!isRecord(data) || !isRecord(data.data)) throw new SourceError('invalid_content', 'expected the Canada travel advice JSON ({"metadata": …, "data": {"AF": …}})');
  const [main, other] = ctx.language === 'fr' ? (['fra', 'eng'] as const) : (['eng', 'fra'] as const);
  const items: FeedItem[] = [];
  for (const [code, raw] of Object.entries(data.data)) {
    if (!isRecord(raw)) continue;
    const iso = (str(raw['country-iso']) || code).toUpperCase();
    const country = isCountryCode(iso) ? iso : null;
    const state = typeof raw['advisory-state'] === 'number' ? raw['advisory-state'] : Number(str(raw['advisory-state']));
    const level = Number.isInteger(state) ? asLevel(state + 1) : null;
    const regional = Number(raw['has-regional-advisory'] ?? 0) === 1;
    const t = isRecord(raw[main]) ? raw[main] : isRecord(raw[other]) ? raw[other] : {};
    const name = str(t.name) || str(raw[main === 'eng' ? 'country-eng' : 'country-fra']) || iso;
    const advisory = str(t['advisory-text']).trim();
    const updates = str(t['recent-updates']).trim();
    const slug = str(t['url-slug']);
    const published = isRecord(raw['date-published']) ? raw['date-published'] : {};
    const text = [
      advisory ? `${name}: ${advisory}${regional && !/regional/i.test(advisory) ? ' (with regional advisories)' : ''}.` : '',
      updates,
    ]
      .filter(Boolean)
      .join('\n\n');
    items.push(
      officialItem({
        key: country ?? `code:${iso}`,
        country,
        issuer: ctx.issuer ?? 'CA',
        trust: ctx.trust,
        level,
        title: `${name}${advisory ? ` - ${advisory}` : ''}`,
        text,
        format: 'text',
        link: slug ? `https://travel.gc.ca/destinations/${slug}` : null,
        publishedAt: parseFeedDate(str(published.asp)) ?? (typeof published.timestamp === 'number' ? new Date(published.timestamp * 1000).toISOString() : null),
        hashParts: [String(level ?? '-'), regional ? 'regional' : '', advisory, updates],
        evidence: advisory || (level ? (CA_LEVEL_TEXT[level - 1] ?? '') : ''),
      }),
    );
  }
  return items;
}

export function looksLikeCanada(body: string): boolean {
  return /^\s*\{/.test(body.slice(0, 200)) && /"advisory-state"\s*:/.test(body.slice(0, 20000));
}

export function canadaReader(opts: { language?: 'en' | 'fr' } = {}): OfficialReader {
  return {
    kind: 'ca-travel',
    accept: 'application/json, */*;q=0.5',
    async read(body: string, ctx: ReadContext): Promise<ReadResult> {
      const items = canadaItems(body, { ...ctx, language: opts.language });
      return { items, countries: items.filter((i) => i.country !== null).length };
    },
  };
}
