import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordNotifier } from '../../../adapters/discord/index.js';
import { runReplay } from '../../../src/cli/replay.js';
import { applyEnv } from '../../../src/config/env.js';
import { defaultConfig } from '../../../src/config/load.js';
import type { Delivery } from '../../../src/delivery/notifier.js';
import type { Alert } from '../../../src/domain/records.js';
import { createApp } from '../../../src/main.js';
import { ManualClock } from '../../../src/pipeline/clock.js';
import { pollSource } from '../../../src/pipeline/poll.js';
import { ReplaySource } from '../../../src/sources/replay.js';
import type { FakeServer, Recorded } from '../../helpers/fakeHttp.js';
import { capturedLog, silentLog, tempDir } from '../../helpers/pipeline.js';
import { CHANNEL, ROLE, startDiscordFake, WEBHOOK_ID, WEBHOOK_TOKEN, writes } from './fakeDiscord.js';

let fake: FakeServer | null = null;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  await fake?.close();
  fake = null;
  for (const c of cleanups.splice(0)) c();
});

const envFor = (url: string, extra: Record<string, string> = {}) => ({
  DISCORD_TOKEN: 'test',
  DISCORD_API_URL: `${url}/api`,
  DISCORD_ALERT_CHANNEL: CHANNEL,
  DISCORD_ONCALL_ROLE: ROLE,
  ...extra,
});

async function replaySeeds(env: Record<string, string>): Promise<string[]> {
  const { config, secrets } = applyEnv(defaultConfig(), env);
  const out: string[] = [];
  await runReplay('seeds', { format: 'jsonl', config, secrets, quiet: true, step: '5m', start: '2025-11-04T08:00:00Z', write: (t) => void out.push(t) });
  return out.join('').trim().split('\n');
}

const mentionsOf = (r: Recorded) => (r.json as { allowed_mentions?: { parse: string[]; roles?: string[]; users?: string[] } }).allowed_mentions;

function alert(overrides: Partial<Alert> = {}): Alert {
  return {
    incidentId: 'ML-20251104-080000',
    revision: 1,
    action: 'open',
    country: 'ML',
    severity: 'critical',
    ping: true,
    pingReason: 'open',
    trust: 'reported',
    issuers: [{ issuer: 'US', from: 3, to: 4, signals: ['leave_immediately'], trust: 'reported', evidence: 'The US told its citizens to leave Mali immediately.', sources: ['https://news.example/a'], reports: 1 }],
    signals: ['leave_immediately'],
    sources: ['https://news.example/a'],
    changes: [],
    openedAt: '2025-11-04T08:00:00.000Z',
    updatedAt: '2025-11-04T08:00:00.000Z',
    ackedBy: null,
    ...overrides,
  };
}

function delivery(a: Alert, over: Partial<Delivery> = {}): Delivery {
  return {
    key: `${a.incidentId}:${a.revision}:discord:${CHANNEL}`,
    alert: a,
    channel: CHANNEL,
    ping: a.ping,
    pingTargets: a.ping ? { users: [], groups: [], roles: [ROLE], here: false } : null,
    previous: null,
    attempt: 1,
    ...over,
  };
}

function notifier(url: string, log = silentLog, over: { maxRateLimitWait?: number } = {}) {
  const { config, secrets } = applyEnv(defaultConfig(), envFor(url));
  return createDiscordNotifier({ ...config.discord!, maxRateLimitWait: over.maxRateLimitWait ?? config.discord!.maxRateLimitWait }, secrets, log);
}

describe('Discord notifier against a loopback Discord', () => {
  it('GIVEN the env-only deployment WHEN the seeds are replayed THEN one post in the alert channel, then edits of it and notes in its thread, one role ping, and allowed_mentions limited to that role on every request', async () => {
    fake = await startDiscordFake();
    const lines = await replaySeeds(envFor(fake.url));
    expect(lines.length).toBe(5);

    const all = writes(fake.requests);
    expect(all.every((r) => r.headers.authorization === 'Bot test')).toBe(true);
    const posts = all.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL}/messages`);
    expect(posts).toHaveLength(1);
    const post = posts[0]!;
    const embed = (post.json.embeds as { title: string; color: number; fields: { name: string }[] }[])[0]!;
    expect(embed.title).toContain('Mali');
    expect(embed.color).toBe(0xd32f2f);
    expect(post.json.components).toBeDefined();

    // The posted message's id, as the fake gave it, is what later revisions edit.
    const postedId = fake.requests.indexOf(post);
    expect(postedId).toBe(0);
    const edits = all.filter((r) => r.method === 'PATCH');
    expect(edits).toHaveLength(4);
    const messageId = edits[0]!.path.split('/').pop()!;
    expect(edits.every((r) => r.path === `/api/v10/channels/${CHANNEL}/messages/${messageId}`)).toBe(true);
    const threads = all.filter((r) => r.path.endsWith('/threads'));
    expect(threads).toHaveLength(1);
    expect(threads[0]!.path).toBe(`/api/v10/channels/${CHANNEL}/messages/${messageId}/threads`);
    const notes = all.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${messageId}/messages`);
    expect(notes).toHaveLength(4);
    expect(String(notes.at(-1)!.json.content)).toContain('Revision 5');
    const lastEmbed = (edits.at(-1)!.json.embeds as { fields: { name: string }[] }[])[0]!;
    for (const issuer of ['US', 'GB', 'IT', 'AU', 'DE']) expect(lastEmbed.fields.some((f) => f.name.includes(`(${issuer})`))).toBe(true);

    const pinging = all.filter((r) => String(r.json.content ?? '').includes('<@&'));
    expect(pinging).toHaveLength(1);
    expect(pinging[0]).toBe(post);
    expect(String(post.json.content)).toContain(`<@&${ROLE}>`);
    expect(mentionsOf(post)).toEqual({ parse: [], roles: [ROLE], users: [], replied_user: false });
    // Every message request (posts, edits, thread notes; a thread's creation carries no text).
    const messages = all.filter((r) => !r.path.endsWith('/threads'));
    expect(messages).toHaveLength(1 + 4 + 4);
    for (const r of messages) {
      const m = mentionsOf(r)!;
      expect(m, `${r.method} ${r.path}`).toBeDefined();
      expect(m.parse).toEqual([]);
      expect(m.users ?? []).toEqual([]);
      expect((m.roles ?? []).every((x) => x === ROLE)).toBe(true);
    }
  });

  it('GIVEN webhook mode (a webhook URL, no bot) WHEN the seeds are replayed THEN the webhook posts once and edits that message, without a bot token', async () => {
    fake = await startDiscordFake();
    const lines = await replaySeeds({ DISCORD_WEBHOOK_URL: `${fake.url}/api/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}`, DISCORD_ONCALL_ROLE: ROLE });
    expect(lines.length).toBe(5);
    const all = writes(fake.requests);
    const posts = all.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.path).toBe(`/api/v10/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}?wait=true`);
    expect(String(posts[0]!.json.content)).toContain(`<@&${ROLE}>`);
    expect(posts[0]!.json.components).toEqual([]);
    const edits = all.filter((r) => r.method === 'PATCH');
    expect(edits).toHaveLength(4);
    const id = edits[0]!.path.split('/').pop();
    expect(edits.every((r) => r.path === `/api/v10/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}/messages/${id}`)).toBe(true);
    expect(all.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  it('GIVEN a 429 with Retry-After WHEN an alert is delivered THEN the wait is honoured and the message is posted once', async () => {
    let limited = 0;
    fake = await startDiscordFake((r) =>
      r.method === 'POST' && limited++ === 0 ? { status: 429, headers: { 'retry-after': '0.2', 'x-ratelimit-scope': 'user' }, body: { message: 'You are being rate limited.', retry_after: 0.2, global: false } } : undefined,
    );
    const result = await notifier(fake.url).deliver(delivery(alert()));
    expect(result.ok).toBe(true);
    const posts = fake.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(limited).toBe(2);
  });

  it('GIVEN a server that always answers 429 WHEN the pipeline delivers THEN the attempt gives up after a bounded number of tries and the alert stays in the outbox', async () => {
    fake = await startDiscordFake((r) =>
      r.method === 'POST' ? { status: 429, headers: { 'retry-after': '0.1' }, body: { message: 'You are being rate limited.', retry_after: 0.1, global: false } } : undefined,
    );
    const { dir, cleanup } = tempDir('aw-discord-');
    cleanups.push(cleanup);
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    copyFileSync('seeds/000_a707455ac4747570.txt', join(docs, '000.txt'));
    const { config, secrets } = applyEnv(defaultConfig(), envFor(fake.url));
    config.discord = { ...config.discord!, maxRateLimitWait: 400 };
    config.operators = [];
    const clock = new ManualClock('2025-11-04T08:00:00Z');
    const source = await ReplaySource.open(docs);
    const app = await createApp({ config, secrets, clock, dbPath: join(dir, 'db.sqlite'), log: silentLog, sources: [source], alertOnFirstPoll: true, consoleWrite: () => {} });
    try {
      await pollSource(source, app.pollDeps, { force: true });
      clock.advance(120_000);
      await app.tick();
      const counts = await app.store.outboxCounts();
      expect(counts.pending).toBeGreaterThanOrEqual(1);
      expect(counts.delivered).toBe(0);
      const discordPosts = fake.requests.filter((r) => r.method === 'POST');
      expect(discordPosts.length).toBeGreaterThanOrEqual(2);
      expect(discordPosts.length).toBeLessThanOrEqual(6);
    } finally {
      await app.stop({ drainMs: 0 });
    }
  }, 20_000);

  it('GIVEN feed text with @everyone and <@&123> WHEN delivered THEN only the configured role may be mentioned and the text shows the mentions inert', async () => {
    fake = await startDiscordFake();
    const evidence = '@everyone and @here: <@&123> says **leave** [now](http://evil.example) <@456>';
    const a = alert({ issuers: [{ ...alert().issuers[0]!, evidence }] });
    const result = await notifier(fake.url).deliver(delivery(a));
    expect(result.ok).toBe(true);
    const post = writes(fake.requests)[0]!;
    expect(mentionsOf(post)).toEqual({ parse: [], roles: [ROLE], users: [], replied_user: false });
    expect(String(post.json.content)).not.toContain('123');
    expect(String(post.json.content)).not.toContain('everyone');
    const desc = (post.json.embeds as { description: string }[])[0]!.description;
    expect(desc).toContain('@\u200beveryone');
    expect(desc).toContain('@\u200bhere');
    expect(desc).toContain('\\<@&123\\>');
    expect(desc).toContain('\\*\\*leave\\*\\*');
    expect(desc).toContain('\\[now\\]');

    // Without a ping, nothing at all may be mentioned.
    await notifier(fake.url).deliver(delivery(alert({ ping: false, pingReason: null, issuers: [{ ...alert().issuers[0]!, evidence }] })));
    expect(mentionsOf(writes(fake.requests)[1]!)).toEqual({ parse: [], roles: [], users: [], replied_user: false });
  });

  it('GIVEN a channel the bot may not post in (403) WHEN the pipeline delivers THEN the delivery is refused for good with a clear log line and the operators get a notice', async () => {
    const OPS = '999999999999999999';
    fake = await startDiscordFake((r) =>
      r.path === `/api/v10/channels/${CHANNEL}/messages` ? { status: 403, body: { message: 'Missing Permissions', code: 50013 } } : undefined,
    );
    const { dir, cleanup } = tempDir('aw-discord-');
    cleanups.push(cleanup);
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    copyFileSync('seeds/000_a707455ac4747570.txt', join(docs, '000.txt'));
    const { config, secrets } = applyEnv(defaultConfig(), envFor(fake.url));
    config.operators = [{ notifier: 'discord', channel: OPS }];
    const clock = new ManualClock('2025-11-04T08:00:00Z');
    const source = await ReplaySource.open(docs);
    const cap = capturedLog();
    const app = await createApp({ config, secrets, clock, dbPath: join(dir, 'db.sqlite'), log: cap.log, sources: [source], alertOnFirstPoll: true, consoleWrite: () => {} });
    try {
      await pollSource(source, app.pollDeps, { force: true });
      clock.advance(120_000);
      await app.tick();
      await app.tick();
      expect((await app.store.outboxCounts()).rejected).toBe(1);
      const refusal = cap.lines().find((l) => l.code === 'discord_forbidden' && l.component === 'discord');
      expect(refusal?.msg).toMatch(/Discord refused .*lacks access or permission/);
      const notice = writes(fake.requests).find((r) => r.path === `/api/v10/channels/${OPS}/messages`);
      expect(notice).toBeDefined();
      expect((notice!.json.embeds as { title: string }[])[0]!.title).toContain('could not be delivered');
      expect(mentionsOf(notice!)).toEqual({ parse: [], roles: [], users: [], replied_user: false });
    } finally {
      await app.stop({ drainMs: 0 });
    }
  });

  it('GIVEN a resolution WHEN delivered THEN the stored message is edited to resolved and the thread says so, pinging no one', async () => {
    fake = await startDiscordFake();
    const a = alert({ revision: 6, action: 'resolve', ping: false, pingReason: null, changes: ['US: Leave immediately lifted'] });
    const result = await notifier(fake.url).deliver(delivery(a, { previous: { channel: CHANNEL, message: '123456789012345678', thread: '123456789012345678' } }));
    expect(result).toEqual({ ok: true, ref: { channel: CHANNEL, message: '123456789012345678', thread: '123456789012345678' } });
    const [edit, note] = writes(fake.requests);
    expect(edit!.method).toBe('PATCH');
    expect(edit!.path).toBe(`/api/v10/channels/${CHANNEL}/messages/123456789012345678`);
    const embed = (edit!.json.embeds as { title: string; color: number }[])[0]!;
    expect(embed.title).toContain('resolved');
    expect(embed.color).toBe(0x388e3c);
    expect((edit!.json.components as { components: { label: string }[] }[])[0]!.components.map((b) => b.label)).toEqual(['Status']);
    expect(note!.path).toBe('/api/v10/channels/123456789012345678/messages');
    expect(String(note!.json.content)).toContain('Resolved');
    expect(mentionsOf(note!)).toEqual({ parse: [], roles: [], users: [], replied_user: false });
  });

  it('GIVEN the stored message was deleted (unknown message) WHEN a revision is delivered THEN the incident is posted afresh', async () => {
    fake = await startDiscordFake((r) => (r.method === 'PATCH' ? { status: 404, body: { message: 'Unknown Message', code: 10008 } } : undefined));
    const a = alert({ revision: 2, action: 'update', ping: false, pingReason: null, changes: ['GB: Leave immediately'] });
    const result = await notifier(fake.url).deliver(delivery(a, { previous: { channel: CHANNEL, message: '123456789012345678' } }));
    expect(result.ok).toBe(true);
    expect(fake.requests.map((r) => r.method)).toEqual(['PATCH', 'POST']);
    expect(result.ok && result.ref?.message).toMatch(/^\d+$/);
  });
});
