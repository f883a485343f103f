/**
 * Basic shapes of real wire copy (staff orders, lists of posts, lists of governments) the classifier got wrong, each with
 * sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a staff order told in the present or progressive', () => {
  it('GIVEN a headline "X orders non-essential staff to leave <country>" WHEN classified THEN ordered_departure only', () => {
    expect(run('Washington orders non-essential diplomats and staff to leave Malawi')).toEqual(['MW/US/-/ordered_departure']);
  });

  it('GIVEN "is ordering non-emergency staff at its embassy in <city> to leave <country>" WHEN classified THEN ordered_departure only', () => {
    expect(run('The United States is ordering non-emergency staff at its embassy in Lusaka to leave Zambia, officials said.')).toEqual(['ZM/US/-/ordered_departure']);
  });

  it('GIVEN "authorised non-essential employees … and their families to depart the country" WHEN classified THEN authorized_departure', () => {
    expect(run('On Friday, the State Department authorised non-essential employees at the embassy in Lilongwe and their families to depart the country.')).toEqual(['MW/US/-/authorized_departure']);
  });
});

describe('a staff departure whose object ends on the place left', () => {
  it('GIVEN "ordered the departure of non-emergency U.S. personnel and their eligible family members from <country>" WHEN classified THEN that country', () => {
    expect(run('On Monday, the State Department ordered the departure of non-emergency U.S. government personnel and their eligible family members from Zambia due to unrest.')).toEqual(['ZM/US/-/ordered_departure']);
  });
});

describe('a list of posts as the object', () => {
  it('GIVEN "ordered to leave the U.S. embassies in <city> and <city>" WHEN classified THEN both countries', () => {
    expect(run('Family members and non-essential U.S. staff have been ordered to leave the U.S. embassies in Lusaka and Lilongwe after protests.')).toEqual(['MW/US/-/ordered_departure', 'ZM/US/-/ordered_departure']);
  });
});

describe('German lists of governments that call their citizens out', () => {
  it('GIVEN "die Regierungen Finnlands, Schwedens … sowie laut Diplomaten auch Polens ihre Bürger aufgefordert, X zu verlassen" WHEN classified THEN each government', () => {
    const text = 'Medienberichten zufolge haben die Regierungen Finnlands, Schwedens und Norwegens sowie laut Diplomaten auch Polens ihre Bürger aufgefordert, Belarus sofort zu verlassen.';
    expect(run(text)).toEqual(['BY/FI/-/leave_immediately', 'BY/NO/-/leave_immediately', 'BY/PL/-/leave_immediately', 'BY/SE/-/leave_immediately']);
  });

  it('GIVEN "X, Y und Z mahnten ihre Staatsbürger zur Ausreise aus W" WHEN classified THEN each government', () => {
    expect(run('Kanada, Irland und Japan mahnten ihre Staatsbürger zur Ausreise aus Belarus.')).toEqual(['BY/CA/-/leave_immediately', 'BY/IE/-/leave_immediately', 'BY/JP/-/leave_immediately']);
  });

  it('GIVEN a government that "fordert … derzeit aber nicht zur Ausreise auf" WHEN classified THEN no finding', () => {
    expect(run('Die Bundesregierung beobachtet die Lage der Deutschen in Belarus genau, fordert sie derzeit aber nicht zur Ausreise auf.')).toEqual([]);
  });
});

describe('no evacuation without a government moving its people', () => {
  it('GIVEN "no immediate evacuation plans" and charter flights "being encouraged to fly" WHEN classified THEN no evacuation', () => {
    const text = "Nepal's foreign ministry said there is no immediate plan to evacuate Nepali citizens from Belarus. 'No immediate evacuation plans. Chartered flights are also being encouraged to operate,' the spokesman added.";
    expect(run(text)).toEqual([]);
  });

  it('GIVEN a foreign leader calling on a country\'s people to evacuate its capital WHEN classified THEN no evacuation', () => {
    expect(run('The Turkish president called on Syrians to evacuate Damascus, accusing the government of stalling.')).toEqual([]);
  });

  it('GIVEN a government urging its embassy to evacuate its staff WHEN classified THEN evacuation stays', () => {
    expect(run('Japan urged its embassy to evacuate its staff from Minsk on Friday.')).toEqual(['BY/JP/-/evacuation']);
  });
});

describe('citizens named in the clause of the call, after another clause that names a foreign government', () => {
  it('GIVEN "compte tenu de la décision russe …, les ressortissants belges … doivent quitter sans délai ce pays" WHEN classified THEN Belgium advises', () => {
    const text = "Compte tenu de la concentration de troupes russes aux frontières et de l'état d'urgence décidé ce jour par le Parlement moldave, les ressortissants belges présents en Moldavie doivent quitter sans délai ce pays.";
    expect(run(text)).toEqual(['MD/BE/-/leave_immediately']);
  });
});

describe('an embassy accredited to two countries, and "now is the time to leave"', () => {
  it('GIVEN "The Thai Embassy in Kenya and Somalia on Monday urged Thai citizens in Somalia to leave" WHEN classified THEN Thailand advises', () => {
    const text = 'The Thai Embassy in Kenya and Somalia on Monday urged Thai citizens in Somalia to leave the country while flights remain available.';
    expect(run(text)).toEqual(['SO/TH/-/leave_immediately']);
  });

  it('GIVEN "\'Now is the time to leave X,\' the Irish government told its citizens" WHEN classified THEN leave_immediately', () => {
    expect(run('"Now is the time to leave Niger," the Irish government told its citizens on Sunday.')).toEqual(['NE/IE/-/leave_immediately']);
  });

  it('GIVEN "if you have concerns, now is the time to leave" WHEN classified THEN no call', () => {
    expect(run('If you have concerns about your safety, now is the time to leave Niger, the Irish government said.')).toEqual([]);
  });

  it('GIVEN "ordered staff to leave its embassy in <city> and <country> told its nationals to leave" WHEN classified THEN the second government is no seat of the embassy', () => {
    const text = 'Canada ordered non-emergency staff to leave its embassy in Bamako and Sweden told its nationals to leave the country on Friday.';
    expect(run(text)).toEqual(['ML/CA/-/ordered_departure', 'ML/SE/-/leave_immediately']);
  });
});

describe('a worldwide caution listing posts', () => {
  it('GIVEN "Embassy operations are currently suspended in A, B and C" WHEN classified THEN each country', () => {
    const text = 'The Department of State reminds U.S. citizens that Embassy operations are currently suspended in Yemen, Libya and Syria.';
    expect(run(text)).toEqual(['LY/US/-/embassy_suspended', 'SY/US/-/embassy_suspended', 'YE/US/-/embassy_suspended']);
  });

  it('GIVEN "family members and non-emergency personnel of the U.S. Embassies in A and B have been authorized to depart" WHEN classified THEN authorized_departure for both', () => {
    const text = 'Family members and non-emergency personnel of the U.S. Embassies in Uganda and Rwanda have been authorized to depart.';
    expect(run(text)).toEqual(['RW/US/-/authorized_departure', 'UG/US/-/authorized_departure']);
  });

  it('GIVEN a fronted list "In A, B, and C, non-emergency personnel … have been ordered to depart" WHEN classified THEN ordered_departure for each', () => {
    const text = 'The State Department said that in Mali, Niger, and Sudan, non-emergency U.S. personnel and family members have been ordered to depart.';
    expect(run(text)).toEqual(['ML/US/-/ordered_departure', 'NE/US/-/ordered_departure', 'SD/US/-/ordered_departure']);
  });
});

describe('official shapes: a level over a list, both departures, an instruction to the reader', () => {
  it('GIVEN "advises Australians to reconsider their need to travel to A, B and C" WHEN classified THEN level 3 for each', () => {
    const text = 'The Australian Government advises Australians to reconsider their need to travel to Mali, Niger and Sudan.';
    expect(run(text)).toEqual(['ML/AU/3/', 'NE/AU/3/', 'SD/AU/3/']);
  });

  it('GIVEN "the ordered and authorized departure of certain employees" WHEN classified THEN both signals', () => {
    const text = 'The Travel Advisory for Tunisia has been updated to reflect the ordered and authorized departure of certain U.S. Embassy employees and their family members.';
    expect(run(text)).toEqual(['TN/US/-/authorized_departure,ordered_departure']);
  });

  it('GIVEN nationals "urged to leave affected regions if already there" WHEN classified THEN no call to leave the country', () => {
    const text = 'Australians are being urged to reconsider their travel to affected regions of Guinea, or urged to leave affected regions if already there.';
    expect(run(text).filter((f) => f.includes('leave_immediately'))).toEqual([]);
  });

  it('GIVEN a page that says "Do not travel to X. If you are in X, leave immediately" and names its government later WHEN classified THEN that government calls', () => {
    const text = 'April 2026. Do not travel to Belarus due to the security situation. If you are in Belarus, leave immediately using the commercial options available. The Australian Government has authorised the voluntary departure of dependants of Australian Embassy staff in Minsk.';
    expect(run(text)).toEqual(['BY/AU/4/authorized_departure,leave_immediately']);
  });
});

describe('wire-copy evacuations and closures', () => {
  it('GIVEN "said … that the government would arrange a special flight to repatriate nationals from X" WHEN classified THEN evacuation (a decision)', () => {
    const text = "Spain's foreign minister said on Monday that the government would arrange a special flight to repatriate nationals from Gabon.";
    expect(run(text)).toEqual(['GA/ES/-/evacuation']);
  });

  it('GIVEN "would consider a special flight" WHEN classified THEN no evacuation', () => {
    expect(run("Spain's foreign minister said that the government would consider a special flight to repatriate nationals from Gabon.")).toEqual([]);
  });

  it('GIVEN "<country> is going to close its embassy in X and evacuate its staff" WHEN classified THEN that government closes and evacuates', () => {
    expect(run('Canada is going to close its embassy in Gabon from Friday and evacuate its staff amid the fighting.')).toEqual(['GA/CA/-/embassy_suspended,evacuation']);
  });

  it('GIVEN "the staff of the X Embassy in Y has left … and has been evacuated to Z" WHEN classified THEN evacuation from Y', () => {
    const text = 'Given the worsening security situation, the staff of the Korean Embassy in Gabon has left the country with the help of partner organizations and has been evacuated to Cameroon.';
    expect(run(text)).toEqual(['GA/KR/-/evacuation']);
  });

  it('GIVEN "die spanische Botschaft … habe ihre Arbeit eingestellt und sei evakuiert worden" WHEN classified THEN closure and evacuation', () => {
    const text = 'Wegen der Lage in Gabun habe die spanische Botschaft in der gabunischen Hauptstadt ihre Arbeit vorübergehend eingestellt und sei evakuiert worden, sagte der Außenminister am Montag.';
    expect(run(text)).toEqual(['GA/ES/-/embassy_suspended,evacuation']);
  });

  it('GIVEN "the violence against our embassy …, and the fact that the air space is shut" WHEN classified THEN no closure of the embassy', () => {
    const text = '"Considering the situation in Libreville, the violence against our embassy the day before yesterday, and the fact that the air space is shut and our citizens cannot leave by their own means, we are organising flights," the Belgian foreign ministry said.';
    expect(run(text)).toEqual(['GA/BE/-/evacuation']);
  });

  it('GIVEN "lifted the ordered departure status of …, as well as the authorized departure status of …" WHEN classified THEN only departure_lifted', () => {
    const text = 'The State Department has lifted the ordered departure status of family members of U.S. government employees in Gabon, as well as the authorized departure status of non-emergency employees.';
    expect(run(text)).toEqual(['GA/US/-/departure_lifted']);
  });
});

describe('more wire shapes: suspended work, participles, French announcements, stay-at-home orders', () => {
  it('GIVEN "suspended the work of the US embassy in <city> and allowed the voluntary departure … of the embassy in <city>" WHEN classified THEN one finding per country', () => {
    const text = 'The State Department suspended the work of the US embassy in Bangui and allowed the voluntary departure of non-essential staff and their family members of the embassy in Kinshasa.';
    expect(run(text)).toEqual(['CD/US/-/authorized_departure', 'CF/US/-/embassy_suspended']);
  });

  it('GIVEN "evacuation efforts amid tensions between A and B, successfully airlifting nationals from A" WHEN classified THEN A and B are no issuers', () => {
    const text = 'Nepal has stepped up its evacuation efforts amid rising tensions between Sudan and Chad, successfully airlifting 120 Nepali nationals from Sudan on Tuesday.';
    expect(run(text)).toEqual(['SD/NP/-/evacuation']);
  });

  it('GIVEN "La Belgique a annoncé la fermeture provisoire de son ambassade au X" WHEN classified THEN Belgium closes its embassy', () => {
    expect(run("La Belgique a annoncé la fermeture provisoire de son ambassade au Tchad.")).toEqual(['TD/BE/-/embassy_suspended']);
  });

  it('GIVEN "travelers may experience … stay at home orders" WHEN classified THEN no shelter_in_place', () => {
    const text = 'In its advisory on Friday, the State Department said, "Travelers to Peru may experience border closures, airport closures, travel prohibitions, stay at home orders, business closures, and other emergency conditions within Peru."';
    expect(run(text)).toEqual([]);
  });
});

describe('an Italian instruction to stay home', () => {
  it('GIVEN "Ai connazionali … la Farnesina consiglia di stare a casa" WHEN classified THEN shelter_in_place', () => {
    expect(run('Ai connazionali rimasti in Moldavia la Farnesina consiglia di stare a casa.')).toEqual(['MD/IT/-/shelter_in_place']);
  });
});

describe('a level spelt out', () => {
  it('GIVEN "Please review the Level Four travel advisory for X, which remains in effect" in an embassy alert WHEN classified THEN level 4', () => {
    const text = 'Security Alert: U.S. Embassy Tunis. Please review the Level Four travel advisory for Tunisia, which remains in effect.';
    expect(run(text)).toEqual(['TN/US/4/']);
  });
});

describe('an evacuation said to be impossible', () => {
  it('GIVEN "Une évacuation des ressortissants français … n\'est pas possible" WHEN classified THEN no evacuation', () => {
    expect(run("Une évacuation des ressortissants français du Tchad n'est pas possible pour le moment.")).toEqual([]);
  });
});

describe('a call to evacuate regions, pointed back to with "there"', () => {
  it('GIVEN "Level 4 for areas around the border, urging Japanese nationals there to evacuate" WHEN classified THEN no country-wide call', () => {
    const text = "The advisory is already at Level 4 for Belarusian areas around the country's border with Ukraine, urging Japanese nationals there to evacuate.";
    expect(run(text)).toEqual(['BY/JP/-/']);
  });

  it('GIVEN "urged its nationals in X to evacuate" WHEN classified THEN the call stays', () => {
    expect(run('Japan urged its nationals in Belarus to evacuate.')).toEqual(['BY/JP/-/leave_immediately']);
  });
});
