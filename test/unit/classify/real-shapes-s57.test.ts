/**
 * Session 57: shapes from the blind sets. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { brief, run } from './brief.js';

describe('an embassy\'s operations suspended, told as a noun', () => {
  it('GIVEN "… prompting the suspension of embassy operations" after the embassy is named THEN the issuer\'s embassy is suspended', () => {
    expect(run('The State Department evacuated its staff from the U.S. Embassy in Harare, Zimbabwe. Heavy fighting in the capital prompted the suspension of embassy operations.')).toEqual(['ZW/US/-/embassy_suspended,evacuation']);
  });

  it('GIVEN "Britain halted embassy operations in X" THEN suspended', () => {
    expect(run('Britain halted embassy operations in Zimbabwe on Monday.')).toEqual(['ZW/GB/-/embassy_suspended']);
  });

  it('GIVEN "… has not halted embassy operations" THEN nothing (guard)', () => {
    expect(run('Britain has not halted embassy operations in Zimbabwe.')).toEqual([]);
  });
});

describe('advice of an earlier statement is superseded', () => {
  it('GIVEN "In an earlier statement, citizens were told to shelter in place" THEN no shelter now', () => {
    expect(run('The State Department said on Sunday it had evacuated all U.S. personnel from Zimbabwe. In an earlier statement, U.S. citizens in Zimbabwe were told to shelter in place.')).toEqual(['ZW/US/-/evacuation']);
  });

  it('GIVEN "Dans un précédent communiqué, l\'ambassade appelait à rester chez soi" THEN no shelter now', () => {
    expect(run("Dans un précédent communiqué, l'ambassade de France au Zimbabwe demandait aux Français de rester chez eux.")).toEqual([]);
  });

  it('GIVEN the same call without the earlier statement THEN shelter (guard)', () => {
    expect(run('U.S. citizens in Zimbabwe were told by the U.S. Embassy to shelter in place.')).toEqual(['ZW/US/-/shelter_in_place']);
  });
});

describe('non-essential staff a government evacuated', () => {
  it('GIVEN "the US and the UK have evacuated their non-essential staff" THEN both an ordered departure and an evacuation, for each', () => {
    expect(run('Fighting spread in Guinea, and the US and the UK have evacuated their non-essential staff and families.')).toEqual(['GN/GB/-/evacuation,ordered_departure', 'GN/US/-/evacuation,ordered_departure']);
  });

  it('GIVEN "Washington ordered the departure of non-emergency staff" THEN the ordered departure alone (guard)', () => {
    expect(run('Washington ordered the departure of non-emergency staff from its embassy in Guinea.')).toEqual(['GN/US/-/ordered_departure']);
  });
});

describe('a government\'s own advice page with no level is still its advice about the country', () => {
  const page = (text: string, issuer: string | null = 'GB', country: string | null = 'ZW') => brief(classify({ text, format: 'text', issuer, country } as never));
  const FCDO_PAGE = [
    'Following recent political events, gatherings continue to take place in the capital. You should continue to exercise caution and avoid large gatherings.',
    'There is a moderate level of crime. Remain vigilant, especially after dark.',
    'Although there is no recent history of terrorism, attacks cannot be ruled out.',
  ].join('\n\n');

  it('GIVEN an official page (issuer and country from its source) that covers several subjects and states no level THEN a finding with no level', () => {
    const out = classify({ text: FCDO_PAGE, format: 'text', issuer: 'GB', country: 'ZW' } as never);
    expect(brief(out)).toEqual(['ZW/GB/-/']);
    expect(out[0]!.evidence).toContain('exercise caution');
  });

  it('GIVEN a German-language page of the Swiss ministry THEN Switzerland\'s finding', () => {
    const text = 'Der persönlichen Sicherheit ist grosse Aufmerksamkeit zu schenken. Die Kriminalitätsrate ist sehr hoch.\n\nBesonders in der Hauptstadt kommt es immer wieder zu Demonstrationen und Unruhen.';
    expect(page(text, 'CH', 'PG')).toEqual(['PG/CH/-/']);
  });

  it('GIVEN the same text as news (no source) THEN nothing (guard)', () => {
    expect(page(FCDO_PAGE, null, null)).toEqual([]);
  });

  it('GIVEN a security alert of the embassy THEN nothing (guard: a routine alert is no advice)', () => {
    expect(page('Security Alert – U.S. Embassy Harare\n\nEvent: Demonstrations are planned downtown on Friday. Crime rises around large gatherings.\n\nActions to Take: Avoid the area. Monitor local media.', 'US', 'ZW')).toEqual([]);
  });

  it('GIVEN a notice on one subject (a typhoon) THEN nothing (guard)', () => {
    expect(page('A typhoon is expected to reach the coast on Sunday. You should follow the instructions of the local authorities and monitor the weather service.', 'IT', 'VN')).toEqual([]);
  });

  it('GIVEN a page that states a level THEN that finding alone, no second one (guard)', () => {
    expect(page(`The FCDO advises against all but essential travel to Zimbabwe.\n\n${FCDO_PAGE}`)).toEqual(['ZW/GB/3/']);
  });
});

describe('unnamed governments named by a list after their act', () => {
  it('GIVEN "a growing list of countries suspending embassy operations in X, including A, B and C" THEN each of them', () => {
    expect(run('Canada joins a growing list of countries suspending embassy operations in Tehran, including Bulgaria, Portugal and Switzerland.')).toEqual([
      'IR/BG/-/embassy_suspended', 'IR/CH/-/embassy_suspended', 'IR/PT/-/embassy_suspended',
    ]);
  });

  it('GIVEN "Several countries have suspended embassy operations in X, including A and B" THEN A and B, not unnamed governments', () => {
    expect(run('Several countries have suspended embassy operations in Tehran, including Bulgaria and Portugal.')).toEqual(['IR/BG/-/embassy_suspended', 'IR/PT/-/embassy_suspended']);
  });

  it('GIVEN "Other countries closing their embassies in X include A and B" THEN A and B', () => {
    expect(run('Other countries closing their embassies in Tehran include Bulgaria and Portugal.')).toEqual(['IR/BG/-/embassy_suspended', 'IR/PT/-/embassy_suspended']);
  });

  it('GIVEN "Several countries have urged their citizens to leave X, including A" THEN A\'s call', () => {
    expect(run('Several countries have urged their citizens to leave Iran, including Germany.')).toEqual(['IR/DE/-/leave_immediately']);
  });

  it('GIVEN the list names places of the act ("in the region, including Mali and Niger") THEN no government is named (guard)', () => {
    expect(run('Several countries have urged their citizens to leave the region, including Mali and Niger.').some((f) => /\/(?:ML|NE)\//.test(f))).toBe(false);
  });
});

describe('calls to shelter in more words', () => {
  it('GIVEN "advising Britons in X to remain safely at home" THEN shelter', () => {
    expect(run('The Foreign Office advised Britons in Harare to remain safely at home until the situation becomes clearer.')).toEqual(['ZW/GB/-/shelter_in_place']);
  });

  it('GIVEN "urged to exercise care and remain where they are" THEN shelter', () => {
    expect(run('New Zealanders in Tonga are also urged to exercise care and remain where they are, a spokesperson for the New Zealand foreign ministry said.')).toEqual(['TO/NZ/-/shelter_in_place']);
  });

  it('GIVEN "wird empfohlen, vorerst in ihren Häusern oder Hotels zu bleiben" THEN shelter', () => {
    expect(run('Das Auswärtige Amt teilte mit: Deutschen in Kamerun wird empfohlen, vorerst in ihren Häusern oder Hotels zu bleiben.')).toEqual(['CM/DE/-/shelter_in_place']);
  });

  it('GIVEN "remain safely at home" told as years ago THEN nothing now (guard)', () => {
    expect(run('Years ago, the Foreign Office advised Britons in Harare to remain safely at home.')).toEqual([]);
  });
});

describe('levels in more words', () => {
  it('GIVEN "encouraging Americans to reconsider plans to travel there" THEN level 3', () => {
    expect(run('The State Department is encouraging Americans to reconsider plans to travel to Nicaragua.')).toEqual(['NI/US/3/']);
  });

  it('GIVEN Italian "esercitare un alto grado di cautela" (Canada\'s step 2) THEN level 2', () => {
    expect(run('Il Canada ha invitato i suoi cittadini a esercitare un alto grado di cautela a Cuba.')).toEqual(['CU/CA/2/']);
  });

  it('GIVEN "sono sconsigliati viaggi nel Paese, se non per ragioni inderogabili" THEN level 3, not the vague advice', () => {
    expect(run('La Farnesina comunica che sono sconsigliati viaggi in Madagascar, se non per ragioni inderogabili.')).toEqual(['MG/IT/3/']);
  });

  it('GIVEN "sconsigliati i viaggi in X" without the proviso THEN no level (guard)', () => {
    expect(run('La Farnesina comunica che sono sconsigliati i viaggi in Madagascar.')).toEqual(['MG/IT/-/']);
  });

  it('GIVEN a level "on the island" in a document about an island state THEN that country\'s level', () => {
    expect(run('Cuba: Canada urges travellers to exercise a high degree of caution on the island.')).toEqual(['CU/CA/2/']);
  });

  it('GIVEN "on the island of Mindanao" THEN no country-wide level (guard)', () => {
    expect(run('Philippines: Canada urges travellers to exercise a high degree of caution on the island of Mindanao.')).toEqual(['PH/CA/-/']);
  });
});

describe('a window cut inside a word', () => {
  it('GIVEN "Il governo italiano ha invitato i propri cittadini a lasciare X" THEN a call to leave (the "no" of "italiano" is no negation)', () => {
    expect(run('Il governo italiano ha invitato i propri cittadini a lasciare il Libano.')).toEqual(['LB/IT/-/leave_immediately']);
  });

  it('GIVEN "Il governo italiano non ha invitato …" THEN nothing (guard: a real negation)', () => {
    expect(run('Il governo italiano non ha invitato i propri cittadini a lasciare il Libano.')).toEqual([]);
  });
});

describe('conditions in French, Italian and German', () => {
  it('GIVEN "En cas de riposte … et si les sirènes sont activées, il est recommandé … de se mettre à l\'abri" THEN no shelter now', () => {
    expect(run("En cas de riposte et si les sirènes d'alerte sont activées, il est recommandé aux Français en Iran de se mettre à l'abri dans un lieu fermé.")).toEqual([]);
  });

  it('GIVEN "In caso di attacco, gli italiani … devono restare in casa" THEN no shelter now', () => {
    expect(run("In caso di attacco, la Farnesina raccomanda agli italiani in Iran di restare in casa.")).toEqual([]);
  });

  it('GIVEN "Si raccomanda agli italiani in X di restare in casa" THEN shelter (guard: the reflexive "si" is no "if")', () => {
    expect(run("La Farnesina: si raccomanda agli italiani in Iran di restare in casa.")).toEqual(['IR/IT/-/shelter_in_place']);
  });

  it('GIVEN "Si vous vous trouvez au Niger, vous devriez quitter le pays sans délai" THEN the call to leave (guard: the condition names who is told)', () => {
    expect(run('Le Canada recommande : si vous vous trouvez au Niger, vous devriez quitter le pays sans délai.')).toEqual(['NE/CA/-/leave_immediately']);
  });
});

describe('the Peace Corps is a U.S. agency', () => {
  it('GIVEN "Peace Corps has temporarily evacuated its volunteers from X" THEN the United States\' evacuation', () => {
    expect(run('Peace Corps has temporarily evacuated its volunteers from Guatemala.')).toEqual(['GT/US/-/evacuation']);
  });

  it('GIVEN an aid group that evacuated its volunteers THEN nothing (guard)', () => {
    expect(run('The Red Cross evacuated its volunteers from Guatemala.')).toEqual([]);
  });
});

describe('a call to people in many countries at once', () => {
  it('GIVEN "urged Americans in over a dozen countries in the Middle East to leave …, amid the conflict in X" THEN no country\'s call', () => {
    expect(run('Secretary of State Marco Rubio urged Americans in over a dozen countries in the Middle East to leave as soon as possible amid the conflict in Iran.')).toEqual([]);
  });

  it('GIVEN "urged Americans in over a dozen countries to leave X and Y" THEN X and Y (guard: the object names them)', () => {
    expect(run('The State Department urged Americans in over a dozen countries to leave Iran and Iraq.')).toEqual(['IQ/US/-/leave_immediately', 'IR/US/-/leave_immediately']);
  });
});

describe('evacuation procedures and plans in French and Italian', () => {
  it('GIVEN "sono state aggiornate le procedure di evacuazione dei connazionali" THEN no evacuation', () => {
    expect(run("L'ambasciata d'Italia in Iran ha comunicato che sono state aggiornate le procedure di evacuazione dei connazionali.")).toEqual([]);
  });

  it('GIVEN "les plans d\'évacuation des ressortissants ont été mis à jour" THEN no evacuation', () => {
    expect(run("L'ambassade de France en Iran indique que les plans d'évacuation des ressortissants ont été mis à jour.")).toEqual([]);
  });

  it('GIVEN "la Farnesina ha organizzato l\'evacuazione dei connazionali dall\'Iran" THEN the evacuation (guard)', () => {
    expect(run("La Farnesina ha organizzato l'evacuazione dei connazionali dall'Iran.")).toEqual(['IR/IT/-/evacuation']);
  });
});

describe('non-emergency staff asked to leave are no call on citizens', () => {
  it('GIVEN "an earlier alert asking only non-emergency employees and their families to leave X" THEN no call to leave', () => {
    expect(run('It came two days after an earlier alert by the U.S. Embassy asking only non-emergency employees and their families to leave Abuja, Nigeria.')).toEqual([]);
  });

  it('GIVEN "urged U.S. citizens and non-emergency staff to leave X immediately" THEN the call to leave (guard: citizens are told too)', () => {
    expect(run('The U.S. Embassy urged U.S. citizens and non-emergency staff to leave Nigeria immediately.')).toEqual(['NG/US/-/leave_immediately']);
  });
});

describe('ordered departures in more words', () => {
  it('GIVEN a headline "US Orders Diplomats to Leave Embassy in X" THEN an ordered departure', () => {
    expect(run('US Orders Diplomats to Leave Embassy in Belarus Amid Unrest')).toEqual(['BY/US/-/ordered_departure']);
  });

  it('GIVEN "family members were directly ordered to leave X" THEN an ordered departure', () => {
    expect(run('Family members of U.S. diplomats were directly ordered to leave Georgia, the U.S. Embassy said.')).toEqual(['GE/US/-/ordered_departure']);
  });

  it('GIVEN "has directed its non-essential U.S. citizen employees to depart X" THEN an ordered departure', () => {
    expect(run('The U.S. Mission has directed its non-essential U.S. citizen employees to depart Tbilisi, Georgia, until further notice.')).toEqual(['GE/US/-/ordered_departure']);
  });

  it('GIVEN German "Alle nicht unbedingt notwendigen Beschäftigten … haben den Befehl bekommen auszureisen" THEN an ordered departure ("nicht notwendigen" is no negation)', () => {
    expect(run('Alle nicht unbedingt notwendigen Beschäftigten der US-Botschaft in Tiflis haben den Befehl bekommen auszureisen.')).toEqual(['GE/US/-/ordered_departure']);
  });

  it('GIVEN "hat nicht angeordnet, dass Botschaftsmitarbeiter ausreisen müssen" THEN nothing (guard: a real negation)', () => {
    expect(run('Die Bundesregierung hat nicht angeordnet, dass Botschaftsmitarbeiter Georgien verlassen müssen.')).toEqual([]);
  });

  it('GIVEN the departure\'s cause names an armed actor ("due to reports of a Russian military build-up on the border with X") THEN the country of the embassy', () => {
    expect(run('The US embassy in Kyiv is cutting staff. All non-essential US employees were ordered to leave due to continued reports of a Russian military build-up on the border with Ukraine.')).toEqual(['UA/US/-/ordered_departure']);
  });
});

describe('authorized departures in the plural', () => {
  it('GIVEN "authorized voluntary departures of U.S. government employees" THEN an authorized departure', () => {
    expect(run('The State Department authorized voluntary departures of U.S. government employees in Minsk, Belarus.')).toEqual(['BY/US/-/authorized_departure']);
  });
});

describe('local holidays', () => {
  it('GIVEN "the Embassy will be closed for Thingyan" THEN no suspension (a holiday)', () => {
    expect(run('While the U.S. Embassy in Rangoon, Burma, will be closed for Thingyan from April 12-18, emergency consular services will continue.')).toEqual([]);
  });
});

describe('an evacuation still to be decided', () => {
  it('GIVEN media reports of a flight out and the ministry\'s "a final decision is still pending" THEN no evacuation', () => {
    expect(run('Mehrere Medien berichten, dass die Luftwaffe am Mittwoch nach China fliegen soll, um rund 90 deutsche Staatsbürger aus Wuhan auszufliegen. Wie das Auswärtige Amt mitteilte, steht eine endgültige Entscheidung noch aus.')).toEqual([]);
  });

  it('GIVEN "die Bundesregierung ist zu einer Rückholung … grundsätzlich bereit" THEN no evacuation (a readiness)', () => {
    expect(run('Das Auswärtige Amt teilte mit, dass die Bundesregierung zu einer Rückholung deutscher Staatsangehöriger aus Wuhan in China grundsätzlich bereit ist.')).toEqual([]);
  });

  it('GIVEN "Die Luftwaffe hat 90 deutsche Staatsbürger aus Wuhan ausgeflogen" THEN the evacuation (guard)', () => {
    expect(run('Die Luftwaffe hat 90 deutsche Staatsbürger aus Wuhan in China ausgeflogen.')).toEqual(['CN/DE/-/evacuation']);
  });
});

describe('German calls and lists', () => {
  it('GIVEN "Die USA riefen ihre Staatsbürger dazu auf, aus der Ukraine auszureisen" (plural "riefen") THEN a call to leave', () => {
    expect(run('Die USA riefen ihre Staatsbürger dazu auf, aus der Ukraine auszureisen.')).toEqual(['UA/US/-/leave_immediately']);
  });

  it('GIVEN "hatte sich den USA, Japan und den Niederlanden angeschlossen, die ihre Staatsbürger dazu aufriefen, …" THEN the three governments of the relative clause', () => {
    expect(run('Kanada hatte sich zuvor den USA, Japan und den Niederlanden angeschlossen, die ihre Staatsbürger dazu aufriefen, aus der Ukraine auszureisen.')).toEqual([
      'UA/JP/-/leave_immediately', 'UA/NL/-/leave_immediately', 'UA/US/-/leave_immediately',
    ]);
  });

  it('GIVEN "rät das Auswärtige Amt von allen Reisen in die Demokratische Volksrepublik Korea ab" THEN level 4 (advice against all travel)', () => {
    expect(run('Daher rät das Auswärtige Amt bis auf Weiteres von allen Reisen in die Demokratische Volksrepublik Korea ab.')).toEqual(['KP/DE/4/']);
  });

  it('GIVEN "rät von Reisen nach X ab" (not all travel) THEN no level (guard)', () => {
    expect(run('Das Auswärtige Amt rät von Reisen nach Nordkorea ab.')).toEqual(['KP/DE/-/']);
  });
});

describe('advice only similar to a level', () => {
  it('GIVEN a level, then "Other countries such as A, B and C have issued similar warnings" THEN A, B and C advise with no level', () => {
    expect(run('The United States has issued a travel advisory for Hong Kong, urging visitors to exercise increased caution. Other countries such as the UK, Ireland and Japan have issued similar warnings.')).toEqual([
      'HK/GB/-/', 'HK/IE/-/', 'HK/JP/-/', 'HK/US/2/',
    ]);
  });

  it('GIVEN "… the same advice" THEN the level itself (guard)', () => {
    expect(run('The United States has issued a travel advisory for Hong Kong, urging visitors to exercise increased caution. Japan issued the same advice.')).toEqual(['HK/JP/2/', 'HK/US/2/']);
  });
});

describe('nationals escorted to the airport', () => {
  it('GIVEN "Les ressortissants français ont été escortés par l\'armée française jusqu\'à l\'aéroport de Bangui" THEN an evacuation (a convoy out)', () => {
    expect(run("Les ressortissants français ont été escortés par l'armée française jusqu'à l'aéroport de Bangui, en Centrafrique.")).toEqual(['CF/FR/-/evacuation']);
  });

  it('GIVEN "U.S. citizens were escorted by Marines to the airport in Kabul" THEN an evacuation', () => {
    expect(run('U.S. citizens were escorted by U.S. Marines to the airport in Kabul, Afghanistan.')).toEqual(['AF/US/-/evacuation']);
  });

  it('GIVEN "The police escorted protesters to the airport" THEN nothing (guard: no government moving its people)', () => {
    expect(run('The police escorted protesters to the airport in Bangui, Central African Republic.')).toEqual([]);
  });
});

describe('nationals escorted to the airport, in Italian and German', () => {
  it('GIVEN "Gli italiani sono stati scortati dai militari italiani all\'aeroporto di Juba" THEN an evacuation', () => {
    expect(run("Gli italiani sono stati scortati dai militari italiani all'aeroporto di Juba, in Sud Sudan.")).toEqual(['SS/IT/-/evacuation']);
  });

  it('GIVEN "Die deutschen Staatsbürger wurden von der Bundeswehr zum Flughafen … eskortiert" THEN an evacuation', () => {
    expect(run('Die deutschen Staatsbürger wurden von der Bundeswehr zum Flughafen von Juba im Südsudan eskortiert.')).toEqual(['SS/DE/-/evacuation']);
  });
});
