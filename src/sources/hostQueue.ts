/**
 * Per-host politeness: at most one request in flight per host (scheme + host + port) across every
 * source that shares the queue. Sources created from one configuration share one queue (see
 * factory.ts), so the US advisories feed and a US embassy feed on the same host never overlap.
 */
export class HostQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `fn` once every earlier task for the same host has settled. */
  async run<T>(url: string, fn: () => Promise<T>): Promise<T> {
    const host = hostKey(url);
    const before = this.tails.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => {
      release = r;
    });
    const tail = before.then(() => mine);
    this.tails.set(host, tail);
    await before;
    try {
      return await fn();
    } finally {
      release();
      if (this.tails.get(host) === tail) this.tails.delete(host);
    }
  }

  /** Hosts with a request in flight or queued (for tests and diagnostics). */
  busyHosts(): string[] {
    return [...this.tails.keys()];
  }
}

function hostKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`.toLowerCase();
  } catch {
    return url;
  }
}
