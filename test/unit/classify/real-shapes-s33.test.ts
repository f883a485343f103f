/**
 * Session 33: shapes from the held-out sets' misses where the country was found but another government's finding was not,
 * each written as sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('an evacuation operation carried out', () => {
  it('GIVEN "launched an evacuation operation in X" THEN evacuation for the government that launched it', () => {
    expect(run('Spain launched an evacuation operation in Chad on Sunday.')).toEqual(['TD/ES/-/evacuation']);
  });

  it('GIVEN French "a lancé une opération d\'évacuation" THEN evacuation', () => {
    expect(run("La Belgique a lancé une opération d'évacuation au Tchad.")).toEqual(['TD/BE/-/evacuation']);
  });

  it('GIVEN Italian "ha avviato un\'operazione di evacuazione" THEN evacuation', () => {
    expect(run("La Spagna ha avviato un'operazione di evacuazione in Ciad.")).toEqual(['TD/ES/-/evacuation']);
  });

  it('GIVEN German "leiteten Evakuierungsaktionen ein" with two governments as subject THEN evacuation for each', () => {
    expect(run('Auch Spanien und die Niederlande leiteten im Tschad Evakuierungsaktionen ein.')).toEqual(['TD/ES/-/evacuation', 'TD/NL/-/evacuation']);
  });

  it('GIVEN German "startete einen Evakuierungseinsatz" THEN evacuation', () => {
    expect(run('Belgien startete am Montag einen Evakuierungseinsatz im Tschad.')).toEqual(['TD/BE/-/evacuation']);
  });

  it('GIVEN German embassy staff "ausgeflogen" by two governments THEN evacuation for each', () => {
    expect(run('Spanien und Belgien haben Botschaftsmitarbeiter aus N\'Djamena ausgeflogen.')).toEqual(['TD/BE/-/evacuation', 'TD/ES/-/evacuation']);
  });

  it('GIVEN an evacuation operation only prepared ("bereite sich auf … vor") THEN no finding', () => {
    expect(run('Die Bundesregierung bereite sich auf zwei Evakuierungseinsätze im Tschad vor.')).toEqual([]);
  });

  it('GIVEN evacuation operations demanded, the article "ein" after them ("fordert … und ein Ende") THEN no finding', () => {
    expect(run('Belgien fordert Evakuierungsaktionen im Tschad und ein Ende der Kämpfe.')).toEqual([]);
  });

  it('GIVEN "preparing to launch an evacuation operation" THEN no finding', () => {
    expect(run('Spain is preparing to launch an evacuation operation in Chad.')).toEqual([]);
  });

  it('GIVEN local authorities launching an evacuation operation in flooded districts THEN no finding', () => {
    expect(run('Local authorities launched an evacuation operation in flooded districts of Chad.')).toEqual([]);
  });
});

describe('which governments gave the advice', () => {
  it('GIVEN Italian pluperfect "avevano esortato" with three governments as subject THEN leave for each', () => {
    expect(run('Anche Spagna, Belgio e Olanda avevano esortato i propri cittadini a lasciare il Ciad.')).toEqual(['TD/BE/-/leave_immediately', 'TD/ES/-/leave_immediately', 'TD/NL/-/leave_immediately']);
  });

  it('GIVEN "the decision by A and B to … advise them to leave" THEN leave for A and B', () => {
    expect(run('The ministry noted the decision on Friday by Spain and Belgium to advise their citizens to leave Chad.')).toEqual(['TD/BE/-/leave_immediately', 'TD/ES/-/leave_immediately']);
  });

  it('GIVEN "mirrors similar travel updates from A and B" after a call to leave THEN A and B share it', () => {
    expect(run('Ireland is advising its citizens to leave Chad immediately. Its revised advice mirrors similar travel updates from Spain and Belgium.')).toEqual(['TD/BE/-/leave_immediately', 'TD/ES/-/leave_immediately', 'TD/IE/-/leave_immediately']);
  });

  it('GIVEN the sides of a relation before the government that speaks ("tensions between A and B, C said") THEN only C', () => {
    expect(run('Amid tensions between Chad and Sudan, Ireland said its citizens should leave Chad.')).toEqual(['TD/IE/-/leave_immediately']);
  });

  it('GIVEN Italian "tra cui A e B" before the verb THEN A and B still advise', () => {
    expect(run('Diversi paesi, tra cui Spagna e Belgio, hanno esortato i propri cittadini a lasciare il Ciad.')).toEqual(['TD/BE/-/leave_immediately', 'TD/ES/-/leave_immediately']);
  });
});

describe('an embassy named beside something else suspended', () => {
  it('GIVEN a protest at an embassy "after Paris suspended aid" THEN no finding', () => {
    expect(run("Centinaia di manifestanti si sono radunati davanti all'ambasciata francese a N'Djamena, dopo che Parigi ha sospeso gli aiuti al Ciad.")).toEqual([]);
  });

  it('GIVEN a protest at an embassy "after Paris closed its airspace" THEN no finding', () => {
    expect(run("Protesters gathered outside the French embassy in N'Djamena after Paris closed its airspace to Chadian flights.")).toEqual([]);
  });

  it('GIVEN "the embassy … has suspended its activities" THEN embassy_suspended', () => {
    expect(run("L'ambasciata spagnola a N'Djamena ha sospeso le attività.")).toEqual(['TD/ES/-/embassy_suspended']);
  });
});
