import { countryName } from '../../src/domain/countries.js';
import { flag, levelLabel, signalLabel } from '../../src/domain/labels.js';
import { type Alert, type AlertIssuer, UNKNOWN_ISSUER } from '../../src/domain/records.js';
import type { Severity } from '../../src/domain/types.js';
import type { Delivery, DeliveryResult, NoticeDelivery, Notifier } from '../../src/delivery/notifier.js';

const COLORS: Record<Severity, string> = { critical: '\x1b[1;31m', high: '\x1b[1;33m', warning: '\x1b[33m', info: '\x1b[36m' };
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

export interface ConsoleOptions {
  write?: (text: string) => void;
  color?: boolean;
}

/** The embedded default: a readable, severity-coloured rendering of each message on stdout. */
export class ConsoleNotifier implements Notifier {
  readonly name = 'console';
  private readonly write: (text: string) => void;
  private readonly color: boolean;

  constructor(opts: ConsoleOptions = {}) {
    this.write = opts.write ?? ((t) => process.stdout.write(t));
    this.color = opts.color ?? (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
  }

  async deliver(d: Delivery): Promise<DeliveryResult> {
    this.write(renderConsole(d.alert, d.ping, this.color));
    return { ok: true, ref: { printed: d.key } };
  }

  async notice(n: NoticeDelivery): Promise<DeliveryResult> {
    const tag = `OPERATORS ${n.notice.severity.toUpperCase()}`;
    const head = this.color ? `${COLORS[n.notice.severity]}${tag}${RESET}` : tag;
    this.write(`${head}  ${n.notice.title}\n          ${n.notice.text}\n\n`);
    return { ok: true };
  }
}

export function renderConsole(alert: Alert, ping: boolean, color: boolean): string {
  const c = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  const time = alert.updatedAt.slice(11, 19);
  const name = countryName(alert.country);
  const verb = alert.action === 'open' ? 'opened' : alert.action === 'resolve' ? 'resolved' : `revised (rev ${alert.revision})`;
  const pad = ' '.repeat(10);
  const lines: string[] = [];
  let head = `${c(DIM, time)}  ${c(COLORS[alert.severity], alert.severity.toUpperCase().padEnd(8))}  ${flag(alert.country)} ${c(BOLD, name)} — incident ${alert.incidentId} ${verb}`;
  if (ping) head += `   ${c(COLORS.critical, alert.pingReason === 'repeat' ? '🔔 PING on-call (reminder: not acknowledged)' : '🔔 PING on-call')}`;
  lines.push(head);
  if (alert.action !== 'open' && alert.changes.length > 0) lines.push(`${pad}${c(DIM, 'what changed:')} ${alert.changes.join('; ')}`);
  for (const i of alert.issuers) lines.push(`${pad}${issuerLine(i)}`);
  lines.push(`${pad}${c(DIM, trustLine(alert))}`);
  const evidence = alert.issuers.find((i) => i.evidence)?.evidence;
  if (evidence) lines.push(`${pad}“${truncate(evidence, 300)}”`);
  if (alert.sources.length > 0) lines.push(`${pad}${c(DIM, `sources: ${alert.sources.join(', ')}`)}`);
  if (alert.ackedBy) lines.push(`${pad}${c(DIM, `acknowledged by ${alert.ackedBy}`)}`);
  return `${lines.join('\n')}\n\n`;
}

function issuerLine(i: AlertIssuer): string {
  const who = i.issuer === UNKNOWN_ISSUER ? 'unattributed' : i.issuer;
  const level =
    i.to === null ? '' : i.from !== null && i.from !== i.to ? `level ${i.from} → ${i.to}` : levelLabel(i.to);
  const signals = i.signals.map(signalLabel).join(', ');
  return [who.padEnd(4), [level, signals].filter(Boolean).join(' · ') || 'no change in advice'].join(' ');
}

export function trustLine(alert: Alert): string {
  const official = alert.issuers.filter((i) => i.trust === 'official' && i.issuer !== UNKNOWN_ISSUER).map((i) => i.issuer);
  if (official.length > 0) return `confirmed by official sources of ${official.join(', ')}`;
  const outlets = new Set(alert.issuers.flatMap((i) => i.sources)).size;
  return `reported by ${outlets} outlet${outlets === 1 ? '' : 's'} (not yet confirmed by an official source)`;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
