/**
 * Misses of blind batch t worked on by tfix: general causes, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('an embassy closed for a holiday described in words other than a named day', () => {
  it('GIVEN "closed … for an American holiday observed by employees" WHEN classified THEN no embassy_suspended', () => {
    expect(run('Protests are expected in Tirana on Friday. The U.S. Embassy in Tirana will be closed on Monday for an American holiday observed by U.S. government employees.')).toEqual([]);
  });

  it('GIVEN "closed … to mark a religious holiday" WHEN classified THEN no embassy_suspended', () => {
    expect(run('The British Embassy in Amman will be closed on Thursday to mark a religious holiday.')).toEqual([]);
  });

  it('GIVEN an embassy closed while travellers are "on holiday" there WHEN classified THEN the closure stands', () => {
    expect(run('The Australian Embassy in Dili has closed its doors until further notice, leaving Australians on holiday in Timor-Leste without consular help.')).toEqual(['TL/AU/-/embassy_suspended']);
  });
});

describe('an embassy the document says reopened', () => {
  const lead = 'The United States reopened its embassy in Caracas on Monday and lowered its travel advisory for Venezuela from Level 4: Do Not Travel to Level 3: Reconsider Travel.';
  it('GIVEN the reopening and a dated paragraph on the old suspension and ordered departure WHEN classified THEN neither is reported', () => {
    const text = `${lead} On March 11, 2019, the State Department ordered the departure of all U.S. government employees and suspended operations at the embassy in Caracas.`;
    expect(run(text)).toEqual(['VE/US/3/level_lowered']);
  });

  it('GIVEN "more than five years after suspending operations" WHEN classified THEN the sentence is current news, not background', () => {
    const text = 'The United States reopened its embassy in Caracas on Monday, more than five years after suspending operations there, and lowered its travel advisory for Venezuela from Level 4: Do Not Travel to Level 3: Reconsider Travel.';
    expect(run(text)).toEqual(['VE/US/3/level_lowered']);
  });

  it('GIVEN the embassy "will announce when it reopens" WHEN classified THEN the closure stands', () => {
    expect(run('The U.S. Embassy in Quito is closed today because of violent protests. The Embassy will announce when it reopens.')).toEqual(['EC/US/-/embassy_suspended']);
  });

  it('GIVEN an embassy "which reopened only last year" closing again WHEN classified THEN the closure stands', () => {
    expect(run('Norway said it would temporarily close its embassy in Kabul, which reopened only last year, and move its staff to Doha.')).toEqual(['AF/NO/-/embassy_suspended']);
  });
});

describe('a hazard alert raised by the country\'s own agency', () => {
  const head = 'Natural Disaster Alert – U.S. Embassy Quito, Ecuador (May 2, 2026). ';
  it('GIVEN the agency followed by its acronym in parentheses WHEN classified THEN no level_raised', () => {
    expect(run('Health Alert – U.S. Embassy Lima, Peru (May 2, 2026). Peru\'s health ministry (MINSA) has raised its alert level nationwide after a dengue outbreak.')).toEqual([]);
  });

  it('GIVEN "raised its alert to orange for towns near the … volcano" WHEN classified THEN no level_raised', () => {
    expect(run(head + 'On Monday it raised its alert to orange for towns near the Cotopaxi volcano.')).toEqual([]);
  });

  it('GIVEN a geophysical institute raising its alert WHEN classified THEN no level_raised', () => {
    expect(run(head + 'The geophysical institute raised its alert level after a series of explosions.')).toEqual([]);
  });
});

describe('"its mission" of an international body', () => {
  it('GIVEN "The United Nations said its mission had relocated staff" after a government\'s embassy WHEN classified THEN no embassy_suspended', () => {
    const text = 'Protesters gathered outside the Nigerian embassy in Juba on Monday. The United Nations said its mission had relocated some international staff to Nairobi.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN a government\'s own "its mission" relocated WHEN classified THEN embassy_suspended', () => {
    expect(run('Kenya said its mission in Juba had relocated its staff to Nairobi.')).toEqual(['SS/KE/-/embassy_suspended']);
  });
});

describe('the destination of an evacuation flight in French and German', () => {
  it('GIVEN "à destination de Dakar" WHEN classified THEN the evacuation is of the country left, not Senegal', () => {
    const text = "Mali : Paris appelle les Français à quitter le pays sans délai. Un premier vol affrété par le Quai d'Orsay a décollé mardi de l'aéroport international avec 90 ressortissants français à bord, à destination de Dakar.";
    expect(run(text)).toEqual(['ML/FR/-/evacuation,leave_immediately']);
  });

  it('GIVEN "in Richtung Kairo" WHEN classified THEN the evacuation is of the country left, not Egypt', () => {
    const text = 'Sudan: Deutschland fliegt Staatsangehörige aus. Ein vom Auswärtigen Amt gecharterter Sonderflug mit 120 Deutschen an Bord startete am Dienstag in Richtung Kairo.';
    expect(run(text)).toEqual(['SD/DE/-/evacuation']);
  });
});

describe('an evacuation negated after its noun', () => {
  it('GIVEN "Eine Evakuierung … sei nicht vorgesehen" WHEN classified THEN no evacuation', () => {
    expect(run('Eine Evakuierung der Schweizer Staatsangehörigen aus Libyen sei nicht geplant, teilte das EDA am Dienstag mit.')).toEqual([]);
  });

  it('GIVEN "an evacuation … is not planned" WHEN classified THEN no evacuation', () => {
    expect(run('An evacuation of Irish citizens from Lebanon is not being considered at this stage, the Department of Foreign Affairs said.')).toEqual([]);
  });

  it('GIVEN "l\'évacuation … n\'est pas envisagée" WHEN classified THEN no evacuation', () => {
    expect(run("L'évacuation des ressortissants belges du Tchad n'est pas envisagée pour l'instant, selon les Affaires étrangères belges.")).toEqual([]);
  });

  it('GIVEN an evacuation "which was not planned a week ago" that began WHEN classified THEN evacuation', () => {
    expect(run('The evacuation of Irish citizens from Lebanon, which was not planned a week ago, began on Monday with a flight chartered by the Department of Foreign Affairs.')).toEqual(['LB/IE/-/evacuation']);
  });
});

describe('a dated suspension that the next sentence says lasts', () => {
  it('GIVEN "… suspended its operations on <date, year>. Its operations remain suspended." WHEN classified THEN embassy_suspended', () => {
    const text = 'Travel advice for Yemen, updated May 4, 2026. The Embassy of Canada in Sanaa suspended its operations on February 11, 2015. Its operations remain suspended.';
    expect(run(text)).toEqual(['YE/CA/-/embassy_suspended']);
  });
});

describe('convoys organised by an embassy, in Italian and French', () => {
  it('GIVEN "l\'Ambasciata … ha organizzato tre convogli" WHEN classified THEN evacuation', () => {
    expect(run("Sudan, la Farnesina: l'Ambasciata d'Italia a Khartoum ha organizzato tre convogli che hanno portato 140 connazionali fino a Port Sudan.")).toEqual(['SD/IT/-/evacuation']);
  });

  it('GIVEN "a organisé un convoi … jusqu\'à la frontière béninoise" WHEN classified THEN evacuation from the country left, not the border\'s', () => {
    expect(run("Niger : l'ambassade de France à Niamey a organisé un convoi pour 90 ressortissants français jusqu'à la frontière béninoise.")).toEqual(['NE/FR/-/evacuation']);
  });
});

describe('flights "operated" by a government', () => {
  it('GIVEN "the Australian Government has operated two flights … for Australians" WHEN classified THEN evacuation', () => {
    expect(run('The Australian Government has operated two flights from Bali to Darwin for Australians stranded by the eruption.')).toEqual(['ID/AU/-/evacuation']);
  });

  it('GIVEN an airline that "operated extra flights" for nationals WHEN classified THEN no evacuation', () => {
    expect(run('Qantas operated extra flights from Bali to Darwin for Australians stranded by the eruption.')).toEqual([]);
  });
});

describe('Italian shelter and level wording', () => {
  it('GIVEN "invita i connazionali a restare a casa fino a nuovo avviso" WHEN classified THEN shelter_in_place', () => {
    expect(run("L'Ambasciata d'Italia a Dacca invita i connazionali a restare a casa fino a nuovo avviso.")).toEqual(['BD/IT/-/shelter_in_place']);
  });

  it('GIVEN "sconsiglia ora tutti i viaggi non essenziali nello Yemen" WHEN classified THEN level 3', () => {
    expect(run('Il Foreign Office britannico sconsiglia ora tutti i viaggi non essenziali nello Yemen.')).toEqual(['YE/GB/3/']);
  });

  it('GIVEN "si sconsigliano i viaggi a qualsiasi titolo nell\'intero territorio" WHEN classified THEN still level 4 for the whole country', () => {
    expect(run("Per il Niger, la Farnesina sconsiglia i viaggi a qualsiasi titolo nell'intero territorio.")).toEqual(['NE/IT/4/']);
  });
});
