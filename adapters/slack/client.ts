/**
 * The Web API client the notifier and the Bolt app share the settings of: configurable base URL
 * (GovSlack, proxies, tests), a request timeout, a bounded retry policy for 5xx and network errors
 * (never the SDK's 30-minute default), and 429s handed back to the caller instead of slept on, so
 * that the delivery worker reschedules them (honouring Retry-After) without blocking other channels.
 * This module loads the SDK; adapters/slack/index.ts imports it only when Slack is first used.
 */
import { type Logger as SlackLogger, LogLevel, WebClient, type WebClientOptions } from '@slack/web-api';
import type { Logger } from 'pino';

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

export { failureOf } from './failures.js';
