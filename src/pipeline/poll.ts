import type { Logger } from 'pino';
import type { Classifier } from '../domain/types.js';
import { AppError, describeError, SourceError } from '../errors.js';
import type { FeedItem, FeedSource } from '../sources/types.js';
import type { Store } from '../store/port.js';
import type { Clock } from './clock.js';
import { processItem } from './process.js';

export interface PollDeps {
  store: Store;
  classifier: Classifier;
  clock: Clock;
  log: Logger;
  groupWindowMs: number;
  backoffInitialMs: number;
  backoffMaxMs: number;
  /** Replay and demo: the first poll alerts too (normally it only establishes state). */
  alertOnFirstPoll?: boolean;
  /** Called after each item is processed (benchmarks, demo narration). */
  onItem?: (item: FeedItem, outcome: Awaited<ReturnType<typeof processItem>>) => void;
}

export type PollOutcome =
  | { status: 'items'; items: number; processed: number; revisions: string[] }
  | { status: 'not_modified' }
  | { status: 'backing_off'; until: string }
  | { status: 'failed'; code: string; message: string };

/**
 * One poll of one source: fetch and parse, then each new or changed item through the pipeline.
 * A failure is recorded in the source's health with an exponential backoff (or the server's
 * Retry-After), logged once with its code, and never thrown: other sources go on.
 */
export async function pollSource(source: FeedSource, deps: PollDeps, opts: { force?: boolean; signal?: AbortSignal } = {}): Promise<PollOutcome> {
  const log = deps.log.child({ source: source.id });
  const now = deps.clock.now();
  const health = await deps.store.getSourceHealth(source.id);
  if (!opts.force && health?.nextAttemptAt && health.nextAttemptAt > now.toISOString()) {
    log.debug({ until: health.nextAttemptAt }, 'source backing off; poll skipped');
    return { status: 'backing_off', until: health.nextAttemptAt };
  }

  const state = await deps.store.getFetchState(source.id);
  let result;
  try {
    result = await source.poll(state, opts.signal);
  } catch (err) {
    return recordFailure(source, deps, err, health?.consecutiveFailures ?? 0, log);
  }
  const at = deps.clock.now();
  if (result.kind === 'not_modified') {
    await deps.store.recordPollSuccess(source.id, source.kind, result.state, at.toISOString(), false);
    if (!health?.baselined) await deps.store.markBaselined(source.id);
    log.debug('not modified');
    return { status: 'not_modified' };
  }

  const baseline = !health?.baselined && !deps.alertOnFirstPoll;
  let processed = 0;
  const revisions: string[] = [];
  for (const item of result.items) {
    const findings = deps.classifier.classify({
      text: item.text,
      format: item.format,
      title: item.title,
      issuer: item.issuer,
      country: item.country,
    });
    let outcome;
    try {
      outcome = await processItem(deps.store, item, findings, {
        sourceId: source.id,
        baseline,
        now: deps.clock.now(),
        groupWindowMs: deps.groupWindowMs,
      });
    } catch (err) {
      // The store failed: nothing of this item landed; it is read again on the next poll.
      const { code, message } = describeError(err);
      log.error({ code, err: message, item: item.key }, 'item could not be stored; it will be processed again on the next poll');
      return recordFailure(source, deps, new AppError('store_failed', `store failed: ${message}`, { cause: err }), health?.consecutiveFailures ?? 0, log);
    }
    if (!outcome.skipped) {
      processed++;
      revisions.push(...outcome.revisions);
      log.info(
        { item: item.key, findings: outcome.findings.map((f) => `${f.country}/${f.issuer ?? '?'}:${f.level ?? '-'}:${f.signals.join('+')}`), events: outcome.events.length, revisions: outcome.revisions },
        'item processed',
      );
    }
    deps.onItem?.(item, outcome);
  }
  await deps.store.recordPollSuccess(source.id, source.kind, { ...result.state, lastItemCount: result.items.length }, deps.clock.now().toISOString(), processed > 0);
  if (!health?.baselined) {
    await deps.store.markBaselined(source.id);
    if (baseline) log.info({ items: result.items.length }, 'first poll: state established silently');
  }
  return { status: 'items', items: result.items.length, processed, revisions };
}

async function recordFailure(source: FeedSource, deps: PollDeps, err: unknown, failures: number, log: Logger): Promise<PollOutcome> {
  const { code, message } = describeError(err);
  const retryAfterMs = err instanceof SourceError ? (err.details?.retryAfterMs as number | undefined) : undefined;
  const backoff = Math.max(Math.min(deps.backoffMaxMs, deps.backoffInitialMs * 2 ** failures), retryAfterMs ?? 0);
  const now = deps.clock.now();
  const next = new Date(now.getTime() + backoff).toISOString();
  const health = await deps.store.recordPollFailure(source.id, source.kind, code, message, now.toISOString(), next);
  log.warn({ code, err: message, failures: health.consecutiveFailures, nextAttemptAt: next }, 'source poll failed; backing off');
  return { status: 'failed', code, message };
}
