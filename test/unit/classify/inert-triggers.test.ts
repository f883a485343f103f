/**
 * Trigger words in advisory boilerplate that never carry advice ("with little or no warning", "receive alerts", "medical
 * evacuation") make no sentence worth reading; the same words elsewhere still do.
 */
import { describe, expect, it } from 'vitest';
import { inertTrigger } from '../../../src/classify/index.js';
import { run } from './brief.js';

const at = (low: string, word: string) => inertTrigger(low, low.indexOf(word), word);

describe('inert trigger words', () => {
  it('GIVEN "with little or no warning" / "without warning" WHEN tested THEN inert', () => {
    expect(at('terrorists may attack with little or no warning.', 'warning')).toBe(true);
    expect(at('demonstrations can turn violent without warning.', 'warning')).toBe(true);
  });

  it('GIVEN a warning that is issued or raised WHEN tested THEN live', () => {
    expect(at('the fcdo raised its warning for mali.', 'warning')).toBe(false);
    expect(at('no warnings were issued.', 'warning')).toBe(false); // (a plural after "no": not the boilerplate)
  });

  it('GIVEN plural "alerts" WHEN tested THEN inert; "alert" and "alerte" live', () => {
    expect(at('enroll in step to receive alerts and make it easier to locate you.', 'alert')).toBe(true);
    expect(at('the embassy issued a security alert.', 'alert')).toBe(false);
    expect(at("le niveau d'alerte a ete releve.", 'alert')).toBe(false);
  });

  it('GIVEN "medical evacuation" WHEN tested THEN inert; other evacuations live', () => {
    expect(at('even minor health issues could require medical evacuation.', 'evacu')).toBe(true);
    expect(at('the government began the evacuation of its citizens.', 'evacu')).toBe(false);
  });

  it('GIVEN a sentence with an inert word and a live one WHEN classified THEN the live one still counts', () => {
    expect(run('Attacks come with little or no warning, and the State Department has ordered the departure of family members from Mali.')).toEqual([
      'ML/US/-/ordered_departure',
    ]);
  });
});
