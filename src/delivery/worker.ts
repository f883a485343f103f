import type { Logger } from 'pino';
import type { Notice, NoticeRow, OperatorRoute, OutboxRow } from '../domain/records.js';
import { describeError } from '../errors.js';
import type { Clock } from '../pipeline/clock.js';
import type { Store } from '../store/port.js';
import type { Delivery, DeliveryResult, Notifier } from './notifier.js';

export interface WorkerOptions {
  maxAttempts: number;
  backoffInitialMs: number;
  backoffMaxMs: number;
  /** Upper bound on one delivery attempt; a notifier that hangs longer counts as a retryable failure. */
  attemptTimeoutMs?: number;
  /** Where operators' notices go (a delivery refused for good is reported there). */
  operators?: OperatorRoute[];
  batchSize?: number;
}

export interface DrainResult {
  delivered: number;
  retried: number;
  failed: number;
}

/**
 * Queues a notice for every operators' route (all of them, or those of the given notifiers).
 * Idempotent by key: the same notice is never queued twice for one channel.
 */
export async function enqueueNotice(store: Store, routes: OperatorRoute[], now: Date, notice: Notice, onlyNotifiers?: string[]): Promise<number> {
  const targets = onlyNotifiers ? routes.filter((r) => onlyNotifiers.includes(r.notifier)) : routes;
  if (targets.length === 0) return 0;
  const iso = now.toISOString();
  return store.enqueueNotices(targets.map((r) => ({ ...notice, notifier: r.notifier, channel: r.channel, dueAt: iso, createdAt: iso })));
}

/** Exponential backoff with a little jitter, honouring a platform's Retry-After when it is longer. */
export function backoffMs(attempt: number, opts: WorkerOptions, retryAfterMs?: number, random = Math.random): number {
  const base = Math.min(opts.backoffMaxMs, opts.backoffInitialMs * 2 ** Math.max(0, attempt - 1));
  const jittered = base * (0.8 + 0.4 * random());
  return Math.min(opts.backoffMaxMs, Math.max(jittered, retryAfterMs ?? 0));
}

/**
 * Drains the outbox through the notifiers. At-least-once: a row stays pending until its notifier
 * says it was delivered, so a crash at any moment loses nothing; each delivery carries its
 * idempotency key so that notifiers able to check it post no duplicate after a restart.
 */
export class DeliveryWorker {
  private running: Promise<DrainResult> | null = null;

  constructor(
    private readonly store: Store,
    private readonly notifiers: Map<string, Notifier>,
    private readonly clock: Clock,
    private readonly opts: WorkerOptions,
    private readonly log: Logger,
  ) {}

  /** Delivers everything due now. Concurrent calls share one drain. */
  drain(): Promise<DrainResult> {
    if (!this.running) {
      this.running = this.drainLoop().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async drainLoop(): Promise<DrainResult> {
    const total: DrainResult = { delivered: 0, retried: 0, failed: 0 };
    await this.drainNotices();
    for (let batch = 0; batch < 100; batch++) {
      const rows = await this.store.claimDue(this.clock.now().toISOString(), this.opts.batchSize ?? 50);
      if (rows.length === 0) return total;
      for (const row of rows) {
        const outcome = await this.deliverRow(row);
        total[outcome]++;
      }
      if (total.retried + total.failed > 0 && total.delivered === 0) return total;
    }
    return total;
  }

  private async deliverRow(row: OutboxRow): Promise<keyof DrainResult> {
    const log = this.log.child({ key: row.key, notifier: row.notifier, channel: row.channel });
    const notifier = this.notifiers.get(row.notifier);
    const attempt = row.attempts + 1;
    if (!notifier) {
      log.error({ code: 'notifier_missing' }, 'delivery rejected: no such notifier is configured');
      await this.store.markFailed(row.id, 'rejected', attempt, `notifier "${row.notifier}" is not configured`);
      return 'failed';
    }
    const rev = await this.store.getRevision(row.incidentId, row.revision);
    if (!rev) {
      await this.store.markFailed(row.id, 'rejected', attempt, 'revision not found');
      return 'failed';
    }
    const delivery: Delivery = {
      key: row.key,
      alert: rev.alert,
      channel: row.channel,
      ping: row.ping,
      pingTargets: row.pingTargets,
      previous: await this.store.getMessageRef(row.incidentId, row.notifier, row.channel),
      attempt,
    };
    const result = await this.attempt(notifier, delivery);
    const now = this.clock.now();
    if (result.ok) {
      await this.store.transaction(async (tx) => {
        await tx.markDelivered(row.id, now.toISOString());
        if (result.ref) await tx.setMessageRef(row.incidentId, row.notifier, row.channel, result.ref);
      });
      log.info({ attempt, incident: row.incidentId, revision: row.revision }, 'delivered');
      return 'delivered';
    }
    if (result.retryable && attempt < this.opts.maxAttempts) {
      const wait = backoffMs(attempt, this.opts, result.retryAfterMs);
      await this.store.markRetry(row.id, attempt, new Date(now.getTime() + wait).toISOString(), `${result.code}: ${result.error}`);
      log.warn({ attempt, code: result.code, err: result.error, retryInMs: Math.round(wait) }, 'delivery failed; will retry');
      return 'retried';
    }
    const status = result.retryable ? 'dead' : 'rejected';
    await this.store.markFailed(row.id, status, attempt, `${result.code}: ${result.error}`);
    log.error({ attempt, code: result.code, err: result.error, status }, 'delivery failed for good');
    await enqueueNotice(this.store, this.opts.operators ?? [], now, {
      key: `undelivered:${row.key}`,
      kind: 'delivery_rejected',
      severity: 'high',
      title: `An alert could not be delivered to ${row.notifier} channel ${row.channel}`,
      text: `Incident ${row.incidentId} revision ${row.revision} was ${status === 'rejected' ? 'refused' : 'given up after ' + attempt + ' attempts'}: ${result.code}: ${result.error}. Check the channel and the app's permissions; the alert is kept in the outbox.`,
    });
    return 'failed';
  }

  /** Operators' notices: delivered like alerts, retried, never blocking them. */
  private async drainNotices(): Promise<void> {
    const rows = await this.store.claimDueNotices(this.clock.now().toISOString(), 20);
    for (const row of rows) await this.deliverNotice(row);
  }

  private async deliverNotice(row: NoticeRow): Promise<void> {
    const log = this.log.child({ notice: row.key, notifier: row.notifier, channel: row.channel });
    const notifier = this.notifiers.get(row.notifier);
    const attempt = row.attempts + 1;
    if (!notifier?.notice) {
      await this.store.markNoticeFailed(row.id, 'rejected', attempt, `notifier "${row.notifier}" cannot carry notices`);
      log.error({ code: 'notice_unsupported', title: row.title }, 'operators’ notice not deliverable');
      return;
    }
    const notice: Notice = { key: row.key, kind: row.kind, severity: row.severity, title: row.title, text: row.text };
    let result: DeliveryResult;
    try {
      result = await notifier.notice({ key: row.key, channel: row.channel, notice });
    } catch (err) {
      const { code, message } = describeError(err);
      result = { ok: false, retryable: true, code, error: message };
    }
    const now = this.clock.now();
    if (result.ok) {
      await this.store.markNoticeDelivered(row.id, now.toISOString());
      log.info({ kind: row.kind }, 'operators’ notice delivered');
    } else if (result.retryable && attempt < this.opts.maxAttempts) {
      await this.store.markNoticeRetry(row.id, attempt, new Date(now.getTime() + backoffMs(attempt, this.opts, result.retryAfterMs)).toISOString(), result.error);
    } else {
      await this.store.markNoticeFailed(row.id, result.retryable ? 'dead' : 'rejected', attempt, `${result.code}: ${result.error}`);
      log.error({ code: result.code, err: result.error, title: row.title }, 'operators’ notice could not be delivered');
    }
  }

  private async attempt(notifier: Notifier, delivery: Delivery): Promise<DeliveryResult> {
    const timeoutMs = this.opts.attemptTimeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<DeliveryResult>((resolve) => {
        timer = setTimeout(
          () => resolve({ ok: false, retryable: true, code: 'delivery_timeout', error: `no answer within ${timeoutMs} ms` }),
          timeoutMs,
        );
      });
      return await Promise.race([notifier.deliver(delivery), timeout]);
    } catch (err) {
      const { code, message } = describeError(err);
      return { ok: false, retryable: true, code, error: message };
    } finally {
      clearTimeout(timer);
    }
  }
}
