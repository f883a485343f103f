/**
 * Misses of blind batch ab (new genres: a hacked ministry site, a diplomat's memoir, an FAQ, …): general causes, each with
 * sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a forged notice the ministry denies', () => {
  it('GIVEN a bogus page claiming an embassy suspended operations AND the ministry says "None of this is true" WHEN classified THEN no finding', () => {
    expect(
      run(
        'Hackers post bogus embassy notice\n\nSANTIAGO - Hackers placed a bogus notice on the Chilean foreign ministry\'s website on Tuesday. ' +
          'The forged page claimed that the Chilean embassy in Lima had suspended all operations. "None of this is true," a ministry spokesman said.',
      ),
    ).toEqual([]);
  });

  it('GIVEN the claim AND "the embassy is working normally" WHEN classified THEN no closure', () => {
    expect(
      run(
        'Hackers post bogus embassy notice\n\nSANTIAGO - A forged page claimed on Tuesday that the Chilean embassy in Lima had suspended all operations. ' +
          'The ministry said the embassy in Lima is working normally.',
      ),
    ).toEqual([]);
  });
});

describe('a memoir retells old events', () => {
  it('GIVEN a heading "from the memoirs of a retired consul" WHEN classified THEN its evacuation and closure are no advice', () => {
    expect(
      run(
        'Kampala days: from the memoirs of a retired consul\n\nThe shooting started on a Tuesday. By Thursday the British embassy in Kampala had ' +
          'evacuated its remaining staff by road to Nairobi, and the High Commission closed its doors. I remember the long queue at the border.',
      ),
    ).toEqual([]);
  });
});

describe('the answer to a question about a term explains words', () => {
  it('GIVEN "What does \\"ordered departure\\" mean?" and a generic answer WHEN classified THEN no signal', () => {
    expect(run('What does "ordered departure" mean?\n\nNon-emergency staff of a U.S. embassy in Haiti must leave the country under an ordered departure. Their families go with them.')).toEqual([]);
  });

  it('GIVEN "What is \\"shelter in place\\"?" and a definition WHEN classified THEN no signal', () => {
    expect(run('What is "shelter in place"?\n\nAn instruction from the embassy to stay indoors until told otherwise, as the U.S. Embassy in Kyiv says.')).toEqual([]);
  });

  it('GIVEN a question about the words governments use WHEN classified THEN the quoted terms set no level', () => {
    expect(run('Do governments use the same words?\n\nNo. Canada says "avoid all travel" for Haiti; Germany issues a Reisewarnung.')).toEqual([]);
  });

  it('GIVEN "What does this mean for travellers?" and a call to leave WHEN classified THEN the call still counts', () => {
    expect(run('What does this mean for travellers?\n\nThe State Department urges U.S. citizens to depart Haiti immediately.')).toEqual(['HT/US/-/leave_immediately']);
  });

  it('GIVEN a term question answered with a dated event WHEN classified THEN the event counts', () => {
    expect(run('What is an "ordered departure"?\n\nThe State Department has ordered non-emergency staff to leave Haiti, it said on Monday.')).toEqual(['HT/US/-/ordered_departure']);
  });
});

describe('a negation before a short aside between commas', () => {
  it('GIVEN "has not, so far, told … to leave" WHEN classified THEN no call to leave', () => {
    expect(run('The State Department has not, so far, told U.S. citizens to leave Lebanon.')).toEqual([]);
  });

  it('GIVEN a contrast as the aside ("did not close the embassy, however, it urged …") WHEN classified THEN the call counts', () => {
    expect(run('The ministry did not close the embassy, however, it urged Italians to leave Lebanon immediately.')).toEqual(['LB/IT/-/leave_immediately']);
  });
});

describe('a subordinate clause after a call to leave', () => {
  it('GIVEN "to leave immediately as Israeli jets struck Beirut" WHEN classified THEN the country left is not the attacker', () => {
    expect(run("Australia's foreign ministry told Australians in the country to leave immediately as Israeli jets struck Beirut again.")).toEqual(['LB/AU/-/leave_immediately']);
  });
});

describe("the reader's own government, unnamed", () => {
  it('GIVEN "where the government of your country of residence advised against all travel" WHEN classified THEN no level', () => {
    expect(run('Claims are refused for trips to Haiti where the government of your country of residence advised against all travel.')).toEqual([]);
  });
});

describe('a quoted or bracketed example of wording', () => {
  it('GIVEN level phrases given "(for example …)" WHEN classified THEN no level', () => {
    expect(run('Travel advice uses set phrases (for example "Level 4: Do Not Travel" or "avoid all travel") in its guidance on Haiti.')).toEqual([]);
  });

  it('GIVEN a call to leave quoted "for example, …" WHEN classified THEN no signal', () => {
    expect(run('Alerts in Haiti use strong words, for example "U.S. citizens should depart immediately", in the wording about Port-au-Prince.')).toEqual([]);
  });

  it('GIVEN "for example" naming a part after real advice WHEN classified THEN the level stays', () => {
    expect(run('The State Department advises against all travel to Haiti, for example to Port-au-Prince.')).toEqual(['HT/US/4/']);
  });
});

describe('a past step told by "the last time … in <month> <year>" or "later that year"', () => {
  it('GIVEN "The last time the DFA lowered Libya\'s alert was in August 2014" after a raise WHEN classified THEN only the raise counts', () => {
    expect(run("The DFA on Tuesday raised the alert level for Libya from Alert Level 1 to Alert Level 2. The last time the DFA lowered Libya's alert was in August 2014.")).toEqual(['LY/PH/-/level_raised']);
  });

  it('GIVEN "The alert was lowered to Level 3 later that year" after a raise WHEN classified THEN only the raise counts', () => {
    expect(run('The DFA on Tuesday raised the alert level for Libya from Alert Level 1 to Alert Level 2. The alert was lowered to Level 3 later that year.')).toEqual(['LY/PH/-/level_raised']);
  });
});

describe('a dated pluperfect is background', () => {
  it('GIVEN "During the 2017 crisis, the High Commission had organised charter flights" after a call to leave WHEN classified THEN no evacuation', () => {
    expect(
      run('The British High Commission urged Britons in Lesotho to leave the country immediately on Sunday. During the 2017 crisis, the High Commission had organised charter flights out of Maseru.'),
    ).toEqual(['LS/GB/-/leave_immediately']);
  });
});

describe('a body sentence that names only a hub the evacuees reached', () => {
  it('GIVEN "crossed into Egypt" then "They will be flown home from Cairo" WHEN classified THEN the evacuation is from the topic country', () => {
    expect(
      run(
        "India begins evacuation from Sudan\n\nIndia's foreign ministry said it had launched an operation to evacuate Indian nationals from Sudan, where fighting has spread to Khartoum. " +
          'A first group of 90 students crossed into Egypt at the Argeen post on Monday. They will be flown home from Cairo on an Indian Air Force plane.',
      ),
    ).toEqual(['SD/IN/-/evacuation']);
  });
});
