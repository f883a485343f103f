import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { processItem } from '../../src/pipeline/process.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { runCli } from '../helpers/cli.js';
import { finding, item, tempDir } from '../helpers/pipeline.js';

describe('status command on a real database', () => {
  let tmp: ReturnType<typeof tempDir>;
  let config: string;
  beforeEach(async () => {
    tmp = tempDir();
    const db = `${tmp.dir}/aw.db`;
    config = `${tmp.dir}/aw.yaml`;
    writeFileSync(config, `database: {path: "${db}"}\nlog: {level: silent}\n`);
    const store = openSqliteStore(db);
    await processItem(store, item('a'), [finding('ML', 'US', ['leave_immediately'], 4)], { sourceId: 'news', baseline: false, now: new Date('2025-11-04T08:00:00Z'), groupWindowMs: 0 });
    await store.recordPollSuccess('news', 'rss', { etag: null, lastModified: null, bodyHash: 'x', lastItemCount: 1 }, '2025-11-04T08:00:00.000Z', true);
    await store.close();
  });
  afterEach(() => tmp.cleanup());

  it('GIVEN a Mali incident WHEN `status bamako` runs THEN it prints each issuer, the open incident, the last change and source health', async () => {
    const { code, stdout } = await runCli(['status', 'bamako', '--config', config]);
    expect(code).toBe(0);
    expect(stdout).toContain('Mali (ML)');
    expect(stdout).toMatch(/US\s+Level 4: Do not travel · Leave immediately/);
    expect(stdout).toMatch(/Open incident ML-20251104-080000: critical/);
    expect(stdout).toMatch(/Last change: US/);
    expect(stdout).toMatch(/news\s+ok; last checked 2025-11-04T08:00:00.000Z/);
  });

  it('GIVEN no country THEN open incidents, sources and outbox counts; GIVEN an unknown one THEN exit 1 with suggestions', async () => {
    const all = await runCli(['status', '--config', config]);
    expect(all.stdout).toMatch(/ML-20251104-080000\s+Mali\s+critical/);
    expect(all.stdout).toMatch(/Outbox: 0 pending/);
    const typo = await runCli(['status', 'malli', '--config', config]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/unknown country "malli"; did you mean Mali \(ML\)/);
  });

  it('GIVEN no database yet THEN a clear error, not a new empty database', async () => {
    writeFileSync(config, `database: {path: "${tmp.dir}/none.db"}\n`);
    const r = await runCli(['status', 'mali', '--config', config]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no database at .*none\.db yet/);
  });
});
