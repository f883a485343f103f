import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Finding } from '../../src/domain/types.js';
import type { FeedItem } from '../../src/sources/types.js';

/** A fresh directory for a real SQLite file; call the returned cleanup in afterEach. */
export function tempDir(prefix = 'aw-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const silentLog = pino({ level: 'silent' });

/** A logger whose JSON lines are kept in memory, to assert on what operators would read. */
export function capturedLog(): { log: pino.Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const log = pino({ level: 'debug' }, { write: (s: string) => void chunks.push(s) });
  return { log, lines: () => chunks.flatMap((c) => c.split('\n').filter(Boolean)).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

export function item(key: string, overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    key,
    hash: `h-${key}`,
    title: key,
    link: `https://news.example/${key}`,
    text: key,
    format: 'text',
    publishedAt: null,
    issuer: null,
    country: null,
    trust: 'reported',
    ...overrides,
  };
}

export function finding(country: string, issuer: string | null, signals: Finding['signals'] = [], level: Finding['level'] = null): Finding {
  return { country, issuer, level, signals, evidence: `${issuer ?? 'someone'} says ${signals.join(', ') || `level ${level}`} for ${country}.` };
}
