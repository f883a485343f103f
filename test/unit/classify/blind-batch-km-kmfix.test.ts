/**
 * Known misses of the corpus (branch fix-kmfix): causes shared by several documents, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('German advice said to have been weaker before ("bislang lediglich", "bisherige Teilreisewarnung")', () => {
  it('GIVEN a Reisewarnung and "bislang hatte das Amt lediglich von Reisen abgeraten" WHEN classified THEN level_raised', () => {
    const text = 'Das Auswärtige Amt hat am Freitag eine Reisewarnung für Tschad ausgesprochen. Bislang hatte das Amt lediglich von Reisen in den Tschad abgeraten.';
    expect(run(text)).toEqual(['TD/DE/4/level_raised']);
  });

  it('GIVEN "die bisherige Teilreisewarnung wurde zu einer Reisewarnung ausgeweitet" WHEN classified THEN level 4 raised', () => {
    const text = 'Das Auswärtige Amt teilte mit: Die bisherige Teilreisewarnung für Mali wurde zu einer Reisewarnung für das ganze Land ausgeweitet.';
    expect(run(text)).toEqual(['ML/DE/4/level_raised']);
  });

  it('GIVEN a Reisewarnung and no word about earlier advice WHEN classified THEN no raise', () => {
    const text = 'Das Auswärtige Amt hat am Freitag eine Reisewarnung für Tschad ausgesprochen. Bislang sind rund 300 Deutsche im Land.';
    expect(run(text)).toEqual(['TD/DE/4/']);
  });

  it('GIVEN the reported "vor Reisen nach X werde gewarnt" (subjunctive) WHEN classified THEN level 4', () => {
    const text = 'Vor Reisen nach Eritrea werde gewarnt, heißt es in den aktualisierten Hinweisen des Auswärtigen Amts.';
    expect(run(text)).toEqual(['ER/DE/4/']);
  });
});
