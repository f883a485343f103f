/**
 * Changes on a government's own scale (the Philippines' alert levels, Austria's Sicherheitsstufen, German
 * verb-last forms): the change is reported (`level_raised` / `level_lowered`); the number is not the table's level.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';


describe('own scales', () => {
  it('GIVEN "raised to Alert Level 3, up from Alert Level 2" WHEN classified THEN level_raised and no table level', () => {
    expect(run('Manila raised Lebanon to Alert Level 3, up from Alert Level 2, and urged Filipinos to leave now.')).toEqual([
      'LB/PH/-/leave_immediately,level_raised',
    ]);
  });

  it('GIVEN the table\'s "Level 3" with the same words WHEN classified THEN the level is kept', () => {
    expect(run('The State Department raised Lebanon to Level 3, up from Level 2.')).toEqual(['LB/US/3/level_raised']);
  });

  it('GIVEN a German verb-last change of the travel information WHEN classified THEN level_raised or level_lowered', () => {
    expect(run('Das Außenministerium in Wien hat seine Reiseinformation für Armenien verschärft.')).toEqual(['AM/AT/-/level_raised']);
    expect(run('Das Auswärtige Amt hat die Reisewarnung für Tunesien auf Teilreisewarnung herabgestuft.')).toEqual(['TN/DE/-/level_lowered']);
    expect(run('Das Auswärtige Amt hat seine Reisehinweise für Tunesien nicht verschärft.')).toEqual([]);
  });

  it('GIVEN "Stufe 3 … zuvor war es Stufe 2" WHEN classified THEN level_raised without a level', () => {
    expect(run('Für ganz Armenien gilt seit Montag die Sicherheitsstufe 4 des Außenministeriums in Wien, zuvor war es Stufe 3.')).toEqual([
      'AM/AT/-/level_raised',
    ]);
  });
});

describe('the subject of an embassy alert', () => {
  const alert = (extra: string) =>
    [
      'Security Alert - U.S. Embassy Port Louis, Mauritius: cyclone in Seychelles (March 3)',
      'Location: Seychelles',
      'Event: Cyclone Ira reached Mahé overnight. The Government of Seychelles has ordered the evacuation of coastal districts and opened shelters.',
      'U.S. citizens in Seychelles should shelter in place now.',
      'Remain indoors until local authorities say the storm has passed.',
      extra,
      'Assistance:',
      'U.S. Embassy Port Louis, Mauritius',
      'Rogers House, Port Louis, Mauritius',
    ].join('\n\n');
  it('GIVEN an alert from a seat in one country about another WHEN classified THEN every instruction is about the country of the Location field', () => {
    expect(run(alert(''))).toEqual(['SC/US/-/shelter_in_place']);
  });
});

describe('hedges', () => {
  it('GIVEN "weighs evacuation" or "plans for a possible evacuation" WHEN classified THEN no evacuation', () => {
    expect(run('Spain weighs evacuation of its citizens from Mozambique.')).toEqual([]);
    expect(run('Madrid said plans for a possible evacuation of Spaniards from Mozambique were being drawn up.')).toEqual([]);
    expect(run('Spain evacuated 40 of its citizens from Mozambique on a military flight.')).toEqual(['MZ/ES/-/evacuation']);
  });
});

describe('embassies closed', () => {
  it('GIVEN an embassy closed for a named day WHEN classified THEN no suspension', () => {
    expect(run('The British Embassy in Muscat will be closed on 18 November for National Day.')).toEqual([]);
    expect(run("The Embassy of Ireland in Ottawa will be closed on 17 March for St Patrick's Day.")).toEqual([]);
    expect(run("L'ambassade de France à Lomé sera fermée le 27 avril, jour férié.")).toEqual([]);
  });

  it('GIVEN a closure because of clashes between protesters and police WHEN classified THEN the foreign embassy is suspended; the police are not its subject', () => {
    expect(run('Because of clashes between protesters and police near the palace, the U.S. Embassy in Quito is closed today.')).toEqual([
      'EC/US/-/embassy_suspended',
    ]);
    expect(run('Police told residents of Quito to stay indoors.')).toEqual([]);
  });
});

describe('numbered levels of other governments', () => {
  it('GIVEN another government\'s bare "Level 4" WHEN classified THEN advice with no level; the US "Level 4" keeps its level', () => {
    expect(run("Israel's National Security Council raised its travel warning for Sri Lanka to Level 4 and told Israelis there to leave.")).toEqual([
      'LK/IL/-/leave_immediately,level_raised',
    ]);
    expect(run('The State Department raised its travel advisory for Sri Lanka to Level 4.')).toEqual(['LK/US/4/level_raised']);
  });

  it('GIVEN the table\'s wording beside the own scale ("… to Level 4, advising citizens to avoid all travel there") WHEN classified THEN the wording gives the level', () => {
    expect(run("Japan's foreign ministry raised Sri Lanka to Level 4, advising Japanese citizens to avoid all travel there.")).toEqual([
      'LK/JP/4/level_raised',
    ]);
  });
});

describe('the whole of a part', () => {
  it('GIVEN "against all travel to the whole of the Tigray region" WHEN classified THEN regional advice, no country-wide level', () => {
    expect(run('The FCDO now advises against all travel to the whole of the Tigray region of Ethiopia.')).toEqual(['ET/GB/-/']);
    expect(run('The FCDO now advises against all travel to the whole of Ethiopia.')).toEqual(['ET/GB/4/']);
  });
});

describe('places rated, destinations, headline labels', () => {
  it('GIVEN a country level "with Sindh and Balochistan listed at Level 4" WHEN classified THEN the country level stands; the provinces are regional', () => {
    expect(run("The State Department's advisory for Pakistan remains at Level 3: Reconsider Travel, with Sindh and Balochistan listed at Level 4: Do Not Travel.")).toEqual([
      'PK/US/3/',
    ]);
  });

  it('GIVEN evacuees brought back home ("riporta in Italia") under a headline label ("Sudan: …") WHEN classified THEN the country left, by the government that flew them', () => {
    expect(run("Sudan: volo speciale della Difesa riporta in Italia 40 connazionali da Khartoum\n\nROMA - È atterrato il C-130 che ha riportato in Italia 40 connazionali da Khartoum. Lo ha reso noto la Farnesina.")).toEqual(['SD/IT/-/evacuation']);
    expect(run('Soudan : un avion militaire a rapatrié en France 60 ressortissants français depuis Khartoum.')).toEqual(['SD/FR/-/evacuation']);
  });
});

describe('evacuations and where they go', () => {
  const juba = (s: string) => `Governments fly citizens out of South Sudan\n\nJUBA, May 2 - Fighting spread across Juba, the capital of South Sudan, on Monday.\n\n${s}`;
  it('GIVEN an air force plane that "carried" nationals to a hub WHEN classified THEN an evacuation from the country left', () => {
    expect(run(juba("A Spanish air force A400M carried 64 Spanish nationals to Djibouti, Spain's defence ministry said."))).toEqual(['SS/ES/-/evacuation']);
  });
  it('GIVEN evacuees flown "to Entebbe in Uganda" WHEN classified THEN the country of the destination city is no subject', () => {
    expect(run(juba('The Netherlands evacuated 41 Dutch citizens on a military C-130 to Entebbe in Uganda, the foreign ministry in The Hague said.'))).toEqual([
      'SS/NL/-/evacuation',
    ]);
  });
});

describe('colour scales', () => {
  it('GIVEN a government moving a country from orange to red WHEN classified THEN level_raised with no level; a weather alert changing colour THEN nothing', () => {
    expect(run('The Dutch foreign ministry changed its travel advice for Niger from orange to red.')).toEqual(['NE/NL/-/level_raised']);
    expect(run("Le ministère belge des Affaires étrangères a fait passer le Niger du code rouge au code orange.")).toEqual(['NE/BE/-/level_lowered']);
    expect(run('Météo-France a fait passer la Corse de la vigilance orange à rouge pour les orages.')).toEqual([]);
  });
});

describe('German partial travel warnings', () => {
  it('GIVEN a "Teilreisewarnung" page or a long "Vor Reisen in … wird gewarnt" WHEN classified THEN regional advice, no country-wide level', () => {
    expect(run('Tunesien: Reise- und Sicherheitshinweise (Teilreisewarnung)\n\nDas Auswärtige Amt rät zu Vorsicht.')).toEqual(['TN/DE/-/']);
    expect(
      run('Vor Reisen in die Grenzgebiete zu Libyen und Algerien sowie in das militärische Sperrgebiet im Süden des Landes wird gewarnt, teilt das Auswärtige Amt zu Tunesien mit.'),
    ).toEqual(['TN/DE/-/']);
  });
});

describe('from parts of a country to all of it', () => {
  it('GIVEN advice that covered only parts before and now covers the whole country WHEN classified THEN level_raised', () => {
    expect(
      run('The FCDO now advises against all but essential travel to the whole of Chad. Previously the FCDO advised only against all travel to parts of the Lake Chad region.'),
    ).toEqual(['TD/GB/3/level_raised']);
  });
});

describe('vague advice for a region', () => {
  it('GIVEN "avoid travel to" a region (en, fr, it) WHEN classified THEN regional advice; for the whole country THEN a finding with no level', () => {
    expect(run('Canada advises Canadians to avoid travel to the Afar region of Ethiopia.')).toEqual(['ET/CA/-/']);
    expect(run("La France recommande d'éviter les déplacements vers la région de l'Extrême-Nord du Cameroun.")).toEqual(['CM/FR/-/']);
    expect(run('La Farnesina raccomanda ai connazionali di evitare gli spostamenti verso la regione di Puno, in Perù.')).toEqual(['PE/IT/-/']);
    expect(run('Canada advises Canadians to avoid travel to Ethiopia.')).toEqual(['ET/CA/-/']);
  });

  it('GIVEN an embassy closed for a national holiday named in German or Italian WHEN classified THEN no suspension', () => {
    expect(run('Die Deutsche Botschaft Nairobi ist am 3. Oktober (Tag der Deutschen Einheit) geschlossen.')).toEqual([]);
    expect(run("L'Ambasciata d'Italia a Lima resterà chiusa il 2 giugno per la Festa della Repubblica.")).toEqual([]);
  });
});
