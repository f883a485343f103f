/**
 * The `slack:` section of the configuration. Tokens and the signing secret are never here: they come
 * from the environment only (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN; see env.ts).
 */
import { z } from 'zod';
import { resolveCountry } from '../commands/country.js';
import { ConfigError } from '../errors.js';
import { parseDuration } from './duration.js';
import type { Env, Secrets } from './env.js';
import type { Config } from './schema.js';

const duration = (min: number) =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    const ms = typeof v === 'number' ? v : parseDuration(v);
    if (ms === null || !Number.isFinite(ms)) {
      ctx.addIssue({ code: 'custom', message: `expected a duration such as "1s" or "500ms", got "${String(v)}"` });
      return z.NEVER;
    }
    if (ms < min) {
      ctx.addIssue({ code: 'custom', message: `must be at least ${min} ms, got "${String(v)}"` });
      return z.NEVER;
    }
    return ms;
  });

/** A slash command's name, with or without its slash; stored with it ("/mali"). */
const commandName = z
  .string()
  .regex(/^\/?[a-z0-9][a-z0-9_-]{0,31}$/, 'a slash command name: lower-case letters, digits, "-" and "_", at most 32 characters')
  .transform((s) => (s.startsWith('/') ? s : `/${s}`));

/** A user-group id (S…), a user id (U… or W…), or "here". */
const pingTarget = z
  .string()
  .regex(/^(?:[SUW][A-Z0-9]+|here|@here)$/, 'a user-group id (S…), a user id (U…/W…) or "here"');

export interface SlackTargets {
  users: string[];
  groups: string[];
  here: boolean;
}

/** Splits ids into groups (S…), users (U…/W…) and @here. */
export function slackTargets(ids: readonly string[]): SlackTargets {
  const t: SlackTargets = { users: [], groups: [], here: false };
  for (const raw of ids) {
    const id = raw.trim();
    if (id === 'here' || id === '@here') t.here = true;
    else if (id.startsWith('S')) t.groups.push(id);
    else if (id) t.users.push(id);
  }
  return t;
}

export const slackConfigSchema = z
  .object({
    /** http: Slack calls our public URL (signed requests); socket: we open a WebSocket to Slack (no public URL). */
    transport: z.enum(['http', 'socket']).default('http'),
    /** HTTP transport: where the receiver listens, and the path given to Slack as the request URL. */
    port: z.number().int().min(0).max(65_535).default(3000),
    host: z.string().min(1).default('0.0.0.0'),
    path: z.string().regex(/^\//, 'a path starting with "/"').default('/slack/events'),
    /** Web API base URL (GovSlack, a proxy, a test fake). */
    apiUrl: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).default('https://slack.com/api/'),
    /** The main slash command. */
    command: commandName.default('/advisory'),
    /** Per-country commands: { mali: Mali } makes `/mali status` work. The value is any name, code, demonym or capital. */
    countryCommands: z
      .record(z.string(), z.string().min(1))
      .default({})
      .transform((rec, ctx) => {
        const out: Record<string, string> = {};
        for (const [name, country] of Object.entries(rec)) {
          const cmd = commandName.safeParse(name);
          if (!cmd.success) {
            ctx.addIssue({ code: 'custom', path: [name], message: cmd.error.issues[0]?.message ?? 'bad command name' });
            continue;
          }
          const r = resolveCountry(country);
          if (!r.code) {
            ctx.addIssue({
              code: 'custom',
              path: [name],
              message: `unknown country "${country}"${r.suggestions.length ? ` (did you mean ${r.suggestions.join(', ')}?)` : ''}`,
            });
            continue;
          }
          out[cmd.data] = r.code;
        }
        return out;
      }),
    /** Who may change a channel's subscriptions and silences. */
    managers: z
      .object({
        /** Workspace admins and owners. */
        admins: z.boolean().default(true),
        /** Members of these user groups (S…). */
        groups: z.array(z.string().regex(/^S[A-Z0-9]+$/, 'a user-group id (S…)')).default([]),
        /** These users (U…/W…). */
        users: z.array(z.string().regex(/^[UW][A-Z0-9]+$/, 'a user id (U…/W…)')).default([]),
        /** How long an answer of users.info / usergroups.users.list is reused. */
        cache: duration(0).default(300_000),
      })
      .strict()
      .default({ admins: true, groups: [], users: [], cache: 300_000 }),
    /** Whom a subscription's "ping the channel's on-call" (no named targets) pings. Empty: @here. */
    defaultOnCall: z.array(pingTarget).default([]),
    /** Minimum time between two messages posted to one channel (Slack allows about one per second). */
    channelInterval: duration(0).default(1_000),
    /** Web API: timeout of one request, and how often a 5xx or network error is retried inside one delivery attempt. */
    timeout: duration(100).default(10_000),
    retries: z.number().int().min(0).max(10).default(2),
  })
  .strict();

export type SlackConfig = z.output<typeof slackConfigSchema>;

/** The section as it is when the file says nothing but the environment enables Slack. */
export function defaultSlackConfig(): SlackConfig {
  return slackConfigSchema.parse({});
}

/**
 * The environment's part of the Slack configuration (called by applyEnv):
 * - SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN: secrets, never read from a file;
 * - SLACK_API_URL, SLACK_TRANSPORT (http|socket), SLACK_PORT: settings;
 * - SLACK_ALERT_CHANNEL (a channel id): subscribed to every country at `high` and above, and the
 *   operators' channel when the file names none;
 * - SLACK_ONCALL (S… user group or U… user, comma-separated): pinged on critical incidents in that
 *   channel, and the default on-call when the file names none.
 * A bot token alone turns Slack on with the defaults when the file has no `slack:` section.
 * Mutates `config` (a clone owned by applyEnv) and `secrets`.
 */
export function applySlackEnv(config: Config, env: Env, secrets: Secrets): void {
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const botToken = get('SLACK_BOT_TOKEN');
  const signingSecret = get('SLACK_SIGNING_SECRET');
  const appToken = get('SLACK_APP_TOKEN');
  if (botToken) secrets.slackBotToken = botToken;
  if (signingSecret) secrets.slackSigningSecret = signingSecret;
  if (appToken) secrets.slackAppToken = appToken;
  if (!config.slack && !botToken) return;

  const fromFile = config.slack !== undefined;
  const slack: SlackConfig = config.slack ?? defaultSlackConfig();
  const apiUrl = get('SLACK_API_URL');
  if (apiUrl && (!fromFile || slack.apiUrl === defaultSlackConfig().apiUrl)) {
    const parsed = z.url({ protocol: /^https?$/ }).safeParse(apiUrl);
    if (!parsed.success) throw new ConfigError(`SLACK_API_URL must be an http(s) URL, got "${apiUrl}"`);
    slack.apiUrl = parsed.data;
  }
  const transport = get('SLACK_TRANSPORT');
  if (transport) {
    if (transport !== 'http' && transport !== 'socket') throw new ConfigError(`SLACK_TRANSPORT must be "http" or "socket", got "${transport}"`);
    slack.transport = transport;
  } else if (!fromFile && appToken && !signingSecret) {
    slack.transport = 'socket';
  }
  const port = get('SLACK_PORT');
  if (port) {
    const n = Number(port);
    if (!Number.isInteger(n) || n < 0 || n > 65_535) throw new ConfigError(`SLACK_PORT must be a port number, got "${port}"`);
    slack.port = n;
  }

  const onCallRaw = get('SLACK_ONCALL');
  const onCall = onCallRaw ? onCallRaw.split(/[\s,]+/).filter(Boolean) : [];
  for (const id of onCall) {
    if (!pingTarget.safeParse(id).success) throw new ConfigError(`SLACK_ONCALL must hold user-group ids (S…) or user ids (U…), got "${id}"`);
  }
  if (onCall.length > 0 && slack.defaultOnCall.length === 0) slack.defaultOnCall = onCall;
  config.slack = slack;

  const channel = get('SLACK_ALERT_CHANNEL');
  if (!channel) return;
  if (/\s/.test(channel)) throw new ConfigError(`SLACK_ALERT_CHANNEL must be a channel id such as C0123456789, got "${channel}"`);
  const ids = new Set(config.subscriptions.map((s) => s.id));
  const add = (s: Config['subscriptions'][number]): void => {
    if (!ids.has(s.id)) config.subscriptions.push(s);
  };
  add({ id: `env:slack:${channel}`, notifier: 'slack', channel, countries: 'all', minSeverity: 'high', ping: false, pingReported: true });
  if (onCall.length > 0) {
    // A second subscription of the same channel: routing merges them into one message, and only
    // this one (critical and above) carries the ping.
    const t = slackTargets(onCall);
    add({
      id: `env:slack:${channel}:oncall`,
      notifier: 'slack',
      channel,
      countries: 'all',
      minSeverity: 'critical',
      ping: { users: t.users, groups: t.groups, roles: [], here: t.here },
      pingReported: true,
    });
  }
  if (config.operators.length === 0) config.operators.push({ notifier: 'slack', channel });
}
