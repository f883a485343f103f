/**
 * The gateway path, for deployments without a public URL: a discord.js Client receives
 * INTERACTION_CREATE over the WebSocket and hands the raw payload to the same `answerInteraction`
 * as the HTTP endpoint; the initial response goes to POST /interactions/{id}/{token}/callback.
 */
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, Routes } from 'discord.js';
import type { APIInteraction } from 'discord-api-types/v10';
import { describeError } from '../../src/errors.js';
import { answerInteraction, type InteractionDeps } from './interactions.js';

export interface GatewayOptions {
  token: string;
  api: string;
  timeoutMs: number;
}

export class GatewayInbound {
  readonly name = 'discord-gateway';
  private client: Client | null = null;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly opts: GatewayOptions,
    private readonly deps: InteractionDeps,
  ) {}

  async start(): Promise<void> {
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: this.opts.api, timeout: this.opts.timeoutMs, retries: 1 } });
    this.client = client;
    const log = this.deps.log;
    client.on(Events.Error, (err) => log.error({ code: 'discord_gateway_error', err: err.message }, 'Discord gateway error'));
    client.on(Events.Warn, (msg) => log.warn({ code: 'discord_gateway_warning' }, msg));
    client.on(Events.ShardDisconnect, (_e, shard) => log.warn({ shard }, 'Discord gateway disconnected'));
    client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: APIInteraction) => {
      const p = this.onInteraction(client, data).finally(() => this.pending.delete(p));
      this.pending.add(p);
    });
    let timer: NodeJS.Timeout | undefined;
    const ready = new Promise<void>((resolve, reject) => {
      client.once(Events.ClientReady, () => resolve());
      timer = setTimeout(() => reject(new Error('no READY from the Discord gateway within 30 s')), 30_000);
    });
    try {
      await client.login(this.opts.token);
      await ready;
    } catch (err) {
      await client.destroy().catch(() => undefined);
      this.client = null;
      throw err;
    } finally {
      clearTimeout(timer);
    }
    log.info({ user: client.user?.tag }, 'Discord gateway connected');
  }

  private async onInteraction(client: Client, i: APIInteraction): Promise<void> {
    try {
      const answer = await answerInteraction(i, this.deps);
      await client.rest.post(Routes.interactionCallback(i.id, i.token), { body: answer.initial, auth: false });
      await answer.followUp?.();
    } catch (err) {
      const { code, message } = describeError(err);
      this.deps.log.error({ code, err: message, interaction: i.id }, 'Discord interaction could not be answered');
    }
  }

  async stop(): Promise<void> {
    await settleWithin([...this.pending], 5_000);
    const c = this.client;
    this.client = null;
    if (c) await c.destroy();
  }
}

/** Waits for the answers in flight, but not forever (a hung handler must not block shutdown). */
export async function settleWithin(pending: Promise<unknown>[], ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.allSettled(pending), new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}
