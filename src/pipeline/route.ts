import type { Alert, Silence, Subscription } from '../domain/records.js';
import { SEVERITY_RANK } from '../domain/types.js';
import type { NewOutboxRow } from '../store/port.js';

export const channelKey = (notifier: string, channel: string): string => `${notifier}|${channel}`;

export function isSilenced(silences: Silence[], notifier: string, channel: string, country: string, now: string): boolean {
  return silences.some((s) => s.notifier === notifier && s.channel === channel && (s.country === null || s.country === country) && s.until > now);
}

/**
 * Which subscriptions receive this revision. A channel receives an incident's revision when the
 * subscription covers the country and the incident's severity reaches its minimum, unless a silence
 * covers it; a channel that already received the incident also receives its later revisions
 * (including resolution), so that its message never goes stale.
 */
export function route(args: {
  alert: Alert;
  subscriptions: Subscription[];
  silences: Silence[];
  /** channelKey(notifier, channel) of every channel that already has a delivery of this incident. */
  alreadyNotified: Set<string>;
  now: string;
  dueAt: string;
}): NewOutboxRow[] {
  const { alert, now } = args;
  const rows = new Map<string, NewOutboxRow>();
  for (const sub of args.subscriptions) {
    const ck = channelKey(sub.notifier, sub.channel);
    const covers = sub.countries === 'all' || sub.countries.includes(alert.country);
    if (!covers) continue;
    const severe = SEVERITY_RANK[alert.severity] >= SEVERITY_RANK[sub.minSeverity];
    if (!severe && !args.alreadyNotified.has(ck)) continue;
    if (isSilenced(args.silences, sub.notifier, sub.channel, alert.country, now)) continue;
    const ping = alert.ping && sub.ping !== null && (alert.trust === 'official' || sub.pingReported);
    const prev = rows.get(ck);
    if (prev) {
      // Two subscriptions of one channel: one message, pinging the union of their targets.
      prev.ping ||= ping;
      if (ping && sub.ping) prev.pingTargets = mergeTargets(prev.pingTargets, sub.ping);
      continue;
    }
    rows.set(ck, {
      key: `${alert.incidentId}:${alert.revision}:${sub.notifier}:${sub.channel}`,
      incidentId: alert.incidentId,
      revision: alert.revision,
      notifier: sub.notifier,
      channel: sub.channel,
      subscriptionId: sub.id,
      ping,
      pingTargets: ping ? sub.ping : null,
      dueAt: args.dueAt,
      createdAt: now,
    });
  }
  return [...rows.values()];
}

function mergeTargets(a: NewOutboxRow['pingTargets'], b: NonNullable<Subscription['ping']>): NonNullable<Subscription['ping']> {
  const u = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  if (!a) return b;
  return { users: u(a.users, b.users), groups: u(a.groups, b.groups), roles: u(a.roles, b.roles), here: a.here || b.here };
}
