import { afterEach, describe, expect, it } from 'vitest';
import { HostQueue } from '../../../src/sources/hostQueue.js';
import { type Bench, bench, fixture } from './harness.js';

const HOUR = 3_600_000;

describe('source health: outages, stale content, proxy, one request per host', () => {
  let b: Bench;
  afterEach(async () => b?.close());

  it('GIVEN an embassy feed refused (407) for longer than the threshold THEN one operators\' notice, and one recovery notice when it answers again', async () => {
    b = await bench('{id: emb-lb, type: us-embassy, country: LB, url: "{url}/category/alert/feed/"}', { outageNotice: '1h' });
    b.serve({ '/category/alert/feed/': fixture('embassy/01-baseline.xml') });
    expect(await b.poll()).toMatchObject({ status: 'items' });
    b.serve({ '/category/alert/feed/': { status: 407, body: 'Proxy Authentication Required' } });
    for (let i = 0; i < 5; i++) expect(await b.poll(30 * 60_000)).toMatchObject({ status: 'failed', code: 'http_status' });
    expect(b.capture.notices.map((n) => n.notice.kind)).toEqual(['source_outage']);
    expect(b.capture.notices[0]?.channel).toBe('ops');
    b.serve({ '/category/alert/feed/': fixture('embassy/01-baseline.xml') });
    expect(await b.poll(30 * 60_000)).toMatchObject({ status: 'not_modified' });
    expect(await b.poll(30 * 60_000)).toMatchObject({ status: 'not_modified' });
    expect(b.capture.notices.map((n) => n.notice.kind)).toEqual(['source_outage', 'source_recovered']);
    expect(b.capture.alerts).toEqual([]);
  });

  it('GIVEN a feed answering 304 for longer than staleAfter THEN one stale-content notice, and one more when its content changes again', async () => {
    b = await bench('{id: us, type: us-state-dept, url: "{url}/feed.xml", staleAfter: 1d}');
    let body = fixture('us/01-baseline.xml');
    let etag = '"a"';
    b.serve({
      '/feed.xml': (req) => (req.headers['if-none-match'] === etag ? { status: 304 } : { headers: { etag, 'content-type': 'application/rss+xml' }, body }),
    });
    expect(await b.poll()).toMatchObject({ status: 'items' });
    for (let i = 0; i < 8; i++) expect(await b.poll(6 * HOUR)).toEqual({ status: 'not_modified' });
    expect(b.capture.notices.map((n) => n.notice.kind)).toEqual(['source_stale']);
    expect(b.capture.notices[0]?.notice.title).toMatch(/us has not changed for 1d/);
    body = fixture('us/02-date-only-and-duplicates.xml');
    etag = '"b"';
    expect(await b.poll(6 * HOUR)).toMatchObject({ status: 'items' });
    expect(await b.poll(6 * HOUR)).toEqual({ status: 'not_modified' });
    expect(b.capture.notices.map((n) => n.notice.kind)).toEqual(['source_stale', 'source_recovered']);
  });

  it('GIVEN a source with a proxy THEN the request goes to the proxy in absolute form, with the User-Agent', async () => {
    b = await bench('{id: us, type: us-state-dept, url: "http://feeds.example.invalid/_res/rss/TAsTWs.xml", proxy: "{url}"}');
    b.serve({ 'http://feeds.example.invalid/_res/rss/TAsTWs.xml': fixture('us/01-baseline.xml') });
    expect(await b.poll()).toMatchObject({ status: 'items', items: 13 });
    expect(b.fake.requests[0]?.path).toBe('http://feeds.example.invalid/_res/rss/TAsTWs.xml');
    expect(b.fake.requests[0]?.headers['user-agent']).toMatch(/^advisory-watch\//);
  });
});

describe('HostQueue: at most one request in flight per host', () => {
  it('GIVEN two tasks for one host and one for another THEN the second waits for the first, and the other host does not wait', async () => {
    const q = new HostQueue();
    const order: string[] = [];
    let releaseA!: () => void;
    const a = q.run('https://travel.state.gov/a', async () => {
      order.push('a:start');
      await new Promise<void>((r) => {
        releaseA = r;
      });
      order.push('a:end');
    });
    const b2 = q.run('https://travel.state.gov/b', async () => {
      order.push('b:start');
    });
    const c = q.run('https://www.gov.uk/c', async () => {
      order.push('c:start');
    });
    await c;
    await Promise.resolve();
    expect(order).toEqual(['a:start', 'c:start']);
    releaseA();
    await Promise.all([a, b2]);
    expect(order).toEqual(['a:start', 'c:start', 'a:end', 'b:start']);
    expect(q.busyHosts()).toEqual([]);
  });

  it('GIVEN a failing task THEN the next task for the host still runs', async () => {
    const q = new HostQueue();
    await expect(q.run('http://h/x', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await q.run('http://h/y', async () => 42)).toBe(42);
  });
});
