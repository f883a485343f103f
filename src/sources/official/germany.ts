/**
 * Germany, Auswärtiges Amt open data (https://www.auswaertiges-amt.de/opendata/travelwarning):
 * `{"response": {"<contentId>": {…}, "contentList": ["<id>", …]}}`, served as `text/json`. Each entry
 * carries `CountryCode`/`countryCode` (ISO-2), a German `title` and the booleans `warning`
 * (Reisewarnung), `partialWarning` (Teilreisewarnung), `situationWarning` / `situationPartWarning`.
 * Levels (a convention, the AA has no numbered scale): warning 4; situationWarning 3; partialWarning
 * or situationPartWarning 2 (the warning covers regions); otherwise 1.
 * **An empty `{}` is how the API reports an error or being switched off**: it is an outage
 * (`suspicious_content`), never "all warnings lifted". `lastModified` (ms or s) is not in the hash.
 */
import { isCountryCode } from '../../domain/countries.js';
import type { Level } from '../../domain/types.js';
import { SourceError } from '../../errors.js';
import type { FeedItem } from '../types.js';
import { countryFromName, isRecord, officialItem, type OfficialReader, parseJson, type ReadContext, type ReadResult, slugKey, str } from './common.js';

export function germanyLevel(e: Record<string, unknown>): { level: Level; label: string } {
  if (e.warning === true) return { level: 4, label: 'Reisewarnung' };
  if (e.situationWarning === true) return { level: 3, label: 'Reisewarnung (situationsbedingt)' };
  if (e.partialWarning === true) return { level: 2, label: 'Teilreisewarnung' };
  if (e.situationPartWarning === true) return { level: 2, label: 'Teilreisewarnung (situationsbedingt)' };
  return { level: 1, label: 'keine Reisewarnung' };
}

function epoch(v: unknown): string | null {
  const n = typeof v === 'number' ? v : Number(str(v));
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = n < 1e11 ? n * 1000 : n; // seconds or milliseconds
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function germanyItems(body: string, ctx: Pick<ReadContext, 'trust' | 'url'> & { issuer: string | null }): FeedItem[] {
  const data = parseJson(body, 'Auswärtiges Amt travel warnings');
  if (!isRecord(data)) throw new SourceError('invalid_content', 'expected the Auswärtiges Amt JSON object');
  if (Object.keys(data).length === 0) {
    throw new SourceError('suspicious_content', `${ctx.url} returned an empty JSON object: the Auswärtiges Amt API reports errors and being switched off this way; kept the last good state`);
  }
  const response = isRecord(data.response) ? data.response : null;
  if (!response) throw new SourceError('invalid_content', 'expected {"response": {…}} from the Auswärtiges Amt API');
  const ids = Array.isArray(response.contentList) ? response.contentList.map(str) : Object.keys(response).filter((k) => k !== 'contentList');
  const items: FeedItem[] = [];
  for (const id of ids) {
    const e = response[id];
    if (!isRecord(e)) continue;
    const code = (str(e.CountryCode) || str(e.countryCode)).toUpperCase();
    const title = str(e.title).trim();
    const name = str(e.CountryName) || str(e.countryName) || title.split(':')[0] || '';
    const country = isCountryCode(code) ? code : countryFromName(name);
    const { level, label } = germanyLevel(e);
    const flags = ['warning', 'partialWarning', 'situationWarning', 'situationPartWarning'].filter((f) => e[f] === true);
    items.push(
      officialItem({
        key: country ?? `name:${slugKey(name || id)}`,
        country,
        issuer: ctx.issuer ?? 'DE',
        trust: ctx.trust,
        level,
        title: title || `${name}: Reise- und Sicherheitshinweise`,
        text: `${title || name}${flags.length ? ` (${label})` : ''}. ${str(e.content)}`.trim(),
        format: str(e.content) ? 'html' : 'text',
        link: null,
        publishedAt: epoch(e.lastModified),
        hashParts: [String(level), flags.join(','), title, str(e.content)],
        evidence: `${name}: ${label}`,
      }),
    );
  }
  return items;
}

export function looksLikeGermany(body: string): boolean {
  const head = body.slice(0, 400);
  return /^\s*\{\s*"response"\s*:/.test(head) || (/^\s*\{/.test(head) && /"contentList"\s*:/.test(body) && /"(partialWarning|situationWarning)"\s*:/.test(body));
}

export const germanyReader: OfficialReader = {
  kind: 'de-auswaertiges-amt',
  accept: 'application/json, text/json;q=0.9, */*;q=0.5',
  async read(body: string, ctx: ReadContext): Promise<ReadResult> {
    const items = germanyItems(body, ctx);
    return { items, countries: items.filter((i) => i.country !== null).length };
  },
};
