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

describe('non-essential travel with its kind set between, or told by "not to make"', () => {
  it('GIVEN "against all non-essential, including holiday travel to Tunisia" THEN level 3', () => {
    expect(run('The Foreign Office advises against all non-essential, including holiday travel to Tunisia.')).toEqual(['TN/GB/3/']);
  });

  it('GIVEN "not to make any non-essential travel including holiday travel to Libya" THEN level 3', () => {
    expect(run('The Foreign Office advises British nationals not to make any non-essential travel including holiday travel to Libya.')).toEqual(['LY/GB/3/']);
  });
});

describe('staff told they can leave: allowed, not called', () => {
  it('GIVEN "non-essential diplomatic staff have been told they can leave" THEN authorized_departure, no call to leave', () => {
    expect(run('The Foreign Office said non-essential diplomatic staff in Jordan have been told they can leave the country.')).toEqual(['JO/GB/-/authorized_departure']);
  });

  it('GIVEN "telling UK travellers that they should leave Iraq" THEN a call to leave', () => {
    expect(run('The Foreign Office updated its advice, telling UK travellers that they should leave Iraq and not travel to Kuwait.').some((f) => f === 'IQ/GB/-/leave_immediately')).toBe(true);
  });
});

describe('a raise for a world region names no country', () => {
  it('GIVEN "upgraded its advice for the Middle East" THEN no level_raised', () => {
    expect(run('The Foreign Office upgraded its advice for the Middle East on Monday amid tension over Iran.').some((f) => f.includes('level_raised'))).toBe(false);
  });
});

describe('families sent home, seats a government booked, a government by its handle', () => {
  it('GIVEN "the dependants of all embassy staff have been sent home" THEN ordered_departure', () => {
    expect(run('The British Embassy in Amman has reduced its staff. The dependants of all embassy staff have been sent home.')).toEqual(['JO/GB/-/ordered_departure']);
  });

  it('GIVEN "students have been sent home" THEN nothing (guard)', () => {
    expect(run('Many British students in Jordan have been sent home by their universities.')).toEqual([]);
  });

  it('GIVEN "the government had booked 300 seats on commercial aircraft for Canadians to leave Israel" THEN evacuation', () => {
    expect(run('Canada’s foreign minister said the government had booked 300 seats on commercial aircraft for Canadians to leave Israel.')).toEqual(['IL/CA/-/evacuation']);
  });

  it('GIVEN "passengers had booked seats on the last flight" THEN nothing (guard)', () => {
    expect(run('Many Canadian passengers had booked seats on the last flight out of Tel Aviv.')).toEqual([]);
  });

  it('GIVEN "advises @StateDept" THEN the US', () => {
    expect(run('Do not travel to #Haiti due to crime, advises @StateDept.')).toEqual(['HT/US/4/']);
  });
});

describe('a call to two countries named as where the citizens are', () => {
  it('GIVEN "its citizens in Iraq and Syria to leave those countries" THEN both countries', () => {
    expect(run("Japan's foreign ministry strongly advised its citizens in Iraq and Syria to leave those countries as soon as possible.")).toEqual(['IQ/JP/-/leave_immediately', 'SY/JP/-/leave_immediately']);
  });

  it('GIVEN the same in a sentence that names only the two countries ("The ministry … its citizens in Iraq and Syria") THEN both', () => {
    expect(run("South Korea's foreign ministry spoke on Tuesday. The ministry strongly advised its citizens in Iraq and Syria to leave those countries as soon as possible.")).toEqual(['IQ/KR/-/leave_immediately', 'SY/KR/-/leave_immediately']);
  });

  it('GIVEN "its citizens in Iraq to leave immediately amid tension with Iran" THEN Iraq only (guard)', () => {
    expect(run("Japan's foreign ministry urged its citizens in Iraq to leave immediately amid tension with Iran.")).toEqual(['IQ/JP/-/leave_immediately']);
  });
});
