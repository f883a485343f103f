/**
 * Session 50: a numbered level used as the label of the areas under it ("especially in Level 3 or 4 areas", "Level 4
 * zones") is regional advice and sets no country-wide level. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a numbered level as the label of areas', () => {
  it('GIVEN a country-wide "exercise increased caution", then "especially in Level 3 or 4 areas" THEN the country stays at level 2', () => {
    expect(
      run(
        'U.S. citizens in Honduras should exercise increased caution throughout the country. Travel after dark, especially in Level 3 or 4 areas, should be limited to essential movements.',
      ),
    ).toEqual(['HN/US/2/']);
  });

  it('GIVEN "Travel in Level 4 zones should be limited" after a country-wide level 2 THEN level 2 (guard)', () => {
    expect(run('U.S. citizens in Honduras should exercise increased caution throughout the country. Travel in Level 4 zones should be limited to essential trips.')).toEqual([
      'HN/US/2/',
    ]);
  });

  it('GIVEN "X is now at Level 3 or 4" with no areas after the number THEN the level stays the country\'s (guard)', () => {
    expect(run('Honduras is now at Level 3 or 4 in most advisories.')).toEqual(['HN/-/3/']);
  });
});
