/**
 * Shapes of real public pages (news, ministry notices) the classifier got wrong, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a call to leave "the country" followed by a clause naming another country', () => {
  it('GIVEN "called for its citizens to leave the country … as the US and its allies withdrew" WHEN classified THEN the country the text is about', () => {
    const text = 'South Korea decided to shut its embassy in Sudan on Sunday and evacuate its diplomats, the ministry said. The move came as rebels took Khartoum after the American-backed president fled. Since June, the South Korean government has called for its citizens to leave the country due to safety concerns as the US and its NATO allies proceeded with troop pullouts.';
    expect(run(text)).toEqual(['SD/KR/-/embassy_suspended,evacuation,leave_immediately']);
  });
});

describe('nationals advised to evacuate the country named by an epithet', () => {
  it('GIVEN "Filipinos in X are advised to evacuate the Gulf state" WHEN classified THEN a call to leave', () => {
    const text = 'Filipinos in Kuwait are advised to evacuate the Gulf state as the Philippine Embassy has raised its alert level.';
    expect(run(text)).toEqual(['KW/PH/-/leave_immediately,level_raised']);
  });

  it('GIVEN an evacuation of nationals "following tensions between" two other countries WHEN classified THEN not those countries', () => {
    const text = 'Clashes spread in Kuwait. The President directed agencies to implement the evacuation of Filipinos in the Gulf nation following tensions between the United States and Iran.';
    expect(run(text)).toEqual(['KW/PH/-/evacuation']);
  });
});

describe('what a step of a government\'s own alert scale entails', () => {
  it('GIVEN "Under Alert Level 4, the government undertakes mandatory evacuation procedures" WHEN classified THEN no signal', () => {
    const text = 'The ministry keeps Alert Level 4 in place for Sudan. Under Alert Level 4, the Philippine government undertakes mandatory evacuation procedures.';
    expect(run(text).filter((f) => !f.endsWith('/'))).toEqual([]);
  });

  it('GIVEN "Under the new level, non-essential staff were ordered to leave" WHEN classified THEN the order stands', () => {
    const text = 'Under the new level, non-essential staff of the Philippine embassy in Sudan were ordered to leave the country.';
    expect(run(text)).toEqual(['SD/PH/-/ordered_departure']);
  });
});

describe('staff or families brought home, in Italian and French', () => {
  it('GIVEN Italian "è stato deciso di far rientrare tutto il personale non essenziale dell\'ambasciata a <city>" WHEN classified THEN ordered_departure', () => {
    const text = 'La Farnesina ha deciso di far rientrare tutto il personale non essenziale della nostra ambasciata a Khartoum, che resterà comunque aperta.';
    expect(run(text)).toEqual(['SD/IT/-/ordered_departure']);
  });

  it('GIVEN French "le retour des familles des agents diplomatiques de l\'ambassade" WHEN classified THEN ordered_departure', () => {
    const text = 'Le ministère a décidé le retour des familles des agents diplomatiques de l\'ambassade de France à Khartoum.';
    expect(run(text)).toEqual(['SD/FR/-/ordered_departure']);
  });
});

describe('an instruction to stay home told in the imperative (Italian, French)', () => {
  it('GIVEN Italian "ha detto ai connazionali: non uscite di casa" WHEN classified THEN shelter_in_place', () => {
    expect(run("L'ambasciatore italiano a Caracas ha detto ai connazionali: non uscite di casa ed evitate gli spostamenti.")).toEqual(['VE/IT/-/shelter_in_place']);
  });

  it('GIVEN French "l\'ambassade demande aux ressortissants : ne sortez pas de chez vous" WHEN classified THEN shelter_in_place', () => {
    expect(run("L'ambassade de France à Caracas a dit aux ressortissants français : ne sortez pas de chez vous.")).toEqual(['VE/FR/-/shelter_in_place']);
  });
});

describe('a shelter instruction limited to when it is needed', () => {
  it('GIVEN "Exercise caution, limit movements, shelter in place as needed" WHEN classified THEN no shelter_in_place', () => {
    const text = 'The State Department keeps Syria at Level 4: Do Not Travel. For Syria, the summary states: "Exercise caution, limit movements, shelter in place as needed."';
    expect(run(text)).toEqual(['SY/US/4/']);
  });
});
