import type {
  AdvisoryState,
  Notice,
  NoticeRow,
  Alert,
  ChangeEvent,
  Incident,
  MessageRef,
  OutboxRow,
  Silence,
  SourceHealth,
  Subscription,
} from '../domain/records.js';
import type { CountryCode, IssuerCode } from '../domain/types.js';
import type { FetchState } from '../sources/types.js';

export interface NewOutboxRow {
  key: string;
  incidentId: string;
  revision: number;
  notifier: string;
  channel: string;
  subscriptionId: string;
  ping: boolean;
  pingTargets: OutboxRow['pingTargets'];
  dueAt: string;
  createdAt: string;
}

export interface StoredEvent extends ChangeEvent {
  id: number;
  incidentId: string | null;
}

/**
 * Everything the application keeps, as operations. Written in the synchronous shape of the
 * embedded SQLite implementation; the port that the application uses (`Store`) is the same
 * operations returning promises, so that a PostgreSQL implementation can follow without touching
 * the pipeline.
 */
export interface StoreOps {
  // sources
  getFetchState(sourceId: string): FetchState;
  getSourceHealth(sourceId: string): SourceHealth | null;
  listSourceHealth(): SourceHealth[];
  recordPollSuccess(sourceId: string, kind: string, state: FetchState, at: string, changed: boolean): void;
  recordPollFailure(sourceId: string, kind: string, code: string, message: string, at: string, nextAttemptAt: string): SourceHealth;
  markBaselined(sourceId: string): void;
  setOutageNoticed(sourceId: string, at: string | null): void;
  // items
  getSeenHash(sourceId: string, key: string): string | null;
  markSeen(sourceId: string, key: string, hash: string, title: string, link: string | null, at: string): void;
  // advisory state
  getState(country: CountryCode, issuer: IssuerCode): AdvisoryState | null;
  listStates(country?: CountryCode): AdvisoryState[];
  putState(state: AdvisoryState): void;
  // change events
  addEvent(event: ChangeEvent, incidentId: string | null): number;
  listEvents(country: CountryCode, limit: number): StoredEvent[];
  // incidents
  getIncident(id: string): Incident | null;
  getOpenIncident(country: CountryCode): Incident | null;
  listIncidents(filter: { status?: Incident['status']; country?: CountryCode; limit?: number }): Incident[];
  putIncident(incident: Incident): void;
  getRevision(incidentId: string, revision: number): { alert: Alert; createdAt: string } | null;
  putRevision(alert: Alert, createdAt: string): void;
  // subscriptions, silences, acknowledgements
  listSubscriptions(): Subscription[];
  putSubscription(sub: Subscription): void;
  deleteSubscription(id: string): boolean;
  listSilences(now: string): Silence[];
  addSilence(silence: Omit<Silence, 'id'>): number;
  deleteSilence(id: number): boolean;
  addAcknowledgement(incidentId: string, by: string, at: string, notifier: string | null, channel: string | null): void;
  // outbox
  enqueue(rows: NewOutboxRow[]): number;
  /** Pending rows not yet delivered for one revision (to fold a grouped change into them). */
  listOutboxForRevision(incidentId: string, revision: number): OutboxRow[];
  deletePendingForRevision(incidentId: string, revision: number): number;
  /** Due rows, at most one per (incident, notifier, channel): the lowest pending revision, so edits follow posts. */
  claimDue(now: string, limit: number): OutboxRow[];
  markDelivered(id: number, at: string): void;
  markRetry(id: number, attempts: number, dueAt: string, error: string): void;
  markFailed(id: number, status: 'rejected' | 'dead', attempts: number, error: string): void;
  /** Channels that have any delivery of this incident (so later revisions reach them too). */
  listIncidentChannels(incidentId: string): { notifier: string; channel: string }[];
  outboxCounts(): Record<OutboxRow['status'], number>;
  nextDueAt(): string | null;
  // operators' notices
  enqueueNotices(rows: (Notice & { notifier: string; channel: string; dueAt: string; createdAt: string })[]): number;
  claimDueNotices(now: string, limit: number): NoticeRow[];
  markNoticeDelivered(id: number, at: string): void;
  markNoticeRetry(id: number, attempts: number, dueAt: string, error: string): void;
  markNoticeFailed(id: number, status: 'rejected' | 'dead', attempts: number, error: string): void;
  getMessageRef(incidentId: string, notifier: string, channel: string): MessageRef | null;
  setMessageRef(incidentId: string, notifier: string, channel: string, ref: MessageRef): void;
}

type Async<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};

export interface Store extends Async<StoreOps> {
  /** Runs `fn` in one transaction: all its writes land together or not at all. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
