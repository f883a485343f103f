import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

const CHAT_SDK = /^(@slack\/|discord\.js|@discordjs\/|discord-api-types)/;
const IO = /^(node:)?(fs|fs\/promises|http|https|net|dgram|child_process|worker_threads|dns|tls)$/;

describe('rules of the house', () => {
  it('GIVEN src/ THEN no module imports a chat SDK', () => {
    const offenders = files('src').flatMap((f) => imports(f).filter((i) => CHAT_SDK.test(i)).map((i) => `${f} → ${i}`));
    expect(offenders).toEqual([]);
  });

  it('GIVEN src/ THEN only the composition root imports adapters', () => {
    const offenders = files('src')
      .filter((f) => !f.endsWith('main.ts') && !f.startsWith(join('src', 'cli')))
      .flatMap((f) => imports(f).filter((i) => i.includes('adapters/')).map((i) => `${f} → ${i}`));
    expect(offenders).toEqual([]);
  });

  it('GIVEN the classifier THEN it does no I/O: no file, network or process modules', () => {
    const offenders = files('src/classify').flatMap((f) => imports(f).filter((i) => IO.test(i)).map((i) => `${f} → ${i}`));
    expect(offenders).toEqual([]);
  });
});
