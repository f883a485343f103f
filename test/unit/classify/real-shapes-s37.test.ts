/**
 * Session 37: an embassy's suspension told in French with "suspendre ses opérations" or with a quoted aside ("la fermeture
 * « jusqu'à nouvel ordre » de l'ambassade"), in English as "the suspension of its operations" or as a government evacuating its
 * embassy; evacuations carried by military helicopters, and transport out that a government facilitates. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { brief, run } from './brief.js';

describe('an embassy suspension in shapes not yet read', () => {
  it('GIVEN "l\'ambassade du Canada au Niger décide de suspendre ses opérations" THEN embassy_suspended', () => {
    expect(run("Face à la dégradation de la situation, l'ambassade du Canada au Niger décide de suspendre ses opérations.")).toEqual(['NE/CA/-/embassy_suspended']);
  });

  it('GIVEN "suspendre temporairement les activités à l\'ambassade de Belgique au Tchad" THEN embassy_suspended', () => {
    expect(run("Le ministre n'a eu d'autre choix que de suspendre temporairement les activités à l'ambassade de Belgique au Tchad.")).toEqual(['TD/BE/-/embassy_suspended']);
  });

  it('GIVEN "la fermeture « jusqu\'à nouvel ordre » de l\'ambassade de France à Bangui" THEN embassy_suspended', () => {
    expect(run("Le Quai d'Orsay a annoncé mardi la fermeture « jusqu'à nouvel ordre » de l'ambassade de France à Bangui.")).toEqual(['CF/FR/-/embassy_suspended']);
  });

  it('GIVEN "la fermeture jusqu\'à nouvel ordre de l\'ambassade" without quotes THEN embassy_suspended', () => {
    expect(run("Paris a décidé la fermeture jusqu'à nouvel ordre de l'ambassade de France à Bangui.")).toEqual(['CF/FR/-/embassy_suspended']);
  });

  it('GIVEN "the embassy … issued a statement announcing the suspension of its operations" THEN embassy_suspended', () => {
    expect(run('The Canadian embassy in Juba issued a statement announcing the suspension of its operations because of the fighting in South Sudan.')).toEqual(['SS/CA/-/embassy_suspended']);
  });

  it('GIVEN "has evacuated its embassy in Yemen" THEN embassy_suspended beside the evacuation', () => {
    expect(run('Germany has evacuated its embassy in Yemen, moving its staff by road to Oman.')).toEqual(['YE/DE/-/embassy_suspended,evacuation']);
  });

  it('GIVEN "evacuated its embassy staff" THEN the staff left, no embassy_suspended (guard)', () => {
    expect(run('Germany has evacuated its embassy staff in Yemen.')).toEqual(['YE/DE/-/evacuation']);
  });

  it('GIVEN staff who "evacuated the British embassy … because of a bomb threat" THEN no embassy_suspended (guard)', () => {
    expect(run('Staff evacuated the British embassy in Ankara because of a bomb threat.')).toEqual([]);
  });

  it('GIVEN the embassy "calls for the suspension of aid" THEN no embassy_suspended (guard)', () => {
    expect(run('The Swedish embassy in Kampala issued a statement welcoming the suspension of aid to Uganda.')).toEqual([]);
  });
});

describe('an evacuation in shapes not yet read', () => {
  it('GIVEN French "les évacuations se font via des hélicoptères militaires" after France is named THEN evacuation', () => {
    expect(run("La France organise le départ de ses ressortissants d'Haïti. Les évacuations se font via des hélicoptères militaires, a indiqué une source gouvernementale.")).toEqual(['HT/FR/-/evacuation']);
  });

  it('GIVEN "the U.S. government is facilitating transportation for U.S. citizens" THEN evacuation', () => {
    expect(run('Commercial flights out of Beirut are limited. The U.S. government is facilitating transportation for U.S. citizens from Lebanon; take advantage of these charters while they are available.')).toEqual(['LB/US/-/evacuation']);
  });

  it('GIVEN "has agreed to facilitate voluntary departures for nationals … from Port Moresby" THEN evacuation', () => {
    expect(run('The Australian Government has agreed to facilitate voluntary departures for nationals of other countries from Port Moresby.')).toEqual(['PG/AU/-/evacuation']);
  });

  it('GIVEN "the embassy can facilitate transportation … if needed" THEN no evacuation (guard)', () => {
    expect(run('The U.S. Embassy can facilitate transportation for citizens in Lebanon if needed.')).toEqual([]);
  });

  it('GIVEN the facilitated transport as the only evacuation word of a one-sentence alert THEN evacuation', () => {
    expect(run('The U.S. government is facilitating transportation for U.S. citizens in Lebanon.')).toEqual(['LB/US/-/evacuation']);
  });

  it('GIVEN "said it would facilitate transportation" (an announced decision) THEN evacuation', () => {
    expect(run('The U.S. government said it would facilitate transportation for U.S. citizens in Lebanon.')).toEqual(['LB/US/-/evacuation']);
  });

  it('GIVEN "the embassy can arrange charter flights … if needed" THEN no evacuation (guard)', () => {
    expect(run('The U.S. Embassy can arrange charter flights for citizens in Lebanon if needed.')).toEqual([]);
  });

  it('GIVEN a port that "will facilitate transport of goods from Lebanon" THEN nothing (guard)', () => {
    expect(run('The new terminal will facilitate transport of goods from Lebanon to Cyprus.')).toEqual([]);
  });
});

describe('an act a government had no choice but to take', () => {
  it('GIVEN "had no choice but to close its embassy in Afghanistan" THEN embassy_suspended', () => {
    expect(run('The United States had no choice but to close its embassy in Afghanistan.')).toEqual(['AF/US/-/embassy_suspended']);
  });

  it('GIVEN "had to close its embassy" THEN embassy_suspended', () => {
    expect(run('The United States had to close its embassy in Afghanistan.')).toEqual(['AF/US/-/embassy_suspended']);
  });

  it('GIVEN "was forced to evacuate its embassy staff" THEN evacuation', () => {
    expect(run('Britain was forced to evacuate its embassy staff from Sudan.')).toEqual(['SD/GB/-/evacuation']);
  });

  it('GIVEN "has not closed its embassy" THEN nothing (guard)', () => {
    expect(run('The United States has not closed its embassy in Afghanistan.')).toEqual([]);
  });
});

describe('levels in German, Italian and French shapes not yet read', () => {
  it('GIVEN "Vor Reisen nach Niger wird derzeit gewarnt" THEN level 4', () => {
    expect(run('"Vor Reisen nach Niger wird derzeit gewarnt", teilte das Auswärtige Amt mit.')).toEqual(['NE/DE/4/']);
  });

  it('GIVEN "Vor Reisen dorthin wird dringend gewarnt" after the country is named THEN level 4', () => {
    expect(run('Das Auswärtige Amt hat die Botschaft in Sanaa geschlossen und die Deutschen im Jemen aufgerufen, das Land zu verlassen. Vor Reisen dorthin wird dringend gewarnt.')).toEqual(['YE/DE/4/embassy_suspended,leave_immediately']);
  });

  it('GIVEN the Swiss "Si sconsigliano i viaggi a destinazione del Niger come pure i soggiorni di qualsiasi tipo" THEN level 4', () => {
    expect(brief(classify({ text: 'Si sconsigliano i viaggi a destinazione del Niger come pure i soggiorni di qualsiasi tipo.', format: 'text', issuer: 'CH' }))).toEqual(['NE/CH/4/']);
  });

  it('GIVEN the Swiss "sowie von Aufenthalten jeglicher Art wird abgeraten" THEN level 4', () => {
    expect(brief(classify({ text: 'Von Reisen nach Niger sowie von Aufenthalten jeglicher Art wird abgeraten.', format: 'text', issuer: 'CH' }))).toEqual(['NE/CH/4/']);
  });

  it('GIVEN "déconseille à ses ressortissants tout voyage vers le Congo" THEN level 4', () => {
    expect(run('La Belgique déconseille à ses ressortissants tout voyage vers le Congo.')).toEqual(['CG/BE/4/']);
  });

  it('GIVEN "déconseille aux Français tout voyage au Niger sauf raison impérative" THEN level 3', () => {
    expect(run('La France déconseille aux Français tout voyage au Niger sauf raison impérative.')).toEqual(['NE/FR/3/']);
  });

  it('GIVEN "Von Reisen nach Niger wird nicht gewarnt" THEN no level (guard)', () => {
    expect(run('Vor Reisen nach Niger wird derzeit nicht gewarnt, teilte das Auswärtige Amt mit.')).toEqual([]);
  });
});

describe('a reopening told by the government that reopens', () => {
  it('GIVEN "The United Arab Emirates (UAE) reopened its embassy in Damascus", then its old closure THEN nothing', () => {
    expect(run('The United Arab Emirates (UAE) reopened its embassy in Damascus on Thursday. The embassy had been closed since the war began in 2011. The UAE Ministry said the move restores relations.')).toEqual([]);
  });

  it('GIVEN "has reopened its embassy, more than two years after it evacuated its diplomats" THEN nothing', () => {
    expect(run('Britain has reopened its embassy in Khartoum, more than two years after it evacuated its diplomats, the Foreign Office said.')).toEqual([]);
  });

  it('GIVEN a closure with no reopening told THEN embassy_suspended stands (guard)', () => {
    expect(run('The United Arab Emirates closed its embassy in Damascus on Thursday.')).toEqual(['SY/AE/-/embassy_suspended']);
  });
});
