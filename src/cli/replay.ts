import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderConsole } from '../../adapters/console/notifier.js';
import { defaultConfig } from '../config/load.js';
import { parseDuration } from '../config/duration.js';
import type { Secrets } from '../config/env.js';
import type { Config } from '../config/schema.js';
import type { Subscription } from '../domain/records.js';
import { alertLine } from '../delivery/format.js';
import type { Delivery, DeliveryResult, Notifier } from '../delivery/notifier.js';
import { ConfigError } from '../errors.js';
import { createLogger } from '../log.js';
import { createApp, subscriptionFromConfig } from '../main.js';
import { ManualClock } from '../pipeline/clock.js';
import { pollSource } from '../pipeline/poll.js';
import { ReplaySource } from '../sources/replay.js';

export interface ReplayOptions {
  format: string;
  config: Config | null;
  secrets?: Secrets;
  /** Log warnings only (no --config given). */
  quiet?: boolean;
  baseline?: boolean;
  step: string;
  start?: string;
  write?: (text: string) => void;
}

/** Prints each message it is given: the replay's own output channel. */
class ReplayPrinter implements Notifier {
  readonly name = 'replay';
  constructor(
    private readonly format: string,
    private readonly write: (text: string) => void,
  ) {}
  async deliver(d: Delivery): Promise<DeliveryResult> {
    this.write(this.format === 'jsonl' ? `${JSON.stringify(alertLine(d.alert, d.ping))}\n` : renderConsole(d.alert, d.ping, false));
    return { ok: true, ref: { printed: d.key } };
  }
}

/**
 * The real pipeline over a folder, one poll per step on a simulated clock: documents are published
 * one per step; feed snapshots are the whole feed at successive polls. Runs on a throw-away SQLite
 * file so that it never touches the configured database.
 */
export async function runReplay(dir: string, opts: ReplayOptions): Promise<void> {
  if (opts.format !== 'jsonl' && opts.format !== 'console') throw new ConfigError(`--format must be "jsonl" or "console", got "${opts.format}"`);
  const stepMs = parseDuration(opts.step);
  if (stepMs === null || stepMs <= 0) throw new ConfigError(`--step must be a duration such as "5m", got "${opts.step}"`);
  const start = opts.start ? new Date(opts.start) : new Date(Math.floor(Date.now() / 60_000) * 60_000);
  if (Number.isNaN(start.getTime())) throw new ConfigError(`--start must be an ISO date-time, got "${opts.start}"`);
  const write = opts.write ?? ((t: string) => process.stdout.write(t));

  const config = opts.config ?? defaultConfig();
  const source = await ReplaySource.open(dir);
  const now = start.toISOString();
  const printer: Subscription = {
    id: 'replay:stdout',
    notifier: 'replay',
    channel: 'stdout',
    countries: 'all',
    minSeverity: 'info',
    ping: { users: [], groups: [], roles: [], here: false },
    pingReported: true,
    origin: 'config',
    createdBy: null,
    createdAt: now,
  };
  const subscriptions = [printer, ...(opts.config ? config.subscriptions.map((s, i) => subscriptionFromConfig(s, i, now)) : [])];
  const tmp = mkdtempSync(join(tmpdir(), 'advisory-replay-'));
  const clock = new ManualClock(start);
  const app = await createApp({
    config,
    secrets: opts.secrets,
    clock,
    dbPath: join(tmp, 'replay.db'),
    log: createLogger(opts.config && !opts.quiet ? config.log.level : 'warn'),
    sources: [source],
    subscriptions,
    notifiers: [new ReplayPrinter(opts.format, write)],
    alertOnFirstPoll: !opts.baseline,
  });
  try {
    for (let i = 0; i < source.steps; i++) {
      source.step = i;
      await pollSource(source, app.pollDeps, { force: true });
      clock.advance(stepMs);
      await app.tick();
    }
    // Let retries and grouped revisions still due go out, on the same simulated clock.
    for (let i = 0; i < 50 && (await app.store.outboxCounts()).pending > 0; i++) {
      const next = await app.store.nextDueAt();
      if (next) clock.set(Math.max(clock.now().getTime(), Date.parse(next)));
      await app.tick();
    }
  } finally {
    await app.stop({ drainMs: 0 });
    rmSync(tmp, { recursive: true, force: true });
  }
}
