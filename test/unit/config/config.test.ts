import { describe, expect, it } from 'vitest';
import { intervalToCron, parseDuration } from '../../../src/config/duration.js';
import { loadConfig, parseConfig } from '../../../src/config/load.js';
import { ConfigError } from '../../../src/errors.js';

function issues(text: string): { path: string; message: string }[] {
  try {
    parseConfig(text, 'test.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).details?.issues as { path: string; message: string }[];
  }
  throw new Error('expected the configuration to be refused');
}

describe('configuration', () => {
  it('GIVEN the shipped default and demo files THEN both are valid', () => {
    expect(loadConfig('config/default.yaml').sources.length).toBeGreaterThan(0);
    expect(loadConfig('config/demo.yaml').alerts.groupWindow).toBe(1_000);
  });

  it('GIVEN a value of the wrong type THEN its exact path and reason', () => {
    expect(issues('alerts:\n  groupWindow: 60\n')).toEqual([{ path: 'alerts.groupWindow', message: 'Invalid input: expected string, received number' }]);
  });

  it('GIVEN an unknown key, at the top or deep inside THEN refused with its path', () => {
    expect(issues('colour: red\n')[0]?.message).toMatch(/Unrecognized key: "colour"/);
    const deep = issues('sources:\n  - {id: a, type: rss, url: "https://x.example/f", intervall: 5m}\n');
    expect(deep[0]).toMatchObject({ path: 'sources.0' });
    expect(deep[0]?.message).toMatch(/intervall/);
  });

  it('GIVEN a bad cron expression THEN refused at the source path', () => {
    expect(issues('sources:\n  - {id: a, type: rss, url: "https://x.example/f", cron: "61 * * * *"}\n')).toEqual([
      { path: 'sources.0.cron', message: 'not a valid cron expression (5 fields, or 6 with seconds first)' },
    ]);
  });

  it('GIVEN a bad duration, URL, severity or country THEN each is reported', () => {
    const found = issues(
      'sources:\n  - {id: a, type: rss, url: "ftp://x", interval: 5 minutes, issuer: USA}\nsubscriptions:\n  - {notifier: console, minSeverity: urgent, countries: [Mali]}\n',
    );
    expect(found.map((i) => i.path).sort()).toEqual([
      'sources.0.interval',
      'sources.0.issuer',
      'sources.0.url',
      'subscriptions.0.countries.0',
      'subscriptions.0.minSeverity',
    ]);
  });

  it('GIVEN duplicate source ids THEN refused', () => {
    expect(issues('sources:\n  - {id: a, type: directory, path: x}\n  - {id: a, type: directory, path: y}\n')).toEqual([
      { path: 'sources.1.id', message: 'duplicate source id "a"' },
    ]);
  });

  it('GIVEN broken YAML or a missing file THEN a ConfigError that says so', () => {
    expect(() => parseConfig('a: [', 'x.yaml')).toThrow(/not valid YAML/);
    expect(() => loadConfig('nope.yaml')).toThrow(/no such configuration file/);
  });

  it('GIVEN durations THEN parsed, and intervals turned into cron expressions', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('5 minutes')).toBeNull();
    expect(intervalToCron(3_000)).toBe('*/3 * * * * *');
    expect(intervalToCron(600_000)).toBe('0 */10 * * * *');
    expect(intervalToCron(2 * 3_600_000)).toBe('0 0 */2 * * *');
  });
});
