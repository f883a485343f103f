/**
 * Composition root: config → store → sources → pipeline → notifiers. The only module that wires
 * adapters to the core; everything else depends on ports.
 */
import type { Logger } from 'pino';
import { ConsoleNotifier } from '../adapters/console/notifier.js';
import { JsonlNotifier } from '../adapters/jsonl/notifier.js';
import { createDiscordInbound, createDiscordNotifier } from '../adapters/discord/index.js';
import { createSlackInbound, createSlackNotifier } from '../adapters/slack/index.js';
import { createClassifier } from './classify/index.js';
import type { Secrets } from './config/env.js';
import { type Config, type SubscriptionConfig, sourceCron } from './config/schema.js';
import type { Notifier } from './delivery/notifier.js';
import { DeliveryWorker } from './delivery/worker.js';
import type { Subscription } from './domain/records.js';
import type { Classifier } from './domain/types.js';
import { ConfigError } from './errors.js';
import { createLogger } from './log.js';
import { type Clock, systemClock } from './pipeline/clock.js';
import { type PollDeps, type PollOutcome, pollSource } from './pipeline/poll.js';
import { runMaintenance } from './pipeline/process.js';
import { Scheduler } from './scheduler.js';
import { createSource } from './sources/factory.js';
import type { FeedSource } from './sources/types.js';
import type { Store } from './store/port.js';
import { openSqliteStore } from './store/sqlite.js';

/**
 * An inbound interface (a Slack app, a Discord interactions endpoint or gateway client): started
 * with the pollers, stopped before them. Built by adapters from the store and the command handlers.
 */
export interface Inbound {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface AppOptions {
  config: Config;
  /** Secrets from the environment (tokens, signing secrets). */
  secrets?: Secrets;
  clock?: Clock;
  log?: Logger;
  /** Overrides config.database.path (":memory:" in tests). */
  dbPath?: string;
  /** Where the console notifier writes (default stdout). */
  consoleWrite?: (text: string) => void;
  consoleColor?: boolean;
  /** Notifiers to add or replace by name (tests, replay). */
  notifiers?: Notifier[];
  /** Subscriptions to use instead of config.subscriptions. */
  subscriptions?: Subscription[];
  sources?: FeedSource[];
  alertOnFirstPoll?: boolean;
  classifier?: Classifier;
}

export interface App {
  config: Config;
  store: Store;
  /** Inbound interfaces started by start() and stopped by stop(). */
  inbound: Inbound[];
  sources: FeedSource[];
  notifiers: Map<string, Notifier>;
  worker: DeliveryWorker;
  log: Logger;
  clock: Clock;
  pollDeps: PollDeps;
  pollAll(): Promise<Map<string, PollOutcome>>;
  /** Delivers what is due, after running periodic duties (repeat pings). */
  tick(): Promise<void>;
  start(): void;
  stop(opts?: { drainMs?: number }): Promise<void>;
}

export function subscriptionFromConfig(s: SubscriptionConfig, index: number, now: string): Subscription {
  const ping =
    s.ping === false
      ? null
      : s.ping === true
        ? { users: [], groups: [], roles: [], here: false }
        : { users: s.ping.users, groups: s.ping.groups, roles: s.ping.roles, here: s.ping.here };
  return {
    id: s.id ?? `config:${s.notifier}:${s.channel}:${index}`,
    notifier: s.notifier,
    channel: s.channel,
    countries: s.countries,
    minSeverity: s.minSeverity,
    ping,
    pingReported: s.pingReported,
    origin: 'config',
    createdBy: null,
    createdAt: now,
  };
}

/** Makes the stored config-origin subscriptions equal to the configured ones (commands' own stay). */
async function syncSubscriptions(store: Store, wanted: Subscription[]): Promise<void> {
  await store.transaction(async (tx) => {
    const ids = new Set(wanted.map((s) => s.id));
    for (const old of await tx.listSubscriptions()) if (old.origin === 'config' && !ids.has(old.id)) await tx.deleteSubscription(old.id);
    for (const s of wanted) await tx.putSubscription(s);
  });
}

export function buildNotifiers(config: Config, opts: AppOptions): Map<string, Notifier> {
  const map = new Map<string, Notifier>();
  map.set('console', new ConsoleNotifier({ write: opts.consoleWrite, color: opts.consoleColor ?? colorSetting(config) }));
  if (config.notifiers.jsonl) map.set('jsonl', new JsonlNotifier({ path: config.notifiers.jsonl.path }));
  // Chat notifiers (Slack, Discord) are added here from config and secrets.
  if (config.slack && opts.secrets?.slackBotToken) {
    map.set('slack', createSlackNotifier(config.slack, opts.secrets.slackBotToken, opts.log ?? createLogger(config.log.level)));
  }
  if (config.discord) {
    map.set('discord', createDiscordNotifier(config.discord, opts.secrets ?? {}, (opts.log ?? createLogger(config.log.level)).child({ component: 'discord' })));
  }
  for (const n of opts.notifiers ?? []) map.set(n.name, n);
  return map;
}

const HOW_TO_ENABLE: Record<string, string> = {
  slack: 'set SLACK_BOT_TOKEN in the environment (see the README, "Slack")',
  discord: 'set DISCORD_TOKEN (or DISCORD_WEBHOOK_URL) in the environment (see the README, "Discord")',
  jsonl: 'set notifiers.jsonl.path',
};

/**
 * Every configured subscription and operators' route must name a notifier that exists, or the
 * program refuses to start (exit 2) instead of rejecting each alert at delivery time.
 */
function assertNotifiersAvailable(config: Config, notifiers: Map<string, Notifier>, explicit?: Subscription[]): void {
  const problems: string[] = [];
  const check = (notifier: string, path: string) => {
    if (!notifiers.has(notifier)) problems.push(`  ✖ notifier "${notifier}" is not available: ${HOW_TO_ENABLE[notifier] ?? 'configure it'}\n    → at ${path}`);
  };
  config.subscriptions.forEach((s, i) => check(s.notifier, `subscriptions[${i}].notifier`));
  for (const s of explicit ?? []) if (!s.id.startsWith('config:')) check(s.notifier, `subscription ${s.id}`);
  config.operators.forEach((o, i) => check(o.notifier, `operators[${i}].notifier`));
  if (problems.length) throw new ConfigError(`configuration refers to notifiers that are not set up\n${problems.join('\n')}`);
}

function colorSetting(config: Config): boolean | undefined {
  const c = config.notifiers.console.color;
  return c === 'auto' ? undefined : c === 'always';
}

export async function createApp(opts: AppOptions): Promise<App> {
  const { config } = opts;
  const clock = opts.clock ?? systemClock;
  const log = opts.log ?? createLogger(config.log.level);
  const store = openSqliteStore(opts.dbPath ?? config.database.path);
  const now = clock.now().toISOString();
  await syncSubscriptions(store, opts.subscriptions ?? config.subscriptions.map((s, i) => subscriptionFromConfig(s, i, now)));
  const sources = opts.sources ?? config.sources.filter((s) => s.enabled).map((s) => createSource(s, config));
  const notifiers = buildNotifiers(config, opts);
  try {
    assertNotifiersAvailable(config, notifiers, opts.subscriptions);
  } catch (err) {
    await store.close();
    throw err;
  }
  const worker = new DeliveryWorker(
    store,
    notifiers,
    clock,
    {
      maxAttempts: config.delivery.maxAttempts,
      backoffInitialMs: config.delivery.backoffInitial,
      backoffMaxMs: config.delivery.backoffMax,
      operators: config.operators,
    },
    log.child({ component: 'delivery' }),
  );
  const pollDeps: PollDeps = {
    store,
    classifier: opts.classifier ?? createClassifier(),
    clock,
    log: log.child({ component: 'poller' }),
    groupWindowMs: config.alerts.groupWindow,
    backoffInitialMs: config.scheduler.backoffInitial,
    backoffMaxMs: config.scheduler.backoffMax,
    alertOnFirstPoll: opts.alertOnFirstPoll,
    operators: config.operators,
    outageNoticeMs: config.scheduler.outageNotice,
  };

  const cronOf = new Map(config.sources.map((s) => [s.id, sourceCron(s, config)]));
  const scheduler = new Scheduler(
    sources.map((source) => ({
      id: source.id,
      cron: cronOf.get(source.id) ?? '0 */10 * * * *',
      run: (signal: AbortSignal) => pollSource(source, pollDeps, { signal }),
    })),
    config.scheduler.jitter,
    log.child({ component: 'scheduler' }),
  );

  let ticker: NodeJS.Timeout | null = null;
  let ticking: Promise<void> | null = null;
  const tick = async (): Promise<void> => {
    if (ticking) return ticking;
    ticking = (async () => {
      try {
        await runMaintenance(store, clock.now(), { repeatIntervalMs: config.alerts.repeatInterval, staleAfterMs: config.alerts.staleAfter });
        await worker.drain();
      } catch (err) {
        log.error({ code: 'tick_failed', err: (err as Error).message }, 'delivery tick failed');
      }
    })().finally(() => {
      ticking = null;
    });
    return ticking;
  };

  const inbound: Inbound[] = [];
  // Chat inbound interfaces (Slack app, Discord interactions) are added here from config and secrets.
  if (config.discord) {
    const discord = createDiscordInbound(config.discord, opts.secrets ?? {}, { store, clock, log: log.child({ component: 'discord' }) });
    if (discord) inbound.push(discord);
  }
  if (config.slack && opts.secrets?.slackBotToken) {
    const slack = createSlackInbound(config.slack, opts.secrets, { store, clock, log });
    if (slack) inbound.push(slack);
  }

  return {
    config,
    store,
    inbound,
    sources,
    notifiers,
    worker,
    log,
    clock,
    pollDeps,
    async pollAll() {
      const out = new Map<string, PollOutcome>();
      for (const s of sources) out.set(s.id, await pollSource(s, pollDeps));
      return out;
    },
    tick,
    start() {
      scheduler.start({ runNow: true });
      ticker = setInterval(() => void tick(), config.delivery.tick);
      for (const i of inbound) {
        i.start().then(
          () => log.info({ inbound: i.name }, 'inbound interface started'),
          (err: Error) => log.error({ inbound: i.name, code: 'inbound_start_failed', err: err.message }, 'inbound interface failed to start'),
        );
      }
    },
    async stop({ drainMs = 10_000 } = {}) {
      for (const i of inbound) await i.stop().catch((err: Error) => log.warn({ inbound: i.name, err: err.message }, 'inbound stop failed'));
      await scheduler.stop();
      if (ticker) clearInterval(ticker);
      const deadline = Date.now() + drainMs;
      // Drain what can be drained: stop early when nothing more is due soon.
      while (Date.now() < deadline) {
        await tick();
        const next = await store.nextDueAt();
        if (!next || Date.parse(next) - clock.now().getTime() > deadline - Date.now()) break;
        await new Promise((r) => setTimeout(r, Math.min(250, Math.max(0, Date.parse(next) - clock.now().getTime()))));
      }
      const counts = await store.outboxCounts();
      if (counts.pending > 0) log.warn({ pending: counts.pending }, 'stopped with deliveries pending; they go out on the next start');
      for (const n of notifiers.values()) await n.close?.();
      await store.close();
    },
  };
}
