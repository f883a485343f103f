import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/pipeline.js';

describe('start: polls on schedule and stops cleanly on SIGTERM', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('GIVEN a running bot WHEN a new document appears THEN it is alerted; WHEN SIGTERM arrives THEN it drains and exits 0', async () => {
    const docs = `${tmp.dir}/inbox`;
    mkdirSync(docs);
    const out = `${tmp.dir}/alerts.jsonl`;
    const config = `${tmp.dir}/aw.yaml`;
    writeFileSync(
      config,
      [
        `database: {path: "${tmp.dir}/aw.db"}`,
        'scheduler: {jitter: 0s}',
        'alerts: {groupWindow: 0s}',
        'delivery: {tick: 100ms}',
        `notifiers: {jsonl: {path: "${out}"}}`,
        'sources:',
        `  - {id: inbox, type: directory, path: "${docs}", interval: 1s}`,
        'subscriptions:',
        '  - {notifier: jsonl, channel: file, countries: all, minSeverity: info, ping: true}',
      ].join('\n'),
    );
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start', '--config', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => void (stderr += c.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const waitFor = async (cond: () => boolean, what: string) => {
      for (let i = 0; i < 150 && !cond(); i++) await new Promise((r) => setTimeout(r, 100));
      if (!cond()) throw new Error(`timed out waiting for ${what}\n${stderr}`);
    };
    try {
      await waitFor(() => stderr.includes('first poll'), 'the first poll');
      writeFileSync(`${docs}/001.txt`, 'WASHINGTON — The U.S. State Department urged U.S. citizens in Mali to leave the country immediately.');
      await waitFor(() => existsSync(out) && readFileSync(out, 'utf8').includes('"country":"ML"'), 'the alert');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).toContain('stopped cleanly');
      const lines = readFileSync(out, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({ country: 'ML', action: 'open', ping: true });
    } finally {
      child.kill('SIGKILL');
    }
  });
});
