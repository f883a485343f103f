import { describe, expect, it } from 'vitest';
import { commandDefinitions, commandText, readOptions, SUBCOMMANDS } from '../../../adapters/discord/commands.js';
import { buttonCommand, canManage } from '../../../adapters/discord/interactions.js';
import { COMMANDS, tokenize } from '../../../src/commands/handlers.js';

describe('Discord command definitions', () => {
  it('GIVEN the definitions THEN every handler command is a subcommand, within Discord’s naming and length rules, required options first', () => {
    const defs = commandDefinitions({ mali: 'ML' }, (c) => c);
    expect(defs.map((d) => d.name)).toEqual(['advisory', 'mali']);
    for (const d of defs) {
      expect(d.name).toMatch(/^[-_\p{L}\p{N}]{1,32}$/u);
      expect(d.description!.length).toBeLessThanOrEqual(100);
      const subs = d.options as { name: string; description: string; options: { name: string; description: string; required?: boolean }[] }[];
      expect(subs.map((s) => s.name)).toEqual([...COMMANDS]);
      for (const s of subs) {
        expect(s.description.length).toBeGreaterThan(0);
        expect(s.description.length).toBeLessThanOrEqual(100);
        const req = s.options.map((o) => Boolean(o.required));
        expect(req).toEqual([...req].sort((a, b) => Number(b) - Number(a)));
        for (const o of s.options) expect(o.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('GIVEN received options THEN the handlers’ text follows the definitions, and per-country commands fill in their country', () => {
    const opts = (sub: string, o: Record<string, string>) => [{ type: 1, name: sub, options: Object.entries(o).map(([name, value]) => ({ name, type: 3, value })) }];
    const read = (sub: string, o: Record<string, string>) => readOptions(opts(sub, o) as never);
    expect(commandText('status', read('status', { country: 'ML' }).values, undefined)).toBe('status ML');
    expect(commandText('silence', read('silence', { reason: 'drill', country: 'ML', duration: '24h' }).values, undefined)).toBe('silence ML 24h drill');
    expect(commandText('subscribe', read('subscribe', { targets: 'sahel', severity: 'high' }).values, undefined)).toBe('subscribe sahel high');
    expect(commandText('subscribe', new Map([['ping', '42']]), { users: { '42': {} as never } }, 'ML')).toBe('subscribe ML ping <@42>');
    expect(commandText('unsubscribe', new Map(), undefined, 'ML')).toBe('unsubscribe ML');
    expect(commandText('silence', new Map([['duration', '2h']]), undefined, 'ML')).toBe('silence 2h');
    expect(commandText('ack', new Map(), undefined, 'ML')).toBe('ack');
    expect(tokenize(commandText('subscribe', new Map([['targets', 'mali, niger'], ['ping', '7']]), { roles: { '7': {} as never } }))).toEqual(['subscribe', 'mali', 'niger', 'ping', '<@&7>']);
    expect(SUBCOMMANDS.every((s) => s.options.every((o) => o.name === o.name.toLowerCase()))).toBe(true);
  });

  it('GIVEN the buttons’ custom ids THEN they map to ack, a 24 h silence and status', () => {
    expect(buttonCommand('aw:ack:ML-20251104-080000')).toBe('ack ML-20251104-080000');
    expect(buttonCommand('aw:silence:ML')).toBe('silence ML 24h');
    expect(buttonCommand('aw:status:ML')).toBe('status ML');
    expect(buttonCommand('other:thing')).toBeNull();
  });

  it('GIVEN member permissions and roles THEN Manage Channels, Administrator or a manager role may manage, others not, and nobody outside a guild', () => {
    const member = (permissions: string, roles: string[] = []) => ({ permissions, roles }) as never;
    expect(canManage(member(String(1n << 4n)), [])).toBe(true);
    expect(canManage(member(String(1n << 3n)), [])).toBe(true);
    expect(canManage(member(String(1n << 11n)), [])).toBe(false);
    expect(canManage(member('0', ['9']), ['9'])).toBe(true);
    expect(canManage(member('not-a-number'), [])).toBe(false);
    expect(canManage(undefined, ['9'])).toBe(false);
  });
});
