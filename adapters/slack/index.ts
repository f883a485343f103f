/**
 * What the composition root (src/main.ts) builds from the `slack:` configuration and the secrets:
 * the notifier (needs SLACK_BOT_TOKEN) and the inbound app (also needs SLACK_SIGNING_SECRET for the
 * HTTP transport, or SLACK_APP_TOKEN for Socket Mode).
 */
import type { Logger } from 'pino';
import type { SlackConfig } from '../../src/config/slack.js';
import { slackTargets } from '../../src/config/slack.js';
import { createWebClient } from './client.js';
import { SlackNotifier } from './notifier.js';

export { SlackNotifier } from './notifier.js';

export function createSlackNotifier(cfg: SlackConfig, botToken: string, log: Logger): SlackNotifier {
  const client = createWebClient(botToken, { apiUrl: cfg.apiUrl, timeoutMs: cfg.timeout, retries: cfg.retries }, log.child({ component: 'slack' }));
  return new SlackNotifier({ client, channelIntervalMs: cfg.channelInterval, defaultOnCall: slackTargets(cfg.defaultOnCall), log });
}
