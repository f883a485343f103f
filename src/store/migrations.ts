/** Versioned schema migrations, applied in order, each in its own transaction. Append only. */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  etag TEXT, last_modified TEXT, body_hash TEXT, item_count INTEGER,
  baselined INTEGER NOT NULL DEFAULT 0,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  last_attempt_at TEXT, last_success_at TEXT, last_failure_at TEXT,
  last_error_code TEXT, last_error_message TEXT, next_attempt_at TEXT, last_change_at TEXT
);
CREATE TABLE seen_items (
  source_id TEXT NOT NULL, item_key TEXT NOT NULL, content_hash TEXT NOT NULL,
  title TEXT, link TEXT, first_seen_at TEXT NOT NULL, last_seen_at TEXT NOT NULL,
  PRIMARY KEY (source_id, item_key)
);
CREATE TABLE advisory_state (
  country TEXT NOT NULL, issuer TEXT NOT NULL,
  level INTEGER, signals TEXT NOT NULL, evidence TEXT NOT NULL, sources TEXT NOT NULL,
  reports INTEGER NOT NULL DEFAULT 0, trust TEXT NOT NULL, source_id TEXT NOT NULL,
  updated_at TEXT NOT NULL, changed_at TEXT NOT NULL,
  PRIMARY KEY (country, issuer)
);
CREATE TABLE change_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  country TEXT NOT NULL, issuer TEXT NOT NULL, kind TEXT NOT NULL,
  from_level INTEGER, to_level INTEGER, signal TEXT, severity TEXT NOT NULL, trust TEXT NOT NULL,
  evidence TEXT NOT NULL, source_id TEXT NOT NULL, item_key TEXT NOT NULL, link TEXT,
  at TEXT NOT NULL, incident_id TEXT
);
CREATE INDEX change_events_country ON change_events (country, id);
CREATE TABLE incidents (
  id TEXT PRIMARY KEY, country TEXT NOT NULL, status TEXT NOT NULL, severity TEXT NOT NULL,
  opened_at TEXT NOT NULL, updated_at TEXT NOT NULL, resolved_at TEXT,
  revision INTEGER NOT NULL, baseline TEXT NOT NULL,
  acked_by TEXT, acked_at TEXT, last_ping_at TEXT
);
CREATE UNIQUE INDEX incidents_one_open ON incidents (country) WHERE status = 'open';
CREATE TABLE incident_revisions (
  incident_id TEXT NOT NULL, revision INTEGER NOT NULL, created_at TEXT NOT NULL, alert TEXT NOT NULL,
  PRIMARY KEY (incident_id, revision)
);
CREATE TABLE subscriptions (
  id TEXT PRIMARY KEY, notifier TEXT NOT NULL, channel TEXT NOT NULL, countries TEXT NOT NULL,
  min_severity TEXT NOT NULL, ping TEXT, ping_reported INTEGER NOT NULL,
  origin TEXT NOT NULL, created_by TEXT, created_at TEXT NOT NULL
);
CREATE TABLE silences (
  id INTEGER PRIMARY KEY AUTOINCREMENT, notifier TEXT NOT NULL, channel TEXT NOT NULL, country TEXT,
  until TEXT NOT NULL, reason TEXT, created_by TEXT, created_at TEXT NOT NULL
);
CREATE TABLE acknowledgements (
  id INTEGER PRIMARY KEY AUTOINCREMENT, incident_id TEXT NOT NULL, by TEXT NOT NULL, at TEXT NOT NULL,
  notifier TEXT, channel TEXT
);
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  idem_key TEXT NOT NULL UNIQUE,
  incident_id TEXT NOT NULL, revision INTEGER NOT NULL,
  notifier TEXT NOT NULL, channel TEXT NOT NULL, subscription_id TEXT NOT NULL,
  ping INTEGER NOT NULL, ping_targets TEXT,
  status TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,
  due_at TEXT NOT NULL, last_error TEXT, created_at TEXT NOT NULL, delivered_at TEXT
);
CREATE INDEX outbox_pending ON outbox (status, due_at);
CREATE TABLE messages (
  incident_id TEXT NOT NULL, notifier TEXT NOT NULL, channel TEXT NOT NULL, ref TEXT NOT NULL,
  PRIMARY KEY (incident_id, notifier, channel)
);
`,
  },
  {
    version: 2,
    name: 'operator notices and source outages',
    sql: `
CREATE TABLE notices (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  idem_key TEXT NOT NULL UNIQUE,
  notifier TEXT NOT NULL, channel TEXT NOT NULL,
  kind TEXT NOT NULL, severity TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,
  due_at TEXT NOT NULL, last_error TEXT, created_at TEXT NOT NULL, delivered_at TEXT
);
CREATE INDEX notices_pending ON notices (status, due_at);
ALTER TABLE sources ADD COLUMN failing_since TEXT;
ALTER TABLE sources ADD COLUMN outage_noticed_at TEXT;
`,
  },
  {
    version: 3,
    name: 'source memo',
    sql: `ALTER TABLE sources ADD COLUMN memo TEXT;`,
  },
];
