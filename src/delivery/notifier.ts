import type { Alert, MessageRef, Notice, PingTargets } from '../domain/records.js';

/** One message to deliver: a revision of an incident, to one channel of one notifier. */
export interface Delivery {
  /** Idempotency key: incident, revision, notifier, channel. */
  key: string;
  alert: Alert;
  channel: string;
  /** Whether this delivery pages on-call, and whom (null: the channel's default, e.g. a marker on the console). */
  ping: boolean;
  pingTargets: PingTargets | null;
  /** The platform's handle on the message posted for an earlier revision, if any: edit it instead of posting. */
  previous: MessageRef | null;
  attempt: number;
}

export type DeliveryResult =
  | { ok: true; ref?: MessageRef }
  /** retryable: a 429, a 5xx, a timeout; rejected otherwise (unknown channel, missing permission, invalid request). */
  | { ok: false; retryable: boolean; code: string; error: string; retryAfterMs?: number };

/** A notice to the operators' channel of this notifier. */
export interface NoticeDelivery {
  key: string;
  channel: string;
  notice: Notice;
}

/** The notifier port. Implementations live in adapters/; they render, they do not decide. */
export interface Notifier {
  readonly name: string;
  deliver(delivery: Delivery): Promise<DeliveryResult>;
  /** Operators' notices (source outage, refused delivery); a notifier without it cannot carry them. */
  notice?(notice: NoticeDelivery): Promise<DeliveryResult>;
  close?(): Promise<void>;
}
