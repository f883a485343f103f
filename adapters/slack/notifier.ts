/**
 * The Slack notifier: one message per incident per channel. The first delivery posts it (with the
 * ping, when the delivery pings); each later revision edits it with `chat.update` (the stored
 * `ts`) and adds a short reply in its thread saying what changed (carrying the ping of a severity
 * rise or a reminder); resolution edits it to resolved and replies. Per-channel pacing; 429s,
 * 5xx and network errors are retryable, refusals (channel_not_found, not_in_channel, is_archived,
 * invalid_auth …) permanent.
 */
import type { ChatPostMessageArguments, ChatPostMessageResponse, WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { Delivery, DeliveryResult, NoticeDelivery, Notifier } from '../../src/delivery/notifier.js';
import type { MessageRef } from '../../src/domain/records.js';
import { failureOf } from './failures.js';
import { ChannelPacer } from './pacer.js';
import { METADATA_EVENT, type OnCall, mentions, renderAlert, renderNotice, renderThreadReply } from './render.js';

export interface SlackNotifierOptions {
  /** The Web API client, or a factory called on first use (so that the SDK loads only when needed). */
  client: WebClient | (() => Promise<WebClient>);
  /** Minimum time between two messages in one channel. */
  channelIntervalMs: number;
  /** Whom a ping with no named targets pings (empty: @here). */
  defaultOnCall: OnCall;
  log: Logger;
  /** Pacer clock (tests). */
  pacer?: ChannelPacer;
}

interface Ref {
  channel: string;
  ts: string;
}

const asRef = (r: MessageRef | null): Ref | null => (r?.channel && r.ts ? { channel: r.channel, ts: r.ts } : null);

export class SlackNotifier implements Notifier {
  readonly name = 'slack';
  private clientP: Promise<WebClient> | null = null;
  private readonly pacer: ChannelPacer;
  private readonly log: Logger;
  /** Deliveries whose last attempt may have posted although it failed (timeout, 5xx). */
  private readonly uncertain = new Set<string>();

  constructor(private readonly opts: SlackNotifierOptions) {
    this.pacer = opts.pacer ?? new ChannelPacer(opts.channelIntervalMs);
    this.log = opts.log.child({ notifier: 'slack' });
  }

  private client(): Promise<WebClient> {
    const c = this.opts.client;
    this.clientP ??= typeof c === 'function' ? c() : Promise.resolve(c);
    return this.clientP;
  }

  async deliver(d: Delivery): Promise<DeliveryResult> {
    const ping = d.ping ? mentions(d.pingTargets, this.opts.defaultOnCall) : null;
    let step = 'post';
    try {
      const client = await this.client();
      let ref = asRef(d.previous);
      if (!ref && this.uncertain.has(d.key)) ref = await this.findPosted(d.channel, d.alert.incidentId);
      if (!ref) {
        const msg = renderAlert(d.alert, { ping });
        const res = await this.post(client, d.channel, {
          channel: d.channel,
          text: msg.text,
          blocks: msg.blocks,
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: METADATA_EVENT, event_payload: { incident_id: d.alert.incidentId, revision: d.alert.revision } },
        });
        this.uncertain.delete(d.key);
        if (!res.ts) return { ok: false, retryable: true, code: 'no_ts', error: 'chat.postMessage answered without a ts' };
        return { ok: true, ref: { channel: res.channel ?? d.channel, ts: res.ts } };
      }
      step = 'update';
      const msg = renderAlert(d.alert, { ping: null });
      try {
        await client.chat.update({ channel: ref.channel, ts: ref.ts, text: msg.text, blocks: msg.blocks });
      } catch (err) {
        // The message was deleted in Slack: post the incident again rather than lose the revision.
        if (failureOf(err).code !== 'message_not_found') throw err;
        this.log.warn({ channel: d.channel, ts: ref.ts, incident: d.alert.incidentId }, 'incident message was deleted in Slack; posting it again');
        return this.deliver({ ...d, previous: null });
      }
      step = 'reply';
      await this.post(client, d.channel, {
        channel: ref.channel,
        thread_ts: ref.ts,
        text: renderThreadReply(d.alert, ping),
        unfurl_links: false,
        unfurl_media: false,
      });
      this.uncertain.delete(d.key);
      return { ok: true, ref: { channel: ref.channel, ts: ref.ts } };
    } catch (err) {
      return this.failed(err, d.channel, d.key, `${step} of ${d.key}`);
    }
  }

  async notice(n: NoticeDelivery): Promise<DeliveryResult> {
    try {
      const client = await this.client();
      const msg = renderNotice(n.notice);
      const res = await this.post(client, n.channel, { channel: n.channel, text: msg.text, blocks: msg.blocks, unfurl_links: false, unfurl_media: false });
      return { ok: true, ...(res.ts ? { ref: { channel: res.channel ?? n.channel, ts: res.ts } } : {}) };
    } catch (err) {
      return this.failed(err, n.channel, null, `notice ${n.key}`);
    }
  }

  /** chat.postMessage in this channel's turn; a 429 pauses the channel before the next one may start. */
  private post(client: WebClient, channel: string, args: ChatPostMessageArguments): Promise<ChatPostMessageResponse> {
    return this.pacer.run(channel, () =>
      client.chat.postMessage(args).catch((err: unknown) => {
        const { retryAfterMs } = failureOf(err);
        if (retryAfterMs !== undefined) this.pacer.pause(channel, retryAfterMs);
        throw err;
      }),
    );
  }

  private failed(err: unknown, channel: string, key: string | null, what: string): DeliveryResult {
    const { uncertain, ...f } = failureOf(err);
    if (f.retryAfterMs !== undefined) this.pacer.pause(channel, f.retryAfterMs);
    if (key && uncertain) {
      if (this.uncertain.size > 10_000) this.uncertain.clear(); // bounded: a lost entry only costs the history check
      this.uncertain.add(key);
    }
    const line = { channel, code: f.code, err: f.error, retryable: f.retryable, ...(f.retryAfterMs !== undefined ? { retryAfterMs: f.retryAfterMs } : {}) };
    if (f.retryable) this.log.warn(line, `Slack ${what} failed; will retry`);
    else this.log.error(line, `Slack refused ${what}: ${f.error}`);
    return f;
  }

  /**
   * After an attempt that may have posted (a timeout, a 5xx), looks for the incident's message in
   * the channel's recent history by its metadata, so that a retry edits it instead of posting a
   * second one. Best effort: without the history scope, it posts.
   */
  private async findPosted(channel: string, incidentId: string): Promise<Ref | null> {
    try {
      const res = await (await this.client()).conversations.history({ channel, limit: 50, include_all_metadata: true });
      for (const m of res.messages ?? []) {
        const meta = m.metadata as { event_type?: string; event_payload?: { incident_id?: unknown } } | undefined;
        if (m.ts && (!m.thread_ts || m.thread_ts === m.ts) && meta?.event_type === METADATA_EVENT && meta.event_payload?.incident_id === incidentId) {
          this.log.info({ channel, ts: m.ts, incident: incidentId }, 'found the incident message posted by an earlier attempt; editing it');
          return { channel, ts: m.ts };
        }
      }
    } catch (err) {
      this.log.debug({ channel, err: (err as Error).message }, 'could not read channel history to check for an earlier post');
    }
    return null;
  }
}
