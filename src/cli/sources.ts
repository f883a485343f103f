/**
 * `sources`: the configured sources with their health; `sources test <id>`: fetch one source now
 * (ignoring stored validators, writing nothing) and print its items with their structured level
 * and what the classifier made of them.
 */
import { existsSync } from 'node:fs';
import { createClassifier } from '../classify/index.js';
import { formatDuration } from '../config/duration.js';
import { DEFAULT_INTERVALS } from '../config/official.js';
import type { Config, SourceConfig } from '../config/schema.js';
import { sourceTrust } from '../config/schema.js';
import type { SourceHealth } from '../domain/records.js';
import type { Classifier, Finding } from '../domain/types.js';
import { AppError, ConfigError, describeError } from '../errors.js';
import { createSource, staleAfterMs } from '../sources/factory.js';
import { EMPTY_FETCH_STATE, type FeedItem } from '../sources/types.js';
import { openSqliteStore } from '../store/sqlite.js';

type Write = (text: string) => void;
const stdout: Write = (t) => void process.stdout.write(t);

function where(s: SourceConfig): string {
  if (s.type === 'directory') return s.path;
  if (s.type === 'us-embassy') return s.url ?? `https://${s.country.toLowerCase()}.usembassy.gov/category/alert/feed/`;
  return s.url;
}

function schedule(s: SourceConfig, cfg: Config): string {
  if (s.cron) return `cron "${s.cron}"`;
  return `every ${formatDuration(s.interval ?? DEFAULT_INTERVALS[s.type] ?? cfg.scheduler.interval)}`;
}

function healthLine(h: SourceHealth | undefined): string {
  if (!h) return 'never polled';
  const state = h.consecutiveFailures > 0 ? `FAILING ×${h.consecutiveFailures} since ${h.failingSince ?? '?'} (${h.lastErrorCode}: ${h.lastErrorMessage})` : 'ok';
  const items = h.itemCount !== null ? `; ${h.itemCount} item(s)` : '';
  return `${state}; last success ${h.lastSuccessAt ?? 'never'}; last change ${h.lastChangeAt ?? 'never'}${items}`;
}

/** Lists configured sources with their schedule and, when the database exists, their health. */
export async function runSources(config: Config, write: Write = stdout): Promise<void> {
  let health = new Map<string, SourceHealth>();
  if (existsSync(config.database.path)) {
    const store = openSqliteStore(config.database.path);
    try {
      health = new Map((await store.listSourceHealth()).map((h) => [h.id, h]));
    } finally {
      await store.close();
    }
  }
  if (config.sources.length === 0) {
    write('No sources configured.\n');
    return;
  }
  for (const s of config.sources) {
    const stale = staleAfterMs(s);
    const proxy = 'proxy' in s && s.proxy ? `; proxy ${s.proxy}` : config.http.proxy && s.type !== 'directory' ? `; proxy ${config.http.proxy}` : '';
    write(`${s.id}  ${s.type}${s.enabled ? '' : ' (disabled)'}  ${sourceTrust(s)}${s.issuer ? ` ${s.issuer}` : ''}\n`);
    write(`    ${where(s)}\n`);
    write(`    ${schedule(s, config)}${stale ? `; stale notice after ${formatDuration(stale)}` : ''}${proxy}\n`);
    write(`    ${healthLine(health.get(s.id))}\n`);
  }
}

export interface SourcesTestOptions {
  format?: string;
  /** For the UK FCDO: at most this many country documents (default 10: a test, not a crawl). */
  max?: number;
  classifier?: Classifier['classify'];
}

function findingText(f: Finding): string {
  return `${f.country} by ${f.issuer ?? '(unattributed)'}: level ${f.level ?? '-'}${f.signals.length ? `; ${f.signals.join(', ')}` : ''}`;
}

/** Fetches one configured source now and prints what it yields. Exit code 1 when the fetch fails. */
export async function runSourcesTest(config: Config, id: string, opts: SourcesTestOptions = {}, write: Write = stdout): Promise<void> {
  const format = opts.format ?? 'text';
  if (format !== 'text' && format !== 'jsonl') throw new ConfigError(`--format must be "text" or "jsonl", got "${format}"`);
  const found = config.sources.find((s) => s.id === id);
  if (!found) {
    const ids = config.sources.map((s) => s.id);
    throw new AppError('unknown_source', `no source "${id}" in the configuration${ids.length ? ` (configured: ${ids.join(', ')})` : ''}`);
  }
  const cfgSource: SourceConfig = found.type === 'uk-fcdo' ? { ...found, maxFetchPerPoll: Math.min(found.maxFetchPerPoll, opts.max ?? 10) } : found;
  const source = createSource(cfgSource, config);
  const classify = opts.classifier ?? createClassifier().classify;
  const started = Date.now();
  let items: FeedItem[];
  try {
    const result = await source.poll({ ...EMPTY_FETCH_STATE });
    items = result.kind === 'items' ? result.items : [];
  } catch (err) {
    const { code, message } = describeError(err);
    if (format === 'jsonl') write(`${JSON.stringify({ source: id, ok: false, code, error: message })}\n`);
    else write(`${id} (${found.type}) ${where(found)}\nFAILED [${code}]: ${message}\n`);
    process.exitCode = 1;
    return;
  }
  const ms = Date.now() - started;
  if (format === 'text') {
    write(`${id} (${found.type}) ${where(found)}\nfetched in ${ms} ms: ${items.length} item(s)${found.type === 'uk-fcdo' ? ` (at most ${cfgSource.type === 'uk-fcdo' ? cfgSource.maxFetchPerPoll : ''} country documents in a test)` : ''}\n`);
  }
  for (const item of items) {
    const findings = classify({ text: item.text, format: item.format, title: item.title, issuer: item.issuer, country: item.country });
    if (format === 'jsonl') {
      write(
        `${JSON.stringify({ source: id, key: item.key, title: item.title, link: item.link, publishedAt: item.publishedAt, country: item.country, issuer: item.issuer, trust: item.trust, structured: item.structured ?? [], findings })}\n`,
      );
      continue;
    }
    write(`\n- ${item.title}  [${item.key}]\n`);
    write(`    ${[item.country ? `country ${item.country}` : null, item.issuer ? `issuer ${item.issuer}` : null, item.trust, item.publishedAt ? `published ${item.publishedAt}` : null].filter(Boolean).join('; ')}\n`);
    if (item.link) write(`    ${item.link}\n`);
    for (const f of item.structured ?? []) write(`    structured: ${findingText(f)} (“${f.evidence}”)\n`);
    if (findings.length === 0) write('    classifier: no advice found\n');
    for (const f of findings) write(`    classifier: ${findingText(f)}\n`);
  }
}
