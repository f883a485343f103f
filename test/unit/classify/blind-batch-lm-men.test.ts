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

describe('"last … in <year>" with hyphenated words', () => {
  it('GIVEN "last ordered non-emergency staff out of … in 2009; … lifted" after a current instruction WHEN classified THEN only the current instruction', () => {
    expect(
      run(
        'The U.S. Embassy in Dhaka instructed U.S. citizens in Dhaka to shelter in place until further notice. The U.S. government last ordered non-emergency staff out of Dhaka in 2009; that ordered departure was lifted months later.',
      ),
    ).toEqual(['BD/US/-/shelter_in_place']);
  });
});

describe('"the rest of" a part of the country', () => {
  it('GIVEN advice against travel to some districts and "to the rest of … region" WHEN classified THEN no country-wide level', () => {
    expect(
      run(
        [
          'Foreign travel advice: Kenya',
          'FCDO advises against all travel to within 15 km of the border with Somalia in Mandera county.',
          'FCDO advises against all but essential travel to the rest of Lamu county, except for Lamu Island and Manda Island.',
        ].join('\n\n'),
      ),
    ).toEqual(['KE/GB/-/']);
  });

  it('GIVEN "the rest of the country" WHEN classified THEN the level is country-wide', () => {
    expect(run('FCDO advises against all but essential travel to the rest of the country, Kenya.')).toEqual(['KE/GB/3/']);
  });
});

describe('"reconsider their need to travel" (the advice reported in the third person)', () => {
  it('GIVEN a ministry that now advises its citizens to reconsider their need to travel WHEN classified THEN level 3, raised', () => {
    expect(
      run("Australia's Department of Foreign Affairs and Trade now advises Australians to reconsider their need to travel to Samoa, up from exercise a high degree of caution."),
    ).toEqual(['WS/AU/3/level_raised']);
  });
});
