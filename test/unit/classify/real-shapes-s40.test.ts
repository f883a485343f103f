/**
 * Session 40: an embassy "closing until further notice", a government's diplomatic operations suspended, and the US Level 4 wording
 * "or to leave as soon as it is safe to do so" told of a named country. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('an embassy closing until further notice', () => {
  it('GIVEN "the US Embassy in Oman announced it is closing until further notice" THEN embassy_suspended', () => {
    expect(run('The US Embassy in Oman announced on Monday it is closing until further notice.')).toEqual(['OM/US/-/embassy_suspended']);
  });

  it('GIVEN "the British Embassy in Bahrain will close indefinitely" THEN embassy_suspended', () => {
    expect(run('The British Embassy in Bahrain will close indefinitely, the Foreign Office said.')).toEqual(['BH/GB/-/embassy_suspended']);
  });

  it('GIVEN "the embassy will be closing early on Friday" THEN nothing (guard)', () => {
    expect(run('The US Embassy in Oman will be closing early on Friday.')).toEqual([]);
  });
});

describe("a government's diplomatic operations or presence, suspended", () => {
  it('GIVEN "Washington suspended its diplomatic presence in Libya" THEN embassy_suspended', () => {
    expect(run('Washington suspended its diplomatic presence in Libya in 2014.')).toEqual(['LY/US/-/embassy_suspended']);
  });

  it('GIVEN "Canada\'s diplomatic operations in Haiti remain suspended" THEN embassy_suspended', () => {
    expect(run("Canada's diplomatic operations in Haiti remain suspended, Global Affairs Canada said.")).toEqual(['HT/CA/-/embassy_suspended']);
  });

  it('GIVEN "Spain has not suspended diplomatic operations in Niger" THEN nothing (guard)', () => {
    expect(run('Spain has not suspended diplomatic operations in Niger.')).toEqual([]);
  });

  it('GIVEN "Italy resumed diplomatic operations in Libya" THEN no suspension (guard)', () => {
    expect(run('Italy resumed diplomatic operations in Libya on Tuesday.').some((f) => f.includes('embassy_suspended'))).toBe(false);
  });
});

describe('"or to leave as soon as it is safe to do so" for a named country', () => {
  it('GIVEN "the current Level 4 Travel Advisory … advises U.S. citizens not to travel to Sudan or to leave as soon as it is safe to do so" THEN level 4 and a call to leave', () => {
    expect(run('The current Level 4 Travel Advisory is the highest level issued by the Department of State and advises U.S. citizens not to travel to Sudan or to leave as soon as it is safe to do so.')).toEqual(['SD/US/4/leave_immediately']);
  });
});
