/**
 * Session 45: advice against travel withdrawn by a verb of removal ("removed its advice against all but essential travel"),
 * and withdrawn for unnamed "parts of" / "areas of" a country (a lowering for that country, with no level); a named region's
 * advice withdrawn stays regional. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('advice against travel withdrawn', () => {
  it('GIVEN "has removed its advice against all but essential travel to X" THEN a lowering, no level', () => {
    expect(run('The FCDO has removed its advice against all but essential travel to Malawi.')).toEqual(['MW/GB/-/level_lowered']);
  });

  it('GIVEN "withdrew its warning against all travel to X" THEN a lowering', () => {
    expect(run('Last week the Foreign Office withdrew its warning against all travel to Gabon.')).toEqual(['GA/GB/-/level_lowered']);
  });

  it('GIVEN a date clause between the advice and "against" THEN still a lowering', () => {
    expect(run('The FCDO has lifted its advice, first issued on 3 March, against all but essential travel to Togo.')).toEqual(['TG/GB/-/level_lowered']);
  });

  it('GIVEN "no longer advising against travel to parts of X, Y and Z" THEN a lowering for each', () => {
    expect(run('The Foreign Office is no longer advising against travel to parts of Oman, Tunisia and Morocco.')).toEqual(['MA/GB/-/level_lowered', 'OM/GB/-/level_lowered', 'TN/GB/-/level_lowered']);
  });

  it('GIVEN "removed its advice against all but essential travel to areas of X" THEN a lowering', () => {
    expect(run('The FCDO has removed its advice against all but essential travel to areas of Zambia.')).toEqual(['ZM/GB/-/level_lowered']);
  });

  it('GIVEN the advice withdrawn for the border areas of X THEN no lowering (regional)', () => {
    expect(run('The FCDO no longer advises against travel to the border areas of Zambia.').join()).not.toContain('level_lowered');
  });

  it('GIVEN the advice withdrawn for parts of the north of X THEN no lowering (regional)', () => {
    expect(run('The FCDO has lifted its advice against all travel to parts of the north of Zambia.').join()).not.toContain('level_lowered');
  });

  it('GIVEN a government lifting a travel ban it imposed on visitors THEN no lowering (no advice)', () => {
    expect(run('Zambia lifted the restrictions on arrivals from Malawi.').join()).not.toContain('level_lowered');
  });

  it('GIVEN "has not removed its advice against all travel to X" THEN no lowering', () => {
    expect(run('The FCDO has not removed its advice against all travel to Gabon.').join()).not.toContain('level_lowered');
  });
});

describe('a change told from one quoted advice to another', () => {
  it('GIVEN "lowered … from “we advise against all non-essential travel” to “exercise a high degree of caution”" THEN level 2, lowered', () => {
    expect(run('Global Affairs Canada lowered its advice for Laos from “we advise against all non-essential travel” to “exercise a high degree of caution”.')).toEqual(['LA/CA/2/level_lowered']);
  });

  it('GIVEN the old advice quoted without "we" THEN the same', () => {
    expect(run('Global Affairs Canada lowered its advice for Laos from “avoid non-essential travel” to “exercise a high degree of caution”.')).toEqual(['LA/CA/2/level_lowered']);
  });
});
