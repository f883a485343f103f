/** The classifier tests' shorthand: each finding as "country/issuer/level/signals" ('-' for none, signals sorted). */
import { classify } from '../../../src/classify/index.js';
import type { Finding } from '../../../src/domain/types.js';

export const brief = (fs: Finding[]): string[] =>
  fs.map((f) => `${f.country}/${f.issuer ?? '-'}/${f.level ?? '-'}/${[...f.signals].sort().join(',')}`);

/** Classify a text with no source context and return its findings in brief. */
export const run = (text: string, format: 'text' | 'html' = 'text'): string[] => brief(classify({ text, format }));
