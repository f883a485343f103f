import { type Alert, UNKNOWN_ISSUER } from '../domain/records.js';
import type { Level } from '../domain/types.js';

/** The stable JSON shape of a delivered message (the `replay --format jsonl` contract). */
export interface AlertLine {
  incident: string;
  revision: number;
  action: Alert['action'];
  country: string;
  severity: Alert['severity'];
  ping: boolean;
  levels: Record<string, { from: Level | null; to: Level | null }>;
  signals: string[];
  issuers: string[];
  sources: string[];
}

export function alertLine(alert: Alert, ping: boolean): AlertLine {
  const named = alert.issuers.filter((i) => i.issuer !== UNKNOWN_ISSUER);
  return {
    incident: alert.incidentId,
    revision: alert.revision,
    action: alert.action,
    country: alert.country,
    severity: alert.severity,
    ping,
    levels: Object.fromEntries(named.map((i) => [i.issuer, { from: i.from, to: i.to }])),
    signals: alert.signals,
    issuers: named.map((i) => i.issuer),
    sources: alert.sources,
  };
}
