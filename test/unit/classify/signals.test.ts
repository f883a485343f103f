import { describe, expect, it } from 'vitest';
import { detectSignals } from '../../../src/classify/signals.js';
import { matchForm } from '../../../src/classify/text.js';

const sg = (s: string) => [...new Set(detectSignals(matchForm(s)).map((h) => h.signal))].sort();

describe('leave_immediately', () => {
  it('GIVEN calls to leave now WHEN detected THEN leave_immediately', () => {
    expect(sg('The U.S. Embassy urged its citizens to leave the country immediately.')).toEqual(['leave_immediately']);
    expect(sg('U.S. citizens in Lebanon should leave now, while commercial flights remain available.')).toEqual(['leave_immediately']);
    expect(sg("Italy's ministry advised its citizens to leave the country as soon as possible.")).toEqual(['leave_immediately']);
    expect(sg('Embassies have urged citizens to leave.')).toEqual(['leave_immediately']);
  });

  it('GIVEN hedges and conditions WHEN detected THEN nothing', () => {
    expect(sg('Citizens should consider leaving the country.')).toEqual([]);
    expect(sg('We encourage those who wish to depart Lebanon to book any ticket available.')).toEqual([]);
    expect(sg('If you have concerns, now is the time to leave.')).toEqual([]);
    expect(sg('Have a plan to leave in an emergency that does not depend on U.S. government help.')).toEqual([]);
    expect(sg('The Department of State advises U.S. citizens not travel to the country or to leave as soon as it is safe to do so.')).toEqual([]);
  });

  it('GIVEN leaving a place that is not a country WHEN detected THEN nothing', () => {
    expect(sg('Police told passengers to leave the airport terminal immediately.')).toEqual([]);
  });

  it('GIVEN negation WHEN detected THEN nothing', () => {
    expect(sg('The embassy has not urged citizens to leave immediately.')).toEqual([]);
  });

  it('GIVEN French, German and Italian calls WHEN detected THEN leave_immediately', () => {
    expect(sg('Les ressortissants français sont invités à quitter le pays sans délai.')).toEqual(['leave_immediately']);
    expect(sg('Deutsche Staatsangehörige werden aufgefordert, das Land umgehend zu verlassen.')).toEqual(['leave_immediately']);
    expect(sg('Si invitano i connazionali a lasciare il Paese al più presto.')).toEqual(['leave_immediately']);
  });
});

describe('departures', () => {
  it('GIVEN ordered and authorized departures WHEN detected THEN each signal', () => {
    expect(sg('The Department of State ordered the departure of non-emergency U.S. government employees.')).toEqual(['ordered_departure']);
    expect(sg('The State Department authorized the departure of non-emergency personnel.')).toEqual(['authorized_departure']);
    expect(sg('A directive authorizing the evacuation of non-emergency personnel and family members.')).toEqual(['authorized_departure']);
    expect(sg('Some staff at the British embassy have been temporarily withdrawn.')).toEqual(['ordered_departure']);
  });

  it('GIVEN a lifted ordered departure WHEN detected THEN departure_lifted and no ordered_departure', () => {
    expect(sg('The Department of State lifted the ordered departure of non-emergency employees.')).toEqual(['departure_lifted']);
    expect(sg('Updated to reflect the lifting of ordered departure of family members.')).toEqual(['departure_lifted']);
  });

  it('GIVEN an authorized departure that replaces an ordered one WHEN detected THEN no ordered_departure', () => {
    expect(sg('This replaces the previous ordered departure.')).not.toContain('ordered_departure');
  });

  it('GIVEN negation WHEN detected THEN nothing', () => {
    expect(sg('The State Department has not ordered the departure of staff.')).toEqual([]);
  });
});

describe('evacuation, embassy, shelter', () => {
  it('GIVEN boilerplate and negation WHEN detected THEN no evacuation', () => {
    expect(sg('Purchase medical evacuation insurance before you travel.')).toEqual([]);
    expect(sg('There are no plans to evacuate U.S. citizens.')).toEqual([]);
    expect(sg('The U.S. government is not in a position to evacuate its citizens.')).toEqual([]);
    expect(sg('Local authorities ordered the evacuation of residents from coastal towns.')).toEqual([]);
  });

  it('GIVEN a government evacuating its nationals WHEN detected THEN evacuation', () => {
    expect(sg('Spain evacuated its nationals on a military flight.')).toEqual(['evacuation']);
  });

  it('GIVEN embassy closures and routine suspensions WHEN detected THEN only the closure counts', () => {
    expect(sg('The U.S. Embassy in Minsk suspended operations.')).toEqual(['embassy_suspended']);
    expect(sg('The embassy is closed until further notice.')).toEqual(['embassy_suspended']);
    expect(sg('The embassy has suspended routine consular services.')).toEqual([]);
    expect(sg('The embassy remains open.')).toEqual([]);
    expect(sg('The embassy will be closed on Monday for a federal holiday.')).toEqual([]);
  });

  it('GIVEN shelter instructions WHEN detected THEN only current ones count', () => {
    expect(sg('U.S. citizens should shelter in place now.')).toEqual(['shelter_in_place']);
    expect(sg('Be prepared to shelter in place for an extended period.')).toEqual([]);
    expect(sg('Make plans to shelter in place.')).toEqual([]);
    expect(sg('Find a safe location and shelter in place if in the vicinity of large gatherings or protests.')).toEqual([]);
  });

  it('GIVEN level changes WHEN detected THEN raised or lowered', () => {
    expect(sg('The advisory level was increased to 4.')).toEqual(['level_raised']);
    expect(sg('The level was lowered from Level 3 to Level 2.')).toEqual(['level_lowered']);
    expect(sg('Exercise increased caution in Mexico.')).toEqual([]);
    expect(sg('The State Department has issued a Level 4 advisory.')).toEqual([]);
  });
});

describe('second-pass guards', () => {
  it('GIVEN generic statements about evacuations WHEN detected THEN no evacuation', () => {
    expect(sg('U.S. military-assisted evacuations of civilians from a foreign country are rare.')).toEqual([]);
  });

  it('GIVEN an inverted condition WHEN detected THEN no shelter_in_place', () => {
    expect(sg('Should an air alert be announced, the Embassy will shelter in place.')).toEqual([]);
  });

  it('GIVEN people who asked to leave WHEN detected THEN no call to leave', () => {
    expect(sg('"We have brought home everyone who asked to leave," a spokeswoman told reporters.')).toEqual([]);
  });

  it('GIVEN an authorized departure said to be no longer in effect WHEN detected THEN not authorized, not lifted', () => {
    expect(sg('The authorized departure is no longer in effect; all non-emergency personnel are required to leave.')).not.toContain('authorized_departure');
    expect(sg('The authorized departure is no longer in effect.')).not.toContain('departure_lifted');
  });

  it('GIVEN "ordered their departure" WHEN detected THEN ordered_departure', () => {
    expect(sg('On May 9, as fighting spread toward the capital, the Department ordered their departure.')).toEqual(['ordered_departure']);
  });

  it('GIVEN a revoked earlier call to leave WHEN detected THEN no leave_immediately', () => {
    expect(sg('È revocato il precedente invito ai connazionali a lasciare temporaneamente il Paese.')).toEqual([]);
  });

  it('GIVEN "whose operations have been suspended" WHEN detected THEN embassy_suspended', () => {
    expect(sg('The U.S. Embassy in Minsk, whose operations have been suspended since February 2022, repeated its call.')).toEqual(['embassy_suspended']);
  });

  it('GIVEN an abbreviation inside an ordered departure WHEN detected THEN ordered_departure', () => {
    expect(sg('The State Department ordered family members of U.S. diplomats and non-emergency employees to leave the embassy in Managua.')).toEqual(['ordered_departure']);
  });
});
