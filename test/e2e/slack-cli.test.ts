/**
 * The "Done when" check of the Slack issue, as a person would run it:
 *   SLACK_BOT_TOKEN=xoxb-test SLACK_API_URL=<fake> SLACK_ALERT_CHANNEL=C1 SLACK_ONCALL=S1 \
 *     npm run -s cli -- replay seeds --format jsonl
 * The environment alone configures Slack; the replayed messages also go to the loopback Slack.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlertLine } from '../../src/delivery/format.js';
import { runCli } from '../helpers/cli.js';
import { pings, type SlackFake, shownText, startSlackFake } from '../integration/slack/slackFake.js';

describe('command line: replay into Slack from the environment alone', () => {
  let api: SlackFake;
  beforeEach(async () => {
    api = await startSlackFake();
  });
  afterEach(async () => {
    await api.close();
  });

  it('GIVEN SLACK_BOT_TOKEN, SLACK_API_URL, SLACK_ALERT_CHANNEL=C1 and SLACK_ONCALL=S1 WHEN the seeds are replayed THEN the Mali incident is posted once in C1 pinging S1, then edited with thread replies', async () => {
    const { code, stdout, stderr } = await runCli(['replay', 'seeds', '--format', 'jsonl', '--start', '2025-11-04T08:00:00Z'], {
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_API_URL: api.apiUrl,
      SLACK_ALERT_CHANNEL: 'C1',
      SLACK_ONCALL: 'S1',
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as AlertLine);
    expect(new Set(lines.map((l) => l.incident)).size).toBe(1);
    expect(lines[0]).toMatchObject({ country: 'ML', action: 'open', severity: 'critical' });

    const posts = api.of('chat.postMessage');
    const top = posts.filter((p) => !p.form.thread_ts);
    expect(top).toHaveLength(1);
    expect(top[0]!.form.channel).toBe('C1');
    expect(top[0]!.headers.authorization).toBe('Bearer xoxb-test');
    const ts = '1700000000.000001';
    expect(api.of('chat.update').map((u) => [u.form.channel, u.form.ts])).toEqual(lines.slice(1).map(() => ['C1', ts]));
    expect(posts.filter((p) => p.form.thread_ts === ts)).toHaveLength(lines.length - 1);
    const pinging = [...posts, ...api.of('chat.update')].filter((c) => pings(shownText(c)).length > 0);
    expect(pinging).toEqual([top[0]]);
    expect(pings(shownText(top[0]!))).toEqual(expect.arrayContaining(['<!subteam^S1>']));
    expect(new Set(pings(shownText(top[0]!)))).toEqual(new Set(['<!subteam^S1>']));
  }, 60_000);
});
