import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COUNTRY_EXTRAS, type CountryExtra } from '../../../src/classify/gazetteer-data.js';

const require = createRequire(import.meta.url);
type Lang = { countries: Record<string, string | string[]> };
const LANGS = ['en', 'fr', 'de', 'it'].map((l) => require(`i18n-iso-countries/langs/${l}.json`) as Lang);
const ISO_CODES = new Set(Object.keys(LANGS[0]!.countries).filter((c) => c !== 'XK'));

/** Case-, accent- and punctuation-insensitive key, close to what a word-bounded matcher compares. */
function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** i18n-iso-countries names (en/fr/de/it) by code. */
const BASE = new Map<string, string[]>();
for (const lang of LANGS) {
  for (const [code, v] of Object.entries(lang.countries)) {
    const list = BASE.get(code) ?? [];
    list.push(...(Array.isArray(v) ? v : [v]));
    BASE.set(code, list);
  }
}

type Field = 'names' | 'demonyms' | 'places' | 'ambiguousPlaces' | 'ambiguousNames' | 'agencies' | 'metonyms';
const LOCATION_FIELDS: Field[] = ['names', 'demonyms', 'places', 'ambiguousPlaces', 'ambiguousNames'];
const ALL_FIELDS: Field[] = [...LOCATION_FIELDS, 'agencies', 'metonyms'];

function strings(e: CountryExtra, fields: Field[]): string[] {
  return fields.flatMap((f) => e[f] ?? []);
}

/** fold(string) → codes, per field, for this data and for the i18n names. */
const INDEX = new Map<Field | 'base', Map<string, Set<string>>>();
function index(field: Field | 'base', code: string, s: string): void {
  const m = INDEX.get(field) ?? new Map<string, Set<string>>();
  INDEX.set(field, m);
  const k = fold(s);
  m.set(k, (m.get(k) ?? new Set<string>()).add(code));
}
for (const e of COUNTRY_EXTRAS) for (const f of ALL_FIELDS) for (const s of e[f] ?? []) index(f, e.code, s);
for (const [code, names] of BASE) for (const n of names) index('base', code, n);

/** Which codes a string resolves to, through this data and the i18n names (what the matcher sees). */
function lookup(s: string, fields: Field[] = ['names', 'demonyms', 'places']): string[] {
  const k = fold(s);
  const out = new Set<string>();
  for (const f of fields.includes('names') ? [...fields, 'base' as const] : fields) for (const c of INDEX.get(f)?.get(k) ?? []) out.add(c);
  return [...out].sort();
}

const byCode = new Map(COUNTRY_EXTRAS.map((e) => [e.code, e]));

describe('gazetteer data: coverage of the ISO list', () => {
  it('GIVEN the data WHEN its codes are read THEN every code is an upper-case ISO alpha-2 code known to i18n-iso-countries, or XK for Kosovo', () => {
    for (const e of COUNTRY_EXTRAS) {
      expect(e.code, e.code).toMatch(/^[A-Z]{2}$/);
      expect(ISO_CODES.has(e.code) || e.code === 'XK', e.code).toBe(true);
    }
  });

  it('GIVEN the data WHEN compared with the ISO list THEN every ISO country and territory has exactly one entry, plus Kosovo', () => {
    const codes = COUNTRY_EXTRAS.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...ISO_CODES].filter((c) => !byCode.has(c))).toEqual([]);
    expect(byCode.has('XK')).toBe(true);
    expect(codes.length).toBeGreaterThanOrEqual(249);
  });

  it('GIVEN any inhabited country WHEN its places are read THEN at least one place (its capital or main settlement) is listed', () => {
    const uninhabited = new Set(['BV']);
    const missing = COUNTRY_EXTRAS.filter((e) => !uninhabited.has(e.code) && strings(e, ['places', 'ambiguousPlaces']).length === 0);
    expect(missing.map((e) => e.code)).toEqual([]);
  });
});

describe('gazetteer data: hygiene', () => {
  it('GIVEN every string WHEN checked THEN none is empty, padded, doubly spaced or contains a backslash', () => {
    for (const e of COUNTRY_EXTRAS) {
      for (const s of strings(e, ALL_FIELDS)) {
        expect(s.trim(), `${e.code}: "${s}"`).toBe(s);
        expect(s.length, `${e.code}: "${s}"`).toBeGreaterThan(1);
        expect(s, `${e.code}: "${s}"`).not.toMatch(/\s{2}|\\/);
      }
    }
  });

  it('GIVEN one entry WHEN its location strings are compared THEN none is listed twice (ignoring case)', () => {
    for (const e of COUNTRY_EXTRAS) {
      const seen = new Map<string, string>();
      for (const s of strings(e, LOCATION_FIELDS)) {
        const k = s.toLowerCase();
        expect(seen.has(k), `${e.code}: "${s}" repeats "${seen.get(k)}"`).toBe(false);
        seen.set(k, s);
      }
      for (const f of ['agencies', 'metonyms'] as const) {
        const list = (e[f] ?? []).map((s) => s.toLowerCase());
        expect(new Set(list).size, `${e.code} ${f}`).toBe(list.length);
      }
    }
  });

  it('GIVEN the extra names WHEN compared with i18n-iso-countries THEN none merely repeats a name the package already has for that country', () => {
    for (const e of COUNTRY_EXTRAS) {
      const base = new Set((BASE.get(e.code) ?? []).map((x) => x.toLowerCase()));
      for (const n of e.names ?? []) expect(base.has(n.toLowerCase()), `${e.code}: "${n}"`).toBe(false);
    }
  });

  it('GIVEN the source file WHEN read THEN it is a pure data module without imports or I/O', () => {
    const src = readFileSync(fileURLToPath(new URL('../../../src/classify/gazetteer-data.ts', import.meta.url)), 'utf8');
    expect(src).not.toMatch(/^\s*import\s/m);
    expect(src).not.toMatch(/\brequire\(|\bprocess\.|\bfetch\(/);
  });
});

describe('gazetteer data: no string points at two countries', () => {
  it('GIVEN names, demonyms and places of all countries WHEN folded for case and accents THEN no string belongs to two countries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of COUNTRY_EXTRAS) {
      for (const s of strings(e, ['names', 'demonyms', 'places', 'ambiguousPlaces'])) {
        const k = fold(s);
        const o = owner.get(k);
        if (o && o !== e.code) clashes.push(`"${s}": ${o} and ${e.code}`);
        owner.set(k, e.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("GIVEN the added names, demonyms and places WHEN compared with other countries' i18n names THEN none is another country's name", () => {
    const baseOwner = new Map<string, Set<string>>();
    for (const [code, names] of BASE) {
      for (const n of names) {
        const k = fold(n);
        baseOwner.set(k, (baseOwner.get(k) ?? new Set()).add(code));
      }
    }
    const clashes: string[] = [];
    for (const e of COUNTRY_EXTRAS) {
      for (const s of strings(e, ['names', 'demonyms', 'places', 'ambiguousPlaces'])) {
        const others = [...(baseOwner.get(fold(s)) ?? [])].filter((c) => c !== e.code);
        if (others.length > 0) clashes.push(`"${s}" (${e.code}) is an i18n name of ${others.join(',')}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('GIVEN the agencies of all issuers WHEN compared THEN no agency name is claimed by two governments', () => {
    const owner = new Map<string, string>();
    for (const e of COUNTRY_EXTRAS) {
      for (const s of e.agencies ?? []) {
        const o = owner.get(fold(s));
        expect(o === undefined || o === e.code, `"${s}": ${o} and ${e.code}`).toBe(true);
        owner.set(fold(s), e.code);
      }
    }
  });

  it("GIVEN the metonyms WHEN compared with places THEN no metonym is another country's place", () => {
    for (const e of COUNTRY_EXTRAS) {
      for (const m of e.metonyms ?? []) {
        const others = lookup(m, ['places', 'ambiguousPlaces']).filter((c) => c !== e.code);
        expect(others, `${e.code} metonym "${m}"`).toEqual([]);
      }
    }
  });

  it('GIVEN words that are common in English, French, German or Italian WHEN looked up THEN they are never unambiguous names, demonyms or places', () => {
    const common = [
      'Island', 'Split', 'Male', 'Nice', 'Victoria', 'Georgia', 'Jordan', 'Chad', 'Turkey', 'China', 'Guinea', 'US', 'Polish',
      'Poles', 'Reunion', 'Réunion', 'Riunione', 'Grenade', 'Rio', 'Java', 'Hue', 'Tyre', 'Bergen', 'Mustang', 'Pagan', 'Tema',
      'Salone', 'Rosso', 'Palma', 'Tete', 'Colon', 'Sal', 'Bo', 'Kara', 'Kita', 'Ella', 'Clark', 'Linden', 'Klang', 'Seria',
      'Union', 'Republic', 'Kingdom', 'America', 'Amerika', 'Holland', 'Monaco', 'Jersey', 'CAR', 'Roma', 'Porto', 'Tigre',
      'Genes', 'Bale', 'Pecs', 'Para', 'Mare', 'Tanga', 'Maurice', 'Dominique', 'Chili', 'Equateur', 'Moldau', 'Macedonia',
    ];
    for (const w of common) {
      const owners = COUNTRY_EXTRAS.filter((e) => strings(e, ['names', 'demonyms', 'places']).some((x) => fold(x) === fold(w)));
      expect(owners.map((e) => e.code), w).toEqual([]);
    }
  });

  it('GIVEN i18n names that are also common words WHEN the data is read THEN they are flagged as ambiguous for their country', () => {
    const flagged: Array<[string, string]> = [
      ['GE', 'Georgia'], ['JO', 'Jordan'], ['TD', 'Chad'], ['TR', 'Turkey'], ['CN', 'China'], ['GN', 'Guinea'], ['US', 'US'],
      ['IS', 'Island'], ['RE', 'Réunion'], ['GD', 'Grenade'], ['MU', 'Maurice'], ['DM', 'Dominique'], ['CL', 'Chile'],
      ['JE', 'Jersey'], ['MC', 'Monaco'],
    ];
    for (const [code, name] of flagged) expect(byCode.get(code)?.ambiguousNames ?? [], `${code} ${name}`).toContain(name);
  });
});

describe('gazetteer data: FIPS (State Department Country-Tag) codes', () => {
  const fipsOwner = new Map<string, string>();
  for (const e of COUNTRY_EXTRAS) if (e.fips) fipsOwner.set(e.fips, e.code);

  it('GIVEN the FIPS codes WHEN compared THEN each is two upper-case letters, differs from its ISO code and is used once', () => {
    const all = COUNTRY_EXTRAS.filter((e) => e.fips).map((e) => e.fips!);
    expect(new Set(all).size).toBe(all.length);
    for (const e of COUNTRY_EXTRAS) {
      if (!e.fips) continue;
      expect(e.fips, e.code).toMatch(/^[A-Z]{2}$/);
      expect(e.fips, e.code).not.toBe(e.code);
    }
  });

  it('GIVEN a country without a FIPS code WHEN its ISO code is read as a Country-Tag THEN no other country claims that tag', () => {
    for (const e of COUNTRY_EXTRAS) if (!e.fips) expect(fipsOwner.get(e.code), e.code).toBeUndefined();
  });

  it('GIVEN the well-known Country-Tags WHEN mapped THEN they give the right ISO codes', () => {
    const known: Record<string, string> = {
      IV: 'CI', TU: 'TR', UK: 'GB', LT: 'LS', BC: 'BW', AJ: 'AZ', JA: 'JP', GM: 'DE', NG: 'NE', NI: 'NG', HA: 'HT', IZ: 'IQ',
      IS: 'IL', LE: 'LB', CH: 'CN', CI: 'CL', BM: 'MM', CG: 'CD', CF: 'CG', EZ: 'CZ', SP: 'ES', SZ: 'CH', AS: 'AU', AU: 'AT',
      RS: 'RU', UP: 'UA', KV: 'XK', OD: 'SS', RP: 'PH', VM: 'VN', KS: 'KR', KN: 'KP', SF: 'ZA', WZ: 'SZ', EI: 'IE', UV: 'BF',
    };
    for (const [tag, iso] of Object.entries(known)) expect(fipsOwner.get(tag), tag).toBe(iso);
    expect(byCode.get('ML')?.fips).toBeUndefined(); // Mali's tag ML is its ISO code
    expect(fipsOwner.get('ML')).toBeUndefined();
  });
});

describe('gazetteer data: required names', () => {
  it.each([
    ['Burma', 'MM'], ['Birmanie', 'MM'], ['Ivory Coast', 'CI'], ['Cote d’Ivoire', 'CI'], ['Elfenbeinküste', 'CI'], ["Costa d'Avorio", 'CI'],
    ['DRC', 'CD'], ['DR Congo', 'CD'], ['Congo-Kinshasa', 'CD'], ['Congo-Brazzaville', 'CG'], ['Türkiye', 'TR'], ['Turkiye', 'TR'],
    ['Türkei', 'TR'], ['Czechia', 'CZ'], ['Czech Republic', 'CZ'], ['Tschechien', 'CZ'], ['UAE', 'AE'], ['UK', 'GB'], ['Britain', 'GB'],
    ['Royaume-Uni', 'GB'], ['Regno Unito', 'GB'], ['USA', 'US'], ['Stati Uniti', 'US'], ['États-Unis', 'US'], ['Vatican', 'VA'],
    ['Swaziland', 'SZ'], ['Eswatini', 'SZ'], ['East Timor', 'TL'], ['Timor-Leste', 'TL'], ['Cabo Verde', 'CV'], ['Cape Verde', 'CV'],
    ['Gaza', 'PS'], ['West Bank', 'PS'], ['Palestinian territories', 'PS'], ['Kosovo', 'XK'], ['Macau', 'MO'], ['Macao', 'MO'],
    ['Hong Kong', 'HK'], ['Taiwan', 'TW'], ['Laos', 'LA'], ['Syria', 'SY'], ['Iran', 'IR'], ['Russia', 'RU'], ['Moldova', 'MD'],
    ['Bolivia', 'BO'], ['Venezuela', 'VE'], ['Tanzania', 'TZ'], ['Viet Nam', 'VN'], ['Brunei', 'BN'], ['Micronesia', 'FM'],
    ['St Kitts', 'KN'], ['St Lucia', 'LC'], ['North Korea', 'KP'], ['South Korea', 'KR'], ['the Gambia', 'GM'],
  ])('GIVEN "%s" WHEN looked up THEN it resolves to %s only', (s, code) => {
    expect(lookup(s)).toEqual([code]);
  });

  it.each([
    ['Bamako', 'ML'], ['Timbuktu', 'ML'], ['Kyiv', 'UA'], ['Kiev', 'UA'], ['Kiew', 'UA'], ['Kinshasa', 'CD'], ['Niamey', 'NE'],
    ['Ouagadougou', 'BF'], ['Port-au-Prince', 'HT'], ['Beirut', 'LB'], ['Khartoum', 'SD'], ['Tegucigalpa', 'HN'], ['Naypyidaw', 'MM'],
  ])('GIVEN the place "%s" WHEN looked up THEN it resolves to %s', (s, code) => {
    expect(lookup(s, ['places'])).toEqual([code]);
  });

  it.each([
    ['Malian', 'ML'], ['Malians', 'ML'], ['malienne', 'ML'], ['Malier', 'ML'], ['malisch', 'ML'], ['maliani', 'ML'], ['Americans', 'US'],
    ['américaine', 'US'], ['Amerikaner', 'US'], ['statunitense', 'US'], ['Briton', 'GB'], ['British', 'GB'], ['Italiener', 'IT'],
    ['italiano', 'IT'], ['Ivorian', 'CI'], ['Burkinabe', 'BF'], ['Nigerien', 'NE'], ['Nigerian', 'NG'],
  ])('GIVEN the demonym "%s" WHEN looked up THEN it resolves to %s', (s, code) => {
    expect(lookup(s, ['demonyms'])).toEqual([code]);
  });

  it.each([['Male', 'MV'], ['Victoria', 'SC'], ['Kingston', 'JM'], ['Georgetown', 'GY'], ['Hamilton', 'BM'], ['San José', 'CR'], ['Santiago', 'CL'], ['Praia', 'CV'], ['Nice', 'FR']])(
    'GIVEN the ambiguous place "%s" WHEN looked up THEN it is listed for %s as ambiguous only',
    (s, code) => {
      expect(lookup(s, ['ambiguousPlaces'])).toEqual([code]);
      expect(lookup(s, ['places'])).toEqual([]);
    },
  );
});

describe('gazetteer data: issuers of travel advice', () => {
  const ISSUERS = [
    'US', 'GB', 'CA', 'AU', 'NZ', 'IE', 'FR', 'DE', 'IT', 'ES', 'NL', 'BE', 'CH', 'AT', 'JP', 'KR', 'CN', 'IN', 'SG', 'RU', 'TR', 'IL', 'PL',
    'SE', 'NO', 'DK', 'FI', 'PT', 'BR', 'MX', 'ZA', 'SA', 'AE', 'QA', 'EG', 'PH', 'ID', 'MY', 'TH', 'PK', 'UA', 'CZ', 'GR',
  ];

  it.each(ISSUERS)('GIVEN the issuer %s WHEN its entry is read THEN it names its foreign ministry or travel-advice service', (code) => {
    expect((byCode.get(code)?.agencies ?? []).length).toBeGreaterThan(0);
  });

  it('GIVEN the issuers whose capital differs from the country name WHEN read THEN each has a metonym', () => {
    for (const code of ISSUERS.filter((c) => c !== 'SG')) expect((byCode.get(code)?.metonyms ?? []).length, code).toBeGreaterThan(0);
  });

  it.each([
    ['State Department', 'US'], ['U.S. Department of State', 'US'], ['FCDO', 'GB'], ['Foreign, Commonwealth & Development Office', 'GB'],
    ['Global Affairs Canada', 'CA'], ['Smartraveller', 'AU'], ['DFAT', 'AU'], ['MFAT', 'NZ'], ['SafeTravel', 'NZ'], ["Quai d'Orsay", 'FR'],
    ['France Diplomatie', 'FR'], ['Auswärtiges Amt', 'DE'], ['Federal Foreign Office', 'DE'], ['Farnesina', 'IT'], ['Viaggiare Sicuri', 'IT'],
    ["Ireland's Department of Foreign Affairs", 'IE'], ['Ministry of External Affairs', 'IN'], ['Itamaraty', 'BR'], ['DIRCO', 'ZA'],
  ])('GIVEN the agency "%s" WHEN looked up THEN it belongs to %s', (s, code) => {
    expect(lookup(s, ['agencies'])).toEqual([code]);
  });

  it.each([['Washington', 'US'], ['London', 'GB'], ['Paris', 'FR'], ['Berlin', 'DE'], ['Rome', 'IT'], ['Ottawa', 'CA'], ['Canberra', 'AU'], ['The Hague', 'NL'], ['Kyiv', 'UA']])(
    'GIVEN the metonym "%s" WHEN looked up THEN it stands for %s',
    (s, code) => {
      expect(lookup(s, ['metonyms'])).toEqual([code]);
    },
  );
});
