/**
 * Session 44: the top of a government's own numbered scale, named as the top ("Level 4, the highest in its four-tier
 * system"), and Korea's travel ban are the table's level 4; another government's "travel ban" (one on entry, a sanction)
 * is no advice at all. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('the top of a government\'s own scale, named as the top', () => {
  it('GIVEN Seoul raising its alert "to Level 4, the highest in the government\'s four-tier system" THEN level 4 and a raise', () => {
    expect(run('The foreign ministry in Seoul said it has raised the travel alert for Chad to Level 4, the highest in the government\'s four-tier travel advisory system.')).toEqual(['TD/KR/4/level_raised']);
  });

  it('GIVEN Tokyo raising its advice "to Level 4, the highest on its four-step scale" THEN level 4', () => {
    expect(run('Japan\'s Foreign Ministry raised its risk level for the whole of Mali to Level 4, the highest on its four-step scale.')).toEqual(['ML/JP/4/level_raised']);
  });

  it('GIVEN "The Level 4 travel advisory, the highest of the four-scale system" after a Korean ban on a country THEN level 4 for it', () => {
    expect(run('South Korea will impose a travel ban on Burkina Faso next month, the foreign ministry said. The Level 4 travel advisory, the highest of the four-scale system, will go into effect on Monday.')).toEqual(['BF/KR/4/']);
  });

  it('GIVEN Korea\'s Level 3 with no rank named THEN no level (its own scale)', () => {
    expect(run('The foreign ministry in Seoul raised the travel alert for Chad to Level 3.')).toEqual(['TD/KR/-/level_raised']);
  });

  it('GIVEN the Philippines\' "Alert Level 4, the highest" THEN no level (a repatriation scale)', () => {
    expect(run('The Department of Foreign Affairs raised Alert Level 4, the highest, over Sudan.').every((f) => f.split('/')[2] === '-')).toBe(true);
  });
});

describe('Korea\'s travel ban', () => {
  it('GIVEN "the travel ban will be extended for" a list of countries THEN level 4 for each', () => {
    expect(run('South Korea will extend its travel ban by six months, the foreign ministry said. The travel ban will be extended for Mali, Niger and Chad.')).toEqual(['ML/KR/4/', 'NE/KR/4/', 'TD/KR/4/']);
  });

  it('GIVEN the German "Reiseverbot für" of Korea\'s ministry THEN level 4', () => {
    expect(run('Das südkoreanische Außenministerium hat das Reiseverbot für Mali und Niger um sechs Monate verlängert.')).toEqual(['ML/KR/4/', 'NE/KR/4/']);
  });

  it('GIVEN a travel ban on parts of a country THEN no level for it', () => {
    expect(run('South Korea will keep its travel ban on parts of Mali, including the Kidal region, the foreign ministry said.').every((f) => f.split('/')[2] === '-')).toBe(true);
  });

  it('GIVEN another government\'s "travel ban on" a country (an entry ban) THEN nothing', () => {
    expect(run('The United States imposed a travel ban on Chad, Mali and Niger, barring their citizens from entering the country.')).toEqual([]);
  });

  it('GIVEN sanctions told as "travel bans on" officials THEN nothing', () => {
    expect(run('Britain imposed travel bans on Nicaraguan officials accused of repression.')).toEqual([]);
  });
});
