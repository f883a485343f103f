import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { alertLine } from '../../src/delivery/format.js';
import type { Delivery, DeliveryResult, NoticeDelivery, Notifier } from '../../src/delivery/notifier.js';

/**
 * Appends one JSON object per delivered message to a file (or writes to a stream). Each line
 * carries its idempotency key; the file is read once at start, so a delivery that reached the file
 * just before a crash is not written twice after the restart.
 */
export class JsonlNotifier implements Notifier {
  readonly name = 'jsonl';
  private readonly seen = new Set<string>();

  constructor(private readonly target: { path: string } | { write: (line: string) => void }) {
    if ('path' in target && existsSync(target.path)) {
      for (const line of readFileSync(target.path, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const key = (JSON.parse(line) as { key?: string }).key;
          if (key) this.seen.add(key);
        } catch {
          // a torn last line from a crash: ignore it, the delivery will be written again
        }
      }
    }
  }

  async deliver(d: Delivery): Promise<DeliveryResult> {
    return this.append(d.key, { ...alertLine(d.alert, d.ping), channel: d.channel, key: d.key, changes: d.alert.changes });
  }

  async notice(n: NoticeDelivery): Promise<DeliveryResult> {
    return this.append(n.key, { notice: n.notice.kind, severity: n.notice.severity, title: n.notice.title, text: n.notice.text, channel: n.channel, key: n.key });
  }

  private append(key: string, record: Record<string, unknown>): DeliveryResult {
    if (this.seen.has(key)) return { ok: true, ref: { key } };
    const line = `${JSON.stringify(record)}\n`;
    try {
      if ('path' in this.target) {
        mkdirSync(dirname(this.target.path), { recursive: true });
        appendFileSync(this.target.path, line);
      } else {
        this.target.write(line);
      }
    } catch (err) {
      return { ok: false, retryable: true, code: 'jsonl_write_failed', error: (err as Error).message };
    }
    this.seen.add(key);
    return { ok: true, ref: { key } };
  }
}
