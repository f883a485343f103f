import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { CountryCode, IssuerCode, TextFormat, Trust } from '../domain/types.js';
import { SourceError } from '../errors.js';
import { contentHash, sha256 } from './hash.js';
import { decodeBody } from './http.js';
import { firstLine, stripTags } from './parse.js';
import type { FeedItem, FeedSource, FetchState, PollResult } from './types.js';

export const DEFAULT_DOCUMENT_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm', '.md'];
const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface DocumentContext {
  issuer?: IssuerCode | null;
  country?: CountryCode | null;
  trust?: Trust;
}

export interface DirectorySourceOptions {
  id: string;
  path: string;
  issuer: IssuerCode | null;
  country: CountryCode | null;
  trust: Trust;
  /** File name endings read (case-insensitive), default .txt .html .htm .md. */
  extensions?: readonly string[];
  /** A file larger than this fails the poll with `too_large` (default 10 MiB). */
  maxFileBytes?: number;
}

/**
 * A local folder of documents (seed articles, saved pages): each file with a known extension is one
 * item, in natural name order ("2.txt" before "10.txt"); dot-files and sub-folders are ignored.
 * key = file name, link = file path, title = first non-empty line. Unchanged folder content → not_modified.
 */
export class DirectorySource implements FeedSource {
  readonly kind = 'directory';
  readonly id: string;
  readonly path: string;
  private readonly opts: DirectorySourceOptions;
  private readonly extensions: readonly string[];

  constructor(opts: DirectorySourceOptions) {
    this.opts = opts;
    this.id = opts.id;
    this.path = opts.path;
    this.extensions = (opts.extensions ?? DEFAULT_DOCUMENT_EXTENSIONS).map((e) => e.toLowerCase());
  }

  async poll(state: FetchState, signal?: AbortSignal): Promise<PollResult> {
    const names = await this.listFiles();
    const items: FeedItem[] = [];
    for (const name of names) {
      if (signal?.aborted) {
        throw new SourceError('fetch_failed', `reading ${this.opts.path} was cancelled by the caller`, {
          cause: signal.reason,
          details: { path: this.opts.path, aborted: true },
        });
      }
      items.push(
        await readDocumentFile(join(this.opts.path, name), {
          issuer: this.opts.issuer,
          country: this.opts.country,
          trust: this.opts.trust,
        }, this.opts.maxFileBytes),
      );
    }
    const bodyHash = sha256(items.map((i) => `${i.key}\u001f${i.hash}`).join('\n'));
    const next: FetchState = { ...state, bodyHash };
    if (state.bodyHash !== null && state.bodyHash === bodyHash) return { kind: 'not_modified', state: next };
    return { kind: 'items', items, state: { ...next, lastItemCount: items.length } };
  }

  private async listFiles(): Promise<string[]> {
    let entries;
    try {
      entries = await readdir(this.opts.path, { withFileTypes: true });
    } catch (err) {
      throw fileError(err, this.opts.path, 'read directory');
    }
    return entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .filter((n) => this.extensions.includes(extname(n).toLowerCase()))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  }
}

/**
 * Read one document file as a FeedItem (used by the directory source and by replay). Format from the
 * extension (.html/.htm → html, .md/.markdown → markdown, otherwise text); text decoded from UTF-8
 * (or the charset a BOM, XML declaration or <meta charset> names), BOM stripped.
 */
export async function readDocumentFile(path: string, ctx: DocumentContext = {}, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<FeedItem> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw Object.assign(new Error(`${path} is not a regular file`), { code: 'EISDIR' });
    if (info.size > maxBytes) {
      throw new SourceError('too_large', `${path} is ${info.size} bytes, larger than the ${maxBytes}-byte limit`, {
        details: { path, maxBytes },
        retryable: false,
      });
    }
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw fileError(err, path, 'read file');
  }
  const text = decodeBody(bytes, null);
  const format = formatOf(path);
  const title = titleOf(text, format) || basename(path);
  return {
    key: basename(path),
    hash: contentHash([title, text]),
    title,
    link: path,
    text,
    format,
    publishedAt: null,
    issuer: ctx.issuer ?? null,
    country: ctx.country ?? null,
    trust: ctx.trust ?? 'reported',
  };
}

function formatOf(path: string): TextFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}

function titleOf(text: string, format: TextFormat): string {
  if (format === 'html') {
    const tagged = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(text)?.[1];
    const fromTag = tagged ? firstLine(stripTags(tagged).replace(/\s+/g, ' ')) : '';
    if (fromTag) return fromTag;
    const body = /<body[^>]*>([\s\S]*)/i.exec(text)?.[1] ?? text;
    return firstLine(stripTags(body.replace(/<head[\s\S]*?<\/head>/i, '')));
  }
  if (format === 'markdown') {
    for (const line of text.split(/\r?\n|\r/)) {
      const t = line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '').trim();
      if (t !== '' && !/^(-{3,}|={3,})$/.test(t)) return firstLine(t);
    }
    return '';
  }
  return firstLine(text);
}

function fileError(err: unknown, path: string, what: string): SourceError {
  const code = (err as { code?: unknown }).code;
  const reason =
    code === 'ENOENT'
      ? 'it does not exist'
      : code === 'ENOTDIR'
        ? 'it is not a directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is not a regular file'
            : err instanceof Error
              ? err.message
              : String(err);
  return new SourceError('fetch_failed', `cannot ${what} ${path}: ${reason}`, {
    cause: err,
    details: { path, ...(typeof code === 'string' ? { errorCode: code } : {}) },
    retryable: code !== 'ENOTDIR' && code !== 'EISDIR',
  });
}
