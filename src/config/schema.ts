import cron from 'node-cron';
import { z } from 'zod';
import { intervalToCron, parseDuration } from './duration.js';
import { discordConfigSchema } from './discord.js';
import { DEFAULT_INTERVALS, officialSourceSchemas } from './official.js';
import { slackConfigSchema } from './slack.js';

/** A duration written "30s", "10m", "4h", "1d"; parsed to milliseconds. */
const duration = (min = 0) =>
  z.string().transform((text, ctx) => {
    const ms = parseDuration(text);
    if (ms === null) {
      ctx.addIssue({ code: 'custom', message: `expected a duration such as "30s", "10m" or "4h", got "${text}"` });
      return z.NEVER;
    }
    if (ms < min) {
      ctx.addIssue({ code: 'custom', message: `must be at least ${min} ms, got "${text}"` });
      return z.NEVER;
    }
    return ms;
  });

const cronExpression = z.string().refine((s) => cron.validate(s), {
  message: 'not a valid cron expression (5 fields, or 6 with seconds first)',
});

const countryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'expected a two-letter ISO 3166-1 code such as "ML"')
  .transform((s) => s.toUpperCase());

const severity = z.enum(['info', 'warning', 'high', 'critical']);
/** Notifier names a subscription or an operators' route may name. */
export const NOTIFIERS = ['console', 'jsonl', 'slack', 'discord'] as const;
const trust = z.enum(['official', 'reported']);

const sourceCommon = {
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" and "-" only'),
  enabled: z.boolean().default(true),
  /** The government that publishes this source, when it is an official one. */
  issuer: countryCode.nullable().default(null),
  /** The country this source is about, for single-country sources such as an embassy feed. */
  country: countryCode.nullable().default(null),
  trust: trust.optional(),
  interval: duration(1000).optional(),
  cron: cronExpression.optional(),
};

const httpSource = {
  ...sourceCommon,
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
  timeout: duration(100).optional(),
  maxBytes: z.number().int().positive().optional(),
};

export const sourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('rss'), ...httpSource }).strict(),
  z.object({ type: z.literal('json'), ...httpSource }).strict(),
  z.object({ type: z.literal('directory'), ...sourceCommon, path: z.string().min(1) }).strict(),
  ...officialSourceSchemas,
]);

const pingSchema = z.union([
  z.boolean(),
  z
    .object({
      users: z.array(z.string().min(1)).default([]),
      groups: z.array(z.string().min(1)).default([]),
      roles: z.array(z.string().min(1)).default([]),
      here: z.boolean().default(false),
    })
    .strict(),
]);

export const subscriptionSchema = z
  .object({
    id: z.string().min(1).optional(),
    notifier: z.enum(NOTIFIERS),
    channel: z.string().min(1).default('default'),
    /** "all", or a list of ISO codes. */
    countries: z.union([z.literal('all'), z.array(countryCode).min(1)]).default('all'),
    minSeverity: severity.default('warning'),
    /** Who to ping on open, severity rise and repeat: true pings the channel's default on-call. */
    ping: pingSchema.default(false),
    /** Whether incidents built only from news (trust "reported") ping too. */
    pingReported: z.boolean().default(true),
  })
  .strict();

export const configSchema = z
  .object({
    database: z.object({ path: z.string().min(1).default('./data/advisory-watch.db') }).strict().default({ path: './data/advisory-watch.db' }),
    log: z
      .object({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info') })
      .strict()
      .default({ level: 'info' }),
    http: z
      .object({
        userAgent: z.string().min(1).default('advisory-watch/0.1'),
        contact: z.string().min(1).optional(),
        timeout: duration(100).default(15_000),
        maxBytes: z.number().int().positive().default(5_000_000),
        maxRedirects: z.number().int().min(0).max(20).default(5),
        /** HTTP(S) proxy for every source (a source's own `proxy` wins). */
        proxy: z.url({ protocol: /^https?$/, error: 'expected an http(s) proxy URL' }).optional(),
      })
      .strict()
      .default({ userAgent: 'advisory-watch/0.1', timeout: 15_000, maxBytes: 5_000_000, maxRedirects: 5 }),
    scheduler: z
      .object({
        /** Default poll interval of a source that names none. */
        interval: duration(1000).default(600_000),
        /** Each run starts after a random delay up to this (and at most a tenth of the interval). */
        jitter: duration().default(5_000),
        backoffInitial: duration(1000).default(60_000),
        backoffMax: duration(1000).default(3_600_000),
        /** A source failing for longer than this is reported to the operators (once, and once on recovery). */
        outageNotice: duration(1000).default(3_600_000),
      })
      .strict()
      .default({ interval: 600_000, jitter: 5_000, backoffInitial: 60_000, backoffMax: 3_600_000, outageNotice: 3_600_000 }),
    alerts: z
      .object({
        /** Changes within this window after a revision go out as one message. */
        groupWindow: duration().default(60_000),
        /** Re-ping an unacknowledged critical incident after this long. */
        repeatInterval: duration(60_000).default(4 * 3_600_000),
        /** An incident built only from news, with no new change for this long, resolves (news never lifts advice by itself). */
        staleAfter: duration(60_000).default(7 * 86_400_000),
      })
      .strict()
      .default({ groupWindow: 60_000, repeatInterval: 4 * 3_600_000, staleAfter: 7 * 86_400_000 }),
    delivery: z
      .object({
        tick: duration(50).default(1_000),
        maxAttempts: z.number().int().min(1).max(100).default(10),
        backoffInitial: duration(0).default(2_000),
        backoffMax: duration(0).default(600_000),
      })
      .strict()
      .default({ tick: 1_000, maxAttempts: 10, backoffInitial: 2_000, backoffMax: 600_000 }),
    notifiers: z
      .object({
        console: z
          .object({ color: z.enum(['auto', 'always', 'never']).default('auto') })
          .strict()
          .default({ color: 'auto' }),
        jsonl: z.object({ path: z.string().min(1) }).strict().optional(),
      })
      .strict()
      .default({ console: { color: 'auto' } }),
    sources: z.array(sourceSchema).default([]),
    subscriptions: z.array(subscriptionSchema).default([]),
    /** Where operators' notices go: source outages and recoveries, alerts a platform refused. */
    operators: z.array(z.object({ notifier: z.enum(NOTIFIERS), channel: z.string().min(1) }).strict()).default([]),
    /** Slack app: transport, commands, managers, default on-call, pacing (tokens come from the environment). */
    slack: slackConfigSchema.optional(),
    /** Discord: bot or webhook, interactions over HTTP or the gateway, commands (secrets come from the environment). */
    discord: discordConfigSchema.optional(),
  })
  .strict()
  .superRefine((cfg, ctx) => {
    const seen = new Set<string>();
    cfg.sources.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
      seen.add(s.id);
      if (s.interval !== undefined && s.cron !== undefined)
        ctx.addIssue({ code: 'custom', path: ['sources', i], message: 'give either "interval" or "cron", not both' });
    });
    cfg.subscriptions.forEach((sub, i) => {
      if (sub.notifier === 'jsonl' && !cfg.notifiers.jsonl)
        ctx.addIssue({ code: 'custom', path: ['subscriptions', i, 'notifier'], message: 'notifier "jsonl" needs notifiers.jsonl.path' });
    });
    cfg.operators.forEach((op, i) => {
      if (op.notifier === 'jsonl' && !cfg.notifiers.jsonl)
        ctx.addIssue({ code: 'custom', path: ['operators', i, 'notifier'], message: 'notifier "jsonl" needs notifiers.jsonl.path' });
    });
  });

export type Config = z.output<typeof configSchema>;
export type SourceConfig = z.output<typeof sourceSchema>;
export type SubscriptionConfig = z.output<typeof subscriptionSchema>;

/** The cron expression a source runs on. */
export function sourceCron(source: SourceConfig, cfg: Config): string {
  return source.cron ?? intervalToCron(source.interval ?? DEFAULT_INTERVALS[source.type] ?? cfg.scheduler.interval);
}

/** The trust of a source: explicit, else official when it names its issuer. */
export function sourceTrust(source: SourceConfig): 'official' | 'reported' {
  return source.trust ?? (source.issuer ? 'official' : 'reported');
}
