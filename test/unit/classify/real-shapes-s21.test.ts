/**
 * Shapes of real public pages (wire news about evacuations, level lists, war) the classifier got wrong in session 21, each
 * with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('who the evacuees were is no evacuation by their governments', () => {
  it('GIVEN "Evacuees included nationals from X, Y and Z" THEN no finding for those countries', () => {
    const text = 'Hundreds of foreigners crossed from Sudan into Egypt, Sudanese authorities said. Evacuees included nationals from Poland, Brazil, Kenya and the United States.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN a government that evacuated its citizens, then the list of evacuees THEN only that government', () => {
    const text = 'Poland evacuated 40 of its citizens from Sudan. Evacuees included nationals from Brazil and Kenya.';
    expect(run(text)).toEqual(['SD/PL/-/evacuation']);
  });
});

describe('leaving a region of the country is no call to leave the country', () => {
  it.each([
    ['France advised its citizens to leave the Kanto region for a few days.'],
    ['Italy urged its nationals to leave the northern province at once.'],
  ])('GIVEN %s THEN no leave_immediately', (text) => {
    expect(run(text).filter((f) => f.includes('leave_immediately'))).toEqual([]);
  });
});

describe('levels named in the plural, for a list of countries', () => {
  it('GIVEN "Level 4 travel advisories for Russia and Ukraine" THEN both countries have level 4', () => {
    expect(run('The State Department issued Level 4 travel advisories for Russia and Ukraine.')).toEqual(['RU/US/4/', 'UA/US/4/']);
  });

  it('GIVEN Chad (also a first name) as the object of an advisory or last of a list THEN it is the country', () => {
    expect(run('The State Department has a Level 4 advisory for Chad.')).toEqual(['TD/US/4/']);
    expect(run('The State Department has a Level 4 advisory for Mali, Niger and Chad.')).toEqual(['ML/US/4/', 'NE/US/4/', 'TD/US/4/']);
  });

  it('GIVEN Chad as a first name THEN not the country', () => {
    expect(run('Chad Miller, a spokesman, said the State Department has a Level 4 advisory for Mali.')).toEqual(['ML/US/4/']);
  });

  it('GIVEN "advisories regarding \'civil unrest\'" for a list of areas THEN no country-wide level from them', () => {
    const text = "Burma is at Level 2: Exercise Increased Caution. The Level 4 'Do Not Travel' advisories regarding 'armed conflict' cover the following areas of Burma: Paletwa township.";
    expect(run(text)).toEqual(['MM/US/2/']);
  });
});

describe('a level defined, and the parties to a war, are not advice', () => {
  it('GIVEN \'"Level 4: Do Not Travel" is the highest level\' THEN no finding from that sentence', () => {
    expect(run('"Level 4: Do Not Travel" is the highest advisory level issued by the State Department.')).toEqual([]);
  });

  it('GIVEN "threats of Russian military action" in a US advisory THEN Russia is not the issuer', () => {
    const text = 'The State Department warned Americans not to travel to Ukraine due to the threat of Russian military action. Exercise increased caution in Ukraine due to crime.';
    expect(run(text).some((f) => f.split('/')[1] === 'RU')).toBe(false);
  });

  it('GIVEN "amid the Kremlin\'s invasion of Ukraine" THEN the Kremlin gives no advice', () => {
    const text = "Japan's Foreign Ministry raised its danger level for Russia amid the Kremlin's ongoing invasion of Ukraine.";
    expect(run(text).some((f) => f.split('/')[1] === 'RU')).toBe(false);
  });
});

describe('a shelter order being lifted, and the US level in French with "(sur 4)"', () => {
  it('GIVEN "We are lifting the shelter in place recommendation" THEN no shelter_in_place', () => {
    const text = 'The U.S. Embassy in Lomé said the situation was calm. "We are lifting the shelter in place recommendation," the embassy said.';
    expect(run(text).filter((f) => f.includes('shelter_in_place'))).toEqual([]);
  });

  it('GIVEN "Le Niger est au niveau 4 (sur 4)" in a text about the US advice THEN level 4', () => {
    const text = 'Le Département d\'État américain a mis à jour ses conseils. Le Niger est au niveau 4 (sur 4), ce qui signifie qu\'il ne faut pas y voyager.';
    expect(run(text)).toEqual(['NE/US/4/']);
  });
});

describe('a defence agency\'s forces may still evacuate', () => {
  it('GIVEN "the Pentagon\'s military aircraft evacuated Americans from Niger" THEN the US evacuated', () => {
    expect(run("The Pentagon's military aircraft evacuated 300 Americans from Niger.")).toEqual(['NE/US/-/evacuation']);
  });
});
