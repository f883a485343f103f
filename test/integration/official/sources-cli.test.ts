import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSources, runSourcesTest } from '../../../src/cli/sources.js';
import { parseConfig } from '../../../src/config/load.js';
import type { Config } from '../../../src/config/schema.js';
import { runCli } from '../../helpers/cli.js';
import { type FakeServer, startFake } from '../../helpers/fakeHttp.js';
import { tempDir } from '../../helpers/pipeline.js';
import { fixture } from './harness.js';

const UK = '/api/content/foreign-travel-advice';

describe('`sources` and `sources test <id>` against a loopback server, for every source type', () => {
  let fake: FakeServer;
  let tmp: ReturnType<typeof tempDir>;
  let yaml: string;
  let config: Config;

  beforeAll(async () => {
    tmp = tempDir('aw-sources-cli-');
    const routes: Record<string, string> = {
      '/us.xml': fixture('us/03-haiti-raised-ordered-departure.xml'),
      '/embassy.xml': fixture('embassy/03-ordered-departure.xml'),
      [UK]: fixture('uk/02-index.json'),
      '/ca.json': fixture('ca/03-niger-avoid-all-travel.json'),
      '/au.rss': fixture('au/03-iran-do-not-travel.rss'),
      '/de.json': fixture('de/03-sudan-reisewarnung.json'),
      '/news.xml': fixture('embassy/01-baseline.xml'),
    };
    for (const slug of ['albania', 'france', 'spain', 'lebanon', 'ukraine', 'japan', 'kenya', 'peru', 'niger', 'the-occupied-palestinian-territories', 'turkey', 'norway']) {
      routes[`${UK}/${slug}`] = fixture(`uk/${slug === 'lebanon' ? '02' : '01'}-${slug}.json`);
    }
    fake = await startFake((req) => {
      if (req.path === '/down.xml') return { status: 503, body: 'down' };
      const body = routes[req.path];
      return body === undefined ? undefined : { headers: { 'content-type': req.path.endsWith('.xml') || req.path.endsWith('.rss') ? 'application/rss+xml' : 'application/json' }, body };
    });
    yaml = [
      `database: {path: "${join(tmp.dir, 'aw.db')}"}`,
      'http: {contact: ops@example.org}',
      'sources:',
      `  - {id: us, type: us-state-dept, url: "${fake.url}/us.xml"}`,
      `  - {id: emb-lb, type: us-embassy, country: LB, url: "${fake.url}/embassy.xml"}`,
      `  - {id: uk, type: uk-fcdo, url: "${fake.url}${UK}"}`,
      `  - {id: ca, type: ca-travel, url: "${fake.url}/ca.json"}`,
      `  - {id: au, type: au-smartraveller, url: "${fake.url}/au.rss"}`,
      `  - {id: de, type: de-auswaertiges-amt, url: "${fake.url}/de.json"}`,
      `  - {id: news, type: news, url: "${fake.url}/news.xml"}`,
      `  - {id: down, type: us-state-dept, url: "${fake.url}/down.xml", enabled: false}`,
      '',
    ].join('\n');
    config = parseConfig(yaml);
    writeFileSync(join(tmp.dir, 'config.yaml'), yaml);
  });
  afterAll(async () => {
    await fake.close();
    tmp.cleanup();
  });

  const test = async (id: string, format = 'text') => {
    const out: string[] = [];
    await runSourcesTest(config, id, { format, max: 3 }, (t) => void out.push(t));
    return out.join('');
  };

  it('GIVEN each source type THEN `sources test` prints its items with the structured level and the classifier findings', async () => {
    const us = await test('us');
    expect(us).toMatch(/fetched in \d+ ms: 13 item\(s\)/);
    expect(us).toMatch(/- Haiti - Level 4: Do Not Travel {2}\[HT\]/);
    expect(us).toMatch(/structured: HT by US: level 4/);
    expect(us).toMatch(/classifier: HT by US: level 4; .*ordered_departure/);

    expect(await test('emb-lb')).toMatch(/country LB; issuer US; official[\s\S]*classifier: LB by US: .*ordered_departure/);
    const uk = await test('uk');
    expect(uk).toMatch(/3 item\(s\) \(at most 3 country documents in a test\)/);
    expect(await test('ca')).toMatch(/structured: NE by CA: level 4/);
    expect(await test('au')).toMatch(/structured: IR by AU: level 4/);
    expect(await test('de')).toMatch(/structured: SD by DE: level 4/);
    expect(await test('news')).toMatch(/2 item\(s\)[\s\S]*reported/);

    const lines = (await test('ca', 'jsonl')).trim().split('\n').map((l) => JSON.parse(l) as { key: string; structured: unknown[] });
    expect(lines).toHaveLength(12);
    expect(lines.find((l) => l.key === 'NE')?.structured).toMatchObject([{ level: 4, issuer: 'CA' }]);
  });

  it('GIVEN a source that fails THEN the error code is printed and the exit code is 1', async () => {
    const before = process.exitCode;
    expect(await test('down')).toMatch(/FAILED \[http_status\]: HTTP 503/);
    expect(process.exitCode).toBe(1);
    process.exitCode = before;
  });

  it('GIVEN the listing THEN every source shows its type, schedule, stale notice and health', async () => {
    const out: string[] = [];
    await runSources(config, (t) => void out.push(t));
    const text = out.join('');
    expect(text).toMatch(/^us {2}us-state-dept {2}official US\n {4}http:\/\/127\.0\.0\.1:\d+\/us\.xml\n {4}every 10m; stale notice after 3d\n {4}never polled/m);
    expect(text).toMatch(/^uk {2}uk-fcdo {2}official GB\n.*\n {4}every 5m/m);
    expect(text).toMatch(/^emb-lb {2}us-embassy {2}official US\n.*\n {4}every 30m\n/m);
    expect(text).toMatch(/^news {2}news {2}reported\n/m);
    expect(text).toMatch(/^down {2}us-state-dept \(disabled\)/m);
  });

  it('GIVEN the real CLI THEN `sources test us` runs end to end', async () => {
    const r = await runCli(['sources', 'test', 'us', '--config', join(tmp.dir, 'config.yaml'), '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(13);
    expect(fake.requests.some((q) => q.path === '/us.xml' && /advisory-watch\/[\d.]+ \(\+ops@example\.org\)/.test(String(q.headers['user-agent'])))).toBe(true);
  });
});
