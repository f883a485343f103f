/**
 * Shapes of real public pages (news, ministry notices, official advice pages, aggregators) the classifier got wrong in
 * session 15, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { run } from './brief.js';

describe('a hyphenated "non-" split by a space', () => {
  it('GIVEN "ordered non- emergency employees … to leave" WHEN classified THEN an ordered departure, as without the space', () => {
    expect(run('The Department of State ordered non- emergency employees and their family members to leave Niger.')).toEqual(['NE/US/-/ordered_departure']);
  });

  it('GIVEN "avoid non- essential travel to X" WHEN classified THEN level 3', () => {
    expect(run('The Foreign Office advises British nationals to avoid all non- essential travel to Chad.')).toEqual(['TD/GB/3/']);
  });

  it('GIVEN the split form WHEN classified THEN the evidence quotes the text as written', () => {
    const [f] = classify({ text: 'The Department of State ordered non- emergency employees to leave Niger.', format: 'text' });
    expect(f?.evidence).toContain('non- emergency employees');
  });
});

describe('a country named only by an epithet, as the object of advice', () => {
  it.each([
    ['Fighting broke out in Mali on Monday. The FCDO advises against all travel to the West African nation.', 'ML/GB/4/'],
    ['Kämpfe in Mali. Das Auswärtige Amt hat eine Reisewarnung für das westafrikanische Land ausgesprochen.', 'ML/DE/4/'],
    ["Combats au Mali. Le Quai d'Orsay déconseille formellement tout voyage vers ce pays d'Afrique de l'Ouest.", 'ML/FR/4/'],
    ['Scontri in Mali. La Farnesina sconsiglia viaggi a qualsiasi titolo verso il Paese africano.', 'ML/IT/4/'],
  ])('GIVEN %s WHEN classified THEN the level is the country the text is about', (text, want) => {
    expect(run(text)).toEqual([want]);
  });

  it('GIVEN a named part of the country after "the" ("the Sulu Archipelago") WHEN classified THEN it stays regional advice', () => {
    expect(run('The Australian Government says reconsider your need to travel to the Philippines overall, and do not travel to the Sulu Archipelago.')).toEqual(['PH/AU/3/']);
  });

  it('GIVEN "the Central African Republic" as the object WHEN classified THEN the name, not an epithet', () => {
    expect(run('Unrest in Chad. The State Department advises against all travel to the Central African Republic.')).toEqual(['CF/US/4/']);
  });
});

describe('a foreign ministry named with its portfolio before its country', () => {
  it('GIVEN "the Ministry of Foreign Affairs and European Integration of the Republic of Moldova recommends …" WHEN classified THEN Moldova is the issuer', () => {
    expect(run('The Ministry of Foreign Affairs and European Integration of the Republic of Moldova recommends refraining from traveling to Russia unless absolutely necessary.')).toEqual(['RU/MD/3/']);
  });

  it('GIVEN the Italian form WHEN classified THEN Moldova is the issuer', () => {
    expect(run("Il Ministero degli Affari Esteri e dell'Integrazione Europea della Repubblica di Moldova raccomanda di astenersi dai viaggi non essenziali in Ucraina.")).toEqual(['UA/MD/3/']);
  });

  it('GIVEN "the state\'s obligation" in an aside before the advice WHEN classified THEN no region: the country level stands', () => {
    expect(run("The Ministry of Foreign Affairs of Moldova, based on the state's obligation to protect its citizens, recommends refraining from traveling to Russia unless absolutely necessary.")).toEqual(['RU/MD/3/']);
  });
});

describe('non-essential travel, avoided or put off, in any of the four languages', () => {
  it.each([
    ['La Farnesina avvisa: rinviare tutti i viaggi non necessari in Iran.', 'IR/IT/3/'],
    ["Il DFAE sconsiglia i viaggi turistici e tutti gli altri viaggi non urgenti a destinazione dell'Iran.", 'IR/CH/3/'],
    ['Le DFAE déconseille les voyages touristiques et autres voyages non urgents à destination du Venezuela.', 'VE/CH/3/'],
    ['The UK Foreign Office said all inessential travel to Bolivia should be cancelled.', 'BO/GB/3/'],
    ["Le gouvernement français a recommandé à ses citoyens d'éviter de voyager au Venezuela sauf « raisons de force majeure ».", 'VE/FR/3/'],
  ])('GIVEN %s WHEN classified THEN level 3', (text, want) => {
    expect(run(text)).toEqual([want]);
  });

  it('GIVEN advice against non-essential travel lifted WHEN classified THEN no level 3', () => {
    expect(run('The Foreign Office no longer advises against non-essential travel to Egypt.')).toEqual(['EG/GB/-/level_lowered']);
  });
});

describe('Italian advice against travel to a region, with no step of the scale', () => {
  it.each([
    ['Guinea: "fortemente sconsigliati" dal Ministero degli Esteri italiano viaggi nella regione della Guinée Forestière, nel sud del Paese.', 'GN/IT/-/'],
    ['La Farnesina sottolinea che in India è fortemente sconsigliato qualsiasi spostamento nelle zone prossime al confine con il Pakistan.', 'IN/IT/-/'],
    ['Kirghizistan: il DFAE sconsiglia i viaggi a destinazione della regione di Batken e nel distretto di Chon Alay.', 'KG/CH/-/'],
  ])('GIVEN %s WHEN classified THEN a regional finding, level null', (text, want) => {
    expect(run(text)).toEqual([want]);
  });

  it('GIVEN the same words for the whole country WHEN classified THEN vague advice: a finding with no level', () => {
    expect(run('La Farnesina sconsiglia i viaggi in Libia.')).toEqual(['LY/IT/-/']);
  });
});

describe('a change of level', () => {
  it('GIVEN "upgraded their travel advisories" (the plural) WHEN classified THEN level_raised', () => {
    expect(run('Australia upgraded their travel advisories for Fiji, recommending against non-essential travel to Fiji.')).toEqual(['FJ/AU/3/level_raised']);
  });

  it('GIVEN "relaxed their travel advisories" WHEN classified THEN level_lowered', () => {
    expect(run('The Foreign Office relaxed its travel advisories for Sri Lanka.')).toEqual(['LK/GB/-/level_lowered']);
  });

  it('GIVEN "advised its citizens not to go to X and raised its travel advisory" WHEN classified THEN the negation is the infinitive\'s only: level_raised', () => {
    expect(run('The US has advised its citizens not to go to Myanmar and raised its travel advisory for the country to level 4.')).toEqual(['MM/US/4/level_raised']);
  });

  it('GIVEN "has not raised its advisory" after a negated infinitive WHEN classified THEN still no level_raised', () => {
    expect(run('The State Department told Americans not to panic and has not raised its travel advisory for Niger.')).toEqual([]);
  });
});

describe('"any travel" and other level wordings', () => {
  it('GIVEN "we advise against any travel to X" WHEN classified THEN level 4', () => {
    expect(run("We advise against any travel to Gabon in the immediate future, wrote Poland's foreign ministry.")).toEqual(['GA/PL/4/']);
  });

  it('GIVEN "against any travel other than essential travel" WHEN classified THEN not level 4', () => {
    expect(run('The FCDO advises against any travel other than essential travel to Guinea.')).not.toContain('GN/GB/4/');
  });

  it('GIVEN "sconsigliati i viaggi in X se non per motivi di effettiva necessità" WHEN classified THEN level 3', () => {
    expect(run('La Farnesina: "Sono sconsigliati i viaggi in Ciad se non per motivi di effettiva necessità".')).toEqual(['TD/IT/3/']);
  });

  it('GIVEN a fronted topic naming only parts of the country ("In the case of Abkhazia and South Ossetia, … against any travel") WHEN classified THEN the country keeps its own level', () => {
    expect(run('The Ministry of Foreign Affairs of Poland advises against all non-essential travel to Georgia. In the case of Abkhazia and South Ossetia, the Ministry advises against all travel.')).toEqual(['GE/PL/3/']);
  });

  it('GIVEN a fronted topic naming the country WHEN classified THEN its level', () => {
    expect(run('For Mali, the FCDO advises against all travel.')).toEqual(['ML/GB/4/']);
  });
});

describe('a part of the country as the subject of a level', () => {
  it('GIVEN "Marawi City are under Level 4 or \\"Do not travel\\"" after a country level WHEN classified THEN the country keeps its level', () => {
    expect(run('The Philippines remains at Level 2. The Sulu Archipelago, Sulu Sea and Marawi City are under Level 4 or "Do not travel."')).toEqual(['PH/-/2/']);
  });

  it('GIVEN "le nord du Mali est formellement déconseillé" WHEN classified THEN regional advice, level null', () => {
    expect(run("Le nord du Mali est formellement déconseillé, selon le Quai d'Orsay.")).toEqual(['ML/FR/-/']);
  });

  it('GIVEN a compass part only in a cause clause before the comma WHEN classified THEN the country level stands', () => {
    expect(run("Suite à la dégradation de la situation dans l'est du pays, les voyages non essentiels vers l'ensemble du territoire du Mali sont déconseillés par le Quai d'Orsay.")).toEqual(['ML/FR/3/']);
  });
});
