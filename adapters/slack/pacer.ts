/**
 * Per-channel pacing: one message at a time in each channel, the next starting no sooner than
 * `intervalMs` after the previous one finished (Slack allows about one per second), bursts queued
 * in arrival order. Measuring from the end of the previous request keeps the spacing Slack sees
 * even when the process is busy. A 429 pauses the channel for its Retry-After. Other channels are
 * not held up.
 */
export interface PacerDeps {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class ChannelPacer {
  /** The last queued send of each channel (the queue's tail). */
  private readonly tail = new Map<string, Promise<unknown>>();
  /** Nothing may start in a channel before this time. */
  private readonly notBefore = new Map<string, number>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly intervalMs: number,
    deps: PacerDeps = {},
  ) {
    this.now = deps.now ?? Date.now;
    this.sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Runs `send` in its turn in this channel, spaced from the previous send. */
  run<T>(channel: string, send: () => Promise<T>): Promise<T> {
    const prev = this.tail.get(channel) ?? Promise.resolve();
    const mine = prev.then(async () => {
      const wait = (this.notBefore.get(channel) ?? 0) - this.now();
      if (wait > 0) await this.sleep(wait);
      try {
        return await send();
      } finally {
        this.notBefore.set(channel, Math.max(this.notBefore.get(channel) ?? 0, this.now() + this.intervalMs));
      }
    });
    const settled = mine.catch(() => undefined);
    this.tail.set(channel, settled);
    void settled.then(() => {
      // Forget idle channels so that the maps do not grow without bound.
      if (this.tail.get(channel) === settled) {
        this.tail.delete(channel);
        if ((this.notBefore.get(channel) ?? 0) <= this.now()) this.notBefore.delete(channel);
      }
    });
    return mine;
  }

  /** Nothing may be sent to this channel for `ms` (a 429's Retry-After). */
  pause(channel: string, ms: number): void {
    const until = this.now() + ms;
    if ((this.notBefore.get(channel) ?? 0) < until) this.notBefore.set(channel, until);
  }
}
