import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface FeedArticle {
  name: string;
  title: string;
  body: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

export function loadArticles(dir: string): FeedArticle[] {
  return readdirSync(dir)
    .filter((n) => /\.(txt|md|html?)$/i.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => {
      const body = readFileSync(join(dir, name), 'utf8');
      const first = body.split('\n').find((l) => l.trim())?.trim() ?? name;
      const title = first.length <= 110 ? first : `${first.slice(0, first.lastIndexOf(' ', 105))}…`;
      return { name, title, body };
    });
}

/** RSS 2.0 with the newest article first, as real feeds are. */
export function renderRss(articles: FeedArticle[], baseUrl: string, start: Date): string {
  const items = articles
    .map((a, i) => {
      const date = new Date(start.getTime() + i * 3_600_000).toUTCString();
      const link = `${baseUrl}/articles/${encodeURIComponent(a.name)}`;
      return `    <item>\n      <title>${esc(a.title)}</title>\n      <link>${esc(link)}</link>\n      <guid isPermaLink="false">${esc(a.name)}</guid>\n      <pubDate>${date}</pubDate>\n      <description>${cdata(a.body)}</description>\n    </item>`;
    })
    .reverse()
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n    <title>advisory-watch demo feed</title>\n    <link>${esc(baseUrl)}</link>\n    <description>Seed articles, one more on each poll</description>\n${items}\n  </channel>\n</rss>\n`;
}

/**
 * Serves a folder of articles as an RSS feed on 127.0.0.1, revealing one more article on each
 * request of /feed.xml, with an ETag so that pollers can send conditional requests.
 */
export async function startSeedFeed(dir: string): Promise<{ url: string; total: number; revealed: () => number; close: () => Promise<void>; server: Server }> {
  const articles = loadArticles(dir);
  const start = new Date('2025-10-28T09:00:00Z');
  let revealed = 0;
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url?.startsWith('/articles/')) {
      const a = articles.find((x) => `/articles/${encodeURIComponent(x.name)}` === req.url);
      res.writeHead(a ? 200 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end(a ? a.body : 'not found');
    }
    if (req.url !== '/feed.xml') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    revealed = Math.min(articles.length, revealed + 1);
    const etag = `"seeds-${revealed}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
    res.end(renderRss(articles.slice(0, revealed), base, start));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  return {
    url,
    total: articles.length,
    revealed: () => revealed,
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
