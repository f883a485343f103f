/**
 * Shapes of real public pages (news, ministry notices, official advice pages) the classifier got wrong in session 12, each
 * with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a raise told as a move to the top of the scale', () => {
  it('GIVEN "moved X to its highest advisory level" WHEN classified THEN level_raised, no level (no table wording)', () => {
    expect(run('The State Department moved Niger to its highest advisory level on Monday.')).toEqual(['NE/US/-/level_raised']);
  });

  it('GIVEN "has moved X to Level 4: Do Not Travel" WHEN classified THEN level 4 and level_raised', () => {
    expect(run('The State Department has moved Niger to Level 4: Do Not Travel.')).toEqual(['NE/US/4/level_raised']);
  });

  it('GIVEN "raised its travel advisory … to its highest level" WHEN classified THEN level_raised', () => {
    expect(run('The U.S. raised its travel advisory for Venezuela to its highest level one week ago.')).toEqual(['VE/US/-/level_raised']);
  });

  it('GIVEN a move that is no travel advice ("moved residents to the highest ground") WHEN classified THEN nothing', () => {
    expect(run('Authorities moved residents to the highest ground level of the stadium.')).toEqual([]);
  });

  it('GIVEN "moved" to a lower step ("moved Peru to Level 2") WHEN classified THEN no raise (the direction is not told)', () => {
    expect(run('The State Department moved Peru to Level 2: Exercise Increased Caution.')).toEqual(['PE/US/2/']);
  });

  it('GIVEN German "Reisehinweise … hochgestuft" WHEN classified THEN level_raised', () => {
    expect(run('Das Auswärtige Amt hat die Reisehinweise für Niger hochgestuft.')).toEqual(['NE/DE/-/level_raised']);
  });
});

describe('an embassy named where staff leave it is no destination', () => {
  it('GIVEN "ordered staff to leave its embassy in Bamako, and A, B and C told citizens to leave" WHEN classified THEN every call is about Mali', () => {
    expect(run('Washington ordered non-emergency staff to leave its embassy in Bamako, and Britain, Canada and Australia told citizens to leave.')).toEqual([
      'ML/AU/-/leave_immediately',
      'ML/CA/-/leave_immediately',
      'ML/GB/-/leave_immediately',
      'ML/US/-/ordered_departure',
    ]);
  });

  it('GIVEN "flown to Entebbe in Uganda" WHEN classified THEN Uganda is still a destination, not the country left', () => {
    expect(run('Britain evacuated its citizens from Juba; they were flown to Entebbe in Uganda.')).toEqual(['SS/GB/-/evacuation']);
  });
});
