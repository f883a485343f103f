import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string (UTF-8). */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Text with serialization noise removed: Unicode NFC, no whitespace between markup tags, every run of
 * whitespace (spaces, tabs, CR/LF, NBSP) as one space, zero-width characters and BOMs dropped, trimmed. Two serializations of the same content
 * (CRLF vs LF, re-indented XML/HTML, a trailing newline) normalize to the same string.
 */
export function normalizeForHash(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Stable hash of an item's content parts (e.g. [title, text]). Parts are normalized with
 * `normalizeForHash` and joined with a separator that cannot occur in them, so ['ab', 'c'] and
 * ['a', 'bc'] differ.
 */
export function contentHash(parts: readonly string[]): string {
  return sha256(parts.map(normalizeForHash).join('\u001f'));
}
