/**
 * Session 50: a numbered level used as the label of the areas under it ("especially in Level 3 or 4 areas", "Level 4
 * zones") is regional advice and sets no country-wide level. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a numbered level as the label of areas', () => {
  it('GIVEN a country-wide "exercise increased caution", then "especially in Level 3 or 4 areas" THEN the country stays at level 2', () => {
    expect(
      run(
        'U.S. citizens in Honduras should exercise increased caution throughout the country. Travel after dark, especially in Level 3 or 4 areas, should be limited to essential movements.',
      ),
    ).toEqual(['HN/US/2/']);
  });

  it('GIVEN "Travel in Level 4 zones should be limited" after a country-wide level 2 THEN level 2 (guard)', () => {
    expect(run('U.S. citizens in Honduras should exercise increased caution throughout the country. Travel in Level 4 zones should be limited to essential trips.')).toEqual([
      'HN/US/2/',
    ]);
  });

  it('GIVEN "X is now at Level 3 or 4" with no areas after the number THEN the level stays the country\'s (guard)', () => {
    expect(run('Honduras is now at Level 3 or 4 in most advisories.')).toEqual(['HN/-/3/']);
  });
});

describe('"reconsider" with a verb of going or a noun of travel', () => {
  it('GIVEN "advised travelers to reconsider going to the country" THEN level 3 for the country named before', () => {
    expect(run('The United States on Friday advised travelers to reconsider going to Honduras amid a wave of protests.')).toEqual(['HN/US/3/']);
  });

  it('GIVEN "urged its citizens to reconsider visiting X" THEN level 3', () => {
    expect(run('Canada urged its citizens to reconsider visiting Honduras.')).toEqual(['HN/CA/3/']);
  });

  it('GIVEN "would reconsider going ahead with the route" (no travel advice) THEN nothing (guard)', () => {
    expect(run('The airline said it would reconsider going ahead with the route to Honduras.')).toEqual([]);
  });
});

describe('an order to leave given to "all of its" staff', () => {
  it('GIVEN "ordered all of its non-emergency personnel to leave X" THEN ordered departure', () => {
    expect(run('The United States on Friday ordered all of its non-emergency personnel to leave Honduras.')).toEqual(['HN/US/-/ordered_departure']);
  });

  it('GIVEN "ordered all non-emergency personnel to leave X" THEN ordered departure (as before)', () => {
    expect(run('The State Department ordered all non-emergency personnel to leave Honduras.')).toEqual(['HN/US/-/ordered_departure']);
  });
});

describe('Swiss German: staying in a safe place, "Evakuation"', () => {
  it('GIVEN "…, das Land zu verlassen. Andernfalls wird empfohlen, sich an einem sicheren Ort aufzuhalten." THEN leave and shelter', () => {
    expect(run('Das EDA empfiehlt Schweizer Staatsangehörigen in Syrien, das Land zu verlassen. Andernfalls wird empfohlen, sich an einem sicheren Ort aufzuhalten.')).toEqual([
      'SY/CH/-/leave_immediately,shelter_in_place',
    ]);
  });

  it('GIVEN a witness who "wollte sich an einem sicheren Ort aufhalten" (no government) THEN nothing (guard)', () => {
    expect(run('Er wollte sich in Damaskus an einem sicheren Ort aufhalten, sagte der Zeuge.')).toEqual([]);
  });

  it('GIVEN "Das EDA ordnete die Evakuation des Botschaftspersonals aus X an" (Swiss spelling) THEN ordered departure', () => {
    expect(run('Das EDA ordnete die Evakuation des Botschaftspersonals aus Syrien an.')).toEqual(['SY/CH/-/ordered_departure']);
  });

  it('GIVEN "Neun Botschaftsangestellte wurden im Rahmen einer Evakuation aus X ausgeflogen" THEN evacuation', () => {
    expect(run('Die Schweiz hat am Freitag eine Evakuation durchgeführt: Neun Schweizer Staatsangehörige wurden aus Syrien ausgeflogen.')).toEqual(['SY/CH/-/evacuation']);
  });
});

describe('government staff as the subject of "should leave"', () => {
  it('GIVEN the embassy stated that "non-emergency … personnel and eligible family members" should leave THEN no call on citizens', () => {
    expect(run('The embassy in Yemen stated that “non-emergency U.S. government personnel and eligible family members” should leave the country.')).toEqual([]);
  });

  it('GIVEN "U.S. citizens and non-emergency staff should leave X immediately" THEN the citizens are called to leave (guard)', () => {
    expect(run('U.S. citizens and non-emergency staff should leave Yemen immediately.')).toEqual(['YE/US/-/leave_immediately']);
  });
});

describe('the same advice said to apply to a list of countries', () => {
  it('GIVEN "… do not travel to X. The same advice applies to Y and Z." THEN level 4 for all three', () => {
    expect(run('The Government is now advising Irish citizens do not travel to Iran. The same advice applies to Iraq and Syria.')).toEqual(['IQ/IE/4/', 'IR/IE/4/', 'SY/IE/4/']);
  });

  it('GIVEN "The same advice applies to Y, which borders Z" THEN Z is no part of the list (guard)', () => {
    expect(run('The Government is now advising Irish citizens do not travel to Iran. The same advice applies to Iraq, which borders Syria.')).toEqual(['IQ/IE/4/', 'IR/IE/4/']);
  });
});

describe('"the same advice applies" in French, German and English, with the calls it repeats', () => {
  it('GIVEN a level, a call to leave, then "Les mêmes conseils s\'appliquent au X" THEN X gets the level and the call', () => {
    expect(
      run(
        "Les voyages vers le Yémen restent formellement déconseillés. Les ressortissants belges qui se trouvent au Yémen sont invités à quitter le pays dans les plus brefs délais. Les mêmes conseils s'appliquent au Soudan.",
      ),
    ).toEqual(['SD/BE/4/leave_immediately', 'YE/BE/4/leave_immediately']);
  });

  it('GIVEN "eine Reisewarnung für X … Das Gleiche gilt für Y" THEN level 4 for both', () => {
    expect(run('Das Auswärtige Amt hat eine Reisewarnung für den Jemen ausgesprochen. Das Gleiche gilt für den Sudan.')).toEqual(['SD/DE/4/', 'YE/DE/4/']);
  });

  it('GIVEN "The same applies to Y" after a level and a call to leave X THEN Y gets both', () => {
    expect(run('Britain advises against all travel to Yemen and urges British nationals there to leave. The same applies to Sudan.')).toEqual([
      'SD/GB/4/leave_immediately',
      'YE/GB/4/leave_immediately',
    ]);
  });

  it('GIVEN "Das Gleiche gilt für Y" after a sentence with no advice THEN nothing (guard)', () => {
    expect(run('Die Preise im Jemen steigen. Das Gleiche gilt für den Sudan.')).toEqual([]);
  });
});

describe('French and Italian modals of a call to leave, and those whose presence is not essential', () => {
  it('GIVEN "« Danger, vous devriez quitter X maintenant », a déclaré … Affaires mondiales Canada" THEN Canada tells its citizens to leave', () => {
    expect(run("« Vous devriez quitter l'Irak maintenant », a déclaré mardi Affaires mondiales Canada.")).toEqual(['IQ/CA/-/leave_immediately']);
  });

  it('GIVEN "recommande à ses ressortissants « dont la présence … n\'est pas essentielle » de quitter X" THEN a call to leave', () => {
    expect(
      run('Le ministère des Affaires étrangères recommande "fortement" à ses ressortissants "dont la présence et celle de leur famille n’est pas essentielle en Biélorussie" de quitter la Biélorussie.'),
    ).toEqual(['BY/FR/-/leave_immediately']);
  });

  it('GIVEN "… non devono recarsi in X, e chi già vi si trova dovrebbe partire immediatamente" THEN the negated first modal does not cancel the call', () => {
    expect(run("L'ambasciata d'Italia ha detto che i connazionali non devono recarsi in Bielorussia, e chi già vi si trova dovrebbe partire immediatamente.")).toEqual([
      'BY/IT/-/leave_immediately',
    ]);
  });

  it('GIVEN "les ressortissants ne doivent pas quitter leur domicile" THEN no call to leave (guard)', () => {
    expect(run('Selon l\'ambassade de France, les ressortissants français en Biélorussie ne doivent pas quitter leur domicile sans raison.')).not.toContainEqual('BY/FR/-/leave_immediately');
  });
});

describe('a list of countries as the object of advice before its level', () => {
  it('GIVEN "updated its travel advisories for A and B to Level 4" THEN both at level 4', () => {
    expect(run('The United States updated its travel advisories for Belarus and Moldova to Level 4.')).toEqual(['BY/US/4/level_raised', 'MD/US/4/level_raised']);
  });
});
