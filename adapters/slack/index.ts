/**
 * What the composition root (src/main.ts) builds from the `slack:` configuration and the secrets:
 * the notifier (needs SLACK_BOT_TOKEN) and the inbound app (also needs SLACK_SIGNING_SECRET for the
 * HTTP transport, or SLACK_APP_TOKEN for Socket Mode).
 */
import type { Logger } from 'pino';
import type { Secrets } from '../../src/config/env.js';
import type { SlackConfig } from '../../src/config/slack.js';
import { slackTargets } from '../../src/config/slack.js';
import { SlackNotifier } from './notifier.js';
import type { Inbound } from '../../src/main.js';
import type { Clock } from '../../src/pipeline/clock.js';
import type { Store } from '../../src/store/port.js';

export { SlackNotifier } from './notifier.js';

export function createSlackNotifier(cfg: SlackConfig, botToken: string, log: Logger): SlackNotifier {
  const client = async () =>
    (await import('./client.js')).createWebClient(botToken, { apiUrl: cfg.apiUrl, timeoutMs: cfg.timeout, retries: cfg.retries }, log.child({ component: 'slack' }));
  return new SlackNotifier({ client, channelIntervalMs: cfg.channelInterval, defaultOnCall: slackTargets(cfg.defaultOnCall), log });
}

export interface SlackInboundDeps {
  store: Store;
  clock: Clock;
  log: Logger;
}

/**
 * The inbound Slack app. When the secrets its transport needs are missing, starting it only logs
 * why (alerts still go out through the notifier); nothing is said until `start`, so that `replay`
 * stays quiet. Bolt is loaded only when the app starts.
 */
export function createSlackInbound(cfg: SlackConfig, secrets: Secrets, deps: SlackInboundDeps): Inbound | null {
  if (!secrets.slackBotToken) return null;
  const log = deps.log.child({ component: 'slack-app' });
  const missing =
    cfg.transport === 'http' && !secrets.slackSigningSecret
      ? 'SLACK_SIGNING_SECRET is not set: Slack commands and buttons are off (alerts still go out)'
      : cfg.transport === 'socket' && !secrets.slackAppToken
        ? 'SLACK_APP_TOKEN is not set: Slack Socket Mode, commands and buttons are off (alerts still go out)'
        : null;
  if (missing) {
    return {
      name: 'slack',
      start: async () => void log.warn({ code: 'slack_inbound_disabled' }, missing),
      stop: async () => undefined,
    };
  }
  let app: { start(): Promise<void>; stop(): Promise<void> } | null = null;
  let starting: Promise<void> | null = null;
  const start = async (): Promise<void> => {
    const { SlackInbound } = await import('./app.js');
    const inbound = new SlackInbound({
      config: cfg,
      botToken: secrets.slackBotToken!,
      ...(secrets.slackSigningSecret ? { signingSecret: secrets.slackSigningSecret } : {}),
      ...(secrets.slackAppToken ? { appToken: secrets.slackAppToken } : {}),
      store: deps.store,
      clock: deps.clock,
      log: deps.log,
    });
    await inbound.start();
    app = inbound;
  };
  return {
    name: 'slack',
    start() {
      starting = start();
      return starting;
    },
    async stop() {
      // A stop during start waits for the start to settle, so that nothing is left listening.
      await starting?.catch(() => undefined);
      await app?.stop();
      app = null;
    },
  };
}
