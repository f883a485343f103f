/**
 * Shapes of real public pages (news, ministry notices, official advice pages) the classifier got wrong in session 18, each
 * with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('French "déconseille tout voyage": all travel, unless an exception follows', () => {
  it.each([
    ['Les autorités américaines déconseillent tout voyage au Niger.', 'NE/US/4/'],
    ['Washington déconseille tout déplacement au Tchad.', 'TD/US/4/'],
    ['Le Quai d’Orsay déconseille tous les voyages au Niger.', 'NE/FR/4/'],
    ['Selon le ministère belge des Affaires étrangères, tout voyage au Burundi est strictement déconseillé.', 'BI/BE/4/'],
    ['Le Quai d’Orsay déconseille tous les voyages au Niger sauf raison impérative.', 'NE/FR/3/'],
    ['Le Quai d’Orsay déconseille tout déplacement non essentiel au Tchad.', 'TD/FR/3/'],
    ['Le gouvernement britannique appelle ses ressortissants à éviter de s’y rendre sauf motif impératif : la Tunisie reste dangereuse.', 'TN/GB/3/'],
  ])('GIVEN %s WHEN classified THEN the level is what the words say', (text, want) => {
    expect(run(text)).toEqual([want]);
  });
});

describe('the top of the scale named, not numbered', () => {
  it.each([
    ['The State Department raised its travel advisory for Haiti to its highest level on Tuesday.', 'HT/US/4/level_raised'],
    ["Le Quai d'Orsay a relevé son avis pour le Niger au niveau le plus élevé.", 'NE/FR/4/level_raised'],
  ])('GIVEN %s WHEN classified THEN the level is 4', (text, want) => {
    expect(run(text)).toEqual([want]);
  });

  it('GIVEN violence "at its highest level" with no advice named WHEN classified THEN no level', () => {
    expect(run('Violence in Haiti is at its highest level in years, the State Department said.')).not.toContain('HT/US/4/');
  });

  it("GIVEN a government with its own scale WHEN its advice is raised to the highest level THEN no level of the table", () => {
    expect(run('Japan raised its travel advisory for Gaza to the highest level.')).toEqual(['PS/JP/-/level_raised']);
  });
});

describe('a level named by its words, then "level"', () => {
  it("GIVEN \"retaining the 'Reconsider your need to travel' level\" WHEN classified THEN the country has level 3", () => {
    expect(run("Australia updated its advice for Bangladesh on 18 November, retaining the 'Reconsider your need to travel' level.")).toEqual(['BD/AU/3/']);
  });
});

describe("the Swiss FDFA's own wording names it on a page that never names itself", () => {
  it('GIVEN an unsigned German page with "touristischen und anderen nicht dringenden Reisen" WHEN classified THEN the issuer is CH', () => {
    const text = 'Myanmar: Reisehinweise\n\nVon touristischen und anderen nicht dringenden Reisen nach Myanmar wird abgeraten.\n\nIm ganzen Land bestehen hohe Sicherheitsrisiken.';
    expect(run(text)).toEqual(['MM/CH/3/']);
  });
});

describe('German "rät vom Aufenthalt in … ab": advice for regions', () => {
  it('GIVEN the Foreign Office advising against stays in some regions WHEN classified THEN a finding with no level', () => {
    expect(run('Das Auswärtige Amt rät vom Aufenthalt in bestimmten Regionen Myanmars ab.')).toEqual(['MM/DE/-/']);
  });
});

describe('Italian: deferring non-essential travel, and a level told by the advisory named before it', () => {
  it.each([
    ['Secondo la Farnesina si suggerisce di posticipare, almeno temporaneamente, i viaggi non necessari in Venezuela.', 'VE/IT/3/'],
    ["L'avviso di viaggio di livello 4 per il Venezuela del Dipartimento di Stato resta in vigore.", 'VE/US/4/'],
  ])('GIVEN %s WHEN classified THEN the level is what the words say', (text, want) => {
    expect(run(text)).toEqual([want]);
  });

  it("GIVEN Japan's advisory of level 4 (its own scale) WHEN classified THEN no level of the table", () => {
    expect(run("Il Giappone ha emesso un avviso di livello 4 per l'Iran.")).toEqual(['IR/JP/-/']);
  });
});

describe('addressees with an aside before the verb of going', () => {
  it('GIVEN "aux ressortissants français, y compris binationaux, de se rendre en" WHEN classified THEN the country has the level', () => {
    expect(run("« Il est déconseillé sauf raison impérative aux ressortissants français, y compris binationaux, de se rendre en Azerbaïdjan », alerte le Quai d'Orsay.")).toEqual(['AZ/FR/3/']);
  });
});

describe('German: holidays advised against in parts of a country, and the US label as a German page words it', () => {
  it('GIVEN "rät von Urlaubsreisen in weite Teile Äthiopiens ab" WHEN classified THEN advice for regions, no level', () => {
    expect(run('Das Auswärtige Amt rät von Urlaubsreisen in weite Teile Äthiopiens ab.')).toEqual(['ET/DE/-/']);
  });

  it('GIVEN "Stufe 3 - Überdenken Sie Ihre Reise" WHEN classified THEN level 3', () => {
    expect(run('Das US-Außenministerium stuft Äthiopien auf Stufe 3 - Überdenken Sie Ihre Reise.')).toEqual(['ET/US/3/']);
  });
});
