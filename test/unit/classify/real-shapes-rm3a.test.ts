/**
 * Shapes of real documents' misses (mixed batch 3, helper rm3a): general causes, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a departure "removed" by an update', () => {
  it('GIVEN "updated to remove the Ordered Departure" WHEN classified THEN departure_lifted, no ordered_departure', () => {
    const text = 'Chad - Level 3: Reconsider Travel\nLast updated on March 3, 2024, to remove the Ordered Departure of non-emergency U.S. government employees and eligible family members, and lower the overall risk level from Level 4 to Level 3. Reconsider travel to Chad due to crime and terrorism.';
    expect(run(text)).toEqual(['TD/US/3/departure_lifted,level_lowered']);
  });

  it('GIVEN "the removal of the authorized departure status" WHEN classified THEN departure_lifted', () => {
    expect(run('The State Department announced the removal of the authorized departure status for the embassy in Haiti.')).toEqual(['HT/US/-/departure_lifted']);
  });
});
