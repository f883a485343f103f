import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Classifier } from '../../../src/domain/types.js';
import { ManualClock } from '../../../src/pipeline/clock.js';
import { type PollDeps, pollSource } from '../../../src/pipeline/poll.js';
import { RssSource } from '../../../src/sources/rss.js';
import type { Store } from '../../../src/store/port.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import { type FakeServer, type HandlerResult, hang, startFake, stream } from '../../helpers/fakeHttp.js';
import { capturedLog, tempDir } from '../../helpers/pipeline.js';

const rss = (items: { guid: string; title: string; body: string }[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>http://x</link><description>d</description>${items
    .map((i) => `<item><guid>${i.guid}</guid><title>${i.title}</title><link>http://news.example/${i.guid}</link><description>${i.body}</description></item>`)
    .join('')}</channel></rss>`;

/** A classifier for this test only: "leave <CC>" in the text is a US call to leave that country. */
const tiny: Classifier = {
  classify: ({ text }) =>
    [...text.matchAll(/leave ([A-Z]{2})/g)].map((m) => ({ country: m[1]!, issuer: 'US', level: null, signals: ['leave_immediately' as const], evidence: m[0] })),
};

describe('polling sources: failures are recorded, logged, backed off, and never stop the others', () => {
  let fake: FakeServer;
  let store: Store;
  let tmp: ReturnType<typeof tempDir>;
  let clock: ManualClock;
  let logs: ReturnType<typeof capturedLog>;
  let deps: PollDeps;
  let goodBody = rss([{ guid: 'a1', title: 'Mali', body: 'The embassy urged citizens to leave ML now.' }]);

  beforeEach(async () => {
    tmp = tempDir();
    store = openSqliteStore(`${tmp.dir}/t.db`);
    clock = new ManualClock('2025-11-01T12:00:00Z');
    logs = capturedLog();
    fake = await startFake((req): HandlerResult => {
      switch (req.path) {
        case '/good.xml':
          if (req.headers['if-none-match'] === '"v1"') return { status: 304 };
          return { headers: { etag: '"v1"', 'content-type': 'application/rss+xml' }, body: goodBody };
        case '/malformed.xml':
          return { headers: { 'content-type': 'application/rss+xml' }, body: '<rss version="2.0"><channel><title>cut' };
        case '/html.xml':
          return { headers: { 'content-type': 'text/html' }, body: '<!doctype html><html><head><title>Login</title></head><body>Please sign in</body></html>' };
        case '/huge.xml':
          return stream({ bytes: 400_000, chunkSize: 16_384, delayMs: 1 });
        case '/hang.xml':
          return hang();
        case '/error.xml':
          return { status: 500, body: 'oops' };
        default:
          return { status: 404, body: 'no' };
      }
    });
    deps = {
      store,
      classifier: tiny,
      clock,
      log: logs.log,
      groupWindowMs: 60_000,
      backoffInitialMs: 60_000,
      backoffMaxMs: 3_600_000,
      alertOnFirstPoll: true,
    };
  });
  afterEach(async () => {
    await fake.close();
    await store.close();
    tmp.cleanup();
  });

  const source = (id: string) =>
    new RssSource({ id, url: `${fake.url}/${id}.xml`, issuer: null, country: null, trust: 'reported', http: { timeoutMs: 400, maxBytes: 100_000, maxRedirects: 3, userAgent: 'aw-test' } });

  it('GIVEN a good feed polled twice THEN 200 with items, then a conditional 304 with the validator kept', async () => {
    const good = source('good');
    expect(await pollSource(good, deps)).toMatchObject({ status: 'items', items: 1, processed: 1 });
    expect(fake.requests.at(-1)?.headers['if-none-match']).toBeUndefined();
    expect(await pollSource(good, deps)).toEqual({ status: 'not_modified' });
    expect(fake.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(await store.getFetchState('good')).toMatchObject({ etag: '"v1"' });
    expect(await store.getSourceHealth('good')).toMatchObject({ consecutiveFailures: 0, baselined: true, lastErrorCode: null });
    expect((await store.listIncidents({})).map((i) => i.country)).toEqual(['ML']);
  });

  it.each([
    ['malformed', 'parse_error'],
    ['html', 'invalid_content'],
    ['huge', 'too_large'],
    ['hang', 'fetch_timeout'],
    ['error', 'http_status'],
  ])('GIVEN the %s feed beside a good one WHEN both are polled THEN it fails with %s, health and a log line say so, and the good one works', async (id, code) => {
    const bad = source(id);
    const good = source('good');
    const outcome = await pollSource(bad, deps);
    expect(outcome).toMatchObject({ status: 'failed', code });
    expect(await pollSource(good, deps)).toMatchObject({ status: 'items', processed: 1 });

    const health = await store.getSourceHealth(id);
    expect(health).toMatchObject({ consecutiveFailures: 1, lastErrorCode: code, lastSuccessAt: null });
    expect(health?.nextAttemptAt).toBe('2025-11-01T12:01:00.000Z');
    const line = logs.lines().find((l) => l.source === id && l.msg === 'source poll failed; backing off');
    expect(line).toMatchObject({ code, level: 40, failures: 1 });
    expect(String(line?.err)).not.toBe('');
  });

  it('GIVEN a 500 THEN the source backs off exponentially and is skipped until its next attempt, then recovers', async () => {
    const flaky = source('error');
    await pollSource(flaky, deps);
    expect(await pollSource(flaky, deps)).toMatchObject({ status: 'backing_off' });
    clock.advance(61_000);
    await pollSource(flaky, deps);
    expect((await store.getSourceHealth('error'))?.nextAttemptAt).toBe(new Date(clock.now().getTime() + 120_000).toISOString());
    clock.advance(121_000);
    fake.handler = () => ({ headers: { 'content-type': 'application/rss+xml' }, body: goodBody });
    expect(await pollSource(flaky, deps)).toMatchObject({ status: 'items' });
    expect(await store.getSourceHealth('error')).toMatchObject({ consecutiveFailures: 0, lastErrorCode: null, nextAttemptAt: null });
  });

  it('GIVEN a new source WHEN it is first polled in normal mode THEN state is established silently and nothing alerts', async () => {
    const quiet = { ...deps, alertOnFirstPoll: false };
    await pollSource(source('good'), quiet);
    expect(await store.listStates('ML')).toHaveLength(1);
    expect(await store.listIncidents({})).toEqual([]);
    goodBody = rss([
      { guid: 'a2', title: 'Niger', body: 'Citizens should leave NE.' },
      { guid: 'a1', title: 'Mali', body: 'The embassy urged citizens to leave ML now.' },
    ]);
    fake.handler = () => ({ headers: { 'content-type': 'application/rss+xml' }, body: goodBody });
    await pollSource(source('good'), quiet);
    expect((await store.listIncidents({})).map((i) => i.country)).toEqual(['NE']);
  });
});

describe('source outages are reported to the operators once, and their recovery once', () => {
  it('GIVEN a source failing longer than the threshold THEN one outage notice; WHEN it recovers THEN one recovery notice', async () => {
    const tmp = tempDir();
    const store = openSqliteStore(`${tmp.dir}/t.db`);
    const clock = new ManualClock('2025-11-01T12:00:00Z');
    let up = false;
    const fake = await startFake((): HandlerResult => (up ? { headers: { 'content-type': 'application/rss+xml' }, body: rss([]) } : { status: 503, body: 'down' }));
    const deps: PollDeps = {
      store,
      classifier: tiny,
      clock,
      log: capturedLog().log,
      groupWindowMs: 0,
      backoffInitialMs: 60_000,
      backoffMaxMs: 600_000,
      operators: [{ notifier: 'jsonl', channel: 'ops' }],
      outageNoticeMs: 30 * 60_000,
    };
    const src = new RssSource({ id: 'gov', url: `${fake.url}/f.xml`, issuer: 'US', country: null, trust: 'official', http: { timeoutMs: 1_000, maxBytes: 10_000, maxRedirects: 0, userAgent: 't' } });
    try {
      for (let i = 0; i < 8; i++) {
        await pollSource(src, deps, { force: true });
        clock.advance(10 * 60_000);
      }
      const notices = await store.claimDueNotices(clock.now().toISOString(), 10);
      expect(notices.map((n) => n.kind)).toEqual(['source_outage']);
      expect(notices[0]!.title).toMatch(/^Source gov has been failing for 30m/);
      expect(notices[0]!.text).toMatch(/503/);
      up = true;
      await pollSource(src, deps, { force: true });
      await pollSource(src, deps, { force: true });
      const after = await store.claimDueNotices(clock.now().toISOString(), 10);
      expect(after.map((n) => n.kind)).toEqual(['source_outage', 'source_recovered']);
      expect(await store.getSourceHealth('gov')).toMatchObject({ failingSince: null, outageNoticedAt: null, consecutiveFailures: 0 });
    } finally {
      await fake.close();
      await store.close();
      tmp.cleanup();
    }
  });
});
