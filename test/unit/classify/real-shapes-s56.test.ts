/**
 * Session 56: shapes from the blind sets. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { brief, run } from './brief.js';

describe('unnamed governments in French, German and Italian', () => {
  it('GIVEN "Diversi Paesi hanno invitato i propri cittadini a lasciare X" THEN a call to leave with no issuer', () => {
    expect(run('Diversi Paesi hanno invitato i propri cittadini a lasciare il Libano.')).toEqual(['LB/-/-/leave_immediately']);
  });

  it('GIVEN "Plusieurs pays ont appelé leurs ressortissants à quitter X" THEN a call to leave with no issuer', () => {
    expect(run('Plusieurs pays ont appelé leurs ressortissants à quitter le Liban.')).toEqual(['LB/-/-/leave_immediately']);
  });

  it('GIVEN "Mehrere Staaten haben ihre Bürger aufgerufen, X zu verlassen" THEN a call to leave with no issuer', () => {
    expect(run('Mehrere Staaten haben ihre Bürger aufgerufen, den Libanon zu verlassen.')).toEqual(['LB/-/-/leave_immediately']);
  });

  it('GIVEN "Plusieurs pays, dont la France, ont appelé …" THEN the government the list names (guard)', () => {
    expect(run('Plusieurs pays, dont la France, ont appelé leurs ressortissants à quitter le Liban.')).toEqual(['LB/FR/-/leave_immediately']);
  });

  it('GIVEN "L\'Italia, come molti altri Paesi, ha invitato …" THEN Italy', () => {
    expect(run("L'Italia, come molti altri Paesi, ha invitato i propri cittadini a lasciare il Libano.")).toEqual(['LB/IT/-/leave_immediately']);
  });

  it('GIVEN "Deutschland hat wie viele andere Staaten seine Bürger aufgerufen …" THEN Germany, not the governments compared', () => {
    expect(run('Deutschland hat wie viele andere Staaten seine Bürger aufgerufen, den Libanon zu verlassen.')).toEqual(['LB/DE/-/leave_immediately']);
  });
});

describe('the unnamed governments of the sentence before, named right after', () => {
  it('GIVEN "Diversi Paesi hanno invitato … a lasciare X. Tra questi c\'è anche l\'Italia." THEN Italy\'s call', () => {
    expect(run("Diversi Paesi hanno invitato i propri cittadini a lasciare il Libano. Tra questi c'è anche l'Italia.")).toEqual(['LB/IT/-/leave_immediately']);
  });

  it('GIVEN "Several countries have urged … to leave X. Among them are Italy, Spain and Greece." THEN each of them', () => {
    expect(run('Several countries have urged their citizens to leave Lebanon immediately. Among them are Italy, Spain and Greece.')).toEqual([
      'LB/ES/-/leave_immediately',
      'LB/GR/-/leave_immediately',
      'LB/IT/-/leave_immediately',
    ]);
  });

  it('GIVEN "… Parmi eux, la France." THEN France\'s call', () => {
    expect(run('Plusieurs pays ont appelé leurs ressortissants à quitter le Liban. Parmi eux, la France.')).toEqual(['LB/FR/-/leave_immediately']);
  });

  it('GIVEN "… Among them are neighbours of Syria." THEN no government named: the call stays unattributed (guard)', () => {
    expect(run('Several countries have urged their citizens to leave Lebanon immediately. Among them are neighbours of Syria.')).toEqual([
      'LB/-/-/leave_immediately',
    ]);
  });
});

describe('a level named by the list it makes, then the countries on it', () => {
  it('GIVEN "Others on the Level 4 list include A, B and C" THEN each country level 4', () => {
    expect(run('The State Department has raised Niger to Level 4. Others on the Level 4 list include Libya, Mali and Somalia.')).toEqual([
      'LY/US/4/',
      'ML/US/4/',
      'NE/US/4/level_raised',
      'SO/US/4/',
    ]);
  });

  it('GIVEN "Zu den aktuellen Reisewarnungen gehören: A, B und C" THEN each country level 4', () => {
    expect(run('Das Auswärtige Amt hat seine Hinweise aktualisiert. Zu den aktuellen Reisewarnungen gehören: Afghanistan, Haiti und Mali.')).toEqual([
      'AF/DE/4/',
      'HT/DE/4/',
      'ML/DE/4/',
    ]);
  });

  it('GIVEN "Reisewarnungen gelten auch für mehrere afrikanische Länder sowie für A und B" THEN the named countries level 4', () => {
    expect(run('Das Auswärtige Amt warnt vor Reisen. Reisewarnungen gelten auch für mehrere afrikanische Länder sowie für Afghanistan und Haiti.')).toEqual([
      'AF/DE/4/',
      'HT/DE/4/',
    ]);
  });

  it('GIVEN "Das Auswärtige Amt spricht relativ selten Reisewarnungen aus" THEN no level (guard)', () => {
    expect(run('Das Auswärtige Amt spricht relativ selten Reisewarnungen für Länder wie Mali aus.')).toEqual([]);
  });
});

describe('embassy closures and evacuations that are not what they seem', () => {
  it('GIVEN a closure "due to the local holiday for election day" THEN no suspension', () => {
    expect(run('Due to the local holiday for election day, the U.S. Embassy in Algiers will be closed to the public on December 12.')).toEqual([]);
  });

  it('GIVEN "The Peruvian Ministry of Defense informed the U.S. Embassy that they intended to organise humanitarian flights" THEN no US evacuation', () => {
    expect(
      run('Hundreds of tourists are stranded at Machu Picchu in Peru. The Peruvian Ministry of Defense informed the U.S. Embassy that they intended to organise humanitarian flights for stranded tourists.'),
    ).toEqual([]);
  });

  it('GIVEN "Tour operators are now arranging additional flights" THEN no government evacuation', () => {
    expect(
      run('The Foreign Office advised British tourists in Tunisia to leave immediately. Tour operators are now arranging additional flights and will be organising departures for their customers.'),
    ).toEqual(['TN/GB/-/leave_immediately']);
  });

  it('GIVEN "considerata la sospensione dell\'attività del Consolato Generale" THEN the post suspended', () => {
    expect(run("La Farnesina sconsiglia i viaggi a Bengasi, considerata la sospensione dell'attività del Consolato Generale d'Italia.")).toEqual([
      'LY/IT/-/embassy_suspended',
    ]);
  });

  it('GIVEN "La Farnesina ha deciso la chiusura dell\'ambasciata a Tripoli" THEN the embassy suspended', () => {
    expect(run("La Farnesina ha deciso la chiusura dell'ambasciata a Tripoli.")).toEqual(['LY/IT/-/embassy_suspended']);
  });

  it('GIVEN "Il ministro ha escluso la chiusura dell\'ambasciata" or "a exclu la fermeture de l\'ambassade" THEN nothing (a closure ruled out)', () => {
    expect(run("Il ministro degli Esteri italiano ha escluso la chiusura dell'ambasciata a Tripoli.")).toEqual([]);
    expect(run("Le ministre français a exclu la fermeture de l'ambassade à Tripoli.")).toEqual([]);
  });

  it('GIVEN "France has ended evacuation efforts …, while the US and the UK have evacuated their nonessential staff" THEN the country is the topic, not France', () => {
    expect(
      run('Protests continue in Niger. France has ended evacuation efforts of French nationals, while the US and the UK have evacuated their nonessential staff and families.'),
    ).toEqual(['NE/FR/-/evacuation', 'NE/GB/-/evacuation,ordered_departure', 'NE/US/-/evacuation,ordered_departure']);
  });
});

describe('calls to leave: a conditional inversion, and quoted words', () => {
  it('GIVEN "responsible for making their own travel arrangements should they decide to depart" THEN no call to leave', () => {
    expect(run('U.S. citizens in Chad are responsible for making their own travel arrangements should they decide to depart.')).toEqual([]);
  });

  it('GIVEN "making an \\"urgent call\\" for its citizens in the country to leave" THEN a call to leave', () => {
    expect(run('The Dutch government updated its travel advice for Libya, making an "urgent call" for its estimated 70 citizens in the country to leave by their own means.')).toEqual([
      'LY/NL/-/leave_immediately',
    ]);
  });
});

describe('a level for a neighbouring country', () => {
  it('GIVEN "The U.S. has also reaffirmed a parallel \\"Do Not Travel\\" advisory for neighboring Mali" THEN Mali level 4 from the US', () => {
    expect(run('The U.S. has also reaffirmed a parallel "Do Not Travel" advisory for neighboring Mali.')).toEqual(['ML/US/4/']);
  });

  it('GIVEN refugees fled "to neighbouring Mali" THEN Mali stays a neighbour (guard)', () => {
    expect(run('Refugees fled to neighbouring Mali, the U.S. said, reaffirming its Do Not Travel advisory for Niger.')).toEqual(['NE/US/4/']);
  });
});

describe('staff drawn down, in English and German', () => {
  it('GIVEN "the State Department has requested all non-emergency U.S. government employees to leave X" THEN ordered departure', () => {
    expect(run('The U.S. Embassy is remaining open; however, the State Department has requested all non-emergency U.S. government employees to leave Venezuela.')).toEqual([
      'VE/US/-/ordered_departure',
    ]);
  });

  it('GIVEN "ordered some U.S. government workers to leave X and said U.S. citizens should consider leaving" THEN ordered departure only', () => {
    expect(run('The U.S. State Department on Thursday ordered some U.S. government workers to leave Venezuela and said U.S. citizens should consider leaving the country.')).toEqual([
      'VE/US/-/ordered_departure',
    ]);
  });

  it('GIVEN "zieht … rund 60 Prozent ihres Personals von der Insel ab" THEN ordered departure', () => {
    expect(run('Nach Attacken auf US-Diplomaten in Kuba zieht die Regierung in Washington rund 60 Prozent ihres Personals von der Insel ab.')).toEqual([
      'CU/US/-/ordered_departure',
    ]);
  });

  it('GIVEN "die US-Botschaft in Havanna hat bis auf weiteres nur eine Notbesetzung" THEN ordered departure', () => {
    expect(run('Die US-Botschaft in Havanna hat bis auf weiteres nur eine Notbesetzung.')).toEqual(['CU/US/-/ordered_departure']);
  });

  it('GIVEN a bare "das Außenministerium" in a text that never names Austria THEN the government the text is about, not Austria', () => {
    expect(
      run('Die US-Regierung zieht Konsequenzen aus den Attacken auf ihre Diplomaten in Kuba.\n\nNur noch Notfallpersonal\n\nNun ordnete das Außenministerium an, dass nur noch Notfallpersonal in der Botschaft in Havanna bleiben solle.'),
    ).toEqual(['CU/US/-/ordered_departure']);
  });

  it('GIVEN "sollten zudem erwägen, X … zu verlassen" THEN no call to leave (a hedge)', () => {
    expect(run('Das Auswärtige Amt hat die Sicherheitshinweise für Venezuela verschärft. Deutsche Staatsangehörige sollten zudem erwägen, Venezuela zu verlassen.')).toEqual([
      'VE/DE/-/level_raised',
    ]);
  });
});

describe('levels told in words, dates inside German advice, advice to put travel off', () => {
  it('GIVEN "elevated its travel advisory from level one to level two for Americans traveling to A and B" THEN each level 2, raised', () => {
    expect(run('The U.S. State Department has elevated its travel advisory from level one to level two for Americans traveling to Cambodia and Thailand amid border tensions.')).toEqual([
      'KH/US/2/level_raised',
      'TH/US/2/level_raised',
    ]);
  });

  it('GIVEN a "level four warning, advising Americans to avoid all but essential travel within 30 miles of the border" THEN no country level 4', () => {
    expect(
      run('The State Department raised its travel advisory for Cambodia to Level 2. It has issued its most severe level four warning, advising Americans to avoid all but essential travel within 30 miles of the Thai-Cambodian border.'),
    ).toEqual(['KH/US/2/level_raised']);
  });

  it('GIVEN "riet am 30. Mai 2003 erneut von Reisen in X ab" THEN advice with no level', () => {
    expect(run('Das Auswärtige Amt riet am 30. Mai 2003 erneut von Reisen in Pakistan ab.')).toEqual(['PK/DE/-/']);
  });

  it('GIVEN "il est fortement recommandé de surseoir à tout déplacement au X" THEN advice with no level', () => {
    expect(run("Le Quai d'Orsay indique qu'il est fortement recommandé de surseoir à tout déplacement au Pakistan jusqu'à nouvel ordre.")).toEqual(['PK/FR/-/']);
  });

  it('GIVEN "from Level 3 to Level 4" of another government\'s "Danger Level" THEN still no table level (guard)', () => {
    expect(run("Japan's foreign ministry raised the Danger Level for the whole of Laos from Level 3 to Level 4.")).not.toContainEqual('LA/JP/4/level_raised');
  });
});

describe('governments that respond by flying people out, and a recommendation to leave by its gerund', () => {
  it('GIVEN "Germany and other European countries such as Poland and Slovakia have responded by flying their nationals out of X" THEN each evacuates', () => {
    expect(run('Germany and other European countries such as Poland and Slovakia have responded by flying their nationals out of Israel via Jordan.')).toEqual([
      'IL/DE/-/evacuation',
      'IL/PL/-/evacuation',
      'IL/SK/-/evacuation',
    ]);
  });

  it('GIVEN "Swiss authorities also recommend leaving X" THEN a call to leave', () => {
    expect(run('Swiss authorities also recommend leaving Lebanon.')).toEqual(['LB/CH/-/leave_immediately']);
  });

  it('GIVEN "Officials recommend leaving the area" THEN no call to leave a country (guard)', () => {
    expect(run('In Lebanon, officials recommend leaving the area during the storm.')).toEqual([]);
  });

  it('GIVEN "warned against tourist and non-urgent travel to X" THEN level 3', () => {
    expect(run('The Swiss foreign ministry warned against tourist and non-urgent travel to Israel.')).toEqual(['IL/CH/3/']);
  });
});

describe('calls lifted and desks closed', () => {
  it('GIVEN "Die bislang geltende Ausreiseaufforderung wurde jedoch aufgehoben" THEN no call to leave', () => {
    expect(run('Das Auswärtige Amt hat seine Reise- und Sicherheitshinweise für die Ukraine aktualisiert. Die bislang geltende Ausreiseaufforderung wurde jedoch aufgehoben.')).not.toContainEqual(
      expect.stringContaining('leave_immediately'),
    );
  });

  it('GIVEN "The embassy has also closed the contact desk that was opened to register names for evacuation" THEN no suspension', () => {
    expect(run('The Indian Embassy in Tehran has also closed the contact desk that was opened to register new names for evacuation.')).toEqual([]);
  });
});

describe('French compound tenses and "maintenir" name the government that acts', () => {
  it('GIVEN "La France a déconseillé tout voyage au X" THEN France\'s level 4', () => {
    expect(run('La France a déconseillé tout voyage au Venezuela.')).toEqual(['VE/FR/4/']);
  });

  it('GIVEN "Le Royaume-Uni a également déconseillé tout voyage" after a sentence about X THEN Britain\'s level 4 for X, not a finding for Britain', () => {
    expect(run("La crise au Venezuela s'aggrave. Le Royaume-Uni a également déconseillé tout voyage, évoquant les risques de fermeture des frontières.")).toEqual([
      'VE/GB/4/',
    ]);
  });

  it('GIVEN "Les États-Unis maintiennent leur alerte de voyage de niveau 4, déconseillant tout déplacement au X" THEN the US level 4 for X', () => {
    expect(run('Les États-Unis maintiennent leur alerte de voyage de niveau 4, déconseillant tout déplacement au Venezuela.')).toEqual(['VE/US/4/']);
  });
});

describe('the subject classed at a level', () => {
  it('GIVEN "Sinaloa has been classified as Level 4: Do not travel" THEN a state\'s advice, no country level', () => {
    expect(run("Violence rose in Mexico. Sinaloa has been classified as Level 4: Do not travel, the highest on the State Department's warning scale.")).toEqual([
      'MX/US/-/',
    ]);
  });

  it('GIVEN "X continues to remain under the highest US travel advisory category: Level 4" THEN the US level 4 for X', () => {
    expect(run("Venezuela continues to remain under the highest US travel advisory category: Level 4, which means 'Do Not Travel'.")).toEqual(['VE/US/4/']);
  });
});

describe('who carries flights out, where to shelter, what escalates, and a warning named again', () => {
  it('GIVEN an FCDO page saying "Australia and New Zealand are carrying out assisted departure flights from X" THEN their evacuations, not Britain\'s', () => {
    expect(brief(classify({ text: 'Australia and New Zealand are carrying out assisted departure flights from New Caledonia. We are in direct contact with British nationals about options to join these.', format: 'text', issuer: 'GB' }))).toEqual([
      'NC/AU/-/evacuation',
      'NC/NZ/-/evacuation',
    ]);
  });

  it('GIVEN "France\'s High Commission … said on Tuesday the airport remains closed" THEN no suspension', () => {
    expect(run("France's High Commission in New Caledonia said on Tuesday the airport remains closed for commercial flights.")).toEqual([]);
  });

  it('GIVEN "advised to shelter in their current places of residence" THEN shelter in place', () => {
    expect(run('The Ministry of External Affairs said Indian citizens presently in Nepal are advised to shelter in their current places of residence.')).toEqual([
      'NP/IN/-/shelter_in_place',
    ]);
  });

  it('GIVEN "In the wake of the escalating situation in X, India has issued a travel advisory" THEN no raise', () => {
    expect(run('In the wake of the escalating situation in neighbouring Nepal, India has issued a travel advisory to its citizens.')).not.toContainEqual(
      expect.stringContaining('level_raised'),
    );
  });

  it('GIVEN "eine Reisewarnung für mehrere Teile der Philippinen" then "Die Reisewarnung ist …" THEN no country level', () => {
    expect(
      run('Berlin (dpa) - Das Auswärtige Amt hat eine Reisewarnung für mehrere Teile der Philippinen ausgegeben. Die Reisewarnung ist noch einmal eine Verschärfung des Sicherheitshinweises.'),
    ).toEqual(['PH/DE/-/']);
  });
});

describe('levels given in other words or with their scale named', () => {
  it('GIVEN "The statement also urges \\"against all travel to X\\"" THEN level 4', () => {
    expect(run('The Foreign Office issued a travel advisory on Sunday. The statement also urges "against all travel to Libya," pointing to fighting in Tripoli.')).toEqual(['LY/GB/4/']);
  });

  it('GIVEN "repeated a warning for all Americans to reconsider traveling to any part of the country" THEN level 3, and "any part of northern X" stays regional', () => {
    expect(run('Nigeria: the State Department repeated a warning for all Americans to reconsider traveling to any part of the country.')).toEqual(['NG/US/3/']);
    expect(run('The State Department urged Americans to reconsider traveling to any part of northern Nigeria.')).toEqual(['NG/US/-/']);
  });

  it('GIVEN "la Farnesina sconsiglia viaggi di qualsiasi titolo verso la destinazione nordafricana" THEN level 4 for the country of the sentence', () => {
    expect(run('A seguito delle manifestazioni in varie città della Libia, la Farnesina sconsiglia viaggi di qualsiasi titolo verso la destinazione nordafricana.')).toEqual([
      'LY/IT/4/',
    ]);
  });

  it('GIVEN "placed X at Level 3 of its travel advisory list" or "classé X au niveau 3 de sa liste d\'avis aux voyageurs" THEN level 3', () => {
    expect(run('The State Department has placed Mauritania at Level 3 of its travel advisory list.')).toEqual(['MR/US/3/']);
    expect(run("Le Département d'État a classé la Mauritanie au niveau 3 de sa liste d'avis aux voyageurs.")).toEqual(['MR/US/3/']);
  });

  it('GIVEN "ordered families to leave due to heightened fears of a terrorist attack" THEN no raise', () => {
    expect(
      run('The State Department ordered the families of U.S. embassy staff in Abuja to leave due to heightened fears of a terrorist attack as it repeated a warning for all Americans to reconsider travel to Nigeria.'),
    ).toEqual(['NG/US/3/ordered_departure']);
  });
});

describe('staying put, charters, and the month of May', () => {
  it('GIVEN an alert "prohibiting embassy workers … from leaving their residences or hotels for the next 72 hours" THEN shelter in place', () => {
    expect(run('The U.S. Embassy in Managua issued an alert prohibiting embassy workers and temporary visitors in Nicaragua from leaving their residences or hotels for the next 72 hours.')).toEqual([
      'NI/US/-/shelter_in_place',
    ]);
  });

  it('GIVEN an alert\'s action "Avoid travel and remain in place." THEN shelter in place', () => {
    expect(brief(classify({ text: 'Security Alert - U.S. Embassy Quito, Ecuador\n\nActions to Take:\n\n• Avoid travel and remain in place.', format: 'text', issuer: 'US', country: 'EC' }))).toEqual([
      'EC/US/-/shelter_in_place',
    ]);
  });

  it('GIVEN "Prices should remain in place for a year" THEN nothing (guard)', () => {
    expect(run('In Ecuador, fuel prices should remain in place for a year.')).toEqual([]);
  });

  it('GIVEN "On 1 and 4 May, the FCO chartered two special flights from Colombia" THEN an evacuation ("May" is a month, no hedge)', () => {
    expect(run('On 1 and 4 May, the FCO chartered two special flights from Colombia to help tourists and short-term visitors return.')).toEqual(['CO/GB/-/evacuation']);
  });

  it('GIVEN "The embassy may evacuate staff" THEN still hedged (guard)', () => {
    expect(run('The British embassy in Bogotá may evacuate staff from Colombia.')).toEqual([]);
  });
});

describe('advice said to cover other places', () => {
  it('GIVEN "… advised against all travel to Israel … This advice covers both Israel and the Occupied Palestinian Territories" THEN both level 4', () => {
    expect(run('The FCDO has advised against all travel to Israel due to the escalating military activity with Iran. This advice covers both Israel and the Occupied Palestinian Territories.')).toEqual([
      'IL/GB/4/',
      'PS/GB/4/',
    ]);
  });

  it('GIVEN "… asking American citizens to \'depart now\' from more than a dozen countries. The advisory applies to A, B and C." THEN each a call to leave', () => {
    expect(
      run("US Secretary of State Marco Rubio issued an urgent advisory asking American citizens to 'depart now' from more than a dozen Middle Eastern countries. The advisory applies to Bahrain, Kuwait and Qatar."),
    ).toEqual(['BH/US/-/leave_immediately', 'KW/US/-/leave_immediately', 'QA/US/-/leave_immediately']);
  });

  it('GIVEN "This advice covers the whole country" after a level THEN nothing new (guard)', () => {
    expect(run('The FCDO advises against all travel to Mali. This advice covers the whole country.')).toEqual(['ML/GB/4/']);
  });
});

describe('hard-wrapped wire copy, and ratings eased for a list', () => {
  it('GIVEN Reuters copy wrapped at 60 characters, a level split over two lines THEN the level is read', () => {
    const text = [
      'WASHINGTON, Sept 14 (Reuters) - The U.S. State Department on',
      'Monday eased a travel advisory for Americans considering travel',
      'to China from "Do Not Travel" to "Reconsider',
      'Travel," citing "improved conditions." The new warning reflects',
      'the "arbitrary enforcement" of local laws, said the department,',
      'which had issued its highest warning in June this year after',
      'the outbreak began, a spokesperson told reporters on Monday.',
    ].join('\n');
    expect(run(text)).toEqual(['CN/US/3/level_lowered']);
  });

  it('GIVEN "including easing ratings on A, B and C to Level 3" THEN each level 3, lowered', () => {
    expect(run('The State Department has revised dozens of travel advisories, including easing ratings on Mongolia, Pakistan and Kuwait to Level 3.')).toEqual([
      'KW/US/3/level_lowered',
      'MN/US/3/level_lowered',
      'PK/US/3/level_lowered',
    ]);
  });

  it('GIVEN a page of short lines (a heading, then a label and its value) THEN the lines stay apart (guard)', () => {
    const text = 'Security Alert\nU.S. Embassy Bamako\nLocation: Mali\nEvent: Demonstrations\nActions to Take\nAvoid crowds.\nMonitor local media.';
    expect(run(text)).toEqual([]);
  });
});

describe('advice for everywhere, a neighbouring step, and more wordings of a level', () => {
  it('GIVEN "urged Americans worldwide to \\"exercise increased caution\\" due to hostilities between Israel and Iran" THEN no level for either', () => {
    expect(run('On Sunday, the State Department urged Americans worldwide to "exercise increased caution" due to heightened hostilities between Israel and Iran.')).toEqual([]);
  });

  it('GIVEN "The advisory is one grade lower than the \\"Do not travel\\" level" THEN the named step is no level', () => {
    expect(run('The US State Department raised the travel advisory level for Turkey to 3. The advisory is one grade lower than the "Do not travel" level.')).toEqual([
      'TR/US/3/level_raised',
    ]);
  });

  it('GIVEN "Das Auswärtige Amt warnt aufgrund … vor nicht notwendigen, touristischen Reisen in X" THEN level 3', () => {
    expect(run('Das Auswärtige Amt warnt aufgrund der Ausbreitung von COVID-19 und der Einschränkungen im Luftverkehr vor nicht notwendigen, touristischen Reisen in die Russische Föderation.')).toEqual([
      'RU/DE/3/',
    ]);
  });

  it('GIVEN the US label as an Italian order, "Non viaggiate in Italia", in the US embassy\'s advisory THEN the US level 4', () => {
    expect(run("\"Non viaggiate in Italia a causa del Covid 19\". E' quanto si legge nel travel advisory pubblicato dall'ambasciata americana a Roma.")).toEqual(['IT/US/4/']);
  });
});

describe('the FCDO call "you should leave if it\'s safe to do so"', () => {
  it('GIVEN "If you are in X, you should leave if it\'s safe to do so" THEN a call to leave', () => {
    expect(run('The Foreign Office advises against all travel to South Sudan. "If you are in South Sudan, you should leave if it\'s safe to do so," the Office said.')).toEqual([
      'SS/GB/4/leave_immediately',
    ]);
  });

  it('GIVEN "you should leave by commercial means if you can do so safely" THEN a call to leave', () => {
    expect(run('Global Affairs Canada said: "If you are in Burundi, you should leave by commercial means if you can do so safely."')).toEqual(['BI/CA/-/leave_immediately']);
  });

  it('GIVEN "If you are in X and have concerns for your safety, you should leave if it is safe to do so" THEN no call (a choice; guard)', () => {
    expect(run('New Zealand said: "If you are in Vanuatu and have concerns for your safety, you should leave if it is safe to do so."')).toEqual([]);
  });

  it('GIVEN "you should leave if the situation deteriorates" THEN no call (a real condition; guard)', () => {
    expect(run('The Foreign Office said: "If you are in South Sudan, you should leave if the situation deteriorates."')).toEqual([]);
  });
});

describe('re-read guards', () => {
  it('GIVEN "Plusieurs pays de la région ont appelé leurs ressortissants à quitter X" THEN unnamed governments still', () => {
    expect(run('Plusieurs pays de la région ont appelé leurs ressortissants à quitter le Liban.')).toEqual(['LB/-/-/leave_immediately']);
  });
});

describe('vessels and flights chartered by a government', () => {
  it('GIVEN "a cruise ship chartered by the French government to carry French … nationals from X" THEN France evacuates', () => {
    expect(run('A cruise ship chartered by the French government to carry French and other European nationals from Lebanon arrived in Larnaca.')).toEqual(['LB/FR/-/evacuation']);
  });

  it('GIVEN "Qantas will operate two flights …, chartered by the Australian government, to carry … passengers from X" THEN Australia evacuates', () => {
    expect(run('Qantas will operate two non-stop flights between Cyprus and Sydney, chartered by the Australian government, to carry up to 500 passengers from Beirut, Lebanon.')).toEqual([
      'LB/AU/-/evacuation',
    ]);
  });
});

describe('preparing for shelter or evacuation is neither', () => {
  it('GIVEN an alert\'s "Shelter-in-Place Readiness: Citizens are encouraged to stockpile 5 to 7 days of food" THEN no shelter', () => {
    expect(run('The U.S. Embassy in Kampala issued a security alert ahead of Uganda\'s elections. Shelter-in-Place Readiness: Citizens are encouraged to stockpile 5 to 7 days of food, water, and essential medications.')).toEqual([]);
  });

  it('GIVEN "bis Sie durch die Botschaft über … Evakuierungsmöglichkeiten informiert werden" THEN no evacuation', () => {
    expect(run('Die Deutsche Botschaft Jaunde rät: Bleiben Sie im Haus, bis Sie durch die Botschaft über Verhaltensmaßnahmen oder Evakuierungsmöglichkeiten in Kamerun informiert werden.')).not.toContainEqual(
      expect.stringContaining('evacuation'),
    );
  });
});

describe('a German consulate-general closed, told in a subordinate clause', () => {
  it('GIVEN "…, dass das deutsche Generalkonsulat in Almaty bis auf Weiteres geschlossen bleibe" THEN the post suspended', () => {
    expect(
      run('Die Bundesregierung rät von Reisen nach Kasachstan ab. Das Auswärtige Amt teilte mit, dass das deutsche Generalkonsulat in Almaty bis auf Weiteres geschlossen bleibe.'),
    ).toEqual(['KZ/DE/-/embassy_suspended']);
  });

  it('GIVEN "…, dass das Konsulat nicht geschlossen sei" THEN no suspension (guard)', () => {
    expect(run('Die Bundesregierung rät von Reisen nach Kasachstan ab. Das Auswärtige Amt teilte mit, dass das Generalkonsulat in Almaty nicht geschlossen sei.')).toEqual(['KZ/DE/-/']);
  });
});

describe('authorized departure in translated wording', () => {
  it('GIVEN "The State Department has approved the departure at will of … employees of the Consulate General in Almaty" THEN authorized departure', () => {
    expect(run('The State Department has approved the departure at will of American employees of the Consulate General in Almaty, Kazakhstan, who are not involved in critical tasks.')).toEqual([
      'KZ/US/-/authorized_departure',
    ]);
  });

  it('GIVEN "has allowed to leave part of the staff … of its Consulate General in Almaty" THEN authorized departure', () => {
    expect(run('The U.S. Department of State has allowed to leave part of the staff and all the family members of the employees of its Consulate General in Almaty, Kazakhstan.')).toEqual([
      'KZ/US/-/authorized_departure',
    ]);
  });
});

describe('Italian embassies closed, told in the passive first', () => {
  it('GIVEN "Sono chiuse le ambasciate d\'Italia in Messico e in Serbia" THEN Italy\'s posts suspended in each', () => {
    expect(run("Sono chiuse le ambasciate d'Italia in Messico e in Serbia.")).toEqual(['MX/IT/-/embassy_suspended', 'RS/IT/-/embassy_suspended']);
  });

  it('GIVEN "Sono chiuse le scuole vicino all\'ambasciata d\'Italia a Kiev" THEN nothing (guard)', () => {
    expect(run("Sono chiuse le scuole vicino all'ambasciata d'Italia a Kiev.")).toEqual([]);
  });
});

describe('people brought to safety, and the place they came from', () => {
  it('GIVEN "Gli italiani sono stati evacuati in Egitto dal Sudan" THEN the country left is Sudan', () => {
    expect(run('Gli italiani sono stati evacuati in Egitto dal Sudan.')).toEqual(['SD/IT/-/evacuation']);
  });

  it('GIVEN "Altri 19 italiani sono stati portati in sicurezza in Egitto dal Sudan grazie alle nostre ambasciate" THEN Italy\'s evacuation from Sudan', () => {
    expect(run('Altri 19 italiani sono stati portati in sicurezza in Egitto dal Sudan grazie alle nostre ambasciate, ha detto il ministro degli Esteri Tajani.')).toEqual([
      'SD/IT/-/evacuation',
    ]);
  });

  it('GIVEN "La France a mis en sécurité 200 ressortissants français au Soudan" THEN France\'s evacuation', () => {
    expect(run('La France a mis en sécurité 200 ressortissants français au Soudan.')).toEqual(['SD/FR/-/evacuation']);
  });

  it('GIVEN "residents were taken to safety by firefighters" THEN nothing (local rescue; guard)', () => {
    expect(run('In Sudan, residents were taken to safety by firefighters after the floods.')).toEqual([]);
  });

  it('GIVEN "US-Bürger sollten sich an Ort und Stelle in Sicherheit bringen" THEN no evacuation (guard)', () => {
    expect(run('"US-Bürger in Venezuela sollten sich an Ort und Stelle in Sicherheit bringen", hieß es in einer Reisewarnung der US-Botschaft.')).not.toContainEqual(
      expect.stringContaining('evacuation'),
    );
  });
});

describe('advice said to cover other places, given by two governments', () => {
  it('GIVEN two governments\' level 4 for Israel, then "This advice covers the Occupied Palestinian Territories" THEN each government\'s level for both', () => {
    expect(
      run('The FCDO advises against all travel to Israel, and the State Department also tells Americans: do not travel to Israel. This advice covers the Occupied Palestinian Territories.'),
    ).toEqual(['IL/GB/4/', 'IL/US/4/', 'PS/GB/4/', 'PS/US/4/']);
  });
});
