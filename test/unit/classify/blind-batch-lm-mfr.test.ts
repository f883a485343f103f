/**
 * Misses of blind batch m (French and German official pages and embassy alerts), each with new sentences:
 * German date periods and Swiss spellings of closures, French suspensions and withdrawals, from–to changes in
 * French, lifted or withdrawn advice as a lowering, and regional-only German advice.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';


describe('embassy closures in German', () => {
  it('GIVEN a closure whose date has an ordinal period ("am 3. März") WHEN classified THEN the sentence is not cut and the embassy is suspended', () => {
    expect(run('Wegen der Unruhen bleibt die Deutsche Botschaft Bamako am Montag, den 3. März, geschlossen.')).toEqual(['ML/DE/-/embassy_suspended']);
  });

  it('GIVEN a Swiss "zu schliessen" (ss for ß) after the embassy WHEN classified THEN embassy_suspended', () => {
    expect(run('Das EDA hat beschlossen, die Schweizerische Botschaft in Khartum vorübergehend zu schliessen.')).toEqual(['SD/CH/-/embassy_suspended']);
  });

  it('GIVEN a window to be closed, not the embassy WHEN classified THEN nothing', () => {
    expect(run('Die Deutsche Botschaft in Niamey empfiehlt, nachts Fenster und Türen zu schliessen und Menschenansammlungen zu meiden.')).toEqual([]);
  });
});

describe('French suspensions and withdrawals', () => {
  it('GIVEN "suspend les activités de son ambassade" and "a retiré son personnel non essentiel" WHEN classified THEN embassy_suspended and ordered_departure', () => {
    expect(
      run("Le Quai d'Orsay suspend les activités de son ambassade à Niamey. Le ministère a retiré son personnel non essentiel de Niamey."),
    ).toEqual(['NE/FR/-/embassy_suspended,ordered_departure']);
  });

  it('GIVEN "les activités de l\'ambassade … sont suspendues" WHEN classified THEN embassy_suspended', () => {
    expect(run("Les activités de l'ambassade d'Italie à Tripoli sont suspendues jusqu'à nouvel ordre.")).toEqual(['LY/IT/-/embassy_suspended']);
  });

  it('GIVEN a withdrawal that did not happen WHEN classified THEN no ordered_departure', () => {
    expect(run("La Belgique n'a pas retiré son personnel de Kinshasa.")).toEqual([]);
  });
});

describe("a mission's masthead with its city and a tagline", () => {
  it('GIVEN "Ambassade de France au X – City | tagline" atop an unsigned stay-home message WHEN classified THEN the embassy\'s government is the issuer', () => {
    const html =
      '<div>Ambassade de France au Niger – Niamey | Liberté Égalité Fraternité</div><h1>Message aux Français</h1>' +
      "<p>Il est demandé à nos compatriotes de rester à leur domicile jusqu'à nouvel ordre.</p>";
    expect(run(html, 'html')).toEqual(['NE/FR/-/shelter_in_place']);
  });
});

describe('a change told from one level to another, in French', () => {
  it('GIVEN "abaissé de « 2 » à « 1 »" WHEN classified THEN the first is the past level and the change is a lowering', () => {
    expect(
      run("Le Canada a abaissé le niveau de risque pour le Pérou de « Faites preuve d'une grande prudence » à « Prenez des mesures de sécurité normales »."),
    ).toEqual(['PE/CA/1/level_lowered']);
  });

  it('GIVEN the noun "la levée de" as the cause after the level WHEN classified THEN the level is current', () => {
    expect(
      run("Le Canada a abaissé le niveau de risque pour la Bolivie à « Prenez des mesures de sécurité normales », après la levée de l'état d'urgence."),
    ).toEqual(['BO/CA/1/level_lowered']);
  });
});

describe('travel to a region as the subject of the advice', () => {
  it('GIVEN "Les voyages vers la province de X (…) sont formellement déconseillés" beside a country-wide yellow WHEN classified THEN the region does not set the level', () => {
    expect(
      run(
        "Le ministère de l'Europe et des Affaires étrangères place l'ensemble du Tchad en vigilance renforcée. " +
          'Les voyages vers la province du Lac, en raison des attaques de groupes armés (Boko Haram), sont formellement déconseillés.',
      ),
    ).toEqual(['TD/FR/-/']);
  });
});

describe('German changes with the verb before the level noun', () => {
  it('GIVEN "verschärfte seine Reiseinformation" / "erhöhte die Sicherheitsstufe" WHEN classified THEN level_raised without a table level', () => {
    expect(run('Österreich verschärfte am Freitag seine Reiseinformation für Mosambik.')).toEqual(['MZ/AT/-/level_raised']);
    expect(run('Das Außenministerium in Wien erhöhte am Dienstag die Sicherheitsstufe für Nepal.')).toEqual(['NP/AT/-/level_raised']);
  });

  it('GIVEN a change of something else ("erhöhte die Preise") WHEN classified THEN nothing', () => {
    expect(run('Die Regierung in Wien erhöhte am Dienstag die Preise für Reisepässe.')).toEqual([]);
  });
});

describe('advice against travel withdrawn', () => {
  it('GIVEN "no longer advises against all travel to X" WHEN classified THEN level_lowered with no level', () => {
    expect(run('The Foreign Office no longer advises against all travel to Guinea-Bissau after the elections passed peacefully.')).toEqual([
      'GW/GB/-/level_lowered',
    ]);
  });

  it('GIVEN "die Reisewarnung für X wurde aufgehoben" WHEN classified THEN level_lowered', () => {
    expect(run('Das Auswärtige Amt teilte mit, die Reisewarnung für Burundi sei am 4. Mai aufgehoben worden.')).toEqual(['BI/DE/-/level_lowered']);
  });

  it('GIVEN a withdrawn warning for a border region only, or one not lifted WHEN classified THEN no lowering', () => {
    expect(run('Das Auswärtige Amt hat die Reisewarnung für die Grenzregion zu Kolumbien aufgehoben.').join()).not.toContain('level_lowered');
    expect(run('Die Reisewarnung des Auswärtigen Amts für Burundi wird nicht aufgehoben.').join()).not.toContain('level_lowered');
  });
});

describe('German advice against travel with no level of its own', () => {
  it('GIVEN "Von Reisen in die Provinz X wird abgeraten" WHEN classified THEN a regional-only finding with no level', () => {
    expect(run('Das EDA rät: Von Reisen in die Provinz Cabo Delgado im Norden von Mosambik wird abgeraten.')).toEqual(['MZ/CH/-/']);
  });

  it('GIVEN the same words for the whole country WHEN classified THEN no level is read from them (advice about the country: a finding with no level)', () => {
    expect(run('Von Reisen nach Mosambik wird abgeraten, teilte das EDA mit.')).toEqual(['MZ/CH/-/']);
  });

  it('GIVEN the qualified form ("von nicht notwendigen Reisen") WHEN classified THEN it keeps its level 3', () => {
    expect(run('Von nicht notwendigen Reisen nach Mosambik wird abgeraten, teilte das Auswärtige Amt mit.')).toEqual(['MZ/DE/3/']);
  });
});
