import { afterEach, describe, expect, it, vi } from 'vitest';
import { Scheduler } from '../../../src/scheduler.js';
import { silentLog } from '../../helpers/pipeline.js';

describe('scheduler', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('GIVEN two jobs on their own schedules THEN each fires at its interval (fake timers)', async () => {
    vi.useFakeTimers({ now: new Date('2025-01-01T00:00:00Z') });
    const fired: string[] = [];
    const s = new Scheduler(
      [
        { id: 'fast', cron: '*/10 * * * * *', run: async () => void fired.push(`fast@${new Date().toISOString().slice(17, 19)}`) },
        { id: 'slow', cron: '*/30 * * * * *', run: async () => void fired.push(`slow@${new Date().toISOString().slice(17, 19)}`) },
      ],
      0,
      silentLog,
    );
    s.start();
    await vi.advanceTimersByTimeAsync(35_000);
    await s.stop();
    expect(fired.sort()).toEqual(['fast@10', 'fast@20', 'fast@30', 'slow@30']);
  });

  it('GIVEN a run still in flight WHEN the job is triggered again THEN no overlapping run starts', async () => {
    let running = 0;
    let maxRunning = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const job = {
      id: 'slow',
      cron: '0 0 * * * *',
      run: async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await gate;
        running--;
      },
    };
    const s = new Scheduler([job], 0, silentLog);
    const a = s.trigger(job);
    const b = s.trigger(job);
    release();
    await Promise.all([a, b]);
    expect(maxRunning).toBe(1);
    await s.stop();
  });

  it('GIVEN a poll in flight WHEN stop is called THEN stop waits for it to finish and no new run starts', async () => {
    const events: string[] = [];
    let release!: () => void;
    const job = {
      id: 'p',
      cron: '* * * * * *',
      run: async () => {
        events.push('start');
        await new Promise<void>((r) => (release = r));
        events.push('end');
      },
    };
    const s = new Scheduler([job], 0, silentLog);
    void s.trigger(job);
    await new Promise((r) => setTimeout(r, 10));
    const stopped = s.stop().then(() => events.push('stopped'));
    await new Promise((r) => setTimeout(r, 10));
    release();
    await stopped;
    await s.trigger(job);
    expect(events).toEqual(['start', 'end', 'stopped']);
  });

  it('GIVEN a run that ignores stop WHEN the grace period passes THEN it is aborted through its signal', async () => {
    let aborted = false;
    const job = {
      id: 'stuck',
      cron: '* * * * * *',
      run: (signal: AbortSignal) =>
        new Promise<void>((resolve) => {
          signal.addEventListener('abort', () => ((aborted = true), resolve()));
        }),
    };
    const s = new Scheduler([job], 0, silentLog);
    void s.trigger(job);
    await s.stop(50);
    expect(aborted).toBe(true);
  });

  it('GIVEN jitter THEN a run starts after a random delay no longer than the jitter', async () => {
    vi.useFakeTimers();
    let started = false;
    const job = { id: 'j', cron: '0 0 * * * *', run: async () => void (started = true) };
    const s = new Scheduler([job], 1_000, silentLog, () => 0.5);
    void s.trigger(job);
    await vi.advanceTimersByTimeAsync(499);
    expect(started).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(started).toBe(true);
    await s.stop();
  });
});
