/**
 * Generalization bugs found by spot checks on documents in styles the corpus lacks (issue 3, fourth
 * pass): negation scope, advice from non-governments, bare "should depart", governments ordering
 * their citizens to evacuate.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { detectSignals } from '../../../src/classify/signals.js';
import { matchForm } from '../../../src/classify/text.js';
import type { Finding } from '../../../src/domain/types.js';

const brief = (fs: Finding[]) => fs.map((f) => `${f.country}/${f.issuer ?? '-'}/${f.level ?? '-'}/${[...f.signals].sort().join(',')}`);
const run = (text: string, format: 'text' | 'html' = 'text') => brief(classify({ text, format }));
const sg = (s: string) => [...new Set(detectSignals(matchForm(s)).map((h) => h.signal))].sort();

describe('negation scope ends at a contrast or a new clause', () => {
  it('GIVEN "has not ordered the evacuation …, but it urged Canadians to leave" WHEN classified THEN LB/CA level 4 with leave_immediately', () => {
    const text =
      'Canada has not ordered the evacuation of its embassy staff from Lebanon, Global Affairs Canada said on Friday, but it urged Canadians to leave while commercial flights are still available. "We continue to advise against all travel to Lebanon," a spokesperson said.';
    expect(run(text)).toEqual(['LB/CA/4/leave_immediately']);
  });

  it('GIVEN a negation before "yet" or "and it" WHEN detected THEN the call after it still counts', () => {
    expect(sg('The embassy has not ordered an evacuation yet it urged citizens to leave now.')).toEqual(['leave_immediately']);
    expect(sg('The embassy did not order an evacuation and it urged citizens to leave now.')).toEqual(['leave_immediately']);
  });

  it('GIVEN a negation inside the call itself WHEN detected THEN nothing', () => {
    expect(sg('The embassy has yet to urge citizens to leave immediately.')).toEqual([]);
    expect(sg('The embassy has not urged citizens to leave immediately.')).toEqual([]);
  });
});

describe('advice from someone who is not a government', () => {
  it('GIVEN tourists advised by hotel staff to stay indoors and a local evacuation order WHEN classified THEN no findings', () => {
    const text =
      'Heavy rains flooded parts of Jakarta on Monday, and local authorities ordered residents of three districts to evacuate. Flights at Soekarno-Hatta airport were delayed. Tourists were advised by hotel staff to stay indoors.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN an airline or a tour operator telling travellers to leave WHEN classified THEN no findings', () => {
    expect(run('Floods hit Bangkok on Monday. The airline told passengers to leave Thailand as soon as possible.')).toEqual([]);
    expect(run('Protests spread in Nairobi. Tour operators advised tourists to stay indoors.')).toEqual([]);
  });

  it('GIVEN unnamed foreign governments WHEN classified THEN an issuer-less finding is still allowed', () => {
    expect(run('Fighting spread in Khartoum on Sunday. Several foreign embassies urged their citizens to leave Sudan immediately.')).toEqual([
      'SD/-/-/leave_immediately',
    ]);
  });
});

describe('an unhedged "should depart" addressed to citizens in the country', () => {
  it('GIVEN "U.S. citizens in Ukraine should depart using privately available ground transportation" in a Level 4 WHEN classified THEN UA/US level 4 with leave_immediately', () => {
    const html =
      "<h1>Ukraine - Level 4: Do Not Travel</h1><p><b>Reissued with updates to health information.</b></p><p>Do not travel to Ukraine due to Russia's full-scale invasion. U.S. citizens in Ukraine should depart using privately available ground transportation options. The U.S. Embassy in Kyiv has resumed limited operations.</p>";
    expect(run(html, 'html')).toEqual(['UA/US/4/leave_immediately']);
  });

  it('GIVEN hedged, conditional or staff-only "should depart" WHEN detected THEN no leave_immediately', () => {
    expect(sg('U.S. citizens should consider departing using commercial options.')).toEqual([]);
    expect(sg('Those who wish to depart should do so using commercial flights.')).toEqual([]);
    expect(sg('U.S. citizens should leave if the situation deteriorates.')).toEqual([]);
    expect(sg('Family members of U.S. government employees should depart.')).toEqual([]);
    expect(sg('Travelers should leave valuables in the hotel safe.')).toEqual([]);
  });
});

describe('a government ordering its own citizens to evacuate a foreign country', () => {
  it('GIVEN South Korea "ordering its citizens there to evacuate" and a chartered flight WHEN classified THEN HT/KR leave_immediately, evacuation and level_raised', () => {
    const text =
      'SEOUL (Yonhap) — South Korea raised its travel alert for Haiti to the highest level, a travel ban, the foreign ministry said Tuesday, ordering its citizens there to evacuate. Seoul had previously kept the country at level three. The ministry said it was arranging a chartered flight from Port-au-Prince to the Dominican Republic for 40 South Koreans.';
    expect(run(text)).toEqual(['HT/KR/-/evacuation,leave_immediately,level_raised']);
  });

  it('GIVEN citizens urged to evacuate WHEN detected THEN leave_immediately and no evacuation (they leave on their own)', () => {
    expect(sg('The ministry urged South Koreans in Haiti to evacuate immediately.')).toEqual(['leave_immediately']);
  });

  it('GIVEN residents ordered to evacuate, a negated order or a prepared-to WHEN detected THEN no leave_immediately', () => {
    expect(sg('Local authorities ordered residents of three districts to evacuate.')).not.toContain('leave_immediately');
    expect(sg('The ministry has not ordered citizens to evacuate.')).toEqual([]);
    expect(sg('Citizens should be prepared to evacuate.')).toEqual([]);
  });
});
