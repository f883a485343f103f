/**
 * Misses of blind batch s (session sfix): general causes, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a page\'s related links that name other countries\' levels', () => {
  const page = (links: string) =>
    `<h1>Kenya Travel Advisory</h1><h2>Kenya - Level 2: Exercise Increased Caution</h2>
<p>Exercise increased caution in Kenya due to crime and terrorism.</p>
${links}
<footer>Privacy | Contact</footer>`;

  it('GIVEN a "Related travel advisories" list of other countries with their levels WHEN classified THEN only the page\'s country is reported', () => {
    const html = page('<h3>Related Travel Advisories</h3><ul><li><a href="/so">Somalia - Level 4: Do Not Travel</a></li><li><a href="/tz">Tanzania - Level 2: Exercise Increased Caution</a></li></ul>');
    expect(run(html, 'html')).toEqual(['KE/US/2/']);
  });

  it('GIVEN an inline "See also:" line naming a neighbour\'s level WHEN classified THEN the neighbour is not reported', () => {
    const html = page('<p>See also: Ethiopia - Level 3: Reconsider Travel</p>');
    expect(run(html, 'html')).toEqual(['KE/US/2/']);
  });

  it('GIVEN a sentence of advice for another country after the links list WHEN classified THEN that advice still counts', () => {
    const html = page('<h3>Related Travel Advisories</h3><ul><li><a href="/so">Somalia Travel Advisory</a></li></ul><p>The Department of State has also raised Somalia to Level 4: Do Not Travel.</p>');
    expect(run(html, 'html')).toContain('SO/US/4/level_raised');
  });
});

describe('a "Regional advisory" heading with a higher level than the country\'s', () => {
  it('GIVEN a country heading at one level and a "Regional advisory - <area> - Avoid all travel" heading WHEN classified THEN the country keeps its own level', () => {
    const text = [
      'Travel advice and advisories for Guatemala',
      'Risk level',
      'GUATEMALA - Exercise a high degree of caution',
      'Exercise a high degree of caution in Guatemala due to violent crime.',
      'Regional advisory - Petén border zone - Avoid all travel',
      'Avoid all travel to the areas of Petén bordering Mexico due to armed groups.',
    ].join('\n\n');
    // (a "Risk level" heading over Canada's own words: the page is Canada's)
    expect(run(text)).toEqual(['GT/CA/2/']);
  });
});

describe('German news: the issuer after a fronted adverbial, the place it speaks from, port security', () => {
  it('GIVEN "Nach Unruhen an der Grenze zu X hat das Auswärtige Amt …" and an earlier lower level WHEN classified THEN the neighbour is no issuer and the raise is Germany\'s', () => {
    const text = 'Nach Unruhen an der Grenze zu Kolumbien hat das Auswärtige Amt eine Reisewarnung für Venezuela ausgesprochen. Bislang hatte das Amt nur von nicht notwendigen Reisen nach Venezuela abgeraten.';
    expect(run(text)).toEqual(['VE/DE/4/level_raised']);
  });

  it('GIVEN "…, das Land zu verlassen, teilte das Ministerium in Berlin mit" WHEN classified THEN Germans are told to leave the country of the report, not Germany', () => {
    const text = 'Das Auswärtige Amt hat eine Reisewarnung für Burundi ausgesprochen. Deutsche Staatsbürger werden aufgefordert, das Land zu verlassen, teilte das Ministerium am Montag in Berlin mit.';
    expect(run(text)).toEqual(['BI/DE/4/leave_immediately']);
  });

  // (the changed Reisehinweise are advice about Somalia with no level — a finding since session 32 — but no level change)
  it('GIVEN a security level raised at a country\'s ports or airports WHEN classified THEN no level change is reported', () => {
    expect(run('Großbritannien hat seine Reisehinweise für Somalia geändert. In Berbera wurde die Sicherheitsstufe an den Flughäfen erhöht.')).toEqual(['SO/GB/-/']);
    expect(run('The FCDO said Kenya had raised the security level at all seaports to level 3.')).toEqual([]);
  });
});

describe('advice for travel to a compass part of the country, with neighbours named as its edges', () => {
  it('GIVEN "les déplacements vers le nord, aux abords de X, sont formellement déconseillés" WHEN classified THEN the neighbour gets no level and the country gets regional advice', () => {
    const text = "Ambassade de France au Burkina Faso. Nous rappelons que les déplacements vers l'ouest du pays et vers le nord, aux abords du Mali et du Niger, sont formellement déconseillés.";
    expect(run(text)).toEqual(['BF/FR/-/']);
  });

  it('GIVEN "Reisen in den Norden, an der Grenze zu X, wird abgeraten" WHEN classified THEN no level for the neighbour', () => {
    const text = 'Das Auswärtige Amt rät Deutschen in Kamerun: Von Reisen in den Norden, nahe der Grenze zu Nigeria, wird dringend abgeraten.';
    expect(run(text).some((f) => f.startsWith('NG/'))).toBe(false);
  });
});

describe('French, German or Italian advice for travel to a city', () => {
  it('GIVEN "les déplacements à <city> sont déconseillés sauf raison impérative" WHEN classified THEN regional advice, no country level', () => {
    const text = 'Le Quai d\'Orsay a mis à jour ses conseils aux voyageurs pour le Pérou : les déplacements à Lima et Callao sont « déconseillés sauf raison impérative ».';
    expect(run(text)).toEqual(['PE/FR/-/']);
  });

  it('GIVEN "les voyages dans le pays sont déconseillés sauf raison impérative" WHEN classified THEN the country level stands', () => {
    const text = 'Le Quai d\'Orsay a mis à jour ses conseils aux voyageurs pour le Pérou : les voyages dans le pays sont « déconseillés sauf raison impérative ».';
    expect(run(text)).toEqual(['PE/FR/3/']);
  });
});

describe('"stay where you are safe"', () => {
  it('GIVEN "stay where you are safe and avoid protests" WHEN classified THEN no shelter_in_place', () => {
    expect(run('The Australian Embassy in Port Moresby advises Australians in Papua New Guinea to stay where you are safe and avoid protest areas.')).toEqual([]);
  });

  it('GIVEN "stay where you are until further notice" WHEN classified THEN shelter_in_place', () => {
    expect(run('The Australian Embassy in Port Moresby advises Australians in Papua New Guinea to stay where you are until further notice.')).toEqual(['PG/AU/-/shelter_in_place']);
  });
});

describe('Korea\'s "special travel advisory" (a step of its own scale)', () => {
  it('GIVEN a special travel advisory issued for two provinces WHEN classified THEN a Korean finding with no level', () => {
    const text = 'South Korea\'s foreign ministry issued a special travel advisory for the Oromia region of Ethiopia on Friday, recommending that Korean nationals postpone trips there.';
    expect(run(text)).toEqual(['ET/KR/-/']);
  });

  it('GIVEN "Korea extended the special travel advisory it had imposed on all of X" WHEN classified THEN Korea is the issuer, with no table level', () => {
    const text = 'Fighting continued near Goma. Korea extended the special travel advisory it had imposed on all of Rwanda last month.';
    expect(run(text)).toEqual(['RW/KR/-/']);
  });
});

describe('regional advice for "the border between A and B"', () => {
  it('GIVEN "advises against all travel to within 20km of the border between A and B" WHEN classified THEN regional advice for both countries', () => {
    const text = 'Clashes continued for a second day. The FCDO advises against all travel to within 20km of the border between Armenia and Azerbaijan, the Foreign Office said.';
    expect(run(text)).toEqual(['AM/GB/-/', 'AZ/GB/-/']);
  });

  it('GIVEN a country-wide level for A beside the border advice WHEN classified THEN A keeps its level', () => {
    const text = 'The FCDO advises against all travel to Azerbaijan. It also advises against all travel to within 20km of the border between Armenia and Azerbaijan.';
    expect(run(text)).toContain('AZ/GB/4/');
  });
});
