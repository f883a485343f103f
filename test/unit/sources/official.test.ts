import { describe, expect, it } from 'vitest';
import { configSchema, sourceCron } from '../../../src/config/schema.js';
import { parseAustralianDate, auLevelFromText } from '../../../src/sources/official/australia.js';
import { holdUnconfirmedLevels } from '../../../src/sources/official/common.js';
import { germanyLevel } from '../../../src/sources/official/germany.js';
import { detectOfficialFeed } from '../../../src/sources/official/index.js';
import { ukLevel } from '../../../src/sources/official/uk-fcdo.js';
import { embassyAlertKind, embassyCountryFromUrl } from '../../../src/sources/official/us-embassy.js';
import { usCountry, usLevel, usText, usTitleName } from '../../../src/sources/official/us-state.js';
import { canadaItems } from '../../../src/sources/official/canada.js';
import { item } from '../../helpers/pipeline.js';
import { fixture } from '../../integration/official/harness.js';

describe('US advisories: titles, tags, change notes', () => {
  it('GIVEN the real title variants THEN the level and the destination name come out right, splitting on " - " only', () => {
    expect(usLevel(null, 'Guinea-Bissau - Level 3: Reconsider Travel')).toBe(3);
    expect(usTitleName('Guinea-Bissau - Level 3: Reconsider Travel')).toBe('Guinea-Bissau');
    expect(usTitleName('Mexico Travel Advisory - Level 2: Exercise Increased Caution')).toBe('Mexico');
    expect(usLevel(null, 'Mainland China, Hong Kong & Macau - See Summaries - Level 2: Exercise Increased Caution')).toBe(2);
    expect(usLevel('Level 4: Do Not Travel', 'Haiti - Level 3: Reconsider Travel')).toBe(4); // the category wins
    expect(usLevel(null, 'Worldwide Caution')).toBeNull();
  });

  it('GIVEN a Country-Tag, a new-scheme link or only a name THEN the ISO code is found', () => {
    const row = { title: 'Lesotho - Level 1: Exercise Normal Precautions', link: null, html: '', publishedAt: null, threatLevel: null };
    expect(usCountry({ ...row, countryTag: 'LT' })).toBe('LS');
    expect(usCountry({ ...row, countryTag: null, link: 'https://travel.state.gov/content/tsg_aem/us/en/home/international-travel/travel-advisories/destination.bfa.html' })).toBe('BF');
    expect(usCountry({ ...row, countryTag: null })).toBe('LS');
    expect(usCountry({ ...row, title: 'Worldwide Caution', countryTag: null })).toBeNull();
  });

  it('GIVEN a description whose change note is not first THEN it is moved first, prefixes and U+FFFD removed', () => {
    const t = usText('<p>Do Not Travel to X.</p><p>Last Update: Reissued after periodic review without changes.\ufffd</p>');
    expect(t.startsWith('<p>Reissued after periodic review without changes.</p>')).toBe(true);
    expect(t).toContain('Do Not Travel to X.');
  });
});

describe('other governments: levels and dates', () => {
  it('GIVEN FCDO alert_status values THEN whole-country statuses map to 4/3, parts to 2, empty to 1', () => {
    expect(ukLevel(['avoid_all_travel_to_whole_country'])).toBe(4);
    expect(ukLevel(['avoid_all_travel_to_parts', 'avoid_all_but_essential_travel_to_whole_country'])).toBe(3);
    expect(ukLevel(['avoid_all_travel_to_parts'])).toBe(2);
    expect(ukLevel([])).toBe(1);
  });

  it('GIVEN Australian dates THEN the zone abbreviation is honoured and a bare date is that calendar day', () => {
    expect(parseAustralianDate('27 Mar 2025 23:00:00 AEDT')).toBe('2025-03-27T12:00:00.000Z');
    expect(parseAustralianDate('02 Jul 2026 10:00:00 AEST')).toBe('2026-07-02T00:00:00.000Z');
    expect(parseAustralianDate('Fri, 10 Jan 2025 09:30 ACDT')).toBe('2025-01-09T23:00:00.000Z');
    expect(parseAustralianDate('10 Jul 2026')).toBe('2026-07-10T00:00:00.000Z');
    expect(parseAustralianDate('27 Mar 2025 23:00:00 XYZT')).toBeNull();
  });

  it('GIVEN Smartraveller labels THEN "reconsider your need" is 3 and "do not travel" 4', () => {
    expect(auLevelFromText('Reconsider your need to travel')).toBe(3);
    expect(auLevelFromText('Do not travel')).toBe(4);
    expect(auLevelFromText('Exercise a high degree of caution')).toBe(2);
    expect(auLevelFromText('Exercise normal safety precautions')).toBe(1);
  });

  it('GIVEN Auswärtiges Amt flags THEN warning 4, situation warning 3, partial 2, none 1', () => {
    expect(germanyLevel({ warning: true, partialWarning: true }).level).toBe(4);
    expect(germanyLevel({ situationWarning: true }).level).toBe(3);
    expect(germanyLevel({ partialWarning: true }).level).toBe(2);
    expect(germanyLevel({}).level).toBe(1);
  });

  it('GIVEN Canada in French THEN the French advisory text is what the classifier reads; the level is the same', () => {
    const fr = canadaItems(fixture('ca/01-baseline.json'), { trust: 'official', issuer: 'CA', language: 'fr' });
    const ne = fr.find((i) => i.key === 'NE');
    expect(ne?.text).toMatch(/Éviter les voyages non essentiels/);
    expect(ne?.structured?.[0]).toMatchObject({ country: 'NE', issuer: 'CA', level: 3 });
  });

  it('GIVEN embassy titles and hosts THEN the alert kind and the country are read', () => {
    expect(embassyAlertKind('Security Alert – U.S. Embassy Kabul, Afghanistan')).toBe('Security Alert');
    expect(embassyAlertKind('Natural Disaster Alert: U.S. Embassy Kathmandu')).toBe('Natural Disaster Alert');
    expect(embassyCountryFromUrl('https://lb.usembassy.gov/category/alert/feed/')).toBe('LB');
    expect(embassyCountryFromUrl('https://example.org/feed')).toBeNull();
  });
});

describe('safety and configuration', () => {
  it('GIVEN a mirror flapping between levels THEN a change is published only when seen twice in a row', () => {
    const memo: Record<string, unknown> = {};
    const at = (level: 1 | 2 | 3 | 4) => [item('ET', { structured: [{ country: 'ET', issuer: 'US', level, signals: [], evidence: '' }] })];
    expect(holdUnconfirmedLevels(at(3), memo)).toHaveLength(1);
    expect(holdUnconfirmedLevels(at(1), memo)).toHaveLength(0);
    expect(holdUnconfirmedLevels(at(3), memo)).toHaveLength(1);
    expect(holdUnconfirmedLevels(at(4), memo)).toHaveLength(0);
    expect(holdUnconfirmedLevels(at(4), memo)).toHaveLength(1);
  });

  it('GIVEN official source types without URLs or intervals THEN the real endpoints and per-type intervals apply', () => {
    const cfg = configSchema.parse({
      sources: [
        { id: 'us', type: 'us-state-dept' },
        { id: 'uk', type: 'uk-fcdo' },
        { id: 'ca', type: 'ca-travel' },
        { id: 'de', type: 'de-auswaertiges-amt' },
        { id: 'au', type: 'au-smartraveller' },
        { id: 'emb', type: 'us-embassy', country: 'lb' },
        { id: 'news', type: 'news', url: 'https://news.example/feed.xml' },
      ],
    });
    expect(cfg.sources.map((s) => sourceCron(s, cfg))).toEqual(['0 */10 * * * *', '0 */5 * * * *', '0 */20 * * * *', '0 */20 * * * *', '0 */30 * * * *', '0 */30 * * * *', '0 */10 * * * *']);
    expect(cfg.sources[0]).toMatchObject({ url: 'https://travel.state.gov/_res/rss/TAsTWs.xml', issuer: 'US' });
    expect(cfg.sources[5]).toMatchObject({ country: 'LB', issuer: 'US' });
    expect(cfg.sources[6]).toMatchObject({ trust: 'reported', issuer: null });
  });

  it('GIVEN saved snapshots THEN each official feed is recognised from its content', () => {
    expect(detectOfficialFeed(fixture('us/01-baseline.xml'))).toBe('us-state-dept');
    expect(detectOfficialFeed(fixture('us-json/01-baseline.json'))).toBe('us-state-dept');
    expect(detectOfficialFeed(fixture('embassy/01-baseline.xml'))).toBe('us-embassy');
    expect(detectOfficialFeed(fixture('uk/02-lebanon.json'))).toBe('uk-fcdo');
    expect(detectOfficialFeed(fixture('ca/01-baseline.json'))).toBe('ca-travel');
    expect(detectOfficialFeed(fixture('au/01-baseline.rss'))).toBe('au-smartraveller');
    expect(detectOfficialFeed(fixture('de/01-baseline.json'))).toBe('de-auswaertiges-amt');
    expect(detectOfficialFeed('<rss version="2.0"><channel><title>Some news</title></channel></rss>')).toBeNull();
  });
});

describe('environment', () => {
  it('GIVEN ADVISORY_HTTP_PROXY and ADVISORY_HTTP_CONTACT THEN they fill http.proxy and http.contact unless the file sets them', async () => {
    const { applyEnv } = await import('../../../src/config/env.js');
    const base = configSchema.parse({});
    const { config } = applyEnv(base, { ADVISORY_HTTP_PROXY: 'http://proxy.internal:3128', ADVISORY_HTTP_CONTACT: 'ops@example.org' });
    expect(config.http).toMatchObject({ proxy: 'http://proxy.internal:3128', contact: 'ops@example.org' });
    const fromFile = configSchema.parse({ http: { proxy: 'http://file:1' } });
    expect(applyEnv(fromFile, { ADVISORY_HTTP_PROXY: 'http://env:2' }).config.http.proxy).toBe('http://file:1');
    expect(applyEnv(base, { ADVISORY_HTTP_PROXY: 'not a url' }).config.http.proxy).toBeUndefined();
  });
});
