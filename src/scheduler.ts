import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';

export interface Job {
  id: string;
  cron: string;
  run: (signal: AbortSignal) => Promise<unknown>;
}

/**
 * One node-cron task per source. A run never overlaps the previous one of the same job; each run
 * starts after a small random delay (jitter) so that many sources on one schedule do not hit the
 * network at the same instant. `stop()` stops triggering, lets the runs in flight finish (or
 * aborts them after a grace period), and resolves when they have.
 */
export class Scheduler {
  private readonly tasks: ScheduledTask[] = [];
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly abort = new AbortController();
  private stopping = false;

  constructor(
    private readonly jobs: Job[],
    private readonly jitterMs: number,
    private readonly log: Logger,
    private readonly random: () => number = Math.random,
  ) {}

  start(opts: { runNow?: boolean } = {}): void {
    for (const job of this.jobs) {
      const task = cron.schedule(job.cron, () => void this.trigger(job), { name: `poll:${job.id}`, timezone: 'UTC', noOverlap: true });
      this.tasks.push(task);
      if (opts.runNow) void this.trigger(job, 0);
    }
    this.log.info({ jobs: this.jobs.map((j) => ({ id: j.id, cron: j.cron })) }, 'scheduler started');
  }

  /** Runs a job now unless it is already running; resolves when that run ends. */
  trigger(job: Job, jitterMs = this.jitterMs): Promise<unknown> {
    const running = this.inFlight.get(job.id);
    if (running) {
      this.log.debug({ job: job.id }, 'previous run still in flight; skipped');
      return running;
    }
    if (this.stopping) return Promise.resolve();
    const run = (async () => {
      const delay = Math.floor(this.random() * jitterMs);
      if (delay > 0) await sleep(delay, this.abort.signal);
      if (this.stopping) return;
      try {
        await job.run(this.abort.signal);
      } catch (err) {
        this.log.error({ job: job.id, err: (err as Error).message }, 'job failed unexpectedly');
      }
    })().finally(() => this.inFlight.delete(job.id));
    this.inFlight.set(job.id, run);
    return run;
  }

  async stop(graceMs = 30_000): Promise<void> {
    this.stopping = true;
    for (const t of this.tasks) await t.destroy();
    this.tasks.length = 0;
    const pending = [...this.inFlight.values()];
    if (pending.length === 0) return;
    this.log.info({ inFlight: pending.length }, 'waiting for polls in flight to finish');
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.log.warn({ graceMs }, 'polls still running after the grace period; aborting them');
        this.abort.abort(new Error('shutting down'));
        resolve();
      }, graceMs);
    });
    await Promise.race([Promise.allSettled(pending), grace]);
    clearTimeout(timer);
    await Promise.allSettled(pending);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });
}
