/**
 * Session 54: shapes from the blind sets. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('the place a flight took off from', () => {
  it('GIVEN "a flight took off from <capital>, with A and B also evacuating their nationals" THEN the capital\'s country is left', () => {
    expect(
      run('A third Canadian charter flight took off from Bamako on Monday bound for Dakar, with Spain and Belgium also evacuating their nationals.'),
    ).toEqual(expect.arrayContaining(['ML/BE/-/evacuation', 'ML/ES/-/evacuation']));
  });

  it('GIVEN "flights arriving from <city>" THEN that city is still no country left (guard)', () => {
    expect(run('Flights arriving from Dubai were delayed, with Spain and Belgium also evacuating their nationals from Mali.')).toEqual([
      'ML/BE/-/evacuation',
      'ML/ES/-/evacuation',
    ]);
  });
});
