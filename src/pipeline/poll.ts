import type { Logger } from 'pino';
import type { OperatorRoute, SourceHealth } from '../domain/records.js';
import type { Classifier } from '../domain/types.js';
import { formatDuration } from '../config/duration.js';
import { enqueueNotice } from '../delivery/worker.js';
import { AppError, describeError, SourceError } from '../errors.js';
import type { FeedItem, FeedSource, FetchState } from '../sources/types.js';
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
  /** Where operators' notices go, and after how long a failing source is reported there. */
  operators?: OperatorRoute[];
  outageNoticeMs?: number;
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
  await noticeRecovery(source.id, health, deps);
  result = { ...result, state: await trackFreshness(source, state, result.state, result.kind === 'items', at, deps) };
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
  const since = health.failingSince ? Date.parse(health.failingSince) : now.getTime();
  const threshold = deps.outageNoticeMs ?? 3_600_000;
  if (!health.outageNoticedAt && now.getTime() - since >= threshold) {
    const lastOk = health.lastSuccessAt ? `last success ${health.lastSuccessAt}` : 'never succeeded';
    await enqueueNotice(deps.store, deps.operators ?? [], now, {
      key: `outage:${source.id}:${health.failingSince}`,
      kind: 'source_outage',
      severity: 'high',
      title: `Source ${source.id} has been failing for ${formatDuration(now.getTime() - since)}`,
      text: `${health.consecutiveFailures} failed polls since ${health.failingSince} (${lastOk}). Latest error ${code}: ${message}. Advice from this source may be missed until it recovers.`,
    });
    await deps.store.setOutageNoticed(source.id, now.toISOString());
    log.error({ code: 'source_outage', failingSince: health.failingSince, failures: health.consecutiveFailures }, 'source outage reported to operators');
  }
  return { status: 'failed', code, message };
}

/** After an outage that operators were told about, tell them once that the source is back. */
async function noticeRecovery(sourceId: string, health: SourceHealth | null, deps: PollDeps): Promise<void> {
  if (!health?.outageNoticedAt) return;
  const now = deps.clock.now();
  await enqueueNotice(deps.store, deps.operators ?? [], now, {
    key: `recovered:${sourceId}:${health.failingSince ?? health.outageNoticedAt}`,
    kind: 'source_recovered',
    severity: 'info',
    title: `Source ${sourceId} has recovered`,
    text: `It failed from ${health.failingSince ?? health.outageNoticedAt} until ${now.toISOString()} (${health.consecutiveFailures} failed polls).`,
  });
  await deps.store.setOutageNoticed(sourceId, null);
  deps.log.info({ source: sourceId, code: 'source_recovered' }, 'source recovered; operators told');
}

/** When the content of a source last changed, kept by the poller in the source's memo. */
interface Freshness {
  changedAt: string;
  noticedAt: string | null;
}

/**
 * The stale-content notice: a source whose content has not changed (304, or an identical body) for
 * longer than its `staleAfterMs` is reported to the operators once, and once more when it changes
 * again. Returns the state to store, with the freshness record in `memo._content`.
 */
async function trackFreshness(source: FeedSource, prev: FetchState, next: FetchState, changed: boolean, at: Date, deps: PollDeps): Promise<FetchState> {
  const old = (prev.memo?._content ?? null) as Freshness | null;
  const fresh: Freshness = changed || !old ? { changedAt: at.toISOString(), noticedAt: null } : { ...old };
  if (changed && old?.noticedAt) {
    await enqueueNotice(deps.store, deps.operators ?? [], at, {
      key: `fresh:${source.id}:${old.noticedAt}`,
      kind: 'source_recovered',
      severity: 'info',
      title: `Source ${source.id} is changing again`,
      text: `Its content had not changed since ${old.changedAt}; it changed at ${at.toISOString()}.`,
    });
    deps.log.info({ source: source.id, code: 'source_fresh' }, 'stale source changed again; operators told');
  }
  const limit = source.staleAfterMs ?? null;
  const quietMs = at.getTime() - Date.parse(fresh.changedAt);
  if (!changed && limit !== null && !fresh.noticedAt && quietMs >= limit) {
    await enqueueNotice(deps.store, deps.operators ?? [], at, {
      key: `stale:${source.id}:${fresh.changedAt}`,
      kind: 'source_stale',
      severity: 'warning',
      title: `Source ${source.id} has not changed for ${formatDuration(quietMs)}`,
      text: `Every poll since ${fresh.changedAt} returned the same content (304 Not Modified or an identical body), which is implausibly long for this source. It may be serving a frozen cached copy: check it by hand (\`sources test ${source.id}\`).`,
    });
    fresh.noticedAt = at.toISOString();
    deps.log.warn({ source: source.id, code: 'source_stale', since: fresh.changedAt }, 'source content unchanged for implausibly long; operators told');
  }
  return { ...next, memo: { ...(next.memo ?? {}), _content: fresh } };
}
