import type { AdvisoryState, ChangeEvent } from '../domain/records.js';
import type { Finding } from '../domain/types.js';
import type { FeedItem } from '../sources/types.js';
import type { Store } from '../store/port.js';
import { buildAlert, decideIncident, repeatRevision } from './incidents.js';
import { channelKey, route } from './route.js';
import { applyFinding, mergeFindings } from './state.js';

export interface ProcessOptions {
  sourceId: string;
  /** First poll of the source: establish state silently. */
  baseline: boolean;
  now: Date;
  groupWindowMs: number;
}

export interface ProcessOutcome {
  skipped: boolean;
  findings: Finding[];
  events: ChangeEvent[];
  /** Incident revisions written (id:revision), new or folded. */
  revisions: string[];
  deliveries: number;
}

/**
 * One item through the pipeline, in one transaction: seen-item check → (findings given) →
 * advisory state → change events → incidents → routing → outbox. Either all of it lands, or
 * none of it does and the item is processed again on the next poll.
 */
export async function processItem(store: Store, item: FeedItem, classified: Finding[], opts: ProcessOptions): Promise<ProcessOutcome> {
  const now = opts.now.toISOString();
  return store.transaction(async (tx) => {
    const seen = await tx.getSeenHash(opts.sourceId, item.key);
    if (seen === item.hash) return { skipped: true, findings: [], events: [], revisions: [], deliveries: 0 };

    const findings = mergeFindings(item.structured ?? [], classified);
    const byCountry = new Map<string, ChangeEvent[]>();
    for (const f of findings) {
      const prev = await tx.getState(f.country, f.issuer ?? '??');
      const { next, events } = applyFinding(prev, f, {
        sourceId: opts.sourceId,
        itemKey: item.key,
        link: item.link,
        trust: item.trust,
        issuer: item.issuer,
        snapshotOf: item.snapshot ? item.country : null,
        baseline: opts.baseline,
        now,
      });
      await tx.putState(next);
      const list = byCountry.get(f.country) ?? [];
      list.push(...events);
      byCountry.set(f.country, list);
    }

    const revisions: string[] = [];
    let deliveries = 0;
    const allEvents: ChangeEvent[] = [];
    for (const [country, events] of byCountry) {
      allEvents.push(...events);
      const open = await tx.getOpenIncident(country);
      const states = await tx.listStates(country);
      const latest = open ? await latestRevision(tx, open.id, open.revision) : null;
      let newId = incidentId(country, opts.now);
      if (!open) for (let n = 2; await tx.getIncident(newId); n++) newId = `${incidentId(country, opts.now)}-${n}`;
      const decision = decideIncident({
        country,
        events,
        open,
        states,
        latest,
        now,
        groupWindowMs: opts.groupWindowMs,
        newId: () => newId,
      });
      for (const e of events) await tx.addEvent(e, decision?.incident.id ?? null);
      if (!decision) continue;
      await tx.putIncident(decision.incident);
      await tx.putRevision(decision.alert, decision.folded && latest ? latest.createdAt : now);
      if (decision.folded) await tx.deletePendingForRevision(decision.incident.id, decision.alert.revision);
      const createdAt = decision.folded && latest ? latest.createdAt : now;
      deliveries += await routeRevision(tx, decision.alert, now, new Date(Date.parse(createdAt) + opts.groupWindowMs).toISOString());
      revisions.push(`${decision.incident.id}:${decision.alert.revision}`);
    }
    await tx.markSeen(opts.sourceId, item.key, item.hash, item.title, item.link, now);
    return { skipped: false, findings, events: allEvents, revisions, deliveries };
  });
}

async function latestRevision(tx: Store, incidentId: string, revision: number) {
  const rev = await tx.getRevision(incidentId, revision);
  if (!rev) return null;
  const rows = await tx.listOutboxForRevision(incidentId, revision);
  const touched = rows.some((r) => r.status !== 'pending' || r.attempts > 0);
  return { alert: rev.alert, createdAt: rev.createdAt, touched };
}

async function routeRevision(tx: Store, alert: Parameters<typeof route>[0]['alert'], now: string, dueAt: string): Promise<number> {
  const alreadyNotified = new Set((await tx.listIncidentChannels(alert.incidentId)).map((c) => channelKey(c.notifier, c.channel)));
  const rows = route({
    alert,
    subscriptions: await tx.listSubscriptions(),
    silences: await tx.listSilences(now),
    alreadyNotified,
    now,
    dueAt,
  });
  return tx.enqueue(rows);
}

/** Incident ids read well in chat and logs: ML-20251104-1730. */
function incidentId(country: string, now: Date): string {
  const iso = now.toISOString();
  return `${country}-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 16).replace(':', '')}${iso.slice(17, 19)}`;
}

/**
 * Periodic duties that do not come from a feed: resolve news-only incidents that have gone quiet
 * (news never lifts advice by itself), and re-ping unacknowledged critical incidents after the
 * repeat interval. Returns the revisions written.
 */
export async function runMaintenance(
  store: Store,
  now: Date,
  opts: { repeatIntervalMs: number; staleAfterMs?: number },
): Promise<string[]> {
  const iso = now.toISOString();
  const repeatIntervalMs = opts.repeatIntervalMs;
  return store.transaction(async (tx) => {
    const out: string[] = [];
    for (const open of await tx.listIncidents({ status: 'open', limit: 1000 })) {
      if (opts.staleAfterMs !== undefined && now.getTime() - Date.parse(open.updatedAt) >= opts.staleAfterMs) {
        const states = await tx.listStates(open.country);
        const involved = states.filter((s) => s.issuer in open.baseline);
        if (involved.every((s) => s.trust === 'reported')) {
          const incident = { ...open, status: 'resolved' as const, resolvedAt: iso, updatedAt: iso, revision: open.revision + 1 };
          const alert = buildAlert(incident, states, [], 'resolve', { ping: false, reason: null }, iso, [
            `No new reports since ${open.updatedAt.slice(0, 16).replace('T', ' ')} UTC and no official confirmation: closed as stale`,
          ]);
          await tx.putIncident(incident);
          await tx.putRevision(alert, iso);
          await routeRevision(tx, alert, iso, iso);
          out.push(`${incident.id}:${alert.revision}`);
          continue;
        }
      }
      if (open.severity !== 'critical' || open.ackedBy) continue;
      const last = Date.parse(open.lastPingAt ?? open.openedAt);
      if (now.getTime() - last < repeatIntervalMs) continue;
      const states: AdvisoryState[] = await tx.listStates(open.country);
      const { incident, alert } = repeatRevision(open, states, iso);
      await tx.putIncident(incident);
      await tx.putRevision(alert, iso);
      await routeRevision(tx, alert, iso, iso);
      out.push(`${incident.id}:${alert.revision}`);
    }
    return out;
  });
}

export type AckOutcome =
  | { status: 'acknowledged'; incidentId: string; revision: number }
  | { status: 'already'; incidentId: string; by: string; at: string }
  | { status: 'not_found' };

/**
 * Records who acknowledged an open incident: stops its repeat pings and writes a revision (no ping)
 * so that every channel's message is edited to show it.
 */
export async function acknowledgeIncident(
  store: Store,
  incidentId: string,
  by: string,
  now: Date,
  where: { notifier: string | null; channel: string | null } = { notifier: null, channel: null },
): Promise<AckOutcome> {
  const iso = now.toISOString();
  return store.transaction(async (tx) => {
    const open = await tx.getIncident(incidentId);
    if (!open || open.status !== 'open') return { status: 'not_found' } as const;
    if (open.ackedBy) return { status: 'already', incidentId, by: open.ackedBy, at: open.ackedAt ?? '' } as const;
    const incident = { ...open, ackedBy: by, ackedAt: iso, revision: open.revision + 1, updatedAt: iso };
    const states = await tx.listStates(open.country);
    const alert = buildAlert(incident, states, [], 'update', { ping: false, reason: null }, iso, [`Acknowledged by ${by}`]);
    await tx.putIncident(incident);
    await tx.putRevision(alert, iso);
    await tx.addAcknowledgement(incidentId, by, iso, where.notifier, where.channel);
    await routeRevision(tx, alert, iso, iso);
    return { status: 'acknowledged', incidentId, revision: incident.revision } as const;
  });
}
