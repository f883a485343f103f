/**
 * Session 41: advice for a country "outside" its capital, an Italian update "per chi intende recarsi", the level of a section of
 * an advisory, "all travel … except for essential travel", and a government compared at a clause's end ("as did Switzerland").
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('advice for "the country" with a part cut out of it is regional', () => {
  it('GIVEN "reporter tout déplacement non essentiel dans le pays en dehors de Quito" THEN no level', () => {
    expect(run('Nous appelons les Français à reporter tout déplacement non essentiel dans le pays en dehors de Quito.')).toEqual(['EC/FR/-/']);
  });

  it('GIVEN "all non-essential travel to the country outside Kabul" THEN no level', () => {
    expect(run('The Foreign Office advises against all non-essential travel to the country outside Kabul.')).toEqual(['AF/GB/-/']);
  });

  it('GIVEN "all non-essential travel to Bolivia" THEN level 3 (guard)', () => {
    expect(run('The Foreign Office advises against all non-essential travel to Bolivia.')).toEqual(['BO/GB/3/']);
  });
});

describe('an Italian update of advice for those going to a country', () => {
  it('GIVEN "ha aggiornato le proprie raccomandazioni per chi intende recarsi in Nicaragua" THEN a finding with no level', () => {
    expect(run('La Farnesina ha aggiornato le proprie raccomandazioni per chi intende recarsi in Nicaragua.')).toEqual(['NI/IT/-/']);
  });
});

describe('a level that names a section of an advisory', () => {
  it('GIVEN a Level 2 advisory and "Within the Level 4 Travel Advisory section" THEN level 2', () => {
    expect(run('The State Department reissued its Level 2 travel advisory for Honduras. Within the Level 4 Travel Advisory section, the department named Gracias a Dios.')).toEqual(['HN/US/2/']);
  });

  it('GIVEN "placed Honduras at Level 4" THEN level 4 (guard)', () => {
    expect(run('The State Department placed Honduras at Level 4.')).toEqual(['HN/US/4/']);
  });
});

describe('all travel except essential travel is the all-but-essential step', () => {
  it('GIVEN "advised against all travel to Tunisia except for essential travel" THEN level 3', () => {
    expect(run('The Foreign Office has advised against all travel to Tunisia except for essential travel.')).toEqual(['TN/GB/3/']);
  });

  it('GIVEN "advised against all travel to Tunisia" THEN level 4 (guard)', () => {
    expect(run('The Foreign Office has advised against all travel to Tunisia.')).toEqual(['TN/GB/4/']);
  });
});

describe('a government compared at the end of a clause did the same', () => {
  it('GIVEN "Canada closed its embassy in Tripoli on Friday, as did Switzerland" THEN both close', () => {
    expect(run('Canada closed its embassy in Tripoli on Friday, as did Switzerland.')).toEqual(['LY/CA/-/embassy_suspended', 'LY/CH/-/embassy_suspended']);
  });

  it('GIVEN "Le Canada a fermé son ambassade à Tripoli, comme l\'a fait la Suisse" THEN both close', () => {
    expect(run("Le Canada a fermé son ambassade à Tripoli, comme l'a fait la Suisse.")).toEqual(['LY/CA/-/embassy_suspended', 'LY/CH/-/embassy_suspended']);
  });

  it('GIVEN "Washington raised its travel alert for Niger (as has Canada)" THEN both raise', () => {
    expect(run('Washington raised its travel alert for Niger (as has Canada).')).toEqual(['NE/CA/-/level_raised', 'NE/US/-/level_raised']);
  });

  it('GIVEN "Canada closed its embassy in Tripoli and in Tunisia" THEN Canada only (guard)', () => {
    expect(run('Canada closed its embassy in Tripoli and in Tunisia.')).toEqual(['LY/CA/-/embassy_suspended', 'TN/CA/-/embassy_suspended']);
  });
});
