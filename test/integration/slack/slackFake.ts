/**
 * A Slack Web API on the shared loopback fake (test/helpers/fakeHttp.ts): answers the methods the
 * app calls, records them with the time they arrived, and lets a test script failures per method.
 */
import { type FakeServer, type HandlerResult, type Recorded, startFake } from '../../helpers/fakeHttp.js';

export interface SlackCall extends Recorded {
  apiMethod: string;
  at: number;
  form: Record<string, string>;
}

export type Script = (call: SlackCall, n: number) => HandlerResult | null;

export interface SlackFake {
  fake: FakeServer;
  /** Base URL to give as slack.apiUrl / SLACK_API_URL. */
  apiUrl: string;
  calls: SlackCall[];
  /** Calls of one Web API method, in arrival order. */
  of(method: string): SlackCall[];
  /** Per-method scripted answers; returning null falls back to the default. */
  script(method: string, fn: Script): void;
  users: Record<string, { is_admin?: boolean; is_owner?: boolean; name?: string }>;
  groups: Record<string, string[]>;
  close(): Promise<void>;
}

export async function startSlackFake(): Promise<SlackFake> {
  const calls: SlackCall[] = [];
  const scripts = new Map<string, Script>();
  const counts = new Map<string, number>();
  let ts = 0;
  const state: Pick<SlackFake, 'users' | 'groups'> = { users: {}, groups: {} };
  const fake = await startFake((req) => {
    const m = req.path.match(/^\/api\/([\w.]+)/);
    if (!m) return undefined;
    const apiMethod = m[1]!;
    const call: SlackCall = { ...req, apiMethod, at: performance.now(), form: req.form ?? {} };
    calls.push(call);
    const n = (counts.get(apiMethod) ?? 0) + 1;
    counts.set(apiMethod, n);
    const scripted = scripts.get(apiMethod)?.(call, n);
    if (scripted) return scripted;
    switch (apiMethod) {
      case 'auth.test':
        return { body: { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'advisory-watch', team: 'Test' } };
      case 'chat.postMessage':
        ts++;
        return { body: { ok: true, channel: call.form.channel, ts: `1700000000.${String(ts).padStart(6, '0')}`, message: { text: call.form.text } } };
      case 'chat.update':
        return { body: { ok: true, channel: call.form.channel, ts: call.form.ts } };
      case 'conversations.history':
        return { body: { ok: true, messages: [] } };
      case 'users.info': {
        const u = state.users[call.form.user ?? ''];
        if (!u) return { body: { ok: false, error: 'user_not_found' } };
        return { body: { ok: true, user: { id: call.form.user, name: u.name ?? 'someone', is_admin: !!u.is_admin, is_owner: !!u.is_owner } } };
      }
      case 'usergroups.users.list':
        return { body: { ok: true, users: state.groups[call.form.usergroup ?? ''] ?? [] } };
      default:
        return { body: { ok: false, error: 'unknown_method' } };
    }
  });
  return {
    fake,
    apiUrl: `${fake.url}/api/`,
    calls,
    of: (method) => calls.filter((c) => c.apiMethod === method),
    script: (method, fn) => void scripts.set(method, fn),
    get users() {
      return state.users;
    },
    set users(v) {
      state.users = v;
    },
    get groups() {
      return state.groups;
    },
    set groups(v) {
      state.groups = v;
    },
    close: () => fake.close(),
  };
}

/** Every piece of text a request would show (fallback text and block texts). */
export function shownText(call: SlackCall): string {
  const parts = [call.form.text ?? ''];
  if (call.form.blocks) parts.push(JSON.stringify(JSON.parse(call.form.blocks)));
  return parts.join('\n');
}

/** Mentions that would notify someone: user groups, users, @here/@channel/@everyone. */
export function pings(text: string): string[] {
  return text.match(/<!subteam\^[A-Z0-9]+(?:\|[^>]*)?>|<@[UW][A-Z0-9]*(?:\|[^>]*)?>|<!(?:here|channel|everyone)(?:\|[^>]*)?>/g) ?? [];
}
