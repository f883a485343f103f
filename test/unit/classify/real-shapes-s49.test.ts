/**
 * Session 49: a German demonym noun after an article or quantifier is the people ("Alle Österreicher sind aufgerufen, …
 * zu verlassen", "Die Deutschen wurden aufgefordert"), so its government is the one advising; the government an envoy
 * represents ("the Ambassador of Ireland to Ukraine", "l'ambassadeur de France au Niger") is the issuer, the country
 * after "to" the place; a quoted level's name, then "include …", holds the countries listed after it. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('German demonym nouns as the people addressed', () => {
  it('GIVEN "Alle Österreicher sind aufgerufen, X unverzüglich zu verlassen" THEN Austria told its citizens to leave X', () => {
    expect(run('Alle Österreicher sind aufgerufen, Burkina Faso unverzüglich zu verlassen.')).toEqual(['BF/AT/-/leave_immediately']);
  });

  it('GIVEN "Die Deutschen wurden aufgefordert, X zu verlassen" THEN Germany told its citizens to leave X', () => {
    expect(run('Die Deutschen wurden aufgefordert, den Tschad zu verlassen.')).toEqual(['TD/DE/-/leave_immediately']);
  });

  it('GIVEN "die Schweizer Botschaft" (a capitalised noun after it: an adjective) THEN the embassy is the issuer, as before', () => {
    expect(run('Die Schweizer Botschaft ruft alle Schweizer auf, Eritrea zu verlassen.')).toEqual(['ER/CH/-/leave_immediately']);
  });

  it('GIVEN "die deutschen Behörden" lower-cased (an adjective) and no call to leave THEN nothing (guard)', () => {
    expect(run('Die deutschen Behörden beobachten die Lage in Eritrea genau.')).toEqual([]);
  });
});

describe('the government an envoy represents', () => {
  it('GIVEN "The Ambassador of X to Y has sent an email to X citizens still in the country to leave" THEN X told its citizens to leave Y', () => {
    expect(run('The Ambassador of Ireland to Mozambique has sent an email to Irish citizens still in the country to "leave without delay".')).toEqual([
      'MZ/IE/-/leave_immediately',
    ]);
  });

  it('GIVEN "L\'ambassadeur de France au X a demandé aux Français de quitter le pays" THEN France told its citizens to leave X (as before)', () => {
    expect(run("L'ambassadeur de France au Burundi a demandé aux Français de quitter le pays.")).toEqual(['BI/FR/-/leave_immediately']);
  });

  it('GIVEN "the ambassador of X to Y said … should not leave" THEN nothing (guard: a negated call)', () => {
    expect(run('The ambassador of Ireland to Mozambique said Irish citizens should not leave.')).toEqual([]);
  });
});

describe('the countries a quoted level holds', () => {
  it('GIVEN \'Countries under "Avoid Non-Essential Travel" include A, B and C\' after the issuer\'s sentence THEN each is at level 3', () => {
    expect(run('Global Affairs Canada updated its travel advice on Monday. Countries under "Avoid Non-Essential Travel" include Malawi, Zambia and Angola.')).toEqual([
      'AO/CA/3/',
      'MW/CA/3/',
      'ZM/CA/3/',
    ]);
  });

  it('GIVEN \'Countries under "Avoid All Travel" now include A and B\' THEN each is at level 4 (as before)', () => {
    expect(run('Global Affairs Canada updated its travel advice on Monday. Countries under “Avoid All Travel” now include Yemen and Libya.')).toEqual([
      'LY/CA/4/',
      'YE/CA/4/',
    ]);
  });
});
