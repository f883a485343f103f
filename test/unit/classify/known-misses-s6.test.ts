/**
 * Older known misses of the corpus worked on in session 6: general causes, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a German call to leave in the form "zur Ausreise auffordern"', () => {
  it('GIVEN "forderte … seine Staatsbürger zur Ausreise aus X auf" WHEN classified THEN leave_immediately', () => {
    expect(run('Die Schweiz forderte am Montag ihre Staatsbürger zur Ausreise aus dem Libanon auf.')).toEqual(['LB/CH/-/leave_immediately']);
  });

  it('GIVEN "hat … zur sofortigen Ausreise aufgerufen" WHEN classified THEN leave_immediately', () => {
    expect(run('Das Auswärtige Amt hat alle Deutschen im Sudan zur sofortigen Ausreise aufgerufen.')).toEqual(['SD/DE/-/leave_immediately']);
  });

  it('GIVEN the call negated WHEN classified THEN no signal', () => {
    expect(run('Das Auswärtige Amt hat die Deutschen im Sudan bislang nicht zur Ausreise aufgefordert.')).toEqual([]);
  });

  it('GIVEN "zur Ausreise auf dem Landweg" (a preposition, no call) WHEN classified THEN no signal', () => {
    expect(run('Das Auswärtige Amt nennt Möglichkeiten zur Ausreise auf dem Landweg über Ägypten aus dem Sudan.')).toEqual([]);
  });

  it('GIVEN the call made conditional ("falls sich die Lage verschlechtert") WHEN classified THEN no signal', () => {
    expect(run('Österreich werde seine Bürger zur Ausreise aus Iran auffordern, falls sich die Lage verschlechtert.')).toEqual([]);
  });
});

describe('a country named inside a relative clause about the issuer', () => {
  it('GIVEN "The United States, which calls the country Burma, has kept it at Level 4" WHEN classified THEN the US gives the level', () => {
    const text = 'Fighting reached Yangon. The United States, which still refers to the country as Burma, has kept Myanmar at Level 4: Do Not Travel since 2021.';
    expect(run(text)).toEqual(['MM/US/4/']);
  });

  it('GIVEN the issuer speaking in a main clause after the relative clause ends WHEN classified THEN it stays the issuer', () => {
    const text = 'Officials in Paris, who met on Monday, said France advises against all travel to Niger.';
    expect(run(text)).toEqual(['NE/FR/4/']);
  });
});

describe('"Korea" alone is the Republic of Korea', () => {
  it('GIVEN "Korea\'s foreign ministry" urging its citizens to leave WHEN classified THEN the issuer is KR', () => {
    expect(run("Korea's foreign ministry on Monday urged Koreans in Laos to leave the country immediately.")).toEqual(['LA/KR/-/leave_immediately']);
  });

  it('GIVEN "North Korea" as the subject WHEN classified THEN it stays KP', () => {
    expect(run('Japan told its citizens in North Korea to leave immediately.')).toEqual(['KP/JP/-/leave_immediately']);
  });
});

describe('an Italian report on one country that also states the advice for a neighbour', () => {
  const text = [
    'Tunisia, la Farnesina aggiorna le indicazioni',
    'ROMA, 3 marzo 2026 (ANSA) - La Farnesina ha aggiornato la scheda dedicata alla Tunisia dopo gli scontri al confine.',
    'Si sconsigliano i viaggi a qualsiasi titolo nella fascia di confine con la Libia, si legge nell\'avviso.',
    'Restano invariate le indicazioni per la Libia, dove sono sconsigliati i viaggi a qualsiasi titolo su tutto il territorio.',
    'Lo scorso anno molti italiani hanno visitato la Tunisia.',
  ].join('\n\n');

  it('GIVEN "per la Libia, dove … su tutto il territorio" WHEN classified THEN the level is Libya\'s, and Tunisia keeps its regional finding', () => {
    expect(run(text).sort()).toEqual(['LY/IT/4/', 'TN/IT/-/']);
  });

  it('GIVEN the agency\'s home city in the dateline ("PARIS, March 3 (AFP) -") WHEN classified THEN it is not the subject', () => {
    const wire = 'PARIS, March 3 (AFP) - The German foreign office advised against all travel to the Kasserine mountains. The region lies in western Tunisia. Shops in Tunis were open.';
    expect(run(wire)).toEqual(['TN/DE/-/']);
  });

  it('GIVEN "for Libya, where the FCDO advises against all travel to the whole country" WHEN classified THEN the level is Libya\'s', () => {
    const en = 'Tunisia: the FCDO updated its advice for Tunisia after clashes near Ras Jedir. It kept its advice for Libya, where it advises against all travel to the whole country. Tourist resorts in Tunisia were calm.';
    expect(run(en)).toContain('LY/GB/4/');
  });
});

describe('a first level after a dated "did not advise against travel"', () => {
  it('GIVEN "Until 22 June the FCDO did not advise against travel to any part of X" and a level now WHEN classified THEN level_raised', () => {
    const text = 'The FCDO now advises against all but essential travel to Guinea-Bissau.\n\nUntil 22 June 2026 the FCDO did not advise against travel to any part of Guinea-Bissau.';
    expect(run(text)).toEqual(['GW/GB/3/level_raised']);
  });

  it('GIVEN the first level with no earlier state WHEN classified THEN no level_raised', () => {
    expect(run('The FCDO advises against all but essential travel to Guinea-Bissau.')).toEqual(['GW/GB/3/']);
  });
});

describe('the subject of a page whose visa section names the country\'s own embassy', () => {
  it('GIVEN a page on the DRC with its cities, a level for the rest of the country and "the DRC embassy in Rome" WHEN classified THEN the regional advice is not given to the other Congo', () => {
    const text = [
      'Farnesina — Unità di Crisi — Repubblica Democratica del Congo',
      'Si sconsigliano viaggi a qualsiasi titolo nelle province di Haut-Uélé e Tanganica.',
      'Le autorità hanno imposto il coprifuoco a Bunia e a Uvira.',
      'Nel resto del Paese, compresa la capitale Kinshasa, sono sconsigliati i viaggi non necessari.',
      'I collegamenti fluviali tra Kinshasa e Brazzaville (Repubblica del Congo) possono essere sospesi.',
      'La situazione nella Repubblica del Congo non è oggetto del presente avviso.',
      "Il visto si richiede presso l'Ambasciata della RDC a Roma.",
    ].join('\n\n');
    expect(run(text)).toEqual(['CD/IT/3/']);
  });
});

describe('a rumour that an official statement denies', () => {
  it('GIVEN a WhatsApp message "claimed" an ordered departure and evacuations, and the embassy says there is none WHEN classified THEN no signal', () => {
    const text = [
      'Gunmen abducted 30 people in northern Ghana on Tuesday.',
      'A message circulating on WhatsApp claimed that the U.S. government had ordered non-essential staff to leave Accra and that Western embassies were preparing evacuations.',
      '"There is no ordered departure, and Embassy operations are normal," a U.S. Embassy spokesperson said.',
    ].join(' ');
    expect(run(text)).toEqual([]);
  });
});

describe('a departure order that the same sentence says was lifted later', () => {
  it('GIVEN "last ordered the departure of some staff in 2022; that order was lifted in December 2022" WHEN classified THEN no ordered_departure', () => {
    const text = [
      'Troops were deployed in Ghana.',
      'A British High Commission spokesperson said the advice for Ghana had not changed.',
      'The United States last ordered the departure of some staff from its embassy in Accra in its advisory of October 26, 2022, citing terrorism; that order was lifted in December 2022.',
    ].join(' ');
    expect(run(text)).toEqual([]);
  });

  it('GIVEN "The United States last ordered …" with no lifting WHEN classified THEN the United States is the issuer', () => {
    const text = 'Troops were deployed in Ghana. The United States last ordered the departure of some staff from its embassy in Accra on Monday, citing terrorism.';
    expect(run(text)).toEqual(['GH/US/-/ordered_departure']);
  });
});

describe('an embassy speaking on social media is no rumour', () => {
  it('GIVEN an embassy announcing its suspension "on social media" and another post that "remains open" WHEN classified THEN embassy_suspended', () => {
    const text = 'The U.S. Embassy in Niamey said on social media that it had suspended all operations. The consulate in Agadez remains open.';
    expect(run(text)).toEqual(['NE/US/-/embassy_suspended']);
  });
});
