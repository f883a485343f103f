/**
 * Generalization bugs found by a blind batch of documents (corpus prefix c, written without reading the
 * classifier): each rule is checked here on sentences of its own, not on the batch's texts.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';
import { detectLevels } from '../../../src/classify/levels.js';
import { detectSignals } from '../../../src/classify/signals.js';
import { matchForm } from '../../../src/classify/text.js';

const sg = (s: string) => [...new Set(detectSignals(matchForm(s)).map((h) => h.signal))].sort();
const lv = (s: string) => detectLevels(matchForm(s)).map((h) => `${h.level}:${h.scope}${h.past ? ':past' : ''}`);

describe('issuers named in more ways', () => {
  it('GIVEN "A, B and C have all told their nationals to leave X" WHEN classified THEN one finding per government', () => {
    expect(run('Finland, Estonia and Latvia have all told their nationals to leave Belarus, officials said on Monday.')).toEqual([
      'BY/EE/-/leave_immediately',
      'BY/FI/-/leave_immediately',
      'BY/LV/-/leave_immediately',
    ]);
  });

  it('GIVEN a capital opening the sentence before its ministry speaks WHEN classified THEN that government is the issuer', () => {
    expect(run('In Canberra, the foreign ministry said it had sent an air force transport to Beirut to fly out Australian families.')).toEqual([
      'LB/AU/-/evacuation',
    ]);
  });

  it('GIVEN "followed suit" THEN the list extends; GIVEN "following developments closely" THEN it does not', () => {
    const text =
      'Norway told its citizens to leave Myanmar immediately on Tuesday. Sweden followed suit hours later. Finland said it was following developments closely and had no plans to change its advice.';
    expect(run(text)).toEqual(['MM/NO/-/leave_immediately', 'MM/SE/-/leave_immediately']);
  });

  it('GIVEN a statement "near-identical" to a call to leave WHEN classified THEN its issuers get the same signal', () => {
    const text = 'Portugal urged its citizens to leave Mozambique as soon as possible. Madrid issued a near-identical statement.';
    expect(run(text)).toEqual(['MZ/ES/-/leave_immediately', 'MZ/PT/-/leave_immediately']);
  });

  it('GIVEN a plural demonym of a smaller government as addressee WHEN detected THEN the call counts', () => {
    expect(sg('Le ministère demande aux Luxembourgeois présents au Niger de quitter le pays dès que possible.')).toEqual(['leave_immediately']);
    expect(sg('The ministry urged Belgians in Chad to leave immediately.')).toEqual(['leave_immediately']);
  });
});

describe('negation and decided futures', () => {
  it('GIVEN the urging verb negated far from "leave" WHEN detected THEN no call to leave', () => {
    expect(sg('It did not advise Danish nationals already living in the country to leave.')).toEqual([]);
    expect(sg('The ministry stopped short of urging the several hundred Austrians still there to leave immediately.')).toEqual([]);
  });

  it('GIVEN "said it would temporarily close its embassy" WHEN detected THEN embassy_suspended; GIVEN "could close" THEN nothing', () => {
    expect(sg('Norway said it would temporarily close its embassy in Khartoum and move its staff to Cairo.')).toEqual(['embassy_suspended']);
    expect(sg('Norway said its embassy in Khartoum could close if fighting spreads.')).toEqual([]);
  });

  it('GIVEN an embassy that "reopened" after a relative clause THEN no suspension; GIVEN "which reopened last year" before a closure THEN the closure counts', () => {
    expect(sg('The Dutch embassy in Tripoli, which moved its staff to Tunis during the clashes in April, resumed operations on Monday.')).toEqual([]);
    expect(sg('Denmark said it would temporarily close its embassy in Kabul, which reopened only in March.')).toEqual(['embassy_suspended']);
  });

  it('GIVEN a closure and consular services in the next clause WHEN detected THEN embassy_suspended; GIVEN a closure for routine visa work THEN nothing', () => {
    expect(sg('The U.S. Embassy in Sanaa remains closed, and consular services for Yemen are handled from Riyadh.')).toEqual(['embassy_suspended']);
    expect(sg('The U.S. Embassy in Lima will be closed on Friday for routine visa appointments, while emergency services remain available.')).toEqual([]);
  });

  it('GIVEN troops put on heightened alert WHEN detected THEN no level change', () => {
    expect(sg('The government placed its army on heightened alert after the border incident, and travel advisories were discussed.')).toEqual([]);
  });
});

describe('levels: scope, tense and vocabulary', () => {
  it('GIVEN "Areas where FCDO advises against all travel" as a heading WHEN detected THEN regional', () => {
    expect(lv('Areas where FCDO advises against all travel')).toEqual(['4:regional']);
  });

  it('GIVEN the whole territory as the subject before a French level WHEN classified THEN the country level', () => {
    const text =
      "Mise à jour le 3 mars. En raison des affrontements dans la région de Tillabéri, l'ensemble du territoire nigérien est formellement déconseillé.";
    expect(run(text)).toEqual(['NE/FR/4/']);
  });

  it('GIVEN a level glossed in parentheses after "until now … was" WHEN detected THEN that level is past', () => {
    expect(lv("Jusqu'ici, le pays était classé en orange (« déconseillé sauf raison impérative »).")).toEqual(['3:unknown:past']);
  });

  it('GIVEN "only travel … if strictly necessary" WHEN detected THEN level 3', () => {
    expect(lv('Dutch nationals should only travel to Mozambique if it is strictly necessary.').map((x) => x.split(':')[0])).toEqual(['3']);
  });

  it('GIVEN a Level 4 label for regions after a country-wide Level 3 WHEN classified THEN level 3', () => {
    const text =
      'The State Department rates Colombia at Level 3, "Reconsider Travel," with a Level 4 "Do Not Travel" warning for Arauca, Cauca and Norte de Santander.';
    expect(run(text)).toEqual(['CO/US/3/']);
  });

  it('GIVEN "a Level 4 travel advisory since 2014" WHEN classified THEN a country-wide level 4 (Korea\'s own "Level 4 travel ban" is its scale: no level)', () => {
    expect(run('The State Department said Libya has been under a Level 4 travel advisory since 2014.')).toEqual(['LY/US/4/']);
    expect(run('In Seoul, the foreign ministry said Libya has been under a Level 4 travel ban since 2014.')).toEqual(['LY/KR/-/']);
  });

  it("GIVEN an official page that never names its government WHEN classified without a source THEN the vocabulary's government", () => {
    const page = '<h1>Latest update: We have reviewed our travel advice for Laos.</h1><p>Reconsider your need to travel to Laos.</p>';
    expect(run(page, 'html')).toEqual(['LA/AU/3/']);
    expect(run('<p>Last update: Saturday</p><p>Warnings and insurance</p><p>FCDO advises against all travel to Haiti.</p>', 'html')).toEqual(['HT/GB/4/']);
  });

  it('GIVEN a page naming its government only through its citizens WHEN classified without a source THEN that government', () => {
    const page =
      '<h1>Syria</h1><p>Security Status: Do Not Travel</p><p>We advise against all travel to Syria.</p><p>Irish citizens in Syria should register with the Embassy in Beirut.</p>';
    expect(run(page, 'html')).toEqual(['SY/IE/4/']);
  });
});

describe('second blind batch (prefix d): pages, tables, lists and retrospectives', () => {
  it('GIVEN a level label on its own line and the level on the next WHEN classified THEN the country level', () => {
    const page = '<h1>Cambodia</h1><p>Security Status</p><p>High Degree of Caution</p><p>Irish citizens should register with the Embassy in Bangkok.</p>';
    expect(run(page, 'html')).toEqual(['KH/IE/2/']);
  });

  it('GIVEN a table of countries and levels WHEN classified THEN one finding per row, with the change column read', () => {
    const page =
      '<p>Canadians should check the advice for each destination.</p><table><tr><th>Destination</th><th>Risk level</th><th>Change</th></tr>' +
      '<tr><td>Peru</td><td>Exercise a high degree of caution</td><td>Lowered (previously: Avoid non-essential travel)</td></tr>' +
      '<tr><td>Haiti</td><td>Avoid all travel</td><td>No change</td></tr></table>';
    expect(run(page, 'html')).toEqual(['HT/CA/4/', 'PE/CA/2/level_lowered']);
  });

  it('GIVEN a layout table of long cells WHEN prepared THEN the cells stay separate paragraphs', () => {
    const long = 'Protests continue in the capital and roads may be blocked without notice. Monitor local media closely.';
    const page = `<table><tr><td>${long}</td><td>${long} Avoid demonstrations.</td></tr></table>`;
    expect(run(page, 'html')).toEqual([]);
  });

  it('GIVEN a bulleted list of governments and their advice about one country WHEN classified THEN each government is an issuer', () => {
    const text = '• Japan - Level 3: Reconsider Travel to Haiti.\n• Canada - Avoid all travel to Haiti.';
    expect(run(text)).toEqual(['HT/CA/4/', 'HT/JP/3/']);
  });

  it('GIVEN a US heading naming only regions WHEN classified THEN no country level from it', () => {
    const page =
      '<p>Azerbaijan - Level 2: Exercise Increased Caution</p><p>Exercise increased caution in Azerbaijan due to terrorism.</p><p>Nagorno-Karabakh - Level 4: Do Not Travel</p>';
    expect(run(page, 'html')).toEqual(['AZ/US/2/']);
  });

  it('GIVEN "the island" or "nel Paese" as the object of a level WHEN classified THEN the country level', () => {
    expect(run('Britain on Monday advised against all but essential travel to the island of Sri Lanka... Canada told Canadians to avoid non-essential travel to the island.').some((f) => f === 'LK/CA/3/')).toBe(true);
    expect(lv('sono sconsigliati i viaggi non necessari nel Paese')).toEqual(['3:country']);
  });

  it('GIVEN a sentence whose subject is border areas WHEN classified THEN that level is regional', () => {
    const text = "Le Quai d'Orsay place le Tchad en vigilance renforcée. Les zones frontalières avec le Soudan (provinces du Ouaddaï et du Sila) restent formellement déconseillées.";
    expect(run(text)).toEqual(['TD/FR/-/']);
  });

  it("GIVEN a hazard's own alert raised by the authorities WHEN detected THEN no level change", () => {
    expect(sg('The civil protection agency has raised the alert for the Merapi volcano to its highest level.')).toEqual([]);
    expect(sg('The U.S. Embassy said the State Department raised its travel advisory for Chad to Level 4.')).toEqual(['level_raised']);
  });

  it('GIVEN an embassy whose operations are relocated WHEN detected THEN embassy_suspended', () => {
    expect(sg('The Government has decided to temporarily relocate the operations of the Embassy in Bamako to Dakar.')).toEqual(['embassy_suspended']);
  });

  it('GIVEN a retrospective feature on a past evacuation WHEN classified THEN no findings, unless it reports a current call', () => {
    const past =
      'Ten years on, the airlift that brought Britons home from Yemen\n\nIn April 2015 the government chartered flights to evacuate British nationals from Sanaa. Officials urged Britons to leave immediately while flights were available.';
    expect(run(past)).toEqual([]);
    const current = past + ' Today the Foreign Office again urged British nationals to leave Yemen immediately.';
    expect(run(current)).toEqual(['YE/GB/-/leave_immediately']);
  });
});

describe('third blind batch (prefix e): other governments, scales, round-ups and glossaries', () => {
  it('GIVEN "Department of Foreign Affairs" in a text about Filipinos WHEN classified THEN the Philippines, not Ireland', () => {
    const text = 'The Department of Foreign Affairs told Filipinos in Haiti to leave immediately, and about 90 Filipino workers were registered there.';
    expect(run(text)).toEqual(['HT/PH/-/leave_immediately']);
  });

  it('GIVEN citizens "required to leave" WHEN detected THEN a call to leave; GIVEN staff required to leave THEN not one', () => {
    expect(sg('All Indonesians in the country are now required to leave, the ministry said.')).toEqual(['leave_immediately']);
    expect(sg('Non-emergency staff were required to leave the embassy.')).not.toContain('leave_immediately');
  });

  it('GIVEN alert levels the text defines by repatriation WHEN classified THEN no level on the 1–4 travel scale', () => {
    const text =
      'Manila raised the alert level for Yemen to Alert Level 3 (Voluntary Repatriation Phase) on Monday, the Department of Foreign Affairs said.';
    expect(run(text).map((f) => f.split('/')[2])).toEqual(['-']);
  });

  it('GIVEN a reported order the sentence denies WHEN detected THEN nothing', () => {
    expect(sg('The embassy denied reports on social media that the State Department had ordered the departure of non-emergency staff.')).toEqual([]);
  });

  it('GIVEN "refrain from travelling to X unless necessary" WHEN detected THEN level 3', () => {
    expect(lv('the ministry recommends that citizens refrain from travelling to nepal unless necessary').map((x) => x.split(':')[0])).toEqual(['3']);
  });

  it('GIVEN a government that "will" fly its citizens out WHEN classified THEN that government evacuates', () => {
    expect(run('Ghana will begin evacuation flights for its citizens in Lebanon next week, the foreign ministry said.')).toEqual(['LB/GH/-/evacuation']);
  });

  it('GIVEN an aircraft that "brought" or "flew" citizens from a place WHEN classified THEN evacuation from there, not from where it landed', () => {
    expect(run('A Polish air force aircraft flew 40 Poles from Beirut, the Polish foreign ministry said.')).toEqual(['LB/PL/-/evacuation']);
    expect(run("Ireland's foreign minister said an aircraft had brought 30 Irish citizens home from Tripoli and landed in Dublin.")).toEqual(['LY/IE/-/evacuation']);
  });

  it('GIVEN buses or ships a government organised WHEN classified THEN evacuation', () => {
    expect(run('The foreign ministry in Amman said it had organised 20 buses that carried 600 Jordanians from Damascus.')).toEqual(['SY/JO/-/evacuation']);
  });

  it('GIVEN a call to leave with a route onward WHEN classified THEN the country left, not the destination', () => {
    expect(run('The Czech foreign ministry urged Czechs in Haiti to leave immediately, including overland to the Dominican Republic.')).toEqual([
      'HT/CZ/-/leave_immediately',
    ]);
  });

  it('GIVEN a high commission that is closed WHEN detected THEN embassy_suspended', () => {
    expect(sg('The Australian High Commission in Port Moresby is closed until further notice.')).toEqual(['embassy_suspended']);
  });

  it('GIVEN a shelter instruction said to be no longer in effect WHEN detected THEN nothing', () => {
    expect(sg('The shelter-in-place instruction issued on Monday is no longer in effect.')).toEqual([]);
  });

  it('GIVEN "non-essential" WHEN reading negation THEN it negates nothing', () => {
    expect(lv('Canada lowered its advice from "avoid non-essential travel" to "exercise a high degree of caution" for Peru.').map((x) => x.split(':')[0])).toEqual(['3', '2']);
  });

  it('GIVEN a sentence opening on a year, or a suspension that "remains" WHEN classified THEN past, resp. current', () => {
    expect(run('In 2019, Kenya chartered aircraft to fly its citizens home from Khartoum.')).toEqual([]);
    expect(run('The U.S. Embassy in Sanaa suspended operations in February 2015 and remains closed.')).toEqual(['YE/US/-/embassy_suspended']);
  });

  it('GIVEN glossary entries ("Ordered departure.", "At Level 4, …", "A level-4 warning means …", "rarely evacuate") WHEN classified THEN nothing', () => {
    const text =
      'Ordered departure. Non-emergency staff must leave.\n\nAt Level 4, the government pays for the return of all its citizens in Peru.\n\nA level-4 warning means citizens should not travel to Peru.\n\nGovernments rarely evacuate ordinary citizens from Peru.';
    expect(run(text)).toEqual([]);
  });
});

describe('quote against paraphrase', () => {
  it('GIVEN a headline that asks WHEN classified THEN it reports nothing', () => {
    expect(run('Is Britain telling its citizens to leave Kenya immediately?')).toEqual([]);
  });

  it('GIVEN a media report the official wording denies WHEN classified THEN the denial wins', () => {
    const text =
      'Local media reported on Monday that Norway had evacuated its embassy in Maputo. "The embassy has not been evacuated and remains open," a Norwegian foreign ministry spokesman said.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN a headline the body denies WHEN classified THEN the denial wins; GIVEN a report nobody denies THEN it counts', () => {
    expect(run('Denmark evacuates embassy in Bamako\n\n"Our embassy in Bamako has not been evacuated," the Danish foreign ministry said.')).toEqual([]);
    expect(run('Denmark has evacuated its embassy staff from Bamako on chartered flights, Danish media reported.')).toEqual(['ML/DK/-/evacuation']);
  });
});

describe('fourth blind batch (prefix f): other languages and attributions', () => {
  it('GIVEN the Swiss wording in the passive WHEN detected THEN level 3', () => {
    expect(lv('les voyages touristiques et autres voyages non urgents au honduras sont deconseilles').map((x) => x.split(':')[0])).toEqual(['3']);
  });

  it('GIVEN the US Level 3 told in Italian, raised "dal livello 2 al livello 3" WHEN classified THEN level 3, raised', () => {
    const text = "Il Dipartimento di Stato degli Stati Uniti ha alzato l'avviso per il Cile dal livello 2 al livello 3, invitando a riconsiderare il viaggio.";
    expect(run(text)).toEqual(['CL/US/3/level_raised']);
  });

  it('GIVEN a warning "for the whole country" in a sentence naming a border WHEN classified THEN the country of the document', () => {
    const text =
      'Venezuela: Reise- und Sicherheitshinweise\n\nVor Reisen nach Venezuela wird gewarnt.\n\nAusweitung der bisherigen Teilreisewarnung für die Grenzgebiete zu Kolumbien zu einer Reisewarnung für das gesamte Land.';
    expect(run(text).map((f) => f.split('/').slice(0, 3).join('/'))).toEqual(['VE/DE/4']);
  });

  it('GIVEN "X\'s advice remains …" WHEN classified THEN X gives the advice', () => {
    expect(run("For Costa Rica, Canada's advice remains to exercise a high degree of caution.")).toEqual(['CR/CA/2/']);
  });

  it('GIVEN "did not follow suit" WHEN classified THEN the next sentence is that government\'s', () => {
    const text =
      'Canada raised its advice for Peru, telling Canadians to avoid non-essential travel. The United States did not follow suit. Its advisory for Peru remains at Level 2: Exercise Increased Caution.';
    expect(run(text)).toEqual(['PE/CA/3/level_raised', 'PE/US/2/']);
  });
});

describe('measurement batch (prefix g): wording found after the fact', () => {
  it('GIVEN "Australia\'s travel advice … has been at \'do not travel\' for more than a year" WHEN classified THEN Australia, level 4, in effect', () => {
    expect(run('Australia\'s travel advice for Iraq has been at "do not travel" for more than a year.')).toEqual(['IQ/AU/4/']);
  });

  it('GIVEN Singapore\'s "defer all non-essential travel" and the Dutch "only necessary travel" WHEN detected THEN level 3', () => {
    expect(lv('singaporeans are advised to defer all non-essential travel to laos').map((x) => x.split(':')[0])).toEqual(['3']);
    expect(lv('the ministry raised its advice for kenya to orange, meaning only necessary travel').map((x) => x.split(':')[0])).toEqual(['3']);
  });

  it('GIVEN "Österreich sprach eine Reisewarnung für X aus" WHEN classified THEN Austria, level 4', () => {
    expect(run('Auch Österreich sprach am Samstag eine Reisewarnung für Kirgistan aus.')).toEqual(['KG/AT/4/']);
  });
});

describe('measurement batch (prefix g): more wording', () => {
  it('GIVEN a level in parentheses after the regions it covers WHEN detected THEN regional', () => {
    expect(lv('the advisory continues to advise citizens not to travel to the occupied regions of transnistria (level 4: do not travel).').some((x) => x.startsWith('4:country'))).toBe(false);
  });

  it('GIVEN "Eine Reisewarnung wurde nicht ausgesprochen" WHEN detected THEN no level', () => {
    expect(lv('eine reisewarnung wurde nicht ausgesprochen.')).toEqual([]);
  });

  it("GIVEN the embassy's consular services closed for a day WHEN detected THEN no suspension", () => {
    expect(sg("les services consulaires de l'ambassade sont fermés au public ce lundi.")).toEqual([]);
    expect(sg('The consular section of the embassy is closed to the public on Monday.')).toEqual([]);
  });

  it('GIVEN a capital in Italian standing for its government ("Parigi chiude l\'ambasciata") WHEN classified THEN France', () => {
    expect(run("Parigi chiude temporaneamente l'ambasciata a Bamako.").map((f) => f.split('/').slice(0, 2).join('/'))).toEqual(['ML/FR']);
  });
});

describe('levels whose country sits inside the phrase', () => {
  it('GIVEN "Tous les voyages non essentiels vers le X sont déconseillés en raison des tensions à la frontière avec Y" WHEN classified THEN X, level 3', () => {
    const text =
      "Le SPF Affaires étrangères a mis à jour ses conseils. Tous les voyages non essentiels vers le Burundi sont déconseillés en raison des tensions à la frontière avec le Rwanda.";
    expect(run(text)).toEqual(['BI/BE/3/']);
  });

  it('GIVEN a German warning for border areas with a neighbour WHEN detected in a page THEN it stays regional', () => {
    const text = 'Von nicht notwendigen Reisen nach Eritrea wird abgeraten.\n\nVor Reisen in die Grenzgebiete zu Äthiopien und Sudan wird gewarnt.';
    expect(run(text)).toEqual(['ER/DE/3/']);
  });
});

describe('other governments\' numbered scales (batches h and i)', () => {
  it('GIVEN a sentence that sets out a whole scale ("Level 1 (…), Level 2 (…), Level 3 (…)") WHEN levels are read THEN it gives none', () => {
    expect(lv('Under the ministry system: Level 1 (Be Alert), Level 2 (Travel Restraint), Level 3 (Departure Recommended), Level 4 (Travel Ban).')).toEqual([]);
    expect(lv('Risikostufen: 1 – geringes Risiko; 2 – mittleres Risiko; 3 – hohes Risiko; 4 – Reisewarnung.')).toEqual([]);
  });

  it('GIVEN a scale set out one level per line WHEN classified THEN those lines give no level; the page\'s own level still counts', () => {
    const legend = 'Safety levels explained\n\nLevel 1 - Stay alert\n\nLevel 2 - Avoid non-essential travel\n\nLevel 3 - Avoid all travel\n\nLevel 4 - Evacuate now';
    expect(run(`Zambia: safety information (Ministry of Foreign Affairs of Japan)\n\n${legend}`)).toEqual([]);
    expect(run(`${legend}\n\nThe Ministry of Foreign Affairs of Japan advises against all travel to Zambia.`)).toEqual(['ZM/JP/4/']);
  });

  it('GIVEN a numbered level whose label is the table\'s wording WHEN read THEN the wording decides; GIVEN a label of another scale THEN no level', () => {
    expect(lv('The Risk Level 2 (Avoid non-essential travel) for all of Laos remains in effect.').map((x) => x.split(':')[0])).toEqual(['3']);
    expect(lv('Seoul raised its travel alert for Laos to Level 3 (Departure Recommended).')).toEqual([]);
    expect(lv('The U.S. advisory for Laos is Level 2: Exercise Increased Caution.').map((x) => x.split(':')[0])).toEqual(['2']);
  });

  it('GIVEN "eine Reisewarnung … besteht nicht" WHEN levels are read THEN no level', () => {
    expect(lv('Eine Reisewarnung für Sambia besteht derzeit nicht.')).toEqual([]);
    expect(lv('Für Sambia besteht eine Reisewarnung.').map((x) => x.split(':')[0])).toEqual(['4']);
  });

  it('GIVEN "von nicht unbedingt notwendigen Reisen … wird abgeraten" WHEN read THEN level 3', () => {
    expect(lv('Von nicht unbedingt notwendigen Reisen nach Sambia wird abgeraten.').map((x) => x.split(':')[0])).toEqual(['3']);
  });

  it('GIVEN a mission\'s masthead on its own notice WHEN a later paragraph advises its nationals THEN the mission\'s government is the issuer', () => {
    const text =
      'High Commission of Ghana, Lusaka\n\nDate: 3 March 2026\n\nThe High Commission is following events in the capital.\n\nMarkets were closed for the day.\n\nAll nationals in Lusaka are advised to stay indoors until further notice.';
    expect(run(text)).toEqual(['ZM/GH/-/shelter_in_place']);
  });

  it('GIVEN "mandatory evacuation orders for low-lying areas" WHEN signals are read THEN no ordered departure (a local order)', () => {
    expect(sg('The government issued mandatory evacuation orders for low-lying coastal areas.')).toEqual([]);
    expect(sg('The State Department announced the mandatory evacuation of non-emergency staff.')).toEqual(['ordered_departure']);
  });

  it('GIVEN "if you are in the vicinity of a demonstration, shelter in place" WHEN read THEN no shelter signal; "if you are in Lusaka, shelter in place" still counts', () => {
    expect(run('U.S. Embassy Lusaka: if you are in the vicinity of a demonstration, find a safe location and shelter in place.')).toEqual([]);
    expect(run('U.S. Embassy Lusaka: if you are in Lusaka, shelter in place now.')).toEqual(['ZM/US/-/shelter_in_place']);
  });
});

describe('more wordings from batches h and i', () => {
  it('GIVEN Japan\'s "Danger Level" raised to Level 4 WHEN levels are read THEN no table level (another scale)', () => {
    expect(lv('The ministry raised the Danger Level for the whole of Laos from Level 3 to Level 4.').filter((x) => !x.endsWith(':past'))).toEqual([]);
  });

  it('GIVEN "Do not travel to the X-Y border" WHEN classified THEN regional, and the country level stands', () => {
    const text = 'Laos - Level 2: Exercise Increased Caution\n\nExercise increased caution in Laos due to crime.\n\nDo not travel to the Laos-Myanmar border due to armed groups.';
    expect(run(text)).toEqual(['LA/US/2/']);
  });

  it('GIVEN "rester à leur domicile" asked of French nationals WHEN classified THEN shelter in place', () => {
    expect(run("L'ambassade de France demande aux ressortissants français présents à Lomé de rester à leur domicile jusqu'à nouvel ordre.")).toEqual(['TG/FR/-/shelter_in_place']);
  });

  it('GIVEN a German embassy that "hat ihren Dienstbetrieb … eingestellt" WHEN classified THEN embassy suspended', () => {
    expect(run('Die Deutsche Botschaft Lomé hat ihren Dienstbetrieb bis auf Weiteres eingestellt.')).toEqual(['TG/DE/-/embassy_suspended']);
  });
});
