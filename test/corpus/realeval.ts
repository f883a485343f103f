/**
 * Scores held-out sets of real documents kept OUTSIDE the repository (third parties' pages, not ours to commit):
 * each DIR holds <name>.{txt,html,md} with <name>.expected.json, the corpus's own format (a "source" of
 * {issuer, country} marks an official page). Prints one line per set and for all of them (exact documents; F1 for
 * signals, levels, countries, issuers; critical signals on documents labelled empty), per-signal figures, and the misses.
 *
 *   npm run -s eval:real -- DIR...           (QUIET=1 hides the per-document misses)
 *   BASE=/path/to/other/checkout npm run -s eval:real -- DIR...   (scores that checkout's src/classify instead)
 *
 * Measure a new set with the code as it was before anyone read it: that first contact is the blind estimate.
 */
import { basename, resolve } from 'node:path';
import type { ClassifyInput, Finding } from '../../src/domain/types.js';
import { loadCorpus, runDoc, scoreCorpus } from './eval.js';

const base = process.env.BASE;
const mod = (await import(base ? resolve(base, 'src/classify/index.ts') : '../../src/classify/index.js')) as { classify: (i: ClassifyInput) => Finding[] };
const dirs = process.argv.slice(2).filter((a) => a !== '--');
if (dirs.length === 0) {
  console.error('usage: npm run -s eval:real -- DIR...  (each DIR: <name>.txt|html|md with <name>.expected.json)');
  process.exit(2);
}
const pct = (x: number): string => (100 * x).toFixed(1);
const line = (name: string, sc: ReturnType<typeof scoreCorpus>): string =>
  `${name}: ${sc.exactDocs}/${sc.docs} exact  (sig ${pct(sc.signals.f1)} / lev ${pct(sc.levels.f1)} / cty ${pct(sc.countries.f1)} / iss ${pct(sc.issuers.f1)}) crit-on-empty ${sc.criticalOnEmpty.length}`;
const all: Parameters<typeof scoreCorpus>[0] = [];
for (const dir of dirs) {
  const res = loadCorpus(dir).map((d) => ({
    doc: `${basename(dir)}/${d.file}`,
    expected: d.expected.findings,
    got: runDoc(d, mod.classify),
  }));
  all.push(...res);
  console.log(line(basename(dir), scoreCorpus(res)));
}
const sc = scoreCorpus(all);
console.log(line('ALL', sc));
for (const [k, v] of Object.entries(sc.perSignal)) if (v.tp + v.fp + v.fn) console.log(`  ${k.padEnd(22)} P ${pct(v.precision)} R ${pct(v.recall)} F1 ${pct(v.f1)} (tp ${v.tp} fp ${v.fp} fn ${v.fn})`);
for (const c of sc.criticalOnEmpty) console.log(`  CRIT ${c.doc}: ${c.signals.join(',')}`);
if (!process.env.QUIET) for (const m of sc.misses) console.log(`  ${m.doc} [${m.metric}] missing: ${m.missing.join(' ') || '-'}  extra: ${m.extra.join(' ') || '-'}`);
