/**
 * Shapes the classifier got wrong in session 26, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { run } from './brief.js';

describe('staying in a safe place, in French', () => {
  it('GIVEN "appelle les Français à rester en lieu sûr" THEN shelter_in_place', () => {
    expect(run("Au Togo, l'ambassade de France appelle les Français à rester en lieu sûr jusqu'à nouvel ordre.")).toEqual(['TG/FR/-/shelter_in_place']);
  });

  it('GIVEN "rester dans un lieu sûr" (the older form) THEN still shelter_in_place', () => {
    expect(run("Au Togo, l'ambassade de France appelle les Français à rester dans un lieu sûr.")).toEqual(['TG/FR/-/shelter_in_place']);
  });

  it('GIVEN a place that "reste en lieu sûr" as a report (no call) THEN nothing', () => {
    expect(run('Au Togo, le président est resté en lieu sûr pendant la nuit.')).toEqual([]);
  });
});

describe('German "rät … zu verlassen" and "Bundesbürger"', () => {
  it('GIVEN "rät Bundesbürgern, das Land zu verlassen" after the country THEN leave_immediately', () => {
    expect(run('Das Auswärtige Amt warnt vor Reisen nach Guinea und rät Bundesbürgern, das Land zu verlassen.')).toEqual(['GN/DE/-/leave_immediately']);
  });

  it('GIVEN "fordert Bundesbürger auf, Tschad zu verlassen" THEN leave_immediately', () => {
    expect(run('Das Auswärtige Amt fordert Bundesbürger auf, den Tschad zu verlassen.')).toEqual(['TD/DE/-/leave_immediately']);
  });

  it('GIVEN a council ("der Rat") deciding to leave THEN no call', () => {
    expect(run('Der Rat der Händler in Guinea hat beschlossen, das Land zu verlassen.')).toEqual([]);
  });
});

describe('departures of staff told with the government and the country around them', () => {
  it('GIVEN "allowed the voluntary departure of … family members of U.S. personnel from Laos" THEN Laos, US, authorized', () => {
    expect(run('On Monday the Department allowed the voluntary departure of non-emergency personnel and family members of U.S. personnel from Laos.')).toEqual([
      'LA/US/-/authorized_departure',
    ]);
  });

  it('GIVEN an official feed: "the Department authorized … family members of U.S. personnel from the country" THEN the feed\'s country', () => {
    const f = classify({ text: 'The Department authorized the voluntary departure of family members of U.S. personnel from the country.', issuer: 'US', country: 'LA' });
    expect(f.map((x) => `${x.country}/${x.issuer}/${x.signals.join(',')}`)).toEqual(['LA/US/authorized_departure']);
  });

  it('GIVEN "ordered employees of the consulate in X to evacuate" THEN ordered_departure', () => {
    expect(run('The State Department ordered employees of the consulate in Chengdu, China, to evacuate the city.')).toEqual(['CN/US/-/ordered_departure']);
  });

  it('GIVEN a company ordering its employees to leave THEN no drawdown', () => {
    expect(run('In Chengdu, China, the company ordered employees of the factory to leave the building.')).toEqual([]);
  });

  it('GIVEN people "from" a country with no departure before them THEN the origin is no subject', () => {
    expect(run('Officials said refugees from Sudan keep arriving, and Britain urged its nationals to leave Chad immediately.')).toEqual(['TD/GB/-/leave_immediately']);
  });
});

describe('German "Mitbürger" with any ending', () => {
  it('GIVEN "empfiehlt allen Mitbürgerinnen, Mali zu verlassen" THEN leave_immediately', () => {
    expect(run('Das Auswärtige Amt empfiehlt allen Mitbürgerinnen, Mali zu verlassen.')).toEqual(['ML/DE/-/leave_immediately']);
  });
});
