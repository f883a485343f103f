/**
 * Misses of blind batch z (critical signals and their near misses), fixed by general rules: sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('an embassy whose staff moved to another site in the same city', () => {
  it('GIVEN staff "relocated to an alternate site within" the capital WHEN classified THEN no suspension', () => {
    expect(run('Canadian Embassy staff in Peru have moved after protests: they were temporarily relocated to an alternative site within Lima.')).toEqual([]);
  });

  it('GIVEN staff "relocated within the capital" WHEN classified THEN no suspension', () => {
    expect(run('Canadian Embassy staff in Colombia were relocated within the capital.')).toEqual([]);
  });

  it('GIVEN staff relocated to another country\'s capital WHEN classified THEN the embassy is still reported suspended', () => {
    expect(run('Canadian Embassy staff in Syria were relocated to a temporary office in Amman.')).toEqual(['SY/CA/-/embassy_suspended']);
  });
});

describe('local people told to leave by their own authorities', () => {
  it('GIVEN residents and tourists sent text messages telling them to leave WHEN classified THEN no call to leave', () => {
    const text = 'The Greek civil protection ministry ordered evacuations on Thursday. Residents and tourists in Mali received text messages telling them to leave immediately.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN citizens and residents urged to leave by an embassy WHEN classified THEN leave_immediately stays', () => {
    expect(run('The U.S. Embassy in Haiti urged U.S. citizens and residents to leave immediately.')).toEqual(['HT/US/-/leave_immediately']);
  });
});

describe('an ordered departure told in the passive with a time between the verb and "to leave"', () => {
  it('GIVEN staff "were ordered on Monday to leave" WHEN classified THEN ordered_departure', () => {
    expect(run('Non-emergency U.S. embassy staff in Peru were ordered on Monday to leave the country.')).toEqual(['PE/US/-/ordered_departure']);
  });

  it('GIVEN the families named first and the issuer after the verb WHEN classified THEN the issuer owns the departure', () => {
    const text = 'Family members of U.S. embassy staff in Peru were ordered on Monday to leave the country, the State Department said.';
    expect(run(text)).toEqual(['PE/US/-/ordered_departure']);
  });
});

describe('an embassy whose operations, named first, remain suspended', () => {
  it('GIVEN "Operations at the X Embassy in Y remain suspended" WHEN classified THEN embassy_suspended', () => {
    expect(run('Operations at the British Embassy in Kabul remain suspended, the Foreign Office said.')).toEqual(['AF/GB/-/embassy_suspended']);
  });

  it('GIVEN only visa operations suspended WHEN classified THEN no suspension', () => {
    expect(run('Visa operations at the British Embassy in Kabul remain suspended.')).toEqual([]);
  });

  it('GIVEN the suspension negated WHEN classified THEN no suspension', () => {
    expect(run('Operations at the British Embassy in Kabul have not been suspended.')).toEqual([]);
  });
});

describe('nationals told to leave regions of a country at once', () => {
  it('GIVEN French nationals asked to "quitter ces zones sans délai" WHEN classified THEN leave_immediately with no level', () => {
    const text = "Le Quai d'Orsay a demandé aux Français présents dans les provinces du Nord et de l'Extrême-Nord du Cameroun de quitter ces zones sans délai.";
    expect(run(text)).toEqual(['CM/FR/-/leave_immediately']);
  });

  it('GIVEN citizens told to leave "the area" of a protest WHEN classified THEN no call to leave the country', () => {
    expect(run('Protesters gathered near the U.S. Embassy in Yaoundé, Cameroon. U.S. citizens should leave the area immediately.')).toEqual([]);
  });
});

describe('French advice against all travel "quel qu\'en soit le motif"', () => {
  it('GIVEN "déconseille désormais tout voyage au X, quel qu\'en soit le motif" WHEN classified THEN level 4', () => {
    expect(run("Le DFAE déconseille désormais tout voyage au Niger, quel qu'en soit le motif.")).toEqual(['NE/CH/4/']);
  });

  it('GIVEN the passive "Tout voyage au X est déconseillé, quel qu\'en soit le motif" WHEN classified THEN level 4', () => {
    expect(run("Tout voyage au Niger est déconseillé, quel qu'en soit le motif, indique le DFAE.")).toEqual(['NE/CH/4/']);
  });

  it('GIVEN the same words for one province WHEN classified THEN no country level', () => {
    expect(run("Le DFAE déconseille tout voyage dans la province de Diffa au Niger, quel qu'en soit le motif.")).toEqual(['NE/CH/-/']);
  });

  it('GIVEN the earlier advice against non-urgent travel told with "jusqu\'ici" WHEN classified THEN level_raised', () => {
    const text = "Le DFAE déconseille désormais tout voyage au Niger, quel qu'en soit le motif. Jusqu'ici, il déconseillait les voyages touristiques et les autres voyages non urgents dans le pays.";
    expect(run(text)).toEqual(['NE/CH/4/level_raised']);
  });
});

describe('German calls to leave and travel warnings for "ganz X"', () => {
  it('GIVEN "eine Reisewarnung für ganz X" WHEN classified THEN level 4 for the country', () => {
    expect(run('Das Auswärtige Amt hat am Freitag eine Reisewarnung für ganz Simbabwe ausgesprochen.')).toEqual(['ZW/DE/4/']);
  });

  it('GIVEN "forderte seine Staatsbürger auf, X umgehend zu verlassen" WHEN classified THEN leave_immediately', () => {
    expect(run('Auch Spanien, ein wichtiger Handelspartner, forderte seine Staatsbürger auf, Simbabwe umgehend zu verlassen.')).toEqual(['ZW/ES/-/leave_immediately']);
  });

  it('GIVEN "X rief seine Staatsbürger auf, Y sofort zu verlassen" WHEN classified THEN the caller is the issuer', () => {
    expect(run('Österreich rief seine Staatsbürger auf, Simbabwe sofort zu verlassen.')).toEqual(['ZW/AT/-/leave_immediately']);
  });
});

describe('advice that the next sentence says was withdrawn', () => {
  it('GIVEN a dated advice followed by "That advice was withdrawn … and does not apply" WHEN classified THEN only the current level', () => {
    const text =
      'The Department of Foreign Affairs continues to advise Irish citizens to exercise a high degree of caution in Peru. ' +
      'On 3 March 2023, during the protests, the Department advised against all non-essential travel to Peru and asked Irish citizens to stay indoors. ' +
      'That advice was withdrawn in May 2023 and does not apply.';
    expect(run(text)).toEqual(['PE/IE/2/']);
  });

  it('GIVEN advice followed by an unrelated sentence WHEN classified THEN the advice stands', () => {
    const text = "Ireland's Department of Foreign Affairs advised against all non-essential travel to Peru. That decision was taken after the protests.";
    expect(run(text)).toEqual(['PE/IE/3/']);
  });
});

describe('a colour code raised, and advice where there was none before', () => {
  it('GIVEN "raised its colour code for X from yellow to orange" WHEN classified THEN level_raised', () => {
    expect(run('The Dutch foreign ministry raised its colour code for Ghana from yellow to orange.')).toEqual(['GH/NL/-/level_raised']);
  });

  it('GIVEN "had previously not advised against travel" after a new level WHEN classified THEN level_raised', () => {
    const text = "Belgium's foreign ministry advised against non-essential travel to Ghana. Belgium had previously not advised against travel to Ghana.";
    expect(run(text)).toEqual(['GH/BE/3/level_raised']);
  });
});

describe('a level given to a country named before an appositive on another country', () => {
  it('GIVEN "Ecuador, Peru\'s northern neighbour, is at Level 2" WHEN classified THEN the level is Ecuador\'s', () => {
    const text = "On the State Department list, Ecuador, Peru's northern neighbour, is at Level 2: Exercise Increased Caution.";
    expect(run(text)).toEqual(['EC/US/2/']);
  });
});
