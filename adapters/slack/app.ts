/**
 * The inbound Slack app (Bolt): the main slash command (`/advisory …`), per-country commands
 * (`/mali status`) and the alert's buttons (Acknowledge, Silence 24 h, Status), all through the
 * platform-neutral command handlers. Two transports, chosen in config: the HTTP receiver (request
 * signatures verified, stale timestamps refused with 401 by Bolt) or Socket Mode (no public URL).
 *
 * Every request is acknowledged within Slack's 3 seconds: a reply ready in time goes in the ack;
 * otherwise the ack is empty and the reply follows through `response_url` (respond()).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type RespondArguments, SocketModeReceiver } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import { type CommandContext, type CommandReply, handleCommand } from '../../src/commands/handlers.js';
import type { SlackConfig } from '../../src/config/slack.js';
import type { Clock } from '../../src/pipeline/clock.js';
import type { Store } from '../../src/store/port.js';
import { type ClientSettings, clientOptions, failureOf, slackLogger } from './client.js';
import { Permissions } from './permissions.js';
import { ACTIONS, renderReply } from './render.js';

export interface SlackInboundOptions {
  config: SlackConfig;
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  store: Store;
  clock: Clock;
  log: Logger;
  /** How long a command may take before the ack goes out empty and the reply follows (default 2 s). */
  ackDeadlineMs?: number;
  /** Web API client settings override (tests: fast retries). */
  client?: Partial<ClientSettings>;
}

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<{ done: true; value: T } | { done: false }> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ done: false }>((r) => {
    timer = setTimeout(() => r({ done: false }), ms);
  });
  return Promise.race([p.then((value) => ({ done: true as const, value })), late]).finally(() => clearTimeout(timer));
};

const failureReply = (): CommandReply => ({
  ok: false,
  ephemeral: true,
  title: 'Sorry, something went wrong while answering. The operators have the details in the logs.',
  sections: [],
  code: 'internal_error',
});

/** The Slack app as an inbound interface of the composition root (started and stopped with it). */
export class SlackInbound {
  readonly name = 'slack';
  private app: App | null = null;
  private server: Server | null = null;
  private socket: SocketModeReceiver | null = null;
  private readonly log: Logger;

  constructor(private readonly opts: SlackInboundOptions) {
    this.log = opts.log.child({ component: 'slack-app' });
    const t = opts.config.transport;
    if (t === 'http' && !opts.signingSecret) throw new Error('the Slack HTTP transport needs SLACK_SIGNING_SECRET');
    if (t === 'socket' && !opts.appToken) throw new Error('Slack Socket Mode needs SLACK_APP_TOKEN (xapp-…)');
  }

  /** The bound HTTP port (HTTP transport, once started). */
  get port(): number | null {
    const a = this.server?.address();
    return a && typeof a === 'object' ? (a as AddressInfo).port : null;
  }

  async start(): Promise<void> {
    const { config, botToken } = this.opts;
    const sdkLog = slackLogger(this.log);
    const settings: ClientSettings = { apiUrl: config.apiUrl, timeoutMs: config.timeout, retries: config.retries, ...this.opts.client };
    const client = clientOptions(settings, this.log);
    // Bolt's own calls (ack through response_url, auth.test) may wait on a 429 like a person would.
    client.rejectRateLimitedCalls = false;
    // Check the token ourselves: Bolt's own check at construction rejects unhandled (a crash) on a bad token.
    const who = await new WebClient(botToken, client).auth.test().catch((err: unknown) => {
      throw new Error(`Slack did not accept SLACK_BOT_TOKEN: ${failureOf(err).error}`);
    });
    const identity = { token: botToken, ...(who.bot_id ? { botId: who.bot_id } : {}), ...(who.user_id ? { botUserId: who.user_id } : {}) };
    let app: App;
    if (config.transport === 'socket') {
      this.socket = new SocketModeReceiver({ appToken: this.opts.appToken!, logger: sdkLog, installerOptions: { clientOptions: client } });
      app = new App({ ...identity, receiver: this.socket, clientOptions: client, logger: sdkLog });
    } else {
      const receiver = new HTTPReceiver({ signingSecret: this.opts.signingSecret!, endpoints: config.path, logger: sdkLog });
      app = new App({ ...identity, receiver, clientOptions: client, logger: sdkLog });
    }
    this.register(app);
    this.app = app;
    if (config.transport === 'socket') {
      await app.start();
      this.log.info('Slack app connected (Socket Mode)');
    } else {
      this.server = (await app.start({ port: config.port, host: config.host })) as Server;
      this.log.info({ port: this.port, path: config.path }, 'Slack app listening');
    }
  }

  async stop(): Promise<void> {
    const app = this.app;
    if (!app) return;
    this.app = null;
    if (this.socket) {
      // app.stop() resolves before the WebSocket close handshake ends; wait for it (platform-notes §2c).
      const sm = this.socket.client;
      const gone = new Promise<void>((r) => {
        const t = setTimeout(r, 5_000);
        sm.once('disconnected', () => {
          clearTimeout(t);
          r();
        });
      });
      await app.stop();
      await gone;
      this.socket = null;
    } else {
      await app.stop();
      this.server = null;
    }
  }

  private register(app: App): void {
    const { config } = this.opts;
    const perms = new Permissions(app.client, config.managers, this.log);
    const deadline = this.opts.ackDeadlineMs ?? 2_000;

    const answer = async (text: string, base: { channel: string; userId: string; userName: string; country?: string }): Promise<CommandReply> => {
      const ctx: CommandContext = {
        notifier: 'slack',
        channel: base.channel,
        user: { id: base.userId, display: base.userName || base.userId, canManage: await perms.canManage(base.userId) },
        now: this.opts.clock.now(),
        ...(base.country ? { country: base.country } : {}),
      };
      const reply = await handleCommand(this.opts.store, text, ctx);
      this.log.info({ channel: base.channel, user: base.userId, command: text.split(/\s+/)[0] || (base.country ? 'status' : 'help'), ok: reply.ok, code: reply.code }, 'command answered');
      return reply;
    };
    const safe = (p: Promise<CommandReply>): Promise<CommandReply> =>
      p.catch((err: Error) => {
        this.log.error({ code: 'command_failed', err: err.message }, 'command failed');
        return failureReply();
      });

    const commands: [string, string | undefined][] = [[config.command, undefined], ...Object.entries(config.countryCommands)];
    for (const [name, country] of commands) {
      app.command(name, async ({ command, ack, respond }) => {
        const work = safe(answer(command.text ?? '', { channel: command.channel_id, userId: command.user_id, userName: command.user_name, ...(country ? { country } : {}) }));
        const quick = await withTimeout(work, deadline);
        if (quick.done) {
          await ack(toSlack(quick.value));
          return;
        }
        await ack();
        await respond(toSlack(await work));
      });
    }

    app.action(new RegExp(`^(?:${Object.values(ACTIONS).join('|')})$`), async ({ ack, body, action, respond }) => {
      await ack();
      if (body.type !== 'block_actions' || action.type !== 'button') return;
      const { action_id: id, value = '' } = action as { action_id: string; value?: string };
      const text = id === ACTIONS.ack ? `ack ${value}` : id === ACTIONS.silence ? `silence ${value} 24h` : `status ${value}`;
      const channel = body.channel?.id ?? body.container?.channel_id ?? '';
      const user = body.user as { id: string; username?: string; name?: string };
      const reply = await safe(answer(text, { channel, userId: user.id, userName: user.username ?? user.name ?? user.id }));
      // Button answers go to the person who pressed: the alert itself is edited for everyone.
      await respond({ ...toSlack(reply), response_type: 'ephemeral', replace_original: false });
    });

    app.error(async (err) => {
      this.log.error({ code: 'slack_app_error', err: err.message }, 'Slack app error');
    });
  }
}

function toSlack(reply: CommandReply): RespondArguments {
  const r = renderReply(reply);
  return { response_type: r.response_type, text: r.text, blocks: r.blocks } as unknown as RespondArguments;
}
