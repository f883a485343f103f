/**
 * Misses of blind batch y: general causes (genres, grammar), each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('genres that carry no advice', () => {
  it('GIVEN a piece labelled as satire WHEN classified THEN no findings', () => {
    const text =
      'SATIRE: The Daily Ladle. None of this happened.\n\nState Department urges Americans to leave Canada immediately over maple syrup shortage\n\n' +
      'The State Department on Monday urged U.S. citizens in Canada to leave immediately, and the U.S. Embassy in Ottawa has suspended operations until the pancakes return.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN the same sentences without the satire label WHEN classified THEN they are advice', () => {
    const text =
      'State Department urges Americans to leave Canada immediately\n\n' +
      'The State Department on Monday urged U.S. citizens in Canada to leave immediately, and the U.S. Embassy in Ottawa has suspended operations.';
    expect(run(text).length).toBeGreaterThan(0);
  });

  it('GIVEN an obituary of an ambassador who once ran an airlift WHEN classified THEN no findings', () => {
    const text =
      'Obituaries\n\nMargaret Olsen, envoy who organised the airlift of Britons from Freetown, dies at 88\n\n' +
      'Margaret Olsen, who as high commissioner organised the evacuation of 900 British nationals from Sierra Leone by charter flights, died on 3 May at her home in Bath. She was 88.\n\n' +
      'Born in Leeds in 1936, she joined the Foreign Office in 1959. She is survived by two sons.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN a reader\'s letter recalling how other governments flew their citizens out WHEN classified THEN no findings', () => {
    const text =
      'Letters to the Editor\n\nLeft behind\n\n' +
      'Sir, – Your article on consular help brought back the floods of 2011, when my son was stuck in Bangkok. ' +
      'He saw the Swedes and the Dutch fly their citizens out on chartered aircraft while we waited.\n\n' +
      'I would urge the Minister to keep a fund for evacuation flights.\n\nYours, etc.,\nJOHN MURPHY,\nCork.';
    expect(run(text)).toEqual([]);
  });
});

describe('an embassy reopened, told in German, French or Italian', () => {
  it('GIVEN "die … geschlossen worden war, ist seit … wieder geöffnet" WHEN classified THEN no suspension', () => {
    expect(run('Die österreichische Botschaft in Khartum, die im April 2023 vorübergehend geschlossen worden war, ist seit Juni 2024 wieder geöffnet.')).toEqual([]);
  });

  it('GIVEN "fermée …, a rouvert ses portes" WHEN classified THEN no suspension', () => {
    expect(run("L'ambassade de France à Niamey, fermée en 2023, a rouvert ses portes le mois dernier.")).toEqual([]);
  });

  it('GIVEN "chiusa …, è stata riaperta" WHEN classified THEN no suspension', () => {
    expect(run("L'ambasciata d'Italia a Kabul, chiusa nel 2021, è stata riaperta lunedì.")).toEqual([]);
  });

  it('GIVEN a closure with no reopening WHEN classified THEN the suspension stands', () => {
    expect(run('Die österreichische Botschaft in Khartum ist seit Montag vorübergehend geschlossen.')).toEqual(['SD/AT/-/embassy_suspended']);
  });
});

describe('an indirect question ("whether …") asks, it does not tell', () => {
  it('GIVEN "asked … whether British nationals have been told to leave immediately" WHEN classified THEN no signal', () => {
    expect(run('An MP asked the Foreign Office whether British nationals in Lebanon have been told to leave immediately.')).toEqual([]);
  });

  it('GIVEN a question in an earlier clause and a call in the next WHEN classified THEN the call stands', () => {
    expect(run('Reporters asked whether more flights were planned, and the Foreign Office urged British nationals in Lebanon to leave immediately.')).toEqual(['LB/GB/-/leave_immediately']);
  });
});

describe('"closed" with an object of its own is no closure of the embassy', () => {
  it('GIVEN "outside the French embassy …, and soldiers closed off the surrounding streets" WHEN classified THEN no suspension', () => {
    expect(run('Protesters gathered outside the French embassy in Niamey on Sunday, and soldiers closed off the surrounding streets.')).toEqual([]);
  });

  it('GIVEN "the French embassy … was closed on Sunday" WHEN classified THEN the suspension stands', () => {
    expect(run('The French embassy in Niamey was closed on Sunday after protesters gathered outside.')).toEqual(['NE/FR/-/embassy_suspended']);
  });
});

describe('an international body moving its own people is no government evacuating', () => {
  it('GIVEN "The U.N. peacekeeping mission said it had … evacuated 40 injured peacekeepers" after a government spoke WHEN classified THEN no evacuation', () => {
    const text =
      "Uganda's envoy told the council his government would keep its troops at the border. The U.N. peacekeeping mission said it had moved civilian staff out of Bunia and had evacuated 40 injured peacekeepers to hospitals in Kampala.";
    expect(run(text)).toEqual([]);
  });

  it('GIVEN a government evacuating its citizens WHEN classified THEN the evacuation stands', () => {
    expect(run('Kenya said it had evacuated 40 of its citizens from Bunia in Congo on a military flight.')).toEqual(['CD/KE/-/evacuation']);
  });
});

describe('a scale explained, not a level given', () => {
  it('GIVEN three numbered levels defined in one sentence ("Level 1 means …, Level 2 …, Level 3 … and Level 4 …") WHEN classified THEN no level', () => {
    expect(run('In Japan, Level 1 means exercise normal precautions, Level 2 exercise increased caution, Level 3 reconsider travel and Level 4 do not travel.')).toEqual([]);
  });

  it('GIVEN level phrases of different steps joined by "and"/"or" as terms WHEN classified THEN no level', () => {
    expect(run('Ireland uses "avoid non-essential travel" and "do not travel"; New Zealand speaks of avoid non-essential travel or do not travel.')).toEqual([]);
  });

  it('GIVEN a country level with a region at a higher step WHEN classified THEN the country level stands', () => {
    expect(run('The State Department keeps Pakistan at Level 3: Reconsider Travel, with Balochistan at Level 4: Do Not Travel.')).toEqual(['PK/US/3/']);
  });
});

describe('what governments do in general, not what one did', () => {
  const lead = "New Zealand's Ministry of Foreign Affairs sets the advice for Sudan. ";

  it('GIVEN a habitual "when a government tells its citizens to leave now" WHEN classified THEN no signal', () => {
    expect(run(lead + 'When a government tells its citizens to leave now, it is the strongest signal it can send.')).toEqual([]);
  });

  it('GIVEN an indefinite embassy in the present ("before an embassy suspends operations") WHEN classified THEN no signal', () => {
    expect(run(lead + 'Closures are rare and tend to come just before an embassy suspends operations.')).toEqual([]);
  });

  it('GIVEN a "when" clause in the habitual present holding the trigger ("when the ministry authorizes departure") WHEN classified THEN no signal', () => {
    expect(run(lead + 'When the ministry authorizes departure, family members of embassy staff may leave at government expense.')).toEqual([]);
  });

  it('GIVEN the trigger as a term being defined ("shelter in place means stay where you are") WHEN classified THEN no signal', () => {
    expect(run(lead + 'An instruction to shelter in place means stay where you are until told otherwise.')).toEqual([]);
  });

  it('GIVEN an indefinite country ("citizens already in a country to leave now") WHEN classified THEN no signal', () => {
    expect(run(lead + 'The strongest phrase is an instruction to citizens already in a country to leave now.')).toEqual([]);
  });

  it('GIVEN an indefinite country as the sentence subject ("A country can sit at Level 2 overall …") WHEN classified THEN no advice', () => {
    expect(run(lead + 'A country can sit at Level 2 overall while individual provinces are at Level 4.')).toEqual([]);
  });

  it('GIVEN a heading that pairs two terms ("Ordered vs authorized departure") WHEN classified THEN no signal', () => {
    expect(run('The U.S. Embassy in Khartoum sets out its staffing for Sudan.\n\nOrdered vs authorized departure\n\nThe two differ.')).toEqual([]);
  });

  it('GIVEN a "when" clause that tells a past event ("when U.S. citizens in Sudan were told to leave immediately") WHEN classified THEN the call stands', () => {
    expect(run('When U.S. citizens in Sudan were told to leave immediately on Monday, many drove to Port Sudan.')).toEqual(['SD/US/-/leave_immediately']);
  });
});

describe("an employer's expatriate staff moved out is no government's evacuation", () => {
  it('GIVEN "a bauxite producer … had flown 40 expatriate employees … on charter flights" after a government\'s advice WHEN classified THEN no evacuation', () => {
    const text = 'Canada raised its travel advice for Guinea to avoid non-essential travel on Tuesday. A bauxite producer said on Wednesday it had flown 40 expatriate employees from Conakry to Dakar on charter flights.';
    expect(run(text)).toEqual(['GN/CA/3/level_raised']);
  });

  it('GIVEN "le personnel expatrié a été rapatrié" WHEN classified THEN no evacuation', () => {
    expect(run("Le ministère français déconseille formellement les voyages au Mali. Le personnel expatrié a été rapatrié à Bamako par l'ONG.")).toEqual(['ML/FR/4/']);
  });

  it('GIVEN embassy employees flown out WHEN classified THEN the evacuation stands', () => {
    const text = 'Canada raised its travel advice for Guinea to avoid non-essential travel on Tuesday. It had flown 40 embassy employees from Conakry to Dakar on charter flights.';
    expect(run(text)).toEqual(['GN/CA/3/evacuation,level_raised']);
  });
});

describe('a gloss in parentheses between a level phrase and its object', () => {
  it('GIVEN \'against all travel ("do not travel") to the Amhara region\' WHEN classified THEN the region\'s advice does not set the country level', () => {
    const text = 'Ireland keeps Ethiopia at "high degree of caution". We continue to advise against all travel ("do not travel") to the Amhara region.';
    expect(run(text)).toEqual(['ET/IE/2/']);
  });

  it('GIVEN the gloss before a country WHEN classified THEN the country level stands', () => {
    expect(run('We advise against all travel ("do not travel") to Somalia.')).toEqual(['SO/GB/4/']);
  });
});
