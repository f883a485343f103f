/**
 * Per-channel pacing: at most one message per `intervalMs` in each channel (Slack allows about one
 * per second), bursts queued in arrival order. A 429 pauses the channel for its Retry-After.
 * Slots are reserved when asked for, so concurrent callers are served first come, first served.
 */
export interface PacerDeps {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class ChannelPacer {
  private readonly next = new Map<string, number>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly intervalMs: number,
    deps: PacerDeps = {},
  ) {
    this.now = deps.now ?? Date.now;
    this.sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** Waits for this channel's next slot, and takes it. */
  async acquire(channel: string): Promise<void> {
    const now = this.now();
    const at = Math.max(now, this.next.get(channel) ?? 0);
    this.next.set(channel, at + this.intervalMs);
    this.prune(now);
    if (at > now) await this.sleep(at - now);
  }

  /** Nothing may be sent to this channel for `ms` (a 429's Retry-After). */
  pause(channel: string, ms: number): void {
    const until = this.now() + ms;
    if ((this.next.get(channel) ?? 0) < until) this.next.set(channel, until);
  }

  /** Forget channels idle for long, so that the map does not grow without bound. */
  private prune(now: number): void {
    if (this.next.size < 1000) return;
    for (const [ch, at] of this.next) if (at < now - 60_000) this.next.delete(ch);
  }
}
