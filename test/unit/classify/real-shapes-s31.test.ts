/**
 * Shapes the classifier got wrong in session 31 (the held-out set mixed58: West and Southern Africa, the Caucasus, the
 * Balkans, Israel and Jordan, Central America), and the convention for vague advice that ten held-out sets share, each with
 * sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { brief, run } from './brief.js';

describe('levels', () => {
  it('GIVEN the FCDO telling Britons to "exercise a high degree of caution" THEN no level (the FCDO scale has no level 2)', () => {
    expect(run('The Foreign Office said Britain would keep its embassy in Lusaka open. The FCDO told Britons in Zambia to avoid demonstrations: "You should exercise a high degree of caution and monitor local media."')).toEqual([]);
  });

  it('GIVEN Canada or Australia telling citizens to "exercise a high degree of caution" THEN level 2 still', () => {
    expect(run('Canada advises its citizens to exercise a high degree of caution in Zambia.')).toEqual(['ZM/CA/2/']);
  });

  it('GIVEN advice against all travel "to the north of the country" THEN regional, no level 4', () => {
    expect(brief(classify({ text: 'The FCDO advises against all travel to the north of the country due to attacks by armed groups.', format: 'text', issuer: 'GB', country: 'MZ' }))).toEqual(['MZ/GB/-/']);
  });

  it('GIVEN "the West African country" as the object THEN the country still', () => {
    expect(run('Mali: the FCDO advises against all travel to the West African country.')).toEqual(['ML/GB/4/']);
  });

  it('GIVEN a French heading "Avertissement régional - Évitez tout voyage non essentiel" THEN no country level from it', () => {
    const text = 'Niveau de risque: Mexique - Faites preuve d’une grande prudence\n\nAvertissement régional - Évitez tout voyage non essentiel\n\nÉvitez tout voyage non essentiel dans les États suivants : Colima, Guerrero.';
    expect(brief(classify({ text, format: 'text', issuer: 'CA', country: 'MX' }))).toEqual(['MX/CA/2/']);
  });

  it('GIVEN a level inside a where-clause of a city ("Nairobi, where we advise … to reconsider their need to travel") THEN the city\'s, not the country\'s', () => {
    expect(run('Australia continues to advise a high degree of caution in Kenya overall, exercise a high degree of caution in Kenya. This now includes Nairobi, where we advise Australians to reconsider their need to travel.')).toEqual(['KE/AU/2/']);
  });

  it('GIVEN a where-clause of the country itself THEN the level is the country\'s', () => {
    expect(run('Thousands of Australians live in Kenya, where the government advises Australians to reconsider their need to travel.')).toEqual(['KE/AU/3/']);
  });

  it('GIVEN "categorized as a level 2 country, which requires increased caution" with no "travel" in the sentence THEN level 2', () => {
    expect(run('The U.S. State Department updated its pages. Armenia has been categorized as a level 2 country, which requires increased caution.')).toEqual(['AM/US/2/']);
  });

  it('GIVEN "a level 2 country" with nothing of the scale near THEN no level', () => {
    expect(run('The U.S. State Department named Armenia a level 2 country for broadband coverage.')).toEqual([]);
  });
});

describe('ordered departure', () => {
  it('GIVEN "withdrawing a limited number of its UK staff and their dependants from its embassy" THEN ordered_departure', () => {
    expect(run('Britain said it was withdrawing "a limited" number of its UK staff and their dependants from its embassy in Lusaka.')).toEqual(['ZM/GB/-/ordered_departure']);
    expect(run('France is withdrawing some of its diplomats from its embassy in Bamako.')).toEqual(['ML/FR/-/ordered_departure']);
  });

  it('GIVEN "withdrawing a number of its troops" THEN nothing', () => {
    expect(run('France is withdrawing a number of its troops from Mali.')).toEqual([]);
  });
});

describe('vague advice about a country is a finding with no level', () => {
  it('GIVEN "told its citizens to avoid travel to X" THEN X gets a finding from that government, with no level', () => {
    expect(run('The United Arab Emirates told its citizens to avoid travel to Lebanon.')).toEqual(['LB/AE/-/']);
  });

  it('GIVEN the German negated form "rät von Reisen nach X nicht ab" THEN nothing', () => {
    expect(run('Österreich rät von Reisen nach Peru nicht ab.')).toEqual([]);
    expect(run('Von Reisen nach Peru wird nicht abgeraten, teilte das Außenministerium in Wien mit.')).toEqual([]);
  });

  it('GIVEN vague advice for a part of the country with a neighbour as its edge THEN no finding for the neighbour', () => {
    expect(run('Die Schweiz rät Schweizern in Kamerun: Von Reisen in den Norden, an der Grenze zu Nigeria, wird abgeraten.').some((f) => f.startsWith('NG/'))).toBe(false);
    expect(run('Canada advises Canadians in Cameroon to avoid travel to the north, along the border with Nigeria.').some((f) => f.startsWith('NG/'))).toBe(false);
  });

  it('GIVEN vague advice and a level from the same government for the same country THEN the level', () => {
    expect(run('Canada advises Canadians to avoid travel to Ethiopia. Canada advises against all travel to Ethiopia.')).toEqual(['ET/CA/4/']);
  });
});

describe('mixed59 shapes (the Middle East, North Africa and South Asia; many issuers at once)', () => {
  it('GIVEN a list of governments "racing against time to evacuate their citizens" THEN each evacuates', () => {
    expect(run('As fighting continues, countries including Jordan, Hungary and Greece are racing against time to evacuate their citizens from Yemen.')).toEqual(['YE/GR/-/evacuation', 'YE/HU/-/evacuation', 'YE/JO/-/evacuation']);
  });

  it('GIVEN governments that "have all been involved in efforts to evacuate their citizens" THEN each evacuates', () => {
    expect(run('Britain, Canada and Japan have all been involved in efforts to evacuate their citizens from Yemen this week.')).toEqual(['YE/CA/-/evacuation', 'YE/GB/-/evacuation', 'YE/JP/-/evacuation']);
  });

  it('GIVEN "are preparing to evacuate" THEN still a plan, no evacuation', () => {
    expect(run('Jordan and Greece are preparing to evacuate their citizens from Yemen.')).toEqual([]);
  });

  it('GIVEN the Italian "sconsigliati a qualunque titolo" THEN level 4, as "a qualsiasi titolo"', () => {
    expect(run('La Farnesina ricorda che i viaggi in Iraq sono sconsigliati a qualunque titolo.')).toEqual(['IQ/IT/4/']);
  });

  it('GIVEN the German noun phrase "die Aufforderung zur dringenden und unverzüglichen Ausreise" THEN leave_immediately', () => {
    expect(run('Das Auswärtige Amt hat die Deutschen im Libanon erneut gewarnt. In einem Landsleutebrief sei die Aufforderung zur dringenden und unverzüglichen Ausreise aus dem Libanon erneut ergangen, teilte eine Sprecherin mit.')).toEqual(['LB/DE/-/leave_immediately']);
  });

  it('GIVEN the same noun phrase denied ("gibt es bislang nicht") THEN nothing', () => {
    expect(run('Eine Aufforderung zur Ausreise aus dem Libanon gibt es bislang nicht, sagte eine Sprecherin des Auswärtigen Amts.')).toEqual([]);
  });
});

describe('mixed60: a disaster evacuation is no critical signal', () => {
  it('GIVEN "our citizens have been evacuated out of the region" in a sentence that names no country THEN nothing', () => {
    expect(run('The quake struck near the border with Syria. "So far, approximately 190,000 of our citizens have been evacuated out of the region through evacuation operations," the vice president said.')).toEqual([]);
  });

  it('GIVEN an evacuation out of a named country THEN it stands', () => {
    expect(run('Turkey said 1,200 of its citizens have been evacuated out of Sudan through evacuation operations.')).toEqual(['SD/TR/-/evacuation']);
  });
});
