import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Agent } from 'node:http';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { SourceError } from '../errors.js';
import type { FetchState } from './types.js';
import { sha256 } from './hash.js';
import type { HostQueue } from './hostQueue.js';

/** How one source fetches. All limits apply per `fetchDocument` call, redirects included. */
export interface HttpOptions {
  /** One deadline for the whole call: connect, redirects, headers and the complete body. */
  timeoutMs: number;
  /** Largest body accepted, in bytes after content decoding (gzip is counted decompressed). */
  maxBytes: number;
  /** Redirects followed before giving up (0 = none). */
  maxRedirects: number;
  userAgent: string;
  accept?: string;
  /** An HTTP(S) proxy URL ("http://proxy.internal:3128"); requests go through it when set. */
  proxy?: string | null;
  /** Shared per-host queue: at most one request in flight per host across the sources sharing it. */
  hostQueue?: HostQueue;
}

export type FetchResult =
  | { status: 'not_modified'; state: FetchState }
  | {
      status: 'ok';
      body: string;
      contentType: string | null;
      state: FetchState;
      /** The URL the body came from, after redirects (a base for relative links). */
      url: string;
    };

export const DEFAULT_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Statuses worth retrying soon; other 4xx mean the request itself is wrong or refused. */
const RETRYABLE_STATUSES = new Set([408, 425, 429]);

/**
 * GET `url` once, politely: conditional headers from `state`, one deadline (`opts.timeoutMs`) for the
 * whole exchange, a byte cap, redirects followed by hand, gzip/deflate/br accepted (over node:http,
 * see `openResponse` for why not the global fetch). Never logs or retries; every failure is a
 * `SourceError`:
 *
 * - `fetch_timeout`: the deadline passed (connect, headers or body); the socket is aborted.
 * - `fetch_failed`: bad URL, network error (ECONNREFUSED, ENOTFOUND, reset), or the caller's signal
 *   aborted (`details.aborted = true`).
 * - `too_large`: Content-Length or the streamed byte count passed `maxBytes` (`details.maxBytes`).
 * - `too_many_redirects`: more than `maxRedirects` hops, or a redirect loop.
 * - `http_status`: any other non-2xx; `details.status`, and `details.retryAfterMs` on 429/503 with a
 *   usable Retry-After.
 *
 * On 304 the stored validators are kept unless the 304 carries new ones. On 200 the new state holds
 * the response's validators and `bodyHash` = sha256 of the decoded body; comparing it with the
 * previous `state.bodyHash` is the caller's job.
 */
export async function fetchDocument(
  url: string,
  state: FetchState,
  opts: HttpOptions,
  signal?: AbortSignal,
): Promise<FetchResult> {
  if (opts.hostQueue) return opts.hostQueue.run(url, () => fetchOnce(url, state, opts, signal));
  return fetchOnce(url, state, opts, signal);
}

async function fetchOnce(url: string, state: FetchState, opts: HttpOptions, signal?: AbortSignal): Promise<FetchResult> {
  let current = parseHttpUrl(url);

  if (signal?.aborted) throw cancelled(url, signal.reason);

  // One controller for the whole call: our deadline and the caller's signal both abort it, which
  // destroys the socket wherever we are (connect, headers, body). A plain timer plus a listener, both
  // removed in `finally`, rather than AbortSignal.timeout + AbortSignal.any: same behaviour, but no timer
  // outlives the call and nothing stays attached to a long-lived caller signal (AbortSignal.any has
  // known retention problems with long-lived signals: nodejs/node#54614, #55351).
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`timed out after ${opts.timeoutMs} ms`, 'TimeoutError'));
  }, opts.timeoutMs);
  const onCallerAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onCallerAbort, { once: true });

  const headers: Record<string, string> = {
    'user-agent': opts.userAgent,
    accept: opts.accept ?? DEFAULT_ACCEPT,
  };
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;

  const seen = new Set<string>([current.href]);
  let hops = 0;
  try {
    for (;;) {
      let res: Incoming;
      try {
        res = await openResponse(current, headers, controller.signal, proxyAgent(current, opts.proxy));
      } catch (err) {
        throw translateFailure(err, current.href, opts, timedOut, controller.signal);
      }

      if (res.status === 304) {
        res.discard();
        return {
          status: 'not_modified',
          state: {
            ...state,
            etag: res.header('etag') ?? state.etag,
            lastModified: res.header('last-modified') ?? state.lastModified,
          },
        };
      }

      if (REDIRECT_STATUSES.has(res.status)) {
        const location = res.header('location');
        res.discard();
        if (!location) {
          throw new SourceError('http_status', `HTTP ${res.status} redirect without a Location header from ${current.href}`, {
            details: { status: res.status, url: current.href },
          });
        }
        hops += 1;
        if (hops > opts.maxRedirects) {
          throw new SourceError(
            'too_many_redirects',
            `more than ${opts.maxRedirects} redirect(s) starting at ${url} (last hop ${current.href} -> ${location})`,
            { details: { url, maxRedirects: opts.maxRedirects }, retryable: false },
          );
        }
        let next: URL;
        try {
          next = parseHttpUrl(new URL(location, current).href);
        } catch (err) {
          throw new SourceError('http_status', `HTTP ${res.status} from ${current.href} redirects to an unusable Location "${location}"`, {
            cause: err,
            details: { status: res.status, url: current.href, location },
            retryable: false,
          });
        }
        if (seen.has(next.href)) {
          throw new SourceError('too_many_redirects', `redirect loop: ${current.href} -> ${next.href} was already visited`, {
            details: { url, loopAt: next.href },
            retryable: false,
          });
        }
        seen.add(next.href);
        current = next;
        continue;
      }

      if (res.status < 200 || res.status > 299) {
        res.discard();
        throw statusError(res, current);
      }

      const contentLength = Number(res.header('content-length') ?? NaN);
      if (Number.isFinite(contentLength) && contentLength > opts.maxBytes) {
        res.discard();
        throw tooLarge(current.href, opts.maxBytes, `Content-Length is ${contentLength} bytes`);
      }

      let bytes: Uint8Array | null;
      try {
        bytes = await readCapped(res, opts.maxBytes);
      } catch (err) {
        throw translateFailure(err, current.href, opts, timedOut, controller.signal);
      }
      if (bytes === null) {
        res.discard();
        throw tooLarge(current.href, opts.maxBytes, 'the body passed the limit while streaming');
      }

      const contentType = res.header('content-type');
      const body = decodeBody(bytes, contentType);
      return {
        status: 'ok',
        body,
        contentType,
        url: current.href,
        state: {
          ...state,
          etag: res.header('etag'),
          lastModified: res.header('last-modified'),
          bodyHash: sha256(body),
        },
      };
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (err) {
    throw new SourceError('fetch_failed', `invalid URL "${url}"`, { cause: err, retryable: false });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SourceError('fetch_failed', `unsupported URL scheme "${parsed.protocol}" in ${url} (only http and https)`, {
      retryable: false,
    });
  }
  return parsed;
}

/** A response whose body is already decompressed; `discard` destroys the connection at once. */
interface Incoming {
  status: number;
  statusText: string;
  header(name: string): string | null;
  body: Readable;
  discard(): void;
}

/**
 * One GET over node:http/https. Not the global fetch, on purpose: fetch turns a 407 into an anonymous
 * network error (the fetch spec does so for window-less requests), and aborting a fetch whose request
 * was already written leaves the socket open until the server answers or undici's keep-alive timer
 * closes it. Here `signal` destroys the socket, and `agent: false` means no connection outlives the call.
 */
function openResponse(url: URL, headers: Record<string, string>, signal: AbortSignal, agent: Agent | false = false): Promise<Incoming> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, { method: 'GET', headers: { ...headers, 'accept-encoding': 'gzip, deflate, br' }, signal, agent }, (res: IncomingMessage) => {
      const one = (name: string): string | null => {
        const v = res.headers[name];
        return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
      };
      const encoding = (one('content-encoding') ?? '').trim().toLowerCase();
      let body: Readable = res;
      if (encoding === 'gzip' || encoding === 'x-gzip') body = res.pipe(createGunzip());
      else if (encoding === 'deflate') body = res.pipe(createInflate());
      else if (encoding === 'br') body = res.pipe(createBrotliDecompress());
      if (body !== res) res.on('error', (err) => body.destroy(err));
      resolve({
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? '',
        header: one,
        body,
        discard: () => {
          body.destroy();
          res.destroy();
          req.destroy();
        },
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * A one-request agent through `proxy` for `target` (http-proxy-agent for http targets, a CONNECT
 * tunnel with https-proxy-agent for https ones), or false (direct, no keep-alive) without a proxy.
 */
function proxyAgent(target: URL, proxy: string | null | undefined): Agent | false {
  if (!proxy) return false;
  let p: URL;
  try {
    p = new URL(proxy);
  } catch (err) {
    throw new SourceError('fetch_failed', `invalid proxy URL "${proxy}"`, { cause: err, retryable: false });
  }
  return target.protocol === 'https:' ? new HttpsProxyAgent(p, { keepAlive: false }) : new HttpProxyAgent(p, { keepAlive: false });
}

/** Read the body, counting bytes; null (connection destroyed) as soon as the count passes the cap. */
async function readCapped(res: Incoming, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of res.body) {
    const buf = chunk as Buffer;
    total += buf.byteLength;
    if (total > maxBytes) {
      res.discard();
      return null;
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(url: string, maxBytes: number, why: string): SourceError {
  return new SourceError('too_large', `response from ${url} is larger than the ${maxBytes}-byte limit (${why})`, {
    details: { url, maxBytes },
    retryable: true,
  });
}

function cancelled(url: string, reason: unknown): SourceError {
  return new SourceError('fetch_failed', `fetch of ${url} was cancelled by the caller`, {
    cause: reason,
    details: { url, aborted: true },
  });
}

function translateFailure(
  err: unknown,
  url: string,
  opts: HttpOptions,
  timedOut: boolean,
  signal: AbortSignal,
): SourceError {
  if (err instanceof SourceError) return err;
  if (timedOut) {
    return new SourceError('fetch_timeout', `no complete response from ${url} within ${opts.timeoutMs} ms`, {
      cause: err,
      details: { url, timeoutMs: opts.timeoutMs },
    });
  }
  if (signal.aborted) return cancelled(url, signal.reason);
  const cause = (err as { cause?: unknown }).cause ?? err;
  const code = typeof (cause as { code?: unknown }).code === 'string' ? (cause as { code: string }).code : undefined;
  const causeMessage = cause instanceof Error ? cause.message : String(cause);
  const hint =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? ' (DNS lookup failed)'
      : code === 'ECONNREFUSED'
        ? ' (connection refused)'
        : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
          ? ' (connection reset)'
          : '';
  return new SourceError('fetch_failed', `request to ${url} failed${hint}: ${code ? `${code} ` : ''}${causeMessage}`, {
    cause: err,
    details: { url, ...(code ? { errorCode: code } : {}) },
  });
}

function statusError(res: Incoming, url: URL): SourceError {
  const status = res.status;
  const details: Record<string, unknown> = { status, url: url.href };
  let message = `HTTP ${status}${res.statusText ? ` ${res.statusText}` : ''} from ${url.href}`;
  if (status === 403 || status === 407) {
    message += `: ${url.host} refused the request; the host may block data-centre/hosting clients or unidentified user agents (consider a proxy or a descriptive User-Agent)`;
  }
  if (status === 429 || status === 503) {
    const retryAfterMs = parseRetryAfter(res.header('retry-after'));
    if (retryAfterMs !== null) {
      details.retryAfterMs = retryAfterMs;
      message += ` (Retry-After: ${Math.ceil(retryAfterMs / 1000)} s)`;
    }
  }
  return new SourceError('http_status', message, {
    details,
    retryable: status >= 500 || RETRYABLE_STATUSES.has(status),
  });
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP-date; null when absent or unusable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/**
 * Decode a body to text. Charset precedence (as browsers do): a byte-order mark, then the charset in
 * Content-Type, then an XML declaration's `encoding` or an HTML `<meta charset>` in the first 1 KiB,
 * then UTF-8. Invalid bytes become U+FFFD; an unknown charset label falls back to UTF-8; the BOM is
 * stripped.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const label = bomCharset(bytes) ?? charsetFromContentType(contentType) ?? sniffDeclaredCharset(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(label, { fatal: false }).decode(bytes);
  } catch {
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  }
}

function bomCharset(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return m?.[1]?.toLowerCase() ?? null;
}

function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  if (xml?.[1]) return xml[1].toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head);
  if (meta?.[1]) return meta[1].toLowerCase();
  return null;
}
