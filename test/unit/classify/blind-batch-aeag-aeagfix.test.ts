/**
 * Misses of the blind batches ae and ag: general causes, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { brief, run } from './brief.js';

describe('instructions given inside a drill or a rehearsal', () => {
  it('GIVEN volunteers told to shelter in place during an embassy drill WHEN classified THEN no shelter_in_place', () => {
    const text = 'The British embassy in Manila said volunteers were told to stay indoors for the first hour of the drill before buses arrived.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN a rehearsal in which role-players are urged to leave immediately WHEN classified THEN no leave_immediately', () => {
    const text = 'During the rehearsal, British citizens played by staff were urged to leave Thailand immediately.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN a real instruction to shelter in place WHEN classified THEN shelter_in_place stays', () => {
    const text = 'The U.S. Embassy in Manila instructs U.S. citizens in the Philippines to shelter in place.';
    expect(run(text)).toEqual(['PH/US/-/shelter_in_place']);
  });
});

describe('a "do not travel" bounded by a time of day', () => {
  it('GIVEN a county official saying "After 9 p.m. Friday, do not travel" in a storm WHEN classified THEN no level', () => {
    const text = 'HOUSTON — The county judge said: "After 9 p.m. Friday, do not travel. Keep the roads clear for crews."';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN "do not travel after dark" WHEN classified THEN no level', () => {
    const text = 'In Texas, the sheriff told drivers: do not travel after dark until the floodwater recedes.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN a government that updated its advice overnight to do not travel WHEN classified THEN the level stays', () => {
    const text = 'Australia updated its advice overnight and now says do not travel to Haiti.';
    expect(run(text)).toEqual(['HT/AU/4/']);
  });
});

describe('advice whose own last clause says it was withdrawn', () => {
  it('GIVEN "…advised against all travel to X; that advice was lifted a month later" WHEN classified THEN no finding', () => {
    const text = 'The Foreign Office briefly advised against all travel to the Gambia, citing unrest; that advice was lifted a month later.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN a current advice and an unrelated clause after a semicolon WHEN classified THEN the level stays', () => {
    const text = 'The Foreign Office advises against all travel to the Gambia; the curfew in Banjul was lifted on Monday.';
    expect(run(text)).toEqual(['GM/GB/4/']);
  });
});

describe('a holiday closure named by a religious feast', () => {
  it('GIVEN an embassy closed for Tabaski WHEN classified THEN no embassy_suspended', () => {
    expect(run('The Canadian Embassy in Dakar will be closed from Monday 8 June to Wednesday 10 June for Tabaski.')).toEqual([]);
  });

  it("GIVEN an embassy closed for l'Aïd el-Fitr WHEN classified THEN no embassy_suspended", () => {
    expect(run("L'ambassade du Canada à Dakar sera fermée le 10 avril à l'occasion de l'Aïd el-Fitr.")).toEqual([]);
  });
});

describe("a curfew's stay-at-home order given by the country's own minister", () => {
  const text =
    'Heavy gunfire was heard in Freetown before dawn. The information minister has announced a nationwide curfew "until further notice" on state radio and asked all citizens to stay at home. ' +
    'The US Embassy in Freetown has issued a security alert telling U.S. citizens to shelter in place.';

  it('GIVEN the minister\'s order and an embassy\'s own instruction WHEN classified THEN only the embassy\'s sentence is shelter evidence', () => {
    const fs = classify({ text, format: 'text' });
    expect(brief(fs)).toEqual(['SL/US/-/shelter_in_place']);
    expect(fs[0]!.evidence).not.toMatch(/information minister/);
  });

  it('GIVEN the minister\'s order alone WHEN classified THEN no finding', () => {
    expect(run('In Freetown the information minister announced a curfew on state radio and asked all citizens to stay at home.')).toEqual([]);
  });
});

describe("a scale's range told in prose, and a raise on an own scale for the whole country", () => {
  it('GIVEN "reichen von Stufe 1 (…) bis Stufe 6 (Reisewarnung)" WHEN classified THEN the legend gives no level', () => {
    const text = 'Die sechs Sicherheitsstufen des Ministeriums reichen von Stufe 1 (guter Sicherheitsstandard) bis Stufe 6 (Reisewarnung). Österreich rät von Reisen nach Peru nicht ab.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN "für ganz X von Stufe 2 (…) auf Stufe 3 (…) angehoben" beside advice for one region WHEN classified THEN level_raised stays', () => {
    const text =
      'Bolivien – Reiseinformation\n\nBMEIA, Republik Österreich\n\n' +
      'Die Sicherheitsstufe für ganz Bolivien wurde von Stufe 2 (Sicherheitsrisiko) auf Stufe 3 (erhöhtes Sicherheitsrisiko) angehoben.\n\n' +
      'Von Reisen in das Departamento Beni wird dringend abgeraten.';
    expect(run(text)).toEqual(['BO/AT/-/level_raised']);
  });
});

describe('a partial travel warning widened to the whole country', () => {
  it('GIVEN "Teilreisewarnung … zu einer Reisewarnung für das gesamte Land ausgeweitet" WHEN classified THEN level_raised', () => {
    const text = 'Das Auswärtige Amt hat seine Reise- und Sicherheitshinweise für Mali angepasst: Die bisherige Teilreisewarnung für den Norden wurde zu einer Reisewarnung für das gesamte Land ausgeweitet.';
    expect(run(text)).toEqual(['ML/DE/4/level_raised']);
  });

  it('GIVEN a partial warning widened to more regions only WHEN classified THEN no raise', () => {
    const text = 'Das Auswärtige Amt hat die Teilreisewarnung für Mali auf die Regionen Mopti und Ségou ausgeweitet.';
    expect(run(text).some((f) => f.includes('level_raised'))).toBe(false);
  });
});

describe("the agent of the country's own measure, and a government that decided to act", () => {
  it('GIVEN "a curfew announced by the Nepali authorities, Korea has decided to raise …" WHEN classified THEN Korea raises Nepal', () => {
    const text = 'In view of the curfew announced by the Nepali authorities on September 14, Korea has decided to raise the travel advisory for Nepal from Level 1 to Level 2.';
    expect(run(text)).toEqual(['NP/KR/-/level_raised']);
  });

  it('GIVEN an unnamed ministry under its government\'s heading after "declared by the Peruvian authorities" WHEN classified THEN the heading\'s government raises', () => {
    const text =
      'Ministry of Foreign Affairs, Republic of Korea\n\nAdjustment of Travel Advisory for Peru\n\n' +
      '1. In view of the state of emergency declared by the Peruvian authorities on 2 March, the Ministry of Foreign Affairs has decided to raise the travel advisory for Peru from Level 1 (Travel Caution) to Level 2 (Travel Restraint).';
    expect(run(text)).toEqual(['PE/KR/-/level_raised']);
  });
});

describe('a German embassy telling its people to stay where they lodge, in the imperative', () => {
  it('GIVEN "Bleiben Sie bis auf Weiteres in Ihren Unterkünften" from the embassy WHEN classified THEN shelter_in_place', () => {
    const text = 'Die Deutsche Botschaft in Antananarivo teilt mit: Bleiben Sie bis auf Weiteres in Ihren Unterkünften.';
    expect(run(text)).toEqual(['MG/DE/-/shelter_in_place']);
  });
});

describe("numbered levels each heading a list of areas, on another government's page", () => {
  const page = (items: [string, string, string]): string =>
    'Overseas Safety Information — Ministry of Foreign Affairs of Japan\n\nIndonesia: Danger Information\n\n' +
    `Level 3: Avoid All Travel (Recommendation to Refrain from Travel)\n${items[0]}\n\n` +
    `Level 2: Avoid Non-essential Travel\n${items[1]}\n\n` +
    `Level 1: Exercise Caution\n${items[2]}\n\n` +
    'Japanese nationals travelling to Indonesia are asked to register with Tabireg.';

  it('GIVEN each level followed by "- … Province" items WHEN classified THEN a finding with no country-wide level', () => {
    const text = page(['- Central Papua Province and Highland Papua Province', '- The Poso area of Central Sulawesi Province', '- All other areas, including Jakarta and Bali']);
    expect(run(text)).toEqual(['ID/JP/-/']);
  });

  it('GIVEN the same levels with no list of areas (a legend) WHEN classified THEN nothing', () => {
    const text = page(['', '', '']);
    expect(run(text)).toEqual([]);
  });
});

describe('countries coordinated in the object of a level', () => {
  it('GIVEN "sconsiglia i viaggi non necessari in Libano e in Siria" WHEN classified THEN both countries get level 3', () => {
    expect(run('La Farnesina sconsiglia i viaggi non necessari in Libano e in Siria.').sort()).toEqual(['LB/IT/3/', 'SY/IT/3/']);
  });

  it('GIVEN "against all travel to Yemen and Somalia" WHEN classified THEN both countries get level 4', () => {
    expect(run('The Foreign Office advises against all travel to Yemen and Somalia.').sort()).toEqual(['SO/GB/4/', 'YE/GB/4/']);
  });

  it("GIVEN the second country's border areas only WHEN classified THEN only the first gets the level", () => {
    expect(run("The Foreign Office advises against all travel to Yemen and Oman's border areas.")).toEqual(['YE/GB/4/']);
  });
});
