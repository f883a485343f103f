/**
 * Corpus evaluation: runs the classifier over test/corpus/docs/<name>.{txt,html,md} and compares with
 * <name>.expected.json. Prints precision / recall / F1 per signal, for levels, countries, issuers and
 * all signals, then every miss. Run with `npm run eval` (tsx). `scoreCorpus` is exported for tests.
 */
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, extname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from '../../src/classify/index.js';
import type { ClassifyInput, Finding, TextFormat } from '../../src/domain/types.js';
import { SIGNALS } from '../../src/domain/types.js';

export interface ExpectedFinding {
  country: string;
  issuer: string | null;
  level: number | null;
  signals: string[];
}

export interface ExpectedFile {
  source?: { issuer?: string | null; country?: string | null } | null;
  findings: ExpectedFinding[];
  cases?: string[];
  notes?: string;
}

export interface CorpusDoc {
  name: string;
  file: string;
  format: TextFormat;
  text: string;
  expected: ExpectedFile;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  doc: string;
  metric: string;
  missing: string[];
  extra: string[];
}

export interface CorpusScore {
  perSignal: Record<string, Prf>;
  signals: Prf;
  levels: Prf;
  countries: Prf;
  issuers: Prf;
  exactDocs: number;
  docs: number;
  /** Critical signals reported for documents whose expected findings are empty. */
  criticalOnEmpty: Array<{ doc: string; signals: string[] }>;
  misses: Miss[];
}

const LEVEL_WORDS = new Set(['do_not_travel', 'reconsider_travel', 'increased_caution', 'normal_precautions']);
const CRITICAL = new Set(['leave_immediately', 'ordered_departure', 'evacuation', 'embassy_suspended', 'shelter_in_place']);

export const DOCS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'docs');

export function formatOf(file: string): TextFormat {
  const e = extname(file).toLowerCase();
  return e === '.html' || e === '.htm' ? 'html' : e === '.md' || e === '.markdown' ? 'markdown' : 'text';
}

/** Load every <name>.<ext> that has a <name>.expected.json beside it. */
export function loadCorpus(dir = DOCS_DIR): CorpusDoc[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).sort();
  const out: CorpusDoc[] = [];
  for (const f of files) {
    if (f.endsWith('.expected.json') || f.startsWith('.')) continue;
    const name = basename(f, extname(f));
    const exp = join(dir, `${name}.expected.json`);
    if (!existsSync(exp)) continue;
    let expected: ExpectedFile;
    try {
      expected = JSON.parse(readFileSync(exp, 'utf8')) as ExpectedFile;
    } catch {
      continue;
    }
    out.push({ name, file: f, format: formatOf(f), text: readFileSync(join(dir, f), 'utf8'), expected });
  }
  return out;
}

/** Classifies one document with its source context (`fn`: another build's `classify`, for the real-set scorer's `BASE=`). */
export function runDoc(d: CorpusDoc, fn: (input: ClassifyInput) => Finding[] = classify): Finding[] {
  return fn({
    text: d.text,
    format: d.format,
    issuer: d.expected.source?.issuer ?? null,
    country: d.expected.source?.country ?? null,
  });
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

type F = { country: string; issuer: string | null; level: number | null; signals: readonly string[] };

function tuples(fs: readonly F[], kind: 'signals' | 'levels' | 'countries' | 'issuers', only?: string): Set<string> {
  const s = new Set<string>();
  for (const f of fs) {
    const iss = f.issuer ?? '-';
    if (kind === 'countries') s.add(f.country);
    else if (kind === 'issuers') s.add(`${f.country}/${iss}`);
    else if (kind === 'levels') {
      if (f.level !== null && f.level !== undefined) s.add(`${f.country}/${iss}/L${f.level}`);
    } else
      for (const sig of f.signals) {
        if (LEVEL_WORDS.has(sig)) continue;
        if (only && sig !== only) continue;
        s.add(`${f.country}/${iss}/${sig}`);
      }
  }
  return s;
}

/** Score classifier output against expectations. `results` pairs each doc name with both sides. */
export function scoreCorpus(results: Array<{ doc: string; expected: readonly F[]; got: readonly F[] }>): CorpusScore {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  const add = (k: string, e: Set<string>, g: Set<string>, doc: string, misses: Miss[] | null) => {
    const c = (counts[k] ??= { tp: 0, fp: 0, fn: 0 });
    const missing: string[] = [];
    const extra: string[] = [];
    for (const x of e) if (g.has(x)) c.tp++;
    else {
      c.fn++;
      missing.push(x);
    }
    for (const x of g) if (!e.has(x)) {
      c.fp++;
      extra.push(x);
    }
    if (misses && (missing.length || extra.length)) misses.push({ doc, metric: k, missing, extra });
  };
  const misses: Miss[] = [];
  const criticalOnEmpty: CorpusScore['criticalOnEmpty'] = [];
  let exact = 0;
  for (const r of results) {
    add('signals', tuples(r.expected, 'signals'), tuples(r.got, 'signals'), r.doc, misses);
    add('levels', tuples(r.expected, 'levels'), tuples(r.got, 'levels'), r.doc, misses);
    add('countries', tuples(r.expected, 'countries'), tuples(r.got, 'countries'), r.doc, misses);
    add('issuers', tuples(r.expected, 'issuers'), tuples(r.got, 'issuers'), r.doc, misses);
    for (const sig of SIGNALS) {
      if (LEVEL_WORDS.has(sig)) continue;
      add(`signal:${sig}`, tuples(r.expected, 'signals', sig), tuples(r.got, 'signals', sig), r.doc, null);
    }
    if (r.expected.length === 0) {
      const crit = [...new Set(r.got.flatMap((f) => f.signals.filter((s) => CRITICAL.has(s))))];
      if (crit.length) criticalOnEmpty.push({ doc: r.doc, signals: crit });
    }
    if (sameFindings(r.expected, r.got)) exact++;
  }
  const get = (k: string) => {
    const c = counts[k] ?? { tp: 0, fp: 0, fn: 0 };
    return prf(c.tp, c.fp, c.fn);
  };
  const perSignal: Record<string, Prf> = {};
  for (const sig of SIGNALS) if (!LEVEL_WORDS.has(sig)) perSignal[sig] = get(`signal:${sig}`);
  return {
    perSignal,
    signals: get('signals'),
    levels: get('levels'),
    countries: get('countries'),
    issuers: get('issuers'),
    exactDocs: exact,
    docs: results.length,
    criticalOnEmpty,
    misses,
  };
}

/** Exact agreement on (country, issuer, level, signal set), ignoring the four level words. */
export function sameFindings(expected: readonly F[], got: readonly F[]): boolean {
  const key = (f: F) =>
    `${f.country}/${f.issuer ?? '-'}/${f.level ?? '-'}/${[...new Set(f.signals.filter((s) => !LEVEL_WORDS.has(s)))].sort().join(',')}`;
  const a = expected.map(key).sort();
  const b = got.map(key).sort();
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

function line(name: string, p: Prf): string {
  return `${name.padEnd(22)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
}

export function evaluate(log: (s: string) => void = console.log, dir = DOCS_DIR): CorpusScore {
  const docs = loadCorpus(dir);
  const results = docs.map((d) => ({ doc: d.file, expected: d.expected.findings, got: runDoc(d) }));
  const sc = scoreCorpus(results);
  log(`corpus: ${sc.docs} documents, ${sc.exactDocs} exactly right`);
  log('');
  for (const [k, v] of Object.entries(sc.perSignal)) log(line(k, v));
  log('');
  log(line('signals (all)', sc.signals));
  log(line('levels', sc.levels));
  log(line('countries', sc.countries));
  log(line('issuers', sc.issuers));
  log('');
  log(`critical signals on documents without advice: ${sc.criticalOnEmpty.length}`);
  for (const c of sc.criticalOnEmpty) log(`  ${c.doc}: ${c.signals.join(', ')}`);
  if (sc.misses.length) {
    log('');
    log('misses (expected-only = missing, got-only = extra):');
    for (const m of sc.misses) log(`  ${m.doc} [${m.metric}]  missing: ${m.missing.join(' ') || '-'}  extra: ${m.extra.join(' ') || '-'}`);
  }
  return sc;
}

export const KNOWN_MISSES_FILE = join(dirname(fileURLToPath(import.meta.url)), 'known-misses.json');

export interface KnownMiss {
  file: string;
  why: string;
}

/** The ratchet list: documents the classifier currently gets wrong (see corpus.test.ts). */
export function loadKnownMisses(file = KNOWN_MISSES_FILE): KnownMiss[] {
  if (!existsSync(file)) return [];
  const j = JSON.parse(readFileSync(file, 'utf8')) as { misses?: KnownMiss[] };
  return Array.isArray(j.misses) ? j.misses : [];
}

/** One line describing how a document's output differs from its labels. */
export function describeMiss(sc: CorpusScore, doc: string): string {
  const parts = sc.misses
    .filter((m) => m.doc === doc && (m.metric === 'signals' || m.metric === 'levels' || m.metric === 'countries'))
    .map((m) => `${m.metric}: ${m.missing.length ? `missing ${m.missing.join(' ')}` : ''}${m.missing.length && m.extra.length ? '; ' : ''}${m.extra.length ? `extra ${m.extra.join(' ')}` : ''}`);
  return parts.length ? parts.join(' | ') : 'issuer/finding split differs (same signals, levels and countries)';
}

/** Rewrite known-misses.json from the current output; reasons are the current differences unless `keep` is set. */
export function writeKnownMisses(sc: CorpusScore, results: Array<{ doc: string; expected: readonly F[]; got: readonly F[] }>): KnownMiss[] {
  const old = new Map(process.argv.includes('--keep-reasons') ? loadKnownMisses().map((m) => [m.file, m.why]) : []);
  const misses = results.filter((r) => !sameFindings(r.expected, r.got)).map((r) => ({ file: r.doc, why: old.get(r.doc) ?? describeMiss(sc, r.doc) }));
  const body = {
    about:
      'Documents the classifier currently gets wrong. corpus.test.ts runs each as it.fails; when one starts passing, remove it here. Regenerate with `npx tsx test/corpus/eval.ts --write-misses` (add --keep-reasons to keep hand-written reasons).',
    misses,
  };
  writeFileSync(KNOWN_MISSES_FILE, JSON.stringify(body, null, 2) + '\n');
  return misses;
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
  } catch {
    return false;
  }
})();
if (invokedDirectly) {
  const sc = evaluate();
  if (process.argv.includes('--write-misses')) {
    const docs = loadCorpus();
    const results = docs.map((d) => ({ doc: d.file, expected: d.expected.findings, got: runDoc(d) }));
    const w = writeKnownMisses(sc, results);
    console.log(`\nknown-misses.json: ${w.length} documents`);
  }
}
