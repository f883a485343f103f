/**
 * Misses of blind batch ad worked on by adfix: documents that carry no government advice (a press review's calls on a
 * government, fiction, a teaching simulation, a forum thread, a procurement notice), each with texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a third party demanding that a government give the call to leave', () => {
  it('GIVEN a paper that "urges the Foreign Office to tell Britons to get out" WHEN classified THEN no finding', () => {
    expect(run('Its editorial urges the Foreign Office to tell British nationals in Yemen to get out while the port of Aden is still open.')).toEqual([]);
  });

  it('GIVEN lawmakers who "called on the State Department to order Americans to leave" WHEN classified THEN no finding', () => {
    expect(run('Two senators called on the State Department to order Americans to leave Haiti immediately.')).toEqual([]);
  });

  it('GIVEN "demands that the government tell Britons to leave now" WHEN classified THEN no finding', () => {
    expect(run('The opposition demands that the government tell Britons in Lebanon to leave now.')).toEqual([]);
  });

  it('GIVEN the government itself urging its citizens to leave WHEN classified THEN leave_immediately stays', () => {
    expect(run('The Foreign Office urged British nationals in Yemen to leave immediately.')).toEqual(['YE/GB/-/leave_immediately']);
  });
});

describe('fiction introduced as such in its heading or lead', () => {
  const novel = [
    'BOOKS | Fiction: "Rainy Season" by Tomas Reyes, a debut novel from a small publisher (290 pages).',
    'The novel follows a nurse and her brother in Monrovia. An extract:',
    '"The American Embassy is urging all U.S. citizens in Liberia to leave immediately," the radio said.',
    'She switched it off and went back to the ward.',
  ].join('\n\n');
  it('GIVEN an extract from a novel in which a radio relays a call to leave WHEN classified THEN no finding', () => {
    expect(run(novel)).toEqual([]);
  });
});

describe('a teaching simulation or exercise', () => {
  const sim = [
    '# IR 301 — Crisis Simulation, Week 4',
    'EXERCISE — EXERCISE. All events in this scenario are fictional.',
    'Inject 2: a simulated cable says the U.S. Embassy in Dushanbe has ordered the departure of non-emergency personnel.',
    'Inject 3: the simulated French team must decide whether to arrange an evacuation flight.',
  ].join('\n\n');
  it('GIVEN a crisis simulation whose injects order departures WHEN classified THEN no finding', () => {
    expect(run(sim)).toEqual([]);
  });
});

describe('a forum thread of private people', () => {
  const thread = [
    'Travellers Forum › Asia › Nepal — Is it time to get out of Kathmandu?',
    'trekker_jo wrote: Someone at the hostel says the Germans have been told to leave the country immediately and the Israelis are organising evacuation flights.',
    'Bikram88 wrote: Not true, just stay home during the strikes and you will be fine.',
    'trekker_jo wrote: Thanks, staying put.',
  ].join('\n\n');
  it('GIVEN forum posts repeating rumours of calls to leave and evacuation flights WHEN classified THEN no finding', () => {
    expect(run(thread)).toEqual([]);
  });
});

describe('a procurement notice describing the services it buys', () => {
  const tender = [
    'Request for Proposals: Crisis Support Services — Embassy of Canada in Haiti',
    'The Embassy of Canada in Port-au-Prince invites bids from qualified suppliers under a framework contract.',
    'Lot 1: evacuation transport for Embassy staff and Canadian citizens to Cap-Haïtien or Santo Domingo, including chartered aircraft at short notice.',
    'Lot 2: shelter-in-place supplies for the Embassy. Bidders must submit proposals before the closing date.',
  ].join('\n\n');
  it('GIVEN a request for proposals for evacuation and shelter services WHEN classified THEN no finding', () => {
    expect(run(tender)).toEqual([]);
  });
});

describe('earlier advice said to have covered less than the whole country', () => {
  it('GIVEN "This replaces our previous advice, which did not advise against travel to X as a whole" WHEN classified THEN level_raised', () => {
    expect(run('The FCDO now advises against all but essential travel to Armenia. This replaces our previous advice, which did not advise against travel to Armenia as a whole.')).toEqual(['AM/GB/3/level_raised']);
  });

  it('GIVEN German "Bisher riet das EDA lediglich von Reisen in die Grenzgebiete … ab" WHEN classified THEN level_raised', () => {
    expect(run('Das EDA rät von nicht dringenden Reisen nach Pakistan ab. Bisher riet das EDA lediglich von Reisen in die Grenzgebiete zu Indien und Afghanistan ab.')).toEqual(['PK/CH/3/level_raised']);
  });

  it('GIVEN German "Bislang wurde nur von Reisen in den Norden abgeraten" after a Reisewarnung WHEN classified THEN level_raised', () => {
    expect(run('Vor Reisen nach Mosambik wird gewarnt. Bislang wurde nur von Reisen in den Norden des Landes abgeraten.')).toEqual(['MZ/DE/4/level_raised']);
  });
});

describe('nationals flown out in the passive', () => {
  it('GIVEN "Twenty Japanese were flown from Juba to Nairobi aboard a plane chartered by the government" WHEN classified THEN evacuation', () => {
    expect(run('Twenty Japanese nationals were flown from Juba to Nairobi on Monday aboard a plane chartered by the Japanese government, the foreign ministry said.')).toEqual(['SS/JP/-/evacuation']);
  });

  it('GIVEN a minister "was flown from Paris to Bamako" WHEN classified THEN no finding', () => {
    expect(run('The minister was flown from Paris to Bamako on Tuesday for talks.')).toEqual([]);
  });
});
