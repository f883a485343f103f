/**
 * Session 56: shapes from the blind sets. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('unnamed governments in French, German and Italian', () => {
  it('GIVEN "Diversi Paesi hanno invitato i propri cittadini a lasciare X" THEN a call to leave with no issuer', () => {
    expect(run('Diversi Paesi hanno invitato i propri cittadini a lasciare il Libano.')).toEqual(['LB/-/-/leave_immediately']);
  });

  it('GIVEN "Plusieurs pays ont appelé leurs ressortissants à quitter X" THEN a call to leave with no issuer', () => {
    expect(run('Plusieurs pays ont appelé leurs ressortissants à quitter le Liban.')).toEqual(['LB/-/-/leave_immediately']);
  });

  it('GIVEN "Mehrere Staaten haben ihre Bürger aufgerufen, X zu verlassen" THEN a call to leave with no issuer', () => {
    expect(run('Mehrere Staaten haben ihre Bürger aufgerufen, den Libanon zu verlassen.')).toEqual(['LB/-/-/leave_immediately']);
  });

  it('GIVEN "Plusieurs pays, dont la France, ont appelé …" THEN the government the list names (guard)', () => {
    expect(run('Plusieurs pays, dont la France, ont appelé leurs ressortissants à quitter le Liban.')).toEqual(['LB/FR/-/leave_immediately']);
  });

  it('GIVEN "L\'Italia, come molti altri Paesi, ha invitato …" THEN Italy', () => {
    expect(run("L'Italia, come molti altri Paesi, ha invitato i propri cittadini a lasciare il Libano.")).toEqual(['LB/IT/-/leave_immediately']);
  });

  it('GIVEN "Deutschland hat wie viele andere Staaten seine Bürger aufgerufen …" THEN Germany, not the governments compared', () => {
    expect(run('Deutschland hat wie viele andere Staaten seine Bürger aufgerufen, den Libanon zu verlassen.')).toEqual(['LB/DE/-/leave_immediately']);
  });
});

describe('the unnamed governments of the sentence before, named right after', () => {
  it('GIVEN "Diversi Paesi hanno invitato … a lasciare X. Tra questi c\'è anche l\'Italia." THEN Italy\'s call', () => {
    expect(run("Diversi Paesi hanno invitato i propri cittadini a lasciare il Libano. Tra questi c'è anche l'Italia.")).toEqual(['LB/IT/-/leave_immediately']);
  });

  it('GIVEN "Several countries have urged … to leave X. Among them are Italy, Spain and Greece." THEN each of them', () => {
    expect(run('Several countries have urged their citizens to leave Lebanon immediately. Among them are Italy, Spain and Greece.')).toEqual([
      'LB/ES/-/leave_immediately',
      'LB/GR/-/leave_immediately',
      'LB/IT/-/leave_immediately',
    ]);
  });

  it('GIVEN "… Parmi eux, la France." THEN France\'s call', () => {
    expect(run('Plusieurs pays ont appelé leurs ressortissants à quitter le Liban. Parmi eux, la France.')).toEqual(['LB/FR/-/leave_immediately']);
  });

  it('GIVEN "… Among them are neighbours of Syria." THEN no government named: the call stays unattributed (guard)', () => {
    expect(run('Several countries have urged their citizens to leave Lebanon immediately. Among them are neighbours of Syria.')).toEqual([
      'LB/-/-/leave_immediately',
    ]);
  });
});

describe('a level named by the list it makes, then the countries on it', () => {
  it('GIVEN "Others on the Level 4 list include A, B and C" THEN each country level 4', () => {
    expect(run('The State Department has raised Niger to Level 4. Others on the Level 4 list include Libya, Mali and Somalia.')).toEqual([
      'LY/US/4/',
      'ML/US/4/',
      'NE/US/4/level_raised',
      'SO/US/4/',
    ]);
  });

  it('GIVEN "Zu den aktuellen Reisewarnungen gehören: A, B und C" THEN each country level 4', () => {
    expect(run('Das Auswärtige Amt hat seine Hinweise aktualisiert. Zu den aktuellen Reisewarnungen gehören: Afghanistan, Haiti und Mali.')).toEqual([
      'AF/DE/4/',
      'HT/DE/4/',
      'ML/DE/4/',
    ]);
  });

  it('GIVEN "Reisewarnungen gelten auch für mehrere afrikanische Länder sowie für A und B" THEN the named countries level 4', () => {
    expect(run('Das Auswärtige Amt warnt vor Reisen. Reisewarnungen gelten auch für mehrere afrikanische Länder sowie für Afghanistan und Haiti.')).toEqual([
      'AF/DE/4/',
      'HT/DE/4/',
    ]);
  });

  it('GIVEN "Das Auswärtige Amt spricht relativ selten Reisewarnungen aus" THEN no level (guard)', () => {
    expect(run('Das Auswärtige Amt spricht relativ selten Reisewarnungen für Länder wie Mali aus.')).toEqual([]);
  });
});
