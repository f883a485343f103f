import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/pipeline.js';

function run(args: string[]): { child: ChildProcess; until: (marker: string) => Promise<string>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/crash/child.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters: { marker: string; resolve: (s: string) => void }[] = [];
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
    for (const w of waiters) if (out.includes(w.marker)) w.resolve(out);
  });
  child.stderr!.on('data', (c: Buffer) => void (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    until: (marker) =>
      new Promise((resolve, reject) => {
        if (out.includes(marker)) return resolve(out);
        waiters.push({ marker, resolve });
        void exited.then(() => (out.includes(marker) ? resolve(out) : reject(new Error(`child exited before "${marker}": ${out}\n${err}`))));
      }),
  };
}

describe('crash safety: a real process killed with SIGKILL loses no alert and posts no duplicate', () => {
  let tmp: ReturnType<typeof tempDir>;
  let docs: string;
  beforeEach(() => {
    tmp = tempDir();
    docs = `${tmp.dir}/docs`;
    mkdirSync(docs);
    writeFileSync(`${docs}/001.txt`, 'The U.S. Embassy urged citizens to leave ML immediately.');
  });
  afterEach(() => tmp.cleanup());

  const lines = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').trim().split('\n').filter(Boolean) : []);

  it('GIVEN the outbox was written WHEN the process is SIGKILLed before delivering and restarted THEN the alert is delivered exactly once', async () => {
    const db = `${tmp.dir}/aw.db`;
    const out = `${tmp.dir}/alerts.jsonl`;
    const first = run(['poll', docs, db, out]);
    await first.until('OUTBOX_WRITTEN');
    first.child.kill('SIGKILL');
    await first.exited;
    expect(lines(out)).toEqual([]);

    const second = run(['drain', docs, db, out]);
    expect(await second.until('DRAINED')).toContain('DRAINED 1');
    expect(await second.exited).toBe(0);
    expect(lines(out)).toHaveLength(1);
    expect(JSON.parse(lines(out)[0]!)).toMatchObject({ country: 'ML', action: 'open', ping: true });

    const third = run(['drain', docs, db, out]);
    expect(await third.until('DRAINED')).toContain('DRAINED 0');
    await third.exited;
    expect(lines(out)).toHaveLength(1);
  });

  it('GIVEN the message was sent WHEN the process is SIGKILLed before recording it and restarted THEN no duplicate is written', async () => {
    const db = `${tmp.dir}/aw.db`;
    const out = `${tmp.dir}/alerts.jsonl`;
    const first = run(['poll', docs, db, out]);
    await first.until('OUTBOX_WRITTEN');
    first.child.kill('SIGKILL');
    await first.exited;

    const sender = run(['crash-after-send', docs, db, out]);
    await sender.until('SENT');
    sender.child.kill('SIGKILL');
    await sender.exited;
    expect(lines(out)).toHaveLength(1);

    const again = run(['drain', docs, db, out]);
    await again.until('DRAINED');
    await again.exited;
    expect(lines(out)).toHaveLength(1);
  });
});
