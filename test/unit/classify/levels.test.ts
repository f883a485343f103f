import { describe, expect, it } from 'vitest';
import { detectLevels } from '../../../src/classify/levels.js';
import { matchForm } from '../../../src/classify/text.js';

// (vague advice — "warns against travel to Mali" — is advice with no level: it is left out here, as classify gives it no level)
const lv = (s: string) => detectLevels(matchForm(s)).filter((h) => !h.vague).map((h) => `${h.level}${h.scope[0]}${h.past ? 'p' : ''}`);

describe('levels', () => {
  it('GIVEN "avoid all non-essential travel" WHEN detected THEN it is level 3, not 4', () => {
    expect(lv('Avoid all non-essential travel to Mali.')).toEqual(['3c']);
    expect(lv('The FCDO advises against all but essential travel to Mali.')).toEqual(['3c']);
  });

  it('GIVEN the four US labels WHEN detected THEN they map 4..1', () => {
    expect(lv('Do not travel to Mali due to crime.')).toEqual(['4c']);
    expect(lv('Reconsider travel to Mali due to crime.')).toEqual(['3c']);
    expect(lv('Exercise increased caution in Mali due to crime.')).toEqual(['2c']);
    expect(lv('Exercise normal precautions in Mali.')).toEqual(['1c']);
  });

  it('GIVEN a structured title WHEN detected THEN the level comes from the number', () => {
    expect(lv('Mali - Level 4: Do Not Travel')).toEqual(['4u']);
    expect(lv('Oman - Level 3: Reconsider Travel')).toEqual(['3u']);
  });

  it('GIVEN vague wording WHEN detected THEN there is no level', () => {
    expect(lv('France advised its nationals to exercise extreme caution.')).toEqual([]);
    expect(lv('The ministry warns against travel to Mali.')).toEqual([]);
    expect(lv('Travellers should avoid travel where possible and consider postponing.')).toEqual([]);
  });

  it('GIVEN regional advice WHEN detected THEN the scope is regional', () => {
    expect(lv('Do not travel to the northern regions.')).toEqual(['4r']);
    expect(lv('The FCDO advises against all travel to within 20 km of the border.')).toEqual(['4r']);
    expect(lv('Do Not Travel To:')).toEqual(['4r']);
  });

  it('GIVEN a previous level WHEN detected THEN it is marked past', () => {
    const hits = lv('The level was lowered from Level 4 to Level 3.');
    expect(hits.some((h) => h.startsWith('4') && h.endsWith('p'))).toBe(true);
    expect(hits.some((h) => h.startsWith('3') && !h.endsWith('p'))).toBe(true);
  });

  it('GIVEN a qualifier inside a higher advisory WHEN detected THEN the lower level is dropped', () => {
    expect(lv('If you remain, exercise increased caution.')).toEqual([]);
  });

  it('GIVEN French, German and Italian wording WHEN detected THEN levels map', () => {
    expect(lv('Le Mali est formellement déconseillé.')).toEqual(['4u']);
    expect(lv('Le nord du pays est déconseillé sauf raison impérative.')).toEqual(['3u']);
    expect(lv('Déconseillé sauf raison impérative')).toEqual(['3r']); // a bare heading over a list of regions
    expect(lv('Für Mali gilt eine Reisewarnung.')).toEqual(['4u']);
    expect(lv('Si sconsigliano i viaggi a qualsiasi titolo in Mali.')).toEqual(['4c']);
  });

  it('GIVEN Canadian French and Swiss wording WHEN detected THEN levels map', () => {
    expect(lv('Évitez les voyages non essentiels au Nicaragua.')).toEqual(['3c']);
    expect(lv('Évitez tout voyage au Soudan.')).toEqual(['4c']);
    expect(lv("Faites preuve d'une grande prudence au Pérou.")).toEqual(['2c']);
    expect(lv('Le DFAE déconseille les voyages touristiques et non urgents au Bangladesh.')).toEqual(['3c']);
    expect(lv('Il DFAE sconsiglia i viaggi turistici e gli altri viaggi non urgenti in Honduras.')).toEqual(['3c']);
    expect(lv('Von Reisen nach Afghanistan und von Aufenthalten jeder Art wird abgeraten.')).toEqual(['4u']);
  });

  it('GIVEN "until now" / pluperfect wording WHEN detected THEN the level is past', () => {
    expect(lv('Le SPF, qui déconseillait jusqu\'ici les voyages non essentiels, a changé son avis.')).toEqual(['3up']);
    expect(lv('The FCDO had warned against all but essential travel in August.')).toEqual(['3up']);
  });

  it('GIVEN a time adjunct after a level WHEN detected THEN it is not a regional object', () => {
    expect(lv("The State Department's travel advisory for Niger has been at Level 4 since 2023.")).toEqual(['4u']);
  });

  it('GIVEN a parenthesised gloss of the same level WHEN detected THEN one hit', () => {
    expect(lv('Ces zones sont formellement déconseillées (zone rouge).')).toEqual(['4u']);
  });

  it('GIVEN a level said to have been lifted in German, French or Italian WHEN detected THEN it is past', () => {
    expect(lv('Das Auswärtige Amt hat seine Reisewarnung für Ruanda aufgehoben.')).toEqual(['4cp']);
    expect(lv('Auswärtiges Amt hebt Reisewarnung für Ruanda auf')).toEqual(['4cp']);
    expect(lv('Die Reisewarnung war im Februar ausgesprochen worden.')).toEqual(['4up']);
    expect(lv("Fino a oggi si sconsigliavano viaggi a qualsiasi titolo nell'intero territorio.")).toEqual(['4cp']);
  });

  it('GIVEN "previously … did not advise against travel" WHEN detected THEN a past level 1', () => {
    expect(lv('Previously FCDO did not advise against travel to Guinea.')).toEqual(['1up']);
  });
});
