/** The trie-shaped word regex shared by the trigger, the gates and the gazetteer. */
import { describe, expect, it } from 'vitest';
import { TRIGGER_LOW_RE } from '../../../src/classify/signals.js';
import { trieRegexSource } from '../../../src/classify/trie.js';

const re = (words: string[], mode?: 'longest' | 'shortest') => new RegExp(`^(?:${trieRegexSource(words, mode)})`);

describe('trieRegexSource', () => {
  it('GIVEN words sharing prefixes WHEN matched THEN the longest listed word wins', () => {
    expect(re(['leav', 'leave', 'level']).exec('leaves')?.[0]).toBe('leave');
    expect(re(['leav', 'leave', 'level'], 'shortest').exec('leaves')?.[0]).toBe('leav');
  });

  it('GIVEN a word ending in "$" WHEN matched THEN only where the word ends', () => {
    const r = re(['travel$', 'home$']);
    expect(r.test('travel')).toBe(true);
    expect(r.test('travel.')).toBe(true);
    expect(r.test('traveler')).toBe(false);
    expect(r.test('homeland')).toBe(false);
  });

  it('GIVEN no words THEN the pattern never matches', () => {
    expect(re([]).test('anything')).toBe(false);
  });
});

describe('the trigger', () => {
  it('GIVEN "travel" as a word or inside "traveler" WHEN tested THEN only the word is a trigger', () => {
    expect(TRIGGER_LOW_RE.test('do not travel')).toBe(true);
    expect(TRIGGER_LOW_RE.test('mali - level 4: do not travel.')).toBe(true);
    expect(TRIGGER_LOW_RE.test('enroll in the smart traveler program today')).toBe(false);
    expect(TRIGGER_LOW_RE.test('stay in your homes tonight')).toBe(true);
    expect(TRIGGER_LOW_RE.test('the homeland security budget passed')).toBe(false);
  });

  it('GIVEN "department", "adviser" or "consultation" WHEN tested THEN no trigger; GIVEN "departure", "advised" or "consulate" THEN a trigger', () => {
    expect(TRIGGER_LOW_RE.test('the state department said the national security adviser held consultations')).toBe(false);
    expect(TRIGGER_LOW_RE.test('the ordered departure')).toBe(true);
    expect(TRIGGER_LOW_RE.test('citizens were advised')).toBe(true);
    expect(TRIGGER_LOW_RE.test('the consulate in erbil')).toBe(true);
    expect(TRIGGER_LOW_RE.test('flights depart daily')).toBe(true);
  });
});
