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

describe('people told to leave a local danger zone', () => {
  it('GIVEN "We urge everyone in the evacuation zones to leave now" from a domestic agency after another government\'s flood warning WHEN classified THEN nothing', () => {
    const text = [
      'Hurricane Ines strengthened as it headed toward Jamaica. Cuba issued flood warnings for its eastern provinces.',
      '"We urge everyone in the evacuation zones to leave now," said the head of Jamaica\'s disaster agency.',
    ].join('\n\n');
    expect(run(text)).toEqual([]);
  });

  it('GIVEN people in the flood-prone areas told to leave immediately WHEN classified THEN nothing', () => {
    expect(run('Officials in Mozambique told residents in low-lying areas to leave immediately as Canada monitored the storm.')).toEqual([]);
  });

  it('GIVEN a government telling its citizens to leave the country now WHEN classified THEN leave_immediately', () => {
    expect(run('Canada urged all Canadians in Jamaica to leave now while commercial flights remain available.')).toEqual(['JM/CA/-/leave_immediately']);
  });
});

describe('a film review that retells an evacuation', () => {
  it('GIVEN a review naming the film, its critic, its drama and its script WHEN classified THEN nothing', () => {
    const text = [
      "'Night Convoy' review: a tense retelling of the 2011 Tripoli evacuation",
      'By our film critic',
      'In the opening scene of the new drama, a consul is told that the State Department has ordered the departure of all non-essential staff and that American citizens are to be evacuated by ship from Libya.',
      'The script leans on speeches, but the subplot about a stranded family works.',
    ].join('\n\n');
    expect(run(text)).toEqual([]);
  });
});

describe('a flight laid on by a body that is not a government', () => {
  it('GIVEN a cricket squad and support staff flown out on a charter arranged by its board, beside the FCDO\'s unchanged advice WHEN classified THEN nothing', () => {
    const text = [
      'The England Lions abandoned their tour of Fiji after riots in Suva.',
      'The 15-man squad and support staff left Suva on a chartered flight arranged by the England and Wales Cricket Board late on Tuesday night, landing at Heathrow on Wednesday.',
      'The Foreign, Commonwealth and Development Office had not changed its travel advice for Fiji when the squad departed.',
    ].join(' ');
    expect(run(text)).toEqual([]);
  });

  it('GIVEN a charter arranged by the government for its citizens WHEN classified THEN evacuation', () => {
    expect(run('Ireland flew 90 citizens out of Fiji on a chartered flight arranged by the Department of Foreign Affairs.')).toEqual(['FJ/IE/-/evacuation']);
  });
});

describe('another government\'s advice quoted in an English story', () => {
  it('GIVEN "Germany\'s Foreign Office" WHEN classified THEN the issuer is Germany, not the FCDO', () => {
    expect(run("Germany's Foreign Office advises against all travel to Moldova.")).toEqual(['MD/DE/4/']);
  });

  it('GIVEN "the Foreign Office" alone WHEN classified THEN the FCDO', () => {
    expect(run('The Foreign Office advises against all travel to Moldova.')).toEqual(['MD/GB/4/']);
  });

  it('GIVEN all travel to "the breakaway region of" X and non-essential trips to the rest of the country WHEN classified THEN level 3', () => {
    expect(run('Austria warns against all travel to the breakaway region of Abkhazia and advises against non-essential trips to the rest of Georgia.')).toEqual(['GE/AT/3/']);
  });

  it('GIVEN the German sentences quoted, one for a region and one for the country WHEN classified THEN level 3', () => {
    const text = [
      'Germany updates its advice for Georgia.',
      '"Vor Reisen nach Abchasien wird gewarnt," the Auswärtiges Amt\'s website reads. "Von nicht notwendigen Reisen nach Georgien wird abgeraten."',
    ].join('\n\n');
    expect(run(text)).toEqual(['GE/DE/3/']);
  });
});
