import { afterEach, describe, expect, it } from 'vitest';
import { type Bench, bench, fixture } from './harness.js';

const actions = (b: Bench) => b.capture.alerts.map((a) => [a.country, a.action]);

describe('Canada, Australia, Germany, US embassies and the US JSON mirror through the whole pipeline', () => {
  let b: Bench;
  afterEach(async () => b?.close());

  it('GIVEN Canada open-data snapshots THEN Niger raised to "avoid all travel" opens one incident and lowering resolves it; timestamps and a truncated document raise nothing', async () => {
    b = await bench('{id: ca, type: ca-travel, url: "{url}/travel-voyage/index-alpha-eng.json"}');
    const serve = (f: string) => b.serve({ '/travel-voyage/index-alpha-eng.json': fixture(`ca/${f}`) });
    serve('01-baseline.json');
    expect(await b.poll()).toMatchObject({ status: 'items', items: 12, revisions: [] });
    expect(await b.app.store.getState('NE', 'CA')).toMatchObject({ level: 3 });
    expect(await b.app.store.getState('FR', 'CA')).toMatchObject({ level: 1 });
    serve('02-timestamps-only.json');
    expect(await b.poll()).toMatchObject({ status: 'items', processed: 0, revisions: [] });
    serve('03-niger-avoid-all-travel.json');
    expect(await b.poll()).toMatchObject({ status: 'items', processed: 1 });
    expect(await b.incidents()).toMatchObject([{ country: 'NE', status: 'open', severity: 'critical' }]);
    serve('04-truncated.json');
    expect(await b.poll()).toMatchObject({ status: 'failed', code: 'parse_error' });
    serve('05-niger-lowered.json');
    expect(await b.poll(30 * 60_000)).toMatchObject({ status: 'items', processed: 1 });
    expect(await b.incidents()).toMatchObject([{ country: 'NE', status: 'resolved' }]);
    expect(actions(b)).toEqual([
      ['NE', 'open'],
      ['NE', 'resolve'],
    ]);
  });

  it('GIVEN Smartraveller snapshots (ta: namespace, AEST dates) THEN Iran raised to "Do not travel" opens one incident and lowering resolves it; date-only changes and a 503 raise nothing', async () => {
    b = await bench('{id: au, type: au-smartraveller, url: "{url}/countries/documents/index.rss"}');
    const serve = (f: string) => b.serve({ '/countries/documents/index.rss': fixture(`au/${f}`) });
    serve('01-baseline.rss');
    expect(await b.poll()).toMatchObject({ status: 'items', items: 12, revisions: [] });
    expect(await b.app.store.getState('IR', 'AU')).toMatchObject({ level: 3 });
    expect(await b.app.store.getState('KR', 'AU')).toMatchObject({ level: 1 }); // "South Korea (Republic of Korea)"
    expect(await b.app.store.getState('TR', 'AU')).toMatchObject({ level: 2 }); // Türkiye
    serve('02-dates-only.rss');
    expect(await b.poll()).toMatchObject({ status: 'items', processed: 0, revisions: [] });
    serve('03-iran-do-not-travel.rss');
    expect(await b.poll()).toMatchObject({ status: 'items', processed: 1 });
    expect(await b.incidents()).toMatchObject([{ country: 'IR', status: 'open', severity: 'critical' }]);
    b.serve({ '/countries/documents/index.rss': { status: 503, body: 'Service Unavailable' } });
    expect(await b.poll()).toMatchObject({ status: 'failed', code: 'http_status' });
    serve('05-iran-lowered.rss');
    expect(await b.poll(30 * 60_000)).toMatchObject({ status: 'items', processed: 1 });
    expect(await b.incidents()).toMatchObject([{ country: 'IR', status: 'resolved' }]);
    expect(actions(b)).toEqual([
      ['IR', 'open'],
      ['IR', 'resolve'],
    ]);
  });

  it('GIVEN Auswärtiges Amt snapshots THEN a Reisewarnung for Sudan opens one incident and its lifting resolves it; lastModified-only changes raise nothing and an empty {} is an outage', async () => {
    b = await bench('{id: de, type: de-auswaertiges-amt, url: "{url}/opendata/travelwarning"}');
    const serve = (f: string) => b.serve({ '/opendata/travelwarning': fixture(`de/${f}`) });
    serve('01-baseline.json');
    expect(await b.poll()).toMatchObject({ status: 'items', items: 12, revisions: [] });
    expect(await b.app.store.getState('SD', 'DE')).toMatchObject({ level: 2 });
    expect(await b.app.store.getState('AF', 'DE')).toMatchObject({ level: 4 });
    serve('02-lastmodified-only.json');
    expect(await b.poll()).toMatchObject({ status: 'items', processed: 0, revisions: [] });
    serve('03-sudan-reisewarnung.json');
    expect(await b.poll()).toMatchObject({ status: 'items', processed: 1 });
    expect(await b.incidents()).toMatchObject([{ country: 'SD', status: 'open', severity: 'critical' }]);
    serve('04-empty-object.json');
    expect(await b.poll()).toMatchObject({ status: 'failed', code: 'suspicious_content' });
    expect(await b.app.store.getState('AF', 'DE')).toMatchObject({ level: 4 });
    serve('05-sudan-lowered.json');
    expect(await b.poll(30 * 60_000)).toMatchObject({ status: 'items', processed: 1 });
    expect(await b.incidents()).toMatchObject([{ country: 'SD', status: 'resolved' }]);
  });

  it('GIVEN a US embassy WordPress feed THEN a rebuilt feed with the same posts raises nothing and a new security alert announcing an ordered departure opens one incident for the embassy country', async () => {
    b = await bench('{id: emb-lb, type: us-embassy, country: LB, url: "{url}/category/alert/feed/"}');
    const serve = (f: string) => b.serve({ '/category/alert/feed/': fixture(`embassy/${f}`) });
    serve('01-baseline.xml');
    expect(await b.poll()).toMatchObject({ status: 'items', items: 2, revisions: [] });
    serve('02-rebuilt-same-posts.xml');
    expect(await b.poll()).toMatchObject({ status: 'items', processed: 0, revisions: [] });
    serve('03-ordered-departure.xml');
    expect(await b.poll()).toMatchObject({ status: 'items', processed: 1 });
    expect(await b.incidents()).toMatchObject([{ country: 'LB', status: 'open', severity: 'critical' }]);
    expect(await b.app.store.getState('LB', 'US')).toMatchObject({ signals: expect.arrayContaining(['ordered_departure']) });
    b.serve({ '/category/alert/feed/': '' });
    expect(await b.poll()).toMatchObject({ status: 'failed', code: 'suspicious_content' });
  });

  it('GIVEN the US JSON mirror THEN an outdated copy is ignored and a level change alerts only once a second fetch confirms it', async () => {
    b = await bench('{id: us-api, type: us-state-dept, url: "{url}/api/TravelAdvisories"}');
    const serve = (f: string) => b.serve({ '/api/TravelAdvisories': fixture(`us-json/${f}`) });
    serve('01-baseline.json');
    expect(await b.poll()).toMatchObject({ status: 'items', items: 12 });
    expect(await b.app.store.getState('ET', 'US')).toMatchObject({ level: 3 });
    expect(await b.app.store.getState('ES', 'US')).toMatchObject({ level: 2 }); // Category SP is Spain
    serve('02-outdated-copy.json'); // Ethiopia "Level 1" once
    expect(await b.poll()).toMatchObject({ status: 'items', revisions: [] });
    serve('03-back.json');
    expect(await b.poll()).toMatchObject({ status: 'items', revisions: [] });
    expect(await b.app.store.getState('ET', 'US')).toMatchObject({ level: 3 });
    serve('04-raised-first-sighting.json');
    expect(await b.poll()).toMatchObject({ status: 'items', revisions: [] });
    expect(await b.incidents()).toEqual([]);
    serve('05-raised-confirmed.json');
    expect(await b.poll()).toMatchObject({ status: 'items', processed: 1 });
    expect(await b.incidents()).toMatchObject([{ country: 'ET', status: 'open', severity: 'critical' }]);
  });
});
