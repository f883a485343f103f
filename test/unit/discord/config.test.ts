import { describe, expect, it } from 'vitest';
import { discordApiBase, parseWebhookUrl } from '../../../src/config/discord.js';
import { applyEnv } from '../../../src/config/env.js';
import { defaultConfig, parseConfig } from '../../../src/config/load.js';
import { ConfigError } from '../../../src/errors.js';

describe('Discord configuration and environment', () => {
  it('GIVEN only DISCORD_* variables THEN a minimal deployment: alert channel at high and above, on-call role on critical, operators to that channel, secrets kept apart', () => {
    const { config, secrets } = applyEnv(defaultConfig(), {
      DISCORD_TOKEN: 'tok',
      DISCORD_APPLICATION_ID: '777777777777777777',
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
      DISCORD_ALERT_CHANNEL: '111111111111111111',
      DISCORD_ONCALL_ROLE: '222222222222222222',
    });
    expect(secrets).toMatchObject({ discordToken: 'tok', discordApplicationId: '777777777777777777' });
    expect(JSON.stringify(config)).not.toContain('tok');
    expect(config.discord).toMatchObject({ mode: 'bot', interactions: 'gateway', apiUrl: 'http://127.0.0.1:9/api', oncallRole: '222222222222222222' });
    expect(config.subscriptions).toEqual([
      { id: 'env:discord:111111111111111111', notifier: 'discord', channel: '111111111111111111', countries: 'all', minSeverity: 'high', ping: false, pingReported: true },
      {
        id: 'env:discord:111111111111111111:oncall',
        notifier: 'discord',
        channel: '111111111111111111',
        countries: 'all',
        minSeverity: 'critical',
        ping: { users: [], groups: [], roles: ['222222222222222222'], here: false },
        pingReported: true,
      },
    ]);
    expect(config.operators).toEqual([{ notifier: 'discord', channel: '111111111111111111' }]);
  });

  it('GIVEN a public key THEN interactions come over HTTP; GIVEN a webhook URL and no token THEN webhook mode', () => {
    expect(applyEnv(defaultConfig(), { DISCORD_TOKEN: 't', DISCORD_PUBLIC_KEY: 'ab'.repeat(32) }).config.discord?.interactions).toBe('http');
    const w = applyEnv(defaultConfig(), { DISCORD_WEBHOOK_URL: 'https://discord.com/api/webhooks/333333333333333333/abcdefghijklmnopqrstuvwxyz0123456789' });
    expect(w.config.discord?.mode).toBe('webhook');
    expect(w.config.subscriptions[0]).toMatchObject({ notifier: 'discord', channel: 'webhook' });
    expect(applyEnv(defaultConfig(), {}).config.discord).toBeUndefined();
  });

  it('GIVEN a file that says something THEN the file wins (API URL, on-call role, its own subscription and operators)', () => {
    const file = parseConfig(
      [
        'discord:',
        '  apiUrl: https://proxy.example/api',
        '  oncallRole: "333333333333333333"',
        '  countryCommands: { mali: Mali, ci: "ivory coast" }',
        'subscriptions:',
        '  - { notifier: discord, channel: "111111111111111111", countries: [ML], minSeverity: info }',
        'operators:',
        '  - { notifier: console, channel: ops }',
      ].join('\n'),
    );
    expect(file.discord?.countryCommands).toEqual({ mali: 'ML', ci: 'CI' });
    const { config } = applyEnv(file, { DISCORD_TOKEN: 't', DISCORD_API_URL: 'http://127.0.0.1:9', DISCORD_ALERT_CHANNEL: '111111111111111111', DISCORD_ONCALL_ROLE: '222222222222222222' });
    expect(config.discord).toMatchObject({ apiUrl: 'https://proxy.example/api', oncallRole: '333333333333333333' });
    expect(config.subscriptions).toHaveLength(1);
    expect(config.operators).toEqual([{ notifier: 'console', channel: 'ops' }]);
  });

  it('GIVEN bad values THEN configuration errors name them', () => {
    expect(() => parseConfig('discord:\n  countryCommands: { mali: Atlantis }')).toThrow(/Atlantis/);
    expect(() => parseConfig('discord:\n  mode: carrier-pigeon')).toThrow(ConfigError);
    expect(() => applyEnv(defaultConfig(), { DISCORD_TOKEN: 't', DISCORD_API_URL: 'not a url' })).toThrow(/DISCORD_API_URL/);
    expect(() => applyEnv(defaultConfig(), { DISCORD_TOKEN: 't', DISCORD_INTERACTIONS: 'smoke' })).toThrow(ConfigError);
  });

  it('GIVEN API and webhook URLs THEN the REST base and the webhook id and token are found', () => {
    expect(discordApiBase(undefined)).toBe('https://discord.com/api');
    expect(discordApiBase('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/api');
    expect(discordApiBase('http://127.0.0.1:8080/api/v10/')).toBe('http://127.0.0.1:8080/api');
    expect(discordApiBase('https://proxy.example/discord/api')).toBe('https://proxy.example/discord/api');
    expect(parseWebhookUrl('https://discord.com/api/webhooks/333333333333333333/abc-DEF_ghi0123456789xyz')).toEqual({ api: 'https://discord.com/api', id: '333333333333333333', token: 'abc-DEF_ghi0123456789xyz' });
    expect(parseWebhookUrl('https://discordapp.com/api/v10/webhooks/333333333333333333/abc-DEF_ghi0123456789xyz/')?.api).toBe('https://discordapp.com/api');
    expect(parseWebhookUrl('https://discord.com/channels/1/2')).toBeNull();
  });
});
