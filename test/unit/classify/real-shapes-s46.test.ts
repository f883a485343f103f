/**
 * Session 46: a mission emptied — its whole staff pulled out as it closes ("closed their embassies in X and pulled out staff",
 * "withdraw all diplomats from the Embassy in Y") — is the staff's evacuation, not an ordered departure of non-emergency staff;
 * German "Mitarbeiter" brought home are a mission's staff; the UN ("die UNO") flying people out is no government. Sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a mission emptied', () => {
  it('GIVEN governments that "closed their embassies in X and pulled out staff" THEN evacuation and suspension, no ordered departure', () => {
    expect(run('Canada and Norway have also closed their embassies in Chad and pulled out staff because of the fighting.')).toEqual([
      'TD/CA/-/embassy_suspended,evacuation',
      'TD/NO/-/embassy_suspended,evacuation',
    ]);
  });

  it('GIVEN "decided on Friday to shut down its embassy in X and to withdraw all diplomats and staff" THEN evacuation', () => {
    expect(run('Bahrain decided on Friday to shut down its embassy in Yemen and to withdraw all diplomats and staff.')).toEqual(['YE/BH/-/embassy_suspended,evacuation']);
  });

  // (session 51: all of an embassy's diplomats withdrawn leave it empty, a suspension too, as the closures above)
  it('GIVEN "withdraw all diplomats from the <country> Embassy in <capital>" THEN evacuation, and the embassy suspended', () => {
    expect(run('The minister announced the decision to withdraw all diplomats from the Canadian Embassy in Khartoum.')).toEqual(['SD/CA/-/embassy_suspended,evacuation']);
  });

  it('GIVEN non-essential staff withdrawn while the embassy stays open THEN an ordered departure (guard)', () => {
    expect(run('Norway withdrew non-essential staff from its embassy in Chad.')).toEqual(['TD/NO/-/ordered_departure']);
  });

  it('GIVEN all remaining personnel withdrawn from a country, no closing told THEN an ordered departure (guard)', () => {
    expect(run('Canada to withdraw all remaining diplomatic personnel from Chad')).toEqual(['TD/CA/-/ordered_departure']);
  });

  it('GIVEN staff withdrawn and the embassy said to stay open in the next sentence THEN an ordered departure (guard)', () => {
    expect(run('Norway withdrew its staff from Chad. The embassy remains open for emergencies.')).toEqual(['TD/NO/-/ordered_departure']);
  });
});

describe('German: a mission\'s staff brought home', () => {
  it('GIVEN governments that closed their embassies and brought "die Mitarbeiter" home THEN evacuation', () => {
    expect(run('Zuvor hatten bereits Kanada und Norwegen ihre Botschaften in N\'Djamena geschlossen und die Mitarbeiter in ihre Heimatländer zurückgeholt.')).toEqual([
      'TD/CA/-/embassy_suspended,evacuation',
      'TD/NO/-/embassy_suspended,evacuation',
    ]);
  });

  it('GIVEN a company bringing its Mitarbeiter home THEN no evacuation (guard)', () => {
    expect(run('Der Konzern hat seine Mitarbeiter aus dem Tschad zurückgeholt.')).toEqual([]);
  });

  it('GIVEN "Die UNO will … ausfliegen" after a government\'s call THEN no evacuation for that government (guard: the UN is no government)', () => {
    expect(run('Frankreich forderte seine Bürger zur Ausreise aus dem Tschad auf. Das Auswärtige Amt warnte zudem vor Reisen in den Tschad. Die UNO will die Familien von internationalen Mitarbeitern ausfliegen.').join()).not.toContain('evacuation');
  });
});

describe('a government that "decided on <day> to" act', () => {
  it('GIVEN "X decided on Friday to close its embassy in Y" THEN X is the issuer', () => {
    expect(run('Oman decided on Friday to close its embassy in Yemen.')).toEqual(['YE/OM/-/embassy_suspended']);
  });

  it('GIVEN "X agreed yesterday to evacuate its citizens from Y" THEN X is the issuer', () => {
    expect(run('Canada agreed yesterday to evacuate its citizens from Chad.')).toEqual(['TD/CA/-/evacuation']);
  });
});

describe('German: declined agency names and zu-infinitives', () => {
  it('GIVEN "der … geschlossenen deutschen Botschaft" THEN the German embassy is closed', () => {
    expect(run('In Bamako arbeitet ein Krisenstab der seit Montag geschlossenen deutschen Botschaft in Mali.')).toEqual(['ML/DE/-/embassy_suspended']);
  });

  it('GIVEN "die Mitarbeiter der österreichischen Botschaft … wurden ausgeflogen" THEN Austria\'s evacuation', () => {
    expect(run('Die Mitarbeiter der österreichischen Botschaft in Mali wurden ausgeflogen.')).toEqual(['ML/AT/-/evacuation']);
  });

  it('GIVEN "Maschinen geschickt, um deutsche Staatsangehörige auszufliegen" THEN evacuation', () => {
    expect(run('Deutschland hat zwei Maschinen nach Mali geschickt, um deutsche Staatsangehörige auszufliegen.')).toEqual(['ML/DE/-/evacuation']);
  });

  it('GIVEN "plant, … auszufliegen" THEN no evacuation (guard: a plan)', () => {
    expect(run('Die Bundesregierung plant, die Deutschen aus Mali auszufliegen.').join()).not.toContain('evacuation');
  });
});

describe('an epidemic named beside a security event', () => {
  it('GIVEN a head naming COVID-19 and civil unrest THEN a later "shelter in place" stays shelter', () => {
    expect(run('The State Department issued a Level 4 Do Not Travel advisory for Kyrgyzstan due to COVID-19 and civil unrest. U.S. citizens in Bishkek are advised to shelter in place until a safe departure is possible.')).toEqual(['KG/US/4/shelter_in_place']);
  });

  it('GIVEN a head naming COVID-19 only THEN a stay-home instruction is a lockdown, no shelter (guard)', () => {
    expect(run('The State Department issued a Level 4 Do Not Travel advisory for Kyrgyzstan due to COVID-19. U.S. citizens in Bishkek are advised to shelter in place and remain in their residences.').join()).not.toContain('shelter_in_place');
  });
});

describe('a foreign ministry\'s "threat level for" a country', () => {
  it('GIVEN "The State Department says it is raising the threat level for X" THEN a raise', () => {
    expect(run('The State Department says it is raising the threat level for Honduras.')).toEqual(['HN/US/-/level_raised']);
  });

  it('GIVEN a government raising the terror threat level for its own country THEN no raise (guard)', () => {
    expect(run('The British government raised the terror threat level for the UK to severe.')).toEqual([]);
  });
});

describe('precautions and hedges', () => {
  it('GIVEN "near protest activity should remain inside buildings until the crowd dissipates" THEN no shelter', () => {
    expect(run('The U.S. Embassy in Armenia says those in hotels near protest activity should remain inside buildings until the crowd dissipates.')).toEqual([]);
  });

  it('GIVEN "shelter in place until further notice" THEN shelter (guard)', () => {
    expect(run('The U.S. Embassy in Armenia advises citizens to shelter in place until further notice.')).toEqual(['AM/US/-/shelter_in_place']);
  });

  it('GIVEN French "envisageraient … d\'évacuer" THEN no evacuation (a conditional hedge)', () => {
    expect(run('Le Canada et la Belgique envisageraient également de fermer leurs ambassades en Arménie et d\'évacuer leurs personnels.').join()).not.toMatch(/evacuation|embassy_suspended/);
  });

  it('GIVEN "a suspendu le 11 février 2015 les activités de l\'ambassade" THEN the embassy is suspended', () => {
    expect(run('Le département d\'Etat a suspendu le 11 février 2015 les activités de l\'ambassade en Arménie.')).toEqual(['AM/US/-/embassy_suspended']);
  });
});

describe('"U.S. direct hire employees" are the government\'s staff', () => {
  it('GIVEN "the authorized departure of U.S. direct hire employees" after a Level 4 for X THEN authorized departure for X', () => {
    expect(run('The State Department issued a Level 4 advisory for Jordan. It follows the authorized departure of non-essential U.S. direct hire employees.')).toEqual(['JO/US/4/authorized_departure']);
  });
});
