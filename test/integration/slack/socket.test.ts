/**
 * Socket Mode smoke test through the composition root: the environment alone (bot token, app
 * token, API URL) turns on the Slack app over Socket Mode; `start` connects it to a loopback
 * WebSocket, a slash command envelope is answered in its ack frame, and `stop` waits for the close
 * handshake (platform-notes §2c) before the fake goes away.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { applyEnv } from '../../../src/config/env.js';
import { defaultConfig } from '../../../src/config/load.js';
import { type App, createApp } from '../../../src/main.js';
import { ManualClock } from '../../../src/pipeline/clock.js';
import { processItem } from '../../../src/pipeline/process.js';
import { finding, item, silentLog } from '../../helpers/pipeline.js';
import { type SlackFake, startSlackFake } from './slackFake.js';

describe('Slack Socket Mode', () => {
  let api: SlackFake | undefined;
  let wss: WebSocketServer | undefined;
  let app: App | undefined;

  afterEach(async () => {
    await app?.stop({ drainMs: 0 });
    await new Promise<void>((r) => (wss ? wss.close(() => r()) : r()));
    await api?.close();
  });

  it('GIVEN only SLACK_BOT_TOKEN, SLACK_APP_TOKEN and SLACK_API_URL WHEN the app starts and a slash command arrives over the socket THEN its ack frame carries the answer and stop ends cleanly', async () => {
    wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((r) => wss!.once('listening', () => r()));
    const wsUrl = `ws://127.0.0.1:${(wss.address() as { port: number }).port}/`;
    api = await startSlackFake();
    api.script('apps.connections.open', (c) => (c.headers.authorization === 'Bearer xapp-test' ? { body: { ok: true, url: wsUrl } } : { body: { ok: false, error: 'invalid_auth' } }));
    const connected = new Promise<WebSocket>((r) => wss!.once('connection', (ws) => r(ws)));

    const { config, secrets } = applyEnv(defaultConfig(), { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: api.apiUrl });
    expect(config.slack?.transport).toBe('socket');
    const clock = new ManualClock('2025-11-20T12:00:00Z');
    app = await createApp({ config, secrets, clock, dbPath: ':memory:', log: silentLog, sources: [] });
    await processItem(app.store, item('a'), [finding('ML', 'US', ['leave_immediately'])], { sourceId: 'news', baseline: false, now: clock.now(), groupWindowMs: 0 });
    app.start();

    const ws = await connected;
    const frames: unknown[] = [];
    const acked = new Promise<void>((r) =>
      ws.on('message', (data) => {
        frames.push(JSON.parse(String(data)));
        r();
      }),
    );
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1' } }));
    ws.send(
      JSON.stringify({
        envelope_id: 'e1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: {
          command: '/advisory',
          text: 'status mali',
          user_id: 'U1',
          user_name: 'alice',
          channel_id: 'C1',
          team_id: 'T1',
          response_url: `${api.fake.url}/response/1`,
          trigger_id: 't',
          api_app_id: 'A1',
        },
      }),
    );
    await acked;
    expect(frames[0]).toMatchObject({ envelope_id: 'e1', payload: { response_type: 'in_channel', text: expect.stringContaining('Mali') } });
    expect(api.of('apps.connections.open')).toHaveLength(1);

    await app.stop({ drainMs: 0 });
    app = undefined;
    expect(ws.readyState).toBeGreaterThanOrEqual(2); // closing or closed: the client hung up first
  }, 20_000);
});
