/**
 * Session 58: shapes from the blind sets (mixed107–110). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { brief, run } from './brief.js';

describe('a government\'s military aircraft carrying people out, in the singular and by the force\'s name', () => {
  it('GIVEN French "fait évacuer … par avion militaire" (singular) THEN an evacuation', () => {
    expect(run('Le gouvernement belge a fait évacuer 40 personnes du Gabon par avion militaire.')).toEqual(['GA/BE/-/evacuation']);
  });

  it('GIVEN Italian "rimpatriati … con un aereo militare" THEN an evacuation (guard)', () => {
    expect(run('I connazionali sono stati rimpatriati dal Gabon con un aereo militare, ha detto la Farnesina.')).toEqual(['GA/IT/-/evacuation']);
  });

  it('GIVEN "Die Bundeswehr hat … Menschen aus dem Sudan ausgeflogen" THEN Germany\'s evacuation', () => {
    expect(run('Die Bundeswehr hat inzwischen mehr als 400 Menschen aus dem Sudan ausgeflogen.')).toEqual(['SD/DE/-/evacuation']);
  });

  it('GIVEN the Bundeswehr ready "für eine mögliche Evakuierung" THEN nothing (a possible evacuation is none)', () => {
    expect(run('Die Bundeswehr hält sich für eine mögliche Evakuierung der rund 600 Deutschen in Mosambik bereit.')).toEqual([]);
  });

  it('GIVEN "so schnell wie möglich" in a call to leave THEN still the call (guard: the predicate is no hedge)', () => {
    expect(run('Das Auswärtige Amt fordert alle Deutschen auf, Mosambik so schnell wie möglich zu verlassen.')).toEqual(['MZ/DE/-/leave_immediately']);
  });
});

describe('a damaged building emptied', () => {
  it('GIVEN staff "evacuated from the damaged building that houses their embassies" THEN nothing', () => {
    expect(run('Diplomatic staff from the US and British missions were evacuated from the damaged building that houses their embassies in Port Vila.')).toEqual([]);
  });

  it('GIVEN an embassy that evacuated its staff from the country after the earthquake THEN an evacuation (guard)', () => {
    expect(run('The U.S. Embassy in Port Vila evacuated its staff from Vanuatu after the earthquake.')).toEqual(['VU/US/-/evacuation']);
  });
});

describe('shelter a contingency plan "will" direct', () => {
  it('GIVEN "anyone outside the Embassy will be directed to shelter in place" THEN nothing', () => {
    expect(run('Anyone outside the Embassy will be directed to shelter in place at an offsite location, the U.S. Embassy in Haiti said.')).toEqual([]);
  });

  it('GIVEN "… are directed to shelter in place" THEN shelter (guard)', () => {
    expect(run('U.S. citizens in Port-au-Prince are directed to shelter in place until further notice, the U.S. Embassy in Haiti said.')).toEqual(['HT/US/-/shelter_in_place']);
  });
});

describe('an official item about its own government\'s country', () => {
  const own = (text: string, issuer: string): string[] => brief(classify({ text, format: 'text', issuer }));
  const release = 'Many Norwegians have come home with help from the ministry. Norway is working closely with the Nordic countries and other European countries to arrange flights from places where travel restrictions make it almost impossible to leave by commercial means.';

  it('GIVEN a Norwegian ministry\'s release on flights home, as its own item THEN nothing for Norway', () => {
    expect(own(release, 'NO')).toEqual([]);
  });

  it('GIVEN the same ministry arranging flights for Norwegians stranded in Peru THEN its evacuation from Peru (guard)', () => {
    expect(own('The ministry is arranging flights home for Norwegians stranded in Peru.', 'NO')).toEqual(['PE/NO/-/evacuation']);
  });
});
