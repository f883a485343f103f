/**
 * Session 43: evacuations told in shapes the detector had missed (a negation that stops at "amid", evacuations told completed,
 * a charter bus, a flight "out of the capital" on a military aircraft, staff "relocated out of the country"), and an embassy
 * closure dated years ago whose present consequence the text tells. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('an evacuation after a negation that ends at "amid"', () => {
  it('GIVEN "the flag is no longer flying at the UK Embassy … amid evacuations" THEN an evacuation by Britain', () => {
    expect(run('A Foreign Office official says the British flag is no longer flying at the UK Embassy in Tripoli amid evacuations from the Libyan capital.')).toEqual(['LY/GB/-/evacuation']);
  });

  it('GIVEN "not flying the flag and no evacuations have taken place" THEN nothing', () => {
    expect(run('The official says the embassy in Tripoli is not flying the flag and no evacuations have taken place.')).toEqual([]);
  });
});

describe('evacuations told completed', () => {
  it('GIVEN "Die Evakuierungen aus Libyen sind abgeschlossen" THEN an evacuation by Germany', () => {
    expect(run('Die Evakuierungen aus Libyen sind abgeschlossen, teilte das Auswärtige Amt mit.')).toEqual(['LY/DE/-/evacuation']);
  });

  it('GIVEN "the evacuations have been completed" THEN an evacuation', () => {
    expect(run('The Foreign Office said the evacuations have been completed and the embassy in Juba remains open.')).toEqual(['SS/GB/-/evacuation']);
  });

  it('GIVEN the evacuation of residents from flooded villages completed THEN nothing (a local measure)', () => {
    expect(run('The evacuation of residents from the flooded villages was completed, the Foreign Office said.')).toEqual([]);
  });
});

describe('transport out arranged by a government', () => {
  it('GIVEN "is arranging a charter bus … for Canadian citizens" THEN an evacuation by Canada', () => {
    expect(run('The Canadian Embassy in Lima is arranging a charter bus leaving on Monday from Cusco to the Bolivian border for Canadian citizens.')).toEqual(['PE/CA/-/evacuation']);
  });

  it('GIVEN the ambassador "flew out of the capital … on a Royal Air Force aircraft" THEN an evacuation', () => {
    expect(run('The British ambassador and some 30 others flew out of the capital, Juba, on a Royal Air Force aircraft for Nairobi, officials said.')).toEqual(['SS/GB/-/evacuation']);
  });

  it('GIVEN an ambassador who "flew out of the capital … for talks" THEN nothing', () => {
    expect(run('The Italian ambassador flew out of the capital on Monday for talks in Rome.')).toEqual([]);
  });
});

describe('staff relocated out of the country', () => {
  it('GIVEN "staff of the embassy … were relocated out of the country" THEN an evacuation, and the embassy relocated', () => {
    expect(run('The State Department said American staff of the embassy in Tripoli were relocated out of the country.')).toEqual(['LY/US/-/embassy_suspended,evacuation']);
  });

  it('GIVEN staff "who had been relocated outside of Libya will begin a gradual return" THEN no evacuation', () => {
    expect(run('The State Department said staff who had been relocated outside of Libya will begin a gradual return to the embassy in Tripoli.')).toEqual([]);
  });

  it('GIVEN residents "relocated out of the flood zone" THEN nothing', () => {
    expect(run('Residents were relocated out of the flood zone in Libya, the State Department said.')).toEqual([]);
  });
});

describe('an embassy closed years ago, its consequence told now', () => {
  const lead = 'March 3, 2025. The U.S. Embassy in Tripoli urged U.S. citizens in Libya to leave immediately. ';

  it('GIVEN "suspended diplomatic operations in Libya in 2014, meaning it cannot provide … consular services" THEN the embassy is suspended', () => {
    expect(run(lead + 'The US suspended diplomatic operations in Libya in 2014, meaning it cannot provide routine or emergency consular services to its citizens there.')).toEqual(['LY/US/-/embassy_suspended,leave_immediately']);
  });

  it('GIVEN the same closure in 2014 with nothing about today THEN it stays background', () => {
    expect(run(lead + 'The US suspended diplomatic operations in Libya in 2014.')).toEqual(['LY/US/-/leave_immediately']);
  });

  it('GIVEN "Consequently, all routine and emergency consular services remain unavailable" after the dated closure THEN the embassy is suspended', () => {
    expect(run('March 3, 2025. The State Department told U.S. citizens in Libya to shelter in place. In July 2014, the Department of State withdrew all diplomatic personnel from the U.S. Embassy in Tripoli and suspended operations. Consequently, all routine and emergency consular services remain unavailable.')).toEqual(['LY/US/-/embassy_suspended,shelter_in_place']);
  });

  it('GIVEN "has suspended routine consular services" THEN nothing (services only)', () => {
    expect(run('The U.S. Embassy in Tripoli has suspended routine consular services until further notice.')).toEqual([]);
  });
});

describe('a raise told by an infinitive, a noun or a French verb', () => {
  it('GIVEN "has prompted the State Department to elevate its travel warning" THEN raised', () => {
    expect(run('Unrest has prompted the State Department to elevate its travel warning for Peru.')).toEqual(['PE/US/-/level_raised']);
  });

  it('GIVEN "may elevate its travel warning" THEN nothing (a hedge)', () => {
    expect(run('The State Department may elevate its travel warning for Peru, officials said.')).toEqual([]);
  });

  it('GIVEN "The update is an escalation from a warning issued Monday" THEN raised', () => {
    expect(run('Canada told its citizens to avoid all travel to Belarus. The update is an escalation from a warning issued Monday, in which Canada urged Canadians to avoid non-essential travel to Belarus.')).toEqual(['BY/CA/4/level_raised']);
  });

  it('GIVEN "ont monté le degré d\'avertissement … au plus haut, 4e niveau" THEN level 4, raised', () => {
    expect(run('Les États-Unis ont monté le degré d’avertissement aux voyageurs au Niger au plus haut, 4e niveau, et déconseillent aux citoyens américains de s’y rendre.')).toEqual(['NE/US/4/level_raised']);
  });
});

describe('French advice against going to a country, with no step of a scale', () => {
  it('GIVEN "déconseille également aux ressortissants français de se rendre au Burkina Faso" THEN a finding with no level', () => {
    expect(run("Le Quai d'Orsay déconseille également aux ressortissants français de se rendre au Burkina Faso.")).toEqual(['BF/FR/-/']);
  });

  it('GIVEN "recommande à ses ressortissants de ne pas se rendre au Burkina Faso" THEN a finding with no level', () => {
    expect(run("Le Quai d'Orsay recommande à ses ressortissants de ne pas se rendre au Burkina Faso.")).toEqual(['BF/FR/-/']);
  });

  it('GIVEN "déconseille de se rendre dans la région du Sahel" THEN a region\'s advice, no level (a finding since session 55)', () => {
    expect(run("Le Quai d'Orsay déconseille de se rendre dans la région du Sahel au Burkina Faso.")).toEqual(['BF/FR/-/']);
  });
});

describe('session 43, from the blind set mixed73: evacuations that are not a government\'s', () => {
  it('GIVEN "The evacuees expected on board include Egyptians, Sudanese, Canadians …" on a ship chartered by the IOM THEN nothing', () => {
    expect(run('About 300 foreigners began boarding a ship chartered by the IOM in Benghazi. The evacuees expected on board include Egyptians, Sudanese, Canadians, Ghanaians and a Briton.')).toEqual([]);
  });

  it('GIVEN "Was die Bundesregierung jetzt plant, um Deutsche … zu evakuieren" THEN nothing (a plan)', () => {
    expect(run('Was die Bundesregierung jetzt plant, um Deutsche aus dem Sudan zu evakuieren.')).toEqual([]);
  });

  it('GIVEN "bereitet sich … darauf vor, … Deutsche aus dem Sudan zu evakuieren" THEN nothing (a preparation)', () => {
    expect(run('Die Bundesregierung bereitet sich seit Tagen darauf vor, in einer großen Rettungsaktion Deutsche aus dem Sudan zu evakuieren.')).toEqual([]);
  });

  it('GIVEN an evacuation "menée en liaison avec les Etats-Unis" THEN the country the story is about, not the partner', () => {
    expect(run("La France a fermé temporairement son ambassade en Libye. Au total, 52 personnes, dont 25 Français, ont été évacuées dans la nuit par l'armée française lors d'une opération menée en liaison avec les Etats-Unis, selon le ministère de la Défense.")).toEqual(['LY/FR/-/embassy_suspended,evacuation']);
  });
});

describe('session 43, from mixed73: an embassy said to remain open', () => {
  it('GIVEN a heading "Decision to close the embassy" and "The Embassy remains open," THEN no suspension', () => {
    expect(run('Decision to close the embassy. The State Department authorized the departure of non-emergency personnel from the U.S. Embassy in Beirut. "The Embassy remains open," a spokesperson said.')).toEqual(['LB/US/-/authorized_departure']);
  });

  it('GIVEN "The State Department closed the U.S. Embassy in Beirut." alone THEN suspended', () => {
    expect(run('The State Department closed the U.S. Embassy in Beirut.')).toEqual(['LB/US/-/embassy_suspended']);
  });
});

describe('session 43, from mixed73: calls to leave and raises', () => {
  it('GIVEN travel warned against in a paragraph before, "advised those currently in the country to leave immediately" THEN the country just named', () => {
    expect(run('The U.S. government has issued a strong warning to its citizens, advising them not to travel to Syria. The Department of State raised the travel advisory level for Syria to level 4.\nEarlier this month, the U.S. had already warned its citizens against traveling to Lebanon. On June 13, the Department of State urged Americans to avoid Lebanon and advised those currently in the country to leave immediately.')).toEqual(['LB/US/-/leave_immediately', 'SY/US/4/level_raised']);
  });

  it('GIVEN "should make plans to depart immediately" THEN a call to leave', () => {
    expect(run('U.S. citizens still in Libya should make plans to depart immediately, the embassy said.')).toEqual(['LY/US/-/leave_immediately']);
  });

  it('GIVEN "should make plans to depart if the situation worsens" THEN nothing', () => {
    expect(run('U.S. citizens in Libya should make plans to depart if the situation worsens, the embassy said.')).toEqual([]);
  });

  it('GIVEN "La Farnesina alza al massimo il livello del warning" THEN raised by Italy', () => {
    expect(run('La Farnesina alza al massimo il livello del warning sul Niger.')).toEqual(['NE/IT/-/level_raised']);
  });

  it('GIVEN "Washington alza il livello di allerta" THEN raised by the United States', () => {
    expect(run('Niger, proteste: Washington alza il livello di allerta.')).toEqual(['NE/US/-/level_raised']);
  });

  it('GIVEN "Deutschen Staatsangehörigen wird geraten, das Land zu verlassen" THEN a call to leave', () => {
    expect(run('Vor Reisen nach Libyen wird gewarnt. Deutschen Staatsangehörigen wird geraten, das Land zu verlassen.')).toEqual(['LY/DE/4/leave_immediately']);
  });

  it('GIVEN Germans who "in Not geraten" and want to leave THEN nothing', () => {
    expect(run('Viele Deutsche sind in Libyen in Not geraten und wollen das Land verlassen.')).toEqual([]);
  });

  it('GIVEN a bare "das Außenministerium" after Switzerland\'s call THEN Switzerland, not Austria', () => {
    expect(run('Die Schweiz rät ihren Bürgern, Sudan zu verlassen. Sie fügte hinzu, dass das Außenministerium den Menschen geraten habe, Sudan mit kommerziellen Flügen zu verlassen.')).toEqual(['SD/CH/-/leave_immediately']);
  });

  it('GIVEN "das österreichische Außenministerium" after a German sentence THEN Austria', () => {
    expect(run('Das Auswärtige Amt in Berlin rät von Reisen nach Sudan ab. Das österreichische Außenministerium erhöhte am Mittwoch die Sicherheitsstufe für Sudan von Stufe 3 auf Stufe 4.')).toContain('SD/AT/-/level_raised');
  });
});

describe('session 43, from mixed73: a German list of countries and a closure whose consequence lasts', () => {
  it('GIVEN "rät … von nicht dringend erforderlichen Reisen nach Libyen, Tunesien und Algerien ab" THEN level 3 for each', () => {
    expect(run('Das Ministerium rät zudem von nicht dringend erforderlichen Reisen nach Libyen, Tunesien und Algerien ab.')).toEqual(['DZ/-/3/', 'LY/-/3/', 'TN/-/3/']);
  });

  it('GIVEN "Because the US Embassy … suspended its operations in July 2014, American diplomats are unable to provide …" THEN the embassy is suspended', () => {
    expect(run('March 3, 2025. The State Department renewed its Do Not Travel advisory for Libya. Because the US Embassy in Tripoli suspended its operations in July 2014, American diplomats are unable to provide emergency services to Americans in Libya, the release said.')).toEqual(['LY/US/4/embassy_suspended']);
  });

  it('GIVEN the 2014 suspension told alone THEN background', () => {
    expect(run('March 3, 2025. The State Department renewed its Do Not Travel advisory for Libya. The US Embassy in Tripoli suspended its operations in July 2014.')).toEqual(['LY/US/4/']);
  });
});
