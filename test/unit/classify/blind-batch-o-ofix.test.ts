/**
 * Blind batch o (news round-ups, live blogs, several governments per story, German and Italian items, own scales):
 * general causes of its misses, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';


describe('an ambiguous country name against a decoy named in passing', () => {
  it('GIVEN a story about Tbilisi that also mentions Atlanta WHEN classified THEN the country advice is kept', () => {
    const text = [
      'Britain toughens its advice for Georgia after unrest in Tbilisi.',
      'Riot police cleared a square in Tbilisi on Friday, and shops in Batumi stayed shut.',
      'The Foreign Office now advises against all but essential travel to Georgia.',
      'Trains between Tbilisi and Batumi ran on time.',
      'Tour operators in Atlanta said their clients were not affected.',
    ].join('\n\n');
    expect(run(text)).toEqual(['GE/GB/3/']);
  });

  it('GIVEN a story about the U.S. state with one word of the country WHEN classified THEN nothing', () => {
    const text = [
      'Storms hit Atlanta and Savannah as the governor of the state of Georgia declared an emergency.',
      'Officials advise against all travel to Georgia coastal roads until Sunday.',
    ].join('\n\n');
    expect(run(text)).toEqual([]);
  });
});

describe('a country named by an epithet', () => {
  it('GIVEN advice "to the Himalayan nation" in a story about Nepal WHEN classified THEN the country-wide level', () => {
    const text = [
      'Floods cut roads across Nepal and Kathmandu airport closed for a day.',
      'Canada now says to avoid non-essential travel to the Himalayan nation until further notice.',
    ].join('\n\n');
    expect(run(text)).toEqual(['NP/CA/3/']);
  });

  it('GIVEN advice "to the neighbouring country" WHEN classified THEN it is not taken for the subject', () => {
    const text = [
      'Floods cut roads across Nepal and Kathmandu airport closed for a day.',
      'Canada now says to avoid non-essential travel to the neighbouring country as well.',
    ].join('\n\n');
    expect(run(text)).not.toContain('NP/CA/3/');
  });
});

describe('an evacuation by navy vessels', () => {
  it('GIVEN people carried out of a country aboard navy vessels WHEN classified THEN evacuation', () => {
    expect(run('Turkey said it had evacuated 640 people from Libya on three naval ships that docked in Mersin.')).toEqual(['LY/TR/-/evacuation']);
  });
});

describe('seats a government secured on flights out', () => {
  it('GIVEN a government that secured seats on flights for its nationals WHEN classified THEN evacuation', () => {
    expect(run('Ireland says it has secured 150 seats on commercial flights out of Tripoli for Irish citizens.')).toEqual(['LY/IE/-/evacuation']);
  });

  it('GIVEN travellers who secured seats for themselves WHEN classified THEN no evacuation', () => {
    expect(run('Some tourists said they had secured seats on the last flights out of Tripoli.')).toEqual([]);
  });
});

describe('a level lifted after an aside', () => {
  it('GIVEN "advice against … , issued in 2015, was lifted in 2019" WHEN classified THEN no current advice', () => {
    expect(run("Germany's advice against all travel to the Sinai coast of Egypt, issued after the bombing of 2015, was lifted in 2019.")).toEqual([]);
  });

  it('GIVEN the same advice still in force WHEN classified THEN it is kept as regional advice', () => {
    expect(run("Germany's advice against all travel to the Sinai coast of Egypt, issued after the bombing of 2015, remains in force.")).toEqual(['EG/DE/-/']);
  });
});

describe('advice tightened for parts of a country only', () => {
  it('GIVEN a German report that the advice was tightened for more provinces WHEN classified THEN regional advice without level_raised', () => {
    const text = [
      'Das Außenministerium in Wien hat seine Reiseinformation für Kolumbien verschärft.',
      'Von Reisen in die Regionen Cauca und Arauca wird abgeraten.',
      'Bisher galt dies nur für das Grenzgebiet zu Venezuela.',
    ].join(' ');
    expect(run(text)).toEqual(['CO/AT/-/']);
  });

  it('GIVEN a tightened advice with no regional detail WHEN classified THEN level_raised is kept', () => {
    expect(run('Das Außenministerium in Wien hat seine Reiseinformation für Kolumbien verschärft.')).toEqual(['CO/AT/-/level_raised']);
  });
});

describe('the German active "warnt vor Reisen"', () => {
  it('GIVEN "warnt vor Reisen in die Provinzen …" WHEN classified THEN regional advice with no level', () => {
    expect(run('Berlin warnt seit März vor Reisen in die Provinzen Nord- und Süd-Kivu im Osten Kongos.')).toEqual(['CD/DE/-/']);
  });

  // (session 10: "warns against travel" is vague wording per classification.md, as two blind labellers of real news read it)
  it('GIVEN "warnt vor Reisen nach <country>" WHEN classified THEN no level (vague wording), but a finding', () => {
    expect(run('Das Auswärtige Amt warnt inzwischen vor Reisen nach Burkina Faso.')).toEqual(['BF/DE/-/']);
  });
});
