import { rmSync } from 'node:fs';
import { countryStatus, renderStatusText } from '../commands/status.js';
import type { Config } from '../config/schema.js';
import { ConfigError } from '../errors.js';
import { startSeedFeed } from '../demo/feedServer.js';
import { createLogger } from '../log.js';
import { createApp } from '../main.js';

const DIM = (s: string, color: boolean) => (color ? `\x1b[2m${s}\x1b[0m` : s);

/**
 * The embedded default, end to end: the seed articles are served as an RSS feed on 127.0.0.1, one
 * more on each poll; the real scheduler polls it through the real fetch and parse code; the console
 * shows the incident open with a ping and then revised; Mali's status is printed at the end.
 */
export async function runDemo(config: Config, seedsDir: string, opts: { timeoutMs?: number; write?: (t: string) => void } = {}): Promise<void> {
  const write = opts.write ?? ((t: string) => process.stdout.write(t));
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && config.notifiers.console.color !== 'never';
  const feed = await startSeedFeed(seedsDir);
  const src = config.sources[0];
  if (!src || src.type !== 'rss') {
    await feed.close();
    throw new ConfigError('the demo configuration needs one rss source; the demo points it at its own local feed');
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${config.database.path}${suffix}`, { force: true });
  const demoConfig: Config = { ...config, sources: [{ ...src, url: feed.url }] };
  const app = await createApp({ config: demoConfig, alertOnFirstPoll: true, log: createLogger(config.log.level), consoleWrite: write });
  write(`advisory-watch demo — serving ${feed.total} seed articles at ${feed.url}, one more on each poll (every ${src.interval ? `${src.interval / 1000} s` : src.cron})\n\n`);
  app.pollDeps.onItem = (item, outcome) => {
    if (outcome.skipped) return;
    const found = outcome.findings.map((f) => `${f.country}/${f.issuer ?? '?'} ${f.signals.join('+') || `level ${f.level}`}`).join(', ') || 'no advice';
    write(DIM(`  ↳ new article: “${item.title.slice(0, 90)}” → ${found}\n\n`, color));
  };

  const deadline = Date.now() + (opts.timeoutMs ?? 50_000);
  app.start();
  try {
    // Done when every article was served, processed, and every due message delivered.
    for (;;) {
      await new Promise((r) => setTimeout(r, 250));
      const health = await app.store.getSourceHealth(src.id);
      const counts = await app.store.outboxCounts();
      const allSeen = feed.revealed() >= feed.total && health?.lastSuccessAt !== null && (health?.itemCount ?? 0) >= feed.total;
      if (allSeen && counts.pending === 0 && counts.delivered > 0) break;
      if (Date.now() > deadline) {
        write(`demo: timed out waiting (${feed.revealed()}/${feed.total} articles served, ${counts.pending} messages pending)\n`);
        process.exitCode = 1;
        break;
      }
    }
    write(`${renderStatusText(await countryStatus(app.store, 'ML'))}\n`);
  } finally {
    await app.stop({ drainMs: 2_000 });
    await feed.close();
  }
}
