/**
 * Session 51: a change of level told after the list of places it concerns, and a level that follows the people told (named
 * between the list and the level). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a change of level told after its list of places', () => {
  it('GIVEN "advised not to travel to A, B or C in an upgraded warning" THEN the raise for each of the three', () => {
    expect(run('Swedish citizens have been advised not to travel to Jordan, Syria or Iraq in an upgraded warning as tensions build.')).toEqual([
      'IQ/SE/-/level_raised',
      'JO/SE/-/level_raised',
      'SY/SE/-/level_raised',
    ]);
  });

  it('GIVEN places named before the change that are not its object ("after attacks in A and B, N upgraded its warning for C") THEN only C (guard)', () => {
    expect(run('After attacks in Jordan and Syria, Norway upgraded its warning for Iraq.')).not.toContainEqual('JO/NO/-/level_raised');
  });
});

describe('a level after the people told, the list before them', () => {
  it('GIVEN "upgraded its warnings for A and B, telling Canadians to avoid all travel" THEN both at level 4', () => {
    expect(run('Canada upgraded its warnings for Jordan and Iraq on Monday, telling Canadians to avoid all travel.')).toEqual([
      'IQ/CA/4/level_raised',
      'JO/CA/4/level_raised',
    ]);
  });

  it('GIVEN "fighting continued in A and B, where Canadians were told to avoid all travel" THEN no list of advice objects (guard)', () => {
    expect(run('Fighting continued in Jordan and Iraq, where Canadians were told to avoid all travel.')).not.toContainEqual('JO/CA/4/');
  });
});
