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
