/**
 * Session 55: shapes from the blind sets. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a French passive level whose object sits inside the phrase', () => {
  it('GIVEN "tout déplacement dans le nord du <country> est déconseillé" THEN a region\'s advice, no level', () => {
    expect(run("Selon le Quai d'Orsay, tout déplacement dans le nord du Tchad est déconseillé.")).toEqual(['TD/FR/-/']);
  });

  it('GIVEN "tout déplacement à proximité de la frontière avec <country> est dès lors déconseillé" THEN no level for the country', () => {
    expect(run("Selon le Quai d'Orsay, tout déplacement à proximité de la frontière avec le Tchad est dès lors déconseillé.")).toEqual([
      'TD/FR/-/',
    ]);
  });

  it('GIVEN "les déplacements à proximité de la frontière avec <country> sont déconseillés" THEN a region\'s advice', () => {
    expect(run("Selon le Quai d'Orsay, les déplacements à proximité de la frontière avec le Tchad sont déconseillés.")).toEqual(['TD/FR/-/']);
  });

  it('GIVEN "tout déplacement au <country> est dès lors déconseillé" THEN level 4 for the country', () => {
    expect(run("Selon le Quai d'Orsay, tout déplacement au Tchad est dès lors déconseillé.")).toEqual(['TD/FR/4/']);
  });

  it('GIVEN "tout déplacement au <country> est déconseillé" THEN still level 4 (guard)', () => {
    expect(run("Selon le Quai d'Orsay, tout déplacement au Tchad est déconseillé.")).toEqual(['TD/FR/4/']);
  });
});

describe('regions named with a count, or with a demonym adjective after them', () => {
  it('GIVEN "formellement déconseillés dans les deux régions séparatistes <demonym>" THEN a region\'s advice for that country', () => {
    expect(
      run("Le Quai d'Orsay indique que les déplacements sont formellement déconseillés dans les deux régions séparatistes moldaves."),
    ).toEqual(['MD/FR/-/']);
  });

  it('GIVEN "les déplacements dans ces régions … sont absolument déconseillés", the country named inside THEN a region\'s advice', () => {
    expect(
      run("Selon le Quai d'Orsay, les déplacements dans ces régions ou à proximité de la ligne de démarcation administrative qui sépare ces territoires occupés du reste de la Moldavie sont absolument déconseillés."),
    ).toEqual(['MD/FR/-/']);
  });

  it('GIVEN "regions where <demonym> should avoid all travel" THEN the demonym is still the people addressed (guard)', () => {
    expect(run('Canada has added the border areas of Chad to its list of regions where Canadians should avoid all travel.')).toEqual([
      'TD/CA/-/',
    ]);
  });

  it('GIVEN "advice for two Central Asian countries, A and B" THEN still advice for both (guard)', () => {
    expect(run('The FDFA has adapted its travel advice for two Central Asian countries, Kazakhstan and Tajikistan.')).toEqual(['KZ/CH/-/', 'TJ/CH/-/']);
  });
});

describe('a part of the country as the subject of "déconseillé"', () => {
  it('GIVEN "la région de <x> au <country> reste vivement déconseillée" THEN a region\'s advice, no level', () => {
    expect(run("Selon le Quai d'Orsay, la région de Tillabéri au Niger reste vivement déconseillée.")).toEqual(['NE/FR/-/']);
  });

  it('GIVEN "les zones frontalières avec <neighbour> sont fortement déconseillées à l\'heure actuelle" on a country\'s page THEN that country\'s region', () => {
    const text = "Conseils aux voyageurs pour l'Arménie\n\nSelon le Quai d'Orsay, les abords immédiats de toutes les zones frontalières avec l'Azerbaïdjan sont fortement déconseillés à l'heure actuelle.";
    expect(run(text)).toEqual(['AM/FR/-/']);
  });

  it('GIVEN "il est déconseillé de …" THEN no advice from the pronoun subject (guard)', () => {
    expect(run("Selon le Quai d'Orsay, dans les provinces du Niger il est fortement déconseillé de circuler la nuit.")).toEqual([]);
  });
});

describe("France's map colours: its own steps, advice with no level of the table", () => {
  it('GIVEN "le pays est placé en « vigilance renforcée »" THEN advice, no level', () => {
    expect(run("Le Quai d'Orsay a placé l'ensemble du Cameroun en « vigilance renforcée »."))
      .toEqual(['CM/FR/-/']);
  });

  it('GIVEN "passé de « vigilance renforcée » à « déconseillé sauf raison impérative »" THEN still level 3 and a raise', () => {
    expect(run("Le Quai d'Orsay a fait passer le Cameroun de « vigilance renforcée » à « déconseillé sauf raison impérative »."))
      .toEqual(['CM/FR/3/level_raised']);
  });

  it('GIVEN "Paris étend la zone rouge, Ottawa relève son niveau" in a headline THEN Paris acts and its red zone grows over parts: no level 4', () => {
    const text =
      "Cameroun : Paris étend la zone rouge, Ottawa relève son niveau d'alerte\n\nOttawa a relevé mercredi son niveau de risque : les autorités canadiennes recommandent désormais d'éviter tout voyage non essentiel au Cameroun.";
    expect(run(text)).toEqual(['CM/CA/3/level_raised', 'CM/FR/-/']);
  });
});

describe('Italian advice against travel "ad" a country, and anywhere in it', () => {
  it('GIVEN "sconsiglia i viaggi ad <country>" THEN advice, no level', () => {
    expect(run('La Farnesina sconsiglia i viaggi ad Honduras.')).toEqual(['HN/IT/-/']);
  });

  it('GIVEN "si sconsigliano assolutamente viaggi ad <country>, in qualunque zona del Paese" THEN level 4', () => {
    expect(run('La Farnesina: si sconsigliano assolutamente viaggi ad Honduras, in qualunque zona del Paese.')).toEqual(['HN/IT/4/']);
  });

  it('GIVEN "sconsiglia i viaggi nella regione di …" THEN still a region\'s advice (guard)', () => {
    expect(run('La Farnesina sconsiglia i viaggi nella regione di Gracias a Dios, in Honduras.')).toEqual(['HN/IT/-/']);
  });
});

describe('French "non-essentiel" written with a hyphen', () => {
  it('GIVEN "recommande à ses ressortissants d\'éviter tout voyage non-essentiel à <country>" THEN level 3', () => {
    expect(run("Le gouvernement du Canada recommande à ses ressortissants d'éviter tout voyage non-essentiel au Honduras.")).toEqual(['HN/CA/3/']);
  });

  it('GIVEN "éviter tout voyage au <country>" THEN still level 4 (guard)', () => {
    expect(run("Le gouvernement du Canada recommande à ses ressortissants d'éviter tout voyage au Honduras.")).toEqual(['HN/CA/4/']);
  });
});

describe('parts of a country told by a compound, a cleft, or a colour\'s meaning', () => {
  it('GIVEN "Paris place le nord-<country> en zone orange" in a headline THEN a region\'s advice, no level', () => {
    const text = "Paris place le nord-Cameroun en zone orange\n\nLe Quai d'Orsay a modifié ses conseils aux voyageurs.";
    expect(run(text)).toEqual(['CM/FR/-/']);
  });

  it('GIVEN "c\'est la frontière nord, les parcs … qui sont « formellement déconseillés »" THEN no level 4', () => {
    expect(run("Selon le SPF Affaires étrangères, au Cameroun, c'est la frontière nord et le parc de la Bénoué qui sont « formellement déconseillés ».")).toEqual(['CM/BE/-/']);
  });

  it('GIVEN "classe une partie du pays en rouge, ce qui signifie que « tout voyage est déconseillé »" THEN no level 4', () => {
    const text = "Cameroun : les conseils aux voyageurs\n\nLe ministère des Affaires étrangères britannique classe une partie du pays en rouge, ce qui signifie que « tout voyage est déconseillé ».";
    expect(run(text)).toEqual(['CM/GB/-/']);
  });

  it('GIVEN "classe le pays en rouge, ce qui signifie que « tout voyage est déconseillé »" THEN still level 4 (guard)', () => {
    const text = "Cameroun : les conseils aux voyageurs\n\nLe ministère des Affaires étrangères britannique classe le pays en rouge, ce qui signifie que « tout voyage est déconseillé ».";
    expect(run(text)).toEqual(['CM/GB/4/']);
  });
});

describe('French advice against going to a part of a country', () => {
  it('GIVEN "déconseille de se rendre dans le nord du <country>" THEN a region\'s advice, no level', () => {
    expect(run("Le Quai d'Orsay déconseille de se rendre dans le nord du Cameroun.")).toEqual(['CM/FR/-/']);
  });

  it('GIVEN "déconseille de se rendre au <country>" THEN still the country\'s advice, no level (guard)', () => {
    expect(run("Le Quai d'Orsay déconseille de se rendre au Cameroun.")).toEqual(['CM/FR/-/']);
  });
});

describe('two governments sharing one institution noun', () => {
  it('GIVEN "<demonym> and U.S. officials had airlifted … from <country>" THEN both evacuate', () => {
    expect(run('By Monday, French and U.S. officials had airlifted about 900 foreigners from Gabon.')).toEqual(['GA/FR/-/evacuation', 'GA/US/-/evacuation']);
  });

  it('GIVEN "flights to France and U.S. cities" THEN no issuer from a shared noun that is no institution (guard)', () => {
    expect(run('Flights to France and U.S. cities were cancelled after the Gabon evacuation.')).toEqual([]);
  });
});

describe('a government forbidding its own citizens to go', () => {
  it('GIVEN "ont interdit à leurs ressortissants de se rendre au nord du <country>" THEN a region\'s advice, no level', () => {
    expect(run('Les États-Unis ont interdit à leurs ressortissants de se rendre au nord du Bénin.')).toEqual(['BJ/US/-/']);
  });

  it('GIVEN "il est interdit de se rendre en <place> sans autorisation" THEN no advice (a law, guard)', () => {
    expect(run('Il est interdit de se rendre au Bénin sans autorisation.')).toEqual([]);
  });
});

describe('levels whose object is no object, or comes in a heading', () => {
  it('GIVEN \'recommended that "reconsider visiting unless absolutely necessary."\' after the country THEN level 3', () => {
    expect(run('Israel also warned of the situation in Taiwan and recommended that "reconsider visiting unless absolutely necessary."')).toEqual(['TW/IL/3/']);
  });

  it('GIVEN a heading "Eastern areas of the <country> - Avoid all travel" under a country-wide level 3 THEN level 3', () => {
    const text = 'Global Affairs Canada: travel advice for Cameroon\n\nCameroon - AVOID NON-ESSENTIAL TRAVEL\n\nAvoid non-essential travel to Cameroon due to the security situation.\n\nEastern and northern areas of the Cameroon - Avoid all travel';
    expect(run(text)).toEqual(['CM/CA/3/']);
  });

  it('GIVEN "tout voyage … à destination du <country> est à déconseiller …, sauf motif impératif" THEN level 3', () => {
    expect(run("Selon le DFAE, tout voyage, touristique ou autre, à destination du Gabon est à déconseiller jusqu'à nouvel avis, sauf motif impératif.")).toEqual(['GA/CH/3/']);
  });
});

describe('a list of countries before a level with no object', () => {
  it('GIVEN "tourists planning trips to A and B are urged to exercise increased caution" THEN both', () => {
    expect(run('Irish tourists planning trips to Portugal and Greece are urged to exercise increased caution, the Department of Foreign Affairs said.')).toEqual(['GR/IE/2/', 'PT/IE/2/']);
  });

  it('GIVEN "Raises Travel Alert for A, B, and C to Orange, Advising Against Non-Essential Travel" THEN each of the three, none an issuer', () => {
    expect(run("Taiwan's Mainland Affairs Council Raises Travel Alert for Mainland China, Hong Kong, and Macau to Orange, Advising Against Non-Essential Travel")).toEqual([
      'CN/TW/3/level_raised',
      'HK/TW/3/level_raised',
      'MO/TW/3/level_raised',
    ]);
  });

  it('GIVEN "France, which …, urged" THEN the apposition between commas still leads to the verb (guard)', () => {
    expect(run('France, which has some 5,000 nationals in the country, urged its citizens to leave Gabon.')).toEqual(['GA/FR/-/leave_immediately']);
  });
});

describe('Italian "ha chiesto ai connazionali di lasciare", and a growing number of governments unnamed', () => {
  it('GIVEN "L\'Italia ha chiesto ai connazionali di lasciare <country>" THEN a call to leave', () => {
    expect(run("L'Italia ha chiesto ai connazionali di lasciare il Niger.")).toEqual(['NE/IT/-/leave_immediately']);
  });

  it('GIVEN "connazionali che avevano chiesto di lasciare <country>" THEN no call (they asked to leave, guard)', () => {
    expect(run('Il volo ha riportato in Italia 40 connazionali che avevano chiesto di lasciare il Niger.')).not.toContain('NE/IT/-/leave_immediately');
  });

  it('GIVEN "sono sempre più numerosi i Paesi che chiedono ai loro connazionali di lasciare <country>" THEN a call to leave, no issuer named', () => {
    expect(run("Sono sempre più numerosi i Paesi che chiedono ai loro connazionali di lasciare il Niger.")).toEqual(['NE/-/-/leave_immediately']);
  });

  it('GIVEN "more and more countries are asking their citizens to leave <country>" THEN a call to leave, no issuer named', () => {
    expect(run('More and more countries are asking their citizens to leave Niger.')).toEqual(['NE/-/-/leave_immediately']);
  });
});

describe('a lowered advisory told by "relaxed", and an update told with what it states', () => {
  it('GIVEN "after <government> relaxed its <country> travel advisory, <other> also updated the advisory stating …" THEN each its own', () => {
    expect(
      run('Two weeks ago after Canada relaxed its Gabon travel advisory, the United States also updated the advisory stating that the overall security condition in Gabon has improved.'),
    ).toEqual(['GA/CA/-/level_lowered', 'GA/US/-/']);
  });

  it('GIVEN "the advisory" updated with no country and nothing it states THEN no advice (guard)', () => {
    expect(run('The United States also updated the advisory yesterday.')).toEqual([]);
  });
});

describe('German advice updated, the participle at the end of a long clause', () => {
  it('GIVEN "hat seine Reise- und Sicherheitshinweise für <country> infolge … (long, no comma) … überarbeitet" THEN advice, no level', () => {
    expect(
      run('Das Auswärtige Amt hat seine Reise- und Sicherheitshinweise für Tunesien infolge des terroristischen Anschlags in Sousse und der Offensiven der Armee gegen Stellungen bewaffneter Gruppen im Grenzgebiet zu Algerien und Libyen in den vergangenen Wochen überarbeitet, weil das Amt mit weiteren Anschlägen rechnet.'),
    ).toEqual(['TN/DE/-/']);
  });

  it('GIVEN a far participle after a comma ("…, die später ergänzt wurden") THEN not read as the update (guard)', () => {
    expect(run('Die Sicherheitshinweise des Auswärtigen Amts für Tunesien gelten seit Jahren, und erst nach zahlreichen weiteren Anschlägen im ganzen Land in den vergangenen Monaten wurden die Regeln für Touristen in den Hotels der Küstenorte ergänzt.')).toEqual([]);
  });
});

describe('"faire preuve d\'une prudence accrue": a step of the Canadian and US scales only', () => {
  it('GIVEN France recommending "une prudence accrue", its ministry named as the source THEN advice with no level', () => {
    const text =
      "Au Togo, la prudence est recommandée dans la perspective du scrutin\n\nAu Togo, dans le contexte électoral actuel, il est recommandé de faire preuve d'une prudence accrue et d'une vigilance maximale durant les trois semaines à venir (1er au 22 février).\n\nSource : France Diplomatie, Ministère de l'Europe et des affaires étrangères.";
    expect(run(text)).toEqual(['TG/FR/-/']);
  });

  it('GIVEN Canada telling its citizens to "faire preuve d\'une grande prudence" THEN still level 2 (guard)', () => {
    expect(run("Le gouvernement du Canada recommande de faire preuve d'une grande prudence au Togo.")).toEqual(['TG/CA/2/']);
  });
});

describe("a country's own military seizing power is no government giving advice", () => {
  it('GIVEN a quoted ordered departure naming no country, and "<country>\'s military seized power" later THEN the country is the subject', () => {
    const text =
      '"On March 30, the Department updated that status to ordered departure," the State Department said in a media note.\n\nOn February 1, Niger\'s military seized power and announced a state of emergency.';
    expect(run(text)).toEqual(['NE/US/-/ordered_departure']);
  });

  it('GIVEN "the U.S. military evacuated" THEN still the US evacuating (guard)', () => {
    expect(run("The U.S. military evacuated 300 Americans from Niger on Friday.")).toEqual(['NE/US/-/evacuation']);
  });
});

describe('an embassy back to full staffing', () => {
  it('GIVEN "U.S. Embassy in <city> Returns to Full Staffing" THEN its departure is lifted', () => {
    expect(run('U.S. Embassy in Niamey Returns to Full Staffing')).toEqual(['NE/US/-/departure_lifted']);
  });

  it('GIVEN "has not returned to full staffing" or "will return to full staffing when …" THEN nothing lifted (guard)', () => {
    expect(run('The U.S. Embassy in Niamey has not returned to full staffing.')).toEqual([]);
    expect(run('The U.S. Embassy in Niamey will return to full staffing when conditions allow.')).toEqual([]);
  });
});

describe('list items that name the country before a dash and its level', () => {
  it('GIVEN "- Jordan – Exercise a high degree of caution" (an ambiguous name) THEN the country', () => {
    expect(run('Global Affairs Canada: latest advisories\n\n- Jordan – Exercise a high degree of caution (with regional advisories)')).toEqual(['JO/CA/2/']);
  });

  it('GIVEN "- Israel, the West Bank and the Gaza Strip – Avoid non-essential travel" THEN each country of the head', () => {
    expect(run('Global Affairs Canada: latest advisories\n\n- Israel, the West Bank and the Gaza Strip – Avoid non-essential travel (with regional advisories)')).toEqual([
      'IL/CA/3/',
      'PS/CA/3/',
    ]);
  });

  it('GIVEN "Jordan - …" with no advice THEN nothing (guard)', () => {
    expect(run('Jordan - I love this city and its people.')).toEqual([]);
  });
});

describe('a whole map in one colour, its gloss in parentheses', () => {
  it('GIVEN "la carte du <country> est entièrement en orange (zone déconseillée sauf raison impérative)" THEN level 3', () => {
    expect(run("Selon le Quai d'Orsay, la carte du Niger est entièrement en orange (zone déconseillée sauf raison impérative) et la plupart de ses régions frontalières en rouge.")).toEqual(['NE/FR/3/']);
  });

  it('GIVEN "le nord du <country> est en orange (zone déconseillée …)" THEN still a region\'s advice (guard)', () => {
    expect(run("Selon le Quai d'Orsay, le nord du Niger est en orange (zone déconseillée sauf raison impérative).")).toEqual(['NE/FR/-/']);
  });
});

describe('French: "s\'en aller", and an embassy moved to another city', () => {
  it('GIVEN "appelé les Français en <country> à s\'en aller « sans délai »" THEN a call to leave', () => {
    expect(run("Le Quai d'Orsay a appelé les Français au Soudan à s'en aller « sans délai ».")).toEqual(['SD/FR/-/leave_immediately']);
  });

  it('GIVEN "L\'ambassade de France au <country>, délocalisée à <city>, …" THEN the embassy relocated', () => {
    expect(run("L'ambassade de France au Soudan, délocalisée à Port-Soudan, reste joignable.")).toEqual(['SD/FR/-/embassy_suspended']);
  });

  it('GIVEN "L\'ambassade de France a quitté <capital> pour <city>" THEN the embassy relocated', () => {
    expect(run("L'ambassade de France a quitté Khartoum pour Port-Soudan.")).toEqual(['SD/FR/-/embassy_suspended']);
  });

  it('GIVEN "L\'ambassadeur a quitté <capital> pour Paris" THEN no embassy closed (guard)', () => {
    expect(run("L'ambassadeur de France a quitté Khartoum pour Paris.")).toEqual([]);
  });
});

describe('flights a government provides', () => {
  it('GIVEN "U.S. government-provided flights are departing <capital>" THEN an evacuation', () => {
    expect(run('U.S. government-provided flights are departing Khartoum and will continue until the evacuation operation is complete.')).toEqual(['SD/US/-/evacuation']);
  });

  it('GIVEN "Qantas-operated flights are departing <capital>" THEN no government evacuation (guard)', () => {
    expect(run('Qantas-operated flights are departing Khartoum.')).toEqual([]);
  });
});

describe('French "ne pas sortir": stay indoors', () => {
  it('GIVEN "Il est toujours demandé aux Belges sur place en <country> de ne pas sortir." THEN shelter in place', () => {
    expect(run('Il est toujours demandé aux Belges sur place au Liban de ne pas sortir.')).toEqual(['LB/BE/-/shelter_in_place']);
  });

  it('GIVEN "de ne pas sortir du pays" THEN no shelter (guard)', () => {
    expect(run('La Belgique demande à ses ressortissants au Liban de ne pas sortir du pays.')).toEqual([]);
  });
});

describe('a cause, or a finite verb, right after a level is no object', () => {
  it('GIVEN "Si sconsigliano viaggi a qualsiasi titolo in considerazione della … situazione … in <country>" THEN level 4 for the country', () => {
    expect(run('Si sconsigliano viaggi a qualsiasi titolo in considerazione della gravità della situazione di sicurezza interna in Libia.')).toEqual(['LY/IT/4/']);
  });

  it('GIVEN "Trotz Reisewarnung seien noch viele Deutsche in <country>" THEN the Reisewarnung is level 4 there', () => {
    expect(run('Trotz Reisewarnung seien noch viele Deutsche in Libyen.')).toEqual(['LY/DE/4/']);
  });
});

describe('Italian travel advised only for compelling reasons', () => {
  it('GIVEN "si consigliano viaggi in <country> solo qualora motivati da ragioni imperative" THEN level 3', () => {
    expect(run('La Farnesina: si consigliano viaggi in Niger solo qualora motivati da ragioni imperative.')).toEqual(['NE/IT/3/']);
  });

  it('GIVEN "si consigliano viaggi in <country>" with no condition THEN no advice (guard)', () => {
    expect(run('La Farnesina: si consigliano viaggi in Niger per scoprire il deserto.')).toEqual([]);
  });
});
