import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourceError } from '../../../src/errors.js';
import { fetchDocument, type HttpOptions } from '../../../src/sources/http.js';
import { sha256 } from '../../../src/sources/hash.js';
import { EMPTY_FETCH_STATE, type FetchState } from '../../../src/sources/types.js';
import { hang, startFake, stream, type FakeServer } from '../../helpers/fakeHttp.js';

const HTTP: HttpOptions = { timeoutMs: 2_000, maxBytes: 64 * 1024, maxRedirects: 3, userAgent: 'advisory-watch-test/1.0' };
const XML = { 'content-type': 'application/rss+xml; charset=utf-8' };

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function failure(p: Promise<unknown>): Promise<SourceError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  return err as SourceError;
}

describe('fetchDocument: conditional GET', () => {
  it('GIVEN a server with ETag and Last-Modified WHEN fetched twice THEN the second request is conditional and gets not_modified with the validators kept', async () => {
    fake = await startFake((req) =>
      req.headers['if-none-match'] === '"v1"'
        ? { status: 304, headers: { etag: '"v1"' } }
        : { headers: { ...XML, etag: '"v1"', 'last-modified': 'Tue, 28 Oct 2025 16:00:00 GMT' }, body: '<rss/>' },
    );
    const first = await fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, HTTP);
    expect(first.status).toBe('ok');
    expect(first.state).toEqual({
      etag: '"v1"',
      lastModified: 'Tue, 28 Oct 2025 16:00:00 GMT',
      bodyHash: sha256('<rss/>'),
      lastItemCount: null,
    });
    expect(fake.requests[0]?.headers['user-agent']).toBe('advisory-watch-test/1.0');
    expect(fake.requests[0]?.headers['if-none-match']).toBeUndefined();

    const second = await fetchDocument(`${fake.url}/feed`, first.state, HTTP);
    expect(second).toEqual({ status: 'not_modified', state: first.state });
    expect(fake.requests[1]?.headers['if-none-match']).toBe('"v1"');
    expect(fake.requests[1]?.headers['if-modified-since']).toBe('Tue, 28 Oct 2025 16:00:00 GMT');
  });

  it('GIVEN stored validators WHEN the 304 carries no ETag or Last-Modified THEN the stored validators are kept, not erased', async () => {
    fake = await startFake(() => ({ status: 304 }));
    const state: FetchState = { etag: 'W/"abc"', lastModified: 'Mon, 01 Sep 2025 00:00:00 GMT', bodyHash: 'h', lastItemCount: 7 };
    const res = await fetchDocument(`${fake.url}/feed`, state, HTTP);
    expect(res).toEqual({ status: 'not_modified', state });
  });

  it('GIVEN a stored ETag WHEN the 304 carries a new ETag THEN the new one is stored', async () => {
    fake = await startFake(() => ({ status: 304, headers: { etag: '"v2"' } }));
    const state: FetchState = { etag: '"v1"', lastModified: null, bodyHash: 'h', lastItemCount: 1 };
    const res = await fetchDocument(`${fake.url}/feed`, state, HTTP);
    expect(res.state.etag).toBe('"v2"');
  });
});

describe('fetchDocument: failures', () => {
  it('GIVEN a server that never answers WHEN fetched with a 300 ms deadline THEN fetch_timeout AND the socket is closed', async () => {
    fake = await startFake(() => hang());
    const err = await failure(fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, { ...HTTP, timeoutMs: 300 }));
    expect(err.code).toBe('fetch_timeout');
    expect(err.message).toContain('300 ms');
    expect(err.retryable).toBe(true);
    const server = fake;
    await vi.waitFor(() => expect(server.openConnections()).toBe(0));
  });

  it('GIVEN a server that sends headers then stalls mid-body WHEN fetched with a short deadline THEN fetch_timeout (the deadline covers the body)', async () => {
    fake = await startFake(() => stream({ chunks: ['<rss version="2.0">'], hangAfter: true, headers: XML }));
    const err = await failure(fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, { ...HTTP, timeoutMs: 300 }));
    expect(err.code).toBe('fetch_timeout');
    const server = fake;
    await vi.waitFor(() => expect(server.openConnections()).toBe(0));
  });

  it('GIVEN the caller aborts WHEN a request is pending THEN fetch_failed marked as aborted', async () => {
    fake = await startFake(() => hang());
    const ac = new AbortController();
    const p = fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, HTTP, ac.signal);
    setTimeout(() => ac.abort(new Error('shutdown')), 20);
    const err = await failure(p);
    expect(err.code).toBe('fetch_failed');
    expect(err.details).toMatchObject({ aborted: true });
  });

  it('GIVEN a body larger than the cap with a Content-Length WHEN fetched THEN too_large with the cap in the message', async () => {
    fake = await startFake(() => ({ headers: XML, body: 'x'.repeat(100_000) }));
    const err = await failure(fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, { ...HTTP, maxBytes: 10_000 }));
    expect(err.code).toBe('too_large');
    expect(err.message).toContain('10000');
    expect(err.message).toContain('Content-Length');
    expect(err.retryable).toBe(true);
  });

  it('GIVEN a chunked body without Content-Length that grows past the cap WHEN fetched THEN too_large AND the client stops reading early', async () => {
    fake = await startFake(() => stream({ bytes: 200 * 1024, chunkSize: 2048, delayMs: 5, headers: XML }));
    const err = await failure(fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, { ...HTTP, maxBytes: 8 * 1024 }));
    expect(err.code).toBe('too_large');
    expect(err.message).toContain('8192');
    const server = fake;
    await vi.waitFor(() => expect(server.openConnections()).toBe(0));
    expect(server.streamedBytes()).toBeLessThan(200 * 1024);
  });

  it('GIVEN a 500 WHEN fetched THEN http_status with the status in details and message, retryable', async () => {
    fake = await startFake(() => ({ status: 500, body: 'boom' }));
    const err = await failure(fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, HTTP));
    expect(err.code).toBe('http_status');
    expect(err.details).toMatchObject({ status: 500 });
    expect(err.message).toContain('HTTP 500');
    expect(err.retryable).toBe(true);
  });

  it('GIVEN a 503 with Retry-After in seconds WHEN fetched THEN retryAfterMs is in the details', async () => {
    fake = await startFake(() => ({ status: 503, headers: { 'retry-after': '120' }, body: '' }));
    const err = await failure(fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, HTTP));
    expect(err.code).toBe('http_status');
    expect(err.details).toMatchObject({ status: 503, retryAfterMs: 120_000 });
  });

  it('GIVEN a 429 with Retry-After as an HTTP date WHEN fetched THEN retryAfterMs is a non-negative delay', async () => {
    const when = new Date(Date.now() + 60_000).toUTCString();
    fake = await startFake(() => ({ status: 429, headers: { 'retry-after': when } }));
    const err = await failure(fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, HTTP));
    const ms = err.details?.retryAfterMs;
    expect(typeof ms).toBe('number');
    expect(ms as number).toBeGreaterThan(0);
    expect(ms as number).toBeLessThanOrEqual(60_000);
  });

  it('GIVEN a 407 from a WAF WHEN fetched THEN the message says the host may block data-centre clients', async () => {
    fake = await startFake(() => ({ status: 407, body: '' }));
    const err = await failure(fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, HTTP));
    expect(err.details).toMatchObject({ status: 407 });
    expect(err.message).toMatch(/data-centre/);
  });

  it('GIVEN a 404 WHEN fetched THEN http_status that is not retryable', async () => {
    fake = await startFake(() => undefined);
    const err = await failure(fetchDocument(`${fake.url}/missing`, EMPTY_FETCH_STATE, HTTP));
    expect(err.details).toMatchObject({ status: 404 });
    expect(err.retryable).toBe(false);
  });

  it('GIVEN nothing listens on the port WHEN fetched THEN fetch_failed naming the refused connection', async () => {
    const closed = await startFake();
    const url = closed.url;
    await closed.close();
    const err = await failure(fetchDocument(`${url}/feed`, EMPTY_FETCH_STATE, HTTP));
    expect(err.code).toBe('fetch_failed');
    expect(err.message).toContain('ECONNREFUSED');
    expect(err.cause).toBeDefined();
  });

  it('GIVEN a malformed or non-http URL WHEN fetched THEN fetch_failed, not retryable', async () => {
    expect((await failure(fetchDocument('not a url', EMPTY_FETCH_STATE, HTTP))).code).toBe('fetch_failed');
    const ftp = await failure(fetchDocument('ftp://example.org/feed', EMPTY_FETCH_STATE, HTTP));
    expect(ftp.code).toBe('fetch_failed');
    expect(ftp.retryable).toBe(false);
  });
});

describe('fetchDocument: redirects', () => {
  it('GIVEN a relative redirect WHEN fetched THEN it is followed and the final URL is reported', async () => {
    fake = await startFake((req) =>
      req.path === '/old' ? { status: 301, headers: { location: 'new/feed.xml' } } : { headers: XML, body: '<rss/>' },
    );
    const res = await fetchDocument(`${fake.url}/old`, EMPTY_FETCH_STATE, HTTP);
    expect(res.status).toBe('ok');
    expect(res.status === 'ok' && res.url).toBe(`${fake.url}/new/feed.xml`);
    expect(fake.requests.map((r) => r.path)).toEqual(['/old', '/new/feed.xml']);
  });

  it('GIVEN an endless chain of redirects WHEN fetched with maxRedirects 3 THEN too_many_redirects after 4 requests', async () => {
    fake = await startFake((req) => ({ status: 302, headers: { location: `/hop${Number(req.path.replace(/\D/g, '') || 0) + 1}` } }));
    const err = await failure(fetchDocument(`${fake.url}/hop0`, EMPTY_FETCH_STATE, HTTP));
    expect(err.code).toBe('too_many_redirects');
    expect(err.message).toContain('3');
    expect(fake.requests).toHaveLength(4);
  });

  it('GIVEN a redirect loop WHEN fetched THEN too_many_redirects naming the loop', async () => {
    fake = await startFake((req) => ({ status: 307, headers: { location: req.path === '/a' ? '/b' : '/a' } }));
    const err = await failure(fetchDocument(`${fake.url}/a`, EMPTY_FETCH_STATE, { ...HTTP, maxRedirects: 10 }));
    expect(err.code).toBe('too_many_redirects');
    expect(err.message).toContain('loop');
  });
});

describe('fetchDocument: decoding', () => {
  it('GIVEN an ISO-8859-1 body declared in Content-Type WHEN fetched THEN accented letters are decoded', async () => {
    fake = await startFake(() => ({
      headers: { 'content-type': 'application/rss+xml; charset=ISO-8859-1' },
      body: Buffer.from('<title>Côte d’Ivoire: sécurité</title>'.replace('’', "'"), 'latin1'),
    }));
    const res = await fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, HTTP);
    expect(res.status === 'ok' && res.body).toBe("<title>Côte d'Ivoire: sécurité</title>");
  });

  it('GIVEN an ISO-8859-1 body declared only in the XML declaration WHEN fetched THEN it is decoded with that charset', async () => {
    fake = await startFake(() => ({
      headers: { 'content-type': 'application/xml' },
      body: Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><x>Sécurité</x></rss>', 'latin1'),
    }));
    const res = await fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, HTTP);
    expect(res.status === 'ok' && res.body).toContain('Sécurité');
  });

  it('GIVEN a UTF-8 body with a BOM and an invalid byte WHEN fetched THEN the BOM is stripped and the bad byte replaced', async () => {
    fake = await startFake(() => ({
      headers: XML,
      body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss>a'), Buffer.from([0xff]), Buffer.from('b</rss>')]),
    }));
    const res = await fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, HTTP);
    expect(res.status === 'ok' && res.body).toBe('<rss>a\ufffdb</rss>');
  });

  it('GIVEN a gzip-encoded body WHEN fetched THEN it is decompressed', async () => {
    fake = await startFake(() => ({ headers: { ...XML, 'content-encoding': 'gzip' }, body: gzipSync('<rss>Bamako</rss>') }));
    const res = await fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, HTTP);
    expect(res.status === 'ok' && res.body).toBe('<rss>Bamako</rss>');
    expect(fake.requests[0]?.headers['accept-encoding']).toContain('gzip');
  });

  it('GIVEN a small gzip body that inflates past the cap WHEN fetched THEN too_large (the cap counts decompressed bytes)', async () => {
    const bomb = gzipSync('x'.repeat(1_000_000));
    fake = await startFake(() => ({ headers: { ...XML, 'content-encoding': 'gzip' }, body: bomb }));
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    const err = await failure(fetchDocument(`${fake.url}/feed`, EMPTY_FETCH_STATE, HTTP));
    expect(err.code).toBe('too_large');
  });
});
