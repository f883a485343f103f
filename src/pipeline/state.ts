import { type AdvisoryState, type ChangeEvent, UNKNOWN_ISSUER } from '../domain/records.js';
import { type Finding, type Level, SIGNALS, type Severity, type Signal, STANDING_SIGNALS, type Trust } from '../domain/types.js';

/** Signals whose appearance is critical, and the ones that are high (design.md, "Severity"). */
const CRITICAL_SIGNALS = new Set<Signal>(['leave_immediately', 'ordered_departure', 'evacuation', 'embassy_suspended', 'shelter_in_place']);
const HIGH_SIGNALS = new Set<Signal>(['authorized_departure']);
const STANDING = new Set<Signal>(STANDING_SIGNALS);
const MAX_SOURCES = 8;

export function signalSeverity(signal: Signal): Severity {
  if (CRITICAL_SIGNALS.has(signal)) return 'critical';
  if (HIGH_SIGNALS.has(signal)) return 'high';
  return 'info';
}

export function raisedSeverity(level: Level): Severity {
  return level === 4 ? 'critical' : level === 3 ? 'high' : level === 2 ? 'warning' : 'info';
}

/** Vocabulary order, so that alerts and state read the same way everywhere. */
export function sortSignals(signals: Iterable<Signal>): Signal[] {
  const set = new Set(signals);
  return SIGNALS.filter((s) => set.has(s));
}

export interface ItemContext {
  sourceId: string;
  itemKey: string;
  link: string | null;
  trust: Trust;
  /** The government that publishes the source, for official feeds. */
  issuer: string | null;
  /** The country whose complete current advice this item is (see FeedItem.snapshot), else null. */
  snapshotOf?: string | null;
  /** First poll of a source: establish state, raise no event. */
  baseline: boolean;
  now: string;
}

/**
 * Applies one finding to the advisory state of its (country, issuer) and returns the new state
 * with the change events it makes. Pure.
 *
 * - An official snapshot from the issuer itself (its complete current advice for that country) is
 *   authoritative: its level and standing signals replace the state, so a signal it no longer
 *   carries is lifted.
 * - Anything else (news, an embassy alert, an official page mentioning another country, another
 *   government's feed) adds to the state: it may raise the level, add signals, or lift departures
 *   it explicitly reports lifted, but it cannot lower or clear what an official source established.
 * - A report that changes nothing still counts: it corroborates (news) or confirms (official).
 */
export function applyFinding(prev: AdvisoryState | null, finding: Finding, ctx: ItemContext): { next: AdvisoryState; events: ChangeEvent[] } {
  const issuer = finding.issuer ?? UNKNOWN_ISSUER;
  const fromIssuer = ctx.trust === 'official' && finding.issuer !== null && finding.issuer === ctx.issuer;
  const authoritative = fromIssuer && ctx.snapshotOf === finding.country;
  const incoming = finding.signals.filter((s) => STANDING.has(s));
  const lifted = finding.signals.includes('departure_lifted');

  let level: Level | null = finding.level ?? prev?.level ?? null;
  if (!authoritative && prev?.trust === 'official' && prev.level !== null && finding.level !== null && finding.level < prev.level) {
    level = prev.level; // news cannot lower an official level
  }

  let signals: Set<Signal>;
  if (authoritative) {
    signals = new Set(incoming);
  } else {
    signals = new Set([...(prev?.signals ?? []), ...incoming]);
  }
  if (lifted) {
    if (!incoming.includes('ordered_departure')) signals.delete('ordered_departure');
    if (!incoming.includes('authorized_departure')) signals.delete('authorized_departure');
  }
  if (incoming.includes('ordered_departure') && !incoming.includes('authorized_departure') && authoritative) {
    signals.delete('authorized_departure'); // superseded
  }

  const link = ctx.link ?? `${ctx.sourceId}:${ctx.itemKey}`;
  const known = prev?.sources.includes(link) ?? false;
  const sources = known ? (prev?.sources ?? []) : [...(prev?.sources ?? []), link].slice(-MAX_SOURCES);
  const trust: Trust = fromIssuer || prev?.trust === 'official' ? 'official' : 'reported';
  const reports = (prev?.reports ?? 0) + (!known && ctx.trust === 'reported' ? 1 : 0);

  const nextSignals = sortSignals(signals);
  const prevSignals = new Set(prev?.signals ?? []);
  const events: ChangeEvent[] = [];
  const event = (e: Pick<ChangeEvent, 'kind' | 'fromLevel' | 'toLevel' | 'signal' | 'severity'>): ChangeEvent => ({
    country: finding.country,
    issuer,
    ...e,
    trust: ctx.trust,
    evidence: finding.evidence,
    sourceId: ctx.sourceId,
    itemKey: ctx.itemKey,
    link: ctx.link,
    at: ctx.now,
  });

  if (!ctx.baseline) {
    const from = prev?.level ?? null;
    if (level !== null && from !== null && level > from) {
      events.push(event({ kind: 'level_raised', fromLevel: from, toLevel: level, signal: null, severity: raisedSeverity(level) }));
    } else if (level !== null && from !== null && level < from) {
      events.push(event({ kind: 'level_lowered', fromLevel: from, toLevel: level, signal: null, severity: 'info' }));
    } else if (level !== null && from === null && (authoritative || finding.signals.includes('level_raised'))) {
      // A new official entry after the first poll, or a report that says the level was raised.
      events.push(event({ kind: 'level_raised', fromLevel: null, toLevel: level, signal: null, severity: raisedSeverity(level) }));
    }
    for (const s of nextSignals) {
      if (!prevSignals.has(s)) events.push(event({ kind: 'signal_added', fromLevel: from, toLevel: level, signal: s, severity: signalSeverity(s) }));
    }
    for (const s of prevSignals) {
      if (!signals.has(s)) events.push(event({ kind: 'signal_removed', fromLevel: from, toLevel: level, signal: s, severity: 'info' }));
    }
    if (events.length === 0 && prev) {
      if (fromIssuer && prev.trust === 'reported') {
        events.push(event({ kind: 'confirmed', fromLevel: from, toLevel: level, signal: null, severity: 'info' }));
      } else if (!known && (prev.signals.length > 0 || prev.level !== null) && (incoming.length > 0 || finding.level !== null)) {
        events.push(event({ kind: 'corroborated', fromLevel: from, toLevel: level, signal: null, severity: 'info' }));
      }
    }
  }

  const changed = events.some((e) => e.kind !== 'corroborated' && e.kind !== 'confirmed') || !prev;
  const next: AdvisoryState = {
    country: finding.country,
    issuer,
    level,
    signals: nextSignals,
    evidence: finding.evidence || prev?.evidence || '',
    sources,
    reports,
    trust,
    sourceId: ctx.sourceId,
    updatedAt: ctx.now,
    changedAt: changed ? ctx.now : (prev?.changedAt ?? ctx.now),
  };
  return { next, events };
}

/**
 * Combines structured findings (an official feed's level field) with the classifier's for the same
 * (country, issuer): the structured level wins, signals are united, evidence prefers the text's.
 */
export function mergeFindings(structured: Finding[], classified: Finding[]): Finding[] {
  const out = new Map<string, Finding>();
  for (const f of [...structured, ...classified]) {
    const k = `${f.country}|${f.issuer ?? ''}`;
    const prev = out.get(k);
    if (!prev) {
      out.set(k, { ...f, signals: [...f.signals] });
      continue;
    }
    out.set(k, {
      country: f.country,
      issuer: f.issuer,
      level: prev.level ?? f.level,
      signals: sortSignals([...prev.signals, ...f.signals]),
      evidence: f.evidence || prev.evidence,
    });
  }
  return [...out.values()];
}
