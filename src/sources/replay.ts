import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SourceError } from '../errors.js';
import { DEFAULT_DOCUMENT_EXTENSIONS, readDocumentFile } from './directory.js';
import { sha256 } from './hash.js';
import { detectOfficialFeed, readOfficialSnapshot } from './official/index.js';
import { parseAnyFeedBody } from './parse.js';
import type { FeedItem, FeedSource, FetchState, PollResult } from './types.js';

const SNAPSHOT_EXTENSIONS = ['.xml', '.rss', '.atom', '.json'];

export type ReplayKind = 'documents' | 'snapshots';

/**
 * A source that replays a folder one poll per step. Documents (.txt .html .md): step N publishes
 * the Nth file as a new item of one feed (the feed keeps the earlier ones, as a real feed does).
 * Snapshots (.xml .json): step N is the whole feed as saved at the Nth poll.
 */
export class ReplaySource implements FeedSource {
  readonly kind = 'replay';
  step = 0;

  private constructor(
    readonly id: string,
    readonly dir: string,
    readonly mode: ReplayKind,
    readonly files: string[],
  ) {}

  static async open(dir: string, id = 'replay'): Promise<ReplaySource> {
    let names: string[];
    try {
      names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name);
    } catch (cause) {
      throw new SourceError('fetch_failed', `cannot read the folder ${dir}: ${(cause as Error).message}`, { cause, retryable: false });
    }
    names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const docs = names.filter((n) => DEFAULT_DOCUMENT_EXTENSIONS.includes(extname(n).toLowerCase()) || extname(n).toLowerCase() === '.markdown');
    const snaps = names.filter((n) => SNAPSHOT_EXTENSIONS.includes(extname(n).toLowerCase()));
    if (docs.length > 0 && snaps.length > 0) {
      throw new SourceError('invalid_content', `${dir} mixes documents (${docs[0]}) and feed snapshots (${snaps[0]}); replay one kind per folder`, {
        retryable: false,
      });
    }
    if (docs.length === 0 && snaps.length === 0) {
      throw new SourceError('invalid_content', `${dir} holds no documents (.txt .html .md) and no feed snapshots (.xml .json)`, { retryable: false });
    }
    const mode: ReplayKind = docs.length > 0 ? 'documents' : 'snapshots';
    return new ReplaySource(id, dir, mode, (mode === 'documents' ? docs : snaps).map((n) => join(dir, n)));
  }

  get steps(): number {
    return this.files.length;
  }

  async poll(state: FetchState): Promise<PollResult> {
    const file = this.files[this.step];
    if (!file) return { kind: 'not_modified', state };
    let items: FeedItem[];
    if (this.mode === 'documents') {
      items = [];
      for (const f of this.files.slice(0, this.step + 1)) items.push(await readDocumentFile(f));
    } else {
      const body = await readFile(file, 'utf8');
      const hash = sha256(body);
      if (hash === state.bodyHash) return { kind: 'not_modified', state };
      // An official feed, recognised from its content, replays as that source: structured levels,
      // issuer, safety checks and confirmations (a refused snapshot fails that step, as a poll would).
      const official = detectOfficialFeed(body);
      if (official) return readOfficialSnapshot(official, body, this.id, state, { ...state, bodyHash: hash });
      items = await parseAnyFeedBody(body, { sourceId: this.id, issuer: null, country: null, trust: 'reported' });
      return { kind: 'items', items, state: { ...state, bodyHash: hash, lastItemCount: items.length } };
    }
    return { kind: 'items', items, state: { ...state, lastItemCount: items.length } };
  }
}
