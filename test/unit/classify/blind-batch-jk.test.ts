/**
 * Generalization bugs found by blind batches j and k (written without reading the classifier): each
 * rule is checked here on sentences of its own, not on the batches' texts.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import type { Finding } from '../../../src/domain/types.js';

const brief = (fs: Finding[]) => fs.map((f) => `${f.country}/${f.issuer ?? '-'}/${f.level ?? '-'}/${[...f.signals].sort().join(',')}`);
const run = (text: string, format: 'text' | 'html' = 'text') => brief(classify({ text, format }));

describe('no advice where none was given (critical signals on no-advice news)', () => {
  it('GIVEN a correction quoting what an earlier version said WHEN classified THEN nothing; the plain statement still counts', () => {
    expect(run('CORRECTION: An earlier version of this story said Germany had closed its embassy in Minsk.')).toEqual([]);
    expect(run('Une version précédente de cet article indiquait par erreur que la France avait fermé son ambassade à Bamako.')).toEqual([]);
    expect(run('Eine frühere Version dieses Artikels meldete fälschlicherweise, Deutschland habe seine Botschaft in Bamako geschlossen.')).toEqual([]);
    expect(run('Germany has closed its embassy in Minsk.')).toEqual(['BY/DE/-/embassy_suspended']);
  });

  it('GIVEN a count of people evacuated with nationals among them WHEN classified THEN no evacuation; a plane carrying them still is one', () => {
    expect(run('Incendi in Croazia. Tra le 2.000 persone evacuate nella notte ci sono anche quaranta turisti italiani.')).toEqual([]);
    expect(run('A Spanish Air Force plane landed in Madrid carrying 84 people evacuated from Port Sudan, including 52 Spanish nationals.')).toEqual([
      'SD/ES/-/evacuation',
    ]);
  });

  it("GIVEN a country's own weather service telling people to stay indoors WHEN classified THEN no shelter advice; a foreign government's call still counts", () => {
    expect(run("Ash fell on Port Vila. The Vanuatu Meteorological Service urged residents to stay indoors. Australia's High Commission said it was in contact with Australians.")).toEqual([]);
    expect(run('Ash fell on Port Vila. Australia urged its citizens in Vanuatu to stay indoors.')).toEqual(['VU/AU/-/shelter_in_place']);
  });
});
