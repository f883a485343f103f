/**
 * Shapes the classifier got wrong in session 30 (the held-out set mixed57: Latin America, South and South-East Asia, the
 * Pacific, East and Central Africa; issuers beyond the usual five), each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { brief, run } from './brief.js';

describe('levels', () => {
  it('GIVEN an embassy page telling citizens to "exercise increased caution throughout the country" THEN level 2 for the country', () => {
    expect(
      brief(classify({ text: 'Travelers should exercise increased caution throughout the country and should not travel to areas marked as Level 4.', format: 'text', issuer: 'US', country: 'PE' })),
    ).toEqual(['PE/US/2/']);
  });

  it('GIVEN "exercise increased caution across Ecuador" THEN level 2 for Ecuador', () => {
    expect(run('The State Department urges Americans to exercise increased caution across Ecuador.')).toEqual(['EC/US/2/']);
  });

  it('GIVEN the old level in a relative clause, then "has been downgraded to Level 2" THEN level 2, lowered', () => {
    expect(
      run('The Level 3 travel advisory issued on 2 March, which advised American citizens to reconsider traveling to the country “due to serious risks to safety” has been downgraded to Level 2 advising US citizens to “exercise increased caution” in Nepal due to terrorism.'),
    ).toEqual(['NP/US/2/level_lowered']);
  });

  it('GIVEN a relative clause\'s own "that was lifted" after a level THEN the level holds', () => {
    expect(run('The Level 4 advisory for Mali, which replaced the earlier one that was lifted in May, remains in force, the State Department said.')).toEqual(['ML/US/4/']);
  });

  it('GIVEN a headline "Level 3 advisory has been reduced to Level 2" THEN the old level is not the level', () => {
    expect(run('Level 3 advisory for Nepal has been reduced to Level 2, the State Department said.')).toEqual(['NP/US/2/level_lowered']);
  });

  it('GIVEN French "de n\'effectuer que des déplacements essentiels" THEN level 3 for each government', () => {
    expect(run("Les ambassades de Suisse et de Belgique recommandent à leurs ressortissants de n'effectuer que des déplacements essentiels vers le Gabon.")).toEqual([
      'GA/BE/3/',
      'GA/CH/3/',
    ]);
  });

  it('GIVEN Italian "recarsi … solo laddove risulti strettamente necessario" THEN level 3', () => {
    expect(run('La Farnesina invita i connazionali a recarsi in Bolivia solo laddove risulti strettamente necessario.')).toEqual(['BO/IT/3/']);
  });

  it('GIVEN Italian "solo se necessario" about a visit, not travel there THEN nothing', () => {
    expect(run('Il museo di La Paz si può visitare solo se necessario prenotare in anticipo.')).toEqual([]);
  });
});

describe('issuers', () => {
  it('GIVEN "The US has given a Level 3 advisory for X" THEN the US is the issuer', () => {
    expect(run('The US has given a Level 3 advisory for Bangladesh after the unrest.')).toEqual(['BD/US/3/']);
  });

  it('GIVEN "Washington has given X a Level 3 advisory" THEN the US is the issuer', () => {
    expect(run('Washington has given Bangladesh a Level 3 advisory.')).toEqual(['BD/US/3/']);
  });

  it('GIVEN a headline "X given Level 4 advisory" (passive) THEN X is the place, not the issuer', () => {
    expect(run("Bangladesh given Level 4 'Do Not Travel' advisory by the State Department.")).toEqual(['BD/US/4/']);
  });

  it('GIVEN two governments in one sentence, each with its own level THEN both', () => {
    expect(
      run("The US has given a 'Level 3: Reconsider Travel' advisory for Bangladesh, and Japan's foreign ministry has advised its citizens to defer non-essential travel to Bangladesh."),
    ).toEqual(['BD/JP/3/', 'BD/US/3/']);
  });
});

describe('signals', () => {
  it('GIVEN German "hat angeordnet, dass alle Mitarbeiter … das Land verlassen müssen" THEN an ordered departure', () => {
    expect(run('Das kanadische Außenministerium hat angeordnet, dass alle Mitarbeiter der Botschaft Burundi verlassen müssen.')).toEqual(['BI/CA/-/ordered_departure']);
  });

  it('GIVEN German "hat angeordnet, dass" residents must leave a zone THEN nothing', () => {
    expect(run('Die Regierung von Burundi hat angeordnet, dass die Bewohner des Flussufers ihre Häuser verlassen müssen.')).toEqual([]);
  });

  it('GIVEN German "ihre Hinweise für Reisen nach X verschärft" THEN the level was raised', () => {
    expect(run('Österreich hat seine Hinweise für Reisen nach Nicaragua verschärft.')).toEqual(['NI/AT/-/level_raised']);
  });

  it('GIVEN a government that "upgraded its security alert for X" THEN the level was raised', () => {
    expect(run('Wellington today upgraded its security alert for Tonga after the riots.')).toEqual(['TO/NZ/-/level_raised']);
  });

  it('GIVEN the police who "raised the security alert" in a city THEN nothing', () => {
    expect(run('Police raised the security alert for Nukualofa after the riots.')).toEqual([]);
  });

  it('GIVEN "should they need to stay home" (preparedness) THEN no shelter in place', () => {
    expect(
      run('The U.S. Embassy in Kinshasa asked citizens to keep enough food and water should they need to stay home for several days.'),
    ).toEqual([]);
  });

  it('GIVEN "stay home" as an instruction THEN shelter in place', () => {
    expect(run('The U.S. Embassy in Kinshasa told citizens to stay home until further notice.')).toEqual(['CD/US/-/shelter_in_place']);
  });

  it('GIVEN one government\'s flights done and another\'s "was expected to evacuate" THEN only the done one', () => {
    expect(
      run("Canada's air force has flown 80 citizens out of Haiti and a Mexican government flight was expected to evacuate another 100 stranded passengers from Haiti on Friday, a Canadian minister said."),
    ).toEqual(['HT/CA/-/evacuation']);
  });
});
