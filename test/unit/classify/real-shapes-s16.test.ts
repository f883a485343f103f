/**
 * Shapes of real public pages (news, ministry notices, official advice pages, aggregators) the classifier got wrong in
 * session 16, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a level whose object is a list after a colon', () => {
  it.each([
    ['The FCDO advises against all travel to:\n\n• the whole of the Central African Republic\n', 'CF/GB/4/'],
    ['The FCDO advises against all but essential travel to:\n\n- the whole of Mali\n', 'ML/GB/3/'],
  ])('GIVEN %j WHEN classified THEN the level is the whole country the first item names', (text, want) => {
    expect(run(text)).toEqual([want]);
  });

  it('GIVEN a first item that is a part ("the whole of the Kidal region of Mali") WHEN classified THEN regional advice, no level', () => {
    expect(run('The FCDO advises against all travel to:\n\n- the whole of the Kidal region of Mali\n')).toEqual(['ML/GB/-/']);
  });

  it("GIVEN a first item that is a country's part by possessive (\"the whole of Mali's north\") WHEN classified THEN no level", () => {
    expect(run("The FCDO advises against all travel to:\n\n- the whole of Mali's north\n")).toEqual(['ML/GB/-/']);
  });
});
