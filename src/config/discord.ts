/**
 * The `discord:` section of the configuration, and the environment's part of it. Secrets (the bot
 * token, the interactions public key, a webhook URL, which carries a token) come from the
 * environment only; everything else may come from the file, and the environment fills what the
 * file leaves unsaid.
 */
import { z } from 'zod';
import { resolveCountry } from '../commands/country.js';
import { ConfigError } from '../errors.js';
import { parseDuration } from './duration.js';
import type { Env, Secrets } from './env.js';
import type { Config } from './schema.js';

const snowflake = z.string().regex(/^\d{15,21}$/, 'expected a Discord id (15 to 21 digits)');

const duration = (min: number, fallback: number) =>
  z
    .string()
    .transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms === null || ms < min) {
        ctx.addIssue({ code: 'custom', message: `expected a duration of at least ${min} ms such as "10s", got "${text}"` });
        return z.NEVER;
      }
      return ms;
    })
    .default(fallback);

/** A per-country slash command: its name and the country it stands for (`/mali` → "mali"). */
export const countryCommandName = z
  .string()
  .regex(/^[a-z0-9_-]{1,32}$/, 'a command name: 1 to 32 lower-case letters, digits, "-" or "_"');

export const discordConfigSchema = z
  .object({
    /** bot: a bot user posts, edits and threads, and answers commands. webhook: alerts only, through a channel webhook. */
    mode: z.enum(['bot', 'webhook']).default('bot'),
    /** How commands and buttons reach the bot: an HTTP endpoint (public URL), the gateway, or not at all. */
    interactions: z.enum(['http', 'gateway', 'none']).default('http'),
    /** The interactions endpoint's listening address and path. */
    host: z.string().min(1).default('0.0.0.0'),
    port: z.number().int().min(0).max(65_535).default(8788),
    path: z.string().startsWith('/').default('/discord/interactions'),
    /** REST base URL (proxies, tests); `/v10` is appended. Env DISCORD_API_URL. */
    apiUrl: z.url({ protocol: /^https?$/ }).optional(),
    /**
     * Per-country commands: `{ mali: Mali }` (or just `[mali]`) makes `/mali status` work. The value is
     * any name, code, demonym or capital; stored as the ISO code.
     */
    countryCommands: z
      .union([z.array(z.string()).transform((a) => Object.fromEntries(a.map((n) => [n, n]))), z.record(z.string(), z.string().min(1))])
      .default({})
      .transform((rec, ctx) => {
        const out: Record<string, string> = {};
        for (const [name, country] of Object.entries(rec)) {
          const n = countryCommandName.safeParse(name.replace(/^\//, ''));
          if (!n.success) {
            ctx.addIssue({ code: 'custom', path: [name], message: n.error.issues[0]?.message ?? 'bad command name' });
            continue;
          }
          const code = resolveCountry(country).code;
          if (!code) {
            ctx.addIssue({ code: 'custom', path: [name], message: `"${country}" is not a country I know` });
            continue;
          }
          out[n.data] = code;
        }
        return out;
      }),
    /** Roles whose members may change subscriptions and silences (besides Manage Channels). */
    managerRoles: z.array(snowflake).default([]),
    /** The role pinged when a subscription says `ping: true` without naming anyone. Env DISCORD_ONCALL_ROLE. */
    oncallRole: snowflake.optional(),
    /** Guild for `npm run discord:register` (commands appear at once there); global when absent. */
    guildId: snowflake.optional(),
    /**
     * One REST request's time limit (then retried once). With maxRateLimitWait, this bounds a delivery
     * (at most three requests) well within the outbox worker's 60 s per attempt.
     */
    timeout: duration(100, 5_000),
    /** The longest a delivery waits out Discord's rate limits before giving up (it stays in the outbox). */
    maxRateLimitWait: duration(0, 5_000),
    /** A command slower than this is deferred, then its answer edits the original response. */
    deferAfter: duration(100, 2_000),
    /** Largest age (and clock skew) of a signed interaction. */
    maxSkew: duration(1_000, 300_000),
  })
  .strict();

export type DiscordConfig = z.output<typeof discordConfigSchema>;
export const DISCORD_API_DEFAULT = 'https://discord.com/api';

/**
 * The REST base that discord.js wants (it appends `/v10`): a bare host (`http://127.0.0.1:8080`) means
 * its `/api`, as on discord.com; a trailing `/v10` or slash is dropped.
 */
export function discordApiBase(url: string | undefined): string {
  if (!url) return DISCORD_API_DEFAULT;
  const u = new URL(url);
  let path = u.pathname.replace(/\/+$/, '').replace(/\/v\d+$/, '');
  if (path === '') path = '/api';
  return `${u.origin}${path}`;
}

/** A channel webhook URL split into id and token (any host: proxies and tests use their own). */
export function parseWebhookUrl(url: string): { id: string; token: string; api: string } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const m = u.pathname.match(/^(.*?)(?:\/v\d+)?\/webhooks\/(\d{15,21})\/([\w-]{20,})\/?$/);
  if (!m || !/^https?:$/.test(u.protocol)) return null;
  return { api: `${u.origin}${m[1] ?? ''}`, id: m[2]!, token: m[3]! };
}

function parseSection(raw: unknown): DiscordConfig {
  const r = discordConfigSchema.safeParse(raw);
  if (!r.success) throw new ConfigError(`discord settings from the environment are invalid: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

const set = (v: string | undefined): string | undefined => (v && v.trim() ? v.trim() : undefined);

/**
 * The Discord part of applyEnv. `file` is the configuration as the file gave it (so that the file
 * wins where it says something); `out` is the copy being built. Secrets are only ever read here.
 */
export function applyDiscordEnv(file: Config, out: Config, env: Env, secrets: Secrets): void {
  const token = set(env.DISCORD_TOKEN);
  const publicKey = set(env.DISCORD_PUBLIC_KEY);
  const appId = set(env.DISCORD_APPLICATION_ID);
  const webhookUrl = set(env.DISCORD_WEBHOOK_URL);
  const apiUrl = set(env.DISCORD_API_URL);
  const channel = set(env.DISCORD_ALERT_CHANNEL);
  const oncall = set(env.DISCORD_ONCALL_ROLE);
  if (token) secrets.discordToken = token;
  if (publicKey) secrets.discordPublicKey = publicKey;
  if (appId) secrets.discordApplicationId = appId;
  if (webhookUrl) secrets.discordWebhookUrl = webhookUrl;

  if (!out.discord && !token && !webhookUrl && !channel) return;
  // Without a file section: a bot when there is a token; commands over HTTP when there is a public
  // key, else over the gateway (no public URL needed). DISCORD_INTERACTIONS overrides.
  const interactions = set(env.DISCORD_INTERACTIONS) ?? (publicKey ? 'http' : 'gateway');
  const base: DiscordConfig = out.discord ?? parseSection({ mode: token || !webhookUrl ? 'bot' : 'webhook', interactions });
  const d: DiscordConfig = { ...base };
  if (apiUrl && !file.discord?.apiUrl) {
    if (!/^https?:\/\/[^/]/.test(apiUrl) || !URL.canParse(apiUrl)) throw new ConfigError(`DISCORD_API_URL must be an http(s) URL, got "${apiUrl}"`);
    d.apiUrl = apiUrl;
  }
  if (oncall && !file.discord?.oncallRole) d.oncallRole = oncall;
  out.discord = d;

  // The env-only minimal deployment: one alert channel (every country, high and above), the on-call
  // role pinged on critical incidents, operators' notices to the same channel.
  const target = channel ?? (d.mode === 'webhook' ? 'webhook' : undefined);
  if (!target) return;
  const fileHasChannel = file.subscriptions.some((s) => s.notifier === 'discord' && s.channel === target);
  if (!fileHasChannel) {
    out.subscriptions.push({
      id: `env:discord:${target}`,
      notifier: 'discord',
      channel: target,
      countries: 'all',
      minSeverity: 'high',
      ping: false,
      pingReported: true,
    });
    if (oncall) {
      // Same channel, critical only: route() merges the two into one message that pings the role.
      out.subscriptions.push({
        id: `env:discord:${target}:oncall`,
        notifier: 'discord',
        channel: target,
        countries: 'all',
        minSeverity: 'critical',
        ping: { users: [], groups: [], roles: [oncall], here: false },
        pingReported: true,
      });
    }
  }
  if (file.operators.length === 0 && !out.operators.some((o) => o.notifier === 'discord')) {
    out.operators.push({ notifier: 'discord', channel: target });
  }
}
