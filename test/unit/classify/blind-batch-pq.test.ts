/**
 * Blind batches p (official pages and alerts as a feed reader gets them, rarely used issuers, short items) and q (hard cases
 * densely, French/German/Italian, no-advice stories): general causes of their misses, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a natural hazard\'s alert level and local people moved', () => {
  const alert = [
    'Natural Disaster Alert – U.S. Embassy Suva (Tonga: Volcanic Activity)',
    'Location: Tonga',
    'Event: The Tonga Geological Services has raised the volcanic alert level for the Hunga volcano to Level 3 (minor eruption). Ferries and chartered boats are moving residents of nearby islands to Nuku\'alofa.',
    'The U.S. government has no plans to evacuate U.S. citizens from Tonga.',
    'Actions to Take: Follow the instructions of local authorities. Monitor local media.',
  ].join('\n\n');

  it('GIVEN an embassy alert about a volcano\'s "alert level … to Level 3" and chartered boats moving residents WHEN classified THEN nothing', () => {
    expect(run(alert)).toEqual([]);
  });

  it('GIVEN a travel advisory raised to Level 3 after a hurricane WHEN classified THEN the US level stands', () => {
    expect(run('The State Department raised its travel advisory for Jamaica to Level 3 after Hurricane Melissa.')).toEqual(['JM/US/3/level_raised']);
  });

  it('GIVEN a government\'s chartered flights for its citizens WHEN classified THEN evacuation', () => {
    expect(run('Australia chartered two flights to bring home Australians stranded in Tonga.')).toEqual(['TO/AU/-/evacuation']);
  });
});
