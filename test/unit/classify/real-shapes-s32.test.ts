/**
 * Session 32: a government's travel advice reported as issued, updated or revised (with no step of a scale) is advice about
 * the country, a finding with no level — the single largest class of misses on the held-out sets — and the shapes around it,
 * each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('advice issued or updated, no level', () => {
  it('GIVEN "updated its Travel Advisory for <country>" THEN a finding with no level and no signal', () => {
    expect(run('The State Department updated its Travel Advisory for Kenya on Friday.')).toEqual(['KE/US/-/']);
  });

  it('GIVEN the passive "travel advisories have been issued for A and B" THEN a finding for each', () => {
    expect(run('The State Department said additional travel advisories have been issued for Belize and Panama.')).toEqual(['BZ/US/-/', 'PA/US/-/']);
  });

  it('GIVEN German "hat seine Reisehinweise für X geändert" THEN a finding with no level', () => {
    expect(run('Frankreich hat seine Reisehinweise für Madagaskar geändert.')).toEqual(['MG/FR/-/']);
  });

  it('GIVEN German "bislang nicht verschärft" THEN no finding (negated)', () => {
    expect(run('Österreich hat seine Reisehinweise für Madagaskar bislang nicht verschärft.')).toEqual([]);
  });

  it('GIVEN German "im aktualisierten Reise- und Sicherheitshinweis für X" THEN a finding with no level', () => {
    expect(run('Das Auswärtige Amt mahnt zur Vorsicht, heißt es im aktualisierten Reise- und Sicherheitshinweis für Laos.')).toEqual(['LA/DE/-/']);
  });

  it('GIVEN a pointer to "die aktualisierten Reise- und Sicherheitshinweise, in denen …" about demonstrations THEN no finding', () => {
    expect(run('Das Auswärtige Amt sieht keinen Anlass für eine Reisewarnung für Laos. Eine Sprecherin verwies auf die aktualisierten Reise- und Sicherheitshinweise, in denen empfohlen wird, Demonstrationen zu meiden.')).toEqual([]);
  });

  it('GIVEN French "a mis à jour ses conseils aux voyageurs pour X" THEN a finding with no level', () => {
    expect(run('Le ministère belge des Affaires étrangères a mis à jour ses conseils aux voyageurs pour le Togo.')).toEqual(['TG/BE/-/']);
  });

  it('GIVEN "will update its travel advice" THEN no finding (not yet given)', () => {
    expect(run('Italy will update its travel advice for Gabon next week.')).toEqual([]);
  });

  it('GIVEN "has not updated its travel advice" THEN no finding', () => {
    expect(run('Germany has not updated its travel advice for Gabon.')).toEqual([]);
  });

  it('GIVEN an embassy that "issued a security alert" about protests THEN no finding (a routine alert)', () => {
    expect(run('The U.S. Embassy issued a security alert urging citizens to avoid the protests in Libreville.')).toEqual([]);
  });

  it('GIVEN "issued a heat advisory for" a city THEN no finding (not travel advice)', () => {
    expect(run('Forecasters issued a heat advisory for Cairo as temperatures climbed.')).toEqual([]);
  });

  it('GIVEN advice updated with a level in the same sentence THEN the level stands', () => {
    const got = run('Canada updated its travel advice for Gabon, telling Canadians to avoid all travel to the country.');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^GA\/CA\/4\//);
  });

  it('GIVEN German advice tightened for border areas only THEN no level_raised (the vague report is not a level of its own scale)', () => {
    expect(run('Das Auswärtige Amt hat seine Reise- und Sicherheitshinweise für Tunesien verschärft und rät nun von Reisen in die Grenzgebiete zu Libyen ab.')).toEqual(['TN/DE/-/']);
  });
});

describe('vague advice, coordinated countries and new wordings', () => {
  it('GIVEN "discourages all travel to A and B" THEN a finding with no level for each', () => {
    expect(run('Portugal strongly discourages all travel to Iraq and Lebanon.')).toEqual(['IQ/PT/-/', 'LB/PT/-/']);
  });

  it('GIVEN the passive "travel to A and B was strongly discouraged" THEN a finding with no level for each', () => {
    expect(run('Greece said that travel to Iraq and Kuwait was also strongly discouraged.')).toEqual(['IQ/GR/-/', 'KW/GR/-/']);
  });

  it('GIVEN Italian "sconsiglia categoricamente ai connazionali di effettuare viaggi in X" THEN a finding with no level', () => {
    expect(run('La Farnesina sconsiglia categoricamente ai connazionali di effettuare viaggi in Georgia.')).toEqual(['GE/IT/-/']);
  });
});
