/**
 * The labelled corpus as a ratchet. Every document not in known-misses.json must give exactly its
 * labelled findings; every listed one runs as `it.fails`, so a fix makes the test fail until the list
 * shrinks. Aggregate floors use the same scoring function as `npm run eval`; raise them as accuracy rises.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadKnownMisses, runDoc, sameFindings, scoreCorpus } from './eval.js';

/**
 * Current values rounded down to the percent: raise, never lower on the same documents. (A blind batch joins
 * the corpus with its first-contact misses listed; the floors are then set from the new whole: signals went
 * from 0.94 to 0.93 when batches h and i joined, with no new miss on the documents before them.)
 */
const FLOORS = { signals: 0.97, levels: 0.975, countries: 0.985, issuers: 0.975 } as const;

const docs = loadCorpus();
const known = loadKnownMisses();
const knownFiles = new Set(known.map((k) => k.file));
const results = docs.map((d) => ({ doc: d.file, expected: d.expected.findings, got: runDoc(d) }));
const byFile = new Map(results.map((r) => [r.doc, r]));

const key = (f: { country: string; issuer: string | null; level: number | null; signals: readonly string[] }) =>
  `${f.country} issuer=${f.issuer ?? 'null'} level=${f.level ?? 'null'} signals=[${[...new Set(f.signals)]
    .filter((s) => !['do_not_travel', 'reconsider_travel', 'increased_caution', 'normal_precautions'].includes(s))
    .sort()
    .join(',')}]`;

function check(file: string): void {
  const r = byFile.get(file)!;
  expect(r.got.map(key).sort()).toEqual(r.expected.map(key).sort());
}

describe('labelled corpus', () => {
  it('GIVEN the corpus directory WHEN loaded THEN it holds at least 150 labelled documents', () => {
    expect(docs.length).toBeGreaterThanOrEqual(150);
  });

  it('GIVEN known-misses.json WHEN read THEN every listed file exists and is listed once with a reason', () => {
    const files = new Set(docs.map((d) => d.file));
    for (const k of known) {
      expect(files.has(k.file), `${k.file} is not a corpus document`).toBe(true);
      expect(k.why.trim().length).toBeGreaterThan(0);
    }
    expect(knownFiles.size).toBe(known.length);
  });

  for (const d of docs) {
    if (knownFiles.has(d.file)) {
      it.fails(`GIVEN known miss ${d.file} WHEN classified THEN it still differs from its labels (remove it from known-misses.json once fixed)`, () => {
        check(d.file);
      });
    } else {
      it(`GIVEN ${d.file} WHEN classified THEN the findings are exactly the labelled ones`, () => {
        check(d.file);
      });
    }
  }
});

describe('corpus aggregates', () => {
  const sc = scoreCorpus(results);

  it.each(Object.entries(FLOORS))('GIVEN the whole corpus WHEN scored THEN %s F1 is at least %s', (metric, floor) => {
    expect(sc[metric as keyof typeof FLOORS].f1).toBeGreaterThanOrEqual(floor);
  });

  it('GIVEN documents labelled with no findings WHEN classified THEN no critical signal is reported', () => {
    expect(sc.criticalOnEmpty).toEqual([]);
  });

  it('GIVEN the known-misses list WHEN compared with exact documents THEN they agree', () => {
    const wrong = results.filter((r) => !sameFindings(r.expected, r.got)).map((r) => r.doc);
    expect(wrong.filter((f) => !knownFiles.has(f))).toEqual([]);
  });

  it('GIVEN the scoring function WHEN outputs match THEN F1 is 1', () => {
    const f = [{ country: 'ML', issuer: 'US', level: 4, signals: ['leave_immediately'] }];
    const s = scoreCorpus([{ doc: 'x', expected: f, got: f }]);
    expect(s.signals.f1).toBe(1);
    expect(s.levels.f1).toBe(1);
    expect(s.exactDocs).toBe(1);
  });
});
