/**
 * Shapes of real public pages (news, ministry notices, official advice pages) the classifier got wrong in session 17, each
 * with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe("the US scale's numbered level in French, Italian and German news", () => {
  it.each([
    ["Le Département d'État a placé le Tchad au niveau 4 « Ne pas voyager ».", 'TD/US/4/'],
    ['Il Dipartimento di Stato ha portato il Niger al livello 4 (non viaggiare).', 'NE/US/4/'],
    ['Das US-Außenministerium stuft Niger auf Stufe 4 („Nicht reisen“) ein.', 'NE/US/4/'],
    ["Le Département d'État classe le Mali au niveau 3 sur 4.", 'ML/US/3/'],
  ])('GIVEN %s WHEN classified THEN the level is the number given', (text, want) => {
    expect(run(text)).toEqual([want]);
  });

  it('GIVEN "niveau 4" with no label and no "sur 4" WHEN classified THEN no level is read from the number', () => {
    expect(run("Au Tchad, le risque de crue est au niveau 4 selon le Département d'État.")).not.toContain('TD/US/4/');
  });
});

describe('a French adjective of nationality after a noun of advice names the issuer', () => {
  it('GIVEN "la liste américaine de niveau 4" WHEN classified THEN the issuer is the US', () => {
    expect(run('Le Tchad figure sur la liste américaine de niveau 4 « Ne pas voyager ».')).toEqual(['TD/US/4/']);
  });
});

describe('a country kept or put on a level’s list or category', () => {
  it.each([
    ["Mali is on the State Department's Level 4 Do Not Travel list.", 'ML/US/4/'],
    ["The United States still keeps Niger on its 'reconsider travel' category.", 'NE/US/3/'],
  ])('GIVEN %s WHEN classified THEN the country has that level', (text, want) => {
    expect(run(text)).toEqual([want]);
  });

  it('GIVEN a country removed from the list WHEN classified THEN no level 4', () => {
    expect(run("Mali was removed from the State Department's Do Not Travel list.")).not.toContain('ML/US/4/');
  });
});

describe('countries named "alongside" the one a level is given to share it', () => {
  it.each([
    ['The State Department keeps Mali at Level 4: Do Not Travel, alongside Niger and Sudan.', ['ML/US/4/', 'NE/US/4/', 'SD/US/4/']],
    ["Le Tchad figure sur la liste américaine de niveau 4 « Ne pas voyager », aux côtés du Niger et du Mali.", ['ML/US/4/', 'NE/US/4/', 'TD/US/4/']],
  ])('GIVEN %s WHEN classified THEN all of them have the level', (text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('"this country" as the subject of a level', () => {
  it('GIVEN the document is about Chad and a sentence opens on "Ce pays" WHEN classified THEN the level is Chad’s, not a country named after it', () => {
    expect(run("Le Tchad inquiète Washington.\n\nCe pays figure sur la liste américaine de niveau 4 « Ne pas voyager », comme la Syrie.")).toContain('TD/US/4/');
  });
});

describe('French "sauf raison impérative" with the country as the object', () => {
  it.each([
    ["La France a recommandé à ses ressortissants d'éviter ce pays « sauf raison impérative ».\n\nLe Tchad est en crise.", 'TD/FR/3/'],
    ["Il est conseillé aux Canadiens de ne pas se rendre au Tchad sauf pour des raisons professionnelles ou familiales impératives.", 'TD/CA/3/'],
  ])('GIVEN %s WHEN classified THEN level 3', (text, want) => {
    expect(run(text)).toContain(want);
  });
});

describe('governments listed as "among the countries" that gave similar advice', () => {
  it('GIVEN "X, Y and Z are among the other countries to have issued similar advice" WHEN classified THEN each gets the signal', () => {
    expect(
      run('Ireland has urged its citizens in Chad to leave immediately. The United States, Japan and the Netherlands are among the other countries to have issued similar advice.'),
    ).toEqual(['TD/IE/-/leave_immediately', 'TD/JP/-/leave_immediately', 'TD/NL/-/leave_immediately', 'TD/US/-/leave_immediately']);
  });

  it('GIVEN "countries in the world including A, B and C still keep X on a category" WHEN classified THEN A, B and C are the issuers', () => {
    expect(run("Most countries in the world including the US, Canada and Australia still keep Niger on the 'reconsider travel' category.")).toEqual([
      'NE/AU/3/',
      'NE/CA/3/',
      'NE/US/3/',
    ]);
  });
});

describe('German press names the Auswärtiges Amt "Außenamt"', () => {
  it('GIVEN a quoted call to use the ways out, then "stellt das Außenamt fest" WHEN classified THEN Germany tells its nationals to leave', () => {
    expect(run('"Deutsche in Niger werden dringend aufgefordert, bestehende Möglichkeiten zur Ausreise zu nutzen", stellt das Außenamt fest.')).toEqual([
      'NE/DE/-/leave_immediately',
    ]);
  });
});

describe('a change of level asked for is no change', () => {
  it.each([
    ["The call for easing travel advisories came from Pakistan's Foreign Minister.\n\nThe US advises its citizens to reconsider travel to Pakistan.", 'PK/US/3/'],
    ["Pakistan's foreign minister urged Western governments to lower their travel advisories.\n\nThe US advises its citizens to reconsider travel to Pakistan.", 'PK/US/3/'],
  ])('GIVEN %j WHEN classified THEN no level_lowered', (text, want) => {
    expect(run(text)).toEqual([want]);
  });

  it('GIVEN a government that lowered its advisory WHEN classified THEN level_lowered', () => {
    expect(run('The US lowered its travel advisory for Pakistan to Level 3.')).toEqual(['PK/US/3/level_lowered']);
  });
});

describe('"did the same" in French, Italian and German, even paragraphs after the advice it extends', () => {
  it.each([
    ["La France a appelé ses ressortissants à quitter le Liban au plus vite.\n\nLe ministère cite la situation sécuritaire.\n\nLes autorités françaises appellent à la prudence.\n\nLe Liban reste tendu.\n\nLes autorités des États-Unis et du Royaume-Uni ont fait de même samedi.", ['LB/FR/-/leave_immediately', 'LB/GB/-/leave_immediately', 'LB/US/-/leave_immediately']],
    ["La Farnesina ha invitato i connazionali a lasciare il Libano. Anche Germania e Spagna hanno fatto lo stesso.", ['LB/DE/-/leave_immediately', 'LB/ES/-/leave_immediately', 'LB/IT/-/leave_immediately']],
  ])('GIVEN %j WHEN classified THEN the governments that did the same get the signal', (text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe('an embassy advising its nationals "not go out"', () => {
  it('GIVEN "advised … nationals to tighten security and not go out" WHEN classified THEN shelter in place', () => {
    expect(run('After the coup attempt, the Chinese Embassy in Guinea advised Chinese nationals to tighten personal security and not go out.')).toEqual(['GN/CN/-/shelter_in_place']);
  });

  it.each([
    ['The embassy advised nationals in Guinea not to go out at night.'],
    ['Residents of Conakry did not go out, witnesses said.'],
  ])('GIVEN %s WHEN classified THEN no shelter in place', (text) => {
    expect(run(text).some((f) => f.includes('shelter_in_place'))).toBe(false);
  });
});
