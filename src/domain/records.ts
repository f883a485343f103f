import type { CountryCode, IssuerCode, Level, Severity, Signal, Trust } from './types.js';

/** Issuer key used in state when the text does not say which government advises. */
export const UNKNOWN_ISSUER = '??';

/** What one government currently advises about one country. Key: (country, issuer). */
export interface AdvisoryState {
  country: CountryCode;
  issuer: IssuerCode;
  level: Level | null;
  /** Active standing signals (see STANDING_SIGNALS). */
  signals: Signal[];
  evidence: string;
  /** Links (or files) of the items that support this state, newest last, at most a few. */
  sources: string[];
  /** How many distinct news items reported it (for "reported by N outlets"). */
  reports: number;
  trust: Trust;
  sourceId: string;
  updatedAt: string;
  changedAt: string;
}

export type ChangeKind =
  | 'level_raised'
  | 'level_lowered'
  | 'signal_added'
  | 'signal_removed'
  | 'corroborated'
  | 'confirmed';

export interface ChangeEvent {
  country: CountryCode;
  issuer: IssuerCode;
  kind: ChangeKind;
  fromLevel: Level | null;
  toLevel: Level | null;
  signal: Signal | null;
  severity: Severity;
  trust: Trust;
  evidence: string;
  sourceId: string;
  itemKey: string;
  link: string | null;
  at: string;
}

export type IncidentStatus = 'open' | 'resolved';
export type AlertAction = 'open' | 'update' | 'resolve';

export interface Incident {
  id: string;
  country: CountryCode;
  status: IncidentStatus;
  severity: Severity;
  openedAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  revision: number;
  /** Level of each issuer just before the incident opened (or before it first joined). */
  baseline: Record<IssuerCode, Level | null>;
  ackedBy: string | null;
  ackedAt: string | null;
  lastPingAt: string | null;
}

/** Per-issuer part of an alert. */
export interface AlertIssuer {
  issuer: IssuerCode;
  from: Level | null;
  to: Level | null;
  signals: Signal[];
  trust: Trust;
  evidence: string;
  sources: string[];
  reports: number;
}

/** One revision of an incident, as every notifier renders it. */
export interface Alert {
  incidentId: string;
  revision: number;
  action: AlertAction;
  country: CountryCode;
  severity: Severity;
  /** True when this revision is meant to page on-call (open, severity rise, repeat). */
  ping: boolean;
  pingReason: 'open' | 'severity_rise' | 'repeat' | null;
  trust: Trust;
  issuers: AlertIssuer[];
  /** Union of active signals, in vocabulary order. */
  signals: Signal[];
  sources: string[];
  /** Short lines saying what changed in this revision ("US: Leave immediately"). */
  changes: string[];
  openedAt: string;
  updatedAt: string;
  ackedBy: string | null;
}

export interface PingTargets {
  users: string[];
  groups: string[];
  roles: string[];
  here: boolean;
}

export interface Subscription {
  id: string;
  notifier: string;
  channel: string;
  countries: CountryCode[] | 'all';
  minSeverity: Severity;
  /** null: never ping; otherwise who. An empty target list pings "the channel's on-call" (console: just a marker). */
  ping: PingTargets | null;
  pingReported: boolean;
  origin: 'config' | 'command';
  createdBy: string | null;
  createdAt: string;
}

export interface Silence {
  id: number;
  notifier: string;
  channel: string;
  /** null silences every country in the channel. */
  country: CountryCode | null;
  until: string;
  reason: string | null;
  createdBy: string | null;
  createdAt: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'rejected' | 'dead';

export interface OutboxRow {
  id: number;
  key: string;
  incidentId: string;
  revision: number;
  notifier: string;
  channel: string;
  subscriptionId: string;
  ping: boolean;
  pingTargets: PingTargets | null;
  status: DeliveryStatus;
  attempts: number;
  dueAt: string;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

/** A platform's handle on a message it posted (Slack ts, Discord message id), kept to edit it later. */
export type MessageRef = Record<string, string>;

/** A message to the operators (not an incident): a source outage, a recovery, a refused delivery. */
export interface Notice {
  key: string;
  kind: 'source_outage' | 'source_recovered' | 'source_stale' | 'delivery_rejected';
  severity: Severity;
  title: string;
  text: string;
}

export interface NoticeRow extends Notice {
  id: number;
  notifier: string;
  channel: string;
  status: DeliveryStatus;
  attempts: number;
  dueAt: string;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

/** Where operators' notices go. */
export interface OperatorRoute {
  notifier: string;
  channel: string;
}

export interface SourceHealth {
  id: string;
  kind: string;
  baselined: boolean;
  consecutiveFailures: number;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  nextAttemptAt: string | null;
  lastChangeAt: string | null;
  itemCount: number | null;
  /** When the current run of failures began (null while healthy). */
  failingSince: string | null;
  /** When operators were told of the current outage (null: not told, or recovered). */
  outageNoticedAt: string | null;
}
