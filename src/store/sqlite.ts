import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
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
import { AppError } from '../errors.js';
import { EMPTY_FETCH_STATE, type FetchState } from '../sources/types.js';
import { MIGRATIONS } from './migrations.js';
import type { NewOutboxRow, Store, StoreOps, StoredEvent } from './port.js';

type Row = Record<string, unknown>;
const json = <T>(v: unknown): T => JSON.parse(String(v)) as T;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The synchronous SQLite operations. Use `openSqliteStore` to get the async `Store` port. */
class SqliteOps implements StoreOps {
  constructor(readonly db: Database.Database) {}

  // ── sources ──────────────────────────────────────────────────────────────
  getFetchState(sourceId: string): FetchState {
    const r = this.db.prepare('SELECT etag, last_modified, body_hash, item_count, memo FROM sources WHERE id = ?').get(sourceId) as Row | undefined;
    if (!r) return { ...EMPTY_FETCH_STATE };
    return {
      etag: str(r.etag),
      lastModified: str(r.last_modified),
      bodyHash: str(r.body_hash),
      lastItemCount: r.item_count as number | null,
      memo: r.memo === null || r.memo === undefined ? null : json<Record<string, unknown>>(r.memo),
    };
  }

  private ensureSource(id: string, kind: string): void {
    this.db.prepare('INSERT INTO sources (id, kind) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind').run(id, kind);
  }

  getSourceHealth(sourceId: string): SourceHealth | null {
    const r = this.db.prepare('SELECT * FROM sources WHERE id = ?').get(sourceId) as Row | undefined;
    return r ? toHealth(r) : null;
  }

  listSourceHealth(): SourceHealth[] {
    return (this.db.prepare('SELECT * FROM sources ORDER BY id').all() as Row[]).map(toHealth);
  }

  recordPollSuccess(sourceId: string, kind: string, state: FetchState, at: string, changed: boolean): void {
    this.ensureSource(sourceId, kind);
    this.db
      .prepare(
        `UPDATE sources SET etag = ?, last_modified = ?, body_hash = ?, item_count = COALESCE(?, item_count), memo = ?,
         consecutive_failures = 0, last_attempt_at = ?, last_success_at = ?, last_error_code = NULL, last_error_message = NULL, failing_since = NULL,
         next_attempt_at = NULL, last_change_at = CASE WHEN ? THEN ? ELSE last_change_at END WHERE id = ?`,
      )
      .run(
        state.etag,
        state.lastModified,
        state.bodyHash,
        state.lastItemCount,
        state.memo ? JSON.stringify(state.memo) : null,
        at,
        at,
        changed ? 1 : 0,
        at,
        sourceId,
      );
  }

  recordPollFailure(sourceId: string, kind: string, code: string, message: string, at: string, nextAttemptAt: string): SourceHealth {
    this.ensureSource(sourceId, kind);
    this.db
      .prepare(
        `UPDATE sources SET consecutive_failures = consecutive_failures + 1, last_attempt_at = ?, last_failure_at = ?,
         last_error_code = ?, last_error_message = ?, next_attempt_at = ?, failing_since = COALESCE(failing_since, ?) WHERE id = ?`,
      )
      .run(at, at, code, message.slice(0, 1000), nextAttemptAt, at, sourceId);
    return this.getSourceHealth(sourceId)!;
  }

  markBaselined(sourceId: string): void {
    this.db.prepare('UPDATE sources SET baselined = 1 WHERE id = ?').run(sourceId);
  }

  setOutageNoticed(sourceId: string, at: string | null): void {
    this.db.prepare('UPDATE sources SET outage_noticed_at = ? WHERE id = ?').run(at, sourceId);
  }

  // ── items ────────────────────────────────────────────────────────────────
  getSeenHash(sourceId: string, key: string): string | null {
    const r = this.db.prepare('SELECT content_hash FROM seen_items WHERE source_id = ? AND item_key = ?').get(sourceId, key) as Row | undefined;
    return r ? String(r.content_hash) : null;
  }

  markSeen(sourceId: string, key: string, hash: string, title: string, link: string | null, at: string): void {
    this.db
      .prepare(
        `INSERT INTO seen_items (source_id, item_key, content_hash, title, link, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (source_id, item_key) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title,
         link = excluded.link, last_seen_at = excluded.last_seen_at`,
      )
      .run(sourceId, key, hash, title.slice(0, 500), link, at, at);
  }

  // ── advisory state ───────────────────────────────────────────────────────
  getState(country: string, issuer: string): AdvisoryState | null {
    const r = this.db.prepare('SELECT * FROM advisory_state WHERE country = ? AND issuer = ?').get(country, issuer) as Row | undefined;
    return r ? toState(r) : null;
  }

  listStates(country?: string): AdvisoryState[] {
    const rows = country
      ? this.db.prepare('SELECT * FROM advisory_state WHERE country = ? ORDER BY issuer').all(country)
      : this.db.prepare('SELECT * FROM advisory_state ORDER BY country, issuer').all();
    return (rows as Row[]).map(toState);
  }

  putState(s: AdvisoryState): void {
    this.db
      .prepare(
        `INSERT INTO advisory_state (country, issuer, level, signals, evidence, sources, reports, trust, source_id, updated_at, changed_at)
         VALUES (@country, @issuer, @level, @signals, @evidence, @sources, @reports, @trust, @sourceId, @updatedAt, @changedAt)
         ON CONFLICT (country, issuer) DO UPDATE SET level = excluded.level, signals = excluded.signals, evidence = excluded.evidence,
         sources = excluded.sources, reports = excluded.reports, trust = excluded.trust, source_id = excluded.source_id,
         updated_at = excluded.updated_at, changed_at = excluded.changed_at`,
      )
      .run({ ...s, signals: JSON.stringify(s.signals), sources: JSON.stringify(s.sources) });
  }

  // ── change events ────────────────────────────────────────────────────────
  addEvent(e: ChangeEvent, incidentId: string | null): number {
    const r = this.db
      .prepare(
        `INSERT INTO change_events (country, issuer, kind, from_level, to_level, signal, severity, trust, evidence, source_id, item_key, link, at, incident_id)
         VALUES (@country, @issuer, @kind, @fromLevel, @toLevel, @signal, @severity, @trust, @evidence, @sourceId, @itemKey, @link, @at, @incidentId)`,
      )
      .run({ ...e, incidentId });
    return Number(r.lastInsertRowid);
  }

  listEvents(country: string, limit: number): StoredEvent[] {
    const rows = this.db.prepare('SELECT * FROM change_events WHERE country = ? ORDER BY id DESC LIMIT ?').all(country, limit) as Row[];
    return rows.map((r) => ({
      id: Number(r.id),
      country: String(r.country),
      issuer: String(r.issuer),
      kind: r.kind as ChangeEvent['kind'],
      fromLevel: r.from_level as ChangeEvent['fromLevel'],
      toLevel: r.to_level as ChangeEvent['toLevel'],
      signal: r.signal as ChangeEvent['signal'],
      severity: r.severity as ChangeEvent['severity'],
      trust: r.trust as ChangeEvent['trust'],
      evidence: String(r.evidence),
      sourceId: String(r.source_id),
      itemKey: String(r.item_key),
      link: str(r.link),
      at: String(r.at),
      incidentId: str(r.incident_id),
    }));
  }

  // ── incidents ────────────────────────────────────────────────────────────
  getIncident(id: string): Incident | null {
    const r = this.db.prepare('SELECT * FROM incidents WHERE id = ?').get(id) as Row | undefined;
    return r ? toIncident(r) : null;
  }

  getOpenIncident(country: string): Incident | null {
    const r = this.db.prepare("SELECT * FROM incidents WHERE country = ? AND status = 'open'").get(country) as Row | undefined;
    return r ? toIncident(r) : null;
  }

  listIncidents(filter: { status?: Incident['status']; country?: string; limit?: number }): Incident[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.status) (where.push('status = ?'), args.push(filter.status));
    if (filter.country) (where.push('country = ?'), args.push(filter.country));
    const sql = `SELECT * FROM incidents ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...args, filter.limit ?? 100) as Row[]).map(toIncident);
  }

  putIncident(i: Incident): void {
    this.db
      .prepare(
        `INSERT INTO incidents (id, country, status, severity, opened_at, updated_at, resolved_at, revision, baseline, acked_by, acked_at, last_ping_at)
         VALUES (@id, @country, @status, @severity, @openedAt, @updatedAt, @resolvedAt, @revision, @baseline, @ackedBy, @ackedAt, @lastPingAt)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, severity = excluded.severity, updated_at = excluded.updated_at,
         resolved_at = excluded.resolved_at, revision = excluded.revision, baseline = excluded.baseline, acked_by = excluded.acked_by,
         acked_at = excluded.acked_at, last_ping_at = excluded.last_ping_at`,
      )
      .run({ ...i, baseline: JSON.stringify(i.baseline) });
  }

  getRevision(incidentId: string, revision: number): { alert: Alert; createdAt: string } | null {
    const r = this.db.prepare('SELECT alert, created_at FROM incident_revisions WHERE incident_id = ? AND revision = ?').get(incidentId, revision) as
      | Row
      | undefined;
    return r ? { alert: json<Alert>(r.alert), createdAt: String(r.created_at) } : null;
  }

  putRevision(alert: Alert, createdAt: string): void {
    this.db
      .prepare(
        `INSERT INTO incident_revisions (incident_id, revision, created_at, alert) VALUES (?, ?, ?, ?)
         ON CONFLICT (incident_id, revision) DO UPDATE SET alert = excluded.alert`,
      )
      .run(alert.incidentId, alert.revision, createdAt, JSON.stringify(alert));
  }

  // ── subscriptions, silences, acknowledgements ───────────────────────────
  listSubscriptions(): Subscription[] {
    return (this.db.prepare('SELECT * FROM subscriptions ORDER BY created_at, id').all() as Row[]).map((r) => ({
      id: String(r.id),
      notifier: String(r.notifier),
      channel: String(r.channel),
      countries: json<Subscription['countries']>(r.countries),
      minSeverity: r.min_severity as Subscription['minSeverity'],
      ping: r.ping === null ? null : json<Subscription['ping']>(r.ping),
      pingReported: Boolean(r.ping_reported),
      origin: r.origin as Subscription['origin'],
      createdBy: str(r.created_by),
      createdAt: String(r.created_at),
    }));
  }

  putSubscription(s: Subscription): void {
    this.db
      .prepare(
        `INSERT INTO subscriptions (id, notifier, channel, countries, min_severity, ping, ping_reported, origin, created_by, created_at)
         VALUES (@id, @notifier, @channel, @countries, @minSeverity, @ping, @pingReported, @origin, @createdBy, @createdAt)
         ON CONFLICT (id) DO UPDATE SET notifier = excluded.notifier, channel = excluded.channel, countries = excluded.countries,
         min_severity = excluded.min_severity, ping = excluded.ping, ping_reported = excluded.ping_reported, origin = excluded.origin`,
      )
      .run({
        ...s,
        countries: JSON.stringify(s.countries),
        ping: s.ping === null ? null : JSON.stringify(s.ping),
        pingReported: s.pingReported ? 1 : 0,
      });
  }

  deleteSubscription(id: string): boolean {
    return this.db.prepare('DELETE FROM subscriptions WHERE id = ?').run(id).changes > 0;
  }

  listSilences(now: string): Silence[] {
    return (this.db.prepare('SELECT * FROM silences WHERE until > ? ORDER BY until').all(now) as Row[]).map((r) => ({
      id: Number(r.id),
      notifier: String(r.notifier),
      channel: String(r.channel),
      country: str(r.country),
      until: String(r.until),
      reason: str(r.reason),
      createdBy: str(r.created_by),
      createdAt: String(r.created_at),
    }));
  }

  addSilence(s: Omit<Silence, 'id'>): number {
    const r = this.db
      .prepare(
        'INSERT INTO silences (notifier, channel, country, until, reason, created_by, created_at) VALUES (@notifier, @channel, @country, @until, @reason, @createdBy, @createdAt)',
      )
      .run(s);
    return Number(r.lastInsertRowid);
  }

  deleteSilence(id: number): boolean {
    return this.db.prepare('DELETE FROM silences WHERE id = ?').run(id).changes > 0;
  }

  addAcknowledgement(incidentId: string, by: string, at: string, notifier: string | null, channel: string | null): void {
    this.db.prepare('INSERT INTO acknowledgements (incident_id, by, at, notifier, channel) VALUES (?, ?, ?, ?, ?)').run(incidentId, by, at, notifier, channel);
  }

  // ── outbox ───────────────────────────────────────────────────────────────
  enqueue(rows: NewOutboxRow[]): number {
    const stmt = this.db.prepare(
      `INSERT INTO outbox (idem_key, incident_id, revision, notifier, channel, subscription_id, ping, ping_targets, due_at, created_at)
       VALUES (@key, @incidentId, @revision, @notifier, @channel, @subscriptionId, @ping, @pingTargets, @dueAt, @createdAt)
       ON CONFLICT (idem_key) DO NOTHING`,
    );
    let n = 0;
    for (const r of rows) {
      n += stmt.run({ ...r, ping: r.ping ? 1 : 0, pingTargets: r.pingTargets ? JSON.stringify(r.pingTargets) : null }).changes;
    }
    return n;
  }

  listOutboxForRevision(incidentId: string, revision: number): OutboxRow[] {
    return (this.db.prepare('SELECT * FROM outbox WHERE incident_id = ? AND revision = ? ORDER BY id').all(incidentId, revision) as Row[]).map(toOutbox);
  }

  deletePendingForRevision(incidentId: string, revision: number): number {
    return this.db.prepare("DELETE FROM outbox WHERE incident_id = ? AND revision = ? AND status = 'pending' AND attempts = 0").run(incidentId, revision)
      .changes;
  }

  claimDue(now: string, limit: number): OutboxRow[] {
    const rows = this.db
      .prepare(
        `SELECT o.* FROM outbox o
         WHERE o.status = 'pending' AND o.due_at <= ?
           AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.status = 'pending' AND p.incident_id = o.incident_id
                           AND p.notifier = o.notifier AND p.channel = o.channel AND p.revision < o.revision)
         ORDER BY o.due_at, o.id LIMIT ?`,
      )
      .all(now, limit) as Row[];
    return rows.map(toOutbox);
  }

  markDelivered(id: number, at: string): void {
    this.db.prepare("UPDATE outbox SET status = 'delivered', delivered_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?").run(at, id);
  }

  markRetry(id: number, attempts: number, dueAt: string, error: string): void {
    this.db.prepare('UPDATE outbox SET attempts = ?, due_at = ?, last_error = ? WHERE id = ?').run(attempts, dueAt, error.slice(0, 1000), id);
  }

  markFailed(id: number, status: 'rejected' | 'dead', attempts: number, error: string): void {
    this.db.prepare('UPDATE outbox SET status = ?, attempts = ?, last_error = ? WHERE id = ?').run(status, attempts, error.slice(0, 1000), id);
  }

  listIncidentChannels(incidentId: string): { notifier: string; channel: string }[] {
    return (this.db.prepare('SELECT DISTINCT notifier, channel FROM outbox WHERE incident_id = ?').all(incidentId) as Row[]).map((r) => ({
      notifier: String(r.notifier),
      channel: String(r.channel),
    }));
  }

  outboxCounts(): Record<OutboxRow['status'], number> {
    const counts: Record<OutboxRow['status'], number> = { pending: 0, delivered: 0, rejected: 0, dead: 0 };
    for (const r of this.db.prepare('SELECT status, COUNT(*) n FROM outbox GROUP BY status').all() as Row[]) {
      counts[r.status as OutboxRow['status']] = Number(r.n);
    }
    return counts;
  }

  nextDueAt(): string | null {
    const r = this.db.prepare("SELECT MIN(due_at) d FROM outbox WHERE status = 'pending'").get() as Row | undefined;
    return str(r?.d);
  }

  enqueueNotices(rows: (Notice & { notifier: string; channel: string; dueAt: string; createdAt: string })[]): number {
    const stmt = this.db.prepare(
      `INSERT INTO notices (idem_key, notifier, channel, kind, severity, title, text, due_at, created_at)
       VALUES (@idem, @notifier, @channel, @kind, @severity, @title, @text, @dueAt, @createdAt) ON CONFLICT (idem_key) DO NOTHING`,
    );
    let n = 0;
    for (const r of rows) n += stmt.run({ ...r, idem: `${r.key}:${r.notifier}:${r.channel}` }).changes;
    return n;
  }

  claimDueNotices(now: string, limit: number): NoticeRow[] {
    const rows = this.db.prepare("SELECT * FROM notices WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?").all(now, limit) as Row[];
    return rows.map((r) => ({
      id: Number(r.id),
      key: String(r.idem_key),
      notifier: String(r.notifier),
      channel: String(r.channel),
      kind: r.kind as Notice['kind'],
      severity: r.severity as Notice['severity'],
      title: String(r.title),
      text: String(r.text),
      status: r.status as NoticeRow['status'],
      attempts: Number(r.attempts),
      dueAt: String(r.due_at),
      lastError: str(r.last_error),
      createdAt: String(r.created_at),
      deliveredAt: str(r.delivered_at),
    }));
  }

  markNoticeDelivered(id: number, at: string): void {
    this.db.prepare("UPDATE notices SET status = 'delivered', delivered_at = ?, attempts = attempts + 1 WHERE id = ?").run(at, id);
  }

  markNoticeRetry(id: number, attempts: number, dueAt: string, error: string): void {
    this.db.prepare('UPDATE notices SET attempts = ?, due_at = ?, last_error = ? WHERE id = ?').run(attempts, dueAt, error.slice(0, 1000), id);
  }

  markNoticeFailed(id: number, status: 'rejected' | 'dead', attempts: number, error: string): void {
    this.db.prepare('UPDATE notices SET status = ?, attempts = ?, last_error = ? WHERE id = ?').run(status, attempts, error.slice(0, 1000), id);
  }

  getMessageRef(incidentId: string, notifier: string, channel: string): MessageRef | null {
    const r = this.db.prepare('SELECT ref FROM messages WHERE incident_id = ? AND notifier = ? AND channel = ?').get(incidentId, notifier, channel) as
      | Row
      | undefined;
    return r ? json<MessageRef>(r.ref) : null;
  }

  setMessageRef(incidentId: string, notifier: string, channel: string, ref: MessageRef): void {
    this.db
      .prepare('INSERT INTO messages (incident_id, notifier, channel, ref) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET ref = excluded.ref')
      .run(incidentId, notifier, channel, JSON.stringify(ref));
  }
}

function toHealth(r: Row): SourceHealth {
  return {
    id: String(r.id),
    kind: String(r.kind),
    baselined: Boolean(r.baselined),
    consecutiveFailures: Number(r.consecutive_failures),
    lastAttemptAt: str(r.last_attempt_at),
    lastSuccessAt: str(r.last_success_at),
    lastFailureAt: str(r.last_failure_at),
    lastErrorCode: str(r.last_error_code),
    lastErrorMessage: str(r.last_error_message),
    nextAttemptAt: str(r.next_attempt_at),
    lastChangeAt: str(r.last_change_at),
    itemCount: r.item_count === null ? null : Number(r.item_count),
    failingSince: str(r.failing_since),
    outageNoticedAt: str(r.outage_noticed_at),
  };
}

function toState(r: Row): AdvisoryState {
  return {
    country: String(r.country),
    issuer: String(r.issuer),
    level: r.level as AdvisoryState['level'],
    signals: json(r.signals),
    evidence: String(r.evidence),
    sources: json(r.sources),
    reports: Number(r.reports),
    trust: r.trust as AdvisoryState['trust'],
    sourceId: String(r.source_id),
    updatedAt: String(r.updated_at),
    changedAt: String(r.changed_at),
  };
}

function toIncident(r: Row): Incident {
  return {
    id: String(r.id),
    country: String(r.country),
    status: r.status as Incident['status'],
    severity: r.severity as Incident['severity'],
    openedAt: String(r.opened_at),
    updatedAt: String(r.updated_at),
    resolvedAt: str(r.resolved_at),
    revision: Number(r.revision),
    baseline: json(r.baseline),
    ackedBy: str(r.acked_by),
    ackedAt: str(r.acked_at),
    lastPingAt: str(r.last_ping_at),
  };
}

function toOutbox(r: Row): OutboxRow {
  return {
    id: Number(r.id),
    key: String(r.idem_key),
    incidentId: String(r.incident_id),
    revision: Number(r.revision),
    notifier: String(r.notifier),
    channel: String(r.channel),
    subscriptionId: String(r.subscription_id),
    ping: Boolean(r.ping),
    pingTargets: r.ping_targets === null ? null : json(r.ping_targets),
    status: r.status as OutboxRow['status'],
    attempts: Number(r.attempts),
    dueAt: String(r.due_at),
    lastError: str(r.last_error),
    createdAt: String(r.created_at),
    deliveredAt: str(r.delivered_at),
  };
}

/** Applies pending migrations; returns the schema version. */
export function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const current = (db.prepare('SELECT MAX(version) v FROM schema_migrations').get() as Row).v as number | null;
  for (const m of MIGRATIONS) {
    if (current !== null && m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
  }
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (current !== null && current > latest) {
    throw new AppError('store_too_new', `database schema version ${current} is newer than this program knows (${latest}); upgrade advisory-watch`);
  }
  return latest;
}

/**
 * Opens (creating if needed) the SQLite database at `path` (":memory:" for tests), applies
 * migrations, and returns the async Store port. Every operation is serialized through one queue,
 * so a transaction's writes never interleave with another caller's.
 */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    throw new AppError('store_open_failed', `cannot open the database at ${path}: ${(cause as Error).message}`, { cause });
  }
  const ops = new SqliteOps(db);
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T> | T): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  const view = (inTx: boolean): Store => {
    const target = {
      transaction: async <T>(fn: (tx: Store) => Promise<T>): Promise<T> => {
        if (inTx) return fn(txView);
        return exclusive(async () => {
          db.exec('BEGIN IMMEDIATE');
          try {
            const out = await fn(txView);
            db.exec('COMMIT');
            return out;
          } catch (err) {
            if (db.inTransaction) db.exec('ROLLBACK');
            throw err;
          }
        });
      },
      close: async () => {
        await exclusive(() => db.close());
      },
    };
    return new Proxy(target, {
      get(t, prop: string) {
        if (prop in t) return t[prop as keyof typeof t];
        const fn = (ops as unknown as Record<string, unknown>)[prop];
        if (typeof fn !== 'function') return undefined;
        return (...args: unknown[]) => (inTx ? Promise.resolve().then(() => fn.apply(ops, args)) : exclusive(() => fn.apply(ops, args)));
      },
    }) as unknown as Store;
  };
  const txView = view(true);
  return view(false);
}
