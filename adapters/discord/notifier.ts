/**
 * The Discord notifier: one message per incident and channel. The first delivery posts the embed
 * (with the ping in its content and the buttons); later revisions edit that message (its id is the
 * stored MessageRef) and add a short note in a thread started from it; resolution edits it to
 * resolved. Webhook mode does the same through a channel webhook, without bot, threads or buttons
 * (a revision that pages posts its note as a new webhook message).
 *
 * Every request carries allowed_mentions set to exactly the roles and users this delivery pings
 * (none when it does not), so mention syntax inside feed text never pings anyone.
 */
import { createHash } from 'node:crypto';
import { type REST, Routes } from 'discord.js';
import type { APIAllowedMentions, APIMessage, RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import type { Logger } from 'pino';
import type { Delivery, DeliveryResult, NoticeDelivery, Notifier } from '../../src/delivery/notifier.js';
import type { MessageRef } from '../../src/domain/records.js';
import {
  incidentButtons,
  incidentEmbed,
  mentionsFor,
  messageContent,
  NO_MENTIONS,
  noticeEmbed,
  threadName,
  threadNote,
} from './render.js';
import { classifyError, DISCORD_CODES, type Failure, isDiscordError } from './rest.js';

type Body = RESTPostAPIChannelMessageJSONBody;

/** Where messages go: a bot posting in channels, or one channel webhook. */
interface Transport {
  readonly kind: 'bot' | 'webhook';
  post(channel: string, body: Body, nonce: string): Promise<APIMessage>;
  edit(channel: string, messageId: string, body: Body): Promise<void>;
  /** Starts a thread from a message; returns its id (bot only). */
  thread?(channel: string, messageId: string, name: string): Promise<string>;
  postInThread?(threadId: string, body: Body): Promise<APIMessage>;
  describe(channel: string): string;
}

export function botTransport(rest: REST): Transport {
  return {
    kind: 'bot',
    async post(channel, body, nonce) {
      return (await rest.post(Routes.channelMessages(channel), { body: { ...body, nonce, enforce_nonce: true } })) as APIMessage;
    },
    async edit(channel, messageId, body) {
      await rest.patch(Routes.channelMessage(channel, messageId), { body });
    },
    async thread(channel, messageId, name) {
      try {
        const t = (await rest.post(Routes.threads(channel, messageId), { body: { name, auto_archive_duration: 10080 } })) as { id: string };
        return t.id;
      } catch (err) {
        // A thread started from a message has the message's id; it may exist from an earlier attempt.
        if (isDiscordError(err, DISCORD_CODES.threadAlreadyCreated)) return messageId;
        throw err;
      }
    },
    async postInThread(threadId, body) {
      return (await rest.post(Routes.channelMessages(threadId), { body })) as APIMessage;
    },
    describe: (channel) => `channel ${channel}`,
  };
}

export function webhookTransport(rest: REST, hook: { id: string; token: string }): Transport {
  return {
    kind: 'webhook',
    async post(_channel, body) {
      return (await rest.post(Routes.webhook(hook.id, hook.token), { body, query: new URLSearchParams({ wait: 'true' }), auth: false })) as APIMessage;
    },
    async edit(_channel, messageId, body) {
      await rest.patch(Routes.webhookMessage(hook.id, hook.token, messageId), { body, auth: false });
    },
    describe: () => `webhook ${hook.id}`,
  };
}

export interface DiscordNotifierOptions {
  transport: Transport;
  /** Buttons (Acknowledge, Silence 24 h, Status) need a bot that receives interactions. */
  buttons: boolean;
  /** Pinged when a subscription says `ping: true` without naming anyone. */
  oncallRole?: string;
  log: Logger;
}

/** Discord's nonce is at most 25 characters: a digest of the idempotency key, so a retried post is not duplicated. */
export function nonceFor(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 25);
}

export class DiscordNotifier implements Notifier {
  readonly name = 'discord';

  constructor(private readonly opts: DiscordNotifierOptions) {}

  async deliver(d: Delivery): Promise<DeliveryResult> {
    const { transport: t, log } = this.opts;
    const alert = d.alert;
    if (t.kind === 'bot' && !/^\d{15,21}$/.test(d.channel)) {
      return this.refused(d, { ok: false, retryable: false, code: 'discord_bad_channel', error: `"${d.channel}" is not a Discord channel id (a subscription's channel must be the channel's numeric id)` });
    }
    const ping = d.ping ? mentionsFor(d.pingTargets, this.opts.oncallRole) : { text: '', allowed: NO_MENTIONS };
    const embeds = [incidentEmbed(alert)];
    const components = this.opts.buttons ? incidentButtons(alert) : [];
    const prev = d.previous?.message ? d.previous : null;
    let step = `the message for ${alert.incidentId} in ${t.describe(d.channel)}`;
    try {
      if (prev) {
        try {
          step = `the edit of message ${prev.message} in ${t.describe(d.channel)}`;
          await t.edit(d.channel, prev.message!, { embeds, components, allowed_mentions: ping.allowed });
        } catch (err) {
          // Someone deleted the message: post the incident afresh rather than lose it.
          if (!isDiscordError(err, DISCORD_CODES.unknownMessage)) throw err;
          log.warn({ incident: alert.incidentId, channel: d.channel, message: prev.message }, 'Discord message of this incident is gone; posting it again');
          return await this.post(d, ping, embeds, components);
        }
        const ref: MessageRef = { ...prev };
        const note: Body = { content: threadNote(alert, ping.text), allowed_mentions: ping.allowed };
        if (t.thread && t.postInThread) {
          try {
            if (!ref.thread) {
              step = `a thread on message ${prev.message} in ${t.describe(d.channel)}`;
              ref.thread = await t.thread(d.channel, prev.message!, threadName(alert));
            }
            step = `a note in thread ${ref.thread}`;
            await t.postInThread(ref.thread, note);
          } catch (err) {
            // The message itself is up to date; without thread permissions only the note is lost.
            const f = classifyError(err, step);
            if (f.code !== 'discord_forbidden') throw err;
            log.error({ code: f.code, channel: d.channel, incident: alert.incidentId }, `Discord thread note not posted: ${f.error}`);
            return { ok: true, ref: { ...prev } };
          }
        } else if (ping.text) {
          // A webhook cannot start threads: a revision that pages is a short new message.
          step = `a ping note in ${t.describe(d.channel)}`;
          await t.post(d.channel, note, nonceFor(`${d.key}:note`));
        }
        return { ok: true, ref };
      }
      return await this.post(d, ping, embeds, components);
    } catch (err) {
      const f = classifyError(err, step);
      if (!f.retryable) return this.refused(d, f);
      log.warn({ code: f.code, err: f.error, incident: alert.incidentId, channel: d.channel, retryAfterMs: f.retryAfterMs }, 'Discord delivery failed; it will be retried');
      return f;
    }
  }

  private async post(
    d: Delivery,
    ping: { text: string; allowed: APIAllowedMentions },
    embeds: Body['embeds'],
    components: Body['components'],
  ): Promise<DeliveryResult> {
    const msg = await this.opts.transport.post(
      d.channel,
      { content: messageContent(d.alert, ping.text), embeds, components, allowed_mentions: ping.allowed },
      nonceFor(d.key),
    );
    return { ok: true, ref: { channel: d.channel, message: msg.id } };
  }

  private refused(d: { channel: string; key: string; alert?: Delivery['alert'] }, f: Failure): Failure {
    this.opts.log.error(
      { code: f.code, status: f.status, discordCode: f.discordCode, channel: d.channel, key: d.key, incident: d.alert?.incidentId },
      `Discord refused the message for good: ${f.error}`,
    );
    return f;
  }

  async notice(n: NoticeDelivery): Promise<DeliveryResult> {
    const t = this.opts.transport;
    if (t.kind === 'bot' && !/^\d{15,21}$/.test(n.channel)) {
      return this.refused(n, { ok: false, retryable: false, code: 'discord_bad_channel', error: `"${n.channel}" is not a Discord channel id` });
    }
    try {
      await t.post(n.channel, { embeds: [noticeEmbed(n.notice)], allowed_mentions: NO_MENTIONS }, nonceFor(n.key));
      return { ok: true };
    } catch (err) {
      const f = classifyError(err, `the operators' notice in ${t.describe(n.channel)}`);
      if (!f.retryable) return this.refused(n, f);
      return f;
    }
  }
}
