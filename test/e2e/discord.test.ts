import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeServer, Recorded } from '../helpers/fakeHttp.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/pipeline.js';
import { CHANNEL, ROLE, startDiscordFake } from '../integration/discord/fakeDiscord.js';

let fake: FakeServer | null = null;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  await fake?.close();
  fake = null;
  for (const c of cleanups.splice(0)) c();
});

function runRegister(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/discord/register.ts', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => void (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => void (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const json = (r: Recorded) => (r.json ?? {}) as Record<string, unknown>;

describe('Discord from the command line', () => {
  it('GIVEN only DISCORD_* environment variables WHEN the seeds are replayed as jsonl THEN the Mali incident reaches the fake Discord: one post pinging the on-call role, then edits and thread notes', async () => {
    fake = await startDiscordFake();
    const { code, stdout, stderr } = await runCli(['replay', 'seeds', '--format', 'jsonl'], {
      DISCORD_TOKEN: 'test',
      DISCORD_API_URL: fake.url,
      DISCORD_ALERT_CHANNEL: CHANNEL,
      DISCORD_ONCALL_ROLE: ROLE,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    const reqs = fake.requests;
    const posts = reqs.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL}/messages`);
    expect(posts).toHaveLength(1);
    expect(String(json(posts[0]!).content)).toContain(`<@&${ROLE}>`);
    expect(reqs.filter((r) => r.method === 'PATCH')).toHaveLength(4);
    expect(reqs.filter((r) => r.path.endsWith('/threads'))).toHaveLength(1);
    expect(reqs.filter((r) => String(json(r).content ?? '').includes('<@&'))).toHaveLength(1);
    for (const r of reqs.filter((q) => !q.path.endsWith('/threads'))) {
      expect((json(r).allowed_mentions as { roles: string[] }).roles.every((x) => x === ROLE)).toBe(true);
    }
  });

  it('GIVEN a guild id WHEN npm run discord:register runs THEN the commands of the definitions (with the configured country commands) are PUT for that guild', async () => {
    fake = await startDiscordFake();
    const { dir, cleanup } = tempDir('aw-discord-reg-');
    cleanups.push(cleanup);
    const cfg = join(dir, 'config.yaml');
    writeFileSync(cfg, 'discord:\n  countryCommands:\n    mali: Mali\n    niger: NE\n');
    const env = { DISCORD_TOKEN: 'test', DISCORD_APPLICATION_ID: '777777777777777777', DISCORD_API_URL: `${fake.url}/api` };
    const r = await runRegister(['--guild', '555555555555555555', '--config', cfg], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('registered 3 command(s) in guild 555555555555555555: /advisory, /mali, /niger');
    const put = fake.requests.find((q) => q.method === 'PUT')!;
    expect(put.path).toBe('/api/v10/applications/777777777777777777/guilds/555555555555555555/commands');
    expect(put.headers.authorization).toBe('Bot test');
    const body = put.json as { name: string; options: { name: string; options: { name: string }[] }[] }[];
    expect(body.map((c) => c.name)).toEqual(['advisory', 'mali', 'niger']);
    expect(body[0]!.options.map((o) => o.name)).toEqual(['status', 'subscribe', 'unsubscribe', 'list', 'silence', 'silences', 'unsilence', 'ack', 'history', 'help']);
    // The per-country command has no country option: the command is the country.
    expect(body[1]!.options.find((o) => o.name === 'status')!.options).toEqual([]);

    const missing = await runRegister(['--config', cfg], { DISCORD_TOKEN: 'test', DISCORD_API_URL: `${fake.url}/api`, DISCORD_APPLICATION_ID: '' });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('DISCORD_APPLICATION_ID is not set');
  });
});
