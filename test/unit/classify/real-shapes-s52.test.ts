/**
 * Session 52: shapes from the blind set mixed83 (German and Italian level 3 wordings, a negated raise, shelter told to those
 * who choose to stay, counted people repatriated). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('German "von nicht notwendigen Reisen … abzusehen" and "auf nicht notwendige Reisen … verzichten"', () => {
  it('GIVEN "empfiehlt, von nicht notwendigen Reisen nach X abzusehen" THEN level 3', () => {
    expect(run('Das Auswärtige Amt empfiehlt, von nicht notwendigen Reisen nach Nepal abzusehen.')).toEqual(['NP/DE/3/']);
  });

  it('GIVEN "Auf unnötige Reisen nach X sollten Urlauber verzichten" THEN level 3', () => {
    expect(run('Auf unnötige Reisen nach Togo sollten Urlauber derzeit verzichten, rät das Auswärtige Amt.')).toEqual(['TG/DE/3/']);
  });

  it('GIVEN "auf Reisen … verzichten" with no qualifier THEN no level 3 (guard)', () => {
    expect(run('Auf Reisen nach Togo sollten Urlauber derzeit verzichten, rät das Auswärtige Amt.')).not.toContainEqual('TG/DE/3/');
  });
});

describe('Italian "viaggi … che non siano dettati da ragioni di necessità"', () => {
  it('GIVEN "Si sconsigliano viaggi in X che non siano dettati da ragioni di necessità" THEN level 3', () => {
    expect(run('La Farnesina: si sconsigliano viaggi in Ghana che non siano dettati da ragioni di necessità.')).toEqual(['GH/IT/3/']);
  });
});

describe('a raise the government did not make', () => {
  it('GIVEN "didn\'t elevate its advisory for X to Level 4" THEN no level 4', () => {
    expect(run("The State Department didn't elevate its advisory for Nepal to Level 4 despite the protests.")).not.toContainEqual('NP/US/4/');
  });

  it('GIVEN "has not upgraded its advisory for X to Level 4", then "X remains at Level 3" THEN level 3 only', () => {
    expect(run('The State Department has not upgraded its advisory for Nepal to Level 4. Nepal remains at Level 3: Reconsider Travel.')).toEqual(['NP/US/3/']);
  });

  it('GIVEN "elevated its advisory for X to Level 4" THEN level 4 (guard)', () => {
    expect(run('The State Department elevated its advisory for Nepal to Level 4.')).toContainEqual('NP/US/4/level_raised');
  });
});

describe('shelter told to those who choose to stay', () => {
  it('GIVEN "citizens who choose to remain in X should shelter in place" THEN shelter in place', () => {
    expect(run('U.S. citizens who choose to remain in Togo should shelter in place.')).toEqual(['TG/US/-/shelter_in_place']);
  });

  it('GIVEN "Ghanaians who choose to stay in X are advised to remain indoors" THEN shelter in place', () => {
    expect(run('The Ghanaian Foreign Ministry said Ghanaians who choose to stay in Mali are advised to remain indoors.')).toEqual(['ML/GH/-/shelter_in_place']);
  });

  it('GIVEN "those who choose to leave should consider doing so now" THEN no call to leave (guard)', () => {
    expect(run('The U.S. Embassy said U.S. citizens in Togo who choose to leave should consider doing so.')).not.toContainEqual('TG/US/-/leave_immediately');
  });

  it('GIVEN "remain indoors as far as possible and avoid unnecessary travel, in particular to areas where protests occur" THEN shelter, no level 3', () => {
    expect(run('Koreans who choose to remain in Bangladesh are advised to remain indoors as far as possible and avoid unnecessary travel, in particular to areas where protests are held, the Korean Foreign Ministry said.')).toEqual(['BD/KR/-/shelter_in_place']);
  });

  it('GIVEN "avoid unnecessary travel to X" with no stay-home instruction THEN level 3 (guard)', () => {
    expect(run('The Korean Foreign Ministry advised Koreans to avoid unnecessary travel to Bangladesh.')).toEqual(['BD/KR/3/']);
  });
});

describe('counted people repatriated', () => {
  it('GIVEN "N repatriated 140 <demonym> students from <city>" THEN the evacuation', () => {
    expect(run('Nepal repatriated 212 Nepali students from Dhaka after the unrest in Bangladesh.')).toContainEqual('BD/NP/-/evacuation');
  });

  it('GIVEN "It also repatriated 90 students from <city>" after a sentence whose subject is the government THEN the evacuation', () => {
    expect(run('India asked its nationals in Kyrgyzstan to stay indoors, the External Affairs Ministry said. It also repatriated 90 students from Bishkek.')).toEqual(['KG/IN/-/evacuation,shelter_in_place']);
  });

  it('GIVEN police who evacuated 300 students from a school THEN no evacuation (guard)', () => {
    expect(run('Police evacuated 300 students from a school in Dhaka, Bangladesh, after a fire.')).toEqual([]);
  });
});

describe('French warnings against travel and calls to put a trip off (advice with no level)', () => {
  it('GIVEN "met en garde contre les voyages au X" THEN advice for X with no level', () => {
    expect(run('Le ministère belge des Affaires étrangères met en garde contre les voyages au Bénin.')).toEqual(['BJ/BE/-/']);
  });

  it('GIVEN "met en garde les visiteurs souhaitant se rendre au X, les invitant à repousser leur déplacement" THEN advice with no level', () => {
    expect(run('Le Quai d\'Orsay met en garde les visiteurs souhaitant se rendre au Bénin ce mois-ci, les invitant à repousser leur déplacement.')).toEqual(['BJ/FR/-/']);
  });

  it('GIVEN a minister who had to put off his own trip THEN no advice (guard)', () => {
    expect(run('Le ministre a dû reporter son voyage au Bénin.')).toEqual([]);
  });
});
