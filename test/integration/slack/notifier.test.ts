/**
 * The Slack notifier with the real WebClient against a loopback Slack Web API: the seeds replayed
 * through the pipeline, rate limits, server errors, refusals, escaping and per-channel pacing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWebClient } from '../../../adapters/slack/client.js';
import { SlackNotifier } from '../../../adapters/slack/notifier.js';
import { runReplay } from '../../../src/cli/replay.js';
import { applyEnv } from '../../../src/config/env.js';
import { defaultConfig } from '../../../src/config/load.js';
import type { Delivery } from '../../../src/delivery/notifier.js';
import { DeliveryWorker } from '../../../src/delivery/worker.js';
import type { Alert, Subscription } from '../../../src/domain/records.js';
import { ManualClock } from '../../../src/pipeline/clock.js';
import { processItem } from '../../../src/pipeline/process.js';
import type { Store } from '../../../src/store/port.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import { capturedLog, finding, item, silentLog, tempDir } from '../../helpers/pipeline.js';
import { pings, type SlackFake, shownText, startSlackFake } from './slackFake.js';

const notifierFor = (api: SlackFake, opts: { intervalMs?: number; log?: typeof silentLog; retries?: number } = {}) =>
  new SlackNotifier({
    client: createWebClient('xoxb-test', { apiUrl: api.apiUrl, timeoutMs: 5_000, retries: opts.retries ?? 2, retryMinMs: 0, retryMaxMs: 1 }, silentLog),
    channelIntervalMs: opts.intervalMs ?? 0,
    defaultOnCall: { users: [], groups: ['SDEFAULT'], here: false },
    log: opts.log ?? silentLog,
  });

function alert(over: Partial<Alert> = {}): Alert {
  return {
    incidentId: 'ML-1',
    revision: 1,
    action: 'open',
    country: 'ML',
    severity: 'critical',
    ping: true,
    pingReason: 'open',
    trust: 'reported',
    issuers: [{ issuer: 'US', from: 3, to: 4, signals: ['leave_immediately'], trust: 'reported', evidence: 'The U.S. tells its citizens to leave Mali.', sources: ['https://news.example/a'], reports: 1 }],
    signals: ['leave_immediately'],
    sources: ['https://news.example/a'],
    changes: [],
    openedAt: '2025-11-20T10:00:00.000Z',
    updatedAt: '2025-11-20T10:00:00.000Z',
    ackedBy: null,
    ...over,
  };
}

const delivery = (a: Alert, over: Partial<Delivery> = {}): Delivery => ({
  key: `${a.incidentId}:${a.revision}:slack:C1`,
  alert: a,
  channel: 'C1',
  ping: false,
  pingTargets: null,
  previous: null,
  attempt: 1,
  ...over,
});

describe('Slack notifier: the seeds replayed', () => {
  let api: SlackFake;
  beforeEach(async () => {
    api = await startSlackFake();
  });
  afterEach(async () => {
    await api.close();
  });

  it('GIVEN an env-only deployment (alert channel C1, on-call S1) WHEN the five Mali seeds are replayed THEN C1 gets one post, edits of that ts with thread replies, and exactly one ping', async () => {
    const { config, secrets } = applyEnv(defaultConfig(), {
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_API_URL: api.apiUrl,
      SLACK_ALERT_CHANNEL: 'C1',
      SLACK_ONCALL: 'S1',
    });
    config.slack!.channelInterval = 5;
    const out: string[] = [];
    await runReplay('seeds', { format: 'jsonl', config, secrets, quiet: true, step: '5m', start: '2025-11-20T08:00:00Z', write: (t) => void out.push(t) });
    const lines = out.join('').trim().split('\n').map((l) => JSON.parse(l) as { incident: string; revision: number });
    expect(lines.length).toBeGreaterThanOrEqual(2);

    const posts = api.of('chat.postMessage');
    const top = posts.filter((p) => !p.form.thread_ts);
    expect(top).toHaveLength(1);
    expect(top[0]!.form.channel).toBe('C1');
    expect(top[0]!.headers.authorization).toBe('Bearer xoxb-test');
    const ts = '1700000000.000001';
    const updates = api.of('chat.update');
    const replies = posts.filter((p) => p.form.thread_ts);
    // Every later revision: one edit of that ts and one reply in its thread.
    expect(updates).toHaveLength(lines.length - 1);
    expect(replies).toHaveLength(lines.length - 1);
    for (const u of updates) expect(u.form).toMatchObject({ channel: 'C1', ts });
    for (const r of replies) expect(r.form).toMatchObject({ channel: 'C1', thread_ts: ts });
    // Edits come after the post, and each reply after its edit.
    expect(api.calls.findIndex((c) => c.apiMethod === 'chat.update')).toBeGreaterThan(api.calls.indexOf(top[0]!));

    const allPings = [...posts, ...updates].flatMap((c) => pings(shownText(c)).map((p) => ({ p, c })));
    const pinged = new Set(allPings.map((x) => x.c));
    expect(pinged.size).toBe(1);
    expect([...pinged][0]).toBe(top[0]);
    expect(allPings.every((x) => x.p === '<!subteam^S1>')).toBe(true);

    const blocks = JSON.parse(top[0]!.form.blocks!) as { type: string; text?: { text: string } }[];
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: expect.stringContaining('Mali') } });
    expect(JSON.stringify(blocks)).toContain('Leave immediately');
    expect(blocks.at(-1)).toMatchObject({ type: 'actions' });
    expect(JSON.parse(top[0]!.form.metadata!)).toMatchObject({ event_type: 'advisory_incident', event_payload: { incident_id: lines[0]!.incident } });
  }, 30_000);
});

describe('Slack notifier: failures', () => {
  let api: SlackFake;
  let store: Store;
  let tmp: ReturnType<typeof tempDir>;
  let clock: ManualClock;
  const sub = (channel: string): Subscription => ({
    id: `s-${channel}`,
    notifier: 'slack',
    channel,
    countries: 'all',
    minSeverity: 'info',
    ping: null,
    pingReported: true,
    origin: 'config',
    createdBy: null,
    createdAt: '2025-11-01T00:00:00.000Z',
  });
  const open = (key: string, over: Partial<ReturnType<typeof finding>> = {}, link?: string) =>
    processItem(store, item(key, link ? { link } : {}), [{ ...finding('ML', 'US', ['leave_immediately']), ...over }], {
      sourceId: 'news',
      baseline: false,
      now: clock.now(),
      groupWindowMs: 0,
    });
  const worker = (n: SlackNotifier, log = silentLog, operators = [{ notifier: 'slack', channel: 'COPS' }]) =>
    new DeliveryWorker(store, new Map([['slack', n]]), clock, { maxAttempts: 5, backoffInitialMs: 0, backoffMaxMs: 0, operators }, log);

  beforeEach(async () => {
    api = await startSlackFake();
    tmp = tempDir();
    store = openSqliteStore(`${tmp.dir}/t.db`);
    clock = new ManualClock('2025-11-20T12:00:00Z');
  });
  afterEach(async () => {
    await store.close();
    tmp.cleanup();
    await api.close();
  });

  it('GIVEN Slack answers 429 (Retry-After 0) once WHEN the outbox is drained twice THEN the alert is posted exactly once', async () => {
    await store.putSubscription(sub('C1'));
    await open('a');
    api.script('chat.postMessage', (_c, n) => (n === 1 ? { status: 429, headers: { 'retry-after': '0' }, body: { ok: false, error: 'ratelimited' } } : null));
    const w = worker(notifierFor(api));
    expect(await w.drain()).toMatchObject({ delivered: 0, retried: 1 });
    expect(await w.drain()).toMatchObject({ delivered: 1 });
    expect(await w.drain()).toMatchObject({ delivered: 0, retried: 0 });
    expect(api.of('chat.postMessage')).toHaveLength(2);
    expect(await store.outboxCounts()).toMatchObject({ delivered: 1, pending: 0 });
    const inc = await store.getOpenIncident('ML');
    expect(await store.getMessageRef(inc!.id, 'slack', 'C1')).toEqual({ channel: 'C1', ts: '1700000000.000001' });
  });

  it('GIVEN a 429 with Retry-After 30 WHEN delivered THEN the result is retryable with retryAfterMs 30000', async () => {
    api.script('chat.postMessage', () => ({ status: 429, headers: { 'retry-after': '30' }, body: { ok: false, error: 'ratelimited' } }));
    const r = await notifierFor(api).deliver(delivery(alert()));
    expect(r).toMatchObject({ ok: false, retryable: true, code: 'rate_limited', retryAfterMs: 30_000 });
    expect(api.of('chat.postMessage')).toHaveLength(1);
  });

  it('GIVEN Slack answers 500 twice WHEN the alert is delivered THEN the client retries and it is posted once', async () => {
    await store.putSubscription(sub('C1'));
    await open('a');
    api.script('chat.postMessage', (_c, n) => (n <= 2 ? { status: 500, body: 'oops' } : null));
    expect(await worker(notifierFor(api)).drain()).toMatchObject({ delivered: 1 });
    expect(api.of('chat.postMessage')).toHaveLength(3);
  });

  it('GIVEN Slack keeps answering 500 WHEN delivered THEN the failure is retryable (the worker tries again later)', async () => {
    api.script('chat.postMessage', () => ({ status: 503, body: 'down' }));
    const r = await notifierFor(api, { retries: 1 }).deliver(delivery(alert()));
    expect(r).toMatchObject({ ok: false, retryable: true, code: 'http_503' });
    expect(api.of('chat.postMessage')).toHaveLength(2);
  });

  it('GIVEN a channel that does not exist WHEN the outbox is drained THEN the delivery is rejected once, logged, and the operators are told', async () => {
    await store.putSubscription(sub('CGONE'));
    await open('a');
    api.script('chat.postMessage', (c) => (c.form.channel === 'CGONE' ? { body: { ok: false, error: 'channel_not_found' } } : null));
    const logs = capturedLog();
    const w = worker(notifierFor(api), logs.log);
    expect(await w.drain()).toMatchObject({ failed: 1 });
    await w.drain(); // the operators' notice goes out first thing on the next drain
    await w.drain();
    expect(await store.outboxCounts()).toMatchObject({ rejected: 1, pending: 0 });
    expect(api.of('chat.postMessage').filter((c) => c.form.channel === 'CGONE')).toHaveLength(1);
    const notice = api.of('chat.postMessage').filter((c) => c.form.channel === 'COPS');
    expect(notice).toHaveLength(1);
    expect(notice[0]!.form.text).toContain('channel_not_found');
    expect(logs.lines().some((l) => l.level === 50 && l.code === 'channel_not_found')).toBe(true);
  });

  it.each(['not_in_channel', 'is_archived', 'invalid_auth'])('GIVEN Slack answers %s WHEN delivered THEN the failure is permanent', async (error) => {
    api.script('chat.postMessage', () => ({ body: { ok: false, error } }));
    const r = await notifierFor(api).deliver(delivery(alert()));
    expect(r).toMatchObject({ ok: false, retryable: false, code: error });
    expect(api.of('chat.postMessage')).toHaveLength(1);
  });

  it('GIVEN a feed item whose text holds <!channel>, <@U123> and <https://evil|click> WHEN it becomes an alert THEN Slack receives it as plain text and nobody is pinged', async () => {
    await store.putSubscription(sub('C1'));
    const evil = 'Attention <!channel> and <@U123>: the U.S. tells citizens to leave Mali now, see <https://evil|click> & more.';
    await open('evil', { evidence: evil }, 'https://news.example/x?a=<!channel>');
    expect(await worker(notifierFor(api)).drain()).toMatchObject({ delivered: 1 });
    const [post] = api.of('chat.postMessage');
    const shown = shownText(post!);
    expect(pings(shown)).toEqual([]);
    expect(shown).not.toMatch(/<https:\/\/evil/);
    expect(shown).toContain('&lt;!channel&gt;');
    expect(shown).toContain('&lt;@U123&gt;');
    expect(shown).toContain('&lt;https://evil|click&gt; &amp; more');
  });
});

describe('Slack notifier: one message per incident', () => {
  let api: SlackFake;
  beforeEach(async () => {
    api = await startSlackFake();
  });
  afterEach(async () => {
    await api.close();
  });

  it('GIVEN a posted incident WHEN it is resolved THEN the message is edited to resolved and a reply says so', async () => {
    const n = notifierFor(api);
    const r = await n.deliver(delivery(alert(), { ping: true, pingTargets: { users: ['U9'], groups: [], roles: [], here: false } }));
    expect(r).toEqual({ ok: true, ref: { channel: 'C1', ts: '1700000000.000001' } });
    expect(pings(shownText(api.of('chat.postMessage')[0]!))).toContain('<@U9>');
    const resolved = alert({ revision: 2, action: 'resolve', ping: false, pingReason: null, changes: ['US: Leave immediately lifted'] });
    expect(await n.deliver(delivery(resolved, { previous: { channel: 'C1', ts: '1700000000.000001' } }))).toMatchObject({ ok: true });
    const [update] = api.of('chat.update');
    expect(update!.form).toMatchObject({ channel: 'C1', ts: '1700000000.000001' });
    expect(update!.form.blocks).toContain('RESOLVED');
    expect(update!.form.blocks).not.toContain('aw_ack');
    const reply = api.of('chat.postMessage')[1]!;
    expect(reply.form.thread_ts).toBe('1700000000.000001');
    expect(reply.form.text).toContain('Resolved');
    expect(pings(shownText(update!))).toEqual([]);
  });

  it('GIVEN a ping with no named targets WHEN posted THEN the configured default on-call is pinged', async () => {
    await notifierFor(api).deliver(delivery(alert(), { ping: true, pingTargets: { users: [], groups: [], roles: [], here: false } }));
    expect(pings(shownText(api.of('chat.postMessage')[0]!))).toContain('<!subteam^SDEFAULT>');
  });

  it('GIVEN a severity rise on a posted incident WHEN delivered THEN the ping goes in the thread reply, not in the edit', async () => {
    const n = notifierFor(api);
    const rose = alert({ revision: 3, action: 'update', pingReason: 'severity_rise', changes: ['US: Ordered departure'] });
    await n.deliver(delivery(rose, { ping: true, pingTargets: { users: [], groups: ['S1'], roles: [], here: false }, previous: { channel: 'C1', ts: '1.1' } }));
    expect(pings(shownText(api.of('chat.update')[0]!))).toEqual([]);
    const reply = api.of('chat.postMessage')[0]!;
    expect(reply.form.thread_ts).toBe('1.1');
    expect(pings(reply.form.text!)).toEqual(['<!subteam^S1>']);
  });

  it('GIVEN the incident message was deleted in Slack WHEN a revision comes THEN it is posted again instead of lost', async () => {
    api.script('chat.update', () => ({ body: { ok: false, error: 'message_not_found' } }));
    const r = await notifierFor(api).deliver(delivery(alert({ revision: 2, action: 'update' }), { previous: { channel: 'C1', ts: '9.9' } }));
    expect(r).toMatchObject({ ok: true, ref: { channel: 'C1', ts: '1700000000.000001' } });
    expect(api.of('chat.postMessage').filter((c) => !c.form.thread_ts)).toHaveLength(1);
  });

  it('GIVEN a first post that timed out after Slack took it WHEN retried THEN the earlier message is found by its metadata and edited', async () => {
    api.script('chat.postMessage', (_c, n) => (n === 1 ? { status: 502, body: 'bad gateway' } : null));
    api.script('conversations.history', () => ({
      body: { ok: true, messages: [{ ts: '5.5', text: 'x', metadata: { event_type: 'advisory_incident', event_payload: { incident_id: 'ML-1', revision: 1 } } }] },
    }));
    const n = notifierFor(api, { retries: 0 });
    expect(await n.deliver(delivery(alert()))).toMatchObject({ ok: false, retryable: true });
    expect(await n.deliver(delivery(alert(), { attempt: 2 }))).toMatchObject({ ok: true, ref: { channel: 'C1', ts: '5.5' } });
    expect(api.of('chat.update')[0]!.form.ts).toBe('5.5');
    expect(api.of('chat.postMessage').filter((c) => !c.form.thread_ts)).toHaveLength(1);
  });
});

describe('Slack notifier: pacing', () => {
  let api: SlackFake;
  beforeEach(async () => {
    api = await startSlackFake();
  });
  afterEach(async () => {
    await api.close();
  });

  it('GIVEN 30 alerts for one channel at once WHEN delivered THEN they reach Slack in order, spaced at the channel rate, while another channel is not held up', async () => {
    const interval = 40;
    const n = notifierFor(api, { intervalMs: interval });
    const burst = Array.from({ length: 30 }, (_, i) => n.deliver(delivery(alert({ incidentId: `ML-${i}` }), { key: `k${i}` })));
    const other = n.deliver(delivery(alert({ incidentId: 'NE-1', country: 'NE' }), { key: 'other', channel: 'C2' }));
    const results = await Promise.all([...burst, other]);
    expect(results.every((r) => r.ok)).toBe(true);
    const c1 = api.of('chat.postMessage').filter((c) => c.form.channel === 'C1');
    expect(c1.map((c) => (JSON.parse(c.form.metadata!) as { event_payload: { incident_id: string } }).event_payload.incident_id)).toEqual(
      Array.from({ length: 30 }, (_, i) => `ML-${i}`),
    );
    const gaps = c1.slice(1).map((c, i) => c.at - c1[i]!.at);
    // A message starts an interval after the previous one was answered, so Slack sees at least the
    // interval between arrivals (less a little clock granularity); no upper bound is asserted.
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(interval * 0.9);
    expect(c1.at(-1)!.at - c1[0]!.at).toBeGreaterThanOrEqual(29 * interval * 0.9);
    const c2 = api.of('chat.postMessage').find((c) => c.form.channel === 'C2')!;
    expect(c2.at).toBeLessThan(c1[10]!.at);
  });
});
