/**
 * Older known misses of the corpus worked on in session 6: general causes, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a German call to leave in the form "zur Ausreise auffordern"', () => {
  it('GIVEN "forderte … seine Staatsbürger zur Ausreise aus X auf" WHEN classified THEN leave_immediately', () => {
    expect(run('Die Schweiz forderte am Montag ihre Staatsbürger zur Ausreise aus dem Libanon auf.')).toEqual(['LB/CH/-/leave_immediately']);
  });

  it('GIVEN "hat … zur sofortigen Ausreise aufgerufen" WHEN classified THEN leave_immediately', () => {
    expect(run('Das Auswärtige Amt hat alle Deutschen im Sudan zur sofortigen Ausreise aufgerufen.')).toEqual(['SD/DE/-/leave_immediately']);
  });

  it('GIVEN the call negated WHEN classified THEN no signal', () => {
    expect(run('Das Auswärtige Amt hat die Deutschen im Sudan bislang nicht zur Ausreise aufgefordert.')).toEqual([]);
  });

  it('GIVEN "zur Ausreise auf dem Landweg" (a preposition, no call) WHEN classified THEN no signal', () => {
    expect(run('Das Auswärtige Amt nennt Möglichkeiten zur Ausreise auf dem Landweg über Ägypten aus dem Sudan.')).toEqual([]);
  });

  it('GIVEN the call made conditional ("falls sich die Lage verschlechtert") WHEN classified THEN no signal', () => {
    expect(run('Österreich werde seine Bürger zur Ausreise aus Iran auffordern, falls sich die Lage verschlechtert.')).toEqual([]);
  });
});

describe('a country named inside a relative clause about the issuer', () => {
  it('GIVEN "The United States, which calls the country Burma, has kept it at Level 4" WHEN classified THEN the US gives the level', () => {
    const text = 'Fighting reached Yangon. The United States, which still refers to the country as Burma, has kept Myanmar at Level 4: Do Not Travel since 2021.';
    expect(run(text)).toEqual(['MM/US/4/']);
  });

  it('GIVEN the issuer speaking in a main clause after the relative clause ends WHEN classified THEN it stays the issuer', () => {
    const text = 'Officials in Paris, who met on Monday, said France advises against all travel to Niger.';
    expect(run(text)).toEqual(['NE/FR/4/']);
  });
});

describe('"Korea" alone is the Republic of Korea', () => {
  it('GIVEN "Korea\'s foreign ministry" urging its citizens to leave WHEN classified THEN the issuer is KR', () => {
    expect(run("Korea's foreign ministry on Monday urged Koreans in Laos to leave the country immediately.")).toEqual(['LA/KR/-/leave_immediately']);
  });

  it('GIVEN "North Korea" as the subject WHEN classified THEN it stays KP', () => {
    expect(run('Japan told its citizens in North Korea to leave immediately.')).toEqual(['KP/JP/-/leave_immediately']);
  });
});
