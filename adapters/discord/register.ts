#!/usr/bin/env node
/**
 * `npm run discord:register [-- --guild <id>] [--config <file>] [--dry-run]`: registers the slash
 * commands (`/advisory` and the configured per-country commands) globally, or for one guild
 * (visible at once there), from the same definitions the interactions handler reads.
 * Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID; DISCORD_API_URL is honoured.
 * Exit codes: 0 registered, 1 Discord refused, 2 bad configuration or usage.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Routes } from 'discord.js';
import { displayCountry } from '../../src/commands/country.js';
import { discordApiBase, discordConfigSchema } from '../../src/config/discord.js';
import { applyEnv, type Env } from '../../src/config/env.js';
import { defaultConfig, loadConfig } from '../../src/config/load.js';
import { AppError, ConfigError, describeError } from '../../src/errors.js';
import { commandDefinitions } from './commands.js';
import { createRest } from './rest.js';

export async function register(argv: string[], env: Env, out: (s: string) => void): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, options: { guild: { type: 'string' }, config: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean' } } }).values;
  } catch (err) {
    out(`${(err as Error).message}\nusage: npm run discord:register -- [--guild <id>] [--config <file>] [--dry-run]\n`);
    return 2;
  }
  if (args.help) {
    out('usage: npm run discord:register -- [--guild <id>] [--config <file>] [--dry-run]\n');
    return 0;
  }
  try {
    const path = args.config ?? (existsSync('config/default.yaml') ? 'config/default.yaml' : undefined);
    const { config, secrets } = applyEnv(path ? loadConfig(path) : defaultConfig(), env);
    const discord = config.discord ?? discordConfigSchema.parse({});
    const body = commandDefinitions(discord.countryCommands, displayCountry);
    const guild = args.guild ?? discord.guildId;
    if (guild !== undefined && !/^\d{15,21}$/.test(guild)) throw new ConfigError(`--guild must be a guild id (digits), got "${guild}"`);
    if (args['dry-run']) {
      out(`${JSON.stringify(body, null, 2)}\n`);
      return 0;
    }
    if (!secrets.discordToken) throw new ConfigError('DISCORD_TOKEN is not set');
    if (!secrets.discordApplicationId) throw new ConfigError('DISCORD_APPLICATION_ID is not set');
    const rest = createRest({ api: discordApiBase(discord.apiUrl), token: secrets.discordToken, timeoutMs: discord.timeout, maxRateLimitWaitMs: discord.maxRateLimitWait });
    const route = guild ? Routes.applicationGuildCommands(secrets.discordApplicationId, guild) : Routes.applicationCommands(secrets.discordApplicationId);
    const done = (await rest.put(route, { body })) as { name: string }[];
    out(`registered ${done.length} command(s) ${guild ? `in guild ${guild}` : 'globally (may take up to an hour to appear)'}: ${done.map((c) => `/${c.name}`).join(', ')}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      out(`${err.message}\n`);
      return 2;
    }
    const { code, message } = describeError(err);
    out(`error [${err instanceof AppError ? err.code : code}]: Discord refused the commands: ${message}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '')) {
  register(process.argv.slice(2), process.env, (s) => process.stdout.write(s)).then((code) => {
    process.exitCode = code;
  });
}
