/**
 * Session 39: Australia's and New Zealand's numbered levels (their steps are the table's own words, like the US's), and a
 * flight that a government's demonym marks as its own with a hyphen ("a Canadian-assisted flight"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe("Australia's and New Zealand's numbered levels are the table's", () => {
  it('GIVEN "Smartraveller raised its advice for Niger to Level 4" THEN level 4 for Australia', () => {
    expect(run('Smartraveller has raised its advice for Niger to Level 4 after the coup.')).toEqual(['NE/AU/4/level_raised']);
  });

  it('GIVEN "MFAT has raised its travel advisory for Chad to level 3" THEN level 3 for New Zealand', () => {
    expect(run("New Zealand's Ministry of Foreign Affairs and Trade has raised its travel advisory for Chad to level 3.")).toEqual(['TD/NZ/3/level_raised']);
  });

  it("GIVEN Japan's numbered level 4 THEN still no level: its scale is its own (guard)", () => {
    expect(run("Japan's Foreign Ministry raised its danger level for Haiti to Level 4.")).toEqual(['HT/JP/-/level_raised']);
  });
});

describe('a flight a government marks as its own with a hyphen', () => {
  it('GIVEN "a Canadian-assisted flight left Beirut" THEN evacuation by Canada', () => {
    expect(run('A Canadian-assisted flight left Beirut on Monday with 200 passengers.')).toEqual(['LB/CA/-/evacuation']);
  });

  it('GIVEN "a Canadian-assisted flight" after another government\'s call THEN Canada evacuates, not the first government', () => {
    expect(run('Canberra has urged Australians to leave Lebanon. It followed a Canadian-assisted flight, which returned 41 Australians last week.')).toEqual(['LB/AU/-/leave_immediately', 'LB/CA/-/evacuation']);
  });

  it('GIVEN "do not count on government-assisted flights" THEN no evacuation (guard)', () => {
    expect(run('Americans in Lebanon should not count on U.S. government-assisted flights out of the country.')).toEqual([]);
  });
});
