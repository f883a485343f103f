/**
 * Platform-neutral command handlers: `/advisory <command> …` and per-country commands
 * (`/mali status`). Slack and Discord adapters parse their payloads into a CommandContext, call
 * `handleCommand`, and render the neutral CommandReply. No chat SDK here.
 */
import { parseDuration, formatDuration } from '../config/duration.js';
import { signalLabel } from '../domain/labels.js';
import { type PingTargets, type Subscription, UNKNOWN_ISSUER } from '../domain/records.js';
import { SEVERITIES, type Severity } from '../domain/types.js';
import { acknowledgeIncident } from '../pipeline/process.js';
import type { Store } from '../store/port.js';
import { displayCountry, osaDistance, resolveCountry } from './country.js';
import { regionCountries, regionNames } from './regions.js';
import { type CountryStatus, countryStatus, renderStatusText } from './status.js';

export interface CommandContext {
  /** The notifier whose channel this is ('slack', 'discord'). */
  notifier: string;
  channel: string;
  user: { id: string; display: string; canManage: boolean };
  now: Date;
  /** The country of a per-country command (`/mali …`). */
  country?: string;
}

export interface ReplySection {
  heading?: string;
  lines: string[];
}

/** What a command answers, for any platform to render. Text is plain: adapters escape it. */
export interface CommandReply {
  ok: boolean;
  /** Shown only to the person who asked. */
  ephemeral: boolean;
  title: string;
  sections: ReplySection[];
  /** Set for `status`, for platforms that render it richly. */
  status?: CountryStatus;
  /** Set when ok is false: a stable code for logs and tests. */
  code?: string;
}

export const COMMANDS = ['status', 'subscribe', 'unsubscribe', 'list', 'silence', 'silences', 'unsilence', 'ack', 'history', 'help'] as const;
export type CommandName = (typeof COMMANDS)[number];
const MANAGE: ReadonlySet<CommandName> = new Set(['subscribe', 'unsubscribe', 'silence', 'unsilence']);

export const HELP: Record<CommandName, string> = {
  status: 'status <country> — every issuer’s current level and signals, the open incident, the last change, source health',
  subscribe: 'subscribe <countries|regions|all> [info|warning|high|critical] [ping @group|@user|@here] — alert this channel',
  unsubscribe: 'unsubscribe [countries|regions|all] — stop alerting this channel (all when nothing is named)',
  list: 'list — this channel’s subscriptions',
  silence: 'silence <country|all> <duration> [reason] — mute alerts here, e.g. `silence mali 24h drill`',
  silences: 'silences — active silences in this channel',
  unsilence: 'unsilence <id|country|all> — lift a silence',
  ack: 'ack <incident id|country> — acknowledge an open incident (stops repeat pings)',
  history: 'history <country> — the latest changes in its advice',
  help: 'help — this list',
};

const fail = (code: string, title: string, lines: string[] = []): CommandReply => ({ ok: false, ephemeral: true, title, sections: lines.length ? [{ lines }] : [], code });
const ok = (title: string, sections: ReplySection[] = [], ephemeral = false): CommandReply => ({ ok: true, ephemeral, title, sections });

/** Splits "subscribe mali, niger high ping <!subteam^S1>" into a command and its words. */
export function tokenize(text: string): string[] {
  return (text.match(/<[^>]+>|"[^"]*"|[^\s,]+/g) ?? []).map((t) => t.replace(/^"|"$/g, ''));
}

function closestCommand(word: string): string | null {
  let best: string | null = null;
  let bestD = 3;
  for (const c of COMMANDS) {
    const d = osaDistance(word.toLowerCase(), c);
    if (d < bestD) (best = c), (bestD = d);
  }
  return best;
}

export async function handleCommand(store: Store, text: string, ctx: CommandContext): Promise<CommandReply> {
  const words = tokenize(text.trim());
  let name = (words.shift() ?? (ctx.country ? 'status' : 'help')).toLowerCase();
  if (!COMMANDS.includes(name as CommandName)) {
    // `/advisory mali` reads as `status mali`.
    if (!ctx.country && resolveCountry([name, ...words].join(' ')).code) {
      words.unshift(name);
      name = 'status';
    } else {
      const guess = closestCommand(name);
      return fail('unknown_command', `Unknown command “${name}”.`, [
        guess ? `Did you mean \`${guess}\`?` : 'Try `help` for the list of commands.',
      ]);
    }
  }
  const cmd = name as CommandName;
  if (MANAGE.has(cmd) && !ctx.user.canManage) {
    return fail('forbidden', 'Sorry, you can’t change this channel’s alerts.', [
      'Subscriptions and silences are managed by workspace admins and the configured on-call managers. `status`, `list`, `history` and `ack` are open to everyone.',
    ]);
  }
  switch (cmd) {
    case 'help':
      return ok('advisory-watch commands', [{ lines: COMMANDS.map((c) => HELP[c]) }, { heading: 'Regions', lines: [regionNames().join(', ')] }], true);
    case 'status':
      return status(store, words, ctx);
    case 'history':
      return history(store, words, ctx);
    case 'list':
      return list(store, ctx);
    case 'subscribe':
      return subscribe(store, words, ctx);
    case 'unsubscribe':
      return unsubscribe(store, words, ctx);
    case 'silence':
      return silence(store, words, ctx);
    case 'silences':
      return silences(store, ctx);
    case 'unsilence':
      return unsilence(store, words, ctx);
    case 'ack':
      return ack(store, words, ctx);
  }
}

function countryArg(words: string[], ctx: CommandContext, usage: string): { code: string } | CommandReply {
  if (words.length === 0) {
    if (ctx.country) return { code: ctx.country };
    return fail('missing_argument', `Which country? Usage: \`${usage}\``);
  }
  const r = resolveCountry(words.join(' '));
  if (r.code) return { code: r.code };
  return fail('unknown_country', `I don’t know the country “${words.join(' ')}”.`, [
    r.suggestions.length ? `Did you mean ${r.suggestions.join(', ')}?` : 'Try its English name, its two-letter code or its capital.',
  ]);
}

async function status(store: Store, words: string[], ctx: CommandContext): Promise<CommandReply> {
  const c = countryArg(words, ctx, 'status <country>');
  if ('ok' in c) return c;
  const s = await countryStatus(store, c.code);
  const [head, ...rest] = renderStatusText(s).split('\n');
  return { ok: true, ephemeral: false, title: head ?? displayCountry(c.code), sections: [{ lines: rest.map((l) => l.trim()) }], status: s };
}

async function history(store: Store, words: string[], ctx: CommandContext): Promise<CommandReply> {
  const c = countryArg(words, ctx, 'history <country>');
  if ('ok' in c) return c;
  const events = await store.listEvents(c.code, 10);
  if (events.length === 0) return ok(`No changes recorded for ${displayCountry(c.code)}.`, [], true);
  return ok(`Latest changes for ${displayCountry(c.code)}`, [
    {
      lines: events.map((e) => {
        const who = e.issuer === UNKNOWN_ISSUER ? 'unattributed' : e.issuer;
        const what =
          e.kind === 'level_raised' || e.kind === 'level_lowered'
            ? `level ${e.fromLevel ?? '?'} → ${e.toLevel}`
            : e.signal
              ? `${signalLabel(e.signal)}${e.kind === 'signal_removed' ? ' lifted' : ''}`
              : e.kind;
        return `${e.at.slice(0, 16).replace('T', ' ')}  ${who}: ${what} (${e.severity})${e.incidentId ? ` · ${e.incidentId}` : ''}`;
      }),
    },
  ]);
}

function describeSub(s: Subscription): string {
  const countries = s.countries === 'all' ? 'all countries' : s.countries.join(', ');
  const ping = s.ping === null ? 'no ping' : `ping ${describePing(s.ping)}`;
  return `${countries} · ${s.minSeverity} and above · ${ping}${s.origin === 'config' ? ' · (from configuration)' : ''}`;
}

function describePing(p: PingTargets): string {
  const parts = [...p.groups.map((g) => `group ${g}`), ...p.roles.map((r) => `role ${r}`), ...p.users.map((u) => `user ${u}`)];
  if (p.here) parts.push('@here');
  return parts.length ? parts.join(', ') : 'the channel’s on-call';
}

async function channelSubs(store: Store, ctx: CommandContext): Promise<Subscription[]> {
  return (await store.listSubscriptions()).filter((s) => s.notifier === ctx.notifier && s.channel === ctx.channel);
}

async function list(store: Store, ctx: CommandContext): Promise<CommandReply> {
  const subs = await channelSubs(store, ctx);
  if (subs.length === 0) return ok('This channel has no subscriptions.', [{ lines: ['Add one with `subscribe <countries|regions|all> [min-severity]`.'] }], true);
  return ok('This channel’s subscriptions', [{ lines: subs.map(describeSub) }], true);
}

/** Reads countries and regions from the front of `words`; multi-word names are matched greedily. */
function parseTargets(words: string[]): { countries: string[] | 'all'; rest: string[] } | CommandReply {
  const out = new Set<string>();
  let i = 0;
  while (i < words.length) {
    const w = words[i]!.toLowerCase();
    if (SEVERITIES.includes(w as Severity) || w === 'ping' || w.startsWith('<')) break;
    if (w === 'all') return { countries: 'all', rest: words.slice(i + 1) };
    let matched = 0;
    for (let j = Math.min(words.length, i + 4); j > i; j--) {
      const phrase = words.slice(i, j).join(' ');
      const region = regionCountries(phrase);
      const code = region ? null : resolveCountry(phrase).code;
      if (region || code) {
        for (const c of region ?? [code!]) out.add(c);
        matched = j - i;
        break;
      }
    }
    if (matched === 0) {
      const r = resolveCountry(words[i]!);
      return fail('unknown_country', `I don’t know the country or region “${words[i]}”.`, [
        r.suggestions.length ? `Did you mean ${r.suggestions.join(', ')}?` : `Regions: ${regionNames().join(', ')}.`,
      ]);
    }
    i += matched;
  }
  return { countries: [...out].sort(), rest: words.slice(i) };
}

/** Mentions in Slack (`<!subteam^S1|@oncall>`, `<@U1>`, `<!here>`) and Discord (`<@&1>`, `<@1>`) forms. */
export function parseMentions(words: string[]): PingTargets {
  const t: PingTargets = { users: [], groups: [], roles: [], here: false };
  for (const w of words) {
    let m: RegExpMatchArray | null;
    if ((m = w.match(/^<!subteam\^([A-Z0-9]+)(?:\|[^>]*)?>$/))) t.groups.push(m[1]!);
    else if ((m = w.match(/^<@&(\d+)>$/))) t.roles.push(m[1]!);
    else if ((m = w.match(/^<@!?([A-Z0-9]+)(?:\|[^>]*)?>$/))) t.users.push(m[1]!);
    else if (/^(<!here(\|[^>]*)?>|@here|here)$/.test(w)) t.here = true;
  }
  return t;
}

async function subscribe(store: Store, words: string[], ctx: CommandContext): Promise<CommandReply> {
  if (words.length === 0) return fail('missing_argument', 'What should this channel follow? Usage: `subscribe <countries|regions|all> [min-severity] [ping @group]`');
  const parsed = parseTargets(words);
  if ('ok' in parsed) return parsed;
  let minSeverity: Severity | undefined;
  let ping: PingTargets | null | undefined;
  const rest = parsed.rest;
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i]!.toLowerCase();
    if (SEVERITIES.includes(w as Severity)) minSeverity = w as Severity;
    else if (w === 'ping') {
      const mentions = rest.slice(i + 1);
      const targets = parseMentions(mentions);
      if (mentions.length === 0 || (!targets.here && targets.users.length + targets.groups.length + targets.roles.length === 0)) {
        return fail('bad_ping', 'Whom should I ping? Mention a user group, a role, a person or @here after `ping`.');
      }
      ping = targets;
      break;
    } else if (w === 'noping' || w === 'no-ping') ping = null;
    else return fail('bad_argument', `I don’t understand “${rest[i]}”.`, [HELP.subscribe]);
  }
  const id = `${ctx.notifier}:${ctx.channel}:commands`;
  const existing = (await store.listSubscriptions()).find((s) => s.id === id);
  const countries =
    parsed.countries === 'all' || existing?.countries === 'all'
      ? parsed.countries === 'all'
        ? 'all'
        : existing!.countries
      : [...new Set([...(existing?.countries ?? []), ...parsed.countries])].sort();
  const sub: Subscription = {
    id,
    notifier: ctx.notifier,
    channel: ctx.channel,
    countries,
    minSeverity: minSeverity ?? existing?.minSeverity ?? 'warning',
    ping: ping === undefined ? (existing?.ping ?? null) : ping,
    pingReported: existing?.pingReported ?? true,
    origin: 'command',
    createdBy: ctx.user.id,
    createdAt: existing?.createdAt ?? ctx.now.toISOString(),
  };
  await store.putSubscription(sub);
  return ok('Subscribed.', [{ lines: [`This channel now follows ${describeSub(sub)}.`] }]);
}

async function unsubscribe(store: Store, words: string[], ctx: CommandContext): Promise<CommandReply> {
  const id = `${ctx.notifier}:${ctx.channel}:commands`;
  const existing = (await store.listSubscriptions()).find((s) => s.id === id);
  const fromConfig = (await channelSubs(store, ctx)).filter((s) => s.origin === 'config');
  const configNote = fromConfig.length ? ['Subscriptions from the configuration file stay until it is changed.'] : [];
  if (!existing) return fail('not_subscribed', 'This channel has no subscriptions made by command.', configNote);
  if (words.length === 0 || (words.length === 1 && words[0]!.toLowerCase() === 'all')) {
    await store.deleteSubscription(id);
    return ok('Unsubscribed: this channel no longer receives alerts from its command subscriptions.', configNote.length ? [{ lines: configNote }] : []);
  }
  const parsed = parseTargets(words);
  if ('ok' in parsed) return parsed;
  if (parsed.countries === 'all') {
    await store.deleteSubscription(id);
    return ok('Unsubscribed from everything.');
  }
  if (existing.countries === 'all') {
    return fail('ambiguous', 'This channel follows all countries; unsubscribe from all, then subscribe to the ones you want.');
  }
  const remove = new Set(parsed.countries);
  const left = existing.countries.filter((c) => !remove.has(c));
  if (left.length === 0) {
    await store.deleteSubscription(id);
    return ok('Unsubscribed: no countries left.');
  }
  await store.putSubscription({ ...existing, countries: left });
  return ok('Unsubscribed.', [{ lines: [`This channel now follows ${describeSub({ ...existing, countries: left })}.`] }]);
}

async function silence(store: Store, words: string[], ctx: CommandContext): Promise<CommandReply> {
  const usage = 'Usage: `silence <country|all> <duration> [reason]`, e.g. `silence mali 24h`';
  let country: string | null;
  let i: number;
  if (ctx.country && words[0] && parseDuration(words[0]) !== null) {
    country = ctx.country;
    i = 0;
  } else if (words[0]?.toLowerCase() === 'all') {
    country = null;
    i = 1;
  } else {
    // The country is everything before the first duration.
    const d = words.findIndex((w) => parseDuration(w) !== null);
    if (d <= 0) return fail('missing_argument', 'Which country, and for how long?', [usage]);
    const c = countryArg(words.slice(0, d), ctx, 'silence <country> <duration>');
    if ('ok' in c) return c;
    country = c.code;
    i = d;
  }
  const ms = words[i] ? parseDuration(words[i]!) : null;
  if (ms === null || ms <= 0) return fail('bad_duration', `“${words[i] ?? ''}” is not a duration.`, [usage]);
  if (ms > 30 * 86_400_000) return fail('bad_duration', 'A silence can last 30 days at most.', [usage]);
  const reason = words.slice(i + 1).join(' ') || null;
  const until = new Date(ctx.now.getTime() + ms).toISOString();
  const id = await store.addSilence({ notifier: ctx.notifier, channel: ctx.channel, country, until, reason, createdBy: ctx.user.id, createdAt: ctx.now.toISOString() });
  return ok(`Silenced ${country ? displayCountry(country) : 'all countries'} in this channel for ${formatDuration(ms)}.`, [
    { lines: [`Until ${until.slice(0, 16).replace('T', ' ')} UTC${reason ? ` — ${reason}` : ''}. Silence #${id}; lift it with \`unsilence ${id}\`.`] },
  ]);
}

async function silences(store: Store, ctx: CommandContext): Promise<CommandReply> {
  const active = (await store.listSilences(ctx.now.toISOString())).filter((s) => s.notifier === ctx.notifier && s.channel === ctx.channel);
  if (active.length === 0) return ok('No active silences in this channel.', [], true);
  return ok('Active silences in this channel', [
    {
      lines: active.map(
        (s) => `#${s.id} ${s.country ? displayCountry(s.country) : 'all countries'} until ${s.until.slice(0, 16).replace('T', ' ')} UTC${s.reason ? ` — ${s.reason}` : ''}${s.createdBy ? ` (by ${s.createdBy})` : ''}`,
      ),
    },
  ], true);
}

async function unsilence(store: Store, words: string[], ctx: CommandContext): Promise<CommandReply> {
  const active = (await store.listSilences(ctx.now.toISOString())).filter((s) => s.notifier === ctx.notifier && s.channel === ctx.channel);
  const arg = words.join(' ').replace(/^#/, '');
  if (!arg && !ctx.country) return fail('missing_argument', 'Which silence? Usage: `unsilence <id|country|all>`');
  let targets = active;
  if (arg.toLowerCase() === 'all') targets = active;
  else if (/^\d+$/.test(arg)) targets = active.filter((s) => s.id === Number(arg));
  else {
    const c = countryArg(words, ctx, 'unsilence <id|country|all>');
    if ('ok' in c) return c;
    targets = active.filter((s) => s.country === c.code);
  }
  if (targets.length === 0) return fail('not_found', `No active silence matches “${arg || ctx.country}” in this channel.`);
  for (const s of targets) await store.deleteSilence(s.id);
  return ok(`Lifted ${targets.length} silence${targets.length === 1 ? '' : 's'}.`);
}

async function ack(store: Store, words: string[], ctx: CommandContext): Promise<CommandReply> {
  let incidentId = words[0];
  if (!incidentId || !(await store.getIncident(incidentId))) {
    const c = countryArg(words, ctx, 'ack <incident id|country>');
    if ('ok' in c) return c;
    const open = await store.getOpenIncident(c.code);
    if (!open) return fail('not_found', `${displayCountry(c.code)} has no open incident.`);
    incidentId = open.id;
  }
  const r = await acknowledgeIncident(store, incidentId, ctx.user.display, ctx.now, { notifier: ctx.notifier, channel: ctx.channel });
  if (r.status === 'not_found') return fail('not_found', `Incident ${incidentId} is not open.`);
  if (r.status === 'already') return ok(`Incident ${incidentId} was already acknowledged by ${r.by}.`, [], true);
  return ok(`Incident ${incidentId} acknowledged by ${ctx.user.display}.`, [{ lines: ['Repeat pings are stopped; the alert is updated everywhere.'] }]);
}
