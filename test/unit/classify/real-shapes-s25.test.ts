/**
 * Shapes the classifier got wrong in session 25, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a call on citizens coordinated after a staff departure', () => {
  it('GIVEN "ordered non-emergency staff to leave X and urged Americans to depart Y immediately" THEN both signals', () => {
    expect(run('The State Department ordered non-emergency staff to leave Bamako and urged Americans to depart Mali immediately.')).toEqual([
      'ML/US/-/leave_immediately,ordered_departure',
    ]);
  });

  it('GIVEN only the staff told "to leave Oman immediately" THEN no call on citizens', () => {
    expect(run('The State Department ordered non-emergency staff to leave Oman immediately.')).toEqual(['OM/US/-/ordered_departure']);
  });
});

describe("a country's possessive advice as the object of another government's change", () => {
  it('GIVEN "The State Department lowered Colombia\'s travel advisory to Level 3 … from Level 4" THEN Colombia at 3, lowered, by the US', () => {
    expect(run("The State Department lowered Colombia's travel advisory to Level 3: Reconsider Travel from Level 4.")).toEqual(['CO/US/3/level_lowered']);
  });

  it('GIVEN "The US on Tuesday downgraded Mexico\'s travel advisory to Level 2" THEN Mexico at 2, lowered', () => {
    expect(run("The US on Tuesday downgraded Mexico's travel advisory to Level 2.")).toEqual(['MX/US/2/level_lowered']);
  });

  it('GIVEN "Canada\'s travel advisory for Mali" (no government acting before) THEN the possessive is still the issuer', () => {
    expect(run("Canada's travel advisory for Mali says avoid all travel.")).toEqual(['ML/CA/4/']);
  });
});
