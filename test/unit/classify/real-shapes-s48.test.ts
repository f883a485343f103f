/**
 * Session 48: a government an event "prompted … to elevate its warning" is the one that raised it; a raise of "both advisories"
 * (or of the advice "for both countries") is a raise for each country named; people "transported / moved out of" a country,
 * "a déplacé des citoyens … hors du pays", are evacuated, by the government that moved them; "…, ainsi que la Suisse." at a clause's end
 * is "…, as did Switzerland". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a government moved to change its advice', () => {
  it('GIVEN "unrest prompted Canada to elevate its warning for X" THEN Canada raised its advice for X', () => {
    expect(run('Weeks of unrest have prompted Canada to elevate its warning for Gabon.')).toEqual(['GA/CA/-/level_raised']);
  });

  it('GIVEN "clashes in X led Britain to upgrade its travel advice" THEN Britain raised its advice for X', () => {
    expect(run('Fresh clashes in Togo led Britain to upgrade its travel advice.')).toEqual(['TG/GB/-/level_raised']);
  });

  it('GIVEN "prompted the protesters to raise their demands" THEN nothing (guard: no government, no advice)', () => {
    expect(run('The price rises in Togo prompted the protesters to raise their demands.')).toEqual([]);
  });
});

describe('a change made to both advisories at once', () => {
  it('GIVEN two countries in one sentence, then "raised both advisories to Level 2" THEN each was raised', () => {
    expect(run('The United States urged travelers to exercise increased caution in Laos and Vietnam. The State Department raised both advisories to Level 2 on Friday.')).toEqual([
      'LA/US/2/level_raised',
      'VN/US/2/level_raised',
    ]);
  });

  it('GIVEN "raised both advisories", the two countries named again in a "citing …" clause THEN each was raised', () => {
    expect(run('Travelers should exercise increased caution in Laos and Vietnam. The State Department raised both advisories to Level 2, citing unrest in Laos and crime in Vietnam.')).toEqual([
      'LA/US/2/level_raised',
      'VN/US/2/level_raised',
    ]);
  });

  it('GIVEN "raised its travel advice for both countries" after a sentence naming two THEN each was raised', () => {
    expect(run('Fighting continued in Guyana and Suriname. Britain raised its travel advice for both countries on Monday.')).toEqual([
      'GY/GB/-/level_raised',
      'SR/GB/-/level_raised',
    ]);
  });

  it('GIVEN "raised its advisory" (no "both") after a sentence naming two THEN only the one it resolves to (guard)', () => {
    expect(run('Fighting continued in Guyana and Suriname. Britain raised its travel advice for Guyana on Monday.')).toEqual(['GY/GB/-/level_raised']);
  });
});

describe('people moved out of a country', () => {
  it('GIVEN "were transported out of X … aboard Spanish military aircraft" THEN Spain evacuated them', () => {
    expect(run('The ministry said 120 people were transported out of Libya to Malta aboard Spanish military aircraft on Sunday.')).toEqual(['LY/ES/-/evacuation']);
  });

  it('GIVEN "Portugal moved European citizens out of X" THEN Portugal evacuated them', () => {
    expect(run('Portugal moved European citizens out of Guinea-Bissau on Tuesday.')).toEqual(['GW/PT/-/evacuation']);
  });

  it('GIVEN the French "tandis que la Belgique a déplacé des citoyens européens hors du pays" THEN Belgium evacuated them, not the government of the main clause', () => {
    expect(run("Ottawa ne prévoit aucun vol pour les Canadiens au Tchad, tandis que la Belgique a déplacé des citoyens européens hors du pays.")).toEqual(['TD/BE/-/evacuation']);
  });

  it('GIVEN "moved its headquarters out of" or people "déplacées hors de la ville" THEN nothing (guard: no citizens, or displaced people)', () => {
    expect(run('The club moved its headquarters out of Tunisia.')).toEqual([]);
    expect(run('Des milliers de personnes ont été déplacées hors de la ville au Tchad.')).toEqual([]);
  });

  it('GIVEN residents "were moved out of" flooded areas by their own authorities, or police moving musicians THEN nothing (guard: a local move)', () => {
    expect(run('Thousands of residents were moved out of low-lying areas in Pakistan, officials said.')).toEqual([]);
    expect(run('The Pakistani army said thousands of residents were moved out of flooded villages.')).toEqual([]);
    expect(run('Police moved the musicians out of the stadium in Mali.')).toEqual([]);
  });
});

describe('a government compared at the clause end, in French', () => {
  it('GIVEN "…, ainsi que la Norvège." at the end of a closure THEN Norway closed its embassy too', () => {
    expect(run("Londres avait annoncé la veille la fermeture de sa propre ambassade à Tripoli, ainsi que la Norvège.")).toEqual([
      'LY/GB/-/embassy_suspended',
      'LY/NO/-/embassy_suspended',
    ]);
  });

  it('GIVEN "…, ainsi que du Niger." (a place, with its preposition) THEN no government is added (guard)', () => {
    expect(run('Londres a évacué des ressortissants du Tchad, ainsi que du Niger.')).toEqual(['TD/GB/-/evacuation']);
  });
});

