/**
 * Session 35: a share of a government's staff ("half of U.S. personnel") names that government; embassies listed after their
 * seat ("Embassies in Kyiv, including the UK, US, Canada") are issuers; a request in the subjunctive that citizens evacuate is a
 * call to leave. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a share of a government\'s staff', () => {
  it('GIVEN "ordering more than half of U.S. personnel to leave" after another country THEN the US orders departure from it', () => {
    expect(run('Washington is warning Americans against visiting Cuba and ordering more than half of U.S. personnel to leave.')).toEqual(['CU/US/-/ordered_departure']);
  });

  it('GIVEN "most of British personnel" THEN Britain is no place of the finding', () => {
    expect(run('The Foreign Office is ordering most of British personnel to leave Haiti.')).toEqual(['HT/GB/-/ordered_departure']);
  });

  it('GIVEN "half of the population of Cuba" THEN no government\'s staff (guard)', () => {
    expect(run('Half of the population of Cuba has no power, and the U.S. urged its citizens to leave Cuba immediately.')).toEqual(['CU/US/-/leave_immediately']);
  });
});

describe('embassies listed after their seat', () => {
  it('GIVEN "Embassies in Kyiv, including the UK, US, Canada, have drawn down" THEN all three', () => {
    expect(run('A small number of Embassies in Kyiv, including the UK, US, Canada, have drawn down non-essential personnel.')).toEqual(['UA/CA/-/ordered_departure', 'UA/GB/-/ordered_departure', 'UA/US/-/ordered_departure']);
  });

  it('GIVEN "countries in the region, including Mali and Niger" THEN they stay places (guard)', () => {
    expect(run('The United States told its citizens to leave Burkina Faso; countries in the region, including Mali and Niger, face similar threats.')).toEqual(['BF/US/-/leave_immediately']);
  });
});

describe('a request that citizens evacuate', () => {
  it('GIVEN "requesting that Japanese nationals staying in X quickly evacuate" THEN leave_immediately, not an evacuation', () => {
    expect(run('Japan is requesting that Japanese nationals staying in the Gaza Strip quickly evacuate.')).toEqual(['PS/JP/-/leave_immediately']);
  });

  it('GIVEN "urges that all citizens evacuate immediately" THEN leave_immediately', () => {
    expect(run('The Canadian government urges that all citizens in Lebanon evacuate immediately.')).toEqual(['LB/CA/-/leave_immediately']);
  });

  it('GIVEN "did not request that nationals evacuate" THEN nothing', () => {
    expect(run('Japan did not request that its nationals in Gaza evacuate.')).toEqual([]);
  });

  it('GIVEN "asked whether nationals should evacuate" THEN nothing', () => {
    expect(run('Reporters asked Japan whether it would request that nationals in Gaza should evacuate.')).toEqual([]);
  });
});

describe('German travel to a country', () => {
  // (the issuer was Germany, the default for German text, until session 49 read "der Österreicher" as the people the
  // minister speaks for: Austria, as in the source this shape comes from)
  it('GIVEN "von Reisen nach Venezuela" after a demonym of another country THEN the level is Venezuela\'s', () => {
    expect(run('Die Sicherheit der Österreicher hat für mich oberste Priorität. Ich rate dringend von Reisen nach Venezuela ab; es gilt ab sofort für das gesamte Land die höchste Sicherheitsstufe (Reisewarnung!).')).toEqual(['VE/AT/4/']);
  });

  it('GIVEN "Guinea zu verlassen" THEN the ambiguous name is the country left', () => {
    expect(run('Das Auswärtige Amt rät Bundesbürgern, Guinea zu verlassen.')).toEqual(['GN/DE/-/leave_immediately']);
  });

  it('GIVEN "Rückflüge nach Deutschland" THEN Germany stays no place of advice (guard)', () => {
    expect(run('Das Auswärtige Amt fordert alle Deutschen auf, Niger sofort zu verlassen; es gibt Rückflüge nach Deutschland.')).toEqual(['NE/DE/-/leave_immediately']);
  });
});

describe('a question about a level', () => {
  it('GIVEN a yes-no question THEN no level', () => {
    expect(run('Will the State Department raise Mali to Level 4: Do Not Travel?')).toEqual([]);
  });

  it('GIVEN a German indirect question THEN no level', () => {
    expect(run('Viele Leser wollen wissen, wie es mit einer Reisewarnung für die USA aussieht?')).toEqual([]);
  });

  it('GIVEN a why-question THEN the level it presupposes stands (guard)', () => {
    expect(run('Why did the State Department raise Mali to Level 4: Do Not Travel?')).toEqual(['ML/US/4/']);
  });
});

describe('a domestic threat scale', () => {
  it('GIVEN France\'s Vigipirate raised, then advice about Syria THEN no level_raised for Syria', () => {
    expect(run("Compte tenu du relèvement, sur l'ensemble du territoire national, de la posture du plan Vigipirate au niveau Urgence attentat, une vigilance renforcée est recommandée. Tout déplacement en Syrie est formellement déconseillé.")).toEqual(['SY/FR/4/']);
  });
});

describe('a request that residents evacuate', () => {
  it('GIVEN local officials "urged that residents evacuate" THEN no call to leave the country (guard)', () => {
    expect(run('Officials in Florida urged that residents of coastal Cuba evacuate immediately.').filter((x) => x.includes('leave_immediately'))).toEqual([]);
  });
});
