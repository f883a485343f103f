/**
 * The vocabulary of advisory-watch, as types. Every layer speaks these; none of them
 * depends on a chat SDK, a database or the network.
 */

/** ISO 3166-1 alpha-2 code, upper case ("ML"). */
export type CountryCode = string;
/** ISO 3166-1 alpha-2 code of the government that gives the advice ("US", "GB"). */
export type IssuerCode = string;

/** Normalized advisory level: 1 normal precautions … 4 do not travel. */
export type Level = 1 | 2 | 3 | 4;
export const LEVELS: readonly Level[] = [1, 2, 3, 4];

export const SIGNALS = [
  'leave_immediately',
  'ordered_departure',
  'authorized_departure',
  'departure_lifted',
  'evacuation',
  'embassy_suspended',
  'shelter_in_place',
  'level_raised',
  'level_lowered',
  'do_not_travel',
  'reconsider_travel',
  'increased_caution',
  'normal_precautions',
] as const;
export type Signal = (typeof SIGNALS)[number];

/** The four level words, which may appear in `signals` and must agree with `level`. */
export const LEVEL_SIGNALS: Record<Level, Signal> = {
  4: 'do_not_travel',
  3: 'reconsider_travel',
  2: 'increased_caution',
  1: 'normal_precautions',
};

/**
 * Signals that describe a standing situation (they stay active in the advisory state until the
 * source says otherwise). `level_raised`, `level_lowered` and `departure_lifted` are transitions:
 * they are reported by the classifier but never kept as active state.
 */
export const STANDING_SIGNALS: readonly Signal[] = [
  'leave_immediately',
  'ordered_departure',
  'authorized_departure',
  'evacuation',
  'embassy_suspended',
  'shelter_in_place',
];

/** One statement of advice found in a document (see docs/classification.md). */
export interface Finding {
  country: CountryCode;
  issuer: IssuerCode | null;
  level: Level | null;
  signals: Signal[];
  /** The sentence(s) the finding rests on, quoted from the document. */
  evidence: string;
}

export type TextFormat = 'text' | 'html' | 'markdown';

/** What the classifier reads. Everything but `text` is optional context. */
export interface ClassifyInput {
  text: string;
  /** How `text` is encoded; 'text' when absent. */
  format?: TextFormat;
  /** A headline or feed item title, read before the body. */
  title?: string;
  /** For an official feed: the government that publishes it, used when the text never names itself. */
  issuer?: IssuerCode | null;
  /** For a single-country source (an embassy feed, a per-country page): the country it is about. */
  country?: CountryCode | null;
}

/** The classifier port: pure, synchronous, never throws. */
export interface Classifier {
  classify(input: ClassifyInput): Finding[];
}

export type Trust = 'official' | 'reported';

export type Severity = 'critical' | 'high' | 'warning' | 'info';
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2, critical: 3 };
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'high', 'critical'];
