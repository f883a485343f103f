/**
 * Pipeline benchmarks (printed figures; never asserted by tests):
 *  1. latency — items published one at a time on a loopback RSS server, polled by the real scheduler
 *     through the real fetch, parse, classify, store and delivery code: time from an item becoming
 *     visible to its alert reaching the notifier (p50, p99);
 *  2. cost — many items through poll → classify → one transaction each → outbox: ms per item.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../src/config/load.js';
import type { Delivery, DeliveryResult, Notifier } from '../src/delivery/notifier.js';
import { createLogger } from '../src/log.js';
import { createApp } from '../src/main.js';
import { pollSource } from '../src/pipeline/poll.js';

const COUNTRIES = ['Mali', 'Niger', 'Chad', 'Haiti', 'Sudan', 'Yemen', 'Libya', 'Iraq', 'Lebanon', 'Burkina Faso', 'Somalia', 'Syria', 'Myanmar', 'Venezuela', 'Iran', 'Israel', 'Ukraine', 'Belarus', 'Afghanistan', 'Nicaragua'];

function article(i: number): { guid: string; title: string; body: string } {
  const country = COUNTRIES[i % COUNTRIES.length]!;
  return {
    guid: `item-${i}`,
    title: `Security alert ${i}: ${country}`,
    body: `<p>WASHINGTON — The U.S. Department of State on Tuesday urged U.S. citizens in ${country} to leave the country immediately while commercial flights remain available, citing the deteriorating security situation (bulletin ${i}).</p><p>Officials said the embassy would continue to provide limited services.</p>`,
  };
}

function rss(items: ReturnType<typeof article>[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title><link>http://bench</link><description>b</description>${items
    .map((a) => `<item><guid>${a.guid}</guid><title>${a.title}</title><link>http://bench.example/${a.guid}</link><description><![CDATA[${a.body}]]></description></item>`)
    .reverse()
    .join('')}</channel></rss>`;
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function feedServer(getItems: () => ReturnType<typeof article>[]) {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(rss(getItems()));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`, close: () => new Promise<void>((ok) => (server.closeAllConnections(), server.close(() => ok()))) };
}

export async function benchLatency(log = console.log, n = 20): Promise<void> {
  const visibleAt = new Map<string, number>();
  const latencies: number[] = [];
  const published: ReturnType<typeof article>[] = [];
  const feed = await feedServer(() => published);
  const dir = mkdtempSync(join(tmpdir(), 'aw-bench-'));
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  const probe: Notifier = {
    name: 'jsonl',
    async deliver(d: Delivery): Promise<DeliveryResult> {
      const src = d.alert.sources.at(-1);
      const t0 = src ? visibleAt.get(src) : undefined;
      if (t0 !== undefined && d.alert.action === 'open') latencies.push(performance.now() - t0);
      if (latencies.length >= n) done();
      return { ok: true };
    },
  };
  const config = parseConfig(
    `sources:\n  - {id: bench, type: rss, url: "${feed.url}", interval: 1s}\nscheduler: {jitter: 0s}\nalerts: {groupWindow: 0s}\ndelivery: {tick: 50ms}\nnotifiers: {jsonl: {path: "${dir}/unused.jsonl"}}\nsubscriptions:\n  - {notifier: jsonl, channel: bench, countries: all, minSeverity: info}\n`,
  );
  const app = await createApp({ config, dbPath: join(dir, 'bench.db'), log: createLogger('silent'), notifiers: [probe], alertOnFirstPoll: true });
  app.start();
  for (let i = 0; i < n; i++) {
    const a = article(i);
    published.push(a);
    visibleAt.set(`http://bench.example/${a.guid}`, performance.now());
    await new Promise((r) => setTimeout(r, 700 + Math.random() * 300));
  }
  await Promise.race([finished, new Promise((r) => setTimeout(r, 5_000))]);
  await app.stop({ drainMs: 0 });
  await feed.close();
  rmSync(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  log(`pipeline latency (item visible on the feed → alert at the notifier; polled every 1 s, ${latencies.length}/${n} items):`);
  log(`  p50 ${pct(latencies, 50).toFixed(0)} ms   p99 ${pct(latencies, 99).toFixed(0)} ms   max ${latencies.at(-1)?.toFixed(0)} ms`);
  log('  (dominated by the poll interval: an item waits on average half an interval before the next poll)');
}

export async function benchCost(log = console.log, n = 2_000): Promise<void> {
  const items = Array.from({ length: n }, (_, i) => article(i));
  const feed = await feedServer(() => items);
  const dir = mkdtempSync(join(tmpdir(), 'aw-bench-'));
  const sink: Notifier = { name: 'jsonl', deliver: async () => ({ ok: true }) };
  const config = parseConfig(
    `sources:\n  - {id: bench, type: rss, url: "${feed.url}"}\nhttp: {maxBytes: 50000000}\nalerts: {groupWindow: 0s}\nnotifiers: {jsonl: {path: "${dir}/unused.jsonl"}}\nsubscriptions:\n  - {notifier: jsonl, channel: bench, countries: all, minSeverity: info}\n`,
  );
  const app = await createApp({ config, dbPath: join(dir, 'bench.db'), log: createLogger('silent'), notifiers: [sink], alertOnFirstPoll: true });
  let classifyMs = 0;
  const real = app.pollDeps.classifier;
  app.pollDeps.classifier = {
    classify: (input) => {
      const t = performance.now();
      const out = real.classify(input);
      classifyMs += performance.now() - t;
      return out;
    },
  };
  const t0 = performance.now();
  const outcome = await pollSource(app.sources[0]!, app.pollDeps);
  const pollMs = performance.now() - t0;
  const t1 = performance.now();
  const drained = await app.worker.drain();
  const drainMs = performance.now() - t1;
  await app.stop({ drainMs: 0 });
  await feed.close();
  rmSync(dir, { recursive: true, force: true });
  const processed = outcome.status === 'items' ? outcome.processed : 0;
  log(`pipeline cost (${processed} items in one feed of ${(rss(items).length / 1e6).toFixed(1)} MB; fetch + parse + classify + one SQLite transaction per item):`);
  log(`  ${(pollMs / processed).toFixed(3)} ms per item (${((processed / pollMs) * 1000).toFixed(0)} items/s), of which classify ${(classifyMs / processed).toFixed(3)} ms`);
  log(`  delivery: ${drained.delivered} outbox rows drained in ${drainMs.toFixed(0)} ms (${(drainMs / Math.max(1, drained.delivered)).toFixed(3)} ms per delivery, no-op notifier)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchLatency();
  await benchCost();
}
