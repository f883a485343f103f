/**
 * Shapes the classifier got wrong in session 25, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { brief, run } from './brief.js';

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

describe('the author of an armed act or its threat is no subject of the advice', () => {
  it('GIVEN "because of the threat of Russia invading Ukraine" after a Kyiv embassy drawdown THEN Ukraine alone', () => {
    expect(run('The United States on Saturday ordered all non-emergency Kyiv embassy staff to leave because of the threat of Russia invading Ukraine.')).toEqual([
      'UA/US/-/ordered_departure',
    ]);
  });

  it('GIVEN "amid growing worries of a Russian invasion" with Kyiv named THEN Ukraine, not Russia', () => {
    expect(
      run('The State Department has ordered family members of government employees at the U.S. Embassy in Kyiv to leave the country, while also allowing non-essential staffers to depart amid growing worries of a Russian invasion.'),
    ).toEqual(['UA/US/-/authorized_departure,ordered_departure']);
  });

  it('GIVEN the Russian government advising on Russia itself THEN the demonym still names the issuer', () => {
    expect(run('The Russian Foreign Ministry urged Russians to leave Ukraine immediately.')).toEqual(['UA/RU/-/leave_immediately']);
  });
});

describe('a vehicle departing is a timetable, not a call to leave', () => {
  const embassy = (text: string) => brief(classify({ text, format: 'text', issuer: 'US', country: 'PE' }));

  it('GIVEN an embassy alert "a confirmed flight that indicates it will depart on time" THEN no call to leave', () => {
    expect(embassy('Travelers should not travel to the airport until they have a confirmed flight that indicates it will depart on time.')).toEqual([]);
  });

  it('GIVEN the same alert telling citizens to leave while flights are available THEN the call stands', () => {
    expect(embassy('U.S. citizens should leave Peru immediately while flights are available.')).toEqual(['PE/US/-/leave_immediately']);
  });
});
