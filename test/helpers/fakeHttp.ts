/**
 * One loopback HTTP fake for every test of the project: feed hosts, Slack Web API, Discord REST and
 * webhooks. Each test starts its own on 127.0.0.1:0, scripts replies in a handler, asserts on the
 * recorded requests, and closes it (close() destroys open sockets, so a hung request never keeps
 * vitest alive).
 *
 *   const fake = await startFake((req) => req.path === '/feed.xml'
 *     ? { headers: { 'content-type': 'application/rss+xml' }, body: xml }
 *     : undefined);                                   // undefined → 404 {"message":"no route"}
 *   … fake.url, fake.requests …
 *   await fake.close();
 *
 * Special replies: `hang()` never answers (headers are never sent); `stream({...})` sends a body in
 * chunks with pauses, without Content-Length (chunked), and may hang after the last chunk.
 */
import { createServer, type IncomingHttpHeaders, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Recorded {
  method: string;
  /** Path and query, as sent ("/api/chat.postMessage", "/feed.xml?x=1"). */
  path: string;
  /** Lower-case header names, as node:http gives them. */
  headers: IncomingHttpHeaders;
  /** The request body as UTF-8 text ('' when none). */
  raw: string;
  /** Parsed body when the content-type mentions json and the body parses. */
  json?: unknown;
  /** Parsed body for application/x-www-form-urlencoded requests. */
  form?: Record<string, string>;
}

export interface Reply {
  /** Default 200. A 204 (or 304) is sent with no body and no content-type. */
  status?: number;
  /** Header names are case-insensitive; these override the defaults. */
  headers?: Record<string, string | number | readonly string[]>;
  /** A string or bytes are sent as they are; anything else is JSON-encoded. */
  body?: unknown;
}

const HANG = Symbol('fakeHttp.hang');
export interface HangReply {
  readonly [HANG]: true;
}

export interface StreamSpec {
  status?: number;
  headers?: Record<string, string | number | readonly string[]>;
  /** Explicit chunks, or … */
  chunks?: readonly (string | Uint8Array)[];
  /** … `bytes` bytes of filler ('x') sent in pieces of `chunkSize` (default 1024). */
  bytes?: number;
  chunkSize?: number;
  /** Pause before each chunk after the first (default 10 ms). */
  delayMs?: number;
  /** After the last chunk, keep the response open forever instead of ending it. */
  hangAfter?: boolean;
}
const STREAM = Symbol('fakeHttp.stream');
export interface StreamReply {
  readonly [STREAM]: StreamSpec;
}

export type HandlerResult = Reply | HangReply | StreamReply | undefined;
export type Handler = (req: Recorded) => HandlerResult | Promise<HandlerResult>;

/** A reply that never comes: the request is read and recorded, then nothing is sent. */
export function hang(): HangReply {
  return { [HANG]: true };
}

/** A body streamed in chunks, slowly, with no Content-Length. */
export function stream(spec: StreamSpec): StreamReply {
  return { [STREAM]: spec };
}

export interface FakeServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:43121 */
  url: string;
  requests: Recorded[];
  /** Replace the handler for the following requests. */
  handler: Handler;
  /** Connections the client has not closed yet (to check that a client really hung up). */
  openConnections(): number;
  /** Bytes of body written by `stream` replies so far (to check that a client stopped reading). */
  streamedBytes(): number;
  close(): Promise<void>;
}

export async function startFake(handler: Handler = () => undefined): Promise<FakeServer> {
  const requests: Recorded[] = [];
  const sockets = new Set<Socket>();
  const live = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let streamed = 0;
  let closed = false;

  const later = (ms: number, fn: () => void): void => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const fake: FakeServer = {
    url: '',
    requests,
    handler,
    openConnections: () => live.size,
    streamedBytes: () => streamed,
    close: async () => {
      if (closed) return;
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
      });
    },
  };

  const server = createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const raw = Buffer.concat(chunks).toString('utf8');
      const rec: Recorded = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, raw };
      const ct = String(req.headers['content-type'] ?? '');
      if (ct.includes('json') && raw) {
        try {
          rec.json = JSON.parse(raw);
        } catch {
          // leave json undefined; the test can read raw
        }
      }
      if (ct.includes('x-www-form-urlencoded')) rec.form = Object.fromEntries(new URLSearchParams(raw));
      requests.push(rec);

      let result: HandlerResult;
      try {
        result = await fake.handler(rec);
      } catch (err) {
        result = { status: 500, body: { message: `fake handler threw: ${String(err)}` } };
      }
      if (result === undefined) result = { status: 404, body: { message: 'no route' } };
      if (HANG in result) return; // never answer; close() destroys the socket
      if (STREAM in result) return sendStream(res, result[STREAM]);
      sendReply(res, result);
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    });
  });

  server.on('connection', (socket) => {
    sockets.add(socket);
    live.add(socket);
    // node:http keeps a server socket half-open while a response is pending, so a client that hung up
    // shows as 'end' (its FIN) before 'close'.
    socket.on('end', () => live.delete(socket));
    socket.on('close', () => {
      live.delete(socket);
      sockets.delete(socket);
    });
  });

  function sendReply(res: ServerResponse, r: Reply): void {
    const status = r.status ?? 200;
    const headers = lowerCase(r.headers);
    if (status === 204 || status === 304) {
      // No content-type on 204: undici would try to parse an empty JSON body (platform-notes §3b).
      res.writeHead(status, headers);
      res.end();
      return;
    }
    const body =
      typeof r.body === 'string' || r.body instanceof Uint8Array ? r.body : JSON.stringify(r.body ?? {});
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
    res.end(body);
  }

  function sendStream(res: ServerResponse, spec: StreamSpec): void {
    const pieces: (string | Uint8Array)[] = spec.chunks ? [...spec.chunks] : filler(spec.bytes ?? 0, spec.chunkSize ?? 1024);
    const delay = spec.delayMs ?? 10;
    res.writeHead(spec.status ?? 200, { 'content-type': 'application/octet-stream', ...lowerCase(spec.headers) });
    res.flushHeaders();
    let i = 0;
    const next = (): void => {
      if (closed || res.destroyed || res.writableEnded) return;
      const piece = pieces[i++];
      if (piece === undefined) {
        if (!spec.hangAfter) res.end();
        return;
      }
      res.write(piece);
      streamed += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.byteLength;
      later(delay, next);
    };
    next();
  }

  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}`;
  return fake;
}

function lowerCase(headers: Reply['headers']): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = v as string | number | string[];
  return out;
}

function filler(bytes: number, chunkSize: number): string[] {
  const out: string[] = [];
  for (let left = bytes; left > 0; left -= chunkSize) out.push('x'.repeat(Math.min(chunkSize, left)));
  return out;
}
