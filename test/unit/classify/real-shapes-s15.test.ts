/**
 * Shapes of real public pages (news, ministry notices, official advice pages, aggregators) the classifier got wrong in
 * session 15, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { run } from './brief.js';

describe('a hyphenated "non-" split by a space', () => {
  it('GIVEN "ordered non- emergency employees … to leave" WHEN classified THEN an ordered departure, as without the space', () => {
    expect(run('The Department of State ordered non- emergency employees and their family members to leave Niger.')).toEqual(['NE/US/-/ordered_departure']);
  });

  it('GIVEN "avoid non- essential travel to X" WHEN classified THEN level 3', () => {
    expect(run('The Foreign Office advises British nationals to avoid all non- essential travel to Chad.')).toEqual(['TD/GB/3/']);
  });

  it('GIVEN the split form WHEN classified THEN the evidence quotes the text as written', () => {
    const [f] = classify({ text: 'The Department of State ordered non- emergency employees to leave Niger.', format: 'text' });
    expect(f?.evidence).toContain('non- emergency employees');
  });
});
