/**
 * The official-source test bench: a loopback fake serving fixture snapshots, the real app
 * (`createApp` with a real SQLite file in a temp dir, the real classifier, a ManualClock) with one
 * configured source, and `poll()` = advance the clock one interval, `pollSource`, deliver.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../../src/config/load.js';
import type { Delivery, DeliveryResult, NoticeDelivery, Notifier } from '../../../src/delivery/notifier.js';
import type { Alert } from '../../../src/domain/records.js';
import { type App, createApp } from '../../../src/main.js';
import { ManualClock } from '../../../src/pipeline/clock.js';
import { type PollOutcome, pollSource } from '../../../src/pipeline/poll.js';
import { type FakeServer, type HandlerResult, type Recorded, startFake } from '../../helpers/fakeHttp.js';
import { silentLog, tempDir } from '../../helpers/pipeline.js';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/official');

export function fixture(rel: string): string {
  return readFileSync(join(FIXTURES, rel), 'utf8');
}

/** Records alerts and operators' notices instead of printing them. */
export class Capture implements Notifier {
  readonly name = 'console';
  readonly alerts: Alert[] = [];
  readonly notices: NoticeDelivery[] = [];
  async deliver(d: Delivery): Promise<DeliveryResult> {
    this.alerts.push(d.alert);
    return { ok: true, ref: { n: String(this.alerts.length) } };
  }
  async notice(n: NoticeDelivery): Promise<DeliveryResult> {
    this.notices.push(n);
    return { ok: true, ref: { n: String(this.notices.length) } };
  }
}

export type Route = (req: Recorded) => HandlerResult;

export interface Bench {
  app: App;
  fake: FakeServer;
  clock: ManualClock;
  capture: Capture;
  /** Serve these replies by path from now on ("/feed.xml" → fixture body or a reply). */
  serve(routes: Record<string, string | HandlerResult | Route>): void;
  /** Advance the clock by `advanceMs` (default 10 min), poll the source once, deliver what is due. */
  poll(advanceMs?: number): Promise<PollOutcome>;
  incidents(): Promise<Awaited<ReturnType<App['store']['listIncidents']>>>;
  close(): Promise<void>;
}

/** `sourceYaml` is one source entry in flow style; `{url}` in it is replaced by the fake's base URL. */
export async function bench(sourceYaml: string, opts: { outageNotice?: string; start?: string } = {}): Promise<Bench> {
  const tmp = tempDir('aw-official-');
  let routes: Record<string, string | HandlerResult | Route> = {};
  const fake = await startFake((req) => {
    const r = routes[req.path.split('?')[0] ?? req.path];
    if (r === undefined) return { status: 404, body: 'not found' };
    if (typeof r === 'function') return r(req);
    if (typeof r === 'string') return { headers: { 'content-type': contentType(req.path) }, body: r };
    return r;
  });
  const config = parseConfig(
    [
      'sources:',
      `  - ${sourceYaml.replaceAll('{url}', fake.url)}`,
      'http: {timeout: 2s}',
      `scheduler: {outageNotice: ${opts.outageNotice ?? '1h'}, backoffInitial: 1m, backoffMax: 5m}`,
      'alerts: {groupWindow: 0s}',
      'operators: [{notifier: console, channel: ops}]',
      'subscriptions:',
      '  - {notifier: console, channel: alerts, countries: all, minSeverity: info, ping: true}',
      '',
    ].join('\n'),
  );
  const clock = new ManualClock(opts.start ?? '2026-07-20T12:00:00Z');
  const capture = new Capture();
  const app = await createApp({ config, clock, dbPath: join(tmp.dir, 'aw.db'), log: silentLog, notifiers: [capture] });
  const source = app.sources[0]!;
  return {
    app,
    fake,
    clock,
    capture,
    serve(next) {
      routes = next;
    },
    async poll(advanceMs = 10 * 60_000) {
      clock.advance(advanceMs);
      const out = await pollSource(source, app.pollDeps, { force: true });
      await app.tick();
      return out;
    },
    incidents: () => app.store.listIncidents({ limit: 100 }),
    async close() {
      await app.stop({ drainMs: 0 });
      await fake.close();
      tmp.cleanup();
    },
  };
}

function contentType(path: string): string {
  if (path.endsWith('.json') || path.includes('/api/') || path.includes('opendata')) return 'application/json';
  if (path.endsWith('.atom')) return 'application/atom+xml';
  return 'application/rss+xml';
}
