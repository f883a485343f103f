/**
 * Generalization bugs found by blind batches n and o (written without reading the classifier): each rule is
 * checked on sentences of its own, not on the batches' texts.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';


describe('embassies', () => {
  it('GIVEN a headline "closure of the embassy" and a body that explains a holiday closure WHEN classified THEN no suspension', () => {
    const text =
      "<p>Ambassade de France au Niger</p><h1>Message de sécurité – Manifestations prévues à Niamey et fermeture de l'ambassade</h1>" +
      "<p>Des manifestations sont prévues samedi à Niamey.</p><p>Par ailleurs, l'ambassade de France et la section consulaire seront fermées au public le vendredi 1er mai à l'occasion de la fête du Travail, jour férié au Niger.</p>";
    expect(run(text, 'html')).toEqual([]);
  });

  it('GIVEN an Italian embassy and its chancery "chiuse al pubblico" for security WHEN classified THEN suspended', () => {
    expect(run("Per ragioni di sicurezza, l'Ambasciata d'Italia a Niamey e l'annessa Cancelleria consolare sono chiuse al pubblico in data odierna.")).toEqual([
      'NE/IT/-/embassy_suspended',
    ]);
  });
});

describe('evacuations', () => {
  it('GIVEN travellers flying out on their own WHEN classified THEN no evacuation; a government flying them out THEN one', () => {
    const ctx = 'Australia said it was monitoring the eruption in Indonesia. ';
    expect(run(ctx + 'Some travellers took ferries to Java to fly out of Surabaya.')).toEqual([]);
    expect(run('Australia flew 120 Australians out of Indonesia on an air force plane.')).toEqual(['ID/AU/-/evacuation']);
  });
});

describe('regional headings', () => {
  it('GIVEN a heading naming a city and its districts in parentheses WHEN classified THEN regional advice; the page\'s own level stands', () => {
    const text =
      'Peru - Exercise a high degree of caution\n\nExercise a high degree of caution in Peru due to crime, says the Government of Canada.\n\nLima (northern districts) - Avoid non-essential travel';
    expect(run(text)).toEqual(['PE/CA/2/']);
  });
});

describe('German forms', () => {
  it('GIVEN a "partielle Reisewarnung" for border provinces WHEN classified THEN regional advice, not the neighbour\'s level', () => {
    const text =
      'Wien (APA) - Das österreichische Außenministerium hat die Sicherheitsstufe für die gesamte Türkei von 2 auf 3 angehoben. ' +
      'Für die Provinzen Hatay, Kilis und Mardin an der Grenze zu Syrien und zum Irak gilt bereits seit 2016 eine partielle Reisewarnung (Sicherheitsstufe 5).';
    expect(run(text)).toEqual(['TR/AT/-/level_raised']);
  });

  it('GIVEN "eine Reisewarnung des Auswärtigen Amts" WHEN classified THEN the issuer\'s genitive is no object: a country-wide 4', () => {
    expect(run('Für Libyen gilt seit Jahren eine Reisewarnung des Auswärtigen Amts.')).toEqual(['LY/DE/4/']);
  });

  it('GIVEN the past of "ausfliegen" with its prefix at the end ("flogen … aus") WHEN classified THEN an evacuation by the government named', () => {
    expect(run('Kämpfe im Sudan. Auch die Niederlande flogen nach eigenen Angaben am Wochenende 38 Staatsangehörige sowie Mitarbeiter von Hilfsorganisationen aus.')).toEqual([
      'SD/NL/-/evacuation',
    ]);
    expect(run('Lufthansa fliegt ab Montag wieder aus Frankfurt nach Khartum im Sudan.')).toEqual([]);
  });
});

describe('page furniture', () => {
  it('GIVEN a "Contact" link in the navigation before an alert WHEN classified THEN the alert\'s subject still follows its Location field', () => {
    const text = [
      'Home',
      'Contact',
      'Security Alert - U.S. Embassy Port Louis, Mauritius: cyclone in Seychelles',
      'Location: Seychelles',
      'Event: Cyclone Ira reached Mahé overnight. The Government of Seychelles has ordered the evacuation of coastal districts.',
      'U.S. citizens in Seychelles should shelter in place now.',
      'Remain indoors until local authorities say the storm has passed.',
      'Assistance:',
      'U.S. Embassy Port Louis, Mauritius',
    ].join('\n\n');
    expect(run(text)).toEqual(['SC/US/-/shelter_in_place']);
  });
});
