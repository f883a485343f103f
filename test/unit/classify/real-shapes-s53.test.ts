/**
 * Session 53: shapes from the blind sets (an object that counts the countries before naming them, a change of level given to
 * a list of countries before it). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('an object that counts the countries before naming them', () => {
  it('GIVEN "adapted its advice for two Central Asian countries, A and B" THEN advice for both', () => {
    expect(run('The FDFA has adapted its travel advice for two Central Asian countries, Kyrgyzstan and Tajikistan.')).toEqual(['KG/CH/-/', 'TJ/CH/-/']);
  });

  it('GIVEN the French "pour deux ex-républiques soviétiques d\'Asie centrale, le A et le B" THEN advice for both', () => {
    expect(run("Le DFAE a adapté ses conseils aux voyageurs pour deux ex-républiques soviétiques d'Asie centrale, le Kirghizistan et le Tadjikistan, en raison des combats.")).toEqual(['KG/CH/-/', 'TJ/CH/-/']);
  });

  it('GIVEN "advised against travel to two countries, A and B" THEN advice for both', () => {
    expect(run('Italy advised against travel to two countries, Mali and Niger.')).toEqual(['ML/IT/-/', 'NE/IT/-/']);
  });

  it('GIVEN a count of regions, not of countries THEN regional advice only (guard)', () => {
    expect(run('Italy advised against all travel to two northern regions, Sughd and Khatlon.')).toEqual([]);
  });
});

describe('a change of level given to the list of countries before it', () => {
  it('GIVEN "raised A and B to Level 4" THEN level 4 for both', () => {
    expect(run('The State Department raised Mali and Niger to Level 4.')).toEqual(['ML/US/4/level_raised', 'NE/US/4/level_raised']);
  });

  it('GIVEN "lowered A, B and C to Level 2" THEN level 2 for all three', () => {
    expect(run('The State Department lowered Mexico, Peru and Chile to Level 2.')).toEqual(['CL/US/2/level_lowered', 'MX/US/2/level_lowered', 'PE/US/2/level_lowered']);
  });

  it('GIVEN "raised A and kept B at Level 4" THEN no level 4 for A (guard)', () => {
    expect(run('The State Department raised Mali and kept Niger at Level 4.')).not.toContainEqual('ML/US/4/level_raised');
  });
});

describe('a German advice with its step on the scale and the side it comes from before its object', () => {
  it('GIVEN "eine Reisewarnung der Stufe 6 von österreichischer Seite für X" THEN level 4 from Austria', () => {
    expect(run('Die Sprecherin erinnerte daran, dass seit Jahren eine Reisewarnung der Stufe 6 von österreichischer Seite für Jemen bestehe.')).toEqual(['YE/AT/4/']);
  });

  it('GIVEN "eine Reisewarnung der Stufe 6 für X", the ministry in Vienna after THEN level 4 from Austria', () => {
    expect(run('Es gilt eine Reisewarnung der Stufe 6 für Jemen, teilte das Außenministerium in Wien mit.')).toEqual(['YE/AT/4/']);
  });

  it('GIVEN "auf syrischer Seite" (a side of a border, no issuer) THEN no Syrian advice (guard)', () => {
    expect(run('Das Auswärtige Amt warnt vor Reisen in das Grenzgebiet auf syrischer Seite.')).not.toContainEqual(expect.stringMatching(/^[A-Z]{2}\/SY\//));
  });
});

describe('the speaker of a quoted instruction, named after the verb of saying', () => {
  it('GIVEN "« Restez chez vous » a d\'abord alerté par message l\'Ambassade française" after a British embassy THEN France\'s shelter', () => {
    expect(run("L'ambassade britannique en Guinée a publié un message. « Tirs entendus à Conakry. Restez chez vous » a d'abord alerté par message l'Ambassade française.")).toEqual(['GN/FR/-/shelter_in_place']);
  });

  it('GIVEN \'"… shelter in place …," wrote the U.S. Embassy in a message\' after a British embassy THEN the US\'s shelter only', () => {
    expect(run('The British embassy in Guinea sent a message. "Gunfire heard in Conakry. Shelter in place until further notice," wrote the U.S. Embassy in a message on Sunday.')).toEqual(['GN/US/-/shelter_in_place']);
  });
});

describe('French reports of governments moving their people out (mixed84)', () => {
  it('GIVEN an aside between dashes between the people told and "de quitter" THEN a call to leave', () => {
    expect(run("La France avait demandé lundi à ses ressortissants dans le pays - moins d'une centaine - de quitter le Yémen.")).toEqual(['YE/FR/-/leave_immediately']);
  });

  it('GIVEN "conduit plusieurs pays, dont A, B ou encore l\'Angleterre à évacuer leur personnel" THEN each of them evacuates', () => {
    expect(run("Les combats ont conduit plusieurs pays, dont les États-Unis, l'Allemagne ou encore l'Angleterre à évacuer leur personnel diplomatique du Yémen.")).toEqual(['YE/DE/-/evacuation', 'YE/GB/-/evacuation', 'YE/US/-/evacuation']);
  });

  it('GIVEN the United Nations withdrawing its staff after a government\'s evacuation THEN no ordered departure', () => {
    expect(run('La France a évacué ses diplomates du Yémen. Les Nations unies ont elles aussi retiré leur personnel du pays.')).toEqual(['YE/FR/-/evacuation']);
  });

  it('GIVEN "la France avait « rapatrié … des ressortissants britanniques »" THEN France\'s evacuation, not Britain\'s', () => {
    expect(run('« Le rapatriement des Français » du Yémen a été évoqué, a déclaré le porte-parole, précisant que la France avait « rapatrié en même temps des ressortissants britanniques ».')).toEqual(['YE/FR/-/evacuation']);
  });

  it('GIVEN "ressortissants de pays africains tels que A, B ou encore C ont pris la décision" THEN no government of theirs', () => {
    expect(run("Plusieurs ressortissants de pays africains tels que le Mali, le Bénin ou encore le Nigeria ont également pris la décision de rester chez eux au Niger.")).toEqual([]);
  });
});

describe('German advice for countries fronted with "für"', () => {
  it('GIVEN "Für A und den B gilt seit Längerem eine Reisewarnung" THEN level 4 for both', () => {
    expect(run('Das Auswärtige Amt teilte mit: Für Syrien und den Jemen gilt seit Längerem eine Reisewarnung.')).toEqual(['SY/DE/4/', 'YE/DE/4/']);
  });

  it('GIVEN "Für die Palästinensischen Gebiete gilt eine Reisewarnung" (a name holding a region word) THEN level 4', () => {
    expect(run('Für die Palästinensischen Gebiete gilt eine Reisewarnung, sagt das Auswärtige Amt.')).toEqual(['PS/DE/4/']);
  });

  it('GIVEN "für den A und den B bestehen Teilreisewarnungen" (plural) THEN advice with no level for both', () => {
    expect(run('Für den Libanon und den Irak bestehen Teilreisewarnungen, sagt das Auswärtige Amt.')).toEqual(['IQ/DE/-/', 'LB/DE/-/']);
  });

  it('GIVEN "Für die Grenzgebiete zu A gilt eine Reisewarnung" THEN no country-wide level (guard)', () => {
    expect(run('Für die Grenzgebiete zu Syrien gilt eine Reisewarnung, sagt das Auswärtige Amt.')).not.toContainEqual('SY/DE/4/');
  });
});

describe('staff ordered out, departures secured (mixed84)', () => {
  it('GIVEN "has ordered nonessential staff out of its diplomatic posts in X" THEN ordered departure', () => {
    expect(run('The U.S. also has ordered nonessential staff out of its diplomatic posts in Iraq.')).toEqual(['IQ/US/-/ordered_departure']);
  });

  it('GIVEN "ordered its government to get out of the way" THEN no ordered departure (guard)', () => {
    expect(run('The U.S. ordered its government to get out of the way of the protests in Iraq.')).toEqual([]);
  });

  it('GIVEN "the Government of Canada has secured the departure of more than 100 Canadians" THEN evacuation', () => {
    expect(run('Sudan: with the help of partners, the Government of Canada has secured the departure of more than 100 Canadians.')).toEqual(['SD/CA/-/evacuation']);
  });

  it('GIVEN travellers urged "to secure any available flight from" the airport THEN no evacuation (guard)', () => {
    expect(run('The U.S. Embassy in Beirut is urging travelers to secure any available flight from Beirut airport.')).not.toContainEqual(expect.stringMatching(/evacuation/));
  });
});
