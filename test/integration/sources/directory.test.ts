import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceError } from '../../../src/errors.js';
import { DirectorySource, readDocumentFile } from '../../../src/sources/directory.js';
import { EMPTY_FETCH_STATE } from '../../../src/sources/types.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aw-dir-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const source = (path: string): DirectorySource =>
  new DirectorySource({ id: 'seeds', path, issuer: null, country: 'ML', trust: 'reported' });

describe('DirectorySource', () => {
  it('GIVEN files named 1, 2 and 10 with several extensions WHEN polled THEN items come in natural name order, other files and dot-files are ignored', async () => {
    await writeFile(join(dir, '10_story.txt'), 'Ten\nbody');
    await writeFile(join(dir, '2_story.md'), '# Two: a heading\n\nBody **bold**');
    await writeFile(join(dir, '1_story.html'), '<html><head><title>One &amp; only</title></head><body><p>Body</p></body></html>');
    await writeFile(join(dir, 'notes.pdf'), 'x');
    await writeFile(join(dir, '.hidden.txt'), 'x');
    await mkdir(join(dir, 'sub.txt'));
    const res = await source(dir).poll(EMPTY_FETCH_STATE);
    if (res.kind !== 'items') throw new Error('expected items');
    expect(res.items.map((i) => [i.key, i.format, i.title])).toEqual([
      ['1_story.html', 'html', 'One & only'],
      ['2_story.md', 'markdown', 'Two: a heading'],
      ['10_story.txt', 'text', 'Ten'],
    ]);
    expect(res.items[2]).toMatchObject({ link: join(dir, '10_story.txt'), text: 'Ten\nbody', country: 'ML', trust: 'reported', publishedAt: null });
    expect(res.state.lastItemCount).toBe(3);
  });

  it('GIVEN an unchanged folder WHEN polled again THEN not_modified; WHEN a file changes THEN items again', async () => {
    await writeFile(join(dir, 'a.txt'), 'Headline\nfirst version');
    const s = source(dir);
    const first = await s.poll(EMPTY_FETCH_STATE);
    expect((await s.poll(first.state)).kind).toBe('not_modified');
    await writeFile(join(dir, 'a.txt'), 'Headline\nsecond version');
    expect((await s.poll(first.state)).kind).toBe('items');
  });

  it('GIVEN a missing directory WHEN polled THEN fetch_failed saying it does not exist', async () => {
    const err = await source(join(dir, 'nope')).poll(EMPTY_FETCH_STATE).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect((err as SourceError).code).toBe('fetch_failed');
    expect((err as SourceError).message).toContain('does not exist');
  });

  it('GIVEN a text file with a BOM, CRLF and a very long first line WHEN read THEN the BOM is gone and the title is trimmed to 200 characters', async () => {
    const path = join(dir, 'long.txt');
    await writeFile(path, `\ufeff\r\n   ${'word '.repeat(100)}\r\nbody`);
    const item = await readDocumentFile(path);
    expect(item.text.startsWith('\ufeff')).toBe(false);
    expect(item.title.length).toBeLessThanOrEqual(200);
    expect(item.title.startsWith('word word')).toBe(true);
    expect(item).toMatchObject({ key: 'long.txt', issuer: null, country: null, trust: 'reported' });
  });
});
