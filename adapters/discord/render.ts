/**
 * Discord rendering: an incident revision as an embed (colour by severity, per-issuer levels and
 * signals in words, trust, evidence quoted, sources linked), the ping line, the thread note, the
 * buttons, and operators' notices. Pure functions; every limit of the API is respected here, so a
 * long document is cut with an ellipsis and a link, never rejected.
 */
import type { APIActionRowComponent, APIAllowedMentions, APIButtonComponentWithCustomId, APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { countryName } from '../../src/domain/countries.js';
import { flag, levelLabel, signalLabel } from '../../src/domain/labels.js';
import { type Alert, type AlertIssuer, type Notice, type PingTargets, UNKNOWN_ISSUER } from '../../src/domain/records.js';
import type { Severity } from '../../src/domain/types.js';

/** Discord's documented limits (characters). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
  content: 2000,
  threadName: 100,
} as const;

export const COLORS: Record<Severity | 'resolved', number> = {
  critical: 0xd32f2f,
  high: 0xf57c00,
  warning: 0xfbc02d,
  info: 0x1976d2,
  resolved: 0x388e3c,
};

const SEVERITY_EMOJI: Record<Severity, string> = { critical: '🔴', high: '🟠', warning: '🟡', info: '🔵' };

/**
 * Escapes text that came from a feed (or a person) for Discord markdown: no bold, links, code,
 * headings or quotes can be injected, and mention syntax is shown as text. Mentions never ping
 * anyway (every request sets allowed_mentions); this keeps them from even looking like one.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\*_~`|[\]<>]/g, '\\$&')
    .replace(/^(\s*)(#{1,3}\s|-#\s|[-+]\s|\d+\.\s)/gm, '$1\\$2')
    .replace(/@(everyone|here)/gi, '@\u200b$1');
}

/** Cuts `text` to `max` characters with an ellipsis (and an optional suffix), never mid-escape or mid-surrogate. */
export function cut(text: string, max: number, suffix = ''): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - 1 - suffix.length);
  let s = text.slice(0, room);
  if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
  const trailing = s.match(/\\+$/)?.[0].length ?? 0;
  if (trailing % 2 === 1) s = s.slice(0, -1);
  return `${s}…${suffix}`.slice(0, max);
}

/** The first web link among the sources (documents replayed from files have none). */
export function primaryLink(sources: string[]): string | null {
  return sources.find((s) => /^https?:\/\//i.test(s)) ?? null;
}

function sourceLink(s: string): string {
  if (!/^https?:\/\//i.test(s)) return escapeText(s.split('/').pop() ?? s);
  let label = s;
  try {
    const u = new URL(s);
    label = `${u.hostname.replace(/^www\./, '')}${u.pathname.length > 1 ? u.pathname : ''}`;
  } catch {
    // keep the raw text
  }
  return `[${escapeText(cut(label, 80))}](${s.replace(/[()\s]/g, encodeURIComponent)})`;
}

function issuerName(code: string): string {
  return code === UNKNOWN_ISSUER ? 'Unattributed' : `${flag(code)} ${countryName(code)} (${code})`;
}

function issuerValue(i: AlertIssuer): string {
  const parts: string[] = [];
  if (i.to !== null) parts.push(i.from !== null && i.from !== i.to ? `Level ${i.from} → **${levelLabel(i.to)}**` : `**${levelLabel(i.to)}**`);
  if (i.signals.length > 0) parts.push(i.signals.map(signalLabel).join(', '));
  if (parts.length === 0) parts.push('No country-wide change in advice');
  parts.push(i.trust === 'official' ? '_official source_' : `_reported by ${i.reports} outlet${i.reports === 1 ? '' : 's'}_`);
  return parts.join('\n');
}

export function trustText(alert: Alert): string {
  const official = alert.issuers.filter((i) => i.trust === 'official' && i.issuer !== UNKNOWN_ISSUER).map((i) => i.issuer);
  if (official.length > 0) return `Confirmed by official sources of ${official.join(', ')}`;
  const outlets = new Set(alert.issuers.flatMap((i) => i.sources)).size;
  return `Reported by ${outlets} outlet${outlets === 1 ? '' : 's'}; not yet confirmed by an official source`;
}

export function headline(alert: Alert): string {
  const name = countryName(alert.country);
  if (alert.action === 'resolve') return `✅ ${flag(alert.country)} ${name}: travel-advisory incident resolved`;
  return `${SEVERITY_EMOJI[alert.severity]} ${flag(alert.country)} ${name}: ${alert.severity.toUpperCase()} travel-advisory incident`;
}

/** The incident embed, within every limit. */
export function incidentEmbed(alert: Alert): APIEmbed {
  const link = primaryLink(alert.sources);
  const more = link ? ` [more](${link})` : '';
  const desc: string[] = [];
  desc.push(`**${trustText(alert)}.**`);
  if (alert.action === 'resolve') desc.push('This incident is **resolved**.');
  if (alert.ackedBy) desc.push(`Acknowledged by **${escapeText(alert.ackedBy)}**.`);
  if (alert.action !== 'open' && alert.changes.length > 0) desc.push(`**What changed:** ${alert.changes.map(escapeText).join('; ')}`);
  const evidence = alert.issuers.find((i) => i.evidence)?.evidence;
  if (evidence) desc.push(`> “${escapeText(evidence.replace(/\s+/g, ' ').trim())}”`);

  const fields: APIEmbedField[] = [];
  const issuerRoom = LIMITS.fields - 1; // one for the sources
  const shown = alert.issuers.length > issuerRoom ? alert.issuers.slice(0, issuerRoom - 1) : alert.issuers;
  for (const i of shown) fields.push({ name: cut(issuerName(i.issuer), LIMITS.fieldName), value: cut(issuerValue(i), LIMITS.fieldValue), inline: true });
  if (shown.length < alert.issuers.length) {
    const rest = alert.issuers.slice(shown.length).map((i) => (i.issuer === UNKNOWN_ISSUER ? 'unattributed' : i.issuer));
    fields.push({ name: `+${rest.length} more issuers`, value: cut(rest.join(', '), LIMITS.fieldValue) });
  }
  if (alert.sources.length > 0) fields.push({ name: 'Sources', value: joinWithin(alert.sources.map(sourceLink), '\n', LIMITS.fieldValue) });

  const embed: APIEmbed = {
    title: cut(headline(alert), LIMITS.title),
    color: alert.action === 'resolve' ? COLORS.resolved : COLORS[alert.severity],
    description: cut(desc.join('\n\n'), LIMITS.description, more),
    fields,
    footer: { text: cut(`Incident ${alert.incidentId} · revision ${alert.revision} · opened ${alert.openedAt.slice(0, 16).replace('T', ' ')} UTC`, LIMITS.footer) },
    timestamp: alert.updatedAt,
  };
  if (link) embed.url = link;
  return fitTotal(embed, more);
}

/** Joins items while they fit, then says how many were left out. */
function joinWithin(items: string[], sep: string, max: number): string {
  let out = '';
  for (let k = 0; k < items.length; k++) {
    const next = out ? `${out}${sep}${items[k]}` : items[k]!;
    const tail = k + 1 < items.length ? `${sep}+${items.length - k - 1} more` : '';
    if (next.length + tail.length > max) return cut(`${out}${sep}+${items.length - k} more`, max);
    out = next;
  }
  return out;
}

export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Shrinks the description, then field values, until the whole embed is within 6,000 characters. */
function fitTotal(e: APIEmbed, more: string): APIEmbed {
  let over = embedLength(e) - LIMITS.total;
  if (over <= 0) return e;
  if (e.description) {
    const keep = Math.max(200, e.description.length - over);
    e.description = cut(e.description, keep, more);
    over = embedLength(e) - LIMITS.total;
  }
  for (const f of [...(e.fields ?? [])].reverse()) {
    if (over <= 0) break;
    const keep = Math.max(40, f.value.length - over);
    over -= f.value.length - keep;
    f.value = cut(f.value, keep);
  }
  if (embedLength(e) > LIMITS.total) e.fields = (e.fields ?? []).slice(0, 3);
  return e;
}

/** Who to ping: the delivery's targets, or the configured on-call role when it names nobody. */
export function mentionsFor(targets: PingTargets | null, oncallRole?: string): { text: string; allowed: APIAllowedMentions } {
  const t = targets ?? { users: [], groups: [], roles: [], here: false };
  const roles = [...new Set(t.roles.length + t.users.length === 0 && !t.here && oncallRole ? [oncallRole] : t.roles)].filter((r) => /^\d+$/.test(r));
  const users = [...new Set(t.users)].filter((u) => /^\d+$/.test(u));
  const text = [...roles.map((r) => `<@&${r}>`), ...users.map((u) => `<@${u}>`), ...(t.here ? ['@here'] : [])].join(' ');
  return { text, allowed: { parse: t.here ? (['everyone'] as APIAllowedMentions['parse']) : [], roles, users, replied_user: false } };
}

/** Nothing may ping. */
export const NO_MENTIONS: APIAllowedMentions = { parse: [], roles: [], users: [], replied_user: false };

/** The message's text: the ping (when this delivery pages) and a one-line summary for notifications. */
export function messageContent(alert: Alert, pingText: string): string {
  const reminder = alert.pingReason === 'repeat' ? ' (reminder: not acknowledged)' : alert.pingReason === 'severity_rise' ? ' (severity rose)' : '';
  return cut(`${pingText ? `${pingText} ` : ''}${headline(alert)}${pingText ? reminder : ''}`, LIMITS.content);
}

/** The short note posted in the incident's thread for a revision: what changed, and the ping if any. */
export function threadNote(alert: Alert, pingText: string): string {
  const what =
    alert.action === 'resolve'
      ? `✅ **Resolved** (revision ${alert.revision}).`
      : `**Revision ${alert.revision}** · ${alert.severity.toUpperCase()}${alert.changes.length ? ` · ${alert.changes.map(escapeText).join('; ')}` : ''}`;
  const reminder = alert.pingReason === 'repeat' ? ' Reminder: this incident is not acknowledged.' : alert.pingReason === 'severity_rise' ? ' Severity rose.' : '';
  const link = primaryLink(alert.sources.slice(-1));
  return cut(`${pingText ? `${pingText} ` : ''}${what}${pingText ? reminder : ''}`, LIMITS.content, link ? ` ${link}` : '');
}

export function threadName(alert: Alert): string {
  return cut(`${countryName(alert.country)} ${alert.incidentId}`, LIMITS.threadName);
}

/** Custom ids of the buttons; the interactions handler maps them back to commands. */
export const BUTTON = { ack: 'aw:ack:', silence: 'aw:silence:', status: 'aw:status:' } as const;

export function incidentButtons(alert: Alert): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const buttons: APIButtonComponentWithCustomId[] = [];
  const open = alert.action !== 'resolve';
  // ComponentType.Button = 2; ButtonStyle: Primary 1, Secondary 2, Danger 4.
  if (open && !alert.ackedBy) buttons.push({ type: 2, style: 1, label: 'Acknowledge', custom_id: `${BUTTON.ack}${alert.incidentId}` });
  if (open) buttons.push({ type: 2, style: 2, label: 'Silence 24 h', custom_id: `${BUTTON.silence}${alert.country}` });
  buttons.push({ type: 2, style: 2, label: 'Status', custom_id: `${BUTTON.status}${alert.country}` });
  return [{ type: 1, components: buttons }];
}

export function noticeEmbed(n: Notice): APIEmbed {
  return {
    title: cut(`Operators: ${n.title}`, LIMITS.title),
    description: cut(escapeText(n.text), LIMITS.description),
    color: COLORS[n.severity],
    footer: { text: cut(`${n.kind} · ${n.key}`, LIMITS.footer) },
  };
}
