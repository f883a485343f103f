/**
 * Session 51: a change of level told after the list of places it concerns, and a level that follows the people told (named
 * between the list and the level). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a change of level told after its list of places', () => {
  it('GIVEN "advised not to travel to A, B or C in an upgraded warning" THEN the raise for each of the three', () => {
    expect(run('Swedish citizens have been advised not to travel to Jordan, Syria or Iraq in an upgraded warning as tensions build.')).toEqual([
      'IQ/SE/-/level_raised',
      'JO/SE/-/level_raised',
      'SY/SE/-/level_raised',
    ]);
  });

  it('GIVEN places named before the change that are not its object ("after attacks in A and B, N upgraded its warning for C") THEN only C (guard)', () => {
    expect(run('After attacks in Jordan and Syria, Norway upgraded its warning for Iraq.')).not.toContainEqual('JO/NO/-/level_raised');
  });
});

describe('a level after the people told, the list before them', () => {
  it('GIVEN "upgraded its warnings for A and B, telling Canadians to avoid all travel" THEN both at level 4', () => {
    expect(run('Canada upgraded its warnings for Jordan and Iraq on Monday, telling Canadians to avoid all travel.')).toEqual([
      'IQ/CA/4/level_raised',
      'JO/CA/4/level_raised',
    ]);
  });

  it('GIVEN "fighting continued in A and B, where Canadians were told to avoid all travel" THEN no list of advice objects (guard)', () => {
    expect(run('Fighting continued in Jordan and Iraq, where Canadians were told to avoid all travel.')).not.toContainEqual('JO/CA/4/');
  });
});

describe('French "déconseille tous les voyages non essentiels"', () => {
  it('GIVEN "déconseille tous les voyages non essentiels en X" THEN level 3', () => {
    expect(run('Le ministère belge des Affaires étrangères déconseille tous les voyages non essentiels en Tunisie.')).toEqual(['TN/BE/3/']);
  });

  it('GIVEN "désormais formellement déconseillés", then "Précédemment … déconseillait uniquement tous les voyages \\"non-essentiels\\"" THEN level 4, raised', () => {
    expect(
      run(
        'Tous les voyages à destination de la Tunisie sont désormais "formellement déconseillés" par le ministère belge des Affaires étrangères. Précédemment, la rubrique "conseils aux voyageurs" déconseillait uniquement tous les voyages "non-essentiels" à destination de la Tunisie.',
      ),
    ).toEqual(['TN/BE/4/level_raised']);
  });

  it('GIVEN "déconseille formellement tous les voyages" THEN level 4, not 3 (guard)', () => {
    expect(run('Le ministère belge des Affaires étrangères déconseille formellement tous les voyages en Tunisie.')).toEqual(['TN/BE/4/']);
  });
});

describe('a ministry name two governments share', () => {
  it('GIVEN "Le ministère des Affaires étrangères" in a document that names the Belgian embassy THEN the advice is Belgium\'s', () => {
    expect(
      run(
        'Le ministère des Affaires étrangères a mis à jour mardi ses conseils aux voyageurs pour la Tunisie. Les voyages non essentiels en Tunisie sont dès à présent déconseillés. L\'ambassade de Belgique à Tunis suit la situation de près.',
      ),
    ).toEqual(['TN/BE/3/']);
  });

  it('GIVEN the same ministry advising on travel to Belgium THEN the advice stays France\'s (guard)', () => {
    expect(run('Le ministère des Affaires étrangères a déconseillé tous les voyages non essentiels en Belgique.')).toEqual(['BE/FR/3/']);
  });

  it('GIVEN "Ireland: The Department of Foreign Affairs advises …" THEN the name before the ministry still decides (guard)', () => {
    expect(run('Ireland: The Department of Foreign Affairs advises against all travel to Mali.')).toEqual(['ML/IE/4/']);
  });
});

describe('a name of several words written in lower case', () => {
  it('GIVEN "à destination d\'Israël et des territoires palestiniens" in a past level THEN the Palestinians are no addressee: the raise is Belgium\'s', () => {
    expect(
      run(
        'Tous les voyages à destination d\'Israël sont désormais formellement déconseillés par le ministère belge des Affaires étrangères. Précédemment, le ministère déconseillait tous les voyages non essentiels à destination d\'Israël et des territoires palestiniens.',
      ),
    ).toEqual(['IL/BE/4/level_raised']);
  });

  it('GIVEN "la bande de Gaza" in lower case THEN it names the Palestinian territories', () => {
    expect(run('Le Quai d\'Orsay déconseille formellement tous les voyages dans la bande de Gaza.')).toEqual(['PS/FR/4/']);
  });
});

describe('staying home until the unrest subsides', () => {
  it('GIVEN "advising U.S. citizens to remain in their homes and hotels until demonstrations subside" THEN shelter in place', () => {
    expect(run('The U.S. Embassy in Tunis is advising U.S. citizens to remain in their homes and hotels until demonstrations subside.')).toEqual([
      'TN/US/-/shelter_in_place',
    ]);
  });

  it('GIVEN citizens "near the protests" told to stay home until the crowds disperse THEN a routine precaution, no signal (guard)', () => {
    expect(run('U.S. citizens near the protests in Tunis should remain in their homes until the crowds disperse.')).toEqual([]);
  });

  it('GIVEN "inside buildings until the crowds disperse" THEN no signal (guard)', () => {
    expect(run('U.S. citizens in Tunis should remain inside buildings until the crowds disperse.')).toEqual([]);
  });
});

describe('German "in sicheren Unterkünften zu bleiben" beside a curfew', () => {
  it('GIVEN the addressees far before, a curfew and a long clause between THEN shelter in place', () => {
    expect(
      run(
        'Das Auswärtige Amt hat seine Sicherheitshinweise für Tunesien verschärft. «Deutschen Staatsangehörigen wird nachdrücklich geraten, die Ausgangssperre strikt zu beachten und möglichst auch außerhalb der Sperrzeiten, insbesondere am Freitag, dem 14. Januar, in sicheren Unterkünften zu bleiben», heißt es weiter.',
      ),
    ).toEqual(['TN/DE/-/level_raised,shelter_in_place']);
  });

  it('GIVEN the country\'s own ministry asking residents to stay home during the curfew THEN no signal (guard)', () => {
    expect(run('Das tunesische Innenministerium verhängte eine Ausgangssperre und forderte die Bewohner auf, in ihren Unterkünften zu bleiben.')).toEqual([]);
  });
});

describe('evacuation: charter air transportation; German modals of necessity and possibility', () => {
  it('GIVEN "making arrangements to provide charter air transportation to safe haven locations" THEN evacuation', () => {
    expect(
      run('The U.S. Department of State is making arrangements to provide charter air transportation to safe haven locations in Europe of U.S. citizens who wish to depart Tunisia.'),
    ).toEqual(['TN/US/-/evacuation']);
  });

  it('GIVEN "in deren Folge deutsche Staatsbürger ausgeflogen werden müssten" THEN no evacuation', () => {
    expect(
      run('Das Auswärtige Amt rät dringend von Reisen nach Tunesien ab. Es handelt sich nicht um eine formale Reisewarnung, in deren Folge deutsche Staatsbürger in Sicherheit gebracht und ausgeflogen werden müssten.'),
    ).not.toContainEqual(expect.stringContaining('evacuation'));
  });

  it('GIVEN "könnte deutsche Staatsbürger ausfliegen, wenn es nötig wird" THEN no evacuation', () => {
    expect(run('Die Bundeswehr könnte deutsche Staatsbürger aus Tunesien ausfliegen, wenn es nötig wird, sagte das Auswärtige Amt.')).toEqual([]);
  });

  it('GIVEN "ausgeflogen werden sollen" (a decision) THEN evacuation (guard)', () => {
    expect(run('Die Bundesregierung hat beschlossen, dass die Deutschen aus Tunesien ausgeflogen werden sollen.')).toEqual(['TN/DE/-/evacuation']);
  });
});

describe('leaving a part of the country, the object before the German verb', () => {
  it('GIVEN "rät …, den Grossraum Tokio und den Nordosten Japans zu verlassen" THEN no call to leave the country', () => {
    expect(run('Das EDA rät Schweizerinnen und Schweizern nach wie vor, den Grossraum Tokio und den Nordosten Japans zu verlassen.')).toEqual([]);
  });

  it('GIVEN "die Region Kidal zu verlassen" with no urgency THEN no call to leave', () => {
    expect(run('Das Auswärtige Amt rät Deutschen in Mali, die Region Kidal zu verlassen.')).toEqual([]);
  });

  it('GIVEN "Mali umgehend zu verlassen" THEN a call to leave (guard)', () => {
    expect(run('Das Auswärtige Amt fordert Deutsche in Mali auf, Mali umgehend zu verlassen.')).toEqual(['ML/DE/-/leave_immediately']);
  });

  it('GIVEN Italian "lasciare la regione di Kidal" THEN no call to leave the country', () => {
    expect(run('La Farnesina invita gli italiani a lasciare la regione di Kidal.')).toEqual([]);
  });
});

describe('an embassy moved to another city', () => {
  it('GIVEN "die Schweizer Botschaft in Japan vorläufig nach Osaka zu verlegen" THEN embassy suspended (relocated)', () => {
    expect(run('Das EDA hat entschieden, die Schweizer Botschaft in Japan vorläufig nach Osaka zu verlegen.')).toEqual(['JP/CH/-/embassy_suspended']);
  });

  it('GIVEN "zieht vorübergehend nach Osaka um" THEN embassy suspended', () => {
    expect(run('Die deutsche Botschaft in Tokio zieht vorübergehend nach Osaka um.')).toEqual(['JP/DE/-/embassy_suspended']);
  });

  it('GIVEN "has been moved temporarily from Tokyo to Osaka" THEN embassy suspended', () => {
    expect(run('The Swiss embassy in Japan has been moved temporarily from Tokyo to Osaka.')).toEqual(['JP/CH/-/embassy_suspended']);
  });

  it('GIVEN "Die Botschaft hat den Empfang auf Dienstag verlegt" (an event moved) THEN nothing (guard)', () => {
    expect(run('Die Botschaft in Tokio hat den Empfang auf Dienstag verlegt.')).toEqual([]);
  });
});

describe('like advice repeats advice, not the measures told beside it', () => {
  it('GIVEN an embassy moved, then "Die USA sprachen ihren Bürgern eine ähnliche Empfehlung aus" THEN the US gets no embassy move', () => {
    expect(
      run('Die deutsche Botschaft in Japan wird vorübergehend nach Osaka verlegt, erklärte das Auswärtige Amt. Die USA sprachen ihren Bürgern bereits eine ähnliche Empfehlung aus.'),
    ).not.toContainEqual('JP/US/-/embassy_suspended');
  });

  it('GIVEN a call to leave, then "similar warnings were issued by Germany" THEN Germany\'s call to leave (guard)', () => {
    expect(run('The State Department urged Americans to leave Japan immediately. Similar warnings were issued by Germany.')).toEqual([
      'JP/DE/-/leave_immediately',
      'JP/US/-/leave_immediately',
    ]);
  });

  it('GIVEN "eine Evakuierungszone von 80 Kilometern einzuhalten" THEN no evacuation', () => {
    expect(run('Die Behörden schlagen amerikanischen Bürgern in Japan vor, eine Evakuierungszone von 80 Kilometern um das Atomkraftwerk einzuhalten.')).toEqual([]);
  });
});

describe('the US table in French; a German advice supplemented', () => {
  it('GIVEN "un avertissement de « niveau 2 »" by the State Department THEN level 2', () => {
    expect(run("Le département d'État américain a émis un avertissement de « niveau 2 » pour le Mexique.")).toEqual(['MX/US/2/']);
  });

  it('GIVEN "exhorte les voyageurs à faire preuve d\'une prudence accrue au Mexique" THEN level 2', () => {
    expect(run("Le département d'État exhorte les voyageurs à faire preuve d'une prudence accrue au Mexique.")).toEqual(['MX/US/2/']);
  });

  it('GIVEN "hat die Reise- und Sicherheitshinweise für Mexiko ergänzt" THEN advice with no level', () => {
    expect(run('Das Auswärtige Amt hat die Reise- und Sicherheitshinweise für Mexiko ergänzt.')).toEqual(['MX/DE/-/']);
  });
});

describe('governments as subjects, named by their institutions or with an adverbial before the verb', () => {
  it('GIVEN "The Australian Federal Government and the New Zealand Government both issued …" THEN both issuers', () => {
    expect(run('The Australian Federal Government and the New Zealand Government both issued advisories urging a high degree of caution in Samoa.')).toEqual([
      'WS/AU/2/',
      'WS/NZ/2/',
    ]);
  });

  it('GIVEN "L\'Australie a dans le même temps annoncé … deux vols pour évacuer ses ressortissants" THEN Australia evacuates', () => {
    expect(run("L’Australie a dans le même temps annoncé deux vols pour évacuer ses ressortissants de Nouvelle-Calédonie.")).toEqual(['NC/AU/-/evacuation']);
  });

  it('GIVEN "L\'Australie a mardi annoncé …" THEN Australia evacuates', () => {
    expect(run("L'Australie a mardi annoncé deux vols pour évacuer ses ressortissants de Nouvelle-Calédonie.")).toEqual(['NC/AU/-/evacuation']);
  });
});

describe('the topic: a country named as a place as often as its government is named', () => {
  it('GIVEN riots "on the island of Samoa", the evacuation with no country, "the Samoan government" helped and Fiji named once THEN Samoa', () => {
    expect(
      run(
        'In November, rioting erupted on the South Pacific island of Samoa. Eight people were killed and the Chinese government evacuated more than 200 of its citizens.\n\nAustralia sent police officers to help the Samoan government restore order. Australian vessels, sent to patrol close to Fiji, were stationed near Samoa in case further evacuations were necessary.',
      ),
    ).toEqual(['WS/CN/-/evacuation']);
  });
});

describe('dependants who may go back if they wish', () => {
  it('GIVEN "dependants of its diplomatic staff in Samoa may return to Australia if they wish" THEN authorized departure', () => {
    expect(run('Australia said dependants of its diplomatic staff in Samoa may return to Australia if they wish.')).toEqual(['WS/AU/-/authorized_departure']);
  });

  it('GIVEN "have been told they can go back to Australia if they wish" after a sentence on Samoa THEN authorized departure for Samoa', () => {
    expect(
      run('The Australian travel advisory for Samoa warned of safety risks. Dependant family members of diplomatic staff have been told they can go back to Australia if they wish.'),
    ).toEqual(['WS/AU/-/authorized_departure']);
  });

  it('GIVEN "ended the ordered departure …, permitting family members to return to Apia" THEN lifted, no authorized departure (guard)', () => {
    expect(
      run('Effective October 7, the Department of State ended the ordered departure of family members of U.S. government personnel in Samoa, permitting family members to return to Apia.'),
    ).toEqual(['WS/US/-/departure_lifted']);
  });
});

describe('a level for a country with parts left out', () => {
  it('GIVEN "against all but essential travel to X except for resorts on the coast" THEN advice, no country-wide level', () => {
    expect(run('The FCO recommends against all but essential travel to Tunisia except for resorts on the coast.')).toEqual(['TN/GB/-/']);
  });

  it('GIVEN "with the exception of Tunis" THEN no country-wide level', () => {
    expect(run('The FCDO advises against all travel to Tunisia with the exception of Tunis and Sousse.')).toEqual(['TN/GB/-/']);
  });

  it('GIVEN "except for essential travel" THEN level 3 (guard)', () => {
    expect(run('The FCO advises against all travel to Tunisia, except for essential travel.')).toEqual(['TN/GB/3/']);
  });

  it('GIVEN "sauf raison impérative" THEN the level stands (guard)', () => {
    expect(run('Le Quai d\'Orsay déconseille formellement tout voyage en Tunisie, sauf raison impérative.')).not.toContainEqual('TN/FR/-/');
  });
});

describe('hard-wrapped text', () => {
  it('GIVEN a line ending "defer all travel to" and the next "Bangkok and defer all non-essential travel to the rest of Thailand." THEN level 3, not 4', () => {
    expect(
      run('Due to escalating violence in central Bangkok, U.S. citizens should defer all travel to\nBangkok and defer all non-essential travel to the rest of Thailand. The\nDepartment of State recommends against travel to Bangkok.'),
    ).toEqual(['TH/US/3/']);
  });

  it('GIVEN a heading line "Travel Warning: Thailand" before a sentence THEN the lines stay apart (guard)', () => {
    expect(run('Travel Warning: Thailand\nThe Department of State urges U.S. citizens to defer all non-essential travel to Thailand.')).toEqual(['TH/US/3/']);
  });
});

describe('German "empfiehlt die vorzeitige Ausreise"; Italian "a non recarsi … anzi ad abbandonare"', () => {
  it('GIVEN "empfiehlt das Amt die vorübergehende beziehungsweise vorzeitige Ausreise" THEN a call to leave', () => {
    expect(
      run('Reisenden, die sich derzeit in Laos aufhalten, empfiehlt das Auswärtige Amt die vorübergehende beziehungsweise vorzeitige Ausreise und einen engen Kontakt zu ihrer Airline.'),
    ).toEqual(['LA/DE/-/leave_immediately']);
  });

  it('GIVEN "empfiehlt … die umgehende Ausreise" THEN a call to leave', () => {
    expect(run('Das Auswärtige Amt empfiehlt Deutschen in Laos die umgehende Ausreise.')).toEqual(['LA/DE/-/leave_immediately']);
  });

  it('GIVEN "a non recarsi in X anzi ad abbandonare il paese in maniera celere" THEN the negation does not reach the call', () => {
    expect(run('La Farnesina ha invitato tutti i nostri connazionali a non recarsi in Laos anzi ad abbandonare il paese in maniera celere.')).toEqual([
      'LA/IT/-/leave_immediately',
    ]);
  });

  it('GIVEN "a non lasciare la X ma di restare in casa" THEN no call to leave (guard)', () => {
    expect(run('La Farnesina ha invitato i connazionali a non lasciare il Laos ma di restare in casa.')).not.toContainEqual('LA/IT/-/leave_immediately');
  });
});

describe('French and German "avoid unnecessary travel", "only travel if absolutely necessary"', () => {
  it('GIVEN "ne voyager en X que si c\'est absolument nécessaire" THEN level 3', () => {
    expect(run("La République tchèque demande à ses citoyens de ne voyager en Espagne que si c'est absolument nécessaire.")).toEqual(['ES/CZ/3/']);
  });

  it('GIVEN the same for a city ("à Madrid") THEN advice for part of the country, no level', () => {
    expect(run("La République tchèque demande à ses citoyens de ne voyager à Madrid que si c'est absolument nécessaire.")).toEqual(['ES/CZ/-/']);
  });

  it('GIVEN "éviter les déplacements inutiles en X" THEN level 3', () => {
    expect(run("Le Portugal demande à ses ressortissants d'éviter les déplacements inutiles en Espagne.")).toEqual(['ES/PT/3/']);
  });

  it('GIVEN "rät, nicht notwendige Reisen nach X zu vermeiden" THEN level 3', () => {
    expect(run('Das Auswärtige Amt rät, nicht notwendige Reisen nach Spanien zu vermeiden.')).toEqual(['ES/DE/3/']);
  });
});

describe('the Swiss "Touristen- und anderen nicht dringenden Reisen"', () => {
  it('GIVEN "rät von Touristen- und anderen nicht dringenden Reisen nach X ab" THEN level 3', () => {
    expect(run('Das EDA rät von Touristen- und anderen nicht dringenden Reisen nach Jordanien ab.')).toEqual(['JO/CH/3/']);
  });

  it('GIVEN the same for cities ("nach Amman und in andere Grossstädte") THEN advice for part of the country, no level', () => {
    expect(run('Das EDA rät von Touristen- und anderen nicht dringenden Reisen nach Amman und in andere Grossstädte wie Zarqa ab.')).toEqual(['JO/CH/-/']);
  });

  it('GIVEN the passive with the preposition mistyped, "Vor Touristen- und anderen nicht dringenden Reisen werde abgeraten" THEN level 3', () => {
    expect(run('Die Schweiz warnt vor Reisen nach Jordanien. Vor Touristen- und anderen nicht dringenden Reisen werde abgeraten, erklärte das EDA.')).toContainEqual(
      expect.stringMatching(/^JO\/CH\/3\//),
    );
  });
});

describe('regional advice for parts of two countries; German verb-second with the object fronted', () => {
  it('GIVEN "against all travel to the Thai provinces of … and the Cambodian provinces of …" THEN regional advice for both', () => {
    expect(run('The FCDO advises against all travel to the Thai provinces of Buriram and Surin and the Cambodian provinces of Preah Vihear and Oddar Meanchey.')).toEqual([
      'KH/GB/-/',
      'TH/GB/-/',
    ]);
  });

  it('GIVEN «Von touristischen und anderen nicht dringenden Reisen» in die … Provinzen … rate man ab THEN regional advice for both countries', () => {
    expect(
      run('«Von touristischen und anderen nicht dringenden Reisen» in die thailändischen Provinzen Buriram und Surin sowie die kambodschanischen Provinzen Preah Vihear und Oddar Meanchey rate man ab, heisst es auf der Webseite des EDA.'),
    ).toEqual(['KH/CH/-/', 'TH/CH/-/']);
  });

  it('GIVEN "the Tajik–Kyrgyz border areas of the Isfara district" THEN Tajikistan only (guard)', () => {
    expect(run('The FCDO advises against all but essential travel to the Tajik–Kyrgyz border areas of the Isfara and Bobojon Gafurov districts of Tajikistan.')).toEqual([
      'TJ/GB/-/',
    ]);
  });
});

describe('German: a decision that the embassy staff\'s dependants leave', () => {
  it('GIVEN "hat entschieden, dass sämtliche verbliebenen Begleitpersonen der Botschaftsmitarbeitenden … aus X ausreisen" THEN ordered departure', () => {
    expect(run('Die Schweiz hat entschieden, dass sämtliche verbliebenen Begleitpersonen der Botschaftsmitarbeitenden mit Kindern aus Georgien ausreisen.')).toEqual([
      'GE/CH/-/ordered_departure',
    ]);
  });

  it('GIVEN "hat beschlossen, dass Touristen X verlassen" (no staff) THEN no ordered departure (guard)', () => {
    expect(run('Die Schweiz hat beschlossen, dass Touristen Georgien verlassen.')).not.toContainEqual('GE/CH/-/ordered_departure');
  });
});

describe('a ministry recommending to leave, no addressee named', () => {
  it('GIVEN "Das EDA empfiehlt, den Libanon zu verlassen" THEN a call to leave', () => {
    expect(run('Das EDA empfiehlt, den Libanon zu verlassen.')).toEqual(['LB/CH/-/leave_immediately']);
  });

  it('GIVEN "Auch für den Libanon empfiehlt das EDA, das Land mit eigenen Mitteln zu verlassen" (verb before the ministry) THEN a call to leave', () => {
    expect(run('Auch für den Libanon empfiehlt das EDA, das Land mit eigenen Mitteln zu verlassen.')).toEqual(['LB/CH/-/leave_immediately']);
  });

  it('GIVEN "man empfehle, den Libanon zu verlassen" (no ministry, no addressee) THEN no call (guard)', () => {
    expect(run('Ein Sprecher sagte, man empfehle, den Libanon zu verlassen.')).toEqual([]);
  });
});

describe('a level for "the following countries", the list going on line by line', () => {
  it('GIVEN "Für folgende Länder gilt eine Reisewarnung (Stand Juni 2024) Afghanistan" then one country per line THEN level 4 for each', () => {
    expect(run('Das österreichische Außenministerium warnt vor Reisen in Krisengebiete.\n\nFür folgende Länder gilt eine Reisewarnung (Stand Juni 2024) Afghanistan\n\nHaiti\n\nIrak\n\nJemen')).toEqual([
      'AF/AT/4/',
      'HT/AT/4/',
      'IQ/AT/4/',
      'YE/AT/4/',
    ]);
  });

  it('GIVEN the list in the sentence and a later paragraph that is prose THEN the prose\'s country is not listed (guard)', () => {
    expect(run('Das Außenministerium in Wien warnt. Für folgende Länder gilt eine Reisewarnung: Jemen, Haiti und Mali.\n\nIm Irak ist die Lage dagegen ruhig, sagte ein Sprecher.')).toEqual([
      'HT/AT/4/',
      'ML/AT/4/',
      'YE/AT/4/',
    ]);
  });
});

describe('an embassy emptied of all its diplomats', () => {
  it('GIVEN "has withdrawn all remaining diplomatic personnel from its embassy in X" THEN the embassy suspended', () => {
    expect(run('The United States has withdrawn all remaining diplomatic personnel from its embassy in Managua.')).toContainEqual(expect.stringMatching(/^NI\/US\/-\/.*embassy_suspended/));
  });

  it('GIVEN "will withdraw its remaining diplomatic staff from the embassy" THEN the embassy suspended', () => {
    expect(run('The United States will withdraw its remaining diplomatic staff from the embassy in Managua, the Secretary of State said.')).toEqual([
      'NI/US/-/embassy_suspended,ordered_departure',
    ]);
  });

  it('GIVEN non-emergency staff withdrawn THEN an ordered departure only (guard)', () => {
    expect(run('The United States withdrew non-emergency staff from its embassy in Managua.')).toEqual(['NI/US/-/ordered_departure']);
  });
});

describe('levels: "reconsider the need to travel"; German "vor nicht notwendigen Reisen wird gewarnt"', () => {
  it('GIVEN "We continue to advise travellers to reconsider the need to travel to X overall" THEN level 3', () => {
    expect(run('Smartraveller: We continue to advise travellers to reconsider the need to travel to Chad overall. Higher levels apply in some areas.')).toEqual(['TD/AU/3/']);
  });

  it('GIVEN "Vor nicht notwendigen, touristischen Reisen nach X wird derzeit gewarnt" THEN level 3, not 4', () => {
    expect(run('Das Auswärtige Amt teilt mit: Vor nicht notwendigen, touristischen Reisen nach Tschad wird derzeit gewarnt.')).toEqual(['TD/DE/3/']);
  });

  it('GIVEN the same "in das Ausland" (travel abroad, no country) THEN no level for the country named elsewhere (guard)', () => {
    expect(run('Deutsche werden aus Tschad zurückgeholt. Vor nicht notwendigen, touristischen Reisen in das Ausland wird derzeit gewarnt.')).not.toContainEqual(
      expect.stringMatching(/^TD\/DE\/3\//),
    );
  });
});

describe('a place inside the signal\'s own phrase', () => {
  it('GIVEN "has closed the embassy in Minsk, Belarus, and is allowing non-essential staff at the embassy in Russia to leave" THEN the departure is Russia\'s', () => {
    expect(
      run('The State Department has closed the U.S. embassy in Minsk, Belarus, and is allowing non-essential staff at the U.S. embassy in Russia to leave due to the war.'),
    ).toEqual(['BY/US/-/embassy_suspended', 'RU/US/-/authorized_departure']);
  });
});

describe('a consular agency closed, the German participle at the end of a long clause', () => {
  it('GIVEN "die Konsularagentur der Schweiz im westafrikanischen Niger wurde wegen … vorübergehend geschlossen" THEN suspended', () => {
    expect(
      run('Das Kooperationsbüro und die Konsularagentur der Schweiz im westafrikanischen Niger wurde wegen der schwierigen Sicherheitslage rund zwei Wochen nach dem Militärputsch vorübergehend geschlossen.'),
    ).toEqual(['NE/CH/-/embassy_suspended']);
  });

  it('GIVEN "Die Botschaft … bleibt geöffnet, die Schulen wurden aber geschlossen" THEN nothing (guard)', () => {
    expect(run('Die Schweizer Botschaft in Niamey bleibt geöffnet, die Schulen wurden aber geschlossen.')).toEqual([]);
  });
});

describe('a mission said to stay open before another thing is closed', () => {
  it('GIVEN "L\'ambassade … reste ouverte, mais les écoles ont été fermées" THEN nothing', () => {
    expect(run("L'ambassade de Suisse à Niamey reste ouverte, mais les écoles ont été fermées.")).toEqual([]);
  });

  it('GIVEN "Die Schweizer Botschaft in Niamey wurde geschlossen" THEN suspended (guard)', () => {
    expect(run('Die Schweizer Botschaft in Niamey wurde geschlossen.')).toEqual(['NE/CH/-/embassy_suspended']);
  });
});

describe('French passive "les voyages dans/au X sont déconseillés"', () => {
  it('GIVEN "les voyages au Burkina Faso sont déconseillés" THEN advice, no level (plain "déconseillé")', () => {
    expect(run("Le Quai d'Orsay indique que les voyages au Burkina Faso sont déconseillés.")).toEqual(['BF/FR/-/']);
  });

  it('GIVEN "les voyages dans la région de Kidal sont déconseillés" THEN regional advice', () => {
    expect(run("Le Quai d'Orsay indique que les voyages dans la région de Kidal sont déconseillés.")).toEqual(['ML/FR/-/']);
  });

  it('GIVEN "les voyages au Mali sont déconseillés sauf raison impérative" THEN level 3 (guard)', () => {
    expect(run("Les voyages au Mali sont déconseillés sauf raison impérative, selon le Quai d'Orsay.")).toEqual(['ML/FR/3/']);
  });
});

describe('German "Von Reisen in … wird daher aus Sicherheitsgründen dringend abgeraten"', () => {
  it('GIVEN up to five words between "wird" and "abgeraten" THEN regional advice', () => {
    expect(run('Das österreichische Außenministerium rät: Von Reisen in die Region Afar in Äthiopien wird daher aus Sicherheitsgründen dringend abgeraten.')).toEqual([
      'ET/AT/-/',
    ]);
  });

  it('GIVEN "wird … nicht abgeraten" THEN nothing (guard)', () => {
    expect(run('Das österreichische Außenministerium teilt mit: Von Reisen in die Region Afar in Äthiopien wird derzeit ausdrücklich nicht abgeraten.')).toEqual([]);
  });
});

describe('staff told to leave is their departure, not a call on citizens', () => {
  it('GIVEN "Non-emergency U.S. government employees in X have been told to depart" THEN an ordered departure, no call to leave', () => {
    expect(run('Non-emergency U.S. government employees in Chad have been told to depart, the State Department said.')).toEqual(['TD/US/-/ordered_departure']);
  });

  it('GIVEN "U.S. citizens in X have been told to leave immediately" THEN a call to leave (guard)', () => {
    expect(run('U.S. citizens in Chad have been told to leave immediately, the State Department said.')).toEqual(['TD/US/-/leave_immediately']);
  });
});

describe('alerts to shelter as what to watch for', () => {
  it('GIVEN "should carefully monitor government notices … for … alerts to shelter in place" THEN no shelter', () => {
    expect(
      run('U.S. citizens remaining in Moldova should carefully monitor government notices and local media outlets for information about changing security conditions and alerts to shelter in place.'),
    ).toEqual([]);
  });

  it('GIVEN "urges U.S. citizens to shelter in place" THEN shelter (guard)', () => {
    expect(run('The U.S. Embassy in Chisinau urges U.S. citizens to shelter in place.')).toEqual(['MD/US/-/shelter_in_place']);
  });
});

describe('a mission reducing to essential staff', () => {
  it('GIVEN "we are reducing to only essential staff in the country" THEN an ordered departure', () => {
    expect(run('"British Embassy staff have been on lock down and we are reducing to only essential staff in the country," the Foreign Office said of Chad.')).toEqual([
      'TD/GB/-/ordered_departure',
    ]);
  });
});

describe('"similar actions" by a government whose own act the sentence tells', () => {
  it('GIVEN "Similar actions have been taken by the US, which ordered non-emergency personnel to leave" THEN the US\'s own ordered departure, not the call before', () => {
    expect(
      run('The advisory urges UK nationals still in Chad to depart as soon as possible. Similar actions have been taken by the US, which ordered non-emergency personnel to leave.'),
    ).toEqual(['TD/GB/-/leave_immediately', 'TD/US/-/ordered_departure']);
  });
});

describe('"advised its nationals against travel to / against visiting X": advice with no level', () => {
  it('GIVEN "Canada has advised its nationals against visiting X" THEN advice, no level', () => {
    expect(run('Canada has advised its nationals against visiting South Sudan.')).toEqual(['SS/CA/-/']);
  });

  it('GIVEN "advises against travel to X" THEN advice, no level', () => {
    expect(run('Canada advises against travel to South Sudan.')).toEqual(['SS/CA/-/']);
  });

  it('GIVEN "stopped short of advising against travel to X" THEN nothing (guard)', () => {
    expect(run('Britain stopped short of advising against travel to Thailand.')).toEqual([]);
  });

  it('GIVEN "cautioning them against visiting high-traffic areas" THEN nothing (a routine precaution, guard)', () => {
    expect(run('The U.S. embassy in Nairobi cautioned foreigners against visiting high-traffic areas due to terrorism threats.')).toEqual([]);
  });

  it('GIVEN "against all travel to X" THEN level 4 (guard)', () => {
    expect(run('The FCDO advises against all travel to South Sudan.')).toEqual(['SS/GB/4/']);
  });
});

describe('a level raised "to" the one it was already at', () => {
  it('GIVEN "has elevated our previous Travel Advisory for X to Level Four", then "was already at Level Four" THEN level 4, no raise', () => {
    expect(
      run('The State Department has elevated our previous Travel Advisory for Belarus to Level Four – Do Not Travel due to the increased threats. The Travel Advisory was already at Level Four – Do Not Travel due to COVID-19.'),
    ).toEqual(['BY/US/4/']);
  });

  it('GIVEN "has elevated our previous Travel Advisory for X to Level Four" alone THEN level 4, raised (guard)', () => {
    expect(run('The State Department has elevated our previous Travel Advisory for Belarus to Level Four – Do Not Travel.')).toEqual(['BY/US/4/level_raised']);
  });

  it('GIVEN "raised … to Level 4. It was previously at Level 3." THEN raised (guard)', () => {
    expect(run('The State Department has raised its Travel Advisory for Belarus to Level 4. It was previously at Level 3.')).toEqual(['BY/US/4/level_raised']);
  });
});
