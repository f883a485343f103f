import type { Level, Severity, Signal } from './types.js';

const SIGNAL_LABELS: Record<Signal, string> = {
  leave_immediately: 'Leave immediately',
  ordered_departure: 'Ordered departure',
  authorized_departure: 'Authorized departure',
  departure_lifted: 'Departure lifted',
  evacuation: 'Evacuation',
  embassy_suspended: 'Embassy suspended',
  shelter_in_place: 'Shelter in place',
  level_raised: 'Level raised',
  level_lowered: 'Level lowered',
  do_not_travel: 'Do not travel',
  reconsider_travel: 'Reconsider travel',
  increased_caution: 'Exercise increased caution',
  normal_precautions: 'Exercise normal precautions',
};

const LEVEL_LABELS: Record<Level, string> = {
  1: 'Level 1: Exercise normal precautions',
  2: 'Level 2: Exercise increased caution',
  3: 'Level 3: Reconsider travel',
  4: 'Level 4: Do not travel',
};

export const signalLabel = (s: Signal): string => SIGNAL_LABELS[s];
export const levelLabel = (l: Level | null): string => (l === null ? 'no country-wide level stated' : LEVEL_LABELS[l]);
export const severityLabel = (s: Severity): string => s.toUpperCase();

/** Regional-indicator flag emoji for an ISO alpha-2 code ("ML" → 🇲🇱). */
export function flag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '🏳️';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
