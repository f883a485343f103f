import { afterEach, describe, expect, it } from 'vitest';
import { type Bench, bench, fixture } from './harness.js';

const US = 'us/';
const snap = (name: string) => fixture(`${US}${name}`);

describe('US State Department advisories RSS through the whole pipeline', () => {
  let b: Bench;
  afterEach(async () => b?.close());

  it('GIVEN a sequence of TAsTWs snapshots THEN exactly one Haiti incident opens on the raise and resolves on the de-escalation; dates, links, duplicates, truncation, collapse and emptiness raise nothing', async () => {
    b = await bench('{id: us, type: us-state-dept, url: "{url}/_res/rss/TAsTWs.xml"}');
    const serve = (name: string) => b.serve({ '/_res/rss/TAsTWs.xml': snap(name) });

    // 1. First poll: state established silently.
    serve('01-baseline.xml');
    expect(await b.poll()).toMatchObject({ status: 'items', items: 13, revisions: [] });
    const haiti = await b.app.store.getState('HT', 'US');
    expect(haiti).toMatchObject({ level: 3, trust: 'official' });
    expect(await b.app.store.getState('GW', 'US')).toMatchObject({ level: 3 }); // Guinea-Bissau, split on " - " only
    expect(await b.app.store.getState('MX', 'US')).toMatchObject({ level: 2 }); // "Mexico Travel Advisory - Level 2"
    expect(await b.app.store.getState('MO', 'US')).toMatchObject({ level: 2 }); // Country-Tag MC is Macau (FIPS)
    expect(await b.app.store.getState('LS', 'US')).toMatchObject({ level: 1 }); // LT is Lesotho

    // 2. Only dates moved, Haiti's link flipped scheme, Panama's duplicate rows swapped: nothing.
    serve('02-date-only-and-duplicates.xml');
    expect(await b.poll()).toMatchObject({ status: 'items', processed: 0, revisions: [] });

    // 3. Haiti raised to Level 4 with an ordered departure: one incident, critical.
    serve('03-haiti-raised-ordered-departure.xml');
    const raised = await b.poll();
    expect(raised).toMatchObject({ status: 'items', processed: 1 });
    if (raised.status !== 'items') throw new Error('unreachable');
    expect(raised.revisions).toHaveLength(1);
    let incidents = await b.incidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ country: 'HT', status: 'open', severity: 'critical', revision: 1 });
    expect(await b.app.store.getState('HT', 'US')).toMatchObject({ level: 4, signals: expect.arrayContaining(['ordered_departure']) });
    expect(b.capture.alerts.map((a) => [a.country, a.action])).toEqual([['HT', 'open']]);

    // 4–6. A truncated document, a collapse to 3 countries, an empty body: failed polls, state untouched.
    serve('04-truncated.xml');
    expect(await b.poll()).toMatchObject({ status: 'failed', code: 'parse_error' });
    serve('05-collapsed.xml');
    expect(await b.poll()).toMatchObject({ status: 'failed', code: 'suspicious_content' });
    serve('06-empty.xml');
    expect(await b.poll()).toMatchObject({ status: 'failed', code: 'suspicious_content' });
    expect(await b.app.store.getState('JP', 'US')).toMatchObject({ level: 1 });
    expect(await b.incidents()).toHaveLength(1);

    // The same document again after the failures: nothing new.
    serve('03-haiti-raised-ordered-departure.xml');
    expect(await b.poll(10 * 60_000)).toMatchObject({ status: 'not_modified' });

    // 7. Lowered to Level 3 and the ordered departure lifted: the incident is revised and resolved.
    serve('07-haiti-lowered-departure-lifted.xml');
    const lowered = await b.poll();
    expect(lowered).toMatchObject({ status: 'items', processed: 1 });
    incidents = await b.incidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ country: 'HT', status: 'resolved', revision: 2 });
    const state = await b.app.store.getState('HT', 'US');
    expect(state?.level).toBe(3);
    expect(state?.signals).not.toContain('ordered_departure');
    expect(b.capture.alerts.map((a) => [a.country, a.action])).toEqual([
      ['HT', 'open'],
      ['HT', 'resolve'],
    ]);
  });

  it('GIVEN the feed WHEN polled THEN the request names the project and its contact, and a stored ETag is sent back', async () => {
    b = await bench('{id: us, type: us-state-dept, url: "{url}/feed.xml"}');
    b.serve({
      '/feed.xml': (req) =>
        req.headers['if-none-match'] === '"v1"' ? { status: 304 } : { headers: { etag: '"v1"', 'content-type': 'application/rss+xml' }, body: snap('01-baseline.xml') },
    });
    expect(await b.poll()).toMatchObject({ status: 'items' });
    expect(await b.poll()).toEqual({ status: 'not_modified' });
    expect(b.fake.requests[1]?.headers['if-none-match']).toBe('"v1"');
    expect(b.fake.requests[0]?.headers['user-agent']).toMatch(/^advisory-watch\//);
  });
});
