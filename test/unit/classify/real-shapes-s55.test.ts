/**
 * Session 55: shapes from the blind sets. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a French passive level whose object sits inside the phrase', () => {
  it('GIVEN "tout déplacement dans le nord du <country> est déconseillé" THEN a region\'s advice, no level', () => {
    expect(run("Selon le Quai d'Orsay, tout déplacement dans le nord du Tchad est déconseillé.")).toEqual(['TD/FR/-/']);
  });

  it('GIVEN "tout déplacement à proximité de la frontière avec <country> est dès lors déconseillé" THEN no level for the country', () => {
    expect(run("Selon le Quai d'Orsay, tout déplacement à proximité de la frontière avec le Tchad est dès lors déconseillé.")).toEqual([
      'TD/FR/-/',
    ]);
  });

  it('GIVEN "les déplacements à proximité de la frontière avec <country> sont déconseillés" THEN a region\'s advice', () => {
    expect(run("Selon le Quai d'Orsay, les déplacements à proximité de la frontière avec le Tchad sont déconseillés.")).toEqual(['TD/FR/-/']);
  });

  it('GIVEN "tout déplacement au <country> est dès lors déconseillé" THEN level 4 for the country', () => {
    expect(run("Selon le Quai d'Orsay, tout déplacement au Tchad est dès lors déconseillé.")).toEqual(['TD/FR/4/']);
  });

  it('GIVEN "tout déplacement au <country> est déconseillé" THEN still level 4 (guard)', () => {
    expect(run("Selon le Quai d'Orsay, tout déplacement au Tchad est déconseillé.")).toEqual(['TD/FR/4/']);
  });
});
