/**
 * Shapes of real public pages (news, ministry notices, official advice pages, aggregators) the classifier got wrong in
 * session 16, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a level whose object is a list after a colon', () => {
  it.each([
    ['The FCDO advises against all travel to:\n\n• the whole of the Central African Republic\n', 'CF/GB/4/'],
    ['The FCDO advises against all but essential travel to:\n\n- the whole of Mali\n', 'ML/GB/3/'],
  ])('GIVEN %j WHEN classified THEN the level is the whole country the first item names', (text, want) => {
    expect(run(text)).toEqual([want]);
  });

  it('GIVEN a first item that is a part ("the whole of the Kidal region of Mali") WHEN classified THEN regional advice, no level', () => {
    expect(run('The FCDO advises against all travel to:\n\n- the whole of the Kidal region of Mali\n')).toEqual(['ML/GB/-/']);
  });

  it("GIVEN a first item that is a country's part by possessive (\"the whole of Mali's north\") WHEN classified THEN no level", () => {
    expect(run("The FCDO advises against all travel to:\n\n- the whole of Mali's north\n")).toEqual(['ML/GB/-/']);
  });
});

describe('non-essential travel in more wordings', () => {
  it.each([
    ["Il est déconseillé de se rendre au Soudan pour des voyages touristiques et tout autre voyage qui ne présente pas un caractère d'urgence, indique le DFAE.", 'SD/CH/3/'],
    ["Selon le DFAE, les voyages sans caractère d'urgence au Soudan sont déconseillés.", 'SD/CH/3/'],
    ['Das Auswärtige Amt rät ab sofort von "nicht unbedingt notwendigen" Besuchen in Birma ab.', 'MM/DE/3/'],
    ['Das Auswärtige Amt rät von nicht notwendigen Aufenthalten in Birma ab.', 'MM/DE/3/'],
    ['A causa degli scontri in Nepal, la Farnesina consiglia di rinviare per il momento i viaggi, se non necessari.', 'NP/IT/3/'],
    ['La Farnesina consiglia di rinviare i viaggi in Nepal se non strettamente necessari.', 'NP/IT/3/'],
  ])('GIVEN %s WHEN classified THEN level 3', (text, want) => {
    expect(run(text)).toEqual([want]);
  });
});

describe("the issuer's own country named where it speaks is not the level's country", () => {
  it.each([
    ['Unruhen in Birma.\n\nBerlin - Das Auswärtige Amt rät ab sofort von nicht notwendigen Reisen ab.', 'MM/DE/3/'],
    ['Unruhen in Birma.\n\nBerlin (dpa) - Das Auswärtige Amt rät ab sofort von nicht notwendigen Besuchen ab.', 'MM/DE/3/'],
  ])('GIVEN %j WHEN classified THEN the level is for the country the text is about', (text, want) => {
    expect(run(text)).toEqual([want]);
  });
});

describe('all travel but essential travel, the exception after the object', () => {
  it.each([
    ["Mardi, le ministère britannique des Affaires étrangères a appelé ses citoyens d'éviter de se rendre au Liban, hormis des voyages essentiels.", 'LB/GB/3/'],
    ["Le Foreign Office conseille désormais d'interrompre tous les voyages au Liban, à l'exception des voyages essentiels.", 'LB/GB/3/'],
    ['La Farnesina invita i connazionali a rinviare i propri viaggi in Libano, in caso di spostamenti non strettamente necessari.', 'LB/IT/3/'],
  ])('GIVEN %s WHEN classified THEN level 3', (text, want) => {
    expect(run(text)).toEqual([want]);
  });
});

describe('a negation inside a clause of time does not negate the advice', () => {
  it.each([
    ['«Fino a quando la situazione non sarà chiarita si sconsigliano viaggi turistici e altri viaggi non urgenti in Israele», afferma il DFAE.', 'IL/CH/3/'],
    ['Tant que la situation ne sera pas clarifiée, le DFAE déconseille les voyages touristiques et autres voyages non urgents en Israël.', 'IL/CH/3/'],
  ])('GIVEN %s WHEN classified THEN the level stands', (text, want) => {
    expect(run(text)).toEqual([want]);
  });

  it('GIVEN the advice itself negated ("La Farnesina non sconsiglia …") WHEN classified THEN no level', () => {
    expect(run('La Farnesina non sconsiglia i viaggi non urgenti in Israele.')).toEqual([]);
  });
});

describe('a ministry called a "département" is no region', () => {
  it('GIVEN "Le Département fédéral des affaires étrangères (DFAE) déconseille de se rendre au Liban pour des voyages qui ne sont pas urgents" WHEN classified THEN level 3 for Lebanon', () => {
    expect(run('Le Département fédéral des affaires étrangères (DFAE) déconseille de se rendre au Liban pour des voyages qui ne sont pas urgents.')).toEqual(['LB/CH/3/']);
  });
});

describe('non-essential travel "formellement déconseillé"', () => {
  it('GIVEN "Les voyages non essentiels au Liban sont formellement déconseillés" WHEN classified THEN level 3, not 4', () => {
    expect(run('Selon le SPF Affaires étrangères belge, les voyages non essentiels au Liban sont "formellement déconseillés".')).toEqual(['LB/BE/3/']);
  });
});

describe('calls to leave addressed to "those who are in" the country', () => {
  it('GIVEN "urges those who are currently in South Sudan to leave" WHEN classified THEN leave_immediately', () => {
    expect(run('The FCO urges those who are currently in South Sudan to leave.')).toEqual(['SS/GB/-/leave_immediately']);
  });

  it('GIVEN "those who … wish to leave may do so" WHEN classified THEN still a hedge, no call', () => {
    expect(run('The FCO says those who are in South Sudan and wish to leave may do so.')).toEqual([]);
  });

  it('GIVEN "to leave for a safer area" WHEN classified THEN no call to leave the country', () => {
    expect(run('The Foreign Office urged those still in South Sudan to leave for a safer area.')).toEqual([]);
  });
});

describe('a quotation between commas after a name does not make it the speaker', () => {
  it("GIVEN \"… à quitter l'Afghanistan, «en raison de …», a annoncé l'ambassade\" WHEN classified THEN Afghanistan is the country left, France the issuer", () => {
    expect(run("La France appelle tous ses ressortissants à quitter l'Afghanistan, «en raison de l'évolution de la situation», a annoncé mardi l'ambassade.")).toEqual(['AF/FR/-/leave_immediately']);
  });
});

describe('the local authorities whose advice travellers are told to follow are no issuer', () => {
  it('GIVEN "told to stay indoors … and follow the advice of Philippine authorities" WHEN classified THEN shelter_in_place from the FCO', () => {
    const text =
      'The FCO continues to advise against all travel to western Mindanao including Marawi City.\n\nFor citizens already in Marawi City, they were told to stay indoors, monitor the news and follow the advice of Philippine authorities in light of clashes.';
    expect(run(text)).toEqual(['PH/GB/-/shelter_in_place']);
  });
});

describe('more forms of all travel', () => {
  it.each([
    ['The United Kingdom (UK) has advised its citizens against all travels to South Sudan, citing security concerns.', 'SS/GB/4/'],
    ['I viaggi e i soggiorni di qualsiasi tipo in Libia sono sconsigliati, scrive il DFAE.', 'LY/CH/4/'],
  ])('GIVEN %s WHEN classified THEN level 4', (text, want) => {
    expect(run(text)).toEqual([want]);
  });

  it('GIVEN a short gloss in parentheses after the government ("The United States (U.S.) ordered …") WHEN classified THEN it is still the issuer', () => {
    expect(run('The United States (U.S.) ordered non-emergency staff to leave Haiti.')).toEqual(['HT/US/-/ordered_departure']);
  });
});

describe('advice extended to the whole country', () => {
  it('GIVEN "Die bisher nur für einzelne Krisenregionen geltende Reisewarnung wurde auf das ganze Land ausgeweitet" WHEN classified THEN 4 for the country, now', () => {
    const text = 'Wegen des Konflikts in Äthiopien ruft die Bundesregierung deutsche Staatsbürger auf, das Land zu verlassen. Die bisher nur für einzelne Krisenregionen geltende Reisewarnung wurde auf das ganze Land ausgeweitet.';
    expect(run(text)).toEqual(['ET/DE/4/leave_immediately,level_raised']);
  });
});
