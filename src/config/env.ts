import type { Config } from './schema.js';
import { applyDiscordEnv } from './discord.js';
import { applySlackEnv } from './slack.js';
import { applySourcesEnv } from './official.js';

/**
 * Secrets come from the environment only (never from a configuration file, never into a log).
 * Each chat integration reads its own here.
 */
export interface Secrets {
  slackBotToken?: string;
  slackSigningSecret?: string;
  slackAppToken?: string;
  discordToken?: string;
  discordPublicKey?: string;
  discordApplicationId?: string;
  /** A channel webhook URL (it carries the webhook's token). */
  discordWebhookUrl?: string;
}

export type Env = Record<string, string | undefined>;

/**
 * The environment's part of the configuration: secrets, and the settings that let the environment
 * alone configure a minimal deployment (an alert channel, an on-call to ping). Pure: returns a new
 * config; the file's own settings win where both say something, except secrets, which only the
 * environment holds.
 */
export function applyEnv(config: Config, env: Env): { config: Config; secrets: Secrets } {
  const secrets: Secrets = {};
  const out: Config = structuredClone(config);
  // Integrations add their part below (see adapters/slack and adapters/discord).
  applySlackEnv(out, env, secrets);
  applyDiscordEnv(config, out, env, secrets);
  applySourcesEnv(out, env);
  return { config: out, secrets };
}
