import type { Classifier, ClassifyInput, Finding } from '../domain/types.js';

/**
 * PLACEHOLDER — replaced by the real classifier (issue 3). Pure and synchronous; never throws.
 * The simplest honest classifier: a document that says citizens should leave a country the
 * source is about is a leave_immediately finding for that country and the source's issuer.
 */
export function classify(input: ClassifyInput): Finding[] {
  try {
    const text = `${input.title ?? ''}\n${input.text}`;
    if (!input.country) return [];
    if (!/\b(leave|depart)\b[^.]{0,60}\b(immediately|now|as soon as possible)\b/i.test(text)) return [];
    return [{ country: input.country, issuer: input.issuer ?? null, level: null, signals: ['leave_immediately'], evidence: '' }];
  } catch {
    return [];
  }
}

export function createClassifier(): Classifier {
  return { classify };
}
