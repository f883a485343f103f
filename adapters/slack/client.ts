/**
 * The Web API client the notifier and the Bolt app share the settings of: configurable base URL
 * (GovSlack, proxies, tests), a request timeout, a bounded retry policy for 5xx and network errors
 * (never the SDK's 30-minute default), and 429s handed back to the caller instead of slept on, so
 * that the delivery worker reschedules them (honouring Retry-After) without blocking other channels.
 */
import { type Logger as SlackLogger, LogLevel, WebClient, type WebClientOptions } from '@slack/web-api';
import type { Logger } from 'pino';
import type { DeliveryResult } from '../../src/delivery/notifier.js';

export interface ClientSettings {
  apiUrl: string;
  timeoutMs: number;
  retries: number;
  /** Backoff between the client's own retries (tests: 0). */
  retryMinMs?: number;
  retryMaxMs?: number;
}

export function clientOptions(s: ClientSettings, log: Logger): WebClientOptions {
  return {
    slackApiUrl: s.apiUrl.endsWith('/') ? s.apiUrl : `${s.apiUrl}/`,
    timeout: s.timeoutMs,
    retryConfig: { retries: s.retries, factor: 2, minTimeout: s.retryMinMs ?? 1_000, maxTimeout: s.retryMaxMs ?? 10_000, randomize: true },
    rejectRateLimitedCalls: true,
    logger: slackLogger(log),
    logLevel: LogLevel.WARN,
  };
}

export function createWebClient(token: string, s: ClientSettings, log: Logger): WebClient {
  return new WebClient(token, clientOptions(s, log));
}

/** Slack SDK logger → pino (the SDK's own chatter at debug, its warnings and errors as such). */
export function slackLogger(log: Logger): SlackLogger {
  let level: LogLevel = LogLevel.WARN;
  const rank: Record<LogLevel, number> = { [LogLevel.DEBUG]: 0, [LogLevel.INFO]: 1, [LogLevel.WARN]: 2, [LogLevel.ERROR]: 3 };
  const at = (l: LogLevel, fn: (msg: string) => void) => (...msg: unknown[]) => {
    if (rank[l] >= rank[level]) fn(msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' '));
  };
  return {
    debug: at(LogLevel.DEBUG, (m) => log.debug({ component: 'slack-sdk' }, m)),
    info: at(LogLevel.INFO, (m) => log.debug({ component: 'slack-sdk' }, m)),
    warn: at(LogLevel.WARN, (m) => log.warn({ component: 'slack-sdk' }, m)),
    error: at(LogLevel.ERROR, (m) => log.error({ component: 'slack-sdk' }, m)),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}

/** Platform errors that repeating cannot fix: the delivery is rejected and the operators told. */
const PERMANENT_HINTS: Record<string, string> = {
  channel_not_found: 'the channel does not exist or the app cannot see it (a private channel needs the app invited)',
  not_in_channel: 'the app is not a member of the channel; invite it with /invite @advisory-watch',
  is_archived: 'the channel is archived',
  invalid_auth: 'SLACK_BOT_TOKEN is not valid',
  not_authed: 'no token was sent; set SLACK_BOT_TOKEN',
  account_inactive: 'the token belongs to a deactivated app or user',
  token_revoked: 'the token was revoked; reinstall the app',
  token_expired: 'the token expired; reinstall the app',
  missing_scope: 'the app lacks a scope it needs; reinstall it from adapters/slack/manifest.yaml',
  no_permission: 'the app may not post there',
  restricted_action: 'a workspace setting forbids the app to post there',
  restricted_action_read_only_channel: 'the channel is read-only',
  restricted_action_thread_only_channel: 'the channel accepts thread replies only',
  ekm_access_denied: 'the workspace’s key management denied access',
  team_access_not_granted: 'the app is not granted access to that workspace',
  invalid_blocks: 'Slack refused the message layout',
  invalid_arguments: 'Slack refused the request',
  msg_too_long: 'the message was too long',
};
const RETRYABLE_PLATFORM = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** Classifies anything the Web API client threw into the notifier port's failure result. */
export function failureOf(err: unknown): Extract<DeliveryResult, { ok: false }> & { uncertain: boolean } {
  const e = err as { code?: string; message?: string; data?: { error?: string }; retryAfter?: number; statusCode?: number; headers?: Record<string, string> };
  const message = e?.message ?? String(err);
  switch (e?.code) {
    case 'slack_webapi_rate_limited_error':
      return { ok: false, retryable: true, code: 'rate_limited', error: `Slack rate limit; retry after ${e.retryAfter ?? 1} s`, retryAfterMs: Math.max(0, (e.retryAfter ?? 1) * 1000), uncertain: false };
    case 'slack_webapi_platform_error': {
      const code = e.data?.error ?? 'platform_error';
      if (RETRYABLE_PLATFORM.has(code)) return { ok: false, retryable: true, code, error: `Slack answered ${code}`, uncertain: true };
      const hint = PERMANENT_HINTS[code];
      return { ok: false, retryable: false, code, error: hint ? `${code}: ${hint}` : `Slack refused the request: ${code}`, uncertain: false };
    }
    case 'slack_webapi_http_error': {
      const status = e.statusCode ?? 0;
      if (status === 429) {
        const after = Number.parseInt(e.headers?.['retry-after'] ?? '', 10);
        return { ok: false, retryable: true, code: 'rate_limited', error: 'Slack rate limit (HTTP 429)', retryAfterMs: Number.isFinite(after) ? after * 1000 : 1000, uncertain: false };
      }
      const retryable = status >= 500 || status === 408;
      return { ok: false, retryable, code: `http_${status}`, error: `Slack answered HTTP ${status}`, uncertain: retryable };
    }
    case 'slack_webapi_request_error':
      return { ok: false, retryable: true, code: 'request_failed', error: `request to Slack failed: ${message}`, uncertain: true };
    default:
      return { ok: false, retryable: true, code: e?.code ?? 'slack_error', error: message, uncertain: true };
  }
}
