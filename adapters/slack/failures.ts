/**
 * Web API failures → the notifier port's result: which are worth retrying (429, 5xx, network) and
 * which are refusals to report (channel_not_found, not_in_channel, is_archived, invalid_auth …).
 * No SDK import: errors are told apart by their documented `code` strings.
 */
import type { DeliveryResult } from '../../src/delivery/notifier.js';

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
