/**
 * Session 45: advice against travel withdrawn by a verb of removal ("removed its advice against all but essential travel"),
 * and withdrawn for unnamed "parts of" / "areas of" a country (a lowering for that country, with no level); a named region's
 * advice withdrawn stays regional. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('advice against travel withdrawn', () => {
  it('GIVEN "has removed its advice against all but essential travel to X" THEN a lowering, no level', () => {
    expect(run('The FCDO has removed its advice against all but essential travel to Malawi.')).toEqual(['MW/GB/-/level_lowered']);
  });

  it('GIVEN "withdrew its warning against all travel to X" THEN a lowering', () => {
    expect(run('Last week the Foreign Office withdrew its warning against all travel to Gabon.')).toEqual(['GA/GB/-/level_lowered']);
  });

  it('GIVEN a date clause between the advice and "against" THEN still a lowering', () => {
    expect(run('The FCDO has lifted its advice, first issued on 3 March, against all but essential travel to Togo.')).toEqual(['TG/GB/-/level_lowered']);
  });

  it('GIVEN "no longer advising against travel to parts of X, Y and Z" THEN a lowering for each', () => {
    expect(run('The Foreign Office is no longer advising against travel to parts of Oman, Tunisia and Morocco.')).toEqual(['MA/GB/-/level_lowered', 'OM/GB/-/level_lowered', 'TN/GB/-/level_lowered']);
  });

  it('GIVEN "removed its advice against all but essential travel to areas of X" THEN a lowering', () => {
    expect(run('The FCDO has removed its advice against all but essential travel to areas of Zambia.')).toEqual(['ZM/GB/-/level_lowered']);
  });

  it('GIVEN the advice withdrawn for the border areas of X THEN no lowering (regional)', () => {
    expect(run('The FCDO no longer advises against travel to the border areas of Zambia.').join()).not.toContain('level_lowered');
  });

  it('GIVEN the advice withdrawn for parts of the north of X THEN no lowering (regional)', () => {
    expect(run('The FCDO has lifted its advice against all travel to parts of the north of Zambia.').join()).not.toContain('level_lowered');
  });

  it('GIVEN a government lifting a travel ban it imposed on visitors THEN no lowering (no advice)', () => {
    expect(run('Zambia lifted the restrictions on arrivals from Malawi.').join()).not.toContain('level_lowered');
  });

  it('GIVEN "has not removed its advice against all travel to X" THEN no lowering', () => {
    expect(run('The FCDO has not removed its advice against all travel to Gabon.').join()).not.toContain('level_lowered');
  });
});

describe('a change told from one quoted advice to another', () => {
  it('GIVEN "lowered … from “we advise against all non-essential travel” to “exercise a high degree of caution”" THEN level 2, lowered', () => {
    expect(run('Global Affairs Canada lowered its advice for Laos from “we advise against all non-essential travel” to “exercise a high degree of caution”.')).toEqual(['LA/CA/2/level_lowered']);
  });

  it('GIVEN the old advice quoted without "we" THEN the same', () => {
    expect(run('Global Affairs Canada lowered its advice for Laos from “avoid non-essential travel” to “exercise a high degree of caution”.')).toEqual(['LA/CA/2/level_lowered']);
  });
});

describe('governments listed by what they did to their advice', () => {
  it('GIVEN "The countries that have lowered the warning from Level 3 to Level 2 include A, B and C" THEN each lowered it for the topic', () => {
    expect(run('Laos has lifted its curfew. The countries that have lowered the warning for Laos from Level 3 to Level 2 include Germany, Brazil and Denmark.')).toEqual(['LA/BR/-/level_lowered', 'LA/DE/-/level_lowered', 'LA/DK/-/level_lowered']);
  });

  it('GIVEN "those easing their warning …, which …, include A and B" (the list far after the change) THEN each lowered it', () => {
    expect(run('Meanwhile, those easing their warning from Level 5 to Level 4, which encourages avoidance of Laos, include Belgium and Poland.')).toEqual(['LA/BE/-/level_lowered', 'LA/PL/-/level_lowered']);
  });

  it('GIVEN "Those adjusting from Level 4 down to Level 2 are A and B" THEN each lowered it', () => {
    expect(run('Those adjusting their advice for Laos from Level 4 down to Level 2 are the Netherlands and Hungary.')).toEqual(['LA/HU/-/level_lowered', 'LA/NL/-/level_lowered']);
  });

  it('GIVEN "The countries that border X include A and B" THEN no finding (places, no advice)', () => {
    expect(run('The countries that border Laos include Thailand and Cambodia.')).toEqual([]);
  });

  it('GIVEN a document whose numbered scale has a Level 5 THEN its bare "Level 2" is no level of the table', () => {
    expect(run('New Zealand has lowered its warning for Laos from Level 5 to Level 2. The Level 2 warning asks travellers to be careful.')).toEqual(['LA/NZ/-/level_lowered']);
  });

  it('GIVEN a bare "Level 4" with no longer scale in the document THEN level 4 (the table\'s)', () => {
    expect(run('New Zealand has raised its warning for Laos from Level 3 to Level 4.')).toEqual(['LA/NZ/4/level_raised']);
  });
});

describe('an order to shelter lifted; an evacuation planned or possible', () => {
  it('GIVEN "has lifted its order for personnel in <a province> to shelter in place" THEN no shelter', () => {
    expect(run('The U.S. Embassy in Guatemala has lifted its order for personnel in the Department of Peten to shelter in place.').join()).not.toContain('shelter_in_place');
  });

  it('GIVEN "has issued an order for personnel in <a province> to shelter in place" THEN shelter', () => {
    expect(run('The U.S. Embassy in Guatemala has issued an order for personnel in the Department of Peten to shelter in place.')).toEqual(['GT/US/-/shelter_in_place']);
  });

  it('GIVEN the Italian "piano della Farnesina per evacuare gli italiani" THEN no evacuation (a plan)', () => {
    expect(run('Guatemala, piano della Farnesina per evacuare gli italiani.')).toEqual([]);
  });

  it('GIVEN "la possibilità di un\'evacuazione degli italiani" THEN no evacuation', () => {
    expect(run('La Farnesina valuterà anche la possibilità di un\'evacuazione degli italiani dal Guatemala.').join()).not.toContain('evacuation');
  });

  it('GIVEN the French "la possibilité d\'une évacuation des Français" THEN no evacuation', () => {
    expect(run('Le Quai d\'Orsay étudie la possibilité d\'une évacuation des Français du Guatemala.').join()).not.toContain('evacuation');
  });

  it('GIVEN "La Farnesina ha evacuato gli italiani" THEN evacuation', () => {
    expect(run('La Farnesina ha evacuato gli italiani dal Guatemala.')).toEqual(['GT/IT/-/evacuation']);
  });
});

describe('staff ordered to leave', () => {
  it('GIVEN "ordered about 60 percent of its staff … to leave" THEN ordered departure, no call to citizens', () => {
    expect(run('The United States has ordered about 60 percent of its staff at the U.S. Embassy in Caracas to leave.')).toEqual(['VE/US/-/ordered_departure']);
  });

  it('GIVEN "ordered its staff and their families at the U.S. Embassy in X to leave" THEN ordered departure', () => {
    expect(run('The United States has ordered its staff and their families at the U.S. Embassy in Caracas to leave.')).toEqual(['VE/US/-/ordered_departure']);
  });
});

describe('"unless" naming who has a reason to stay', () => {
  it('GIVEN "Unless you have an essential reason to stay, we advise New Zealanders to depart X" THEN a call to leave', () => {
    expect(run('Unless you have an essential reason to stay, we advise New Zealanders to depart Laos.')).toEqual(['LA/NZ/-/leave_immediately']);
  });

  it('GIVEN "Unless the situation improves, we advise New Zealanders to depart X" THEN no call (a condition)', () => {
    expect(run('Unless the situation improves, we advise New Zealanders to depart Laos.').join()).not.toContain('leave_immediately');
  });
});

describe('places listed after a copula are no governments', () => {
  it('GIVEN "The countries under a Level 4 advisory are A, B and C" THEN level 4 for each, no issuer from the list', () => {
    expect(run('The countries under a Level 4 advisory are Mali, Niger and Sudan.')).toEqual(['ML/-/4/', 'NE/-/4/', 'SD/-/4/']);
  });

  it('GIVEN "the countries with a Do Not Travel advisory include A, B and C" after the State Department THEN US level 4 for each', () => {
    expect(run('The State Department says the countries with a Do Not Travel advisory include Mali, Niger and Sudan.')).toEqual(['ML/US/4/', 'NE/US/4/', 'SD/US/4/']);
  });

  it('GIVEN "Countries in East Africa with a Level 4 advisory are A and B" THEN level 4 for each ("East" is no easing)', () => {
    expect(run('Countries in East Africa with a Level 4 advisory are Somalia and South Sudan.')).toEqual(['SO/-/4/', 'SS/-/4/']);
  });

  it('GIVEN "Another group … consists of A and B, reducing from Level 5" THEN A and B lowered it', () => {
    expect(run('Another group with the Level 3 warning for Laos consists of Switzerland and Canada, reducing from Level 5.')).toEqual(['LA/CA/-/level_lowered', 'LA/CH/-/level_lowered']);
  });
});
