/**
 * Session 8: speed work that must not change what is found, and the rules it uncovered.
 */
import { describe, expect, it } from 'vitest';
import { backWindow, clauseStart } from '../../../src/classify/context.js';
import { getGazetteer } from '../../../src/classify/index.js';
import { detectSignals } from '../../../src/classify/signals.js';
import { run } from './brief.js';

const signals = (low: string): string[] => detectSignals(low).map((h) => h.signal);

describe('backWindow looks only just before its window', () => {
  const sentences = [
    'the embassy, however, has not ordered the departure of staff, but it urged citizens to leave while flights remain available.',
    "l'ambassade n'a pas ordonné le départ - mais elle recommande aux ressortissants de quitter le pays; tandis que d'autres restent.",
    'meanwhile the u.s. government (which had authorized departure in march) said: citizens should shelter in place • stay indoors.',
    'die botschaft bleibt geschlossen, während die regierung die bürger aufruft, das land zu verlassen, aber nicht sofort.',
    'x'.repeat(300) + ' however ' + 'y '.repeat(150) + 'leave now',
  ];
  it('GIVEN every position of sentences full of clause boundaries WHEN the window is taken THEN it is the one a full 220-character scan gives', () => {
    for (const low of sentences)
      for (let pos = 0; pos <= low.length; pos++)
        for (const max of [30, 60, 90, 110, 250])
          for (const commas of [true, false]) {
            const cs = clauseStart(low, pos, commas);
            let from = Math.max(cs, pos - max);
            // (session 57: a window cut inside a word starts at the next word)
            if (from > cs && /[\p{L}\d]/u.test(low.charAt(from - 1))) while (from < pos && /[\p{L}\d]/u.test(low.charAt(from))) from++;
            expect(backWindow(low, pos, max, commas)).toBe(low.slice(from, pos));
          }
  });
});

describe('medical evacuation is no evacuation of citizens', () => {
  it('GIVEN "citizens … were given medical evacuation to Nairobi" WHEN classified THEN no evacuation', () => {
    expect(run('Two U.S. citizens injured in the blast were given medical evacuation to Nairobi, the State Department said.')).toEqual([]);
  });
  it('GIVEN "evacuation at the traveler\'s expense" WHEN the sentence is read THEN no signal', () => {
    expect(signals('u.s. citizens should know that any evacuation at the traveler\'s expense can cost thousands of dollars.')).toEqual([]);
  });
  it('GIVEN a government evacuating its citizens WHEN the sentence is read THEN it is still an evacuation', () => {
    expect(signals('the state department evacuated 300 u.s. citizens on military flights from port sudan.')).toContain('evacuation');
  });
});

describe("the gazetteer's ASCII path finds the same names as its Unicode path", () => {
  const sentences = [
    'The U.S. Embassy in Bamako urged U.S. citizens to leave Mali; Niger, Nigeria and Burkina Faso were named too.',
    'McDonald and iPhone users in New York, New Mexico and Papua New Guinea met 3M staff from Guinea-Bissau.',
    'GEORGIA: the Foreign Office (FCDO) advises against all travel to South Ossetia; Tbilisi is calm, Atlanta too.',
    'Americans, Britons and Canadians left the DRC, the Congo and Cote d Ivoire via Abidjan and Kinshasa.',
    'Chad Smith met Michael Jordan in Jordan, Chad; the UAE, KSA and USA issued statements. X1 Y2 Z3.',
  ];
  it('GIVEN ASCII sentences WHEN scanned as ASCII and as Unicode THEN the mentions are the same', () => {
    const g = getGazetteer();
    for (const plain of sentences) {
      const low = plain.toLowerCase();
      const ascii = g.scan(plain, low, true, true);
      expect(ascii.length).toBeGreaterThan(0);
      expect(ascii).toEqual(g.scan(plain, low, true, false));
    }
  });
});

describe('the document prefilter reads ASCII text without a lower-cased copy', () => {
  it('GIVEN an alert in capitals, in ASCII and with one typographic dash WHEN classified THEN both pass the prefilter alike', () => {
    const ascii = 'SECURITY ALERT - U.S. EMBASSY BAMAKO. THE U.S. EMBASSY URGES U.S. CITIZENS TO LEAVE MALI IMMEDIATELY.';
    const typographic = ascii.replace(' - ', ' \u2013 ');
    expect(run(ascii)).toEqual(['ML/US/-/leave_immediately']);
    expect(run(typographic)).toEqual(run(ascii));
  });
  it('GIVEN ASCII text whose only trigger word is capitalised ("Shelter") WHEN classified THEN it is read', () => {
    expect(run('Tornado sirens sounded in Dhaka. U.S. citizens in Bangladesh: Shelter in place now, the U.S. Embassy said.')).toEqual(['BD/US/-/shelter_in_place']);
  });
});
