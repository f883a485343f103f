import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import type { TextFormat } from '../../../src/domain/types.js';

const formats: TextFormat[] = ['text', 'html', 'markdown'];

describe('classify never throws', () => {
  it('GIVEN arbitrary strings in every format WHEN classified THEN it returns an array', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constantFrom(...formats), (s, format) => {
        expect(Array.isArray(classify({ text: s, format }))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('GIVEN binary noise and advice words mixed WHEN classified THEN it returns an array', () => {
    const words = fc.constantFrom('leave', 'immediately', 'Mali', 'U.S.', 'Embassy', 'Do not travel', '<div>', '</p>', 'évacuation', '\u0000', '\uD800', '.', 'Level 4:', 'ordered departure', '\n\n');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 80 }), fc.constantFrom(...formats), (parts, format) => {
        expect(Array.isArray(classify({ text: parts.join(' '), format }))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('GIVEN non-string or missing fields WHEN classified THEN it returns []', () => {
    expect(classify(undefined as never)).toEqual([]);
    expect(classify({ text: 42 as never })).toEqual([]);
    expect(classify({ text: '', format: 'html', issuer: 'not a code', country: 7 as never })).toEqual([]);
  });

  it('GIVEN 5 MB of text and 100k nested divs WHEN classified THEN it completes', () => {
    const para = 'The U.S. Embassy in Bamako urged U.S. citizens to leave Mali immediately. Fuel is scarce. ';
    const big = para.repeat(Math.ceil(5_000_000 / para.length));
    expect(classify({ text: big }).length).toBeGreaterThan(0);
    const nested = '<div>'.repeat(100_000) + 'Do not travel to Mali.' + '</div>'.repeat(100_000);
    expect(Array.isArray(classify({ text: nested, format: 'html' }))).toBe(true);
    const unclosed = '<p><b><i>'.repeat(30_000) + 'leave now';
    expect(Array.isArray(classify({ text: unclosed, format: 'html' }))).toBe(true);
  }, 120_000);

  it('GIVEN mixed scripts WHEN classified THEN it returns an array', () => {
    const t = 'Посольство США призвало граждан покинуть Мали. 美国大使馆 敦促公民立即离开马里。 السفارة الأمريكية Leave Mali now. ';
    expect(Array.isArray(classify({ text: t.repeat(50) }))).toBe(true);
  });
});
