/**
 * Session 58: shapes from the blind sets (mixed107–110). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/index.js';
import { brief, run } from './brief.js';

describe('a government\'s military aircraft carrying people out, in the singular and by the force\'s name', () => {
  it('GIVEN French "fait évacuer … par avion militaire" (singular) THEN an evacuation', () => {
    expect(run('Le gouvernement belge a fait évacuer 40 personnes du Gabon par avion militaire.')).toEqual(['GA/BE/-/evacuation']);
  });

  it('GIVEN Italian "rimpatriati … con un aereo militare" THEN an evacuation (guard)', () => {
    expect(run('I connazionali sono stati rimpatriati dal Gabon con un aereo militare, ha detto la Farnesina.')).toEqual(['GA/IT/-/evacuation']);
  });

  it('GIVEN "Die Bundeswehr hat … Menschen aus dem Sudan ausgeflogen" THEN Germany\'s evacuation', () => {
    expect(run('Die Bundeswehr hat inzwischen mehr als 400 Menschen aus dem Sudan ausgeflogen.')).toEqual(['SD/DE/-/evacuation']);
  });

  it('GIVEN the Bundeswehr ready "für eine mögliche Evakuierung" THEN nothing (a possible evacuation is none)', () => {
    expect(run('Die Bundeswehr hält sich für eine mögliche Evakuierung der rund 600 Deutschen in Mosambik bereit.')).toEqual([]);
  });

  it('GIVEN "so schnell wie möglich" in a call to leave THEN still the call (guard: the predicate is no hedge)', () => {
    expect(run('Das Auswärtige Amt fordert alle Deutschen auf, Mosambik so schnell wie möglich zu verlassen.')).toEqual(['MZ/DE/-/leave_immediately']);
  });
});

describe('a damaged building emptied', () => {
  it('GIVEN staff "evacuated from the damaged building that houses their embassies" THEN nothing', () => {
    expect(run('Diplomatic staff from the US and British missions were evacuated from the damaged building that houses their embassies in Port Vila.')).toEqual([]);
  });

  it('GIVEN an embassy that evacuated its staff from the country after the earthquake THEN an evacuation (guard)', () => {
    expect(run('The U.S. Embassy in Port Vila evacuated its staff from Vanuatu after the earthquake.')).toEqual(['VU/US/-/evacuation']);
  });
});

describe('shelter a contingency plan "will" direct', () => {
  it('GIVEN "anyone outside the Embassy will be directed to shelter in place" THEN nothing', () => {
    expect(run('Anyone outside the Embassy will be directed to shelter in place at an offsite location, the U.S. Embassy in Haiti said.')).toEqual([]);
  });

  it('GIVEN "… are directed to shelter in place" THEN shelter (guard)', () => {
    expect(run('U.S. citizens in Port-au-Prince are directed to shelter in place until further notice, the U.S. Embassy in Haiti said.')).toEqual(['HT/US/-/shelter_in_place']);
  });
});

describe('an official item about its own government\'s country', () => {
  const own = (text: string, issuer: string): string[] => brief(classify({ text, format: 'text', issuer }));
  const release = 'Many Norwegians have come home with help from the ministry. Norway is working closely with the Nordic countries and other European countries to arrange flights from places where travel restrictions make it almost impossible to leave by commercial means.';

  it('GIVEN a Norwegian ministry\'s release on flights home, as its own item THEN nothing for Norway', () => {
    expect(own(release, 'NO')).toEqual([]);
  });

  it('GIVEN the same ministry arranging flights for Norwegians stranded in Peru THEN its evacuation from Peru (guard)', () => {
    expect(own('The ministry is arranging flights home for Norwegians stranded in Peru.', 'NO')).toEqual(['PE/NO/-/evacuation']);
  });
});

describe('an embassy\'s operations suspended, and a closing verb in quotes', () => {
  it('GIVEN "the Australian Embassy\'s operations in Iran have been suspended" THEN Australia\'s embassy suspended', () => {
    expect(run("Canberra also confirmed that the Australian Embassy's operations in Iran have been suspended.")).toEqual(['IR/AU/-/embassy_suspended']);
  });

  it('GIVEN "… operations in Iran have not been suspended" THEN nothing (guard)', () => {
    expect(run("Canberra said the Australian Embassy's operations in Iran have not been suspended.")).toEqual([]);
  });

  it('GIVEN \'said it has "temporarily closed" its embassy in Kabul\' THEN the embassy suspended', () => {
    expect(run('South Korea\'s Foreign Ministry said it has "temporarily closed" its embassy in Kabul and evacuated most of its staff to a third country.')).toEqual(['AF/KR/-/embassy_suspended,evacuation']);
  });
});

describe('departures of staff and families, more shapes', () => {
  it('GIVEN "has ordered diplomats\' family members to leave" THEN an ordered departure', () => {
    expect(run('"Do not travel to Bolivia due to civil unrest," the State Department said, adding that it has ordered diplomats\' family members to leave.')).toEqual(['BO/US/4/ordered_departure']);
  });

  it('GIVEN "had ordered a further reduction of U.S. personnel" THEN an ordered departure', () => {
    expect(run('In a travel advisory posted on its website, the State Department said it had ordered a further reduction of U.S. personnel in South Sudan.')).toEqual(['SS/US/-/ordered_departure']);
  });

  it('GIVEN "Families of British diplomats … and all nonessential staff are to be withdrawn" THEN an ordered departure', () => {
    expect(run('Families of British diplomats in Venezuela and all nonessential staff are to be withdrawn.')).toEqual(['VE/GB/-/ordered_departure']);
  });

  it('GIVEN "has evacuated dependents of its embassy staff" THEN an ordered departure and an evacuation', () => {
    expect(run('New Zealand has evacuated dependents of its embassy staff in the capital of Fiji, Suva.')).toEqual(['FJ/NZ/-/evacuation,ordered_departure']);
  });

  it('GIVEN German "dass … ein Teil des Personals abgezogen werde" THEN an ordered departure beside the closure', () => {
    expect(run('Am Freitag hatte das Außenministerium in London mitgeteilt, dass die britische Botschaft in Sanaa geschlossen bleibe und ein Teil des Personals abgezogen werde.')).toEqual(['YE/GB/-/embassy_suspended,ordered_departure']);
  });

  it('GIVEN "Ein Teil der Mitarbeiter … kann freiwillig ausreisen" THEN no ordered departure (guard)', () => {
    expect(run('Ein Teil der Mitarbeiter der deutschen Botschaft in Kiew kann freiwillig ausreisen.')).not.toContain('UA/DE/-/ordered_departure');
  });
});

describe('"worldwide" as the reach of a ministry\'s advice, not its addressees', () => {
  const list = 'Out of more than two hundred destinations for which we provide Travel Advice worldwide, twenty-three are currently assigned a Do Not Travel Security Status. They are as follows:\n- Afghanistan\n- Belarus\n- Burkina Faso\n- Iran\n';

  it('GIVEN "destinations for which we provide Travel Advice worldwide, twenty-three are assigned a Do Not Travel status" and a list THEN level 4 for each listed country', () => {
    expect(brief(classify({ text: list, format: 'text', issuer: 'IE' }))).toEqual(['AF/IE/4/', 'BF/IE/4/', 'BY/IE/4/', 'IR/IE/4/']);
  });

  it('GIVEN "In a global advisory, … urged Americans to exercise increased caution" THEN nothing (guard: advice to everyone everywhere)', () => {
    expect(run('In a global advisory, the State Department urged Americans to exercise increased caution due to hostilities between Israel and Iran.')).toEqual([]);
  });
});

describe('the country left, and whose citizens are told', () => {
  it('GIVEN German "wegen der Ereignisse in Gaza … aufgefordert, Libanon zu verlassen" THEN Lebanon is the country left, not Gaza', () => {
    expect(run('Wegen der Ereignisse in Gaza fordert das Auswärtige Amt deutsche Staatsangehörige auf, Libanon zu verlassen.')).toEqual(['LB/DE/-/leave_immediately']);
  });

  it('GIVEN "… auf, Libanon umgehend zu verlassen" THEN Lebanon (guard: an adverb of haste between)', () => {
    expect(run('Das Auswärtige Amt fordert deutsche Staatsangehörige auf, Libanon umgehend zu verlassen.')).toEqual(['LB/DE/-/leave_immediately']);
  });

  it('GIVEN Italian "l\'appello degli Stati Uniti ai connazionali di lasciare … la Russia" THEN the United States\' call, not Italy\'s', () => {
    expect(run("Dopo l'appello degli Stati Uniti ai connazionali di lasciare immediatamente la Russia, l'Eliseo invita i francesi ad abbandonare la Bielorussia il prima possibile.")).toEqual(['BY/FR/-/leave_immediately', 'RU/US/-/leave_immediately']);
  });

  it('GIVEN "l\'appello della Francia a lasciare il Mali" THEN France\'s call, beside Italy\'s own', () => {
    expect(run("Dopo l'appello della Francia a lasciare il Mali, anche l'Italia invita i connazionali a partire.")).toEqual(['ML/FR/-/leave_immediately', 'ML/IT/-/leave_immediately']);
  });

  it('GIVEN Italian "un aereo dovrebbe partire domani dall\'Italia" THEN no call to leave (a plane departs)', () => {
    expect(run("Verrecchia ha spiegato che un aereo dovrebbe partire domani dall'Italia per riportare i connazionali da Wuhan.")).toEqual([]);
  });
});

describe('embassies closed in many countries at once, and whose they are', () => {
  it('GIVEN "closed embassies in a number of countries in North Africa, the Middle East and Europe" after a lead on Rome THEN nothing for Italy', () => {
    expect(run('Rome, August 7 - Italian police forces said on Wednesday that they are ratcheting up security around the United States embassy in Rome.\nThe US State Department has upped security for its diplomatic missions around the world and on Sunday closed embassies in a number of countries in North Africa, the Middle East and Europe until next Saturday.')).toEqual([]);
  });

  it('GIVEN "The State Department closed embassies in Yemen and Libya" THEN the United States\' embassies', () => {
    expect(run('The State Department closed embassies in Yemen and Libya on Sunday.')).toEqual(['LY/US/-/embassy_suspended', 'YE/US/-/embassy_suspended']);
  });

  it('GIVEN "Several countries closed embassies in Yemen and Libya" THEN unnamed governments (guard)', () => {
    expect(run('Several countries closed embassies in Yemen and Libya on Sunday.')).toEqual(['LY/-/-/embassy_suspended', 'YE/-/-/embassy_suspended']);
  });

  it('GIVEN "The US has closed 22 embassies since the threats surfaced" in a story about Saudi Arabia THEN nothing for Saudi Arabia', () => {
    expect(run('Norway limited public access at its embassy in Saudi Arabia on Monday after warnings of an attack. The US has closed 22 embassies since the threats surfaced.')).not.toContain('SA/US/-/embassy_suspended');
  });
});

describe('a consulate emptied as a precaution after a bomb alarm', () => {
  it('GIVEN "a preventative evacuation of the consulate" THEN no evacuation', () => {
    expect(run('A bomb alarm on Tuesday at the United States consulate in Milan triggered special safety procedures including a preventative evacuation of the consulate.')).toEqual([]);
  });
});

describe('people moved out of a fire\'s or a flood\'s zone', () => {
  it('GIVEN Italian "gli italiani evacuati dalle zone coinvolte nell\'incendio a Rodi" THEN no government evacuation', () => {
    expect(run("Sono ore drammatiche per gli italiani evacuati dalle zone coinvolte nell'incendio a Rodi, secondo la Farnesina.")).toEqual([]);
  });

  it('GIVEN "Italy evacuated its citizens from the areas hit by the fighting in Sudan on military flights" THEN an evacuation (guard)', () => {
    expect(run('Italy evacuated its citizens from the areas hit by the fighting in Sudan on military flights.')).toEqual(['SD/IT/-/evacuation']);
  });
});

describe('embassies closed or relocating, more shapes', () => {
  it('GIVEN "the Embassy of Canada to Honduras in Tegucigalpa is relocating." (the verb ends the sentence) THEN suspended', () => {
    expect(run('The advisory has been updated to note the Embassy of Canada to Honduras in Tegucigalpa is relocating.')).toEqual(['HN/CA/-/embassy_suspended']);
  });

  it('GIVEN Italian "ha poi chiuso l\'ambasciata" THEN suspended', () => {
    expect(run("Washington ha sanzionato Minsk nel 2020 e ha poi chiuso l'ambasciata in Bielorussia.")).toEqual(['BY/US/-/embassy_suspended']);
  });

  it('GIVEN "… chiuso l\'ambasciata e i consolati nel Paese dopo l\'inizio del conflitto tra Russia e Ucraina" in a story on Belarus THEN Belarus, not Russia', () => {
    expect(run("Washington invita i cittadini americani a lasciare la Bielorussia.\nWashington ha sanzionato Minsk nel 2020 e ha poi chiuso l'ambasciata e i consolati nel Paese dopo l'inizio del conflitto tra Russia e Ucraina.")).toEqual(['BY/US/-/embassy_suspended,leave_immediately']);
  });
});

describe('calls to leave: more urging words', () => {
  it('GIVEN German "Deutsche Staatsbürger sollen Südsudan verlassen" THEN a call to leave', () => {
    expect(run('Deutsche Staatsbürger sollen Südsudan verlassen.')).toEqual(['SS/DE/-/leave_immediately']);
  });

  it('GIVEN "Ich ermutige alle norwegischen Bürger, die sich noch in der Ukraine aufhalten, das Land zu verlassen" THEN a call to leave', () => {
    expect(run('Ich ermutige alle norwegischen Bürger, die sich noch in der Ukraine aufhalten, das Land zu verlassen.')).toEqual(['UA/NO/-/leave_immediately']);
  });

  it('GIVEN "eine deutliche Empfehlung an thailändische Staatsbürger …, Kambodscha schnellstmöglich zu verlassen" THEN a call to leave', () => {
    expect(run('Die Regierung sprach eine deutliche Empfehlung an thailändische Staatsbürger aus, Kambodscha schnellstmöglich zu verlassen.')).toEqual(['KH/TH/-/leave_immediately']);
  });

  it('GIVEN Italian "ai connazionali … si suggerisce di utilizzare i voli commerciali … per lasciare il Paese" THEN a call to leave', () => {
    expect(run('Ai connazionali tuttora presenti in Etiopia si suggerisce di utilizzare i voli commerciali disponibili per lasciare il Paese.')).toEqual(['ET/IT/-/leave_immediately']);
  });

  it('GIVEN "Mehrere Deutsche sollen das Land bereits verlassen haben" THEN nothing (guard: reported, not told)', () => {
    expect(run('Mehrere Deutsche sollen Mali bereits verlassen haben.')).toEqual([]);
  });

  it('GIVEN "Deutsche sollen neben der Präfektur Fukushima auch Tokyo verlassen" THEN no call to leave Japan (one place left)', () => {
    expect(run('Deutsche sollen neben der Präfektur Fukushima auch Tokyo verlassen.')).toEqual([]);
  });
});

describe('ordered departures: instructed staff, a part of the staff evacuated, families sent home', () => {
  it('GIVEN "has instructed non-emergency government personnel and their families to leave Niger" THEN an ordered departure', () => {
    expect(run('The United States has instructed non-emergency government personnel and their families to leave Niger due to escalating safety concerns.')).toEqual(['NE/US/-/ordered_departure']);
  });

  it('GIVEN "has ordered all U.S. nonemergency government employees and their families to leave Cuba" THEN an ordered departure', () => {
    expect(run('The State Department has ordered all U.S. nonemergency government employees and their families to leave Cuba.')).toEqual(['CU/US/-/ordered_departure']);
  });

  it('GIVEN "a large part of the staff of the Japanese Embassy in Kiev will be evacuated" THEN an ordered departure and an evacuation', () => {
    expect(run('From Monday, a large part of the staff of the Japanese Embassy in Kiev will be evacuated and only a minimal consular service will be maintained.')).toEqual(['UA/JP/-/evacuation,ordered_departure']);
  });

  it('GIVEN German "einen Teil des Personals der US-Botschaft in Haiti evakuiert" THEN an ordered departure and an evacuation', () => {
    expect(run('Zuvor war bekanntgeworden, dass das US-Militär am Wochenende einen Teil des Personals der US-Botschaft in Haiti evakuiert hatte.')).toEqual(['HT/US/-/evacuation,ordered_departure']);
  });

  it('GIVEN "… but family members of embassy staff will return home" THEN an ordered departure', () => {
    expect(run('The Norwegian embassy in Kyiv will still be staffed, but family members of embassy staff will return home, the foreign minister said.')).toEqual(['UA/NO/-/ordered_departure']);
  });

  it('GIVEN "is evacuating all except a skeleton staff from its embassy in East Timor" THEN an ordered departure and an evacuation', () => {
    expect(run('The Australian Government is evacuating all except a skeleton staff from its embassy in East Timor.')).toEqual(['TL/AU/-/evacuation,ordered_departure']);
  });
});

describe('German repatriation flights and military aircraft sent to fly people out', () => {
  it('GIVEN "Frankreich oder Indien haben bereits Repatriierungsflüge aus Afghanistan durchgeführt" THEN evacuations by both', () => {
    expect(run('Frankreich oder Indien haben bereits Repatriierungsflüge aus Afghanistan durchgeführt.')).toEqual(['AF/FR/-/evacuation', 'AF/IN/-/evacuation']);
  });

  it('GIVEN "die vom Außenministerium organisierten Rückholflüge (werden) eingestellt" THEN nothing (stopped)', () => {
    expect(run('Außerdem werden die vom Auswärtigen Amt organisierten Rückholflüge aus Peru eingestellt.')).toEqual([]);
  });

  it('GIVEN "schickte ein Militärflugzeug nach Niger, um … 50 Staatsangehörige auszufliegen" THEN an evacuation', () => {
    expect(run('Auch Belgien schickte ein Militärflugzeug nach Niger, um in einem ersten Schritt 50 belgische Staatsangehörige auszufliegen.')).toEqual(['NE/BE/-/evacuation']);
  });
});

describe('German: a government that sends an aircraft, and the place flown out of', () => {
  it('GIVEN "Belgien schickte ein Militärflugzeug, um 50 Touristen aus Niger auszufliegen" THEN Belgium\'s evacuation from Niger', () => {
    expect(run('Belgien schickte ein Militärflugzeug, um 50 Touristen aus Niger auszufliegen.')).toEqual(['NE/BE/-/evacuation']);
  });

  it('GIVEN "Indien und China schickten Rettungsteams" after an earthquake THEN nothing (guard: aid sent is no act of advice)', () => {
    expect(run('Das Beben erschütterte Zentralnepal. Die Behörden ließen mehrere Dörfer räumen. Indien und China schickten Rettungsteams.')).toEqual([]);
  });
});

describe('shelter for those who cannot leave', () => {
  it('GIVEN "to leave if they can safely do so, and to shelter in place if they cannot" THEN both the call to leave and the shelter', () => {
    expect(run('"We urge New Zealanders in Israel to leave if they can safely do so, and to shelter in place if they cannot," Peters said.')).toEqual(['IL/NZ/-/leave_immediately,shelter_in_place']);
  });

  it('GIVEN "We recommend those U.S. citizens … who are unable to depart to shelter in place" THEN shelter', () => {
    expect(run('We recommend those U.S. citizens in the Bahamas who are unable to depart to shelter in place in a secure location.')).toEqual(['BS/US/-/shelter_in_place']);
  });

  it('GIVEN "Shelter in place if you cannot relocate" THEN nothing (guard: a routine contingency)', () => {
    expect(run('U.S. citizens in Pakistan: Shelter in place if you cannot relocate.')).toEqual([]);
  });

  it('GIVEN Italian "raccomanda ai viaggiatori … ad Harare di restare in un posto sicuro" THEN shelter', () => {
    expect(run('Il DFAE raccomanda ai viaggiatori attualmente ad Harare di restare in un posto sicuro e di rinunciare a tutti i viaggi non urgenti.')).toEqual(['ZW/CH/-/shelter_in_place']);
  });
});

describe('German: a lower advice converted into a travel warning', () => {
  it('GIVEN "hat den Sicherheitshinweis für Syrien in eine Reisewarnung umgewandelt" THEN level 4, raised', () => {
    expect(run('Das Auswärtige Amt hat den Sicherheitshinweis für Syrien in eine Reisewarnung umgewandelt.')).toEqual(['SY/DE/4/level_raised']);
  });

  it('GIVEN "hat eine Reisewarnung für Syrien ausgesprochen" THEN level 4, no raise (guard)', () => {
    expect(run('Das Auswärtige Amt hat eine Reisewarnung für Syrien ausgesprochen.')).toEqual(['SY/DE/4/']);
  });
});

describe('German: travel warnings for countries fronted with "für"', () => {
  it('GIVEN "Für Armenien und Aserbaidschan gilt nun eine Reisewarnung" THEN level 4 for both (Armenien is also read as an adjective)', () => {
    expect(run('Für Armenien und Aserbaidschan gilt nun eine Reisewarnung.')).toEqual(['AM/DE/4/', 'AZ/DE/4/']);
  });

  it('GIVEN "Für Armenien und Aserbaidschan gelten nun sogar jeweils zwei Reisewarnungen" THEN level 4 for both', () => {
    expect(run('Für Armenien und Aserbaidschan gelten nun sogar jeweils zwei Reisewarnungen.')).toEqual(['AM/DE/4/', 'AZ/DE/4/']);
  });

  it('GIVEN "Für sämtliche Bereiche der nördlichen Landgrenzen bestehen Reisewarnungen" in a page on Cameroon THEN no level 4 (guard: parts)', () => {
    expect(run('Kamerun: Für sämtliche Bereiche der nördlichen und östlichen Landgrenzen bestehen Reisewarnungen.')).not.toContain('CM/DE/4/');
  });
});

describe('a government that initiated an evacuation operation', () => {
  it('GIVEN "France initiated an evacuation operation for its citizens … willing to leave Niger" THEN France\'s evacuation', () => {
    expect(run('Earlier in the day, France initiated an evacuation operation for its citizens and European nationals willing to leave Niger following a military takeover in the West African nation.')).toEqual(['NE/FR/-/evacuation']);
  });
});

describe('a capitalised word that is a name in one language and an adjective in another', () => {
  it('GIVEN German "Syrien", "Armenien", "Italien" capitalised THEN only the name is read (the French adjectives "syrien", "arménien", "italien" are written in lower case)', async () => {
    const { getGazetteer } = await import('../../../src/classify/index.js');
    const ms = getGazetteer().scan('Für Armenien, Syrien und Italien gilt das nicht.');
    expect(ms.map((m) => `${m.kind}/${m.code}`)).toEqual(['name/AM', 'name/SY', 'name/IT']);
  });

  it('GIVEN French "Les Syriens" (the people, a plural that is no name) THEN the demonym is read (guard)', async () => {
    const { getGazetteer } = await import('../../../src/classify/index.js');
    expect(getGazetteer().scan('Les Syriens ont fui.').map((m) => `${m.kind}/${m.code}`)).toEqual(['demonym/SY']);
  });
});

describe('a headline the body tells narrower', () => {
  it('GIVEN the headline "US Embassy To Be Closed …" repeated as the body\'s first line, the body saying the consular section closes for routine services THEN nothing', () => {
    const text = 'US Embassy To Be Closed Amid Protests In Nairobi\n\nUS Embassy To Be Closed Amid Protests In Nairobi\n\nThe US Embassy in Nairobi said its consular section will be closed on Thursday, August 8 for routine services. American citizens should contact the embassy by email in an emergency.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN "Britons evacuated as hurricane hits" over a body where an airline flew its passengers out THEN no evacuation', () => {
    const text = 'Britons evacuated as hurricane hits Antigua\n\nAirlines were forced to divert flights, and British Airways evacuated 326 passengers from Antigua on Wednesday.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN the same headline over a body where the government chartered the airline THEN the evacuation stands (guard)', () => {
    const text = 'Britons evacuated as hurricane hits Antigua\n\nThe Foreign Office said British Airways evacuated 326 British nationals from Antigua on a flight chartered by the government.';
    expect(run(text)).toEqual(['AG/GB/-/evacuation']);
  });
});

describe('Italian and French: a time adverb before the verb, and an embassy evacuated', () => {
  it('GIVEN "La Germania oggi ha chiuso la sua ambasciata a Kabul" THEN Germany\'s embassy suspended', () => {
    expect(run('La Germania oggi ha chiuso la sua ambasciata a Kabul.')).toEqual(['AF/DE/-/embassy_suspended']);
  });

  it('GIVEN "L\'Italia domani evacuerà l\'Ambasciata a Kabul" THEN an evacuation and the embassy suspended', () => {
    expect(run("L'Italia domani evacuerà l'Ambasciata a Kabul.")).toEqual(['AF/IT/-/embassy_suspended,evacuation']);
  });

  it('GIVEN French "La France a évacué son ambassade à Kaboul" THEN an evacuation and the embassy suspended', () => {
    expect(run('La France a évacué son ambassade à Kaboul.')).toEqual(['AF/FR/-/embassy_suspended,evacuation']);
  });
});
