/**
 * Misses of blind batch x (official pages, embassy messages and news of many governments): general causes, each with
 * sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('citizens named after another government in the passive ("… by the X authorities, Indian nationals are advised")', () => {
  it('GIVEN "<demonym> nationals are advised to avoid all non-essential travel" after the local authorities WHEN classified THEN the citizens\' government advises', () => {
    const text = 'After the closure of all airports by the Nepalese army, Thai nationals are advised to avoid all non-essential travel to Nepal.';
    expect(run(text)).toEqual(['NP/TH/3/']);
  });

  it('GIVEN the local authorities acting and no citizens addressed WHEN classified THEN no finding', () => {
    const text = 'The Nepalese army closed all airports and asked people to stay calm.';
    expect(run(text)).toEqual([]);
  });
});

describe('a colour scale named "colour code" with no other trigger word', () => {
  it('GIVEN "The colour code for X has been raised from yellow to orange" WHEN classified THEN level_raised with no level', () => {
    const text = 'The Dutch foreign ministry has updated its travel advice for Benin. The colour code for Benin has been raised from yellow to orange.';
    expect(run(text)).toEqual(['BJ/NL/-/level_raised']);
  });
});

describe('"reminds citizens not to travel to <a region>": advice for a region, with no level', () => {
  it('GIVEN citizens told not to travel to a province WHEN classified THEN a regional finding with no level', () => {
    const text = 'The Japanese Embassy in Niamey reminds Japanese nationals not to travel to Tillaberi region in Niger until further notice.';
    expect(run(text)).toEqual(['NE/JP/-/']);
  });

  it('GIVEN residents asked by their own authorities not to travel to flooded areas WHEN classified THEN no finding', () => {
    const text = 'Police in Lagos asked residents not to travel to the flooded districts of Nigeria\'s largest city.';
    expect(run(text)).toEqual([]);
  });
});

describe('a dated past sentence told on in the pluperfect', () => {
  it('GIVEN "In March 1991, …" then "Within two days the embassy had closed and staff had been flown out" WHEN classified THEN no finding', () => {
    const text =
      'A new book revisits the siege of the city. On the night of March 3, 1991, rebels reached the outskirts of Mogadishu. Within two days the Italian Embassy had closed and its staff had been evacuated by air. The author, now 70, lives in Turin, and the book appears in 2026.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN the pluperfect in reported speech of today ("said … had closed") WHEN classified THEN the closure counts', () => {
    const text =
      'Rebels reached the outskirts of Mogadishu on Monday, March 3, 2026. Italy\'s foreign ministry said on Tuesday that the Italian Embassy in Mogadishu had closed.';
    expect(run(text)).toEqual(['SO/IT/-/embassy_suspended']);
  });
});

describe('what a message "affirmait" (claimed) in a document that reports a denial', () => {
  it('GIVEN a ministry denying a viral message and "Il affirmait que des vols d\'évacuation seraient organisés" WHEN classified THEN no finding', () => {
    const text =
      'Le ministère des Affaires étrangères a démenti jeudi des rumeurs selon lesquelles la Belgique aurait rappelé ses ressortissants du Cameroun. ' +
      'Un message attribué à l\'ambassade de Belgique à Yaoundé a circulé sur Facebook. Il affirmait que des vols d\'évacuation seraient organisés depuis Douala pour les Belges.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN no denial in the document WHEN a government organises evacuation flights THEN evacuation', () => {
    const text = 'La Belgique organise des vols d\'évacuation depuis Douala pour ses ressortissants au Cameroun, a annoncé le ministère jeudi.';
    expect(run(text)).toEqual(['CM/BE/-/evacuation']);
  });
});

describe('"possible" as what a state is ("once movement is possible") is no hedge', () => {
  it('GIVEN "Once movement is possible, Japan strongly urges its citizens to leave as soon as possible" WHEN classified THEN leave_immediately', () => {
    const text = 'Once movement in the capital is possible, Japan strongly urges its citizens in Haiti to leave the country as soon as possible.';
    expect(run(text)).toEqual(['HT/JP/-/leave_immediately']);
  });

  it('GIVEN "It is possible that Japan will urge its citizens to leave" WHEN classified THEN no signal', () => {
    expect(run('It is possible that Japan will urge its citizens in Haiti to leave the country immediately.')).toEqual([]);
  });

  it('GIVEN "It is possible the Japanese embassy will be closed" WHEN classified THEN no signal', () => {
    expect(run('It is possible the Japanese embassy in Port-au-Prince will be closed.')).toEqual([]);
  });
});

describe('a country\'s old name ("formerly known as") is no earlier level', () => {
  it('GIVEN "raised its advisory for the country, formerly known as Burma, to Level 4" WHEN classified THEN the level is 4', () => {
    const text = 'The State Department raised its advisory for the country, formerly known as Burma, to Level 4, "Do Not Travel," from Level 3.';
    expect(run(text)).toEqual(['MM/US/4/level_raised']);
  });

  it('GIVEN "was formerly at Level 3" WHEN classified THEN that level is still the earlier one', () => {
    const text = 'The State Department now rates Myanmar at Level 4, "Do Not Travel"; the country was formerly at Level 3, "Reconsider Travel."';
    expect(run(text)).toEqual(['MM/US/4/level_raised']);
  });
});

describe('companies (entreprises, Unternehmen, aziende) that fly their own staff out are no government', () => {
  it('GIVEN "Plusieurs entreprises ont déjà rapatrié … leur personnel" WHEN classified THEN no evacuation', () => {
    const text = "Le Quai d'Orsay a classé la Guinée en zone rouge mardi. Plusieurs entreprises ont déjà rapatrié une partie de leur personnel expatrié vers Dakar.";
    expect(run(text)).toEqual(['GN/FR/-/']);
  });

  it('GIVEN "Several mining companies have flown their staff out on chartered planes" WHEN classified THEN no evacuation', () => {
    const text = 'The Foreign Office now advises against all travel to Guinea. Several mining companies have already flown their expatriate staff out of Conakry on chartered planes.';
    expect(run(text)).toEqual(['GN/GB/4/']);
  });
});

describe('a German scale\'s legend and change, as Austria words them', () => {
  it('GIVEN a legend "1 Guter Sicherheitsstandard – 2 Sicherheitsrisiko – … – 6 Reisewarnung" WHEN classified THEN no level 4 from it', () => {
    const text = 'Das österreichische Außenministerium: Reiseinformation Jordanien, Sicherheitsstufe 2. Legende: 1 Guter Sicherheitsstandard – 2 Sicherheitsrisiko – 3 Hohes Sicherheitsrisiko – 6 Reisewarnung.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN "von Stufe 2 (Sicherheitsrisiko) auf Stufe 4 (…) angehoben" WHEN classified THEN level_raised with no level', () => {
    const text = 'Das österreichische Außenministerium hat die Sicherheitsstufe für Jordanien am 3. März von Stufe 2 (Sicherheitsrisiko) auf Stufe 4 (Hohes Sicherheitsrisiko) angehoben.';
    expect(run(text)).toEqual(['JO/AT/-/level_raised']);
  });

  it('GIVEN "du niveau 2 (vigilance accrue) au niveau 3" (a label in parentheses) WHEN classified THEN level_raised', () => {
    const text = 'Le ministère belge a fait passer le Niger du niveau 2 (vigilance accrue) au niveau 3 pour les voyageurs.';
    expect(run(text)).toEqual(['NE/BE/-/level_raised']);
  });

  it('GIVEN "hat die Reiseinformation … am 3. März … verschärft" (a date\'s period inside) WHEN classified THEN level_raised', () => {
    const text = 'Das Außenministerium in Wien hat die Reiseinformation für ganz Jordanien am 3. März deutlich verschärft.';
    expect(run(text)).toEqual(['JO/AT/-/level_raised']);
  });
});

describe('a French page\'s "Autres pays de la zone" list of neighbours with their levels', () => {
  it('GIVEN "Autres pays de la zone" then "Comores – vigilance renforcée" entries WHEN classified THEN only the page\'s country is reported', () => {
    const html = `<h1>Sénégal – Conseils aux voyageurs</h1>
<p>L'ensemble du territoire sénégalais est placé en vigilance renforcée.</p>
<aside><h2>Autres pays de la zone</h2><ul>
<li><a href="/gm">Gambie</a> – vigilance renforcée</li>
<li><a href="/cv">Cap-Vert</a> – vigilance normale</li>
</ul></aside>`;
    expect(run(html, 'html')).toEqual(['SN/FR/-/']);
  });
});

describe('German advice against travel in the active voice ("rät von … Reisen … ab")', () => {
  it('GIVEN "rät von nicht notwendigen Reisen nach X ab" WHEN classified THEN level 3', () => {
    expect(run('Das Auswärtige Amt rät seit Montag von nicht notwendigen Reisen nach Haiti ab.')).toEqual(['HT/DE/3/']);
  });

  it('GIVEN the same advice for compound regions ("in die Erdbebenprovinzen …") WHEN classified THEN advice for a region, no level', () => {
    const text = 'Ein Beben erschütterte Marokko. Das Auswärtige Amt rät allerdings von nicht notwendigen Reisen in die Erdbebenprovinzen Al Haouz und Taroudant ab.';
    expect(run(text)).toEqual(['MA/DE/-/']);
  });
});

describe('a German page\'s "Länder in der Region" list of neighbours with their warnings', () => {
  it('GIVEN "Länder in der Region" then "Afghanistan: Reise- und Sicherheitshinweise (Reisewarnung)" WHEN classified THEN the neighbour is not reported', () => {
    const html = `<h1>Pakistan: Reise- und Sicherheitshinweise (Teilreisewarnung)</h1>
<p>Vor Reisen in die Provinz Belutschistan wird gewarnt.</p>
<aside><h2>Länder in der Region</h2><ul>
<li><a href="/af">Afghanistan: Reise- und Sicherheitshinweise (Reisewarnung)</a></li>
<li><a href="/in">Indien: Reise- und Sicherheitshinweise</a></li>
</ul></aside>`;
    expect(run(html, 'html')).toEqual(['PK/DE/-/']);
  });
});
