/**
 * Configuration of the official government sources and news feeds (issue 6). Added to the
 * `sources` union of schema.ts; the shared source fields are passed in, so that this module does not
 * import schema.ts (no import cycle).
 */
import cron from 'node-cron';
import { z } from 'zod';
import { parseDuration } from './duration.js';

/** The default endpoint of each official source type (the real public feeds). */
export const OFFICIAL_DEFAULT_URLS = {
  'us-state-dept': 'https://travel.state.gov/_res/rss/TAsTWs.xml',
  'uk-fcdo': 'https://www.gov.uk/api/content/foreign-travel-advice',
  'ca-travel': 'https://data.international.gc.ca/travel-voyage/index-alpha-eng.json',
  'au-smartraveller': 'https://www.smartraveller.gov.au/countries/documents/index.rss',
  'de-auswaertiges-amt': 'https://www.auswaertiges-amt.de/opendata/travelwarning',
} as const;

/** Poll intervals of each source type when the source names none (issue 6, politeness). */
export const DEFAULT_INTERVALS: Record<string, number> = {
  'us-state-dept': 10 * 60_000,
  'uk-fcdo': 5 * 60_000,
  'ca-travel': 20 * 60_000,
  'de-auswaertiges-amt': 20 * 60_000,
  'au-smartraveller': 30 * 60_000,
  'us-embassy': 30 * 60_000,
};

/**
 * After how long without any content change operators are told a source looks stale (a 304 or an
 * identical body for implausibly long). Event streams (embassy alerts, news) may be quiet for months:
 * none by default.
 */
export const DEFAULT_STALE_AFTER: Record<string, number> = {
  'us-state-dept': 3 * 86_400_000,
  'uk-fcdo': 3 * 86_400_000,
  'ca-travel': 4 * 86_400_000,
  'de-auswaertiges-amt': 14 * 86_400_000,
  'au-smartraveller': 7 * 86_400_000,
};

const staleAfter = z.union([z.literal('never'), z.literal(false)]).or(
  z.string().transform((text, ctx) => {
    const ms = parseDuration(text);
    if (ms === null || ms < 60_000) {
      ctx.addIssue({ code: 'custom', message: `expected a duration of at least 1m such as "3d", or "never", got "${text}"` });
      return z.NEVER;
    }
    return ms;
  }),
);

const iso2 = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'expected a two-letter ISO 3166-1 code such as "LB"')
  .transform((s) => s.toUpperCase());

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

/** Fields every fetched source may add: a proxy, the stale-content notice, the safety checks. */
const politeFields = {
  /** HTTP(S) proxy for this source (overrides http.proxy); some government sites block data-centre addresses. */
  proxy: httpUrl.optional(),
  /** Tell operators when the content has not changed for this long ("3d"), or "never". */
  staleAfter: staleAfter.optional(),
};
const officialFields = {
  ...politeFields,
  /** A document listing fewer than this share of the last good fetch's countries is refused (default 0.5). */
  minCountryRatio: z.number().gt(0).max(1).optional(),
  /** Hold level changes until the next fetch confirms them (default: only for the US JSON mirror). */
  confirmLevelChanges: z.boolean().optional(),
};

/** The official source types and `news`, given the shared fields (`common` holds url, timeout, maxBytes). */
const duration = (min: number) =>
  z.string().transform((text, ctx) => {
    const ms = parseDuration(text);
    if (ms === null || ms < min) {
      ctx.addIssue({ code: 'custom', message: `expected a duration of at least ${min} ms such as "30s", "10m" or "4h", got "${text}"` });
      return z.NEVER;
    }
    return ms;
  });

/**
 * The fields every source has (the same as `sourceCommon` and `httpSource` in schema.ts, repeated here
 * so that this module does not import schema.ts).
 */
const common = {
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" and "-" only'),
  enabled: z.boolean().default(true),
  country: iso2.nullable().default(null),
  trust: z.enum(['official', 'reported']).optional(),
  interval: duration(1000).optional(),
  cron: z.string().refine((x) => cron.validate(x), { message: 'not a valid cron expression (5 fields, or 6 with seconds first)' }).optional(),
  timeout: duration(100).optional(),
  maxBytes: z.number().int().positive().optional(),
};

const official = <T extends keyof typeof OFFICIAL_DEFAULT_URLS>(type: T, issuer: string) => ({
  type: z.literal(type),
  ...common,
  ...officialFields,
  url: httpUrl.default(OFFICIAL_DEFAULT_URLS[type]),
  issuer: iso2.nullable().default(issuer),
});

/** The official source types and `news`, added to the `sources` union of schema.ts. */
export const officialSourceSchemas = [
  z.object(official('us-state-dept', 'US')).strict(),
  z
    .object({
      ...official('us-state-dept', 'US'),
      type: z.literal('us-embassy'),
      /** The embassy's country; the feed defaults to https://<cc>.usembassy.gov/category/alert/feed/. */
      country: iso2,
      url: httpUrl.optional(),
    })
    .strict(),
  z
    .object({
      ...official('uk-fcdo', 'GB'),
      /** Where per-country content JSON lives: <contentUrl>/<slug>. Default: the index's origin + /api/content/foreign-travel-advice. */
      contentUrl: httpUrl.optional(),
      /** Per-country documents fetched in one poll at most (the rest follow on the next polls). */
      maxFetchPerPoll: z.number().int().min(1).max(1000).default(250),
    })
    .strict(),
  z.object({ ...official('ca-travel', 'CA'), language: z.enum(['en', 'fr']).default('en') }).strict(),
  z.object(official('au-smartraveller', 'AU')).strict(),
  z.object(official('de-auswaertiges-amt', 'DE')).strict(),
  z
    .object({
      type: z.literal('news'),
      ...common,
      ...politeFields,
      url: httpUrl,
      issuer: iso2.nullable().default(null),
      trust: z.enum(['official', 'reported']).default('reported'),
    })
    .strict(),
] as const;

/** The URL of an embassy's alert feed. */
export function embassyFeedUrl(country: string): string {
  return `https://${country.toLowerCase()}.usembassy.gov/category/alert/feed/`;
}

/**
 * The sources' part of the environment: ADVISORY_HTTP_PROXY (an HTTP(S) proxy for every source, for
 * hosts that block data-centre addresses) and ADVISORY_HTTP_CONTACT (appended to the User-Agent).
 * The configuration file wins where it sets them.
 */
export function applySourcesEnv(out: { http: { proxy?: string; contact?: string } }, env: Record<string, string | undefined>): void {
  const proxy = env.ADVISORY_HTTP_PROXY?.trim();
  if (proxy && !out.http.proxy) {
    try {
      const u = new URL(proxy);
      if (u.protocol === 'http:' || u.protocol === 'https:') out.http.proxy = proxy;
    } catch {
      // an unusable value is ignored, as an unset one
    }
  }
  const contact = env.ADVISORY_HTTP_CONTACT?.trim();
  if (contact && !out.http.contact) out.http.contact = contact;
}
