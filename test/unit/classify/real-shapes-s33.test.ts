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

  it('GIVEN "preparing to launch an evacuation operation" THEN no finding', () => {
    expect(run('Spain is preparing to launch an evacuation operation in Chad.')).toEqual([]);
  });

  it('GIVEN local authorities launching an evacuation operation in flooded districts THEN no finding', () => {
    expect(run('Local authorities launched an evacuation operation in flooded districts of Chad.')).toEqual([]);
  });
});
