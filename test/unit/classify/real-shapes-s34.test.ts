/**
 * Session 34: governments named in an aside beside the one that acts ("Britain, along with the United States, urged") act
 * with it; a government named as a contrast ("unlike France") does not. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a co-issuer in an aside', () => {
  it('GIVEN "A, along with B, urged" THEN the advice is both governments\'', () => {
    expect(run('Britain, along with the United States, urged its citizens to leave Lebanon immediately.')).toEqual(['LB/GB/-/leave_immediately', 'LB/US/-/leave_immediately']);
  });

  it('GIVEN an aside that holds a list THEN every government in it', () => {
    expect(run('Canada, together with Australia and New Zealand, told its nationals to leave Haiti.')).toEqual(['HT/AU/-/leave_immediately', 'HT/CA/-/leave_immediately', 'HT/NZ/-/leave_immediately']);
  });

  it('GIVEN Italian "A che, con gli B, ha esortato" THEN both', () => {
    expect(run("Ieri l'appello della Gran Bretagna che, con gli Stati Uniti, ha esortato i propri connazionali a lasciare immediatamente il Libano.")).toEqual(['LB/GB/-/leave_immediately', 'LB/US/-/leave_immediately']);
  });

  it('GIVEN French "A, tout comme B, a appelé" THEN both', () => {
    expect(run("Le Royaume-Uni, tout comme l'Allemagne, a appelé ses ressortissants à quitter le Soudan.")).toEqual(['SD/DE/-/leave_immediately', 'SD/GB/-/leave_immediately']);
  });

  it('GIVEN a plain list with no aside THEN unchanged (guard)', () => {
    expect(run('Britain and the United States urged their citizens to leave Lebanon immediately.')).toEqual(['LB/GB/-/leave_immediately', 'LB/US/-/leave_immediately']);
  });
});

describe('a government named as a contrast', () => {
  it('GIVEN "A, unlike B, urged" THEN only A', () => {
    expect(run('Britain, unlike the United States, urged its citizens to leave Lebanon immediately.')).toEqual(['LB/GB/-/leave_immediately']);
  });

  it('GIVEN "Unlike B, A has ordered" THEN only A', () => {
    expect(run('Unlike France, Germany has told its citizens to leave Niger.')).toEqual(['NE/DE/-/leave_immediately']);
  });

  it('GIVEN "Unlike B and C, A has ordered" THEN only A, the subject after the list', () => {
    expect(run('Unlike France and Italy, Germany has told its citizens to leave Niger.')).toEqual(['NE/DE/-/leave_immediately']);
  });

  it('GIVEN French "Contrairement à la France, l\'Allemagne a appelé" THEN only Germany', () => {
    expect(run("Contrairement à la France, l'Allemagne a appelé ses ressortissants à quitter le Niger.")).toEqual(['NE/DE/-/leave_immediately']);
  });

  it('GIVEN "A, like B, urged" (a likeness, not a contrast) THEN both', () => {
    expect(run('France, like Germany, urged its citizens to leave Niger.')).toEqual(['NE/DE/-/leave_immediately', 'NE/FR/-/leave_immediately']);
  });
});

describe('three numbered levels in one sentence', () => {
  it('GIVEN each level given to its own countries THEN each country has its level', () => {
    expect(run('The State Department reissued Level 4: Do Not Travel advisories for Belarus and Yemen, a Level 2 advisory for Jordan, and a Level 1 advisory for Portugal.')).toEqual(['BY/US/4/', 'JO/US/2/', 'PT/US/1/', 'YE/US/4/']);
  });

  it('GIVEN a legend whose levels go to classes of places THEN no level (guard)', () => {
    expect(run('The State Department issues a Level 1 advisory for most countries, a Level 2 advisory for places with crime, and a Level 4 advisory for the most dangerous, such as Mali.')).toEqual([]);
  });
});

describe('countries listed after a colon that closes a level', () => {
  it('GIVEN "moved to the \'Level 2: …\' category: A, B and C" THEN each of them at level 2 (guard)', () => {
    expect(run('The State Department moved three destinations to the “Level 2: Exercise Increased Caution” category: Togo, Peru and Fiji.')).toEqual(['FJ/US/2/', 'PE/US/2/', 'TG/US/2/']);
  });

  it('GIVEN the level named in a when-clause ("when visiting three destinations it moved to …") THEN the level stands', () => {
    expect(run('Americans should take care when visiting three destinations it moved to the “Level 2: Exercise Increased Caution” category: Togo, Peru and Fiji.')).toEqual(['FJ/US/2/', 'PE/US/2/', 'TG/US/2/']);
  });

  it('GIVEN general caution in a when-clause with no numbered level THEN no level (guard)', () => {
    expect(run('When visiting Peru, exercise increased caution.')).toEqual([]);
  });
});

describe('the bare "Department of Foreign Affairs"', () => {
  it('GIVEN it advises Australians THEN the advice is Australia\'s', () => {
    expect(run('In its latest travel advisory, the Department of Foreign Affairs advises Australians to reconsider their need to travel to Vanuatu.')).toEqual(['VU/AU/3/']);
  });

  it('GIVEN it advises Irish citizens THEN the advice is Ireland\'s (guard)', () => {
    expect(run('The Department of Foreign Affairs advises Irish citizens to avoid non-essential travel to Vanuatu.')).toEqual(['VU/IE/3/']);
  });
});

describe('an embassy closure limited or told of something else', () => {
  it('GIVEN "remains closed for nonimmigrant and immigrant visa services" THEN no embassy_suspended', () => {
    expect(run('The U.S. Embassy in Port-au-Prince remains closed for nonimmigrant and immigrant visa services.')).toEqual([]);
  });

  it('GIVEN a high commission that "said the airport will remain closed" THEN no embassy_suspended', () => {
    expect(run("France's High Commission in New Caledonia said the airport will remain closed to commercial flights.")).toEqual([]);
  });

  it('GIVEN "closed for security reasons and visa appointments are cancelled" (the "and" joins clauses) THEN embassy_suspended (guard)', () => {
    expect(run('The U.S. Embassy in Port-au-Prince is closed for security reasons and visa appointments are cancelled.')).toEqual(['HT/US/-/embassy_suspended']);
  });

  it('GIVEN "the embassy will remain closed until further notice" THEN embassy_suspended (guard)', () => {
    expect(run('The U.S. Embassy in Port-au-Prince will remain closed until further notice.')).toEqual(['HT/US/-/embassy_suspended']);
  });
});

describe('staff drawn down or ordered out in part', () => {
  it('GIVEN "ordering more than half of U.S. personnel to leave X" THEN ordered_departure', () => {
    expect(run('The United States is ordering more than half of U.S. personnel to leave Cuba.')).toEqual(['CU/US/-/ordered_departure']);
  });

  it('GIVEN "have drawn down non-essential personnel" THEN ordered_departure', () => {
    expect(run('Britain has drawn down non-essential personnel at its embassy in Kyiv.')).toEqual(['UA/GB/-/ordered_departure']);
  });

  it('GIVEN troops ordered out in part THEN nothing (guard)', () => {
    expect(run('The army is ordering half of its troops to leave Bamako.')).toEqual([]);
  });
});
