/**
 * Shapes of real public pages (a Libyan news site, Australian advice of 2014) the classifier got wrong in session 23,
 * each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a numbered level told in words', () => {
  it('GIVEN "updated its travel advisory for X to level four." THEN X at 4', () => {
    expect(run('The embassy said the State Department had updated its travel advisory for Somalia to level four.')).toEqual(['SO/US/4/']);
  });

  it('GIVEN "a level four travel advisory" THEN still 4', () => {
    expect(run('The State Department issued a level four travel advisory for Yemen.')).toEqual(['YE/US/4/']);
  });

  it('GIVEN "level four" of something else, with no advisory before it THEN no level', () => {
    expect(run('Flooding in Chad reached level four, the highest on the river gauge, officials said.')).toEqual([]);
  });
});

describe("a government's own page telling its reader not to go", () => {
  it('GIVEN "We strongly advise you not to travel to X" THEN X at 4', () => {
    expect(run('We strongly advise you not to travel to Syria because of the extremely dangerous security situation.')).toEqual(['SY/-/4/']);
  });

  it('GIVEN "We advise against travel to all of X" THEN X at 4', () => {
    expect(run('We advise against travel to all of Libya, including the coast.')).toEqual(['LY/-/4/']);
  });

  it('GIVEN "advise you not to travel to" a border area THEN no country level', () => {
    expect(run('We strongly advise you not to travel to the border with Syria because of the dangers.')).toEqual([]);
  });
});

describe('a dated closure whose state the next sentence says lasts', () => {
  it('GIVEN "In 2019, … suspended operations. As a result, there is currently no consulate operating" THEN embassy_suspended, not the withdrawal as an event', () => {
    expect(run('Do not travel to Syria. In 2012, the State Department withdrew all diplomatic personnel from the U.S. Embassy in Damascus and suspended operations. As a result, there is currently no U.S. consulate operating in Syria.')).toEqual(['SY/US/4/embassy_suspended']);
  });

  it('GIVEN "… All consular services, routine and emergency, remain suspended" THEN embassy_suspended', () => {
    expect(run('Do not travel to Yemen. In 2015, the U.S. Embassy in Sanaa suspended operations. All consular services, routine and emergency, remain suspended until further notice.')).toEqual(['YE/US/4/embassy_suspended']);
  });

  it('GIVEN a dated closure and a next sentence about something else THEN history, no signal', () => {
    expect(run('Do not travel to Yemen. In 2015, the U.S. Embassy in Sanaa suspended operations. Fighting continues in the north.')).toEqual(['YE/US/4/']);
  });
});

describe('wordings of "avoid non-essential travel"', () => {
  it('GIVEN "urged tourists to reconsider their plans to visit X" THEN 3', () => {
    expect(run('Australia has urged tourists to reconsider their plans to visit Laos during the unrest.')).toEqual(['LA/AU/3/']);
  });

  it('GIVEN the Italian "Si sconsigliano, pertanto, nel Paese viaggi non motivati" THEN 3 (a comma inside the phrase)', () => {
    expect(run('La Farnesina segue la situazione in Nepal. Si sconsigliano, pertanto, nel Paese viaggi non motivati.')).toEqual(['NP/IT/3/']);
  });
});

describe('some parts of a country as the subject that holds a level', () => {
  it('GIVEN "Despite the downgrade, some areas still hold the highest \'Do not travel\' advice" THEN the country keeps its new level', () => {
    expect(run("Australia has lowered the travel advice level for Iraq. We now advise reconsider your need to travel overall. Despite the downgrade, some areas still hold the highest 'Do not travel' advice.")).toEqual(['IQ/AU/3/level_lowered']);
  });

  it('GIVEN "other areas of X remain at …" THEN the rest of the country is the country\'s level', () => {
    expect(run("Canada says other areas of Mali remain at 'exercise a high degree of caution'.")).toEqual(['ML/CA/2/']);
  });
});

describe('an ambiguous country name as the object of an advice level', () => {
  it('GIVEN "lowered the travel advice level for Jordan" THEN Jordan the country', () => {
    expect(run('Australia has lowered the travel advice level for Jordan. We now advise reconsider your need to travel overall.')).toEqual(['JO/AU/3/level_lowered']);
  });
});
