import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRest } from '../../../adapters/discord/rest.js';
import { type InteractionDeps, InteractionsEndpoint } from '../../../adapters/discord/interactions.js';
import { type CommandContext, type CommandReply, handleCommand } from '../../../src/commands/handlers.js';
import { applyEnv } from '../../../src/config/env.js';
import { defaultConfig } from '../../../src/config/load.js';
import { type App, createApp } from '../../../src/main.js';
import { ManualClock, systemClock } from '../../../src/pipeline/clock.js';
import { pollSource } from '../../../src/pipeline/poll.js';
import { ReplaySource } from '../../../src/sources/replay.js';
import type { Store } from '../../../src/store/port.js';
import type { FakeServer } from '../../helpers/fakeHttp.js';
import { silentLog, tempDir } from '../../helpers/pipeline.js';
import { CHANNEL, startDiscordFake } from './fakeDiscord.js';
import { APP_ID, autocomplete, button, CMD_CHANNEL, command, keypair, PERMS_MANAGER, ping, signed, USER } from './interactionFixtures.js';

const MANAGER_ROLE = '121212121212121212';
const keys = keypair();
let fake: FakeServer;
let app: App;
let endpoint: InteractionsEndpoint;
let url: string;
let cleanup: () => void;
/** What the adapter received from the neutral handlers, with the text it asked. */
const received: { text: string; ctx: CommandContext; reply: CommandReply }[] = [];
let slowMs = 0;

beforeAll(async () => {
  fake = await startDiscordFake();
  const tmp = tempDir('aw-discord-int-');
  cleanup = tmp.cleanup;
  const { config, secrets } = applyEnv(defaultConfig(), {
    DISCORD_TOKEN: 'test',
    DISCORD_API_URL: `${fake.url}/api`,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_ALERT_CHANNEL: CHANNEL,
  });
  config.discord = { ...config.discord!, host: '127.0.0.1', port: 0, countryCommands: { mali: 'ML' }, managerRoles: [MANAGER_ROLE], deferAfter: 1_000 };
  const clock = new ManualClock('2025-11-04T08:00:00Z');
  const source = await ReplaySource.open('seeds');
  app = await createApp({ config, secrets, clock, dbPath: `${tmp.dir}/db.sqlite`, log: silentLog, sources: [source], alertOnFirstPoll: true, consoleWrite: () => {} });
  for (let i = 0; i < source.steps; i++) {
    source.step = i;
    await pollSource(source, app.pollDeps, { force: true });
    clock.advance(300_000);
  }
  const deps: InteractionDeps = {
    store: app.store,
    clock: systemClock,
    log: silentLog,
    rest: createRest({ api: `${fake.url}/api`, token: 'test', timeoutMs: 2_000, maxRateLimitWaitMs: 1_000 }),
    countryCommands: config.discord.countryCommands,
    managerRoles: [MANAGER_ROLE],
    deferAfterMs: 300,
    handle: async (store: Store, text: string, ctx: CommandContext) => {
      if (slowMs) await new Promise((r) => setTimeout(r, slowMs));
      const reply = await handleCommand(store, text, ctx);
      received.push({ text, ctx, reply });
      return reply;
    },
  };
  endpoint = new InteractionsEndpoint({ host: '127.0.0.1', port: 0, path: '/discord/interactions', publicKeyHex: keys.publicKeyHex, maxSkewMs: 300_000 }, deps);
  await endpoint.start();
  url = endpoint.url();
});

afterAll(async () => {
  await endpoint?.stop();
  await app?.stop({ drainMs: 0 });
  await fake?.close();
  cleanup?.();
});

async function post(body: unknown, opts: { ts?: number; tamper?: boolean; headers?: Record<string, string> } = {}) {
  const s = signed(keys.privateKey, body, opts.ts);
  const raw = opts.tamper ? s.raw.replace('status', 'silence') : s.raw;
  const res = await fetch(url, { method: 'POST', body: raw, headers: opts.headers ?? s.headers });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as { type: number; data?: Record<string, unknown> }) : null };
}

type Embed = { title: string; description?: string };
const embedOf = (r: { json: { data?: Record<string, unknown> } | null }) => (r.json?.data?.embeds as Embed[])[0]!;

describe('Discord HTTP interactions endpoint (real Ed25519 signatures)', () => {
  it('GIVEN a signed PING THEN it answers PONG', async () => {
    const r = await post(ping());
    expect(r).toEqual({ status: 200, json: { type: 1 } });
  });

  it('GIVEN a signed /advisory status mali THEN it answers with the country’s facts from the store', async () => {
    const r = await post(command('advisory', 'status', [{ name: 'country', type: 3, value: 'mali' }]));
    expect(r.status).toBe(200);
    expect(r.json?.type).toBe(4);
    const embed = embedOf(r);
    expect(embed.title).toContain('Mali (ML)');
    expect(embed.description).toContain('Open incident ML-');
    expect(received.at(-1)?.text).toBe('status mali');
    expect(received.at(-1)?.ctx).toMatchObject({ notifier: 'discord', channel: CMD_CHANNEL, user: { id: USER, display: 'Jane Ops', canManage: false } });
  });

  it('GIVEN the per-country command /mali status THEN the country comes from the command', async () => {
    const r = await post(command('mali', 'status'));
    expect(embedOf(r).title).toContain('Mali (ML)');
    expect(received.at(-1)).toMatchObject({ text: 'status', ctx: { country: 'ML' } });
  });

  it('GIVEN an autocomplete on the country option THEN the closest countries are offered with their codes', async () => {
    const r = await post(autocomplete('advisory', 'status', [{ name: 'country', type: 3, value: 'mla', focused: true }]));
    expect(r.json?.type).toBe(8);
    const choices = r.json?.data?.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices).toContainEqual({ name: 'Mali (ML)', value: 'ML' });
  });

  it('GIVEN an empty autocomplete THEN countries with open incidents are offered', async () => {
    const r = await post(autocomplete('advisory', 'history', [{ name: 'country', type: 3, value: '', focused: true }]));
    expect(r.json?.data?.choices).toContainEqual({ name: 'Mali (ML)', value: 'ML' });
  });

  it('GIVEN the Acknowledge button THEN the incident is acknowledged by that person', async () => {
    const open = await app.store.getOpenIncident('ML');
    const r = await post(button(`aw:ack:${open!.id}`));
    expect(r.json?.type).toBe(4);
    expect(embedOf(r).title).toBe(`Incident ${open!.id} acknowledged by Jane Ops.`);
    expect((await app.store.getIncident(open!.id))?.ackedBy).toBe('Jane Ops');
  });

  it('GIVEN the Status and Silence 24 h buttons THEN they run status and a 24 h silence (the latter needs Manage Channels)', async () => {
    expect(embedOf(await post(button('aw:status:ML'))).title).toContain('Mali (ML)');
    const refused = await post(button('aw:silence:ML'));
    expect(received.at(-1)?.reply.code).toBe('forbidden');
    expect(refused.json?.data?.flags).toBe(64);
    const done = await post(button('aw:silence:ML', { permissions: PERMS_MANAGER }));
    expect(embedOf(done).title).toMatch(/^Silenced Mali \(ML\) in this channel for 1d/);
  });

  it('GIVEN subscribe WHEN the member has a configured manager role THEN the channel is subscribed, with the role mention as the ping', async () => {
    const role = '131313131313131313';
    const r = await post(
      command('advisory', 'subscribe', [{ name: 'targets', type: 3, value: 'mali, niger' }, { name: 'severity', type: 3, value: 'high' }, { name: 'ping', type: 9, value: role }], { roles: [MANAGER_ROLE] }, {
        roles: { [role]: { id: role, name: 'oncall', color: 0, hoist: false, position: 1, permissions: '0', managed: false, mentionable: true, flags: 0 } },
      }),
    );
    expect(received.at(-1)?.text).toBe(`subscribe mali, niger high ping <@&${role}>`);
    expect(embedOf(r).title).toBe('Subscribed.');
    const sub = (await app.store.listSubscriptions()).find((s) => s.channel === CMD_CHANNEL && s.notifier === 'discord');
    expect(sub).toMatchObject({ countries: ['ML', 'NE'], minSeverity: 'high', ping: { roles: [role] } });
  });

  it('GIVEN a slow answer THEN it defers at once and then edits the original response', async () => {
    slowMs = 600;
    try {
      const before = fake.requests.length;
      const r = await post(command('advisory', 'history', [{ name: 'country', type: 3, value: 'ML' }]));
      expect(r.json).toEqual({ type: 5, data: {} });
      await expect.poll(() => fake.requests.slice(before).find((q) => q.method === 'PATCH'), { timeout: 5_000 }).toBeDefined();
      const edit = fake.requests.slice(before).find((q) => q.method === 'PATCH')!;
      expect(edit.path).toMatch(new RegExp(`^/api/v10/webhooks/${APP_ID}/[^/]+/messages/(@|%40)original$`)); // discord.js encodes the @
      expect(((edit.json as { embeds: Embed[] }).embeds[0]!).title).toBe('Latest changes for Mali (ML)');
      expect(edit.headers.authorization).toBeUndefined();
    } finally {
      slowMs = 0;
    }
  });

  it('GIVEN a tampered body, a stale timestamp, a wrong key or no signature THEN 401', async () => {
    const body = command('advisory', 'status', [{ name: 'country', type: 3, value: 'mali' }]);
    expect((await post(body, { tamper: true })).status).toBe(401);
    expect((await post(body, { ts: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
    const other = keypair();
    const s = signed(other.privateKey, body);
    expect((await fetch(url, { method: 'POST', body: s.raw, headers: s.headers })).status).toBe(401);
    expect((await post(body, { headers: { 'content-type': 'application/json' } })).status).toBe(401);
  });

  it('GIVEN the composition root THEN its own Discord endpoint starts (as `start` starts it) and answers a signed PING', async () => {
    const own = app.inbound.find((i) => i.name === 'discord-interactions') as InteractionsEndpoint | undefined;
    expect(own).toBeDefined();
    await own!.start();
    try {
      const s = signed(keys.privateKey, ping());
      const res = await fetch(own!.url(), { method: 'POST', body: s.raw, headers: s.headers });
      expect(await res.json()).toEqual({ type: 1 });
    } finally {
      await own!.stop();
    }
  });
});

describe('parity: the same question on Slack and Discord', () => {
  it('GIVEN /advisory status mali on Discord and on Slack THEN the neutral replies carry the same facts', async () => {
    await post(command('advisory', 'status', [{ name: 'country', type: 3, value: 'mali' }]));
    const discord = received.at(-1)!;
    expect(discord.text).toBe('status mali');
    // Slack's adapter hands its command text to the same neutral handler (`/advisory status mali`).
    const slack = await handleCommand(app.store, 'status mali', { notifier: 'slack', channel: 'C0123', user: { id: 'U1', display: 'jane', canManage: false }, now: new Date() });
    expect(discord.reply).toEqual(slack);
    expect(discord.reply.status?.issuers.map((s) => s.issuer)).toEqual(expect.arrayContaining(['AU', 'DE', 'GB', 'IT', 'US']));
  });
});
