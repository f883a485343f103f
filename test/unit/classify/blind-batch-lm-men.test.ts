/**
 * Blind batch m (evacuation routes and hubs, several governments in one story, own scales, lifted departures):
 * general rules found from its misses, each checked on new sentences.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';


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

describe('evacuation through a hub in a neighbouring country', () => {
  it('GIVEN citizens who crossed into a neighbour and were flown home from its capital WHEN classified THEN the evacuation is from the country they left', () => {
    expect(
      run(
        [
          'Japan flies citizens out of Sudan via Djibouti',
          'TOKYO, May 2 (Kyodo) - A Japanese Air Self-Defense Force C-2 transport flew 45 Japanese nationals and their family members home from Djibouti on Tuesday, after they crossed into Ethiopia on buses arranged by the embassy in Khartoum and reached Djibouti by road.',
        ].join('\n\n'),
      ),
    ).toEqual(['SD/JP/-/evacuation']);
  });

  it('GIVEN evacuees flown from the capital to a city "in" a neighbour WHEN classified THEN the evacuation is from the country they left', () => {
    expect(
      run(
        [
          'Foreigners flown out of Chad as fighting reaches N\'Djamena',
          "France said its air force had evacuated 140 people, including 90 French nationals, on two transport planes from N'Djamena airport to Niamey in Niger since Friday.",
        ].join('\n\n'),
      ),
    ).toEqual(['TD/FR/-/evacuation']);
  });

  it('GIVEN evacuees who arrived in a neighbour\'s port city and boarded a charter there WHEN classified THEN the evacuation is from the country they fled', () => {
    expect(
      run(
        [
          'Foreigners flee South Sudan by road',
          'KAMPALA, Uganda, July 9 (Reuters) - Dozens of Canadian nationals who fled fighting in South Sudan by road arrived in the Ugandan city of Gulu on Sunday, where they boarded a charter flight to Toronto arranged by the Canadian government.',
        ].join('\n\n'),
      ),
    ).toEqual(['SS/CA/-/evacuation']);
  });
});

describe('"flew <a long list of people> home from"', () => {
  it('GIVEN an air force plane that flew nationals and their family members home from a capital WHEN classified THEN evacuation', () => {
    expect(run('A Royal Thai Air Force plane flew 30 Thai nationals and their family members home from Yangon on Monday, the Thai foreign ministry said.')).toEqual([
      'MM/TH/-/evacuation',
    ]);
  });
});

describe('"citizens who had been evacuated" (a relative clause that reports what was done)', () => {
  it('GIVEN a navy ship carrying citizens who had been evacuated from a capital WHEN classified THEN evacuation', () => {
    expect(
      run("A Greek navy frigate carrying 150 Greek citizens who had been evacuated from Beirut docked in Piraeus on Monday, Greece's foreign ministry said."),
    ).toEqual(['LB/GR/-/evacuation']);
  });

  it('GIVEN "citizens who wish to be evacuated" WHEN classified THEN still a hedge', () => {
    expect(run('The Greek foreign ministry said Greek citizens who wish to be evacuated from Beirut should register with the embassy.')).toEqual([]);
  });
});

describe('Italian: a level phrase followed by "e …", and "partire appena possibile"', () => {
  it('GIVEN "i viaggi sono sconsigliati a qualsiasi titolo e i connazionali …" WHEN classified THEN level 4 for the country', () => {
    expect(
      run('La Farnesina ha aggiornato la scheda dedicata al Niger: i viaggi sono ora sconsigliati a qualsiasi titolo e i connazionali presenti sono invitati a lasciare il Paese al più presto.'),
    ).toEqual(['NE/IT/4/leave_immediately']);
  });

  it('GIVEN a second government that invites its citizens "a partire appena possibile" WHEN classified THEN leave_immediately for it', () => {
    expect(
      run(
        'La Farnesina invita gli italiani a lasciare il Niger senza indugio, mentre Berlino, con una nota del ministero degli Esteri tedesco, ha invitato i tedeschi presenti in Niger a partire appena possibile.',
      ),
    ).toEqual(['NE/DE/-/leave_immediately', 'NE/IT/-/leave_immediately']);
  });

  it('GIVEN "a partire da lunedì" WHEN classified THEN no call to leave', () => {
    expect(run('La Farnesina ha invitato i connazionali in Niger a registrarsi, a partire da lunedì, sul sito Dove siamo nel mondo.')).toEqual([]);
  });
});
