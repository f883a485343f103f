import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { GatewayInbound } from '../../../adapters/discord/gateway.js';
import { createRest } from '../../../adapters/discord/rest.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import { systemClock } from '../../../src/pipeline/clock.js';
import type { Store } from '../../../src/store/port.js';
import type { FakeServer } from '../../helpers/fakeHttp.js';
import { silentLog } from '../../helpers/pipeline.js';
import { startDiscordFake } from './fakeDiscord.js';
import { APP_ID, command } from './interactionFixtures.js';

/** The smallest Discord gateway: HELLO, READY on IDENTIFY, ACK on heartbeat; `dispatch` sends events. */
async function startGateway() {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((ok) => wss.once('listening', () => ok()));
  const sockets: WebSocket[] = [];
  let seq = 0;
  const send = (ws: WebSocket, msg: unknown) => ws.send(JSON.stringify(msg));
  const identified = new Promise<WebSocket>((resolve) => {
    wss.on('connection', (ws) => {
      sockets.push(ws);
      send(ws, { op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null });
      ws.on('message', (raw) => {
        const msg = JSON.parse(String(raw)) as { op: number };
        if (msg.op === 1) send(ws, { op: 11, d: null, s: null, t: null });
        if (msg.op === 2) {
          send(ws, {
            op: 0,
            t: 'READY',
            s: ++seq,
            d: {
              v: 10,
              user: { id: '444444444444444444', username: 'advisory-watch', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0, verified: true, mfa_enabled: false },
              guilds: [],
              session_id: 'session-1',
              resume_gateway_url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
              shard: [0, 1],
              application: { id: APP_ID, flags: 0 },
              user_settings: {},
              relationships: [],
              private_channels: [],
              presences: [],
              guild_join_requests: [],
              geo_ordered_rtc_regions: [],
              auth: {},
            },
          });
          resolve(ws);
        }
      });
    });
  });
  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    identified,
    dispatch: (ws: WebSocket, t: string, d: unknown) => send(ws, { op: 0, t, s: ++seq, d }),
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.terminate();
        wss.close(() => ok());
      }),
  };
}

let fake: FakeServer | null = null;
let gateway: Awaited<ReturnType<typeof startGateway>> | null = null;
let store: Store | null = null;
let inbound: GatewayInbound | null = null;
afterEach(async () => {
  await inbound?.stop();
  await gateway?.close();
  await fake?.close();
  await store?.close();
  inbound = null;
});

describe('Discord gateway path (discord.js Client against a local WebSocket)', () => {
  it('GIVEN a gateway INTERACTION_CREATE for /advisory help WHEN the client is connected THEN the same handlers answer through the interaction callback', async () => {
    gateway = await startGateway();
    const gw = gateway;
    fake = await startDiscordFake((r) =>
      r.method === 'GET' && r.path.startsWith('/api/v10/gateway/bot')
        ? { body: { url: gw.url, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } } }
        : undefined,
    );
    store = openSqliteStore(':memory:');
    const api = `${fake.url}/api`;
    inbound = new GatewayInbound(
      { token: 'test', api, timeoutMs: 2_000 },
      {
        store,
        clock: systemClock,
        log: silentLog,
        rest: createRest({ api, token: 'test', timeoutMs: 2_000, maxRateLimitWaitMs: 1_000 }),
        countryCommands: {},
        managerRoles: [],
        deferAfterMs: 2_000,
      },
    );
    await inbound.start();
    const ws = await gateway.identified;
    const interaction = command('advisory', 'help');
    gateway.dispatch(ws, 'INTERACTION_CREATE', interaction);
    const path = `/api/v10/interactions/${interaction.id}/${interaction.token}/callback`;
    await expect.poll(() => fake!.requests.find((r) => r.path.startsWith(path)), { timeout: 5_000 }).toBeDefined();
    const callback = fake.requests.find((r) => r.path.startsWith(path))!;
    const body = callback.json as { type: number; data: { flags: number; embeds: { title: string; description: string }[] } };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds[0]!.title).toBe('advisory-watch commands');
    expect(body.data.embeds[0]!.description).toContain('status \\<country\\>'); // escaped: Discord shows <country>
    expect(callback.headers.authorization).toBeUndefined();
  });
});
