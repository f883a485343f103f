import { describe, expect, it } from 'vitest';
import { editDistance, Gazetteer } from '../../../src/classify/gazetteer.js';

const gaz = new Gazetteer({
  extras: [
    { code: 'ML', demonyms: ['Malian'], places: ['Bamako'] },
    { code: 'GE', ambiguousNames: ['Georgia'], places: ['Tbilisi'] },
    { code: 'US', agencies: ['State Department'], metonyms: ['Washington'], fips: 'US' },
    { code: 'TR', names: ['Türkiye'], fips: 'TU' },
    { code: 'AT', fips: 'AU' },
    { code: 'AU', fips: 'AS' },
    { code: 'GB', names: ['Britain'], fips: 'UK' },
    { code: 'CD', names: ['DRC'], places: ['Kinshasa'] },
    { code: 'MV', ambiguousPlaces: ['Male'] },
  ],
});
const codes = (s: string) => gaz.scan(s).map((m) => m.code);

describe('gazetteer matching', () => {
  it('GIVEN Niger and Nigeria WHEN scanned THEN each is its own country', () => {
    expect(codes('Niger borders Nigeria.')).toEqual(['NE', 'NG']);
  });

  it('GIVEN the Guinea family WHEN scanned THEN the longest name wins', () => {
    expect(codes('Guinea, Guinea-Bissau, Papua New Guinea and Equatorial Guinea')).toEqual(['GN', 'GW', 'PG', 'GQ']);
  });

  it('GIVEN Sudan and South Sudan, Dominica and the Dominican Republic WHEN scanned THEN they differ', () => {
    expect(codes('South Sudan and Sudan; Dominica and the Dominican Republic')).toEqual(['SS', 'SD', 'DM', 'DO']);
  });

  it('GIVEN New Mexico WHEN scanned THEN it is not Mexico', () => {
    expect(codes('Storms hit New Mexico and Mexico.')).toEqual(['MX']);
  });

  it('GIVEN "us" in lower case WHEN scanned THEN it is not the United States, but "US" is', () => {
    expect(codes('Tell us more.')).toEqual([]);
    expect(codes('The US embassy')).toEqual(['US']);
  });

  it('GIVEN places, demonyms and French/German/Italian names WHEN scanned THEN they resolve to countries', () => {
    expect(codes('Bamako is Malian; Côte d’Ivoire, Elfenbeinküste, Costa d’Avorio and Türkiye')).toEqual(['ML', 'ML', 'CI', 'CI', 'CI', 'TR']);
  });

  it('GIVEN an ambiguous name WHEN scanned THEN the mention is flagged ambiguous', () => {
    const m = gaz.scan('Georgia is lovely.');
    expect(m[0]?.ambiguous).toBe(true);
    expect(gaz.contextAgainst('GE', 'Atlanta, Georgia')).toBe(true);
  });

  it('GIVEN an agency in lower case WHEN scanned THEN multi-word agencies still match', () => {
    expect(gaz.scan('the state department said').map((m) => [m.code, m.kind])).toEqual([['US', 'agency']]);
  });
});

describe('lookups', () => {
  it('GIVEN names, codes, demonyms and capitals in any case WHEN looked up THEN they give the ISO code', () => {
    expect(gaz.lookup('mali')).toBe('ML');
    expect(gaz.lookup('ML')).toBe('ML');
    expect(gaz.lookup('bamako')).toBe('ML');
    expect(gaz.lookup('malian')).toBe('ML');
    expect(gaz.lookup('cote divoire')).toBe('CI');
    expect(gaz.lookup('turkiye')).toBe('TR');
    expect(gaz.lookup('nowhere land')).toBeNull();
  });

  it('GIVEN a misspelt name WHEN suggestions are asked THEN the closest comes first', () => {
    expect(gaz.suggest('Mallí', 3)[0]?.code).toBe('ML');
    expect(gaz.suggest('Nigeria', 2).map((s) => s.code)).toContain('NG');
  });

  it('GIVEN State Department Country-Tags WHEN mapped THEN FIPS codes become ISO', () => {
    expect(gaz.fipsToIso('TU')).toBe('TR');
    expect(gaz.fipsToIso('UK')).toBe('GB');
    expect(gaz.fipsToIso('AU')).toBe('AT');
    expect(gaz.fipsToIso('AS')).toBe('AU');
    expect(gaz.fipsToIso('ML')).toBe('ML');
    expect(gaz.fipsToIso('xx1')).toBeNull();
  });

  it('GIVEN two strings WHEN compared THEN the edit distance is right', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
