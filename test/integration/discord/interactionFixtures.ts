/**
 * Interaction payloads shaped like Discord's (API v10), for the HTTP endpoint and the gateway.
 * discord.js reads some fields unconditionally (authorizing_integration_owners, entitlements), so
 * the fixtures carry every field a real guild interaction has.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

export const APP_ID = '777777777777777777';
export const GUILD = '555555555555555555';
export const USER = '888888888888888888';
export const CMD_CHANNEL = '101010101010101010';
/** Permission bits as strings, the way Discord sends them. */
export const PERMS_MEMBER = String((1n << 10n) | (1n << 11n) | (1n << 16n)); // view channel, send messages, read history
export const PERMS_MANAGER = String(BigInt(PERMS_MEMBER) | (1n << 4n)); // + manage channels

let n = 1_300_000_000_000_000_000n;
const id = () => String(++n);

export function keypair(): { publicKeyHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x!;
  return { publicKeyHex: Buffer.from(x, 'base64url').toString('hex'), privateKey };
}

export function signed(privateKey: KeyObject, body: unknown, ts = Math.floor(Date.now() / 1000)): { raw: string; headers: Record<string, string> } {
  const raw = JSON.stringify(body);
  const sig = sign(null, Buffer.from(String(ts) + raw), privateKey).toString('hex');
  return { raw, headers: { 'content-type': 'application/json', 'x-signature-ed25519': sig, 'x-signature-timestamp': String(ts) } };
}

interface Who {
  permissions?: string;
  roles?: string[];
  nick?: string | null;
}

function base(type: number, who: Who = {}) {
  return {
    id: id(),
    application_id: APP_ID,
    type,
    token: `aW50ZXJhY3Rpb246${id()}OmZha2V0b2tlbg-_.x`,
    version: 1,
    guild_id: GUILD,
    guild: { id: GUILD, locale: 'en-US', features: [] },
    guild_locale: 'en-US',
    channel_id: CMD_CHANNEL,
    channel: { id: CMD_CHANNEL, type: 0, guild_id: GUILD, name: 'travel-alerts', position: 0, flags: 0, parent_id: null, nsfw: false, permissions: who.permissions ?? PERMS_MEMBER, last_message_id: null, rate_limit_per_user: 0, topic: null },
    member: {
      user: { id: USER, username: 'ops.jane', global_name: 'Jane Ops', discriminator: '0', avatar: null, public_flags: 0, flags: 0, primary_guild: null, collectibles: null, avatar_decoration_data: null, clan: null },
      roles: who.roles ?? [],
      premium_since: null,
      permissions: who.permissions ?? PERMS_MEMBER,
      pending: false,
      nick: who.nick ?? null,
      mute: false,
      joined_at: '2024-01-01T00:00:00.000000+00:00',
      flags: 0,
      deaf: false,
      communication_disabled_until: null,
      unusual_dm_activity_until: null,
      banner: null,
      avatar: null,
    },
    locale: 'en-GB',
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD },
    context: 0,
    attachment_size_limit: 10485760,
  };
}

export type Opt = { name: string; type: number; value?: string; focused?: boolean };

/** A slash command: `/advisory status country:mali` is command('advisory', 'status', [{name:'country', type:3, value:'mali'}]). */
export function command(name: string, sub: string, options: Opt[] = [], who: Who = {}, resolved?: unknown) {
  return {
    ...base(2, who),
    data: { id: id(), name, type: 1, guild_id: GUILD, options: [{ type: 1, name: sub, options }], ...(resolved ? { resolved } : {}) },
  };
}

export function autocomplete(name: string, sub: string, options: Opt[], who: Who = {}) {
  return { ...base(4, who), data: { id: id(), name, type: 1, guild_id: GUILD, options: [{ type: 1, name: sub, options }] } };
}

export function button(customId: string, who: Who = {}) {
  return {
    ...base(3, who),
    data: { custom_id: customId, component_type: 2 },
    message: {
      id: id(),
      channel_id: CMD_CHANNEL,
      type: 0,
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: '2025-11-04T08:00:00.000000+00:00',
      edited_timestamp: null,
      flags: 0,
      author: { id: '444444444444444444', username: 'advisory-watch', discriminator: '0', global_name: null, avatar: null, bot: true },
    },
  };
}

export function ping() {
  const { guild: _g, member: _m, channel: _c, channel_id: _ci, guild_id: _gi, ...rest } = base(1);
  return rest;
}
