/**
 * One discord.js REST client per process, with every wait bounded: @discordjs/rest waits out a 429's
 * Retry-After and the global 50 requests per second by itself, but it does not count 429s against
 * `retries`, so a server that always answers 429 would keep a call waiting forever. Here each call
 * has a budget of rate-limit waiting (time and number of waits); past it the call is rejected with a
 * RateLimitError, and the delivery fails as retryable: it stays in the outbox.
 */
import { DiscordAPIError, HTTPError, RateLimitError, REST, type RateLimitData } from 'discord.js';
import type { Logger } from 'pino';
import { DISCORD_API_DEFAULT } from '../../src/config/discord.js';

export interface RestOptions {
  token?: string;
  api?: string;
  /** One request's time limit (ms); a timed-out request is retried once. */
  timeoutMs: number;
  /** Most rate-limit waiting one call may do (ms), and at most `maxWaits` waits. */
  maxRateLimitWaitMs: number;
  maxWaits?: number;
  /** Added to every rate-limit wait (discord.js default 50 ms; 0 in tests). */
  offsetMs?: number;
  log?: Logger;
}

export function createRest(opts: RestOptions): REST {
  const waited = new Map<string, { ms: number; n: number }>();
  const maxWaits = opts.maxWaits ?? 5;
  // Budgets are per call: forget them once nothing is in flight.
  let inFlight = 0;
  class BoundedRest extends REST {
    override async request(options: Parameters<REST['request']>[0]): Promise<unknown> {
      inFlight++;
      try {
        return await super.request(options);
      } finally {
        if (--inFlight === 0) waited.clear();
      }
    }
  }
  const rest = new BoundedRest({
    api: (opts.api ?? DISCORD_API_DEFAULT).replace(/\/+$/, ''),
    timeout: opts.timeoutMs,
    retries: 1,
    offset: opts.offsetMs ?? 50,
    globalRequestsPerSecond: 50,
    rejectOnRateLimit: (d: RateLimitData) => {
      const key = `${d.method.toUpperCase()} ${d.url}`;
      const w = waited.get(key) ?? { ms: 0, n: 0 };
      w.ms += d.retryAfter;
      w.n += 1;
      const reject = d.retryAfter > opts.maxRateLimitWaitMs || w.ms > opts.maxRateLimitWaitMs || w.n > maxWaits;
      if (reject) waited.delete(key);
      else waited.set(key, w);
      opts.log?.warn(
        { code: 'discord_rate_limited', route: d.route, method: d.method, retryAfterMs: d.retryAfter, global: d.global, waits: w.n, giveUp: reject },
        reject ? 'Discord rate limit: giving up on this call for now (it stays queued)' : 'Discord rate limit: waiting',
      );
      return reject;
    },
  });
  if (opts.token) rest.setToken(opts.token);
  return rest;
}

export interface Failure {
  ok: false;
  retryable: boolean;
  code: string;
  error: string;
  retryAfterMs?: number;
  /** HTTP status and Discord's own error code, when Discord answered. */
  status?: number;
  discordCode?: number | string;
}

/** Discord JSON error codes worth naming. */
export const DISCORD_CODES = {
  unknownChannel: 10003,
  unknownMessage: 10008,
  unknownWebhook: 10015,
  missingAccess: 50001,
  missingPermissions: 50013,
  threadAlreadyCreated: 160004,
} as const;

/** A thrown REST error as a delivery failure: 429/5xx/timeouts retryable; 401/403/404/invalid permanent. */
export function classifyError(err: unknown, where: string): Failure {
  if (err instanceof RateLimitError) {
    return { ok: false, retryable: true, code: 'discord_rate_limited', error: `rate limited on ${err.route} for ${Math.round(err.retryAfter)} ms`, retryAfterMs: err.retryAfter };
  }
  if (err instanceof DiscordAPIError) {
    const base = { ok: false as const, status: err.status, discordCode: err.code };
    if (err.status === 403) {
      return { ...base, retryable: false, code: 'discord_forbidden', error: `Discord refused ${where}: the bot lacks access or permission (${err.code}: ${err.message}); grant View Channel, Send Messages, Embed Links, Create Public Threads and Send Messages in Threads` };
    }
    if (err.status === 404) {
      return { ...base, retryable: false, code: 'discord_not_found', error: `Discord does not know ${where} (${err.code}: ${err.message}); check the channel id or the webhook URL` };
    }
    if (err.status === 401) {
      return { ...base, retryable: false, code: 'discord_unauthorized', error: `Discord rejected the credentials (${err.message}); check DISCORD_TOKEN or the webhook URL` };
    }
    if (err.status === 429 || err.status >= 500) return { ...base, retryable: true, code: `discord_http_${err.status}`, error: err.message };
    return { ...base, retryable: false, code: 'discord_invalid_request', error: `Discord rejected ${where} as invalid (${err.status} ${err.code}: ${err.message})` };
  }
  if (err instanceof HTTPError) return { ok: false, retryable: true, code: `discord_http_${err.status}`, error: `${err.status} ${err.message}`, status: err.status };
  const e = err as Error & { code?: string };
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError') return { ok: false, retryable: true, code: 'discord_timeout', error: `no answer from Discord for ${where}` };
  if (e instanceof Error && /token/i.test(e.message)) return { ok: false, retryable: false, code: 'discord_unauthorized', error: e.message };
  return { ok: false, retryable: true, code: 'discord_network', error: e instanceof Error ? `${e.message}${e.cause ? ` (${String((e.cause as Error).message ?? e.cause)})` : ''}` : String(err) };
}

export function isDiscordError(err: unknown, code: number): boolean {
  return err instanceof DiscordAPIError && err.code === code;
}
