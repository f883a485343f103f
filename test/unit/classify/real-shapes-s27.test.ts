/**
 * Shapes the classifier got wrong in session 27, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { run } from './brief.js';

describe('advice against travel withdrawn, said with a country as the issuer or in German and Italian', () => {
  it('GIVEN "Le Royaume-Uni ne déconseille plus les voyages en Tunisie" THEN level_lowered by GB', () => {
    expect(run('Le Royaume-Uni ne déconseille plus les voyages en Tunisie.')).toEqual(['TN/GB/-/level_lowered']);
  });

  it('GIVEN "L\'Allemagne ne déconseille plus …" THEN level_lowered by DE', () => {
    expect(run("L'Allemagne ne déconseille plus à ses ressortissants de se rendre en Tunisie.")).toEqual(['TN/DE/-/level_lowered']);
  });

  it('GIVEN "rät nicht mehr von Reisen nach … ab" THEN level_lowered', () => {
    expect(run('Das Auswärtige Amt rät nicht mehr von Reisen nach Tunesien ab.')).toEqual(['TN/DE/-/level_lowered']);
  });

  it('GIVEN "non sconsiglia più i viaggi" THEN level_lowered', () => {
    expect(run('La Farnesina non sconsiglia più i viaggi in Tunisia.')).toEqual(['TN/IT/-/level_lowered']);
  });

  it('GIVEN "déconseille" without "plus" THEN no lowering', () => {
    expect(run('Le Royaume-Uni déconseille à ses ressortissants de se rendre en Tunisie.').some((f) => f.includes('level_lowered'))).toBe(false);
  });
});

describe('a threat level that is the government\'s own travel advice', () => {
  it('GIVEN "updated its travel advisory for X by lowering the threat level" THEN level_lowered', () => {
    expect(run('The State Department updated its travel advisory for Kenya by lowering the threat level for visitors.')).toEqual(['KE/US/-/level_lowered']);
  });

  it('GIVEN a country\'s own terror-threat level lowered THEN still nothing', () => {
    expect(run('Kenya lowered its terrorism threat level after the elections, officials said.')).toEqual([]);
  });
});

describe('advice reimposed, and an earlier change the news "comes after"', () => {
  it('GIVEN "has reimposed its advice against all but essential travel" THEN level 3 and level_raised', () => {
    expect(run('The Foreign Office has reimposed its advice against all but essential travel to Bolivia.')).toEqual(['BO/GB/3/level_raised']);
  });

  it('GIVEN "reinstated its Level 4 advisory" THEN level_raised', () => {
    expect(run('The State Department reinstated its Level 4 "Do Not Travel" advisory for Haiti.')).toEqual(['HT/US/4/level_raised']);
  });

  it('GIVEN the raise, then "It comes weeks after the FCDO relaxed its advice" THEN the raise stands alone', () => {
    const text =
      'The Foreign Office has reimposed its advice against all but essential travel to Bolivia. ' +
      'Fuel shortages have spread to every department. It comes three weeks after the FCDO relaxed its Bolivia travel advice.';
    expect(run(text)).toEqual(['BO/GB/3/level_raised']);
  });

  it('GIVEN "Two days after the coup the FCDO raised its advice" (no "comes after") THEN the raise counts', () => {
    expect(run('Two days after the coup the FCDO raised its travel advice for Niger.').some((f) => f.includes('level_raised'))).toBe(true);
  });
});

describe('shelter with a curfew: an imperative to the reader', () => {
  it('GIVEN an alert\'s "Actions to Take: Shelter in a safe location until the curfew is lifted" THEN shelter_in_place', () => {
    const text = 'Location: Bangladesh. Event: The government extended the curfew until noon. Actions to Take: Shelter in a safe location until the curfew is lifted.';
    expect(classify({ text, issuer: 'US' }).map((f) => `${f.country}/${f.issuer}/${f.signals.join(',')}`)).toEqual(['BD/US/shelter_in_place']);
  });

  it('GIVEN residents told by the police to stay indoors during a curfew THEN nothing', () => {
    expect(run('Bangladesh imposed a curfew in Dhaka, and the police told residents to stay indoors.')).toEqual([]);
  });
});

describe('"not to travel to X or to leave …": the negation is the first infinitive\'s', () => {
  it('GIVEN "advises citizens not to travel to Yemen or to leave immediately" THEN leave_immediately', () => {
    expect(run('The embassy advises U.S. citizens not to travel to Yemen or to leave immediately if they are there.')).toEqual(['YE/US/-/leave_immediately']);
  });

  it('GIVEN the Level 4 definition "… not travel to the country or to leave as soon as it is safe to do so" THEN no call to leave (sources.md: the scale\'s definition)', () => {
    expect(run('Yemen is at Level 4. Level 4 – Do Not Travel: This is the highest advisory level. The Department of State advises U.S. citizens in Yemen not travel to the country or to leave as soon as it is safe to do so.')).toEqual(['YE/US/4/']);
    expect(run('Yemen is at Level 4. Level 4 – Do Not Travel: This is the highest advisory level, and the Department of State advises U.S. citizens in Yemen to leave as soon as it is safe to do so.')).toEqual(['YE/US/4/']);
  });

  it('GIVEN the Level 4 advisory in force for a named country, "not to travel to Yemen or to leave as soon as it is safe to do so" THEN a call to leave (session 40)', () => {
    expect(run('The Level 4 Travel Advisory advises U.S. citizens not to travel to Yemen or to leave as soon as it is safe to do so.')).toEqual(['YE/US/4/leave_immediately']);
  });

  it('GIVEN "told not to leave their homes or to go out" THEN no call to leave', () => {
    expect(run('In Yemen, Americans were told by the embassy not to leave their homes or to go out.').some((f) => f.includes('leave_immediately'))).toBe(false);
  });
});

describe('ordered departure in French and Italian', () => {
  it('GIVEN "a ordonné le départ de ses diplomates non essentiels" THEN ordered_departure', () => {
    expect(run("Le département d'État a ordonné le départ de ses diplomates non essentiels en poste au Soudan du Sud.")).toEqual(['SS/US/-/ordered_departure']);
  });

  it('GIVEN "après avoir autorisé le départ volontaire des employés …, il ordonnait leur départ" THEN only ordered_departure', () => {
    expect(run("Après avoir autorisé le départ volontaire des employés de l'ambassade en mars, le département d'État ordonnait désormais leur départ du Soudan du Sud.")).toEqual(['SS/US/-/ordered_departure']);
  });

  it('GIVEN "ha ordinato la partenza del personale non essenziale" THEN ordered_departure', () => {
    expect(run("Il Dipartimento di Stato ha ordinato la partenza del personale non essenziale dall'ambasciata in Sud Sudan.")).toEqual(['SS/US/-/ordered_departure']);
  });

  it('GIVEN a junta that "a ordonné le départ des troupes françaises" or "leur départ" for soldiers THEN nothing', () => {
    expect(run('La junte nigérienne a ordonné le départ des troupes françaises.')).toEqual([]);
    expect(run('Les soldats français restent au Niger, mais la junte a ordonné leur départ.')).toEqual([]);
  });
});
