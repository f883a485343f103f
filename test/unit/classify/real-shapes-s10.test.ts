/**
 * Shapes of real wire copy and embassy messages (session 10's real hold-out sets) the classifier got wrong, each with
 * sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';
import { detectSignals } from '../../../src/classify/signals.js';

describe('an order told with the infinitive or the present ("to order the evacuation of … personnel")', () => {
  it('GIVEN "prompted the State Department to order the evacuation of all non-emergency personnel from <country>" WHEN classified THEN ordered_departure, no evacuation', () => {
    expect(run('Clashes in the capital have prompted the State Department to order the evacuation of all non-emergency personnel from Burundi.')).toEqual(['BI/US/-/ordered_departure']);
  });

  it('GIVEN "may order the evacuation of coastal towns" by a local authority WHEN classified THEN nothing', () => {
    expect(run('The governor of Florida may order the evacuation of coastal towns before the storm.')).toEqual([]);
  });
});

describe('an embassy that lends money to travel home', () => {
  it('GIVEN a call to depart and "the Embassy can provide a repatriation loan" WHEN classified THEN the call only, no evacuation', () => {
    expect(run('The U.S. Embassy urges U.S. citizens to depart Burundi now. The Embassy can also provide a repatriation loan to citizens who cannot afford a ticket.')).toEqual(['BI/US/-/leave_immediately']);
  });
});

describe('flights a company says it operates', () => {
  it('GIVEN "<airline> said it was operating two repatriation flights from <island>" beside a government statement WHEN classified THEN no evacuation', () => {
    expect(run('The Foreign Office said about 8,000 British tourists were on Corfu. Ryanair said on Monday it was operating three repatriation flights from Corfu to Stansted.')).toEqual([]);
  });

  it('GIVEN "the government is operating evacuation flights out of <country>" WHEN classified THEN an evacuation', () => {
    expect(run('The UK government is operating evacuation flights out of Lebanon for British nationals.')).toEqual(['LB/GB/-/evacuation']);
  });
});

describe('embassy wording', () => {
  it('GIVEN "the embassy is suspending normal operations" WHEN classified THEN embassy_suspended', () => {
    expect(run('The US embassy in Bujumbura is also suspending normal operations, the department said.')).toEqual(['BI/US/-/embassy_suspended']);
  });

  it('GIVEN "citizens should shelter in a safe location" WHEN classified THEN shelter_in_place', () => {
    expect(run('US citizens in Bujumbura should shelter in a safe location, away from doors and windows.')).toEqual(['BI/US/-/shelter_in_place']);
  });

  it('GIVEN "be prepared to shelter in a safe location" WHEN classified THEN nothing', () => {
    expect(run('US citizens in Bujumbura should be prepared to shelter in a safe location if fighting resumes.')).toEqual([]);
  });
});

describe('an agency named by its kind alone ("the government department")', () => {
  it('GIVEN governments listed before an agency, and "The government department … has advised against all travel" WHEN classified THEN the agency\'s government gives the level', () => {
    expect(
      run(
        'While Germany and Belgium have confirmed evacuation flights for their citizens in Gabon, the UK foreign office has not announced any evacuation plans. The government department said it was monitoring the situation but has advised against all travel to Gabon.',
      ),
    ).toEqual(['GA/BE/-/evacuation', 'GA/DE/-/evacuation', 'GA/GB/4/']);
  });
});

describe("a country's own terror-threat level", () => {
  it('GIVEN an embassy message "Threat Level in <city> Elevated to Highest Level" and "the threat level remains at level 3" WHEN classified THEN no level and no raise', () => {
    expect(run('Security Message for U.S. Citizens: Threat Level in Copenhagen Elevated to Highest Level. For the rest of Denmark, the threat level remains at level 3. The U.S. Embassy urges U.S. citizens to shelter in place.')).toEqual(['DK/US/-/shelter_in_place']);
  });

  it('GIVEN a travel advisory raised to Level 3 "after the threat level was raised" WHEN classified THEN the advisory keeps its level and its raise', () => {
    expect(run('The State Department raised its travel advisory for Denmark to Level 3 after the threat level was raised.')).toEqual(['DK/US/3/level_raised']);
  });
});

describe('French advice with a verb of going before its object', () => {
  it('GIVEN "Il est formellement déconseillé de se rendre au <pays>" WHEN classified THEN France, level 4', () => {
    expect(run('Il est formellement déconseillé de se rendre au Burundi.')).toEqual(['BI/FR/4/']);
  });

  it('GIVEN "au <pays>, il est formellement déconseillé de s\'y rendre" WHEN classified THEN that country, level 4', () => {
    expect(run("En raison de la dégradation de la situation sécuritaire au Burundi, il est formellement déconseillé de s'y rendre, y compris à Bujumbura.")).toEqual(['BI/FR/4/']);
  });
});

describe("a scale's legend set out as colours, one per line", () => {
  it('GIVEN "1. Green for …" to "4. Red for \\"do not travel\\"" under a story about one country WHEN classified THEN the legend gives no level', () => {
    const text = [
      'Irish travellers told to take care in Croatia',
      'The Department of Foreign Affairs has four colour-coded security ratings. They are:',
      '1. Green for "normal precautions"',
      '2. Yellow for "high degree of caution"',
      '3. Orange for "avoid non-essential travel"',
      '4. Red for "do not travel"',
      'Croatia is among the countries at the yellow rating.',
    ].join('\n\n');
    expect(run(text)).toEqual([]);
  });
});

describe("Ireland's former 'Department of Foreign Affairs and Trade'", () => {
  it('GIVEN "The Department of Foreign Affairs and Trade advises against all travel" in a story about Irish citizens WHEN classified THEN Ireland', () => {
    expect(run('Irish citizens in Lebanon should register with the embassy. The Department of Foreign Affairs and Trade advises against all travel to Lebanon.')).toEqual(['LB/IE/4/']);
  });

  it('GIVEN the same words in a story about Australians WHEN classified THEN Australia', () => {
    expect(run('Australians in Lebanon should register with the embassy. The Department of Foreign Affairs and Trade advises against all travel to Lebanon.')).toEqual(['LB/AU/4/']);
  });
});

describe('German "warnt vor Reisen" (warns against travel) is vague wording', () => {
  it('GIVEN "Das Auswärtige Amt warnt dringend vor Reisen nach <Land>" with a call to leave WHEN classified THEN the call, no level', () => {
    expect(run('Das Auswärtige Amt warnt dringend vor Reisen nach Burundi. Es fordert alle Deutschen zur sofortigen Ausreise auf.')).toEqual(['BI/DE/-/leave_immediately']);
  });

  it('GIVEN the passive "Vor Reisen nach <Land> wird gewarnt" (the Reisewarnung\'s wording) WHEN classified THEN level 4', () => {
    expect(run('Das Auswärtige Amt teilt mit: Vor Reisen nach Burundi wird gewarnt.')).toEqual(['BI/DE/4/']);
  });

  it('GIVEN "warnt vor Reisen in die Region <Name>" WHEN classified THEN a regional finding, no level', () => {
    expect(run('Das Auswärtige Amt warnt vor Reisen in die Provinz Cibitoke im Nordwesten Burundis.')).toEqual(['BI/DE/-/']);
  });
});

describe('calls to leave that are no government travel advice', () => {
  it('GIVEN "told participants to leave your homestays immediately" WHEN signals are detected THEN no call to leave (a lodging is no country)', () => {
    const low = 'the office told participants to "leave your homestays immediately" and report to the program center.';
    expect(detectSignals(low).map((h) => h.signal)).not.toContain('leave_immediately');
    expect(detectSignals('the embassy told citizens to leave jordan immediately.').map((h) => h.signal)).toContain('leave_immediately');
  });
  // (the quoted "Get out now, while you still can." of a domestic minister, once given to an official page's own government,
  // is corpus document y-001)
});
