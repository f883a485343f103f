import { describe, expect, it } from 'vitest';
import { contentHash, normalizeForHash, sha256 } from '../../../src/sources/hash.js';

describe('sha256', () => {
  it('GIVEN a known string WHEN hashed THEN the standard hex digest', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('contentHash', () => {
  it('GIVEN the same content re-serialized (CRLF, indentation, trailing space, NBSP) WHEN hashed THEN the hash is unchanged', () => {
    const a = contentHash(['Mali - Level 4: Do Not Travel', '<p>Do not travel to Mali.</p>\n<p>Leave now.</p>']);
    const b = contentHash(['  Mali - Level 4:\u00a0Do Not Travel ', '<p>Do not travel to Mali.</p>\r\n    <p>Leave now.</p>\r\n']);
    expect(b).toBe(a);
  });

  it('GIVEN a composed and a decomposed accent WHEN hashed THEN they are equal (NFC)', () => {
    expect(contentHash(['Sécurité'])).toBe(contentHash(['Se\u0301curite\u0301']));
  });

  it('GIVEN a real wording change WHEN hashed THEN the hash changes', () => {
    expect(contentHash(['t', 'Reconsider travel to Mali.'])).not.toBe(contentHash(['t', 'Do not travel to Mali.']));
  });

  it('GIVEN the same characters split differently between parts WHEN hashed THEN the hashes differ', () => {
    expect(contentHash(['ab', 'c'])).not.toBe(contentHash(['a', 'bc']));
  });

  it('GIVEN zero-width characters and a BOM WHEN normalized THEN they are dropped', () => {
    expect(normalizeForHash('\ufeffMa\u200bli')).toBe('Mali');
  });
});
