/**
 * Session 47: governments a newcomer to "the list of countries urging …" came after ("…, after A, B and C") share its call;
 * "became the latest country to tell"; a negated infinitive does not reach the one coordinated after it when the window ends
 * right before it ("a non recarsi … ed a rientrare"), and that second infinitive shares the urging verb however far back; a
 * missing comma inside a list of names; non-essential movement beside a call to stay home is no level. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a list of governments joined, after the ones named', () => {
  it('GIVEN "X joined the list of countries urging … to leave, after A, B and C" THEN each of them urged leaving', () => {
    expect(run('Fighting spread in Chad. Norway has joined the list of countries urging their nationals to leave the country, after Sweden, Finland and Denmark.')).toEqual([
      'TD/DK/-/leave_immediately',
      'TD/FI/-/leave_immediately',
      'TD/NO/-/leave_immediately',
      'TD/SE/-/leave_immediately',
    ]);
  });

  it('GIVEN the Italian "si è aggiunta alla lista dei governi che incoraggiano … a lasciare il Paese, dopo A, B e C" THEN each urged leaving', () => {
    expect(run('La tensione resta alta in Niger. Anche la Spagna si è aggiunta alla lista dei governi che incoraggiano i connazionali a lasciare il Paese, dopo Portogallo, Grecia e Austria.')).toEqual([
      'NE/AT/-/leave_immediately',
      'NE/ES/-/leave_immediately',
      'NE/GR/-/leave_immediately',
      'NE/PT/-/leave_immediately',
    ]);
  });

  it('GIVEN "became the latest country to tell its citizens to leave X, following A and B" THEN the three urged leaving', () => {
    expect(run('Sweden became the latest country to tell its citizens to leave Haiti, following Norway and Finland.')).toEqual([
      'HT/FI/-/leave_immediately',
      'HT/NO/-/leave_immediately',
      'HT/SE/-/leave_immediately',
    ]);
  });

  it('GIVEN "after" and a government that opens a new clause ("after Israel struck …") THEN that government is no issuer (guard)', () => {
    expect(run('Lebanon is tense. Norway joined the list of countries urging citizens to leave Lebanon, after Israel struck Beirut.')).toEqual(['LB/NO/-/leave_immediately']);
  });

  it('GIVEN a list of names with one comma missing ("…, Finland Denmark, …") THEN the list goes on', () => {
    expect(run('Chad is tense. Norway joined the list of countries urging their citizens to leave Chad, after Sweden, Finland Denmark, Iceland and Estonia.')).toEqual([
      'TD/DK/-/leave_immediately',
      'TD/EE/-/leave_immediately',
      'TD/FI/-/leave_immediately',
      'TD/IS/-/leave_immediately',
      'TD/NO/-/leave_immediately',
      'TD/SE/-/leave_immediately',
    ]);
  });
});

describe('a negated infinitive, then a call coordinated after it', () => {
  it('GIVEN "invitiamo gli italiani … a non recarsi nel nord ed a rientrare in Italia il più presto possibile" THEN a call to leave', () => {
    expect(run('Invitiamo gli italiani che soggiornano temporaneamente in Ciad a non recarsi assolutamente nel Nord del Paese ed a rientrare in Italia con voli commerciali il più presto possibile.')).toEqual(['TD/IT/-/leave_immediately']);
  });

  it('GIVEN both infinitives negated ("not to travel to the north and not to leave") THEN no call (guard)', () => {
    expect(run('Chad is tense. Norway urged its citizens not to travel to the north and not to leave their homes.')).toEqual([]);
  });

  it('GIVEN the verb "to tell" ("decided to tell its citizens to leave X immediately") THEN a call to leave', () => {
    expect(run('Norway decided to tell its citizens to leave Chad immediately.')).toEqual(['TD/NO/-/leave_immediately']);
  });

  it('GIVEN "did not tell citizens to leave" THEN no call (guard)', () => {
    expect(run('Chad is tense. The Norwegian embassy did not tell citizens to leave Chad.')).toEqual([]);
  });
});

describe('movement beside a call to stay at home', () => {
  it('GIVEN "di non uscire di casa e di evitare ogni spostamento non necessario" THEN shelter and no level', () => {
    expect(run("L'Ambasciata d'Italia a N'Djamena ha rivolto un appello agli italiani presenti nel Ciad, consigliando loro di non uscire di casa e di evitare ogni spostamento non necessario.")).toEqual(['TD/IT/-/shelter_in_place']);
  });

  it('GIVEN the French "de rester chez eux et d\'éviter tout déplacement non essentiel" THEN shelter and no level', () => {
    expect(run('Le Tchad est tendu. L\'ambassade de France demande aux Français de rester chez eux et d\'éviter tout déplacement non essentiel.')).toEqual(['TD/FR/-/shelter_in_place']);
  });

  it('GIVEN "evitare ogni spostamento non necessario in <country>" with no call to stay home THEN level 3 (guard)', () => {
    expect(run('La Farnesina raccomanda di evitare ogni spostamento non necessario in Ciad.')).toEqual(['TD/IT/3/']);
  });
});

describe('evacuations carried out, and people evacuated by a government\'s forces', () => {
  it('GIVEN "X ainsi que d\'autres pays européens ont procédé à des évacuations au <country>" THEN X evacuated', () => {
    expect(run('Le Tchad est en guerre. La Norvège ainsi que d\'autres pays européens ont également procédé depuis dimanche à des évacuations au Tchad.')).toEqual(['TD/NO/-/evacuation']);
  });

  it('GIVEN "X and other European countries have carried out evacuations in <country>" THEN X evacuated', () => {
    expect(run('Norway and other European countries have also carried out evacuations in Chad since Sunday.')).toEqual(['TD/NO/-/evacuation']);
  });

  it('GIVEN rescue teams that "carried out evacuations in three villages" THEN nothing (guard)', () => {
    expect(run('Floods hit Chad. Rescue teams carried out evacuations in three villages.')).toEqual([]);
  });

  it('GIVEN "311 personnes ont été évacuées par l\'armée norvégienne" in a story about another country THEN that government evacuated', () => {
    expect(run('Le Tchad est en guerre. La Norvège a indiqué lundi qu\'un avion avait atterri à Oslo. Au total, 311 personnes ont été évacuées par l\'armée norvégienne.')).toEqual(['TD/NO/-/evacuation']);
  });

  it('GIVEN "people were evacuated by the German military" THEN Germany evacuated', () => {
    expect(run('Fighting spread in Chad. In total, 311 people were evacuated by the German military.')).toEqual(['TD/DE/-/evacuation']);
  });

  it('GIVEN people evacuated by the army of the country the story happens in THEN nothing (guard)', () => {
    expect(run('N\'DJAMENA (Tchad), 7 mars — Des pluies ont frappé le sud. Plus de 2 400 personnes ont été évacuées par l\'armée tchadienne depuis le début de la semaine.')).toEqual([]);
  });

  it('GIVEN a story named after one country and its neighbour\'s army evacuating people at home, dateline in the first THEN nothing (guard)', () => {
    expect(run('MAROUA (Cameroun), 7 mars — Des hommes armés venus des rives du lac Tchad ont attaqué un village. Plus de 2 400 personnes ont été évacuées par l\'armée camerounaise depuis le début de la semaine.')).toEqual([]);
  });
});

describe('the advice said to have changed, then the top level now', () => {
  it('GIVEN "Our travel advice for X has changed …" then "The Government is now advising citizens – do not travel to X" THEN level 4 and a raise', () => {
    expect(run('Our travel advice for Niger has changed due to growing instability in the region. The Norwegian Government is now advising its citizens – do not travel to Niger.')).toEqual(['NE/NO/4/level_raised']);
  });

  it('GIVEN the advice said not to have changed THEN level 4 and no raise (guard)', () => {
    expect(run('Our travel advice for Niger has not changed. The Norwegian Government is now advising its citizens – do not travel to Niger.')).toEqual(['NE/NO/4/']);
  });

  it('GIVEN the advice changed to a lower step ("now advises against all but essential travel") THEN no raise (guard)', () => {
    expect(run('Our travel advice for Niger has changed. Norway now advises against all but essential travel to Niger.')).toEqual(['NE/NO/3/']);
  });
});
