/**
 * Discord's REST API as the loopback fake answers it (routes under /api/v10, real-shaped payloads):
 * channel messages, edits, threads from messages, webhooks, interaction callbacks. Snowflakes are
 * handed out in order. `extra` may answer a request first (429s, 403s …).
 */
import { type Handler, type HandlerResult, type Recorded, startFake } from '../../helpers/fakeHttp.js';

export const CHANNEL = '111111111111111111';
export const ROLE = '222222222222222222';
export const WEBHOOK_ID = '333333333333333333';
export const WEBHOOK_TOKEN = 'wh-token-abcdefghijklmnopqrstuvwxyz0123456789_ABCDEFGHIJKLMNOPQRSTUVWXYZ';

let seq = 900_000_000_000_000_000n;
const snowflake = () => String(++seq);

function message(channel: string, body: Record<string, unknown>, id = snowflake()): Record<string, unknown> {
  return {
    id,
    type: 0,
    channel_id: channel,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
    author: { id: '444444444444444444', username: 'advisory-watch', discriminator: '0', global_name: null, avatar: null, bot: true },
  };
}

export function discordRoutes(extra?: (r: Recorded) => HandlerResult | undefined): Handler {
  return (r) => {
    const pre = extra?.(r);
    if (pre) return pre;
    const path = r.path.split('?')[0]!;
    const body = (r.json ?? {}) as Record<string, unknown>;
    let m: RegExpMatchArray | null;
    if (r.method === 'POST' && (m = path.match(/^\/api\/v10\/channels\/(\d+)\/messages$/))) return { body: message(m[1]!, body) };
    if (r.method === 'PATCH' && (m = path.match(/^\/api\/v10\/channels\/(\d+)\/messages\/(\d+)$/))) return { body: message(m[1]!, body, m[2]!) };
    if (r.method === 'POST' && (m = path.match(/^\/api\/v10\/channels\/(\d+)\/messages\/(\d+)\/threads$/))) {
      return { status: 201, body: { id: m[2], type: 11, guild_id: '555555555555555555', parent_id: m[1], name: body.name, owner_id: '444444444444444444', thread_metadata: { archived: false, auto_archive_duration: 10080, locked: false } } };
    }
    if (r.method === 'POST' && (m = path.match(/^\/api\/v10\/webhooks\/(\d+)\/([\w-]+)$/))) return { body: { ...message('666666666666666666', body), webhook_id: m[1] } };
    if (r.method === 'PATCH' && (m = path.match(/^\/api\/v10\/webhooks\/(\d+)\/([\w.-]+)\/messages\/(\d+|@original|%40original)$/))) {
      return { body: { ...message('666666666666666666', body, /original$/.test(m[3]!) ? snowflake() : m[3]!), webhook_id: m[1] } };
    }
    if (r.method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[\w.-]+\/callback$/.test(path)) return { status: 204 };
    if (r.method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) return { body: Array.isArray(r.json) ? r.json.map((c: Record<string, unknown>) => ({ ...c, id: snowflake(), application_id: '777777777777777777', version: snowflake() })) : [] };
    return undefined;
  };
}

export async function startDiscordFake(extra?: (r: Recorded) => HandlerResult | undefined) {
  return startFake(discordRoutes(extra));
}

/** Requests that carry a body (posts, edits), with their JSON. */
export function writes(requests: Recorded[]): (Recorded & { json: Record<string, unknown> })[] {
  return requests.filter((r) => r.method !== 'GET' && r.json !== undefined) as (Recorded & { json: Record<string, unknown> })[];
}
