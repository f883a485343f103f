import {
  type AdvisoryState,
  type Alert,
  type AlertAction,
  type AlertIssuer,
  type ChangeEvent,
  type Incident,
  UNKNOWN_ISSUER,
} from '../domain/records.js';
import { type Level, SEVERITY_RANK, type Severity, type Signal, type Trust } from '../domain/types.js';
import { signalLabel } from '../domain/labels.js';
import { sortSignals } from './state.js';

/** Signals that keep an incident open while any issuer still carries them. */
const ALARMING = new Set<Signal>(['leave_immediately', 'ordered_departure', 'authorized_departure', 'evacuation', 'embassy_suspended', 'shelter_in_place']);

export function maxSeverity(values: Iterable<Severity>, floor: Severity = 'info'): Severity {
  let best = floor;
  for (const s of values) if (SEVERITY_RANK[s] > SEVERITY_RANK[best]) best = s;
  return best;
}

/** An issuer is still alarming when it carries an alarming signal, or its level is above where it stood before the incident. */
export function issuerIsAlarming(state: AdvisoryState | undefined, baseline: Level | null): boolean {
  if (!state) return false;
  if (state.signals.some((s) => ALARMING.has(s))) return true;
  if (state.level === null) return false;
  if (baseline === null) return state.level >= 3;
  return state.level > baseline;
}

export interface IncidentDecision {
  incident: Incident;
  alert: Alert;
  /** True when `alert` replaces a revision that is still inside its group window and not yet sent. */
  folded: boolean;
}

export interface PendingRevision {
  alert: Alert;
  createdAt: string;
  /** Whether any delivery of it has been attempted (then it can no longer be folded into). */
  touched: boolean;
}

/**
 * Decides what a batch of change events (one item, one country) does to the country's incident:
 * opens one, revises it (or folds into a revision still inside the group window), resolves it, or
 * nothing. Pure: the caller loads and stores.
 */
export function decideIncident(args: {
  country: string;
  events: ChangeEvent[];
  open: Incident | null;
  states: AdvisoryState[];
  latest: PendingRevision | null;
  now: string;
  groupWindowMs: number;
  newId: () => string;
}): IncidentDecision | null {
  const { country, events, open, states, latest, now } = args;
  if (events.length === 0) return null;
  const qualifying = events.filter((e) => SEVERITY_RANK[e.severity] >= SEVERITY_RANK.warning);

  if (!open) {
    if (qualifying.length === 0) return null;
    const baseline: Record<string, Level | null> = {};
    for (const e of events) if (!(e.issuer in baseline)) baseline[e.issuer] = e.fromLevel;
    const severity = maxSeverity(qualifying.map((e) => e.severity));
    const incident: Incident = {
      id: args.newId(),
      country,
      status: 'open',
      severity,
      openedAt: now,
      updatedAt: now,
      resolvedAt: null,
      revision: 1,
      baseline,
      ackedBy: null,
      ackedAt: null,
      lastPingAt: now,
    };
    const alert = buildAlert(incident, states, events, 'open', { ping: true, reason: 'open' }, now);
    return { incident, alert, folded: false };
  }

  const baseline = { ...open.baseline };
  for (const e of events) if (!(e.issuer in baseline)) baseline[e.issuer] = e.fromLevel;
  const severity = maxSeverity(
    qualifying.map((e) => e.severity),
    open.severity,
  );
  const rose = SEVERITY_RANK[severity] > SEVERITY_RANK[open.severity];
  const byIssuer = new Map(states.map((s) => [s.issuer, s]));
  const stillAlarming = Object.entries(baseline).some(([issuer, base]) => issuerIsAlarming(byIssuer.get(issuer), base));
  const action: AlertAction = stillAlarming ? 'update' : 'resolve';

  const canFold =
    latest !== null &&
    !latest.touched &&
    latest.alert.action !== 'resolve' &&
    Date.parse(now) - Date.parse(latest.createdAt) < args.groupWindowMs;

  const incident: Incident = {
    ...open,
    baseline,
    severity,
    updatedAt: now,
    status: action === 'resolve' ? 'resolved' : 'open',
    resolvedAt: action === 'resolve' ? now : null,
    revision: canFold ? open.revision : open.revision + 1,
    lastPingAt: rose ? now : open.lastPingAt,
  };

  if (canFold && latest) {
    const ping = latest.alert.ping || rose;
    const reason = latest.alert.pingReason ?? (rose ? 'severity_rise' : null);
    const keepAction: AlertAction = action === 'resolve' ? 'resolve' : latest.alert.action;
    const alert = buildAlert(incident, states, events, keepAction, { ping, reason }, now, latest.alert.changes);
    alert.openedAt = open.openedAt;
    return { incident, alert, folded: true };
  }
  const alert = buildAlert(incident, states, events, action, { ping: rose, reason: rose ? 'severity_rise' : null }, now);
  return { incident, alert, folded: false };
}

/** A new revision that re-pings an unacknowledged critical incident. */
export function repeatRevision(open: Incident, states: AdvisoryState[], now: string): { incident: Incident; alert: Alert } {
  const incident: Incident = { ...open, revision: open.revision + 1, updatedAt: now, lastPingAt: now };
  const alert = buildAlert(incident, states, [], 'update', { ping: true, reason: 'repeat' }, now, ['Still unacknowledged: reminder']);
  return { incident, alert };
}

export function buildAlert(
  incident: Incident,
  states: AdvisoryState[],
  events: ChangeEvent[],
  action: AlertAction,
  ping: { ping: boolean; reason: Alert['pingReason'] },
  now: string,
  earlierChanges: string[] = [],
): Alert {
  const byIssuer = new Map(states.map((s) => [s.issuer, s]));
  const issuers: AlertIssuer[] = [];
  for (const [issuer, from] of Object.entries(incident.baseline)) {
    const s = byIssuer.get(issuer);
    issuers.push({
      issuer,
      from,
      to: s?.level ?? null,
      signals: s?.signals ?? [],
      trust: s?.trust ?? 'reported',
      evidence: s?.evidence ?? '',
      sources: s?.sources ?? [],
      reports: s?.reports ?? 0,
    });
  }
  issuers.sort((a, b) => (a.issuer === UNKNOWN_ISSUER ? 1 : b.issuer === UNKNOWN_ISSUER ? -1 : 0));
  const sources: string[] = [];
  for (const i of issuers) for (const src of i.sources) if (!sources.includes(src)) sources.push(src);
  const trust: Trust = issuers.some((i) => i.trust === 'official') ? 'official' : 'reported';
  return {
    incidentId: incident.id,
    revision: incident.revision,
    action,
    country: incident.country,
    severity: incident.severity,
    ping: ping.ping,
    pingReason: ping.ping ? ping.reason : null,
    trust,
    issuers,
    signals: sortSignals(issuers.flatMap((i) => i.signals)),
    sources,
    changes: [...earlierChanges, ...describeEvents(events)],
    openedAt: incident.openedAt,
    updatedAt: now,
    ackedBy: incident.ackedBy,
  };
}

function issuerName(issuer: string): string {
  return issuer === UNKNOWN_ISSUER ? 'Unattributed' : issuer;
}

/** One short line per event, for thread replies and the console. */
export function describeEvents(events: ChangeEvent[]): string[] {
  const lines: string[] = [];
  for (const e of events) {
    const who = issuerName(e.issuer);
    let line: string;
    switch (e.kind) {
      case 'level_raised':
        line = `${who}: level raised ${e.fromLevel === null ? 'to' : `from ${e.fromLevel} to`} ${e.toLevel}`;
        break;
      case 'level_lowered':
        line = `${who}: level lowered from ${e.fromLevel} to ${e.toLevel}`;
        break;
      case 'signal_added':
        line = `${who}: ${signalLabel(e.signal!)}`;
        break;
      case 'signal_removed':
        line = `${who}: ${signalLabel(e.signal!)} lifted`;
        break;
      case 'corroborated':
        line = `${who}: corroborated by ${e.link ?? e.sourceId}`;
        break;
      case 'confirmed':
        line = `${who}: confirmed by the official source ${e.sourceId}`;
        break;
    }
    if (!lines.includes(line)) lines.push(line);
  }
  return lines;
}
