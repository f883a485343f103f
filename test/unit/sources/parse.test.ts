import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../../src/errors.js';
import {
  detectFeedFormat,
  parseAnyFeedBody,
  parseFeedBody,
  parseFeedDate,
  parseFeedEntries,
  parseJsonFeedBody,
  type ParseContext,
} from '../../../src/sources/parse.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const CTX: ParseContext = { sourceId: 'x', issuer: 'GB', country: null, trust: 'official' };

async function rejection(p: Promise<unknown> | (() => unknown)): Promise<SourceError> {
  const err = await (typeof p === 'function' ? Promise.resolve().then(p) : p).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  return err as SourceError;
}

describe('detectFeedFormat', () => {
  it('GIVEN RSS 2.0, RSS 1.0, Atom, JSON Feed, HTML and plain JSON WHEN sniffed THEN rss, rss, atom, jsonfeed, unknown, unknown', () => {
    expect(detectFeedFormat(fixture('us-state-dept.xml'))).toBe('rss');
    expect(detectFeedFormat(fixture('rss1-rdf.xml'))).toBe('rss');
    expect(detectFeedFormat(fixture('govuk-country.atom'))).toBe('atom');
    expect(detectFeedFormat(fixture('jsonfeed.json'))).toBe('jsonfeed');
    expect(detectFeedFormat('<!DOCTYPE html><html><body></body></html>')).toBe('unknown');
    expect(detectFeedFormat('{"data": {}}')).toBe('unknown');
  });

  it('GIVEN a BOM, comments and a stylesheet instruction before the root WHEN sniffed THEN the root is still found', () => {
    expect(detectFeedFormat('\ufeff<?xml version="1.0"?>\n<!-- generator -->\n<?xml-stylesheet href="s.xsl"?>\n<feed xmlns="http://www.w3.org/2005/Atom"/>')).toBe('atom');
  });
});

describe('parseFeedBody', () => {
  it('GIVEN an RSS 1.0 (RDF) document WHEN parsed THEN dc:identifier is the key and dc:date the date', async () => {
    const items = await parseFeedBody(fixture('rss1-rdf.xml'), CTX);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ key: 'adv-1', title: 'Travel advice updated', format: 'text', publishedAt: '2025-11-01T10:00:00.000Z', issuer: 'GB' });
  });

  it('GIVEN State Department categories with a domain attribute WHEN parsed into entries THEN they are strings, grouped by domain', async () => {
    const { entries } = await parseFeedEntries(fixture('us-state-dept.xml'));
    expect(entries[0]?.categories).toEqual(['Level 4: Do Not Travel', 'HA']);
    expect(entries[0]?.categoriesByDomain).toEqual({ 'Threat-Level': ['Level 4: Do Not Travel'], 'Country-Tag': ['HA'] });
  });

  it('GIVEN an Atom entry with a nonsense published date WHEN parsed THEN the feed still parses and that date is null', async () => {
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>e1</id><title>A</title><published>yesterday-ish</published><summary>text</summary></entry></feed>';
    const items = await parseFeedBody(atom, CTX);
    expect(items[0]).toMatchObject({ key: 'e1', publishedAt: null, text: 'text' });
  });

  it('GIVEN items with neither guid nor link WHEN parsed THEN the key is a hash of the title, stable across parses', async () => {
    const xml = '<rss version="2.0"><channel><title>t</title><item><title>Alert one</title><description>x</description></item></channel></rss>';
    const [a] = await parseFeedBody(xml, CTX);
    const [b] = await parseFeedBody(xml, CTX);
    expect(a?.key).toMatch(/^title:[0-9a-f]{64}$/);
    expect(a?.key).toBe(b?.key);
  });

  it('GIVEN two items with the same guid WHEN parsed THEN both are kept with distinct keys', async () => {
    const xml = '<rss version="2.0"><channel><title>t</title>' +
      '<item><title>China - Level 2</title><guid>same</guid><link>https://x/china</link></item>' +
      '<item><title>China - Level 2</title><guid>same</guid><link>https://x/macau</link></item></channel></rss>';
    const items = await parseFeedBody(xml, CTX);
    expect(items).toHaveLength(2);
    expect(new Set(items.map((i) => i.key)).size).toBe(2);
    expect(items[0]?.key).toBe('same');
  });

  it('GIVEN an RSS without a version attribute WHEN parsed THEN it is read as RSS 2.0', async () => {
    const items = await parseFeedBody('<rss><channel><title>t</title><item><title>A</title><guid>1</guid></item></channel></rss>', CTX);
    expect(items.map((i) => i.key)).toEqual(['1']);
  });

  it('GIVEN an empty document WHEN parsed THEN invalid_content "empty document"', async () => {
    const err = await rejection(parseFeedBody('  \n', CTX));
    expect(err.code).toBe('invalid_content');
    expect(err.message).toContain('empty document');
  });

  it('GIVEN an RSS element with no channel WHEN parsed THEN invalid_content naming the missing channel', async () => {
    const err = await rejection(parseFeedBody('<?xml version="1.0"?><rss version="2.0"></rss>', CTX));
    expect(err.code).toBe('invalid_content');
    expect(err.message).toContain('no <channel>');
  });

  it('GIVEN JSON, another XML vocabulary or plain text WHEN parsed as RSS THEN a SourceError says what was found instead', async () => {
    expect((await rejection(parseFeedBody('{"a":1}', CTX))).message).toContain('got JSON');
    expect((await rejection(parseFeedBody('<sitemap><url/></sitemap>', CTX))).message).toContain('<sitemap>');
    const text = await rejection(parseFeedBody('Service Unavailable', CTX));
    expect(text.code).toBe('parse_error');
  });

  it('GIVEN a truncated document WHEN parsed THEN parse_error', async () => {
    const err = await rejection(parseFeedBody(fixture('govuk-country.atom').slice(0, 500), CTX));
    expect(err.code).toBe('parse_error');
    expect(err.message).toMatch(/malformed Atom XML/);
  });
});

describe('parseJsonFeedBody', () => {
  it('GIVEN a wrong version and a missing title WHEN parsed THEN invalid_content listing both paths', async () => {
    const err = await rejection(() => parseJsonFeedBody(JSON.stringify({ version: '2', items: [] }), CTX));
    expect(err.code).toBe('invalid_content');
    expect(err.message).toContain('version');
    expect(err.message).toContain('title');
  });

  it('GIVEN an item with neither content_html nor content_text WHEN parsed THEN invalid_content at items.0.content_html', async () => {
    const body = JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 't', items: [{ id: 'a', title: 'x' }] });
    const err = await rejection(() => parseJsonFeedBody(body, CTX));
    expect(err.message).toContain('items.0.content_html');
  });

  it('GIVEN a numeric id and null optional fields WHEN parsed THEN the id is a string and nulls are ignored', () => {
    const body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 't', items: [{ id: 42, content_text: 'Hello', title: null, url: null }] });
    const [item] = parseJsonFeedBody(body, CTX);
    expect(item).toMatchObject({ key: '42', title: 'Hello', link: null, format: 'text' });
  });

  it('GIVEN an HTML page WHEN parsed as JSON Feed THEN invalid_content "got an HTML page"', async () => {
    const err = await rejection(() => parseJsonFeedBody('<html><body>oops</body></html>', CTX));
    expect(err.code).toBe('invalid_content');
    expect(err.message).toContain('got an HTML page');
  });

  it('GIVEN a JSON Feed WHEN given to parseAnyFeedBody THEN it is dispatched to the JSON Feed parser', async () => {
    const items = await parseAnyFeedBody(fixture('jsonfeed.json'), CTX);
    expect(items).toHaveLength(2);
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Fri, 10 Jul 2026', '2026-07-10T00:00:00.000Z'],
    ['2026-07-10', '2026-07-10T00:00:00.000Z'],
    ['Sat, 03 Aug 2024 10:15:00 +0000', '2024-08-03T10:15:00.000Z'],
    ['Sat, 03 Aug 2024 10:15:00', '2024-08-03T10:15:00.000Z'],
    ['2024-09-28T14:05:00+01:00', '2024-09-28T13:05:00.000Z'],
    ['2024-09-28T14:05:00', '2024-09-28T14:05:00.000Z'],
    ['', null],
    ['garbage', null],
    ['Fri, 10 Foo 2026', null],
    ['0001-01-01T00:00:00Z', null],
  ])('GIVEN %j WHEN parsed THEN %j', (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });
});
