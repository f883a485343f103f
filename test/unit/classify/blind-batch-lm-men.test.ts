/**
 * Blind batch m (evacuation routes and hubs, several governments in one story, own scales, lifted departures):
 * general rules found from its misses, each checked on new sentences.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import type { Finding } from '../../../src/domain/types.js';

const brief = (fs: Finding[]) => fs.map((f) => `${f.country}/${f.issuer ?? '-'}/${f.level ?? '-'}/${[...f.signals].sort().join(',')}`);
const run = (text: string) => brief(classify({ text, format: 'text' }));

describe('a headline that names the government, then "<country> embassy staff"', () => {
  it('GIVEN "U.S. lifts … for Nepal embassy staff" under a Washington dateline WHEN classified THEN the United States about Nepal', () => {
    expect(
      run(
        [
          'U.S. lifts authorized departure for Nepal embassy staff',
          '',
          'WASHINGTON, March 3 (AP) - The State Department on Tuesday lifted the authorized departure of family members from the U.S. Embassy in Kathmandu. Its travel advisory for Nepal stays at Level 3: Reconsider Travel.',
        ].join('\n'),
      ),
    ).toEqual(['NP/US/3/departure_lifted']);
  });
});
