import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runReplay } from '../../../src/cli/replay.js';
import { tempDir } from '../../helpers/pipeline.js';
import { FIXTURES } from './harness.js';

/** Copies fixture snapshots into a fresh folder as 1.ext, 2.ext … and replays it (baseline first). */
async function replay(files: string[]): Promise<Array<Record<string, unknown>>> {
  const tmp = tempDir('aw-replay-official-');
  cleanups.push(tmp.cleanup);
  const dir = join(tmp.dir, 'snapshots');
  mkdirSync(dir);
  files.forEach((f, i) => copyFileSync(join(FIXTURES, f), join(dir, `${i + 1}${f.slice(f.lastIndexOf('.'))}`)));
  const out: string[] = [];
  await runReplay(dir, { format: 'jsonl', config: null, baseline: true, step: '10m', start: '2026-07-20T00:00:00Z', write: (t) => void out.push(t) });
  return out.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}
const cleanups: Array<() => void> = [];

describe('replay recognises official feeds from their content', () => {
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  it('GIVEN saved US advisories snapshots THEN they replay with structured levels and issuer US: one Haiti incident opened and resolved, nothing for date-only changes', async () => {
    const lines = await replay(['us/01-baseline.xml', 'us/02-date-only-and-duplicates.xml', 'us/03-haiti-raised-ordered-departure.xml', 'us/07-haiti-lowered-departure-lifted.xml']);
    expect(lines.map((l) => [l.country, l.action])).toEqual([
      ['HT', 'open'],
      ['HT', 'resolve'],
    ]);
    expect(lines[0]).toMatchObject({ issuers: ['US'], levels: { US: { from: 3, to: 4 } } });
  });

  it('GIVEN saved FCDO per-country documents THEN they replay as issuer GB with alert_status levels', async () => {
    const lines = await replay(['uk/01-lebanon.json', 'uk/02-lebanon.json', 'uk/04-lebanon.json']);
    expect(lines.map((l) => [l.country, l.action])).toEqual([
      ['LB', 'open'],
      ['LB', 'resolve'],
    ]);
    expect(lines[0]).toMatchObject({ levels: { GB: { from: 2, to: 4 } } });
  });

  it('GIVEN saved Auswärtiges Amt snapshots with an empty {} among them THEN the empty one fails its step and the rest replay as issuer DE', async () => {
    const lines = await replay(['de/01-baseline.json', 'de/04-empty-object.json', 'de/03-sudan-reisewarnung.json']);
    expect(lines.map((l) => [l.country, l.action])).toEqual([['SD', 'open']]);
    expect(lines[0]).toMatchObject({ levels: { DE: { from: 2, to: 4 } } });
  });
});
