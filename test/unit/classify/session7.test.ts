/**
 * Misses worked on in session 7: general causes, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { detectLevels } from '../../../src/classify/levels.js';
import { detectSignals } from '../../../src/classify/signals.js';
import { brief, run } from './brief.js';

const signals = (low: string): string[] => detectSignals(low).map((h) => h.signal);

describe("a notice's heading names its government after a separator", () => {
  const body = [
    'Des affrontements ont eu lieu cette nuit dans plusieurs quartiers de la capitale.',
    'La situation reste confuse ce matin.',
    'Les écoles sont fermées.',
    'Il est demandé à nos compatriotes de rester chez eux jusqu’à nouvel ordre.',
  ].join('\n\n');

  it('GIVEN "Message aux ressortissants français – Ambassade de France au Togo" WHEN classified THEN the unattributed call is France\'s', () => {
    expect(run('Message aux ressortissants français – Ambassade de France au Togo\n\n' + body)).toEqual(['TG/FR/-/shelter_in_place']);
  });

  it('GIVEN "Security message for U.S. citizens | U.S. Embassy Lomé" WHEN classified THEN the unattributed call is the US\'s', () => {
    const en = 'Security Message for U.S. Citizens | U.S. Embassy Lomé\n\nGunfire was heard overnight in several districts of Lomé.\n\nThe situation remains unclear.\n\nSchools are closed.\n\nCitizens are advised to shelter in place until further notice.';
    expect(run(en)).toEqual(['TG/US/-/shelter_in_place']);
  });

  it('GIVEN the same body under a newspaper\'s heading WHEN classified THEN no government is invented', () => {
    expect(run('Togo : nuit de tirs à Lomé – Le Monde Afrique\n\n' + body)).toEqual([]);
  });
});

describe('a relative clause with a number in it between a government and its verb', () => {
  it('GIVEN "Spain, which has some 2,500 nationals in Bolivia, evacuated 140 of them" WHEN classified THEN Spain evacuated', () => {
    expect(run('The U.S. Embassy in La Paz ordered the departure of non-emergency staff on Sunday. Spain, which has some 2,500 nationals in Bolivia, evacuated 140 of them on Sunday.').sort()).toEqual([
      'BO/ES/-/evacuation',
      'BO/US/-/ordered_departure',
    ]);
  });
});

describe('Italian "evitare i viaggi non essenziali" and another government\'s ministry named by its adjective', () => {
  it('GIVEN "il ministero degli Esteri spagnolo ha raccomandato … di evitare i viaggi non essenziali in tutto il Perù" WHEN classified THEN Spain gives level 3', () => {
    expect(run("Il ministero degli Esteri spagnolo ha raccomandato ai cittadini spagnoli di evitare i viaggi non essenziali in tutto il Perù.")).toEqual(['PE/ES/3/']);
  });

  it('GIVEN "evitare tutti i viaggi" WHEN classified THEN level 4', () => {
    expect(run('Il ministero degli Esteri belga invita i connazionali a evitare tutti i viaggi in Niger.')).toEqual(['NE/BE/4/']);
  });

  it('GIVEN "evitare i viaggi verso" a region (no qualifier) WHEN classified THEN no country-wide level', () => {
    expect(run('La Farnesina raccomanda di evitare i viaggi verso le regioni settentrionali del Mali.')).toEqual(['ML/IT/-/']);
  });
});

describe('documents without advice that read like danger (blind batch r)', () => {
  it('GIVEN a national team flying out on a charter WHEN its signals are detected THEN no evacuation', () => {
    expect(signals("australia's national netball team abandoned its tour of nepal on tuesday, flying out of kathmandu on a chartered aircraft hours after a curfew was imposed.")).toEqual([]);
  });

  it('GIVEN a government flying its nationals out, a team among them WHEN classified THEN the evacuation stands', () => {
    expect(run('Australia flew 120 of its nationals out of Honiara on an air force C-130 on Monday, among them the national netball squad.')).toEqual(['SB/AU/-/evacuation']);
    expect(signals('the embassy told the team to leave, and the government evacuated the squad on a chartered flight.')).toContain('evacuation');
  });

  it('GIVEN an evacuation rehearsed in an exercise WHEN its signals are detected THEN no evacuation', () => {
    expect(signals('british and kenyan troops ran a simulated evacuation of an embassy compound in nairobi on tuesday.')).toEqual([]);
    expect(signals('"we train for a non-combatant evacuation operation every year," the colonel said.')).toEqual([]);
  });

  it('GIVEN a necessity told in general ("people do have to be airlifted out") WHEN its signals are detected THEN no evacuation', () => {
    expect(signals('embassies do close, and people do have to be airlifted out with little warning.')).toEqual([]);
    expect(signals('some 300 citizens had to be airlifted out of the capital by the air force.')).toEqual(['evacuation']);
  });

  it('GIVEN a headline signal no sentence of the article bears out WHEN classified THEN it is dropped', () => {
    const text = [
      'The Vienna Boys Choir cut short its tour of Peru on Sunday after protests closed roads around Lima.',
      'The choir had been due to sing in Cusco and Arequipa.',
      'Its manager said the singers were safe and in good spirits.',
      'Protests over fuel prices have spread to several regions of Peru.',
    ].join(' ');
    expect(brief(classify({ title: 'Choir flies out of Lima on charter', text, format: 'text' }))).toEqual([]);
  });

  it('GIVEN a book review retelling an evacuation WHEN classified THEN nothing', () => {
    const text = [
      'Review: The Last Convoy by Ana Pereira',
      'Few images are as worn as the one of a helicopter on a Saigon rooftop. Pereira\'s fourth novel turns it around: her story is told by the people at the bottom of the ladder.',
      'Thuy, a translator at the United States embassy, has been told that the list exists. The ordered departure of embassy dependants has already happened; the evacuation flights out of the airport are running day and night.',
      'Where the book falters is its second half; the prose goes slack, and the chapters set in Minnesota drag.',
    ].join('\n\n');
    expect(run(text)).toEqual([]);
  });

  it('GIVEN an alleged circular ("una presunta circolare") that the ministry denies WHEN classified THEN no call to leave', () => {
    expect(run('La Farnesina ha smentito le notizie. Una presunta circolare invitava i connazionali a lasciare immediatamente il Marocco.')).toEqual([]);
  });

  it('GIVEN a sentence that opens on a year in Italian ("Nel 2011, …") WHEN classified THEN the past evacuation is no signal', () => {
    expect(run('Nel 2011, durante la rivoluzione, la Farnesina aveva organizzato voli speciali per rimpatriare i turisti italiani dalla Tunisia.')).toEqual([]);
  });

  it('GIVEN a fact check of a hoax message WHEN classified THEN nothing in it is advice', () => {
    const text = [
      'FACT CHECK: No, Canada has not told its citizens to leave Senegal',
      '',
      'A message shared on social media claims that Global Affairs Canada has "ordered all Canadians to leave Senegal immediately".',
      '',
      'It reads: "Canadian citizens must leave Senegal immediately by any available means. Evacuation flights depart Dakar on Friday."',
      '',
      'The message is false. The embassy in Dakar is open.',
    ].join('\n');
    expect(run(text)).toEqual([]);
  });

  it('GIVEN a place "close to the Embassy of X" WHEN classified THEN no closure', () => {
    expect(signals('previous demonstrations near the mosque, close to the embassy of israel, have drawn large crowds and led to road closures.')).toEqual([]);
    expect(signals('the government decided to close the embassy in kabul on friday.')).toEqual(['embassy_suspended']);
  });
});

describe('a level named but not given', () => {
  it('GIVEN a demand for a level ("called for a Do Not Travel warning", "should issue", "Nobody is asking for") WHEN classified THEN no level', () => {
    expect(run('Critics called for a Do Not Travel warning for Peru.')).toEqual([]);
    expect(run('The government should issue a "Do Not Travel" advisory for Peru, the opposition says.')).toEqual([]);
    expect(run('Nobody is asking for a formal "Do Not Travel" for Peru.')).toEqual([]);
    expect(run('The department has not issued a Do Not Travel advisory for Peru.')).toEqual([]);
  });

  it('GIVEN the level given WHEN classified THEN it stands', () => {
    expect(run('The State Department issued a Do Not Travel advisory for Peru on Monday.')).toEqual(['PE/US/4/']);
  });

  it('GIVEN a level inside an if-clause or named as a scale\'s term WHEN classified THEN no level', () => {
    expect(run('If that government advises against all travel — "Do Not Travel" in some scales, "Level 4" in the American system — many policies stop covering you in Haiti.')).toEqual([]);
    expect(run('Unless Canada advises against all travel to Haiti, the insurer will pay.')).toEqual([]);
  });

  it('GIVEN a condition after the level WHEN classified THEN the level stands', () => {
    expect(run('The FCDO advises against all travel to Haiti if you can avoid it.')).toEqual(['HT/GB/4/']);
  });
});

describe('a private body tells what it arranged', () => {
  it('GIVEN "…will fly Australian schoolchildren home from Lae, the organisers of that exchange said" WHEN classified THEN no evacuation', () => {
    expect(run('DFAT raised its advice for Papua New Guinea to "reconsider your need to travel". A chartered aircraft will instead be used to fly Australian schoolchildren home from Lae, the organisers of that exchange said on Friday.')).toEqual(['PG/AU/3/level_raised']);
  });
});

describe('closures, borders, staging places and passive citizens (blind batch r)', () => {
  it('GIVEN a German holiday closure ("bleibt am 25. Dezember … geschlossen") WHEN its signals are detected THEN no suspension', () => {
    expect(signals('die schweizerische botschaft in accra bleibt am 25. dezember und am 1. januar geschlossen.')).toEqual([]);
    expect(signals('die schweizerische botschaft in accra bleibt bis auf weiteres geschlossen.')).toEqual(['embassy_suspended']);
  });

  it('GIVEN a level for the border with a list of neighbours WHEN classified THEN it is no level for the neighbours', () => {
    expect(run("La France déconseille formellement l'ensemble du Burkina Faso. Le pays était jusqu'à présent classé en zone orange (« déconseillé sauf raison impérative »), à l'exception de la frontière avec le Niger et le Mali, déjà en zone rouge.")).toEqual(['BF/FR/4/level_raised']);
  });

  it('GIVEN an evacuation craft "on standby in Malta" WHEN classified THEN Malta is not the country evacuated', () => {
    const text = 'Greece flies citizens out of Libya\n\nGreece evacuated 40 of its nationals from the Libyan capital on Friday aboard an air force C-130. The aircraft, which had been on standby in Malta since Wednesday, landed in Athens in the evening, and the evacuees, most of them employees of Greek companies, were to fly on to Thessaloniki.';
    expect(run(text)).toEqual(['LY/GR/-/evacuation']);
  });

  it('GIVEN citizens told in the passive after a domestic authority ("imposed by the Nepali authorities, Singaporeans are advised to …") WHEN classified THEN the citizens\' government gives the level', () => {
    expect(run('In view of the curfews imposed by the Malagasy authorities, Singaporeans are advised to defer all travel to Madagascar.')).toEqual(['MG/SG/4/']);
  });
});

describe('a government that "likewise continues to advise", and "the level had been raised"', () => {
  it('GIVEN "Canada likewise continues to advise its citizens to avoid all travel to X" WHEN classified THEN Canada gives level 4', () => {
    expect(run('Canada likewise continues to advise its citizens to avoid all travel to Yemen.')).toEqual(['YE/CA/4/']);
  });

  it('GIVEN "… said the level had been raised" after the new level WHEN classified THEN level_raised', () => {
    expect(run('Canada told Canadians to avoid non-essential travel to Malawi. Global Affairs Canada said the level had been raised on Wednesday.')).toEqual(['MW/CA/3/level_raised']);
  });
});

describe('German "brachte … Staatsangehörige mit Militärmaschinen" and an island destination', () => {
  it('GIVEN a government that brought its nationals out on military aircraft to an island WHEN classified THEN it evacuated the country left', () => {
    const text = 'Unruhen auf den Komoren\n\nDie Lage auf den Komoren bleibt angespannt. Auch Frankreich brachte nach Angaben aus Paris rund 300 eigene Staatsangehörige mit Militärmaschinen auf die französische Insel Mayotte.';
    expect(run(text)).toEqual(['KM/FR/-/evacuation']);
  });

  it('GIVEN "brachte" without nationals or aircraft WHEN its signals are detected THEN no evacuation', () => {
    expect(signals('der minister brachte am montag einen neuen gesetzentwurf mit milit\u00e4rmaschinen ins gespr\u00e4ch.')).toEqual([]);
  });
});

describe('areas designated on another government\'s own scale, under a ministry masthead', () => {
  const page = [
    'Ministry of Foreign Affairs, Republic of Korea',
    'Travel Advisory Adjustment for Parts of Myanmar',
    '1. The Ministry has designated the city of Tachileik in Shan State as Level 4 (Travel Ban) areas, effective 1 May, after cases of nationals lured to scam compounds in Myanmar.',
    '2. Nationals currently in the designated areas are requested to leave them.',
  ].join('\n\n');

  it('GIVEN "designated … as Level 4 (Travel Ban) areas" WHEN classified THEN a regional finding of the masthead\'s government, no level', () => {
    expect(run(page)).toEqual(['MM/KR/-/']);
  });

  it('GIVEN the own-scale label on the whole country ("Level 3 (Departure Recommended)") WHEN its levels are detected THEN no level', () => {
    expect(detectLevels('myanmar remains at level 3 (departure recommended).')).toEqual([]);
  });
});

describe('documents without advice that read like danger (blind batch u)', () => {
  it('GIVEN a war game\'s moves WHEN classified THEN nothing', () => {
    const text = [
      'Wargame finds Britain would struggle to evacuate its citizens from Cyprus',
      'LONDON — A tabletop exercise run by a think tank played out a fictional scenario set in 2029.',
      'In the first move, the player team representing the Foreign Office raised its advice to advise against all travel to Cyprus and ordered the departure of embassy staff.',
      'In the second move, players told British nationals to leave immediately.',
    ].join('\n\n');
    expect(run(text)).toEqual([]);
  });

  it('GIVEN an embassy building emptied for a suspicious package WHEN its signals are detected THEN no evacuation', () => {
    expect(signals('the embassy of norway in dakar was evacuated after a suspicious package was found at the entrance.')).toEqual([]);
    expect(signals('the embassy of norway in dakar was evacuated and its staff flown out of senegal on a military aircraft.')).toContain('evacuation');
  });

  it('GIVEN the Italian passato remoto ("la Farnesina organizzò il rimpatrio") WHEN classified THEN it is the past', () => {
    expect(run('La mostra si chiude con il febbraio 2011, quando la Farnesina organizzò il rimpatrio di oltre 1.500 italiani dalla Libia con ponti aerei.')).toEqual([]);
    expect(run("L'ambassade de France fut fermée et les Français furent évacués du Liban par bateau.")).toEqual([]);
  });

  it('GIVEN a call to leave a hotel ("lasciare immediatamente l\'albergo") WHEN its signals are detected THEN no call to leave the country', () => {
    expect(run("Nelle registrazioni, un funzionario dell'Unità di Crisi dice ai connazionali in Libia: \"Dovete lasciare immediatamente l'albergo, il pullman passa alle sei\".")).toEqual([]);
  });
});

describe('a hazard\'s own status raised', () => {
  it('GIVEN "raised the volcano\'s status to Level IV" WHEN its signals are detected THEN no level_raised', () => {
    expect(signals("the volcanology centre has raised the volcano's status to level iv (awas), the highest level.")).toEqual([]);
    expect(signals('the state department raised its travel advisory to the highest level.')).toEqual(['level_raised']);
  });
});

describe('a German compound names a government\'s institution ("US-Außenministerium")', () => {
  it('GIVEN "Die Botschaft bleibt nach Angaben des US-Außenministeriums weiterhin geschlossen" after the US embassy is named WHEN classified THEN the US embassy is suspended', () => {
    const text = 'Die Lage in Belarus bleibt angespannt. Die Vereinigten Staaten hatten den Betrieb ihrer Botschaft in Minsk im Februar 2022 eingestellt. Die Botschaft bleibt nach Angaben des US-Außenministeriums weiterhin geschlossen.';
    expect(run(text)).toEqual(['BY/US/-/embassy_suspended']);
  });
});

describe('French: "Les États-Unis ont autorisé …" and "sur l\'ensemble de son territoire"', () => {
  it('GIVEN "Les États-Unis ont autorisé le départ volontaire du personnel non essentiel de leur ambassade" WHEN classified THEN the US authorised departure', () => {
    expect(run("Les États-Unis ont autorisé jeudi le départ volontaire du personnel non essentiel de leur ambassade à Lomé.")).toEqual(['TG/US/-/authorized_departure']);
  });

  it('GIVEN "reste classé en « vigilance renforcée » sur l\'ensemble de son territoire, à l\'exception de …" WHEN classified THEN advice for the whole country, no level (France\'s own step)', () => {
    expect(run("Le Togo reste classé en « vigilance renforcée » sur l'ensemble de son territoire, à l'exception de la région des Savanes, où les déplacements sont « déconseillés sauf raison impérative », selon le Quai d'Orsay.")).toEqual(['TG/FR/-/']);
  });
});

describe('Indian English: "requested to leave at the earliest"', () => {
  it('GIVEN "Indians who are currently in X are requested to leave at the earliest by available commercial means" WHEN classified THEN leave_immediately', () => {
    expect(run('The Ministry of External Affairs said Indians who are currently in Libya are requested to leave at the earliest by available commercial means.')).toEqual(['LY/IN/-/leave_immediately']);
  });
});

describe('a government denies reports of its own call (blind batch w)', () => {
  it('GIVEN "denied reports that it had urged citizens to leave" and a "purported statement" that "told … to leave" WHEN classified THEN nothing', () => {
    const text = [
      'Hungary denies telling citizens to leave Serbia',
      "BUDAPEST — Hungary's foreign ministry on Tuesday denied reports that it had urged Hungarian citizens to leave Serbia immediately.",
      'The purported statement, shared thousands of times online, told Hungarians in Serbia to "leave the country within 48 hours".',
      '"This is a fake," a ministry spokesman said.',
    ].join('\n\n');
    expect(run(text)).toEqual([]);
  });

  it('GIVEN a denial of reports about something else ("denied reports of a coup attempt") WHEN classified THEN a real call to leave stands', () => {
    expect(run('The authorities denied reports of a coup attempt. Spain urged its citizens to leave Equatorial Guinea immediately.')).toEqual(['GQ/ES/-/leave_immediately']);
  });
});

describe('multi-issuer wire copy (blind batch w)', () => {
  it('GIVEN "which has kept Iran at Level 4: Do Not Travel for years" WHEN its levels are read THEN "for years" is no object: the level is country-wide', () => {
    expect(run('The U.S. State Department, which has kept Syria at Level 4: Do Not Travel for years, said U.S. citizens in Syria should leave immediately.')).toEqual(['SY/US/4/leave_immediately']);
  });

  it('GIVEN a quoted "leave now if it is safe to do so" and then "and that the embassy had temporarily closed" WHEN classified THEN the closure is no condition\'s', () => {
    expect(run('Britain\'s Foreign Office said British nationals in Syria should "leave now if it is safe to do so" and that the British Embassy in Damascus had temporarily closed.')).toEqual(['SY/GB/-/embassy_suspended,leave_immediately']);
  });
});

describe('French and German: lists joined by "ou", a closure that "bleibt"', () => {
  it('GIVEN "vers les postes frontières avec le Ghana, le Togo ou le Niger, sont formellement déconseillés" WHEN classified THEN no level for Niger', () => {
    expect(run("La France déconseille formellement tout le Burkina Faso. Les déplacements par la route, y compris vers les postes frontières avec le Ghana, le Togo ou le Niger, sont formellement déconseillés.")).toEqual(['BF/FR/4/']);
  });

  it('GIVEN "Die Deutsche Botschaft Khartum ist seit April 2023 geschlossen und bleibt bis auf Weiteres geschlossen" WHEN classified THEN the closure is current', () => {
    expect(run('Reisewarnung für Sudan. Die Deutsche Botschaft Khartum ist seit April 2023 geschlossen und bleibt bis auf Weiteres geschlossen.')).toEqual(['SD/DE/4/embassy_suspended']);
  });
});

describe('regional advice on official pages (blind batch w)', () => {
  it('GIVEN "There is no change to FCDO\'s advice against all travel to the breakaway regions of X" WHEN classified THEN the regional advice stands', () => {
    expect(run("There is no change to FCDO's advice against all travel to the breakaway regions of Transnistria. FCDO does not advise against travel to the rest of Moldova.")).toEqual(['MD/GB/-/']);
  });

  it('GIVEN "Le DFAE déconseille les voyages dans la province de …" WHEN classified THEN regional advice, no level', () => {
    expect(run("Conseils pour les voyages – Niger. Le DFAE déconseille les voyages dans la région de Tillabéri et dans une bande de 50 km le long de la frontière avec le Mali.")).toEqual(['NE/CH/-/']);
  });
});

describe('Austria\'s "von Sicherheitsstufe 2 auf 4", and authorised departures in Italian and French', () => {
  it('GIVEN "Österreich hat Bolivien von Sicherheitsstufe 2 auf Sicherheitsstufe 4 hochgestuft" WHEN classified THEN level_raised on its own scale', () => {
    expect(run('Österreich hat Paraguay von Sicherheitsstufe 2 auf Sicherheitsstufe 4 hochgestuft.')).toEqual(['PY/AT/-/level_raised']);
  });

  it('GIVEN "ha autorizzato la partenza del personale non essenziale" WHEN classified THEN authorized_departure', () => {
    expect(run('Il Dipartimento di Stato americano ha autorizzato la partenza del personale non essenziale dal Consolato generale degli Stati Uniti a Guayaquil, in Ecuador.')).toEqual(['EC/US/-/authorized_departure']);
  });

  it('GIVEN a French headline "Paris relève son niveau de vigilance, Washington autorise le départ de son personnel" WHEN classified THEN the departure is Washington\'s', () => {
    expect(run("Éthiopie : Paris relève son niveau de vigilance, Washington autorise le départ de son personnel non essentiel")).toContain('ET/US/-/authorized_departure');
  });
});

describe('past orders and self-reliance (blind batch u)', () => {
  it('GIVEN "The ordered departure … that was put in place in August 2023 was lifted in 2024" WHEN its signals are detected THEN no ordered departure', () => {
    expect(signals('the ordered departure of non-emergency u.s. government personnel that was put in place in august 2023 was lifted in 2024.')).toEqual([]);
  });

  it('GIVEN "You\'ll need to rely on commercial flights or your own arrangements" WHEN its signals are detected THEN no evacuation', () => {
    expect(signals("you'll need to rely on commercial flights or your own arrangements.")).toEqual([]);
    expect(signals('the government has arranged charter flights for nationals wishing to leave.')).toContain('evacuation');
  });
});

describe('a scale\'s step defined by what it asks', () => {
  it('GIVEN "Level 4, the highest on the ministry\'s scale, calls on nationals to evacuate" WHEN its signals are detected THEN no call and no evacuation', () => {
    expect(signals("level 4, the highest on the ministry's scale, calls on nationals to evacuate; the ministry said it was not considering that step.")).toEqual([]);
    expect(signals('the ministry called on nationals to evacuate immediately.')).toContain('leave_immediately');
  });
});

describe('an embassy functioning from abroad', () => {
  it('GIVEN "It may be noted that the Embassy of India in Sana\'a has been temporarily functioning from Djibouti since April 2015 and remains relocated" WHEN its signals are detected THEN embassy_suspended ("may be noted" is no hedge)', () => {
    expect(signals("it may be noted that the embassy of india in sana'a has been temporarily functioning from djibouti since april 2015 and remains relocated.")).toEqual(['embassy_suspended']);
    expect(signals('the embassy may close if the situation deteriorates.')).toEqual([]);
  });
});

describe('"the Philippines" is the country, not its citizens', () => {
  it('GIVEN an embassy page "Our travel advice for the Philippines remains \'Exercise a high degree of caution\' overall" WHEN classified THEN Australia\'s level 2', () => {
    const text = 'Australian Embassy, Manila – Message to Australians\n\nOn 2 March the volcano\'s alert status was raised.\n\nOur travel advice for the Philippines remains \'Exercise a high degree of caution\' overall.';
    expect(run(text)).toEqual(['PH/AU/2/']);
  });
});

describe('a German change of level told at length', () => {
  it('GIVEN "wurde die Sicherheitsstufe für X von Stufe 1 (Guter Sicherheitsstandard) auf Stufe 2 (Sicherheitsrisiko) angehoben" WHEN its signals are detected THEN level_raised', () => {
    expect(signals('aufgrund der lage wurde die sicherheitsstufe fur montenegro von stufe 1 (guter sicherheitsstandard) auf stufe 2 (sicherheitsrisiko) angehoben.')).toEqual(['level_raised']);
  });
});

describe('a long relative clause between a government and its verb', () => {
  it('GIVEN "France, whose nationals make up the largest foreign community on the island with some 20,000 residents, has kept X at \'vigilance renforcée\'" WHEN classified THEN France gives advice, no level (its own step)', () => {
    const text = 'Australia raised its advice for Madagascar to "reconsider your need to travel". France, whose nationals make up the largest foreign community on the island with some 20,000 residents, has kept Madagascar at "vigilance renforcée", the foreign ministry in Paris said.';
    expect(run(text).sort()).toEqual(['MG/AU/3/level_raised', 'MG/FR/-/']);
  });

  it('GIVEN "Germany, which evacuated its nationals during the 2013 crisis, said it had no plans to …" WHEN its signals are detected THEN no evacuation', () => {
    expect(signals('germany, which evacuated its nationals during the 2013 crisis that toppled the president, said it had no plans to organise an evacuation this time.')).toEqual([]);
  });
});

describe('a government aircraft "carrying" its nationals out', () => {
  it('GIVEN "A Royal Australian Air Force C-130 departed Nouméa carrying 60 Australians to Brisbane" WHEN its signals are detected THEN evacuation', () => {
    expect(signals('a royal australian air force c-130 departed noumea on sunday carrying 60 australians and their families to brisbane.')).toEqual(['evacuation']);
    expect(signals('the bus departed lima carrying 41 tourists to cusco.')).toEqual([]);
  });
});

describe('the gloss of a colour given to an area in a list', () => {
  it('GIVEN "- The area within 50 km of the border with Chad: orange. Only travel if necessary." WHEN classified THEN regional advice, no level', () => {
    const text = 'Travel advice Sudan\nNederland Wereldwijd — Ministry of Foreign Affairs of the Netherlands\n\nThe colour code for most of Sudan is red.\n\nThere are different colour codes for some areas:\n- The area within 50 km of the border with Chad: orange. Only travel if necessary.';
    expect(run(text)).toEqual(['SD/NL/-/']);
  });
});
