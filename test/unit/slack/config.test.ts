import { describe, expect, it } from 'vitest';
import { applyEnv } from '../../../src/config/env.js';
import { defaultConfig, parseConfig } from '../../../src/config/load.js';
import { ConfigError } from '../../../src/errors.js';

describe('Slack configuration', () => {
  it('GIVEN no Slack settings anywhere WHEN the environment is applied THEN Slack stays off', () => {
    const { config, secrets } = applyEnv(defaultConfig(), {});
    expect(config.slack).toBeUndefined();
    expect(secrets.slackBotToken).toBeUndefined();
  });

  it('GIVEN only the environment WHEN it names a bot token, signing secret, API URL, alert channel and on-call THEN a minimal deployment is configured: channel at high+, on-call pinged at critical, operators in that channel', () => {
    const { config, secrets } = applyEnv(defaultConfig(), {
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'sec',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
      SLACK_ALERT_CHANNEL: 'C1',
      SLACK_ONCALL: 'S1',
    });
    expect(secrets).toMatchObject({ slackBotToken: 'xoxb-1', slackSigningSecret: 'sec' });
    expect(config.slack).toMatchObject({ transport: 'http', apiUrl: 'http://127.0.0.1:9/api', defaultOnCall: ['S1'], channelInterval: 1000, command: '/advisory' });
    expect(config.subscriptions).toEqual([
      { id: 'env:slack:C1', notifier: 'slack', channel: 'C1', countries: 'all', minSeverity: 'high', ping: false, pingReported: true },
      { id: 'env:slack:C1:oncall', notifier: 'slack', channel: 'C1', countries: 'all', minSeverity: 'critical', ping: { users: [], groups: ['S1'], roles: [], here: false }, pingReported: true },
    ]);
    expect(config.operators).toEqual([{ notifier: 'slack', channel: 'C1' }]);
    expect(JSON.stringify(config)).not.toContain('xoxb-1');
  });

  it('GIVEN an app token and no signing secret WHEN applied THEN Socket Mode is chosen', () => {
    const { config, secrets } = applyEnv(defaultConfig(), { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(config.slack?.transport).toBe('socket');
    expect(secrets.slackAppToken).toBe('xapp-1');
  });

  it('GIVEN a file with a slack section WHEN the environment also speaks THEN the file’s settings win and its operators stay', () => {
    const file = parseConfig(
      [
        'slack:',
        '  transport: socket',
        '  apiUrl: https://slack-gov.com/api/',
        '  countryCommands: { mali: Mali, "/ci": "cote d\'ivoire" }',
        '  managers: { groups: [SOPS] }',
        '  defaultOnCall: [U42]',
        '  channelInterval: 2s',
        'operators: [{ notifier: slack, channel: COPS }]',
      ].join('\n'),
    );
    const { config } = applyEnv(file, { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_API_URL: 'http://x/api/', SLACK_ALERT_CHANNEL: 'C1', SLACK_ONCALL: 'S1' });
    expect(config.slack).toMatchObject({ transport: 'socket', apiUrl: 'https://slack-gov.com/api/', countryCommands: { '/mali': 'ML', '/ci': 'CI' }, defaultOnCall: ['U42'], channelInterval: 2000 });
    expect(config.slack?.managers).toMatchObject({ admins: true, groups: ['SOPS'] });
    expect(config.operators).toEqual([{ notifier: 'slack', channel: 'COPS' }]);
  });

  it('GIVEN a per-country command for an unknown country WHEN the file is read THEN it is refused with the closest matches', () => {
    expect(() => parseConfig('slack:\n  countryCommands: { mlai: mlai }\n')).toThrow(/unknown country "mlai".*Mali/);
  });

  it('GIVEN a malformed SLACK_ONCALL or SLACK_TRANSPORT WHEN applied THEN a configuration error names the variable', () => {
    expect(() => applyEnv(defaultConfig(), { SLACK_BOT_TOKEN: 'x', SLACK_ONCALL: '@oncall' })).toThrow(ConfigError);
    expect(() => applyEnv(defaultConfig(), { SLACK_BOT_TOKEN: 'x', SLACK_ONCALL: '@oncall' })).toThrow(/SLACK_ONCALL/);
    expect(() => applyEnv(defaultConfig(), { SLACK_BOT_TOKEN: 'x', SLACK_TRANSPORT: 'carrier-pigeon' })).toThrow(/SLACK_TRANSPORT/);
  });
});

describe('Slack app manifest', () => {
  it('GIVEN adapters/slack/manifest.yaml WHEN read THEN it declares the default command with escaping, interactivity, and every scope the app calls for', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const m = parse(readFileSync('adapters/slack/manifest.yaml', 'utf8')) as {
      features: { slash_commands: { command: string; should_escape: boolean; url: string }[] };
      oauth_config: { scopes: { bot: string[] } };
      settings: { interactivity: { is_enabled: boolean; request_url: string }; socket_mode_enabled: boolean };
    };
    const def = defaultConfig();
    const slack = applyEnv(def, { SLACK_BOT_TOKEN: 'x' }).config.slack!;
    const advisory = m.features.slash_commands.find((c) => c.command === slack.command);
    expect(advisory).toMatchObject({ should_escape: true, url: expect.stringMatching(new RegExp(`${slack.path}$`)) });
    expect(m.settings.interactivity).toMatchObject({ is_enabled: true, request_url: expect.stringMatching(/\/slack\/events$/) });
    for (const scope of ['chat:write', 'commands', 'users:read', 'usergroups:read', 'channels:history']) expect(m.oauth_config.scopes.bot).toContain(scope);
    expect(typeof m.settings.socket_mode_enabled).toBe('boolean');
  });
});
