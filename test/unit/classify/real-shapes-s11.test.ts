/**
 * Shapes of real public pages (news, ministry notices, official advice pages) the classifier got wrong in session 11, each
 * with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { brief, run } from './brief.js';

const fromAU = (text: string): string[] => brief(classify({ text, format: 'text', issuer: 'AU', country: null }));

describe("Smartraveller's advice-level list, set out with commas", () => {
  it('GIVEN "X overall, exercise a high degree of caution" and "Y State, reconsider your need to travel" lines WHEN classified THEN the country level is the overall one', () => {
    const text = 'Advice levels\n\nLaos overall, exercise a high degree of caution\n\nXaisomboun Province (except the town of Anouvong), reconsider your need to travel\n\nAreas bordering Thailand and Vietnam, reconsider your need to travel\n\nWe advise Australians to exercise a high degree of caution in Laos overall.';
    expect(fromAU(text)).toEqual(['LA/AU/2/']);
  });

  it('GIVEN "Areas bordering A, B and C, reconsider your need to travel" WHEN classified THEN no level for C', () => {
    const text = 'Areas bordering China, Laos and Thailand, reconsider your need to travel.';
    expect(fromAU(text).filter((f) => f.startsWith('TH/'))).toEqual([]);
  });
});

describe('a country named by an epithet in apposition', () => {
  it('GIVEN "against all travel to the West African nation of Niger" WHEN classified THEN level 4 for Niger', () => {
    expect(run('The FCDO advises against all travel to the West African nation of Niger.')).toEqual(['NE/GB/4/']);
  });

  it('GIVEN "eine Reisewarnung für den Sahel-Staat Niger" WHEN classified THEN level 4 for Niger', () => {
    expect(run('Das Auswärtige Amt hat eine Reisewarnung für den Sahel-Staat Niger herausgegeben.')).toEqual(['NE/DE/4/']);
  });

  it('GIVEN "the Gulf state of Qatar" WHEN classified THEN Qatar', () => {
    expect(run('Canada advises against all travel to the Gulf state of Qatar.')).toEqual(['QA/CA/4/']);
  });
});

describe('German advice to leave', () => {
  it('GIVEN "allen Deutschen zur Ausreise geraten" WHEN classified THEN a call to leave', () => {
    expect(run('Das Auswärtige Amt hat allen Deutschen in Niger zur Ausreise geraten.')).toEqual(['NE/DE/-/leave_immediately']);
  });

  it('GIVEN "rät … dringend zur Ausreise" WHEN classified THEN a call to leave', () => {
    expect(run('Das Auswärtige Amt rät allen Deutschen im Tschad dringend zur Ausreise.')).toEqual(['TD/DE/-/leave_immediately']);
  });

  it('GIVEN "gegebenenfalls zur Ausreise geraten" WHEN classified THEN hedged: no call', () => {
    expect(run('Das Auswärtige Amt hat den Deutschen im Tschad gegebenenfalls zur Ausreise geraten.')).toEqual([]);
  });
});

describe('a Reisewarnung made stricter', () => {
  it('GIVEN "hat seine Reisewarnung … erneut verschärft" WHEN classified THEN level 4 and no raise (nothing is above it)', () => {
    expect(run('Das Auswärtige Amt hat seine Reisewarnung für den Libanon am Mittwoch erneut verschärft.')).toEqual(['LB/DE/4/']);
  });

  it('GIVEN "hat seine Reiseinformation für Georgien verschärft" WHEN classified THEN still a raise', () => {
    expect(run('Das Auswärtige Amt hat seine Reiseinformation für Georgien verschärft.')).toEqual(['GE/DE/-/level_raised']);
  });
});

describe('Italian calls to leave and advice against unnecessary travel', () => {
  it('GIVEN "affinché tutti gli italiani … cerchino di lasciare il paese prima possibile" WHEN classified THEN a call to leave', () => {
    expect(run('La Farnesina raccomanda che tutti gli italiani presenti in Libano cerchino di lasciare il paese prima possibile.')).toEqual(['LB/IT/-/leave_immediately']);
  });

  it('GIVEN "Sono sconsigliati viaggi in X se non necessari" WHEN classified THEN level 3', () => {
    expect(run('Sono sconsigliati viaggi in Libano se non necessari, scrive la Farnesina.')).toEqual(['LB/IT/3/']);
  });
});

describe('an embassy\'s own shelter-in-place order, and an unnamed embassy', () => {
  it('GIVEN "a shelter in place order is in effect" told by an embassy WHEN classified THEN shelter in place', () => {
    expect(run('The US embassy in Saudi Arabia said a shelter-in-place order is in effect.')).toEqual(['SA/US/-/shelter_in_place']);
  });

  it('GIVEN a governor\'s "stay at home orders" WHEN classified THEN nothing', () => {
    expect(run('The governor of Texas issued stay at home orders.')).toEqual([]);
  });

  it('GIVEN "the embassy said" with no nationality, in a story whose only government is named later WHEN classified THEN that government', () => {
    const text = 'In a statement, the embassy said that all appointments were cancelled. It also confirmed that a shelter in place order is currently in effect at its diplomatic missions in Riyadh and Jeddah. The embassy further advised US citizens in Saudi Arabia to remain vigilant.';
    expect(run(text)).toEqual(['SA/US/-/shelter_in_place']);
  });

  it('GIVEN "will provide information on evacuation options" WHEN classified THEN no evacuation', () => {
    expect(run('The U.S. Embassy in Juba said it will provide information on evacuation options in the morning.')).toEqual([]);
  });

  it('GIVEN an embassy closed "for Dashain" WHEN classified THEN a holiday closure, no suspension', () => {
    expect(run('The Norwegian embassy in Kathmandu will be closed from 10 to 14 October for Dashain.')).toEqual([]);
  });
});

describe('similar calls by other governments, in Italian, French and German', () => {
  it('GIVEN "comunicazioni simili sono state rilasciate da diversi Paesi europei come Spagna, Olanda e Germania" WHEN classified THEN each shares the call', () => {
    const text = 'La Farnesina invita tutti gli italiani che si trovano in Ucraina a lasciare il Paese. Nella mattinata, comunicazioni simili sono state rilasciate da diversi Paesi europei come Spagna, Olanda e Germania.';
    expect(run(text)).toEqual(['UA/DE/-/leave_immediately', 'UA/ES/-/leave_immediately', 'UA/IT/-/leave_immediately', 'UA/NL/-/leave_immediately']);
  });

  it('GIVEN "Ähnliche Aufrufe wurden von Frankreich und Großbritannien veröffentlicht" WHEN classified THEN each shares the call', () => {
    const text = 'Das Auswärtige Amt fordert alle Deutschen auf, Libyen zu verlassen. Ähnliche Aufrufe wurden von Frankreich und Großbritannien veröffentlicht.';
    expect(run(text)).toEqual(['LY/DE/-/leave_immediately', 'LY/FR/-/leave_immediately', 'LY/GB/-/leave_immediately']);
  });

  it('GIVEN "des appels similaires ont été lancés par la Belgique et les Pays-Bas" WHEN classified THEN each shares the call', () => {
    const text = "Le Quai d'Orsay appelle les Français à quitter le Liban sans délai. Des appels similaires ont été lancés par la Belgique et les Pays-Bas.";
    expect(run(text)).toEqual(['LB/BE/-/leave_immediately', 'LB/FR/-/leave_immediately', 'LB/NL/-/leave_immediately']);
  });

  it('GIVEN "sconsiglia di intraprendere “tutti i viaggi non essenziali verso X”" WHEN classified THEN level 3', () => {
    expect(run('La Farnesina sconsiglia di intraprendere “tutti i viaggi non essenziali verso l’Ucraina”.')).toEqual(['UA/IT/3/']);
  });
});

describe('German reports of several governments and of staff withdrawn', () => {
  it('GIVEN the verb before its subjects ("riefen Frankreich, Spanien und Polen … zur sofortigen Ausreise aus Libyen auf") WHEN classified THEN each government, about Libya', () => {
    const text = 'Neben Deutschland riefen Frankreich, Spanien und Polen ihre Staatsbürger zur sofortigen Ausreise aus Libyen auf.';
    expect(run(text)).toEqual(['LY/ES/-/leave_immediately', 'LY/FR/-/leave_immediately', 'LY/PL/-/leave_immediately']);
  });

  it('GIVEN "zog seine Diplomaten aus Libyen ab" WHEN classified THEN staff ordered out', () => {
    expect(run('Das Auswärtige Amt zog jetzt seine Diplomaten aus Libyen ab.')).toEqual(['LY/DE/-/ordered_departure']);
  });

  it('GIVEN "Diplomaten aus der Botschaft in Tripolis abgezogen" in a story about Libya WHEN classified THEN Libya (Tripolis is its capital)', () => {
    const text = 'Die Lage in Libyen wird immer brenzliger. Das Auswärtige Amt hat seine Diplomaten aus der Botschaft in Tripolis abgezogen.';
    expect(run(text)).toEqual(['LY/DE/-/ordered_departure']);
  });

  it('GIVEN "departure from Libya" WHEN classified THEN Libya is the country left, not a route', () => {
    expect(run('Britain, France and Spain urged their citizens to depart from Libya immediately.')).toEqual(['LY/ES/-/leave_immediately', 'LY/FR/-/leave_immediately', 'LY/GB/-/leave_immediately']);
  });
});

describe('level phrases broken by quotation marks, and their objects', () => {
  it('GIVEN \'advises against “all travel to Lebanon”\' WHEN classified THEN level 4', () => {
    expect(run('The FCDO advises against “all travel to Lebanon”.')).toEqual(['LB/GB/4/']);
  });

  it('GIVEN "temporarily withdrawn families of members of staff" WHEN classified THEN staff ordered out', () => {
    expect(run('The British Embassy in Beirut has temporarily withdrawn families of members of staff from Lebanon.')).toEqual(['LB/GB/-/ordered_departure']);
  });

  it('GIVEN "defer all non-essential travel to that country" after a sentence about the country WHEN classified THEN level 3 for it', () => {
    const text = 'Protests continued in Sri Lanka on Sunday. Singapore has issued a travel advisory advising its citizens to defer all non-essential travel to that country.';
    expect(run(text)).toEqual(['LK/SG/3/']);
  });

  it('GIVEN "exercise a high degree of caution when travelling to Sri Lanka" WHEN classified THEN level 2 for the country named', () => {
    expect(run('The Australian Government updated its travel advice, advising its nationals to exercise a high degree of caution when travelling to Sri Lanka.')).toEqual(['LK/AU/2/']);
  });

  it('GIVEN "exercise increased caution when traveling to Mexico City" WHEN classified THEN a city: no country level', () => {
    expect(run('The State Department advises Americans to exercise increased caution when traveling to Mexico City.')).toEqual(['MX/US/-/']);
  });

  it('GIVEN "defer non-essential travel for the time being" WHEN classified THEN "the time being" is no place', () => {
    expect(run('Malaysia advised Malaysians intending to visit Sri Lanka to defer non-essential travel for the time being.')).toEqual(['LK/MY/3/']);
  });

  it('GIVEN "sconsigliando qualunque tipo di viaggio in Libia" WHEN classified THEN level 4', () => {
    expect(run('La Farnesina ha aggiornato le sue indicazioni, sconsigliando qualunque tipo di viaggio in Libia.')).toEqual(['LY/IT/4/']);
  });
});

describe('straight quotation marks inside a level phrase, a passive agent, "à destination de"', () => {
  it("GIVEN \"previously advised against 'all but essential travel'\" after \"advises against all travel\" WHEN classified THEN a raise", () => {
    const text = "The FCDO advises against all travel to Lebanon. The FCDO previously advised against 'all but essential travel' to Lebanon.";
    expect(run(text)).toEqual(['LB/GB/4/level_raised']);
  });

  it('GIVEN an apostrophe inside a word ("l\'Ucraina") WHEN classified THEN it stays a letter of the name', () => {
    expect(run("La Farnesina sconsiglia tutti i viaggi non essenziali verso l'Ucraina.")).toEqual(['UA/IT/3/']);
  });

  it('GIVEN "Tous les voyages à destination d\'Israël sont formellement déconseillés par le ministère belge" WHEN classified THEN level 4 for Israel (the agent is no object)', () => {
    expect(run("Tous les voyages à destination d'Israël sont formellement déconseillés par le ministère belge des Affaires étrangères.")).toEqual(['IL/BE/4/']);
  });
});

describe('two critical false alarms: consular closures in French and flight arrangements', () => {
  it('GIVEN an embassy "fermée pour les services consulaires ordinaires non urgents" WHEN classified THEN no suspension', () => {
    expect(run("L'ambassade des États-Unis au Tchad a annoncé qu'elle sera fermée pour les services consulaires ordinaires non urgents jusqu'à nouvel ordre.")).toEqual([]);
  });

  it('GIVEN an embassy "fermée jusqu\'à nouvel ordre" WHEN classified THEN still a suspension', () => {
    expect(run("L'ambassade de France au Liban sera fermée jusqu'à nouvel ordre.")).toEqual(['LB/FR/-/embassy_suspended']);
  });

  it('GIVEN a closure clause that says "passed" (not a passport office) WHEN classified THEN still a suspension', () => {
    expect(run('The U.S. Embassy in Kabul closed after protesters passed its gates on Tuesday.')).toEqual(['AF/US/-/embassy_suspended']);
  });

  it('GIVEN an embassy closed "für Reisepässe" WHEN classified THEN a consular closure, no suspension', () => {
    expect(run('Die deutsche Botschaft in Kabul ist für Reisepässe geschlossen.')).toEqual([]);
  });

  it('GIVEN passengers who "need to change their existing flight arrangements" WHEN classified THEN no evacuation', () => {
    expect(run('The Department of Foreign Affairs said in Dublin: "We are working with airlines to show flexibility to passengers in Britain who need to change their existing flight arrangements."')).toEqual([]);
  });

  it('GIVEN "the government arranged flights" WHEN classified THEN still an evacuation', () => {
    expect(run('Italy arranged flights for its citizens stranded in Lebanon.')).toEqual(['LB/IT/-/evacuation']);
  });
});
