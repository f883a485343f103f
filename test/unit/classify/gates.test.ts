import { describe, expect, it } from 'vitest';
import { GateSet } from '../../../src/classify/gates.js';
import { detectSignals } from '../../../src/classify/signals.js';

describe('detector gates', () => {
  it('GIVEN gate words WHEN a sentence holds them at a word start THEN their families are on; inside a word THEN off', () => {
    const set = new GateSet();
    const g = set.gate([['evacu'], ['warn', 'reisewarn']]);
    expect(g.mask('they evacuated the town')).toBe(0b01);
    expect(g.mask('the reisewarnung stands')).toBe(0b10);
    expect(g.mask('a peacevacuum and forewarned')).toBe(0);
  });

  it('GIVEN the words the detectors look for inside compounds WHEN detected THEN still found (word-start forms are listed)', () => {
    expect(detectSignals("l'evacuation des ressortissants francais a commence").map((h) => h.signal)).toContain('evacuation');
    expect(detectSignals('die bundeswehr hat mit der ruckholung begonnen, sonderfluge fliegen deutsche aus').map((h) => h.signal)).toContain('evacuation');
    expect(detectSignals('le depart ordonne du personnel non essentiel').map((h) => h.signal)).toContain('ordered_departure');
  });
});
