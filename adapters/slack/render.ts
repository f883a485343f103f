/**
 * Block Kit rendering of incidents, thread replies, operators' notices and command replies. Pure:
 * no SDK, no I/O. Everything that may come from a feed or a person is escaped (`&`, `<`, `>`), so a
 * `<!channel>` inside an article stays text; the only mentions in a message are the ones built
 * here from validated ids. Slack's limits are respected by construction: long text is cut with an
 * ellipsis (and a link where there is one), never rejected.
 */
import type { CommandReply } from '../../src/commands/handlers.js';
import { countryName } from '../../src/domain/countries.js';
import { flag, levelLabel, signalLabel } from '../../src/domain/labels.js';
import { type Alert, type AlertIssuer, type Notice, type PingTargets, UNKNOWN_ISSUER } from '../../src/domain/records.js';
import type { Level, Severity } from '../../src/domain/types.js';

/** Slack's documented limits (characters). */
export const LIMITS = {
  header: 150,
  section: 3000,
  context: 2000,
  blocks: 50,
  /** Slack refuses messages whose blocks are much larger than this; we stay under it. */
  total: 12_000,
  buttonText: 75,
  text: 4000,
} as const;

/** Budgets of the variable parts of an alert, so that the whole always fits in LIMITS.total. */
const BUDGET = { issuers: 3000, evidence: 1000, sources: 2000, changes: 1000, fallback: 600 } as const;

export const ACTIONS = { ack: 'aw_ack', silence: 'aw_silence', status: 'aw_status' } as const;
/** Metadata event type on every incident message: lets a retried first post find an earlier one. */
export const METADATA_EVENT = 'advisory_incident';

// Slack's Block Kit types, as far as this module builds them.
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}
export type Block =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: Mrkdwn; block_id?: string }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'divider' }
  | {
      type: 'actions';
      block_id?: string;
      elements: { type: 'button'; action_id: string; value: string; text: PlainText; style?: 'primary' | 'danger' }[];
    };

export interface SlackMessage {
  /** The plain-text fallback (notifications, screen readers, clients without blocks). */
  text: string;
  blocks: Block[];
}

/** Escapes the three characters Slack reads as markup. Apply to every piece of text from outside. */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Cuts mrkdwn to `max` characters with an ellipsis (and a link to the rest, when given), never in
 * the middle of an entity (`&amp;`), a link or mention (`<…>`) or a surrogate pair.
 */
export function cut(text: string, max: number, link?: string | null): string {
  if (text.length <= max) return text;
  const more = link && isWebLink(link) ? ` <${escapeUrl(link)}|more>` : '';
  const room = Math.max(0, max - 1 - more.length);
  let s = text.slice(0, room);
  const lt = s.lastIndexOf('<');
  if (lt > s.lastIndexOf('>')) s = s.slice(0, lt);
  const amp = s.lastIndexOf('&');
  if (amp >= 0 && !s.slice(amp).includes(';')) s = s.slice(0, amp);
  if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
  return `${s}…${more}`;
}

/** Plain text (header, button): no markup, just a length cut. */
function cutPlain(text: string, max: number): string {
  if (text.length <= max) return text;
  let s = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
  return `${s}…`;
}

const isWebLink = (s: string): boolean => /^https?:\/\/[^\s]+$/i.test(s);
/** A URL inside `<url|label>`: escaped, and `|` encoded so that it cannot end the URL early. */
const escapeUrl = (url: string): string => escapeText(url).replace(/\|/g, '%7C');

/** A source as a link labelled with its host, or as escaped text when it is not a web address. */
export function sourceLink(src: string): string {
  if (!isWebLink(src)) return escapeText(src);
  let label = src;
  try {
    label = new URL(src).hostname.replace(/^www\./, '');
  } catch {
    return escapeText(src);
  }
  return `<${escapeUrl(src)}|${escapeText(label)}>`;
}

const ID = /^[A-Z0-9]+$/;

/** The default on-call, for a delivery that pings "the channel's on-call" (empty targets). */
export interface OnCall {
  users: string[];
  groups: string[];
  here: boolean;
}

/**
 * The mentions of a ping. Empty targets (or only Discord roles) mean the channel's on-call: the
 * configured default, else @here. Ids are validated, so stored data cannot inject markup.
 */
export function mentions(targets: PingTargets | null, defaultOnCall: OnCall): string {
  const pick = (t: OnCall): string[] => [
    ...t.groups.filter((g) => ID.test(g)).map((g) => `<!subteam^${g}>`),
    ...t.users.filter((u) => ID.test(u)).map((u) => `<@${u}>`),
    ...(t.here ? ['<!here>'] : []),
  ];
  const own = targets ? pick(targets) : [];
  if (own.length > 0) return own.join(' ');
  const fallback = pick(defaultOnCall);
  return fallback.length > 0 ? fallback.join(' ') : '<!here>';
}

const SEVERITY_EMOJI: Record<Severity, string> = { critical: '🔴', high: '🟠', warning: '🟡', info: '🔵' };

function issuerName(code: string): string {
  return code === UNKNOWN_ISSUER ? 'Unattributed' : countryName(code);
}

function levelText(from: Level | null, to: Level | null): string {
  if (to === null) return '';
  if (from !== null && from !== to) return `Level ${from} → ${levelLabel(to)}`;
  return levelLabel(to);
}

export function issuerLine(i: AlertIssuer): string {
  const who = i.issuer === UNKNOWN_ISSUER ? '❔ *Unattributed*' : `${flag(i.issuer)} *${escapeText(issuerName(i.issuer))}*`;
  const parts = [levelText(i.from, i.to), i.signals.map(signalLabel).join(', ')].filter(Boolean);
  return `${who} — ${escapeText(parts.join(' · ') || 'no change in advice')}`;
}

/** "confirmed by the United States" or "reported by 3 outlets". */
export function trustText(alert: Alert): string {
  const official = alert.issuers.filter((i) => i.trust === 'official' && i.issuer !== UNKNOWN_ISSUER).map((i) => issuerName(i.issuer));
  if (official.length > 0) return `✅ Confirmed by the official advice of ${official.join(', ')}`;
  const outlets = Math.max(new Set(alert.issuers.flatMap((i) => i.sources)).size, ...alert.issuers.map((i) => i.reports), 1);
  return `📰 Reported by ${outlets} outlet${outlets === 1 ? '' : 's'}; not yet confirmed by an official source`;
}

/** `<!date^…>` renders in each reader's time zone; the fallback is UTC. */
function slackDate(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return escapeText(iso);
  const fallback = `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  return `<!date^${Math.floor(t / 1000)}^{date_short_pretty} {time}|${fallback}>`;
}

function title(alert: Alert): string {
  const state = alert.action === 'resolve' ? 'RESOLVED' : alert.severity.toUpperCase();
  return `${flag(alert.country)} ${countryName(alert.country)} — ${state}`;
}

const PING_REASON: Record<NonNullable<Alert['pingReason']>, string> = {
  open: 'new incident',
  severity_rise: 'severity raised',
  repeat: 'still not acknowledged',
};

export interface AlertRenderOptions {
  /** Mentions to put at the top of the message (a first post that pings); null for none. */
  ping: string | null;
}

/** The incident message: posted once, then edited in place for every revision. */
export function renderAlert(alert: Alert, opts: AlertRenderOptions = { ping: null }): SlackMessage {
  const resolved = alert.action === 'resolve';
  const firstLink = alert.sources.find(isWebLink) ?? null;
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: cutPlain(title(alert), LIMITS.header), emoji: true } }];
  if (opts.ping) {
    blocks.push(section(`🔔 ${opts.ping} — ${PING_REASON[alert.pingReason ?? 'open']}`));
  }
  const status = resolved
    ? `✅ *Resolved* · was ${alert.severity.toUpperCase()}`
    : `${SEVERITY_EMOJI[alert.severity]} *${alert.severity.toUpperCase()}* · travel advice changed for *${escapeText(countryName(alert.country))}*`;
  blocks.push(section(status));
  const issuers = alert.issuers.length ? alert.issuers.map(issuerLine).join('\n') : 'No issuer named yet.';
  blocks.push(section(cut(issuers, BUDGET.issuers, firstLink)));
  blocks.push(context(trustText(alert)));
  const evidence = alert.issuers.find((i) => i.evidence)?.evidence;
  if (evidence) {
    const oneLine = escapeText(evidence.replace(/\s+/g, ' ').trim());
    blocks.push(section(`> ${cut(oneLine, BUDGET.evidence - 2, firstLink)}`));
  }
  if (alert.sources.length > 0) {
    blocks.push(section(cut(`*Sources:* ${alert.sources.map(sourceLink).join(' · ')}`, BUDGET.sources, firstLink)));
  }
  if (alert.action !== 'open' && alert.changes.length > 0) {
    blocks.push(context(cut(`*What changed:* ${escapeText(alert.changes.join('; '))}`, BUDGET.changes)));
  }
  const times = `First seen ${slackDate(alert.openedAt)} · updated ${slackDate(alert.updatedAt)} · incident \`${escapeText(alert.incidentId)}\` rev ${alert.revision}`;
  blocks.push(context(times));
  if (alert.ackedBy) blocks.push(context(`☑️ Acknowledged by ${escapeText(alert.ackedBy)}`));
  if (!resolved) {
    const buttons: Extract<Block, { type: 'actions' }>['elements'] = [];
    if (!alert.ackedBy) buttons.push(button(ACTIONS.ack, 'Acknowledge', alert.incidentId, 'primary'));
    buttons.push(button(ACTIONS.silence, 'Silence 24 h', alert.country));
    buttons.push(button(ACTIONS.status, 'Status', alert.country));
    blocks.push({ type: 'actions', block_id: 'aw_actions', elements: buttons });
  }
  return { text: alertFallback(alert, opts.ping), blocks: fit(blocks) };
}

/** The notification text: short, escaped, with the ping first so that it shows in the push. */
export function alertFallback(alert: Alert, ping: string | null): string {
  const signals = alert.signals.map(signalLabel).join(', ');
  const issuers = alert.issuers.filter((i) => i.issuer !== UNKNOWN_ISSUER).map((i) => i.issuer).join(', ');
  const what = alert.action === 'resolve' ? 'resolved' : `${alert.severity.toUpperCase()}${signals ? `: ${signals}` : ''}`;
  const body = escapeText(`${flag(alert.country)} ${countryName(alert.country)} travel advisory ${what}${issuers ? ` (${issuers})` : ''}`);
  return `${ping ? `${ping} ` : ''}${cut(body, BUDGET.fallback)}`;
}

/** The short reply in the message's thread saying what a revision changed. */
export function renderThreadReply(alert: Alert, ping: string | null): string {
  const head =
    alert.action === 'resolve'
      ? '✅ Resolved'
      : alert.pingReason === 'repeat'
        ? '⏰ Reminder: still not acknowledged'
        : alert.pingReason === 'severity_rise'
          ? `⬆️ Severity raised to ${alert.severity.toUpperCase()}`
          : `✏️ Updated (revision ${alert.revision})`;
  const changes = alert.changes.length ? `: ${escapeText(alert.changes.join('; '))}` : '';
  return cut(`${ping ? `${ping} ` : ''}${head}${changes}`, LIMITS.text);
}

export function renderNotice(n: Notice): SlackMessage {
  const icon = n.kind === 'source_recovered' ? '✅' : n.kind === 'delivery_rejected' ? '🚫' : '⚠️';
  const text = `${icon} ${escapeText(n.title)}`;
  return {
    text: cut(`${text}: ${escapeText(n.text)}`, LIMITS.text),
    blocks: [section(cut(`*${text}*`, LIMITS.section)), section(cut(escapeText(n.text), LIMITS.section)), context(`advisory-watch · operators’ notice · ${escapeText(n.kind)}`)],
  };
}

/** A command reply as a Slack response (ephemeral or in the channel). */
export function renderReply(reply: CommandReply): SlackMessage & { response_type: 'ephemeral' | 'in_channel' } {
  const blocks: Block[] = [section(cut(`${reply.ok ? '' : '⚠️ '}*${escapeText(reply.title)}*`, LIMITS.section))];
  const plain: string[] = [reply.title];
  for (const s of reply.sections) {
    if (s.heading) plain.push(s.heading);
    plain.push(...s.lines);
    // One section per ~3000 characters of lines (a long status or list spans several).
    let chunk = s.heading ? `*${escapeText(s.heading)}*\n` : '';
    for (const line of s.lines) {
      const l = cut(escapeText(line), LIMITS.section - 10);
      if (chunk.length + l.length + 1 > LIMITS.section) {
        blocks.push(section(chunk.trimEnd()));
        chunk = '';
      }
      chunk += `${l}\n`;
    }
    if (chunk.trim()) blocks.push(section(chunk.trimEnd()));
  }
  return { response_type: reply.ephemeral ? 'ephemeral' : 'in_channel', text: cut(escapeText(plain.join('\n')), LIMITS.text), blocks: fit(blocks) };
}

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: cut(text, LIMITS.section) } };
}

function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: cut(text, LIMITS.context) }] };
}

function button(actionId: string, label: string, value: string, style?: 'primary'): Extract<Block, { type: 'actions' }>['elements'][number] {
  return { type: 'button', action_id: actionId, value, text: { type: 'plain_text', text: cutPlain(label, LIMITS.buttonText) }, ...(style ? { style } : {}) };
}

/** At most 50 blocks and about 12k characters in all: the tail is dropped with a marker if needed. */
function fit(blocks: Block[]): Block[] {
  const out = blocks.slice(0, LIMITS.blocks);
  const size = (b: Block[]) => JSON.stringify(b).length;
  // Keep the header, drop blocks before the trailing actions until it fits.
  while (out.length > 2 && size(out) > LIMITS.total) {
    const last = out[out.length - 1];
    out.splice(last?.type === 'actions' ? out.length - 2 : out.length - 1, 1);
  }
  if (out.length < blocks.length) {
    const marker = context('… (shortened to fit Slack’s limits)');
    if (out[out.length - 1]?.type === 'actions') out.splice(out.length - 1, 0, marker);
    else out.push(marker);
    if (out.length > LIMITS.blocks) out.splice(out.length - 2, 1);
  }
  return out;
}
