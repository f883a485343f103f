import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Bench, bench, FIXTURES, fixture } from './harness.js';

const INDEX = '/api/content/foreign-travel-advice';
const countryFiles = (step: string) => readdirSync(join(FIXTURES, 'uk')).filter((f) => f.startsWith(`${step}-`) && !f.includes('index'));

/** The index of `step` and every per-country document of steps ≤ `step` (the latest wins). */
function routes(step: string, index = `${step}-index.json`): Record<string, string> {
  const out: Record<string, string> = { [INDEX]: fixture(`uk/${index}`) };
  for (const s of ['01', '02', '03', '04'].filter((x) => x <= step)) {
    for (const f of countryFiles(s)) out[`${INDEX}/${f.slice(3, -5)}`] = fixture(`uk/${f}`);
  }
  return out;
}
const countryRequests = (b: Bench) => b.fake.requests.filter((r) => r.path.startsWith(`${INDEX}/`)).map((r) => r.path.slice(INDEX.length + 1));

describe('UK FCDO: the index says which countries changed, the content JSON gives alert_status', () => {
  let b: Bench;
  afterEach(async () => b?.close());

  it('GIVEN index snapshots THEN only changed countries are fetched; Lebanon raised to "all travel" opens one incident and lowered back to "parts" resolves it; date-only republication and a collapsed index raise nothing', async () => {
    b = await bench(`{id: uk, type: uk-fcdo, url: "{url}${INDEX}"}`);

    b.serve(routes('01'));
    expect(await b.poll()).toMatchObject({ status: 'items', items: 12, revisions: [] });
    expect(countryRequests(b)).toHaveLength(12);
    expect(await b.app.store.getState('LB', 'GB')).toMatchObject({ level: 2 });
    expect(await b.app.store.getState('NE', 'GB')).toMatchObject({ level: 4 });
    expect(await b.app.store.getState('UA', 'GB')).toMatchObject({ level: 3 });
    expect(await b.app.store.getState('FR', 'GB')).toMatchObject({ level: 1 });
    expect(await b.app.store.getState('PS', 'GB')).toMatchObject({ level: 2 });

    b.fake.requests.length = 0;
    b.serve(routes('02'));
    const raised = await b.poll();
    expect(countryRequests(b)).toEqual(['lebanon']);
    expect(raised).toMatchObject({ status: 'items', items: 1, processed: 1 });
    let incidents = await b.incidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ country: 'LB', status: 'open', severity: 'critical' });
    expect(await b.app.store.getState('LB', 'GB')).toMatchObject({ level: 4 });

    // Spain republished: only the dates moved.
    b.fake.requests.length = 0;
    b.serve(routes('03'));
    expect(await b.poll()).toMatchObject({ status: 'items', items: 1, processed: 0, revisions: [] });
    expect(countryRequests(b)).toEqual(['spain']);

    // A broken index listing 3 countries instead of 12: a failed poll, nothing fetched.
    b.fake.requests.length = 0;
    b.serve(routes('04', '05-index-collapsed.json'));
    expect(await b.poll()).toMatchObject({ status: 'failed', code: 'suspicious_content' });

    b.serve(routes('04'));
    expect(await b.poll(6 * 60_000)).toMatchObject({ status: 'items', processed: 1 });
    incidents = await b.incidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ country: 'LB', status: 'resolved' });
    expect(await b.app.store.getState('LB', 'GB')).toMatchObject({ level: 2 });
    expect(b.capture.alerts.map((a) => [a.country, a.action])).toEqual([
      ['LB', 'open'],
      ['LB', 'resolve'],
    ]);
  });

  it('GIVEN the Atom index WHEN a new entry id appears THEN only that country is fetched from the content API', async () => {
    b = await bench(`{id: uk-atom, type: uk-fcdo, url: "{url}/foreign-travel-advice.atom"}`);
    const r1 = routes('01');
    b.serve({ ...r1, '/foreign-travel-advice.atom': fixture('uk/atom-01.atom') });
    expect(await b.poll()).toMatchObject({ status: 'items', items: 4 });
    b.fake.requests.length = 0;
    b.serve({ ...routes('02'), '/foreign-travel-advice.atom': fixture('uk/atom-02.atom') });
    expect(await b.poll()).toMatchObject({ status: 'items', items: 1, processed: 1 });
    expect(countryRequests(b)).toEqual(['lebanon']);
    expect((await b.incidents())[0]).toMatchObject({ country: 'LB', status: 'open' });
  });

  it('GIVEN one country document failing THEN the others land and the failing one is fetched again next time', async () => {
    b = await bench(`{id: uk, type: uk-fcdo, url: "{url}${INDEX}"}`);
    const r = routes('01');
    b.serve({ ...r, [`${INDEX}/japan`]: { status: 503, body: 'busy' } as never });
    expect(await b.poll()).toMatchObject({ status: 'items', items: 11 });
    b.fake.requests.length = 0;
    b.serve(r);
    expect(await b.poll()).toMatchObject({ status: 'items', items: 1 });
    expect(countryRequests(b)).toEqual(['japan']);
    expect(await b.poll()).toMatchObject({ status: 'not_modified' });
  });
});
