/**
 * Shapes the classifier got wrong in session 25, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a call on citizens coordinated after a staff departure', () => {
  it('GIVEN "ordered non-emergency staff to leave X and urged Americans to depart Y immediately" THEN both signals', () => {
    expect(run('The State Department ordered non-emergency staff to leave Bamako and urged Americans to depart Mali immediately.')).toEqual([
      'ML/US/-/leave_immediately,ordered_departure',
    ]);
  });

  it('GIVEN only the staff told "to leave Oman immediately" THEN no call on citizens', () => {
    expect(run('The State Department ordered non-emergency staff to leave Oman immediately.')).toEqual(['OM/US/-/ordered_departure']);
  });
});
