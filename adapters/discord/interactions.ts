/**
 * Discord interactions: slash commands, autocomplete and buttons, answered by the platform-neutral
 * command handlers. `answerInteraction` is transport-free (a raw interaction in, the initial
 * response out, plus an optional follow-up that edits the original response when the answer was
 * slow and had to be deferred); the HTTP endpoint (Ed25519-verified with node:crypto) and the
 * gateway client both feed it.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type REST, Routes } from 'discord.js';
import type {
  APIApplicationCommandOptionChoice,
  APIEmbed,
  APIInteraction,
  APIInteractionResponse,
  APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { Logger } from 'pino';
import { type CommandContext, type CommandReply, handleCommand } from '../../src/commands/handlers.js';
import { displayCountry, resolveCountry, suggestCountryNames } from '../../src/commands/country.js';
import { ConfigError, describeError } from '../../src/errors.js';
import type { Clock } from '../../src/pipeline/clock.js';
import type { Store } from '../../src/store/port.js';
import { commandText, isCountryOption, MAIN_COMMAND, readOptions } from './commands.js';
import { BUTTON, COLORS, cut, escapeText, LIMITS, NO_MENTIONS } from './render.js';

// InteractionType: Ping 1, ApplicationCommand 2, MessageComponent 3, Autocomplete 4.
// InteractionResponseType: Pong 1, ChannelMessageWithSource 4, DeferredChannelMessageWithSource 5, AutocompleteResult 8.
const EPHEMERAL = 64;
/** Permission bits: Administrator, Manage Channels. */
const ADMINISTRATOR = 1n << 3n;
const MANAGE_CHANNELS = 1n << 4n;

export interface InteractionDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  /** For deferred answers: PATCH /webhooks/{application}/{token}/messages/@original. */
  rest: REST;
  /** Per-country command name → ISO code. */
  countryCommands: Record<string, string>;
  managerRoles: string[];
  /** A command slower than this is deferred (Discord wants an answer within 3 s). */
  deferAfterMs: number;
  /** The neutral handler (tests wrap it to see what the adapter received). */
  handle?: (store: Store, text: string, ctx: CommandContext) => Promise<CommandReply>;
}

export interface Answer {
  initial: APIInteractionResponse;
  /** Run after the initial response was sent: edits the deferred response with the real answer. */
  followUp?: () => Promise<void>;
}

/** Answers one interaction. Never throws: a failing handler becomes an ephemeral apology. */
export async function answerInteraction(i: APIInteraction, deps: InteractionDeps): Promise<Answer> {
  const log = deps.log.child({ interaction: i.id, type: i.type });
  if (i.type === 1) return { initial: { type: 1 } };
  if (i.type === 4) return { initial: { type: 8, data: { choices: await autocomplete(i, deps) } } };
  if (i.type !== 2 && i.type !== 3) return { initial: message(notice('This interaction is not supported.')) };

  let text: string;
  let country: string | undefined;
  if (i.type === 2) {
    const data = i.data as { name: string; options?: Parameters<typeof readOptions>[0]; resolved?: Parameters<typeof commandText>[2] };
    country = data.name === MAIN_COMMAND ? undefined : deps.countryCommands[data.name];
    if (data.name !== MAIN_COMMAND && !country) return { initial: message(notice(`The command /${data.name} is not configured here.`)) };
    const { sub, values } = readOptions(data.options);
    text = sub ? commandText(sub, values, data.resolved, country) : 'help';
  } else {
    const id = (i.data as { custom_id: string }).custom_id;
    const btn = buttonCommand(id);
    if (!btn) return { initial: message(notice('This button is not mine.')) };
    text = btn;
  }

  const member = i.member;
  const user = member?.user ?? i.user;
  const ctx: CommandContext = {
    notifier: 'discord',
    channel: i.channel?.id ?? (i as { channel_id?: string }).channel_id ?? '',
    user: { id: user?.id ?? 'unknown', display: member?.nick ?? user?.global_name ?? user?.username ?? 'someone', canManage: canManage(member, deps.managerRoles) },
    now: deps.clock.now(),
    ...(country ? { country } : {}),
  };
  const handle = deps.handle ?? handleCommand;
  log.info({ command: text, user: ctx.user.id, channel: ctx.channel }, 'Discord command');
  const work: Promise<APIInteractionResponseCallbackData> = handle(deps.store, text, ctx).then(
    (reply) => renderReply(reply),
    (err: unknown) => {
      const { code, message: msg } = describeError(err);
      log.error({ code, err: msg, command: text }, 'Discord command failed');
      return notice('Sorry, that failed on my side. The operators can see why in the logs.');
    },
  );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deps.deferAfterMs);
  });
  const first = await Promise.race([work, late]);
  clearTimeout(timer);
  if (first !== 'late') return { initial: message(first) };

  // Slow: defer now (type 5), then edit the original response with the answer.
  const ephemeral = /^(help|list|silences)\b/.test(text);
  log.info({ command: text }, 'Discord command deferred');
  return {
    initial: { type: 5, data: ephemeral ? { flags: EPHEMERAL } : {} },
    followUp: async () => {
      const data = await work;
      try {
        await deps.rest.patch(Routes.webhookMessage(i.application_id, i.token, '@original'), { body: stripFlags(data), auth: false });
      } catch (err) {
        const { code, message: msg } = describeError(err);
        log.error({ code, err: msg }, 'Discord deferred answer could not be sent');
      }
    },
  };
}

function message(data: APIInteractionResponseCallbackData): APIInteractionResponse {
  return { type: 4, data };
}

function stripFlags(d: APIInteractionResponseCallbackData): APIInteractionResponseCallbackData {
  const { flags: _flags, ...rest } = d;
  return rest;
}

function notice(text: string): APIInteractionResponseCallbackData {
  return { content: text, flags: EPHEMERAL, allowed_mentions: NO_MENTIONS };
}

/** Button custom ids → the commands they stand for (the same as Slack's buttons). */
export function buttonCommand(customId: string): string | null {
  if (customId.startsWith(BUTTON.ack)) return `ack ${customId.slice(BUTTON.ack.length)}`;
  if (customId.startsWith(BUTTON.silence)) return `silence ${customId.slice(BUTTON.silence.length)} 24h`;
  if (customId.startsWith(BUTTON.status)) return `status ${customId.slice(BUTTON.status.length)}`;
  return null;
}

/** Manage Channels (or Administrator) in this channel, or one of the configured manager roles. */
export function canManage(member: APIInteraction['member'], managerRoles: string[]): boolean {
  if (!member) return false;
  try {
    const p = BigInt(member.permissions ?? '0');
    if ((p & MANAGE_CHANNELS) !== 0n || (p & ADMINISTRATOR) !== 0n) return true;
  } catch {
    // not a number: no permission
  }
  return member.roles.some((r) => managerRoles.includes(r));
}

/**
 * Renders a neutral reply: title and sections as an embed. Text is plain, so it is escaped,
 * except inline `code` spans, which the handlers use for command examples.
 */
export function renderReply(reply: CommandReply): APIInteractionResponseCallbackData {
  const esc = (s: string) =>
    s
      .split(/(`[^`\n]+`)/)
      .map((part, k) => (k % 2 === 1 ? part : escapeText(part)))
      .join('');
  const body = reply.sections
    .map((s) => [s.heading ? `**${esc(s.heading)}**` : '', ...s.lines.map(esc)].filter(Boolean).join('\n'))
    .join('\n\n');
  const color = !reply.ok ? COLORS.warning : reply.status?.openIncident ? COLORS[reply.status.openIncident.severity] : COLORS.info;
  const embed: APIEmbed = { title: cut(reply.title, LIMITS.title), color };
  if (body) embed.description = cut(body, LIMITS.description);
  return { embeds: [embed], allowed_mentions: NO_MENTIONS, ...(reply.ephemeral ? { flags: EPHEMERAL } : {}) };
}

async function autocomplete(i: APIInteraction, deps: InteractionDeps): Promise<APIApplicationCommandOptionChoice<string>[]> {
  const data = i.data as { options?: Parameters<typeof readOptions>[0] };
  const { sub, values, focused } = readOptions(data.options);
  if (!sub || !focused || !isCountryOption(sub, focused)) return [];
  return countryChoices(values.get(focused) ?? '', deps, sub === 'silence');
}

/** Autocomplete for a country option: the exact match, then the closest names; open incidents when empty. */
export async function countryChoices(query: string, deps: Pick<InteractionDeps, 'store'>, allowAll = false): Promise<APIApplicationCommandOptionChoice<string>[]> {
  const q = query.trim();
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  const add = (code: string) => {
    if (!out.some((c) => c.value === code)) out.push({ name: displayCountry(code).slice(0, 100), value: code });
  };
  if (allowAll && 'all'.startsWith(q.toLowerCase())) out.push({ name: 'All countries', value: 'all' });
  if (!q) {
    for (const inc of await deps.store.listIncidents({ status: 'open', limit: 20 })) add(inc.country);
    return out.slice(0, 25);
  }
  const exact = resolveCountry(q).code;
  if (exact) add(exact);
  for (const s of suggestCountryNames(q, 10)) {
    const m = s.match(/\(([A-Z]{2})\)$/);
    if (m) add(m[1]!);
  }
  return out.slice(0, 25);
}

// ---------------------------------------------------------------------------------------------
// HTTP interactions endpoint

export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('the Discord public key must be 64 hex characters');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

/** Ed25519 over timestamp + raw body, and a timestamp within `maxSkewMs` of now. */
export function verifyRequest(key: KeyObject, sigHex: string | undefined, ts: string | undefined, raw: Buffer, nowMs: number, maxSkewMs: number): 'ok' | 'bad_signature' | 'stale' {
  if (!sigHex || !ts || !/^[0-9a-f]{128}$/i.test(sigHex) || !/^\d{1,12}$/.test(ts)) return 'bad_signature';
  let good = false;
  try {
    good = verify(null, Buffer.concat([Buffer.from(ts), raw]), key, Buffer.from(sigHex, 'hex'));
  } catch {
    good = false;
  }
  if (!good) return 'bad_signature';
  if (Math.abs(nowMs - Number(ts) * 1000) > maxSkewMs) return 'stale';
  return 'ok';
}

export interface HttpEndpointOptions {
  host: string;
  port: number;
  path: string;
  /** The application's public key (hex); checked when the endpoint starts. */
  publicKeyHex: string | undefined;
  maxSkewMs: number;
  maxBodyBytes?: number;
}

export class InteractionsEndpoint {
  readonly name = 'discord-interactions';
  private server: Server | null = null;
  private key: KeyObject | null = null;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly opts: HttpEndpointOptions,
    private readonly deps: InteractionDeps,
  ) {}

  /** The listening URL (after start), e.g. http://127.0.0.1:41234/discord/interactions. */
  url(): string {
    const a = this.server?.address() as AddressInfo | null;
    return a ? `http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}${this.opts.path}` : '';
  }

  async start(): Promise<void> {
    if (!this.opts.publicKeyHex) throw new ConfigError('discord: the HTTP interactions endpoint needs DISCORD_PUBLIC_KEY in the environment');
    try {
      this.key = publicKeyFromHex(this.opts.publicKeyHex);
    } catch (cause) {
      throw new ConfigError('discord: DISCORD_PUBLIC_KEY must be the application\'s public key, 64 hex characters', { cause });
    }
    const server = createServer((req, res) => void this.onRequest(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.opts.port, this.opts.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.deps.log.info({ url: this.url() }, 'Discord interactions endpoint listening');
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    // Deferred answers in flight get a few seconds; a hung handler must not block shutdown.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.pending]), new Promise((r) => (timer = setTimeout(r, 5_000)))]);
    clearTimeout(timer);
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { ok: true });
    if (url.pathname !== this.opts.path) return send(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return send(res, 405, { error: 'method not allowed' });
    const max = this.opts.maxBodyBytes ?? 1_000_000;
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const c of req) {
        size += (c as Buffer).length;
        if (size > max) return send(res, 413, { error: 'too large' });
        chunks.push(c as Buffer);
      }
    } catch {
      return;
    }
    const raw = Buffer.concat(chunks);
    if (!this.key) return send(res, 503, { error: 'not ready' });
    const verdict = verifyRequest(
      this.key,
      header(req, 'x-signature-ed25519'),
      header(req, 'x-signature-timestamp'),
      raw,
      Date.now(), // wall-clock time, even when the app runs on a simulated clock
      this.opts.maxSkewMs,
    );
    if (verdict !== 'ok') {
      this.deps.log.warn({ code: `discord_${verdict}`, ip: req.socket.remoteAddress }, 'Discord interaction refused');
      return send(res, 401, { error: 'invalid request signature' });
    }
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(raw.toString('utf8')) as APIInteraction;
    } catch {
      return send(res, 400, { error: 'bad json' });
    }
    const answer = await answerInteraction(interaction, this.deps);
    await new Promise<void>((resolve) => {
      res.once('finish', resolve);
      res.once('close', resolve);
      send(res, 200, answer.initial);
    });
    if (answer.followUp) {
      const p = answer.followUp().finally(() => this.pending.delete(p));
      this.pending.add(p);
    }
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
