import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AlertLine } from '../../src/delivery/format.js';
import { runCli } from '../helpers/cli.js';

const SEEDS = ['000_a707455ac4747570.txt', '001_dec6e1f6441e53ed.txt', '002_7bc2d3ee10ae0c11.txt', '003_754f0baf6a45f420.txt', '004_92f9f117264fb3e9.txt'];

describe('command line contract', () => {
  it('GIVEN the seeds WHEN replayed as jsonl THEN one Mali incident: open, critical, one ping, later revisions carry the other issuers', async () => {
    const { code, stdout, stderr } = await runCli(['replay', 'seeds', '--format', 'jsonl', '--start', '2025-11-04T08:00:00Z']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as AlertLine);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(new Set(lines.map((l) => l.country))).toEqual(new Set(['ML']));
    expect(new Set(lines.map((l) => l.incident)).size).toBe(1);
    expect(lines[0]).toMatchObject({ action: 'open', severity: 'critical', ping: true, revision: 1 });
    expect(lines[0]!.issuers).toContain('US');
    expect(lines[0]!.signals).toContain('leave_immediately');
    expect(lines.filter((l) => l.ping)).toHaveLength(1);
    expect(lines.slice(1).every((l) => l.action === 'update')).toBe(true);
    expect(lines.map((l) => l.revision)).toEqual(lines.map((_, i) => i + 1));
    const last = lines.at(-1)!;
    for (const issuer of ['US', 'GB', 'IT', 'AU', 'DE']) expect(last.issuers).toContain(issuer);
    expect(last.sources[0]).toBe('seeds/000_a707455ac4747570.txt');
    expect(Object.keys(last)).toEqual(['incident', 'revision', 'action', 'country', 'severity', 'ping', 'levels', 'signals', 'issuers', 'sources']);
  });

  it('GIVEN --baseline THEN the first document only establishes state, and the next one alerts', async () => {
    const { stdout } = await runCli(['replay', 'seeds', '--format', 'jsonl', '--baseline']);
    const lines = stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as AlertLine);
    expect(lines.every((l) => l.country === 'ML')).toBe(true);
    expect(lines.some((l) => l.sources.length === 1 && l.sources[0]!.includes('000_'))).toBe(false);
  });

  it('GIVEN the five seed files WHEN classified as jsonl THEN one line each, in order, each with a US leave_immediately finding for ML and nothing else', async () => {
    const files = SEEDS.map((s) => `seeds/${s}`);
    const { code, stdout } = await runCli(['classify', '--format', 'jsonl', ...files]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; findings: { country: string; issuer: string | null; signals: string[] }[] });
    expect(lines.map((l) => l.input)).toEqual(files);
    for (const l of lines) {
      expect(l.findings.every((f) => f.country === 'ML')).toBe(true);
      expect(l.findings.find((f) => f.issuer === 'US')?.signals).toContain('leave_immediately');
    }
  });

  it('GIVEN a missing file among others WHEN classified THEN its line says why, the others are classified, and the exit code is 1', async () => {
    const { code, stdout } = await runCli(['classify', '--format', 'jsonl', 'nope.txt', `seeds/${SEEDS[0]}`]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; error?: string });
    expect(lines[0]).toMatchObject({ input: 'nope.txt' });
    expect(lines[0]!.error).toMatch(/cannot read/);
    expect(lines[1]!.input).toBe(`seeds/${SEEDS[0]}`);
  });

  it('GIVEN a bad config WHEN check-config runs THEN exit 2 with path and reason; a good one exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-cli-'));
    try {
      writeFileSync(join(dir, 'bad.yaml'), 'sources:\n  - {id: x, type: rss, url: "https://x.example/f", cron: "99 * * * *"}\nalerts: {groupWindow: soon}\n');
      const bad = await runCli(['check-config', join(dir, 'bad.yaml')]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('→ at sources[0].cron');
      expect(bad.stderr).toContain('→ at alerts.groupWindow');
      const good = await runCli(['check-config', 'config/default.yaml']);
      expect(good.code).toBe(0);
      expect(good.stdout).toContain('valid');
      const start = await runCli(['start', '--config', join(dir, 'bad.yaml')]);
      expect(start.code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('GIVEN a typo in a command or option THEN exit 2 with a hint', async () => {
    const typo = await runCli(['replai', 'seeds']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown command 'replai'/);
    expect(typo.stderr).toMatch(/replay/);
    const badStep = await runCli(['replay', 'seeds', '--step', 'often']);
    expect(badStep.code).toBe(2);
    expect(badStep.stderr).toMatch(/--step/);
  });
});

describe('notifiers that are not set up', () => {
  it('GIVEN a subscription to Slack but no SLACK_BOT_TOKEN WHEN replay or start runs THEN exit 2 naming the path and how to enable it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-cli-'));
    try {
      writeFileSync(join(dir, 'c.yaml'), `database: {path: "${join(dir, 'db.sqlite')}"}\nslack: {}\nsubscriptions:\n  - {notifier: slack, channel: C1, countries: all}\n`);
      for (const args of [['replay', 'seeds', '--format', 'jsonl'], ['start']]) {
        const r = await runCli([...args, '--config', join(dir, 'c.yaml')], { SLACK_BOT_TOKEN: '' });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('notifier "slack" is not available: set SLACK_BOT_TOKEN');
        expect(r.stderr).toContain('→ at subscriptions[0].notifier');
        expect(r.stdout).toBe('');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
