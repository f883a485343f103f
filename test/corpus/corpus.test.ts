import { describe, expect, it } from 'vitest';
import { loadCorpus, runDoc, scoreCorpus } from './eval.js';

const docs = loadCorpus();
const key = (f: { country: string; issuer: string | null; level: number | null; signals: readonly string[] }) =>
  `${f.country} issuer=${f.issuer ?? 'null'} level=${f.level ?? 'null'} signals=[${[...new Set(f.signals)]
    .filter((s) => !['do_not_travel', 'reconsider_travel', 'increased_caution', 'normal_precautions'].includes(s))
    .sort()
    .join(',')}]`;

describe('labelled corpus', () => {
  it.each(docs.map((d) => [d.file, d] as const))('GIVEN %s WHEN classified THEN the findings are exactly the labelled ones', (_name, d) => {
    const got = runDoc(d).map(key).sort();
    const want = d.expected.findings.map(key).sort();
    expect(got).toEqual(want);
  });

  it('GIVEN the scoring function WHEN outputs match THEN F1 is 1', () => {
    const f = [{ country: 'ML', issuer: 'US', level: 4, signals: ['leave_immediately'] }];
    const sc = scoreCorpus([{ doc: 'x', expected: f, got: f }]);
    expect(sc.signals.f1).toBe(1);
    expect(sc.levels.f1).toBe(1);
    expect(sc.exactDocs).toBe(1);
  });
});
