/**
 * Shapes of real public pages (a German ministry's crisis page, Italian and Pakistani news) the classifier got wrong in
 * session 24, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('German: "aus X auszureisen" names the country left', () => {
  it('GIVEN "aufgerufen, aus X auszureisen" and another country in the next sentence THEN the call is about X', () => {
    expect(run('Deutsche Staatsangehörige werden dringend aufgerufen, aus Libanon auszureisen. Die Lage im Westjordanland ist angespannt.')).toEqual(['LB/DE/-/leave_immediately']);
  });

  it('GIVEN "aus X ausgeflogen" THEN the evacuation is out of X', () => {
    expect(run('Die Bundeswehr hat 300 Deutsche aus Kabul ausgeflogen. Die Lage in Usbekistan ist ruhig.')).toEqual(['AF/DE/-/evacuation']);
  });

  it('GIVEN "Flüge aus X" (a route, no leaving verb) THEN X is still no object of the call', () => {
    expect(run('Die Flüge aus Libanon nach Zypern sind voll. Deutsche in Zypern werden aufgerufen auszureisen.')).toEqual([]);
  });
});

describe('a list of countries with "die gesamten" before one member', () => {
  it('GIVEN "Reisewarnung für A, die gesamten Palästinensischen Gebiete, B und C" THEN all four at 4', () => {
    expect(run('Das Auswärtige Amt hat eine Reisewarnung für Israel, die gesamten Palästinensischen Gebiete, Libanon und Iran ausgesprochen.')).toEqual([
      'IL/DE/4/',
      'IR/DE/4/',
      'LB/DE/4/',
      'PS/DE/4/',
    ]);
  });
});

describe('governments listed before a relative clause that tells what they did', () => {
  it('GIVEN Italian "Stati Uniti, Gran Bretagna, Francia, che hanno invitato … a lasciare X" THEN each of them', () => {
    expect(run("Anche Stati Uniti, Gran Bretagna, Francia, che hanno invitato i loro connazionali a lasciare il Libano in fretta.")).toEqual([
      'LB/FR/-/leave_immediately',
      'LB/GB/-/leave_immediately',
      'LB/US/-/leave_immediately',
    ]);
  });

  it('GIVEN English "A, B and C, which have urged their citizens to leave X" THEN each of them', () => {
    expect(run('The United States, Britain and France, which have urged their citizens to leave Lebanon, are sending ships.')).toEqual([
      'LB/FR/-/leave_immediately',
      'LB/GB/-/leave_immediately',
      'LB/US/-/leave_immediately',
    ]);
  });

  it('GIVEN a place before "which has …" after a preposition THEN it is no government', () => {
    expect(run('Fighting in Mali, which has ordered the French ambassador out, continues.')).toEqual([]);
  });
});

describe('a raise dated by its month after the level', () => {
  it('GIVEN "raised the advisory for X to Level 4 - Do Not Travel on February 12" THEN X at 4, raised', () => {
    expect(run('The Department of State raised the Travel Advisory Level for Burma (Myanmar) to Level 4 - Do Not Travel on February 12, 2021.')).toEqual(['MM/US/4/level_raised']);
  });

  it('GIVEN "to Level 4 on March 3" THEN still 4', () => {
    expect(run('The State Department raised its travel advisory for Niger to Level 4 on March 3.')).toEqual(['NE/US/4/level_raised']);
  });
});

describe('Italian: the people named by a plural demonym after an article', () => {
  it('GIVEN "il ministro … invita gli italiani a lasciare X" (no ministry named) THEN Italy tells its citizens to leave', () => {
    expect(run('Il ministro Tajani invita gli italiani a lasciare il Libano il prima possibile.')).toEqual(['LB/IT/-/leave_immediately']);
  });

  it('GIVEN the jussive "gli italiani lascino X il prima possibile" THEN leave', () => {
    expect(run('Gli italiani lascino il Libano il prima possibile, ha detto il ministro degli Esteri.')).toEqual(['LB/IT/-/leave_immediately']);
  });

  it('GIVEN "i loro connazionali" after other governments THEN the compatriots are theirs, not Italy\'s', () => {
    expect(run('Anche Stati Uniti, Gran Bretagna, Francia, che hanno invitato i loro connazionali a lasciare il Libano in fretta.')).not.toContain('LB/IT/-/leave_immediately');
  });
});

describe('an exhibition about past evacuations', () => {
  it('GIVEN a lead about an exhibition that recounts evacuations, told in the present THEN no finding', () => {
    expect(
      run('Al Vittoriano una mostra racconta le evacuazioni degli italiani. Nella prima sala la Farnesina organizza il rimpatrio degli italiani dalla Libia con ponti aerei.'),
    ).toEqual([]);
  });

  it('GIVEN the same sentence with no exhibition THEN the evacuation', () => {
    expect(run('La Farnesina organizza il rimpatrio degli italiani dalla Libia con ponti aerei.')).toEqual(['LY/IT/-/evacuation']);
  });
});

describe('a post that goes on as normal despite an order', () => {
  it('GIVEN "the embassy in X is operating as normal despite orders to evacuate staff based in the region" THEN no evacuation', () => {
    expect(run('The US embassy in Bahrain is operating as normal despite orders from Washington to evacuate non-essential diplomatic staff based in the Middle East, an official said.')).toEqual([]);
  });

  it('GIVEN the order with no such clause THEN the evacuation stands', () => {
    expect(run('Washington ordered the US embassy in Bahrain to evacuate non-essential diplomatic staff, an official said.')).not.toEqual([]);
  });
});

describe('"the department" is the ministry, not a region', () => {
  it('GIVEN "the department warned in a Level 4 Do Not Travel Advisory" after a call to leave X THEN X at 4', () => {
    expect(run('"U.S. citizens should depart Russia immediately," the department warned in a Level 4 Do Not Travel Advisory, the highest level.')).toEqual(['RU/US/4/leave_immediately']);
  });

  it('GIVEN departments of a country at Level 4 THEN still regional', () => {
    expect(run('In Colombia, several departments are at Level 4 - Do Not Travel.')).not.toContain('CO/US/4/');
  });
});

describe('the agent of a hostile act is no issuer', () => {
  it('GIVEN an advisory from the embassy in X that cites "attack by Russian forces in Y" THEN the level is X\'s', () => {
    expect(
      run('A level four advisory issued by the United States Embassy in Moscow cited the attack by Russian military forces in Ukraine and harassment against U.S. citizens by Russian government security officials.'),
    ).toEqual(['RU/US/4/']);
  });
});

describe('German words for the US scale and for an ordered departure', () => {
  it('GIVEN "es gilt weiterhin die höchste Gefahrenkategorie 4" THEN 4', () => {
    expect(run('Das US-Außenministerium rät von Reisen nach Belarus ab – es gilt weiterhin die höchste Gefahrenkategorie 4.')).toEqual(['BY/US/4/']);
  });

  it('GIVEN "hat die Ausreise der Familienangehörigen … aus X angeordnet" THEN ordered departure', () => {
    expect(run('Das US-Außenministerium hat die Ausreise der Familienangehörigen von Botschaftsmitarbeitern aus Belarus angeordnet.')).toEqual(['BY/US/-/ordered_departure']);
  });

  it('GIVEN "die Ausreise der Familien sei nicht angeordnet worden" THEN nothing', () => {
    expect(run('Die Ausreise der Familien sei nicht angeordnet worden, sagte das Auswärtige Amt zu Belarus.')).toEqual([]);
  });
});

describe('French "sur le départ" is no departure from the country', () => {
  it('GIVEN "demandent aux ressortissants belges sur le départ de s\'enregistrer" THEN no call to leave', () => {
    expect(run('Les Affaires étrangères demandent aux ressortissants belges sur le départ de s’enregistrer avant un voyage en Égypte.')).toEqual([]);
  });
});
