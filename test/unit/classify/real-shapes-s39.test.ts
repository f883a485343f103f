/**
 * Session 39: Australia's and New Zealand's numbered levels (their steps are the table's own words, like the US's), and a
 * flight that a government's demonym marks as its own with a hyphen ("a Canadian-assisted flight"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe("Australia's and New Zealand's numbered levels are the table's", () => {
  it('GIVEN "Smartraveller raised its advice for Niger to Level 4" THEN level 4 for Australia', () => {
    expect(run('Smartraveller has raised its advice for Niger to Level 4 after the coup.')).toEqual(['NE/AU/4/level_raised']);
  });

  it('GIVEN "MFAT has raised its travel advisory for Chad to level 3" THEN level 3 for New Zealand', () => {
    expect(run("New Zealand's Ministry of Foreign Affairs and Trade has raised its travel advisory for Chad to level 3.")).toEqual(['TD/NZ/3/level_raised']);
  });

  it("GIVEN Japan's numbered level 4 THEN still no level: its scale is its own (guard)", () => {
    expect(run("Japan's Foreign Ministry raised its danger level for Haiti to Level 4.")).toEqual(['HT/JP/-/level_raised']);
  });
});

describe('a flight a government marks as its own with a hyphen', () => {
  it('GIVEN "a Canadian-assisted flight left Beirut" THEN evacuation by Canada', () => {
    expect(run('A Canadian-assisted flight left Beirut on Monday with 200 passengers.')).toEqual(['LB/CA/-/evacuation']);
  });

  it('GIVEN "a Canadian-assisted flight" after another government\'s call THEN Canada evacuates, not the first government', () => {
    expect(run('Canberra has urged Australians to leave Lebanon. It followed a Canadian-assisted flight, which returned 41 Australians last week.')).toEqual(['LB/AU/-/leave_immediately', 'LB/CA/-/evacuation']);
  });

  it('GIVEN "do not count on government-assisted flights" THEN no evacuation (guard)', () => {
    expect(run('Americans in Lebanon should not count on U.S. government-assisted flights out of the country.')).toEqual([]);
  });
});

describe('advice told to be the same as the one before carries its level to the government named', () => {
  it('GIVEN "Une recommandation aussi émise par le Foreign Office britannique" THEN level 3 for Britain too', () => {
    expect(run("Le DFAE déconseille les voyages non essentiels au Tchad. Une recommandation aussi émise par le Foreign Office britannique, qui évoque un risque d'enlèvement.")).toEqual(['TD/CH/3/', 'TD/GB/3/']);
  });

  it('GIVEN "The same advice was issued by Ireland" THEN the level for Ireland too', () => {
    expect(run('Britain advises against all but essential travel to Chad. The same advice was issued by Ireland on Tuesday.')).toEqual(['TD/GB/3/', 'TD/IE/3/']);
  });

  it('GIVEN "Similar warnings were issued by Ireland" THEN signals extend but the level does not (guard)', () => {
    expect(run('Britain told its citizens to leave Chad and advised against all travel there. Similar warnings were issued by Ireland.')).toEqual(['TD/GB/4/leave_immediately', 'TD/IE/-/leave_immediately']);
  });
});

describe('governments listed before "ont pris des mesures pour"', () => {
  it('GIVEN "Le Brésil, la Suisse et le Canada ont pris des mesures pour organiser le rapatriement" THEN each evacuates', () => {
    expect(run('Le Brésil, la Suisse et le Canada ont également pris des mesures pour organiser le rapatriement de leurs ressortissants au Soudan.')).toEqual(['SD/BR/-/evacuation', 'SD/CA/-/evacuation', 'SD/CH/-/evacuation']);
  });

  it('GIVEN "la Suisse" (a name and a demonym at once) inside a list of issuers THEN the list goes on past it', () => {
    expect(run("L'Autriche, la Suisse, l'Espagne et le Canada ont annoncé l'évacuation de leurs ressortissants du Soudan.")).toEqual(['SD/AT/-/evacuation', 'SD/CA/-/evacuation', 'SD/CH/-/evacuation', 'SD/ES/-/evacuation']);
  });

  it('GIVEN "la Russie a pris le contrôle" THEN Russia gives no advice (guard)', () => {
    expect(run("La Russie a pris le contrôle de l'aéroport; la France a évacué ses ressortissants d'Ukraine.")).toEqual(['UA/FR/-/evacuation']);
  });
});

describe('shelter in place: a headline that lifts it, an embassy "au Togo", instructions after the embassy speaks on', () => {
  it('GIVEN a headline "US embassy in Lomé lifts shelter-in-place advisory" THEN no shelter_in_place', () => {
    expect(run('US embassy in Lomé lifts shelter-in-place advisory after protests')).toEqual([]);
  });

  it('GIVEN "L\'ambassade des États-Unis au Togo demande … de s\'abriter sur place" THEN Togo is where, not who', () => {
    expect(run("L'ambassade des États-Unis au Togo demande aux citoyens américains de s'abriter sur place.")).toEqual(['TG/US/-/shelter_in_place']);
  });

  it('GIVEN "L\'Ambassade continue de suivre la situation" between the named embassy and its instructions THEN still the embassy\'s', () => {
    const text = [
      "L'Ambassade des États-Unis à Lomé a émis de nouvelles consignes après les manifestations du 26 juin.",
      '',
      'Consignes de sécurité',
      '',
      "L'Ambassade continue de suivre de près l'évolution de la situation. En attendant, les citoyens américains sont priés de :",
      '',
      '  • S’abriter sur place jusqu’à nouvel ordre.',
    ].join('\n');
    expect(run(text)).toEqual(['TG/US/-/shelter_in_place']);
  });
});

describe("shelter in place told to a foreign government's staff, or as 'stay in place'", () => {
  it('GIVEN "prompting US government personnel in Chad to shelter in place at their residences" THEN shelter_in_place', () => {
    expect(run('Protests have spread across several regions of Chad, prompting US government personnel there to shelter in place at their residences until further notice.')).toEqual(['TD/US/-/shelter_in_place']);
  });

  it('GIVEN "U.S. citizens in Chad should stay in place" THEN shelter_in_place', () => {
    expect(run('The U.S. Embassy in N\'Djamena said U.S. citizens in Chad should stay in place and avoid areas with protests.')).toEqual(['TD/US/-/shelter_in_place']);
  });

  it('GIVEN "the restrictions … will stay in place" THEN no shelter (guard)', () => {
    expect(run('The U.S. Embassy in N\'Djamena said the restrictions in Chad will stay in place until Friday.')).toEqual([]);
  });

  it('GIVEN staff to "remain in their homes between 10:00 p.m. and sunrise" THEN a curfew, no shelter (guard)', () => {
    expect(run('The U.S. Embassy said U.S. government personnel in Chad must remain in their homes between 10:00 p.m. and sunrise.')).toEqual([]);
  });
});

describe('a change note on a page of several advisories belongs to the advisory after it', () => {
  it('GIVEN "The advisory level was increased to Level 3." before "Reconsider travel to Togo", then Ghana\'s THEN the raise is Togo\'s', () => {
    const text = [
      'The advisory level was increased to Level 3. There were no changes to the risk indicators.',
      '',
      'Reconsider travel to Togo due to crime and civil unrest.',
      '',
      'Exercise increased caution in Ghana due to crime. Exercise increased caution in Ghana when travelling after dark.',
      '',
      'U.S. citizens in Ghana should carry a copy of their passport.',
    ].join('\n');
    expect(run(text)).toEqual(['GH/US/2/', 'TG/US/3/level_raised']);
  });
});

describe("a scale's span is no step", () => {
  it('GIVEN "levels of advice ranging from 1 to 4" before a level THEN no level_raised', () => {
    expect(run('Under the new system every country has a travel advisory, with levels of advice ranging from 1 to 4. The State Department placed Bhutan at Level 1: Exercise Normal Precautions.')).toEqual(['BT/US/1/']);
  });

  it('GIVEN "raised its advisory for Niger from 2 to 4" THEN level_raised (guard)', () => {
    expect(run('The State Department raised its advisory for Niger from 2 to 4.')).toContainEqual(expect.stringMatching(/^NE\/US\/.*level_raised/));
  });
});

describe('the US "Reconsider travel" in French, in the plural or as an order', () => {
  it('GIVEN "conseillent à leurs ressortissants de reconsidérer leurs voyages en Guinée" THEN level 3', () => {
    expect(run('Les États-Unis conseillent à leurs ressortissants de reconsidérer leurs voyages au Tchad.')).toEqual(['TD/US/3/']);
  });

  it('GIVEN "Reconsidérez votre voyage au Tchad" after the State Department is named THEN level 3', () => {
    expect(run("Le département d'État américain a publié un nouvel avis aux voyageurs. Reconsidérez votre voyage au Tchad en raison de la criminalité.")).toEqual(['TD/US/3/']);
  });
});

describe('countries that share a level told beside them', () => {
  it('GIVEN "Meanwhile, Russia and Turkey are at Level 3" THEN both', () => {
    expect(run('The State Department updated its advisories on Tuesday. Meanwhile, Colombia and Peru are at Level 2.')).toEqual(['CO/US/2/', 'PE/US/2/']);
  });

  it('GIVEN "said Mali and Niger are at Level 4" THEN both', () => {
    expect(run('The State Department said Mali and Niger are at Level 4.')).toEqual(['ML/US/4/', 'NE/US/4/']);
  });

  it('GIVEN "Georgia has also been ranked in the same category" after Armenia\'s Level 1 THEN Georgia at Level 1', () => {
    expect(run('The State Department placed Armenia at Level 1, the lowest advisory level. Its neighbour Georgia has also been ranked in the same category.')).toEqual(['AM/US/1/', 'GE/US/1/']);
  });

  it('GIVEN "has not been ranked in the same category" THEN no level for it (guard)', () => {
    expect(run('The State Department placed Armenia at Level 1, the lowest advisory level. Georgia has not been ranked in the same category.')).toEqual(['AM/US/1/']);
  });
});
