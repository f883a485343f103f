import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonlNotifier } from '../../../adapters/jsonl/notifier.js';
import type { Delivery, DeliveryResult, Notifier } from '../../../src/delivery/notifier.js';
import { backoffMs, DeliveryWorker } from '../../../src/delivery/worker.js';
import type { Subscription } from '../../../src/domain/records.js';
import { ManualClock } from '../../../src/pipeline/clock.js';
import { processItem } from '../../../src/pipeline/process.js';
import type { Store } from '../../../src/store/port.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import { capturedLog, finding, item, tempDir } from '../../helpers/pipeline.js';

class Scripted implements Notifier {
  readonly name = 'chat';
  readonly seen: Delivery[] = [];
  constructor(private readonly script: (d: Delivery) => DeliveryResult) {}
  async deliver(d: Delivery): Promise<DeliveryResult> {
    this.seen.push(d);
    return this.script(d);
  }
}

const sub: Subscription = {
  id: 's',
  notifier: 'chat',
  channel: 'C1',
  countries: 'all',
  minSeverity: 'info',
  ping: { users: [], groups: ['S1'], roles: [], here: false },
  pingReported: true,
  origin: 'config',
  createdBy: null,
  createdAt: '2025-11-01T00:00:00.000Z',
};
const OPTS = { maxAttempts: 3, backoffInitialMs: 1_000, backoffMaxMs: 10_000 };

describe('delivery worker', () => {
  let store: Store;
  let tmp: ReturnType<typeof tempDir>;
  let clock: ManualClock;
  let logs: ReturnType<typeof capturedLog>;

  beforeEach(async () => {
    tmp = tempDir();
    store = openSqliteStore(`${tmp.dir}/t.db`);
    clock = new ManualClock('2025-11-01T12:00:00Z');
    logs = capturedLog();
    await store.putSubscription(sub);
  });
  afterEach(async () => {
    await store.close();
    tmp.cleanup();
  });

  const open = (key: string, country = 'ML', minutes = 0) =>
    processItem(store, item(key), [finding(country, 'US', ['leave_immediately'])], {
      sourceId: 'n',
      baseline: false,
      now: new Date(clock.now().getTime() + minutes * 60_000),
      groupWindowMs: 0,
    });

  it('GIVEN a 429 with Retry-After THEN the delivery waits that long, then is delivered once, and the message ref is kept', async () => {
    let calls = 0;
    const chat = new Scripted(() => (++calls === 1 ? { ok: false, retryable: true, code: 'rate_limited', error: '429', retryAfterMs: 5_000 } : { ok: true, ref: { ts: '1.1' } }));
    const worker = new DeliveryWorker(store, new Map([['chat', chat]]), clock, OPTS, logs.log);
    await open('a');
    expect(await worker.drain()).toEqual({ delivered: 0, retried: 1, failed: 0 });
    clock.advance(4_000);
    expect(await worker.drain()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    clock.advance(1_500);
    expect(await worker.drain()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(chat.seen.map((d) => d.attempt)).toEqual([1, 2]);
    const [incident] = await store.listIncidents({});
    expect(await store.getMessageRef(incident!.id, 'chat', 'C1')).toEqual({ ts: '1.1' });
    expect(chat.seen[0]).toMatchObject({ ping: true, pingTargets: { groups: ['S1'] }, previous: null });
  });

  it('GIVEN a platform that rejects (unknown channel) THEN no retry, the row is rejected and logged with its code', async () => {
    const chat = new Scripted(() => ({ ok: false, retryable: false, code: 'channel_not_found', error: 'no such channel' }));
    const worker = new DeliveryWorker(store, new Map([['chat', chat]]), clock, OPTS, logs.log);
    await open('a');
    expect(await worker.drain()).toEqual({ delivered: 0, retried: 0, failed: 1 });
    expect(await store.outboxCounts()).toMatchObject({ rejected: 1, pending: 0 });
    expect(logs.lines().find((l) => l.msg === 'delivery failed for good')).toMatchObject({ code: 'channel_not_found', status: 'rejected' });
  });

  it('GIVEN a platform that fails every time THEN it gives up after maxAttempts and marks the row dead (kept, not lost)', async () => {
    const chat = new Scripted(() => ({ ok: false, retryable: true, code: 'http_500', error: 'server error' }));
    const worker = new DeliveryWorker(store, new Map([['chat', chat]]), clock, OPTS, logs.log);
    await open('a');
    for (let i = 0; i < 5; i++) {
      await worker.drain();
      clock.advance(20_000);
    }
    expect(chat.seen).toHaveLength(3);
    expect(await store.outboxCounts()).toMatchObject({ dead: 1, pending: 0 });
  });

  it('GIVEN a notifier that throws or hangs THEN the attempt counts as a retryable failure', async () => {
    const thrower: Notifier = { name: 'chat', deliver: async () => Promise.reject(new Error('socket hang up')) };
    const worker = new DeliveryWorker(store, new Map([['chat', thrower]]), clock, { ...OPTS, attemptTimeoutMs: 50 }, logs.log);
    await open('a');
    expect(await worker.drain()).toMatchObject({ retried: 1 });
    const hanger: Notifier = { name: 'chat', deliver: () => new Promise(() => undefined) };
    clock.advance(60_000);
    const w2 = new DeliveryWorker(store, new Map([['chat', hanger]]), clock, { ...OPTS, attemptTimeoutMs: 50 }, logs.log);
    expect(await w2.drain()).toMatchObject({ retried: 1 });
    expect(logs.lines().some((l) => l.code === 'delivery_timeout')).toBe(true);
  });

  it('GIVEN revision 2 is due while revision 1 of the same channel is still retrying THEN revision 2 waits, so edits never precede the post', async () => {
    let failFirst = true;
    const chat = new Scripted((d) => {
      if (d.alert.revision === 1 && failFirst) {
        failFirst = false;
        return { ok: false, retryable: true, code: 'timeout', error: 't' };
      }
      return { ok: true, ref: { ts: `r${d.alert.revision}` } };
    });
    const worker = new DeliveryWorker(store, new Map([['chat', chat]]), clock, OPTS, logs.log);
    await open('a');
    await processItem(store, item('b'), [finding('ML', 'GB', ['leave_immediately'])], { sourceId: 'n', baseline: false, now: clock.now(), groupWindowMs: 0 });
    await worker.drain();
    expect(chat.seen.map((d) => d.alert.revision)).toEqual([1]);
    clock.advance(5_000);
    await worker.drain();
    expect(chat.seen.map((d) => d.alert.revision)).toEqual([1, 1, 2]);
    expect(chat.seen[2]?.previous).toEqual({ ts: 'r1' });
  });

  it('GIVEN a JSONL file that already holds a delivery (crash after writing, before marking) THEN a restart does not write it twice', async () => {
    const path = `${tmp.dir}/alerts.jsonl`;
    await store.putSubscription({ ...sub, id: 'j', notifier: 'jsonl', channel: 'file' });
    await open('a');
    const first = new DeliveryWorker(store, new Map([['jsonl', new JsonlNotifier({ path })]]), clock, OPTS, logs.log);
    await first.drain();
    // Simulate the crash window: the row is pending again although the line reached the file.
    const [incident] = await store.listIncidents({});
    const row = (await store.listOutboxForRevision(incident!.id, 1)).find((r) => r.notifier === 'jsonl')!;
    await store.markRetry(row.id, 0, clock.now().toISOString(), 'simulated crash');
    const restarted = new DeliveryWorker(store, new Map([['jsonl', new JsonlNotifier({ path })]]), clock, OPTS, logs.log);
    await restarted.drain();
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ country: 'ML', action: 'open', ping: true, key: `${incident!.id}:1:jsonl:file` });
  });

  it('GIVEN attempts THEN backoff grows exponentially, is capped, and honours a longer Retry-After', () => {
    const r = () => 0.5;
    expect(backoffMs(1, OPTS, undefined, r)).toBe(1_000);
    expect(backoffMs(3, OPTS, undefined, r)).toBe(4_000);
    expect(backoffMs(10, OPTS, undefined, r)).toBe(10_000);
    expect(backoffMs(1, OPTS, 7_000, r)).toBe(7_000);
  });
});
