import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Subscription } from '../../../src/domain/records.js';
import { processItem, runMaintenance } from '../../../src/pipeline/process.js';
import type { Store } from '../../../src/store/port.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import { finding, item, tempDir } from '../../helpers/pipeline.js';

const T0 = Date.parse('2025-11-01T12:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const opts = (minutes: number, over: Partial<Parameters<typeof processItem>[3]> = {}) => ({
  sourceId: 'news',
  baseline: false,
  now: at(minutes),
  groupWindowMs: 60_000,
  ...over,
});

function sub(over: Partial<Subscription> = {}): Subscription {
  return {
    id: 'all',
    notifier: 'console',
    channel: 'ops',
    countries: 'all',
    minSeverity: 'info',
    ping: { users: [], groups: [], roles: [], here: false },
    pingReported: true,
    origin: 'config',
    createdBy: null,
    createdAt: at(0).toISOString(),
    ...over,
  };
}

describe('processItem: state → events → incident → outbox, in one transaction', () => {
  let store: Store;
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(async () => {
    tmp = tempDir();
    store = openSqliteStore(`${tmp.dir}/t.db`);
    await store.putSubscription(sub());
  });
  afterEach(async () => {
    await store.close();
    tmp.cleanup();
  });

  const revisions = async (id: string) => {
    const out = [];
    for (let r = 1; ; r++) {
      const rev = await store.getRevision(id, r);
      if (!rev) return out;
      out.push(rev.alert);
    }
  };

  it('GIVEN five reports about Mali from several issuers THEN one incident, one ping, later revisions carry the new issuers', async () => {
    await processItem(store, item('a'), [finding('ML', 'US', ['leave_immediately'])], opts(0));
    await processItem(store, item('b'), [finding('ML', 'US', ['leave_immediately', 'authorized_departure'])], opts(5));
    await processItem(store, item('c'), [finding('ML', 'US', ['leave_immediately']), finding('ML', 'GB', ['leave_immediately']), finding('ML', 'IT', ['leave_immediately'])], opts(10));
    await processItem(store, item('d'), [finding('ML', 'US', ['leave_immediately'])], opts(15));
    await processItem(store, item('e'), [finding('ML', 'AU', ['leave_immediately']), finding('ML', 'DE', ['leave_immediately'])], opts(20));

    const incidents = await store.listIncidents({});
    expect(incidents).toHaveLength(1);
    const alerts = await revisions(incidents[0]!.id);
    expect(alerts.map((a) => [a.action, a.severity, a.ping])).toEqual([
      ['open', 'critical', true],
      ['update', 'critical', false],
      ['update', 'critical', false],
      ['update', 'critical', false],
      ['update', 'critical', false],
    ]);
    expect(alerts[0]!.issuers.map((i) => i.issuer)).toEqual(['US']);
    expect(alerts[2]!.issuers.map((i) => i.issuer)).toEqual(['US', 'GB', 'IT']);
    expect(alerts[4]!.issuers.map((i) => i.issuer)).toEqual(['US', 'GB', 'IT', 'AU', 'DE']);
    expect(alerts[4]!.signals).toEqual(['leave_immediately', 'authorized_departure']);
    expect(alerts[3]!.changes).toEqual(['US: corroborated by https://news.example/d']);
    expect((await store.outboxCounts()).pending).toBe(5);
  });

  it('GIVEN the same item twice THEN the second is skipped and nothing is written', async () => {
    await processItem(store, item('a'), [finding('ML', 'US', ['leave_immediately'])], opts(0));
    const again = await processItem(store, item('a'), [finding('ML', 'US', ['leave_immediately'])], opts(1));
    expect(again.skipped).toBe(true);
    expect((await store.outboxCounts()).pending).toBe(1);
  });

  it('GIVEN two changes within the group window THEN they fold into one revision with one delivery', async () => {
    await processItem(store, item('a'), [finding('ML', 'US', ['leave_immediately'])], opts(0));
    await processItem(store, item('b'), [finding('ML', 'GB', ['leave_immediately'])], { ...opts(0), now: new Date(T0 + 30_000) });
    const [incident] = await store.listIncidents({});
    expect(incident!.revision).toBe(1);
    const alerts = await revisions(incident!.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.issuers.map((i) => i.issuer)).toEqual(['US', 'GB']);
    expect(alerts[0]!.action).toBe('open');
    const rows = await store.listOutboxForRevision(incident!.id, 1);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.dueAt).toBe(new Date(T0 + 60_000).toISOString());
  });

  it('GIVEN only corroboration or a lowering with no open incident THEN no incident opens', async () => {
    const ne = { trust: 'official' as const, issuer: 'US', country: 'NE', snapshot: true };
    await processItem(store, item('base', ne), [finding('NE', 'US', [], 4)], opts(0, { baseline: true, sourceId: 'us' }));
    await processItem(store, item('x', ne), [finding('NE', 'US', [], 3)], opts(5, { sourceId: 'us' }));
    expect(await store.listIncidents({})).toEqual([]);
  });

  it('GIVEN an incident from a raise to 4 WHEN the level returns to its baseline THEN the incident resolves with an edit, not a new alarm', async () => {
    const us = { trust: 'official' as const, issuer: 'US', country: 'HT', snapshot: true };
    await processItem(store, item('v1', { ...us, hash: '1' }), [finding('HT', 'US', [], 3)], opts(0, { baseline: true, sourceId: 'us' }));
    await processItem(store, item('v1', { ...us, hash: '2' }), [finding('HT', 'US', ['ordered_departure'], 4)], opts(10, { sourceId: 'us' }));
    await processItem(store, item('v1', { ...us, hash: '3' }), [finding('HT', 'US', [], 4)], opts(20, { sourceId: 'us' }));
    await processItem(store, item('v1', { ...us, hash: '4' }), [finding('HT', 'US', [], 3)], opts(30, { sourceId: 'us' }));
    const incidents = await store.listIncidents({});
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.status).toBe('resolved');
    const alerts = await revisions(incidents[0]!.id);
    expect(alerts.map((a) => a.action)).toEqual(['open', 'update', 'resolve']);
    expect(alerts.map((a) => a.ping)).toEqual([true, false, false]);
    expect(alerts[2]!.issuers[0]).toMatchObject({ issuer: 'US', from: 3, to: 3 });
  });

  it('GIVEN a high incident WHEN a critical change arrives THEN the severity rises and the revision pings again', async () => {
    await processItem(store, item('a'), [finding('LB', 'US', ['authorized_departure'])], opts(0));
    await processItem(store, item('b'), [finding('LB', 'US', ['ordered_departure'])], opts(10));
    const [incident] = await store.listIncidents({});
    const alerts = await revisions(incident!.id);
    expect(alerts.map((a) => [a.severity, a.ping, a.pingReason])).toEqual([
      ['high', true, 'open'],
      ['critical', true, 'severity_rise'],
    ]);
  });

  it('GIVEN subscriptions by country and severity, and a silence THEN only matching, unsilenced channels get the delivery', async () => {
    await store.putSubscription(sub({ id: 'sahel', channel: 'sahel', countries: ['ML', 'NE'], minSeverity: 'critical' }));
    await store.putSubscription(sub({ id: 'asia', channel: 'asia', countries: ['JP'] }));
    await store.putSubscription(sub({ id: 'quiet', channel: 'quiet', ping: null }));
    await store.putSubscription(sub({ id: 'silenced', channel: 'silenced' }));
    await store.addSilence({ notifier: 'console', channel: 'silenced', country: 'ML', until: at(60).toISOString(), reason: 'drill', createdBy: 'U1', createdAt: at(0).toISOString() });
    await processItem(store, item('a'), [finding('ML', 'US', ['leave_immediately'])], opts(0));
    const [incident] = await store.listIncidents({});
    const rows = await store.listOutboxForRevision(incident!.id, 1);
    expect(rows.map((r) => [r.channel, r.ping]).sort()).toEqual([
      ['ops', true],
      ['quiet', false],
      ['sahel', true],
    ]);
  });

  it('GIVEN a subscription that does not ping news-only incidents THEN its delivery carries no ping', async () => {
    await store.putSubscription(sub({ id: 'strict', channel: 'strict', pingReported: false }));
    await processItem(store, item('a'), [finding('ML', 'US', ['leave_immediately'])], opts(0));
    const [incident] = await store.listIncidents({});
    const rows = await store.listOutboxForRevision(incident!.id, 1);
    expect(rows.find((r) => r.channel === 'strict')?.ping).toBe(false);
    expect(rows.find((r) => r.channel === 'ops')?.ping).toBe(true);
  });

  it('GIVEN an unacknowledged critical incident WHEN the repeat interval passes THEN one reminder revision pings; none once acknowledged', async () => {
    await processItem(store, item('a'), [finding('ML', 'US', ['leave_immediately'])], opts(0));
    expect(await runMaintenance(store, at(60), { repeatIntervalMs: 4 * 3_600_000 })).toEqual([]);
    const reminded = await runMaintenance(store, at(241), { repeatIntervalMs: 4 * 3_600_000 });
    expect(reminded).toHaveLength(1);
    const [incident] = await store.listIncidents({});
    const rev = await store.getRevision(incident!.id, 2);
    expect(rev?.alert).toMatchObject({ ping: true, pingReason: 'repeat', action: 'update' });
    await store.putIncident({ ...incident!, ackedBy: 'U1', ackedAt: at(242).toISOString() });
    expect(await runMaintenance(store, at(600), { repeatIntervalMs: 4 * 3_600_000 })).toEqual([]);
  });

  it('GIVEN a news-only incident WHEN nothing new arrives for staleAfter THEN it resolves once; an official one stays open', async () => {
    await processItem(store, item('a'), [finding('ML', 'US', ['leave_immediately'])], opts(0));
    await processItem(store, item('o', { trust: 'official', issuer: 'GB' }), [finding('NE', 'GB', ['leave_immediately'])], opts(0, { sourceId: 'gb' }));
    const week = 7 * 86_400_000;
    expect(await runMaintenance(store, at(60), { repeatIntervalMs: week * 10, staleAfterMs: week })).toEqual([]);
    const out = await runMaintenance(store, at(7 * 24 * 60 + 1), { repeatIntervalMs: week * 10, staleAfterMs: week });
    expect(out).toHaveLength(1);
    const ml = (await store.listIncidents({ country: 'ML' }))[0]!;
    expect(ml.status).toBe('resolved');
    expect((await store.getRevision(ml.id, 2))?.alert).toMatchObject({ action: 'resolve', ping: false });
    expect((await store.listIncidents({ country: 'NE' }))[0]!.status).toBe('open');
  });

  it('GIVEN a failure inside the transaction THEN nothing of the item lands and it is processed again later', async () => {
    const broken = { ...finding('ML', 'US', ['leave_immediately']), signals: null as unknown as [] };
    await expect(processItem(store, item('a'), [broken], opts(0))).rejects.toThrow();
    expect(await store.getSeenHash('news', 'a')).toBeNull();
    expect(await store.listStates()).toEqual([]);
    const ok = await processItem(store, item('a'), [finding('ML', 'US', ['leave_immediately'])], opts(1));
    expect(ok.revisions).toHaveLength(1);
  });
});
