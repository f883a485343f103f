import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, createClassifier, fipsToIso, lookupCountry, suggestCountries } from '../../../src/classify/index.js';
import type { Finding } from '../../../src/domain/types.js';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const seed = (f: string) => classify({ text: readFileSync(join(SEEDS, f), 'utf8'), format: 'text' });
const brief = (fs: Finding[]) => fs.map((f) => `${f.country}/${f.issuer ?? '-'}/${f.level ?? '-'}/${[...f.signals].sort().join(',')}`);

describe('seed articles (classification.md)', () => {
  it('GIVEN seed 000 WHEN classified THEN ML/US leave_immediately only', () => {
    expect(brief(seed('000_a707455ac4747570.txt'))).toEqual(['ML/US/-/leave_immediately']);
  });

  it('GIVEN seed 001 WHEN classified THEN ML/US leave_immediately + authorized_departure, and France has no level', () => {
    expect(brief(seed('001_dec6e1f6441e53ed.txt'))).toEqual(['ML/US/-/authorized_departure,leave_immediately']);
  });

  it('GIVEN seed 002 WHEN classified THEN ML for US, GB and IT with leave_immediately', () => {
    expect(brief(seed('002_7bc2d3ee10ae0c11.txt'))).toEqual([
      'ML/GB/-/leave_immediately',
      'ML/IT/-/leave_immediately',
      'ML/US/-/leave_immediately',
    ]);
  });

  it('GIVEN seed 003 WHEN classified THEN ML/US leave_immediately (an issuer-less evacuation is allowed)', () => {
    const got = brief(seed('003_754f0baf6a45f420.txt')).filter((x) => x !== 'ML/-/-/evacuation');
    expect(got).toEqual(['ML/US/-/leave_immediately']);
  });

  it('GIVEN seed 004 WHEN classified THEN ML for US, AU, DE and IT with leave_immediately', () => {
    expect(brief(seed('004_92f9f117264fb3e9.txt'))).toEqual([
      'ML/AU/-/leave_immediately',
      'ML/DE/-/leave_immediately',
      'ML/IT/-/leave_immediately',
      'ML/US/-/leave_immediately',
    ]);
  });

  it('GIVEN every seed WHEN classified THEN no finding names another country and evidence is quoted', () => {
    for (const f of ['000_a707455ac4747570.txt', '001_dec6e1f6441e53ed.txt', '002_7bc2d3ee10ae0c11.txt', '003_754f0baf6a45f420.txt', '004_92f9f117264fb3e9.txt']) {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      for (const x of classify({ text })) {
        expect(x.country).toBe('ML');
        expect(x.evidence.length).toBeGreaterThan(0);
        expect(x.evidence.length).toBeLessThanOrEqual(620);
        for (const part of x.evidence.split(' … ')) expect(text).toContain(part);
      }
    }
  });
});

describe('attribution', () => {
  it('GIVEN a document with no travel advice WHEN classified THEN no findings', () => {
    expect(classify({ text: 'Mali beat Senegal 2-1 in a friendly match in Bamako on Sunday.' })).toEqual([]);
  });

  it('GIVEN convoys from neighbours WHEN classified THEN only the country left is the subject', () => {
    const t = 'Tankers from Senegal and Ivory Coast were torched on the way to Bamako. The U.S. Embassy urged Americans to leave Mali immediately.';
    expect(brief(classify({ text: t }))).toEqual(['ML/US/-/leave_immediately']);
  });

  it('GIVEN an official feed issuer WHEN the text never names itself THEN the feed issuer applies', () => {
    const t = '<p>Mali - Level 4: Do Not Travel</p><p>Do not travel to Mali due to crime, terrorism and kidnapping.</p>';
    expect(brief(classify({ text: t, format: 'html', issuer: 'US' }))).toEqual(['ML/US/4/']);
  });

  it('GIVEN a regional-only advisory WHEN classified THEN a finding for the country with no country-wide level', () => {
    const t = 'The FCDO advises against all travel to within 20 km of the border with Mali in Niger. The FCDO advises against all travel to the northern regions of Niger.';
    expect(brief(classify({ text: t }))).toEqual(['NE/GB/-/']);
  });

  it('GIVEN regional advice beside a country-wide level from the same issuer WHEN classified THEN only the country-wide finding', () => {
    const t = 'We continue to advise exercise a high degree of caution in Saudi Arabia overall. Do not travel to within 10km of the border with Yemen due to attacks from Yemen.';
    expect(brief(classify({ text: t, issuer: 'AU' }))).toEqual(['SA/AU/2/']);
  });

  it('GIVEN a German level the sentence says does not exist WHEN classified THEN nothing', () => {
    const t = 'Eine Reisewarnung für Taiwan gebe es nicht, sagte eine Sprecherin des Auswärtigen Amts.';
    expect(classify({ text: t })).toEqual([]);
  });

  it('GIVEN a level lowered in a change note WHEN classified THEN the current level and level_lowered', () => {
    const t = '<p>Peru - Level 2: Exercise Increased Caution</p><p>The advisory level was decreased from 3 to 2.</p><p>Exercise increased caution in Peru due to crime.</p>';
    expect(brief(classify({ text: t, format: 'html', issuer: 'US' }))).toEqual(['PE/US/2/level_lowered']);
  });

  it('GIVEN a domestic curfew and local evacuation WHEN classified THEN no findings', () => {
    const t = 'Nigerien authorities imposed a curfew in Niamey. Local authorities ordered the evacuation of residents from flooded districts.';
    expect(classify({ text: t })).toEqual([]);
  });

  it('GIVEN createClassifier WHEN used THEN it behaves as classify', () => {
    const t = 'The U.S. Embassy in Bamako urged U.S. citizens to leave Mali immediately.';
    expect(createClassifier().classify({ text: t })).toEqual(classify({ text: t }));
  });
});

describe('country helpers', () => {
  it('GIVEN queries WHEN looked up THEN ISO codes come back', () => {
    expect(lookupCountry('Mali')).toBe('ML');
    expect(lookupCountry('bamako')).toBe('ML');
    expect(lookupCountry('Côte d’Ivoire')).toBe('CI');
    expect(lookupCountry('')).toBeNull();
    expect(suggestCountries('Malli', 1)[0]?.code).toBe('ML');
    expect(fipsToIso('UK')).toBe('GB');
  });

  it('GIVEN a level in the clause of a province WHEN classified THEN it is not the country level', () => {
    const t = 'The State Department lowered its travel advisory for Mozambique to Level 2. Travel to Cabo Delgado province in the far north remains at Level 4, "Do Not Travel".';
    expect(brief(classify({ text: t }))).toEqual(['MZ/US/2/level_lowered']);
  });

  it("GIVEN the topic country's own authorities in an official alert WHEN the next sentence states a level THEN the feed's issuer keeps it", () => {
    const t = 'Location: Guinea. The Guinean authorities have lifted the nightly curfew. The Travel Advisory for Guinea has been reissued at Level 2: Exercise Increased Caution.';
    expect(brief(classify({ text: t, issuer: 'US', country: 'GN' }))).toEqual(['GN/US/2/']);
  });

  it('GIVEN a demonym after a ministry WHEN classified THEN it names the issuer', () => {
    const t = "Les Affaires étrangères belges ont relevé leur avis de voyage pour l'Iran. « Tous les voyages vers l'Iran sont déconseillés. »";
    expect(brief(classify({ text: t }))).toEqual(['IR/BE/4/']);
  });

  it('GIVEN an authorized departure told as the step before an ordered one WHEN classified THEN only ordered_departure', () => {
    const t = 'The State Department on Wednesday ordered non-emergency staff to leave the U.S. Embassy in Havana, two days after authorizing their voluntary departure. On Monday the department had authorized the departure of non-emergency personnel.';
    expect(brief(classify({ text: t }))).toEqual(['CU/US/-/ordered_departure']);
  });

  it('GIVEN "similar warnings … by A, B and C, whose foreign ministries told their citizens to depart" WHEN classified THEN each issuer', () => {
    const t = 'The Foreign Office told British nationals to leave South Sudan now and advised against all travel to South Sudan. Similar warnings were issued later in the day by Canada, Norway and the Netherlands, whose foreign ministries also told their citizens to depart as soon as possible.';
    expect(brief(classify({ text: t }))).toEqual(['SS/CA/-/leave_immediately', 'SS/GB/4/leave_immediately', 'SS/NL/-/leave_immediately', 'SS/NO/-/leave_immediately']);
  });

  it("GIVEN an official feed WHEN an instruction follows a sentence about another country's authorities THEN the feed's issuer gives it", () => {
    const t = 'Location: Colombo, Sri Lanka. Indian authorities have tightened security at ports in Tamil Nadu. Actions to Take: Shelter in place and avoid the affected areas.';
    expect(brief(classify({ text: t, issuer: 'US', country: 'LK' }))).toEqual(['LK/US/-/shelter_in_place']);
  });

  it("GIVEN a ministry named by its seat WHEN classified THEN the seat's country is the issuer", () => {
    const t = '„Österreicherinnen und Österreicher im Libanon werden dringend aufgefordert, das Land mit den noch verfügbaren kommerziellen Flügen zu verlassen", teilte das Außenministerium in Wien mit.';
    expect(brief(classify({ text: t }))).toEqual(['LB/AT/-/leave_immediately']);
  });

  it('GIVEN a title that truncates the first body sentence WHEN classified THEN the evidence quotes the body sentence once', () => {
    const body = 'The United States Embassy in Bamako urged U.S. citizens to leave Mali immediately, citing an escalating fuel blockade by militants.';
    const f = classify({ title: 'The United States Embassy in Bamako urged U.S. citizens to leave Mali immediately, citing an…', text: body });
    expect(f.map((x) => x.evidence)).toEqual([body]);
  });
});
