/**
 * What the composition root needs from the Discord adapter: the notifier (bot or webhook) and the
 * inbound interface (HTTP interactions endpoint or gateway), built from the `discord:` section and
 * the secrets from the environment.
 */
import type { Logger } from 'pino';
import { discordApiBase, type DiscordConfig, parseWebhookUrl } from '../../src/config/discord.js';
import type { Secrets } from '../../src/config/env.js';
import { ConfigError } from '../../src/errors.js';
import type { Clock } from '../../src/pipeline/clock.js';
import type { Store } from '../../src/store/port.js';
import { GatewayInbound } from './gateway.js';
import { type InteractionDeps, InteractionsEndpoint } from './interactions.js';
import { botTransport, DiscordNotifier, webhookTransport } from './notifier.js';
import { createRest } from './rest.js';

export { DiscordNotifier } from './notifier.js';

export function createDiscordNotifier(cfg: DiscordConfig, secrets: Secrets, log: Logger): DiscordNotifier {
  const restOpts = { timeoutMs: cfg.timeout, maxRateLimitWaitMs: cfg.maxRateLimitWait, log };
  if (cfg.mode === 'webhook') {
    if (!secrets.discordWebhookUrl) throw new ConfigError('discord: webhook mode needs DISCORD_WEBHOOK_URL in the environment');
    const hook = parseWebhookUrl(secrets.discordWebhookUrl);
    if (!hook) throw new ConfigError('discord: DISCORD_WEBHOOK_URL is not a webhook URL (…/api/webhooks/<id>/<token>)');
    const rest = createRest({ ...restOpts, api: discordApiBase(cfg.apiUrl ?? hook.api) });
    return new DiscordNotifier({ transport: webhookTransport(rest, hook), buttons: false, oncallRole: cfg.oncallRole, log });
  }
  if (!secrets.discordToken) throw new ConfigError('discord: bot mode needs DISCORD_TOKEN in the environment (or mode: webhook with DISCORD_WEBHOOK_URL)');
  const rest = createRest({ ...restOpts, api: discordApiBase(cfg.apiUrl), token: secrets.discordToken });
  return new DiscordNotifier({ transport: botTransport(rest), buttons: cfg.interactions !== 'none', oncallRole: cfg.oncallRole, log });
}

export interface InboundDeps {
  store: Store;
  clock: Clock;
  log: Logger;
}

/**
 * The inbound interface, or null in webhook mode or with interactions: none. A missing public key
 * is reported when the endpoint starts, so that `replay` works without one.
 */
export function createDiscordInbound(
  cfg: DiscordConfig,
  secrets: Secrets,
  deps: InboundDeps,
): InteractionsEndpoint | GatewayInbound | null {
  if (cfg.mode === 'webhook' || cfg.interactions === 'none') return null;
  if (!secrets.discordToken) throw new ConfigError('discord: interactions need DISCORD_TOKEN in the environment');
  const api = discordApiBase(cfg.apiUrl);
  const idep: InteractionDeps = {
    ...deps,
    rest: createRest({ api, token: secrets.discordToken, timeoutMs: cfg.timeout, maxRateLimitWaitMs: cfg.maxRateLimitWait, log: deps.log }),
    countryCommands: cfg.countryCommands,
    managerRoles: cfg.managerRoles,
    deferAfterMs: cfg.deferAfter,
  };
  if (cfg.interactions === 'gateway') return new GatewayInbound({ token: secrets.discordToken, api, timeoutMs: cfg.timeout }, idep);
  return new InteractionsEndpoint({ host: cfg.host, port: cfg.port, path: cfg.path, publicKeyHex: secrets.discordPublicKey, maxSkewMs: cfg.maxSkew }, idep);
}
