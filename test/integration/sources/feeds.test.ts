import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceError } from '../../../src/errors.js';
import type { HttpOptions } from '../../../src/sources/http.js';
import { JsonFeedSource } from '../../../src/sources/json.js';
import { RssSource } from '../../../src/sources/rss.js';
import { EMPTY_FETCH_STATE } from '../../../src/sources/types.js';
import { startFake, type FakeServer } from '../../helpers/fakeHttp.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const HTTP: HttpOptions = { timeoutMs: 2_000, maxBytes: 256 * 1024, maxRedirects: 3, userAgent: 'advisory-watch-test/1.0' };
const RSS_CT = { 'content-type': 'application/rss+xml; charset=utf-8' };

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function rss(url: string, country: string | null = null): RssSource {
  return new RssSource({ id: 'test-feed', url, issuer: 'US', country, trust: 'official', http: HTTP });
}

async function failure(p: Promise<unknown>): Promise<SourceError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  return err as SourceError;
}

describe('RssSource', () => {
  it('GIVEN a State Department-like RSS feed WHEN polled THEN one item per advisory with the source context and a date-only pubDate read as that day', async () => {
    fake = await startFake(() => ({ headers: RSS_CT, body: fixture('us-state-dept.xml') }));
    const res = await rss(`${fake.url}/_res/rss/TAsTWs.xml`).poll(EMPTY_FETCH_STATE);
    expect(res.kind).toBe('items');
    if (res.kind !== 'items') return;
    expect(res.items).toHaveLength(2);
    const haiti = res.items[0]!;
    expect(haiti.title).toBe('Haiti - Level 4: Do Not Travel');
    expect(haiti.format).toBe('html');
    expect(haiti.text).toContain('Do Not Travel to Haiti');
    expect(haiti.publishedAt).toBe('2026-07-10T00:00:00.000Z');
    expect(haiti).toMatchObject({ issuer: 'US', country: null, trust: 'official' });
    expect(haiti.key).toBe(haiti.link);
    expect(res.items[1]!.text).toContain('<b>civil unrest</b>'); // entity-escaped description decoded to HTML
    expect(res.state.lastItemCount).toBe(2);
    expect(res.state.bodyHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('GIVEN an embassy WordPress feed WHEN polled THEN the text is the full content:encoded, keys are guids and relative links are resolved', async () => {
    fake = await startFake(() => ({ headers: RSS_CT, body: fixture('embassy-wordpress.xml') }));
    const res = await rss(`${fake.url}/category/alert/feed/`, 'ML').poll(EMPTY_FETCH_STATE);
    if (res.kind !== 'items') throw new Error('expected items');
    const [alert, demo] = res.items;
    expect(alert?.key).toBe('https://ml.usembassy.gov/?p=12345');
    expect(alert?.title).toBe('Security Alert – U.S. Embassy Bamako, Mali (October 28, 2025)');
    expect(alert?.text).toContain('Actions to Take');
    expect(alert?.text).not.toContain('appeared first on');
    expect(alert?.publishedAt).toBe('2025-10-28T16:00:00.000Z');
    expect(alert?.country).toBe('ML');
    expect(demo?.link).toBe(`${fake.url}/demonstration-alert-u-s-embassy-bamako-mali/`);
  });

  it('GIVEN a GOV.UK-like Atom feed WHEN polled THEN the entry id is the key, the alternate link is used and the xhtml summary is the text', async () => {
    fake = await startFake(() => ({ headers: { 'content-type': 'application/atom+xml; charset=utf-8' }, body: fixture('govuk-country.atom') }));
    const res = await rss(`${fake.url}/foreign-travel-advice/lebanon.atom`).poll(EMPTY_FETCH_STATE);
    if (res.kind !== 'items') throw new Error('expected items');
    expect(res.items).toHaveLength(1);
    expect(res.items[0]).toMatchObject({
      key: 'https://www.gov.uk/foreign-travel-advice/lebanon#2024-09-28T14:05:00+01:00',
      title: 'Lebanon travel advice',
      link: 'https://www.gov.uk/foreign-travel-advice/lebanon',
      format: 'html',
      publishedAt: '2024-09-28T13:05:00.000Z',
    });
    expect(res.items[0]?.text).toContain('leave now while commercial options remain available');
  });

  it('GIVEN a feed served with ETag WHEN polled twice THEN the second poll is not_modified via 304', async () => {
    const body = fixture('embassy-wordpress.xml');
    fake = await startFake((req) =>
      req.headers['if-none-match'] === '"wp"' ? { status: 304 } : { headers: { ...RSS_CT, etag: '"wp"' }, body },
    );
    const source = rss(`${fake.url}/feed/`);
    const first = await source.poll(EMPTY_FETCH_STATE);
    const second = await source.poll(first.state);
    expect(second).toEqual({ kind: 'not_modified', state: first.state });
  });

  it('GIVEN a server with no validators WHEN the same body is served again THEN not_modified by body hash', async () => {
    const body = fixture('us-state-dept.xml');
    fake = await startFake(() => ({ headers: RSS_CT, body }));
    const source = rss(`${fake.url}/feed`);
    const first = await source.poll(EMPTY_FETCH_STATE);
    expect(first.kind).toBe('items');
    const second = await source.poll(first.state);
    expect(second.kind).toBe('not_modified');
    expect(second.state.bodyHash).toBe(first.state.bodyHash);
    expect(second.state.lastItemCount).toBe(2);
  });

  it('GIVEN a truncated XML feed WHEN polled THEN parse_error saying the XML is malformed', async () => {
    fake = await startFake(() => ({ headers: RSS_CT, body: fixture('us-state-dept.xml').slice(0, 700) }));
    const err = await failure(rss(`${fake.url}/feed`).poll(EMPTY_FETCH_STATE));
    expect(err.code).toBe('parse_error');
    expect(err.message).toMatch(/malformed RSS XML/);
  });

  it('GIVEN an HTML page instead of a feed WHEN polled THEN invalid_content "expected an RSS or Atom feed, got an HTML page"', async () => {
    fake = await startFake(() => ({
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!DOCTYPE html><html><head><title>Access Denied</title></head><body><h1>Access Denied</h1></body></html>',
    }));
    const err = await failure(rss(`${fake.url}/feed`).poll(EMPTY_FETCH_STATE));
    expect(err.code).toBe('invalid_content');
    expect(err.message).toContain('expected an RSS or Atom feed, got an HTML page');
    expect(err.message).toContain('Access Denied');
  });

  it('GIVEN an ISO-8859-1 feed WHEN polled THEN accented titles are decoded', async () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>t</title><item><title>Côte d\'Ivoire : vigilance renforcée</title><guid>1</guid><description>Sécurité</description></item></channel></rss>';
    fake = await startFake(() => ({ headers: { 'content-type': 'text/xml; charset=ISO-8859-1' }, body: Buffer.from(xml, 'latin1') }));
    const res = await rss(`${fake.url}/feed`).poll(EMPTY_FETCH_STATE);
    if (res.kind !== 'items') throw new Error('expected items');
    expect(res.items[0]?.title).toBe("Côte d'Ivoire : vigilance renforcée");
    expect(res.items[0]?.text).toBe('Sécurité');
    expect(res.items[0]?.format).toBe('text');
  });

  it('GIVEN a 503 with Retry-After WHEN polled THEN the SourceError carries retryAfterMs for the poller', async () => {
    fake = await startFake(() => ({ status: 503, headers: { 'retry-after': '30' }, body: 'busy' }));
    const err = await failure(rss(`${fake.url}/feed`).poll(EMPTY_FETCH_STATE));
    expect(err.code).toBe('http_status');
    expect(err.details).toMatchObject({ status: 503, retryAfterMs: 30_000 });
  });
});

describe('JsonFeedSource', () => {
  const source = (url: string): JsonFeedSource =>
    new JsonFeedSource({ id: 'news-json', url, issuer: null, country: null, trust: 'reported', http: HTTP });

  it('GIVEN a valid JSON Feed WHEN polled THEN items with html or text content, resolved links and tolerant dates', async () => {
    fake = await startFake(() => ({ headers: { 'content-type': 'application/feed+json' }, body: fixture('jsonfeed.json') }));
    const res = await source(`${fake.url}/feed.json`).poll(EMPTY_FETCH_STATE);
    if (res.kind !== 'items') throw new Error('expected items');
    expect(res.items).toHaveLength(2);
    expect(res.items[0]).toMatchObject({
      key: 'https://news.example.org/2025/11/mali-embassy',
      title: 'US embassy urges citizens to leave Mali',
      format: 'html',
      publishedAt: '2025-11-04T08:30:00.000Z',
      trust: 'reported',
    });
    expect(res.items[1]).toMatchObject({ key: '2', format: 'text', publishedAt: null, link: `${fake.url}/2025/11/fuel` });
    expect(fake.requests[0]?.headers.accept).toContain('application/feed+json');
  });

  it('GIVEN a JSON Feed item without an id WHEN polled THEN invalid_content naming the path items.0.id', async () => {
    const bad = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 't', items: [{ content_text: 'x' }] });
    fake = await startFake(() => ({ headers: { 'content-type': 'application/feed+json' }, body: bad }));
    const err = await failure(source(`${fake.url}/feed.json`).poll(EMPTY_FETCH_STATE));
    expect(err.code).toBe('invalid_content');
    expect(err.message).toContain('items.0.id');
  });

  it('GIVEN a body that is not JSON WHEN polled THEN parse_error', async () => {
    fake = await startFake(() => ({ headers: { 'content-type': 'application/json' }, body: '{"version": "https://jsonfeed.org/version/1.1", "items": [' }));
    const err = await failure(source(`${fake.url}/feed.json`).poll(EMPTY_FETCH_STATE));
    expect(err.code).toBe('parse_error');
  });
});
