/**
 * The real Bolt app (HTTPReceiver on a loopback port) driven by signed slash-command and button
 * requests, its Web API calls (auth.test, users.info, usergroups.users.list) and its response_url
 * follow-ups answered by the loopback Slack fake.
 */
import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackInbound } from '../../../adapters/slack/app.js';
import { createWebClient } from '../../../adapters/slack/client.js';
import { SlackNotifier } from '../../../adapters/slack/notifier.js';
import { slackConfigSchema } from '../../../src/config/slack.js';
import { DeliveryWorker } from '../../../src/delivery/worker.js';
import { ManualClock } from '../../../src/pipeline/clock.js';
import { processItem } from '../../../src/pipeline/process.js';
import type { Store } from '../../../src/store/port.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import { finding, item, silentLog, tempDir } from '../../helpers/pipeline.js';
import { type SlackFake, startSlackFake } from './slackFake.js';

const SECRET = 'test-signing-secret';
const sign = (secret: string, ts: number, body: string) => `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;

describe('Slack app over HTTP', () => {
  let api: SlackFake;
  let store: Store;
  let tmp: ReturnType<typeof tempDir>;
  let clock: ManualClock;
  let app: SlackInbound;
  let url: string;

  const start = async (ackDeadlineMs = 2_000) => {
    app = new SlackInbound({
      config: slackConfigSchema.parse({ port: 0, host: '127.0.0.1', apiUrl: api.apiUrl, countryCommands: { mali: 'Mali' }, managers: { groups: ['SMGR'] } }),
      botToken: 'xoxb-test',
      signingSecret: SECRET,
      store,
      clock,
      log: silentLog,
      ackDeadlineMs,
      client: { retries: 0, retryMinMs: 0, retryMaxMs: 1 },
    });
    await app.start();
    url = `http://127.0.0.1:${app.port}/slack/events`;
  };

  const send = (body: string, opts: { secret?: string; ts?: number; signature?: string | null } = {}) => {
    const ts = opts.ts ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts) };
    const sig = opts.signature === undefined ? sign(opts.secret ?? SECRET, ts, body) : opts.signature;
    if (sig !== null) headers['x-slack-signature'] = sig;
    return fetch(url, { method: 'POST', body, headers });
  };
  const command = (cmd: string, text: string, user = 'U1', channel = 'C1') =>
    new URLSearchParams({
      command: cmd,
      text,
      user_id: user,
      user_name: user === 'UADMIN' ? 'admin' : 'alice',
      channel_id: channel,
      team_id: 'T1',
      response_url: `${api.fake.url}/response/${cmd.slice(1)}`,
      trigger_id: 't1',
      api_app_id: 'A1',
      token: 'legacy',
    }).toString();
  const button = (actionId: string, value: string, user = 'U1') =>
    new URLSearchParams({
      payload: JSON.stringify({
        type: 'block_actions',
        user: { id: user, username: user === 'UADMIN' ? 'admin' : 'alice', name: 'alice', team_id: 'T1' },
        api_app_id: 'A1',
        token: 'legacy',
        container: { type: 'message', message_ts: '1700000000.000001', channel_id: 'C1', is_ephemeral: false },
        trigger_id: 't2',
        team: { id: 'T1', domain: 'test' },
        channel: { id: 'C1', name: 'alerts' },
        message: { type: 'message', ts: '1700000000.000001', text: 'alert' },
        response_url: `${api.fake.url}/response/button`,
        actions: [{ action_id: actionId, block_id: 'aw_actions', text: { type: 'plain_text', text: 'x' }, value, type: 'button', action_ts: '1700000001.000001' }],
      }),
    }).toString();
  const responses = () => api.fake.requests.filter((r) => r.path.startsWith('/response/'));
  const until = async (cond: () => boolean, ms = 3_000) => {
    const end = Date.now() + ms;
    while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    return cond();
  };

  beforeEach(async () => {
    api = await startSlackFake();
    api.users = { U1: { name: 'alice' }, UADMIN: { name: 'admin', is_admin: true }, UMGR: { name: 'manager' } };
    api.groups = { SMGR: ['UMGR'] };
    api.fake.handler = ((inner) => (req) => (req.path.startsWith('/response/') ? { body: { ok: true } } : inner(req)))(api.fake.handler);
    tmp = tempDir();
    store = openSqliteStore(`${tmp.dir}/t.db`);
    clock = new ManualClock('2025-11-20T12:00:00Z');
    await store.putSubscription({ id: 'cfg', notifier: 'slack', channel: 'C1', countries: 'all', minSeverity: 'info', ping: null, pingReported: true, origin: 'config', createdBy: null, createdAt: clock.now().toISOString() });
    await processItem(store, item('a'), [finding('ML', 'US', ['leave_immediately'])], { sourceId: 'news', baseline: false, now: clock.now(), groupWindowMs: 0 });
  });
  afterEach(async () => {
    await app?.stop();
    await store.close();
    tmp.cleanup();
    await api.close();
  });

  it('GIVEN a signed `/advisory status mali` WHEN it arrives THEN the answer comes in the ack, in the channel, with Mali’s advice', async () => {
    await start();
    const res = await send(command('/advisory', 'status mali'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_type: string; text: string; blocks: unknown[] };
    expect(body.response_type).toBe('in_channel');
    expect(body.text).toContain('Mali');
    expect(body.text).toContain('Open incident');
    expect(body.blocks.length).toBeGreaterThan(0);
  });

  it('GIVEN a per-country command configured by name WHEN `/mali` is sent with no words THEN it answers Mali’s status', async () => {
    await start();
    const res = await send(command('/mali', ''));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { text: string }).text).toContain('Mali (ML)');
  });

  it('GIVEN a misspelt country WHEN asked for its status THEN the closest matches are offered', async () => {
    await start();
    const res = await send(command('/advisory', 'status mlai'));
    const body = (await res.json()) as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/Did you mean .*Mali/);
  });

  it('GIVEN a member who is neither admin nor manager WHEN they subscribe the channel THEN they get a polite refusal and nothing changes', async () => {
    await start();
    const body = (await (await send(command('/advisory', 'subscribe mali high', 'U1'))).json()) as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('can’t change');
    expect((await store.listSubscriptions()).filter((s) => s.origin === 'command')).toEqual([]);
    expect(api.of('users.info').map((c) => c.form.user)).toEqual(['U1']);
  });

  it('GIVEN a workspace admin, then a member of the managers’ group WHEN they subscribe and silence THEN both are allowed', async () => {
    await start();
    const sub = (await (await send(command('/advisory', 'subscribe mali niger high ping <!subteam^S1|@oncall>', 'UADMIN'))).json()) as { text: string };
    expect(sub.text).toContain('Subscribed');
    const [s] = (await store.listSubscriptions()).filter((x) => x.origin === 'command');
    expect(s).toMatchObject({ channel: 'C1', countries: ['ML', 'NE'], minSeverity: 'high', ping: { groups: ['S1'] } });
    const sil = (await (await send(command('/mali', 'silence 2h drill', 'UMGR'))).json()) as { text: string };
    expect(sil.text).toContain('Silenced Mali');
    expect(api.of('usergroups.users.list')[0]!.form.usergroup).toBe('SMGR');
  });

  it('GIVEN the permission check is slow WHEN a command arrives THEN the ack goes out empty at once and the answer follows through response_url', async () => {
    const inner = api.fake.handler;
    api.fake.handler = async (req) => {
      if (req.path === '/api/users.info') await new Promise((r) => setTimeout(r, 300));
      return inner(req);
    };
    await start(50);
    const res = await send(command('/advisory', 'status mali'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(await until(() => responses().length === 1)).toBe(true);
    const follow = responses()[0]!;
    expect(follow.path).toBe('/response/advisory');
    expect(follow.json).toMatchObject({ response_type: 'in_channel', text: expect.stringContaining('Mali') });
  });

  it('GIVEN forged, unsigned and stale requests WHEN they arrive THEN each gets 401 and no command runs', async () => {
    await start();
    const body = command('/advisory', 'subscribe all', 'UADMIN');
    expect((await send(body, { secret: 'wrong-secret' })).status).toBe(401);
    expect((await send(body, { signature: null })).status).toBe(401);
    expect((await send(body, { signature: 'v0=deadbeef' })).status).toBe(401);
    const staleTs = Math.floor(Date.now() / 1000) - 10 * 60;
    expect((await send(body, { ts: staleTs })).status).toBe(401);
    // A valid signature over another body does not carry over.
    const ts = Math.floor(Date.now() / 1000);
    expect((await send(body.replace('subscribe', 'unsubscribe'), { ts, signature: sign(SECRET, ts, body) })).status).toBe(401);
    expect(api.of('users.info')).toEqual([]);
    expect((await store.listSubscriptions()).filter((s) => s.origin === 'command')).toEqual([]);
  });

  it('GIVEN a posted incident WHEN its Acknowledge button is pressed THEN it is acknowledged by that person, they get an ephemeral answer, and the alert is edited to show it', async () => {
    await start();
    const notifier = new SlackNotifier({
      client: createWebClient('xoxb-test', { apiUrl: api.apiUrl, timeoutMs: 5_000, retries: 0 }, silentLog),
      channelIntervalMs: 0,
      defaultOnCall: { users: [], groups: [], here: false },
      log: silentLog,
    });
    const worker = new DeliveryWorker(store, new Map([['slack', notifier]]), clock, { maxAttempts: 3, backoffInitialMs: 0, backoffMaxMs: 0 }, silentLog);
    expect(await worker.drain()).toMatchObject({ delivered: 1 });
    const open = await store.getOpenIncident('ML');
    const res = await send(button('aw_ack', open!.id));
    expect(res.status).toBe(200);
    expect(await until(() => responses().length === 1)).toBe(true);
    expect(responses()[0]!.json).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: expect.stringContaining('acknowledged by alice') });
    expect(await store.getIncident(open!.id)).toMatchObject({ ackedBy: 'alice' });
    expect(await worker.drain()).toMatchObject({ delivered: 1 });
    const [edit] = api.of('chat.update');
    expect(edit!.form.ts).toBe('1700000000.000001');
    expect(edit!.form.blocks).toContain('Acknowledged by alice');
    expect(edit!.form.blocks).not.toContain('aw_ack');
  });

  it('GIVEN the Silence 24 h button WHEN an admin presses it THEN Mali is silenced in that channel for 24 hours', async () => {
    await start();
    await send(button('aw_silence', 'ML', 'UADMIN'));
    expect(await until(() => responses().length === 1)).toBe(true);
    const [s] = await store.listSilences(clock.now().toISOString());
    expect(s).toMatchObject({ notifier: 'slack', channel: 'C1', country: 'ML', until: '2025-11-21T12:00:00.000Z', createdBy: 'UADMIN' });
  });

  it('GIVEN the Status button WHEN pressed THEN the status comes back to the person who pressed it', async () => {
    await start();
    await send(button('aw_status', 'ML'));
    expect(await until(() => responses().length === 1)).toBe(true);
    expect(responses()[0]!.json).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Mali') });
  });

  it('GIVEN a bot token Slack refuses WHEN the app starts THEN start fails with a message naming SLACK_BOT_TOKEN (no crash, nothing listening)', async () => {
    api.script('auth.test', () => ({ body: { ok: false, error: 'invalid_auth' } }));
    await expect(start()).rejects.toThrow(/SLACK_BOT_TOKEN.*invalid_auth/);
    expect(app.port).toBeNull();
  });

  it('GIVEN a forged button payload WHEN it arrives THEN it gets 401 and nothing is acknowledged', async () => {
    await start();
    const open = await store.getOpenIncident('ML');
    expect((await send(button('aw_ack', open!.id), { secret: 'nope' })).status).toBe(401);
    expect(await store.getIncident(open!.id)).toMatchObject({ ackedBy: null });
  });
});
