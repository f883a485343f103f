/**
 * Shapes of real public pages (German and French news about the US scale) the classifier got wrong in session 20, each
 * with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('the US scale told in German: the level after "auf", the verb at the end', () => {
  it.each([
    ['Die USA haben Mali auf Stufe 4 eingestuft.', ['ML/US/4/']],
    ['Das US-Außenministerium hat Niger auf die höchste Stufe 4 angehoben.', ['NE/US/4/']],
    ['Das US-Außenministerium hat die Reisewarnung für Mali auf Stufe 3 herabgestuft.', ['ML/US/3/level_lowered']],
  ])('GIVEN %s WHEN classified THEN the country has the level', (text, want) => {
    expect(run(text)).toEqual(want);
  });

  it('GIVEN an earlier level told with "bisher" THEN it is no current level', () => {
    expect(run('Die USA hatten Mali bisher auf Stufe 3 eingestuft.')).toEqual([]);
  });

  it('GIVEN a country that "has" the highest level, labelled "Stufe 4: Nicht reisen" THEN the country is the object, not the issuer', () => {
    const text = 'Die USA warnen vor Reisen nach Peru. Peru hat die höchste Reisewarnstufe - Stufe 4: Nicht reisen - wegen der Risiken für US-Amerikaner.';
    expect(run(text)).toEqual(['PE/US/4/']);
  });

  it('GIVEN Austria\'s own "Sicherheitsstufe 6" THEN no level of the table', () => {
    expect(run('Österreich hat Mali auf Sicherheitsstufe 6 gesetzt.')).toEqual([]);
  });
});

describe('the US scale told in French', () => {
  it.each([
    ['Les États-Unis classent le Mali au niveau 3.', ['ML/US/3/']],
    ['Les États-Unis ont classé le Niger au niveau 4.', ['NE/US/4/']],
  ])('GIVEN %s ("Les États" is the government, not a part of the country) THEN the country has the level', (text, want) => {
    expect(run(text)).toEqual(want);
  });

  it('GIVEN "l\'avertissement marque le niveau le plus élevé" THEN level 4', () => {
    const text = 'Les États-Unis ont appelé leurs ressortissants à quitter la Russie. L\'avertissement marque le niveau le plus élevé des alertes émises par le Département d\'État.';
    expect(run(text)).toEqual(['RU/US/4/leave_immediately']);
  });

  it('GIVEN "Les États du nord" THEN still a part of the country', () => {
    expect(run('Au Nigeria, les États du nord sont formellement déconseillés par la France.')).toEqual([]);
  });
});

describe('governments an event moved to act', () => {
  it('GIVEN "prompted the United States, France, Britain, and other countries to urge their citizens to leave" THEN each listed government gave the call', () => {
    const text = 'Fighting near the capital prompted the United States, France, Britain, and other countries to urge their citizens to leave Ethiopia.';
    expect(run(text)).toEqual(['ET/FR/-/leave_immediately', 'ET/GB/-/leave_immediately', 'ET/US/-/leave_immediately']);
  });

  it('GIVEN the country left as the object of "led … to" with no act of advice after it THEN no government is made an issuer', () => {
    expect(run('The fighting led Ethiopia to the brink, and the United States urged its citizens to leave the country.')).toEqual(['ET/US/-/leave_immediately']);
  });
});
