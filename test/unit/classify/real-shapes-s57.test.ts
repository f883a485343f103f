/**
 * Session 57: shapes from the blind sets. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('an embassy\'s operations suspended, told as a noun', () => {
  it('GIVEN "… prompting the suspension of embassy operations" after the embassy is named THEN the issuer\'s embassy is suspended', () => {
    expect(run('The State Department evacuated its staff from the U.S. Embassy in Harare, Zimbabwe. Heavy fighting in the capital prompted the suspension of embassy operations.')).toEqual(['ZW/US/-/embassy_suspended,evacuation']);
  });

  it('GIVEN "Britain halted embassy operations in X" THEN suspended', () => {
    expect(run('Britain halted embassy operations in Zimbabwe on Monday.')).toEqual(['ZW/GB/-/embassy_suspended']);
  });

  it('GIVEN "… has not halted embassy operations" THEN nothing (guard)', () => {
    expect(run('Britain has not halted embassy operations in Zimbabwe.')).toEqual([]);
  });
});

describe('advice of an earlier statement is superseded', () => {
  it('GIVEN "In an earlier statement, citizens were told to shelter in place" THEN no shelter now', () => {
    expect(run('The State Department said on Sunday it had evacuated all U.S. personnel from Zimbabwe. In an earlier statement, U.S. citizens in Zimbabwe were told to shelter in place.')).toEqual(['ZW/US/-/evacuation']);
  });

  it('GIVEN "Dans un précédent communiqué, l\'ambassade appelait à rester chez soi" THEN no shelter now', () => {
    expect(run("Dans un précédent communiqué, l'ambassade de France au Zimbabwe demandait aux Français de rester chez eux.")).toEqual([]);
  });

  it('GIVEN the same call without the earlier statement THEN shelter (guard)', () => {
    expect(run('U.S. citizens in Zimbabwe were told by the U.S. Embassy to shelter in place.')).toEqual(['ZW/US/-/shelter_in_place']);
  });
});

describe('non-essential staff a government evacuated', () => {
  it('GIVEN "the US and the UK have evacuated their non-essential staff" THEN both an ordered departure and an evacuation, for each', () => {
    expect(run('Fighting spread in Guinea, and the US and the UK have evacuated their non-essential staff and families.')).toEqual(['GN/GB/-/evacuation,ordered_departure', 'GN/US/-/evacuation,ordered_departure']);
  });

  it('GIVEN "Washington ordered the departure of non-emergency staff" THEN the ordered departure alone (guard)', () => {
    expect(run('Washington ordered the departure of non-emergency staff from its embassy in Guinea.')).toEqual(['GN/US/-/ordered_departure']);
  });
});
