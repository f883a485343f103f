/**
 * Shapes of real public pages (news reports that list several governments, French embassy closures) the classifier got
 * wrong in session 19, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('governments listed with a verb the issuer rules did not know', () => {
  it.each([
    [
      'Germany asked its citizens to leave Lebanon on Wednesday. Canada, Kuwait and Norway have earlier made a similar call.',
      ['LB/CA/-/leave_immediately', 'LB/DE/-/leave_immediately', 'LB/KW/-/leave_immediately', 'LB/NO/-/leave_immediately'],
    ],
    [
      'Singapore told its citizens to leave Ukraine. It was reported that Israel, Albania and Morocco were urging their citizens to leave Ukraine as well.',
      ['UA/AL/-/leave_immediately', 'UA/IL/-/leave_immediately', 'UA/MA/-/leave_immediately', 'UA/SG/-/leave_immediately'],
    ],
    ['Both Canada and Australia were suspending embassy operations in Kyiv, said a report.', ['UA/AU/-/embassy_suspended', 'UA/CA/-/embassy_suspended']],
    ['Les Etats-Unis avaient quant à eux fermé leur ambassade en Syrie.', ['SY/US/-/embassy_suspended']],
  ])('GIVEN %s WHEN classified THEN each listed government has the finding', (text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a list of governments that grew', () => {
  it('GIVEN "the list of countries was replenished with A, B and C" after a call to leave THEN each has the call, and the generic subject gives none', () => {
    const text =
      'The number of countries that recommended their citizens to leave Ukraine increased to 35. Over the past night, the list of countries was replenished with Kuwait, Spain and Jordan.';
    expect(run(text)).toEqual(['UA/ES/-/leave_immediately', 'UA/JO/-/leave_immediately', 'UA/KW/-/leave_immediately']);
  });
});

describe('"took similar action": the action just told, not a time clause after it', () => {
  it('GIVEN "France and Italy took similar action, two days after Britain pulled out" THEN Britain is not given the action', () => {
    const text =
      'The United Arab Emirates has suspended operations at its embassy in Yemen and evacuated its staff. France and Italy took similar action on Friday, two days after Britain and the Netherlands pulled out.';
    expect(run(text)).toEqual([
      'YE/AE/-/embassy_suspended,evacuation',
      'YE/FR/-/embassy_suspended,evacuation',
      'YE/IT/-/embassy_suspended,evacuation',
    ]);
  });
});

describe('an embassy closed by other words', () => {
  it.each([
    ['The UAE, France and Italy suspended their embassy operations in Yemen.', ['YE/AE/-/embassy_suspended', 'YE/FR/-/embassy_suspended', 'YE/IT/-/embassy_suspended']],
    // (the whole staff withdrawn as the missions close: the staff's evacuation since session 46, see the README's Decisions)
    ['Germany and France withdrew their diplomats from North Korea in March and closed their missions.', ['KP/DE/-/embassy_suspended,evacuation', 'KP/FR/-/embassy_suspended,evacuation']],
    ['Les Etats-Unis ont fermé leur représentation en Syrie et évacué leurs derniers personnels.', ['SY/US/-/embassy_suspended,evacuation']],
  ])('GIVEN %s WHEN classified THEN the embassy is suspended', (text, want) => {
    expect(run(text)).toEqual(want);
  });

  it('GIVEN an embassy operation negated WHEN classified THEN no suspension', () => {
    expect(run('France has not suspended its embassy operations in Yemen.')).toEqual([]);
  });

  it("GIVEN a UN mission's relocation WHEN classified THEN no government's embassy", () => {
    expect(run('The United Nations said their missions in Mali had closed.')).toEqual([]);
  });
});

describe('two countries a later clause pairs are no objects of the call', () => {
  it.each([
    ['France has asked its nationals in Iran to leave the country as soon as possible, amid strong tensions between Iran and Israel.', ['IR/FR/-/leave_immediately']],
    ['La France a demandé à ses ressortissants présents en Iran de quitter le pays au plus vite, dans un contexte de fortes tensions entre l’Iran et Israël.', ['IR/FR/-/leave_immediately']],
  ])('GIVEN %s WHEN classified THEN only the country left', (text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('a numbered level named with its category, its list or a verb that classes the country', () => {
  it.each([
    ['The US raised its travel advisory for Bangladesh to the highest Level 4: Do Not Travel category on Friday.', ['BD/US/4/level_raised']],
    ['Le gouvernement américain classe Haïti au niveau 3 sur la liste noire des pays à ne pas visiter.', ['HT/US/3/']],
    ['The US government is sounding the alarm on Pakistan travel, classifying it Level 3 in its latest advisory.', ['PK/US/3/']],
  ])('GIVEN %s WHEN classified THEN the country has the level', (text, want) => {
    expect(run(text)).toEqual(want);
  });

  it('GIVEN a French pluperfect level ("était grimpé au niveau 4") WHEN classified THEN it is the past level, so the current 3 is a lowering', () => {
    expect(run('Le gouvernement américain classe Haïti au niveau 3. Haïti était grimpé au niveau 4 après les émeutes de février.')).toEqual(['HT/US/3/level_lowered']);
  });

  it('GIVEN "était désormais classé en" WHEN classified THEN the level is current', () => {
    expect(run("Le Quai d'Orsay a annoncé que l'ensemble du Niger était désormais classé en rouge, « formellement déconseillé »."))
      .toEqual(['NE/FR/4/']);
  });
});
