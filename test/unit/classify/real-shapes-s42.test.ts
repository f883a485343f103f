/**
 * Session 42: a level "rétrogradé" (French), "declassato" (Italian), "heruntergestuft" (German); the US scale's French labels
 * ("niveau 3 : envisager de ne pas voyager"); counted people evacuated by a government named as the subject; a year that dates a
 * report is not the year of what it tells. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a level lowered, in French, Italian and German words', () => {
  it('GIVEN "le Togo rétrogradé au niveau 2" THEN level 2, lowered', () => {
    expect(run("Le Département d'État : le Togo rétrogradé au niveau 2 : faire preuve d'une vigilance accrue.")).toEqual(['TG/US/2/level_lowered']);
  });

  it('GIVEN "ha declassato il Perù al livello 2" THEN level 2, lowered', () => {
    expect(run('Il Dipartimento di Stato ha declassato il Perù al livello 2.')).toEqual(['PE/US/2/level_lowered']);
  });

  it('GIVEN "hat die Reisewarnung für Kenia heruntergestuft" THEN lowered, and no level 4 from the withdrawn warning', () => {
    expect(run('Das Auswärtige Amt hat die Reisewarnung für Kenia heruntergestuft.')).toEqual(['KE/DE/-/level_lowered']);
  });
});

describe("the US scale's labels in French", () => {
  it('GIVEN "Niveau 3 : envisager de ne pas voyager" as a heading THEN level 3 for the whole country', () => {
    expect(run("Département d'État des États-Unis\n\nNicaragua : niveau 3 : envisager de ne pas voyager\n\nEnvisagez de ne pas vous rendre au Nicaragua du fait de la criminalité.")).toEqual(['NI/US/3/']);
  });

  it('GIVEN "niveau 1 : prendre les précautions normales" THEN level 1', () => {
    expect(run("Département d'État des États-Unis\n\nUruguay : niveau 1 : prendre les précautions normales")).toEqual(['UY/US/1/']);
  });
});

describe('counted people evacuated by a government', () => {
  it('GIVEN "Ghana announced that it had evacuated more than 200 people from Liberia" THEN an evacuation by Ghana', () => {
    expect(run('Ghana announced that it had evacuated more than 200 people from Liberia.')).toEqual(['LR/GH/-/evacuation']);
  });

  it('GIVEN "Egypt has evacuated 350 people from Yemen so far" THEN an evacuation by Egypt', () => {
    expect(run('Egypt has evacuated 350 people from Yemen so far.')).toEqual(['YE/EG/-/evacuation']);
  });

  it('GIVEN local authorities evacuating 2,000 people from a flooded district THEN nothing (guard)', () => {
    expect(run('Local authorities evacuated 2,000 people from the flooded district of Beira in Mozambique.')).toEqual([]);
  });

  it("GIVEN a country evacuating its own people from a volcano's slopes THEN nothing (guard)", () => {
    expect(run("Peru evacuated 3,000 people from the slopes of the Ubinas volcano.")).toEqual([]);
  });
});

describe('a year that dates a report', () => {
  it('GIVEN "A 2022 report found that Australia evacuated 300 Australians from Lebanon in 2006" THEN nothing: the evacuation is past', () => {
    expect(run('A 2022 report found that Australia evacuated 300 Australians from Lebanon in 2006.')).toEqual([]);
  });

  it('GIVEN the report alone dated, in a later document THEN the evacuation stays past (guard)', () => {
    expect(run('A 2019 report found that Australia evacuated its citizens from Lebanon. In 2024, the government reviewed its consular plans.')).toEqual([]);
  });
});

describe('governments that "also made the move"', () => {
  it('GIVEN a closure, then "Denmark and Finland also made the move" THEN both closed theirs too', () => {
    expect(run('Sweden closed its embassy in Sudan on Sunday. Denmark and Finland also made the move.')).toEqual(['SD/DK/-/embassy_suspended', 'SD/FI/-/embassy_suspended', 'SD/SE/-/embassy_suspended']);
  });

  it('GIVEN "also made the move to send more aid" THEN another move: nothing for Denmark (guard)', () => {
    expect(run('Sweden closed its embassy in Sudan on Sunday. Denmark also made the move to send more aid.')).toEqual(['SD/SE/-/embassy_suspended']);
  });
});

describe('a government that "has no plans to" evacuate is the subject, not a place', () => {
  it('GIVEN "Norway has no plans to evacuate its nationals from Haiti, while the embassy told citizens to stay indoors" THEN Norway\'s shelter call for Haiti', () => {
    expect(run('Norway has no plans to evacuate its nationals from Haiti, while the embassy told citizens to stay indoors.')).toEqual(['HT/NO/-/shelter_in_place']);
  });

  it('GIVEN the same in two sentences THEN the same', () => {
    expect(run('Norway has no plans to evacuate its nationals from Haiti. Its embassy told citizens to stay indoors.')).toEqual(['HT/NO/-/shelter_in_place']);
  });
});

describe('more ways to tell people to stay put', () => {
  it('GIVEN "remain where you are if it is safe to do so" THEN shelter in place (the reader\'s safety is no hedge)', () => {
    expect(run('Smartraveller warned Australians in Honiara: "Please exercise care, remain where you are if it is safe to do so and avoid crowds."')).toEqual(['SB/AU/-/shelter_in_place']);
  });

  it('GIVEN nationals "urged by their embassy to remain where they are" THEN shelter in place', () => {
    expect(run('Sri Lankan nationals in Nepal are urged by their embassy to remain where they are and avoid going out.')).toEqual(['NP/LK/-/shelter_in_place']);
  });

  it('GIVEN "hostages remain where they are" THEN nothing (guard)', () => {
    expect(run('The two hostages remain where they are, officials in Mali said.')).toEqual([]);
  });

  it('GIVEN "advising French nationals not to go outdoors" THEN shelter in place', () => {
    expect(run('The French embassy in Niamey is advising French nationals not to go outdoors.')).toEqual(['NE/FR/-/shelter_in_place']);
  });

  it('GIVEN "rester sur place à l\'intérieur" THEN shelter in place', () => {
    expect(run("Les Affaires étrangères recommandent aux Belges au Togo de limiter leurs mouvements et de rester sur place à l'intérieur.")).toEqual(['TG/BE/-/shelter_in_place']);
  });

  it('GIVEN "rimanere in luoghi protetti" THEN shelter in place', () => {
    expect(run('La Farnesina raccomanda ai connazionali in Libano di rimanere in luoghi protetti.')).toEqual(['LB/IT/-/shelter_in_place']);
  });
});

describe('a step recalled by a fronted month is the one before the news', () => {
  it('GIVEN a lowering told, then "In August, the State Department raised … to Level 4" THEN level 3, lowered', () => {
    expect(run('The U.S. State Department lowered its travel advisory for Colombia from a Level 4 (red, do not travel) to a Level 3 (orange, reconsider travel) on Tuesday. In August, the State Department raised its travel advisory for Colombia to its highest warning, Level 4 (do not travel), due to crime.')).toEqual(['CO/US/3/level_lowered']);
  });

  it('GIVEN a lowering, then "Last April, Americans were advised against all travel to Jamaica" THEN level 3, lowered', () => {
    expect(run('The State Department lowered its advisory for Jamaica from Level 4 to Level 3 on Monday. Last April, Americans were advised against all travel to Jamaica.')).toEqual(['JM/US/3/level_lowered']);
  });

  it('GIVEN only "In August, the State Department raised … to Level 4" THEN it is the news: level 4, raised (guard)', () => {
    expect(run('In August, the State Department raised its travel advisory for Colombia to Level 4.')).toEqual(['CO/US/4/level_raised']);
  });

  it('GIVEN "from a Level 4 (do not travel) to a Level 3" THEN the old step and its label are past', () => {
    expect(run('The State Department lowered its travel advisory for Colombia from a Level 4 (do not travel) to a Level 3 (reconsider travel).')).toEqual(['CO/US/3/level_lowered']);
  });
});

describe('German: staff called back, "sowohl … als auch", "Falls nicht, reisen Sie aus"', () => {
  it('GIVEN "ruft einen Teil seiner Botschaftsmitarbeiter aus Georgien zurück" THEN an ordered departure', () => {
    expect(run('Österreich ruft einen Teil seiner Botschaftsmitarbeiter aus Georgien zurück.')).toEqual(['GE/AT/-/ordered_departure']);
  });

  it('GIVEN "Sowohl Frankreich als auch Italien haben … begonnen, Botschaftspersonal aus Armenien abzuziehen" THEN both, for Armenia', () => {
    expect(run('Sowohl Frankreich als auch Italien haben bereits damit begonnen, Botschaftspersonal aus Armenien abzuziehen.')).toEqual(['AM/FR/-/ordered_departure', 'AM/IT/-/ordered_departure']);
  });

  it('GIVEN a company calling its staff back from home office THEN nothing (guard)', () => {
    expect(run('Die Firma ruft ihre Mitarbeiter aus dem Homeoffice zurück.')).toEqual([]);
  });

  it('GIVEN "Prüfen Sie, ob Ihre Anwesenheit zwingend erforderlich ist. Falls nicht, reisen Sie kurzfristig aus." THEN a call to leave', () => {
    expect(run('Das Auswärtige Amt warnt vor Reisen nach Belarus. Wenn Sie sich derzeit in Belarus aufhalten, prüfen Sie, ob Ihre Anwesenheit zwingend erforderlich ist. Falls nicht, reisen Sie kurzfristig aus.')).toEqual(['BY/DE/-/leave_immediately']);
  });
});

describe('a bare "cross into" is an instruction, no route of evacuees', () => {
  it('GIVEN a Moldova page that tells nationals in Belarus to leave and not to cross into Belarus THEN the call is for Belarus', () => {
    expect(run('Moldova travel advice\n\nThe FCDO advises British nationals in Belarus to leave immediately if they judge it is safe to do so. You should not attempt to cross into Belarus from Moldova.')).toEqual(['BY/GB/-/leave_immediately']);
  });
});

describe('a check of need and its "if not" before a call to leave', () => {
  it('GIVEN "di valutare se la permanenza sia necessaria e, in caso contrario, di lasciare il Paese" THEN a call to leave', () => {
    expect(run('Si raccomanda ai connazionali presenti in Bielorussia di valutare se la permanenza sia necessaria e, in caso contrario, di lasciare il Paese.')).toEqual(['BY/IT/-/leave_immediately']);
  });

  it('GIVEN "should consider whether their presence is essential and, if not, leave the country" THEN a call to leave', () => {
    expect(run('British nationals in Belarus should consider whether their presence is essential and, if not, leave the country.')).toEqual(['BY/GB/-/leave_immediately']);
  });
});

describe('"a qualsiasi titolo" of people present is no level', () => {
  it('GIVEN "Se presenti a qualsiasi titolo nel Paese, … registrarsi" after non-essential advice THEN level 3', () => {
    expect(run('La Farnesina sconsiglia i viaggi non essenziali in Georgia. Se presenti a qualsiasi titolo nel Paese, i connazionali sono invitati a registrarsi sul sito Dove siamo nel mondo.')).toEqual(['GE/IT/3/']);
  });

  it('GIVEN "sconsiglia i viaggi a qualsiasi titolo" THEN level 4 (guard)', () => {
    expect(run('La Farnesina sconsiglia i viaggi a qualsiasi titolo in Georgia.')).toEqual(['GE/IT/4/']);
  });
});

describe('more from mixed72: an attacker in quotes, fleeing to shelter, the return of family members', () => {
  it('GIVEN an alert of a "potential significant drone attack" by Azerbaijani forces THEN Azerbaijan gives no advice', () => {
    expect(run('The U.S. Embassy in Yerevan announced its closure on Wednesday, issuing an alert of a "potential significant drone attack" by Azerbaijani forces, which has prompted employees to shelter in place.')).toEqual(['AM/US/-/embassy_suspended,shelter_in_place']);
  });

  it('GIVEN people who fled "pour se mettre à l\'abri des violences" THEN no instruction to shelter', () => {
    expect(run("Selon l'OIM, plus de 20 000 personnes ont fui la capitale du Honduras pour se mettre à l'abri des violences, a indiqué l'ambassade de France.")).toEqual([]);
  });

  it('GIVEN "authorized the return of U.S. Embassy eligible family members" THEN the departure is lifted', () => {
    expect(run('The Department of State authorized the return of U.S. Embassy eligible family members to Chisinau on May 3.')).toEqual(['MD/US/-/departure_lifted']);
  });

  it('GIVEN "authorized the return of essential staff" THEN nothing (guard)', () => {
    expect(run('Global Affairs Canada has authorized the return of essential staff to Bamako.')).toEqual([]);
  });
});
