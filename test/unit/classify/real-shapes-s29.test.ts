/**
 * Shapes the classifier got wrong in session 29 (the held-out set mixed55: official pages, departures lifted or reduced,
 * embassies closed in French, German and Italian; and older misses of mixed49), each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { brief, run } from './brief.js';

describe('staff ordered out, told in French, German and Italian', () => {
  it('GIVEN Italian "ordinano l\'evacuazione dello staff diplomatico" THEN an ordered departure for each government', () => {
    expect(run("Mentre Francia e Spagna ordinano l'evacuazione dello staff diplomatico dal Sudan, la situazione peggiora.")).toEqual([
      'SD/ES/-/ordered_departure',
      'SD/FR/-/ordered_departure',
    ]);
  });

  it('GIVEN German "ordneten die Evakuierung des Botschaftspersonals … an" THEN an ordered departure', () => {
    expect(run('Die Niederlande ordneten die Evakuierung des Botschaftspersonals in Khartum an.')).toEqual(['SD/NL/-/ordered_departure']);
  });

  it('GIVEN Italian "ha ordinato l\'evacuazione della popolazione" (residents) THEN nothing', () => {
    expect(run("Il governo del Sudan ha ordinato l'evacuazione della popolazione dalla zona del porto.")).toEqual([]);
  });

  it('GIVEN the staff "è stato fatto rientrare in Italia" THEN an ordered departure from where the embassy is, not Italy', () => {
    expect(run("La Farnesina ha deciso: il personale non essenziale dell'ambasciata a Khartum è stato fatto rientrare in Italia.")).toEqual([
      'SD/IT/-/ordered_departure',
    ]);
  });

  it('GIVEN a government "has drawn down staffing at" its embassy THEN an ordered departure', () => {
    expect(run('Canada has drawn down staffing at its embassy in Port-au-Prince because of gang violence.')).toEqual(['HT/CA/-/ordered_departure']);
  });

  it('GIVEN an embassy "reduced to only essential staff" THEN an ordered departure', () => {
    expect(run('Haiti: the Canadian Embassy has been reduced to only essential staff.')).toEqual(['HT/CA/-/ordered_departure']);
  });

  it('GIVEN a firm that "reduced its staff" THEN nothing', () => {
    expect(run('The mining company reduced its staff in Haiti by a third last year.')).toEqual([]);
  });

  it('GIVEN German "stellte es … Beschäftigten frei, das Land zu verlassen" THEN an authorized departure', () => {
    expect(run('Die britische Botschaft in Juba stellte es ihren Beschäftigten und deren Familien frei, das Land zu verlassen.')).toEqual([
      'SS/GB/-/authorized_departure',
    ]);
  });
});

describe('a departure ordered before, lifted now', () => {
  it('GIVEN the lift, then "previously ordered the departure" THEN only the lift', () => {
    const text =
      'The State Department has lifted the ordered departure status for its embassy in Tunis. The department previously ordered the departure of non-emergency staff from Tunisia in March.';
    expect(run(text)).toEqual(['TN/US/-/departure_lifted']);
  });

  it('GIVEN an ordered departure told after an earlier lift with no "previously" THEN both stand', () => {
    const text =
      'The State Department lifted the ordered departure status for its embassy in Tunis in May. On Friday the department ordered the departure of non-emergency staff from Tunisia again.';
    expect(run(text)).toEqual(['TN/US/-/departure_lifted,ordered_departure']);
  });
});

describe('calls to leave told as a noun', () => {
  it('GIVEN Italian "gli avvisi rivolti … ai cittadini italiani a lasciare" THEN a call to leave', () => {
    expect(run('Sudan: la Farnesina conferma gli avvisi rivolti da giorni ai cittadini italiani a lasciare il Paese.')).toEqual(['SD/IT/-/leave_immediately']);
  });

  it('GIVEN "renewed its appeal to Germans to leave" THEN a call to leave', () => {
    expect(run('The German foreign ministry renewed its appeal to Germans to leave Niger.')).toEqual(['NE/DE/-/leave_immediately']);
  });

  it('GIVEN "Usa" as Italian writes the United States THEN it is a government', () => {
    expect(run('Gli Usa hanno invitato i loro cittadini a lasciare il Niger immediatamente.')).toEqual(['NE/US/-/leave_immediately']);
  });
});

describe('which government a later sentence carries', () => {
  it('GIVEN "While A and B order …, C confirms …" THEN the next unattributed level is C\'s', () => {
    const text =
      "Mentre Usa e Gran Bretagna ordinano l'evacuazione dello staff diplomatico dal Sudan, la Farnesina conferma i suoi avvisi ai connazionali. Sono sconsigliati viaggi a qualsiasi titolo in Ciad.";
    expect(run(text)).toEqual(['SD/GB/-/ordered_departure', 'SD/US/-/ordered_departure', 'TD/IT/4/']);
  });

  it('GIVEN "da allora" (since then) with a state that lasts THEN the advice is current', () => {
    expect(run('Sudan: da allora rimangono sconsigliati i viaggi a qualsiasi titolo e gli italiani sono invitati a lasciare il Paese.')).toEqual([
      'SD/IT/4/leave_immediately',
    ]);
  });
});

describe('levels', () => {
  it('GIVEN a level phrase, a colon and the people addressed THEN the country\'s level (no list of areas)', () => {
    expect(run('Niger: la Farnesina ricorda che sono sconsigliati i viaggi a qualsiasi titolo: gli italiani presenti sono invitati a lasciare il Paese.')).toEqual([
      'NE/IT/4/leave_immediately',
    ]);
  });

  it('GIVEN a level phrase, a colon and areas THEN regional (a finding with no level)', () => {
    expect(run('La Farnesina: sono sconsigliati i viaggi a qualsiasi titolo: nelle regioni di Agadez e Tahoua.')).toEqual(['NE/IT/-/']);
  });

  it('GIVEN "rinviare viaggi non dettati da ragioni di necessità" THEN level 3', () => {
    expect(run('La Farnesina raccomanda di rinviare viaggi non dettati da ragioni di necessità in Tunisia.')).toEqual(['TN/IT/3/']);
  });

  it('GIVEN a border as the subject under the highest category THEN no country level (regional)', () => {
    expect(run('The Chad-Sudan border is, as it has been for years, still in the highest category of Smartraveller - "Do not travel".')).toEqual(['SD/AU/-/']);
  });

  it('GIVEN an advice "upgraded to \'High degree of caution\'" THEN a raise', () => {
    expect(run('Smartraveller has upgraded its advice for Laos to "High degree of caution".')).toEqual(['LA/AU/2/level_raised']);
  });

  it('GIVEN a downgrade of a border region only THEN no lowering', () => {
    const text = 'Peru stays at Level 2. The updated U.S. advisory for Peru also downgraded the border region with Colombia from Level 4 to Level 3.';
    expect(run(text)).toEqual(['PE/US/2/']);
  });

  it('GIVEN the FCDO quoted as "advise[s] against …" after "for example," THEN level 3', () => {
    expect(run('Other governments agree. The British Foreign Office, for example, "advise[s] against all but essential travel to Laos".')).toEqual(['LA/GB/3/']);
  });

  it('GIVEN a map\'s red zone covering parts of the country THEN no country level (regional)', () => {
    expect(run('Selon le Quai d\'Orsay, la zone rouge (formellement déconseillée), couvrant tout le Nord et les frontières du Mali, reste la même.')).toEqual(['ML/FR/-/']);
  });

  it('GIVEN "avoid large gatherings, unnecessary travel" in an embassy alert THEN no level', () => {
    expect(run('The U.S. Embassy in Dhaka encourages U.S. citizens to avoid large gatherings, unnecessary travel, and remain vigilant.')).toEqual([]);
  });

  it('GIVEN "avoid unnecessary travel to" a country THEN level 3 still', () => {
    expect(run('The U.S. Embassy urged U.S. citizens to avoid unnecessary travel to Bangladesh.')).toEqual(['BD/US/3/']);
  });

  it('GIVEN "a Level Four alert" in words THEN level 4', () => {
    expect(run('The United States issued a Level Four alert, advising against visiting Bangladesh.')).toEqual(['BD/US/4/']);
  });

  it('GIVEN a map key run together on one line THEN no level', () => {
    const text =
      'Burkina Faso travel advice\n\nNo restrictions in this travel advice Avoid all but essential travel to part(s) of country Avoid all but essential travel to whole country Avoid all travel to part(s) of country Avoid all travel to whole country';
    expect(brief(classify({ text, format: 'text', issuer: 'GB', country: 'BF' }))).toEqual([]);
  });

  it('GIVEN "avoid all but essential travel to" a country THEN level 3', () => {
    expect(run('The FCDO says to avoid all but essential travel to Burkina Faso.')).toEqual(['BF/GB/3/']);
  });
});

describe('embassies', () => {
  it('GIVEN missions closed "in the region" THEN no country (not the government that owns them)', () => {
    expect(run('The United States is reopening some of its missions on Monday, while 12 embassies and consulates in the region remain closed.')).toEqual([]);
  });

  it('GIVEN a French ministry that "a donc procédé à la fermeture de l\'ambassade" THEN a suspension where the embassy is', () => {
    expect(run("Le Ministère des Affaires étrangères de la République française a donc procédé à la fermeture de l'ambassade à Niamey.")).toEqual([
      'NE/FR/-/embassy_suspended',
    ]);
  });
});

describe('a government\'s armed act is no advice', () => {
  it('GIVEN "after the United States\' military operation" THEN the United States is no issuer', () => {
    expect(run("Britons in Venezuela have been urged to leave as soon as possible after the United States' military operation.")).toEqual([
      'VE/GB/-/leave_immediately',
    ]);
  });
});

describe('mixed56: several governments in one article', () => {
  it('GIVEN French "ont eux aussi annoncé procéder à l\'évacuation" after a list THEN each government evacuates', () => {
    expect(run("Au Niger, l'Espagne, la Belgique et le Portugal ont eux aussi annoncé procéder à l'évacuation de leurs ressortissants.")).toEqual([
      'NE/BE/-/evacuation',
      'NE/ES/-/evacuation',
      'NE/PT/-/evacuation',
    ]);
  });

  it('GIVEN "Wie die Niederlande kündigte auch die britische Regierung an, … zu evakuieren" THEN no Dutch country', () => {
    expect(run('Sudan: Wie die Niederlande kündigte auch die britische Regierung am Freitag an, die letzten britischen Staatsbürger zu evakuieren.')).toEqual([
      'SD/GB/-/evacuation',
    ]);
  });

  it('GIVEN German "160 Niederländer außer Landes gebracht" THEN a Dutch evacuation', () => {
    expect(run('Aus dem Sudan wurden mindestens 160 Niederländer außer Landes gebracht.')).toEqual(['SD/NL/-/evacuation']);
  });

  it('GIVEN "had performed \'remarkable\' evacuations" THEN each government evacuates', () => {
    expect(run("The minister said Italy and Greece had performed 'remarkable' evacuations of citizens from Sudan.")).toEqual(['SD/GR/-/evacuation', 'SD/IT/-/evacuation']);
  });

  it('GIVEN a past mission "most recently in Afghanistan in 2021" THEN nothing for Afghanistan', () => {
    expect(run('The flight to Sudan on Monday 24 April 2023 will be the sixth mission to evacuate Japanese nationals, most recently in Afghanistan in 2021.')).not.toContain('AF/JP/-/evacuation');
  });

  it('GIVEN "the last time Canada carried out a real evacuation … in 2023" THEN nothing', () => {
    expect(run('The last time Canada carried out a real evacuation in the region was from Chad in 2023, when aircraft flew out several hundred people.')).toEqual([]);
  });

  it('GIVEN a company that "evacuated its foreign staff" THEN nothing', () => {
    expect(run('Iraq: Earlier, Chevron evacuated its foreign staff from an oilfield near Basra.')).toEqual([]);
  });

  it('GIVEN "pulled non-emergency staff members from its embassy" THEN an ordered departure', () => {
    expect(run('Washington on Wednesday pulled non-emergency staff members from its embassy in Tripoli.')).toEqual(['LY/US/-/ordered_departure']);
  });

  it('GIVEN French "ont également enjoint à leurs ressortissants de quitter" THEN a call to leave for each', () => {
    expect(run("La Belgique et l'Autriche ont également enjoint à leurs ressortissants de quitter le Niger.")).toEqual([
      'NE/AT/-/leave_immediately',
      'NE/BE/-/leave_immediately',
    ]);
  });

  it('GIVEN "advises anyone who does not have a pressing reason to stay to leave" THEN a call to leave', () => {
    expect(run('The Foreign Office advises anyone who does not have a pressing reason to stay to leave Chad immediately.')).toEqual(['TD/GB/-/leave_immediately']);
  });

  it('GIVEN Italian "consiglia a chiunque non abbia pressanti motivi per restare di lasciare" THEN a call to leave', () => {
    expect(run('Ciad: la Farnesina consiglia a chiunque non abbia pressanti motivi per restare di lasciare immediatamente il Paese.')).toEqual([
      'TD/IT/-/leave_immediately',
    ]);
  });

  it('GIVEN the advising verb itself negated before such a clause THEN nothing', () => {
    expect(run('The Foreign Office does not advise anyone who does not have a pressing reason to stay to leave Chad.')).toEqual([]);
  });

  it('GIVEN French "a également fermé temporairement les locaux de son ambassade" THEN a suspension', () => {
    expect(run('Libye: Rome a également fermé temporairement les locaux de son ambassade à Tripoli.')).toEqual(['LY/IT/-/embassy_suspended']);
  });

  it('GIVEN "suspending normal operations at the U.S. Embassy" THEN a suspension', () => {
    expect(run('The State Department said it is suspending normal operations at the U.S. Embassy in Juba.')).toEqual(['SS/US/-/embassy_suspended']);
  });

  it('GIVEN staff "ordered by the department to leave" THEN an ordered departure', () => {
    expect(run('Non-emergency U.S. government personnel have been ordered by the department to leave Chad.')).toEqual(['TD/US/-/ordered_departure']);
  });

  it('GIVEN "Until we have been able to …, please remain indoors" THEN shelter in place (the clause of time is no hedge)', () => {
    expect(run('"Until we have been able to arrange flights, please remain indoors," the U.S. Embassy in Juba told U.S. citizens in South Sudan.')).toEqual([
      'SS/US/-/shelter_in_place',
    ]);
  });

  it('GIVEN a headline "US to close Chad embassy" THEN the issuer is the US, not Chad', () => {
    expect(run('US to close Chad embassy amid fighting')).not.toContain('US/TD/-/embassy_suspended');
  });

  it('GIVEN "formellement déconseillé à nos compatriotes" THEN level 4 for the country of the page', () => {
    expect(brief(classify({ text: 'Tout séjour est formellement déconseillé à nos compatriotes.', format: 'text', issuer: 'FR', country: 'YE' }))).toEqual(['YE/FR/4/']);
  });

  it('GIVEN a relative clause with "gegebenenfalls" about the addressees THEN the call to leave stands', () => {
    const text = 'Deutsche, die sich gegebenenfalls dort noch aufhalten, wurden aufgefordert, aus dem Jemen auszureisen.';
    expect(brief(classify({ text, format: 'text', issuer: 'DE', country: 'YE' }))).toEqual(['YE/DE/-/leave_immediately']);
  });

  it('GIVEN "ist vorübergehend geschlossen und kann keine konsularische Hilfe leisten" THEN a suspension', () => {
    expect(run('Jemen: Die deutsche Botschaft in Sanaa ist vorübergehend geschlossen und kann keine konsularische Hilfe leisten.')).toEqual([
      'YE/DE/-/embassy_suspended',
    ]);
  });
});
