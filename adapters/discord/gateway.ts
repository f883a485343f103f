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
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(this.opts.token);
    await ready;
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
    await Promise.allSettled([...this.pending]);
    const c = this.client;
    this.client = null;
    if (c) await c.destroy();
  }
}
