/**
 * Shapes of real documents' misses (mixed batch 3, helper rm3a): general causes, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a departure "removed" by an update', () => {
  it('GIVEN "updated to remove the Ordered Departure" WHEN classified THEN departure_lifted, no ordered_departure', () => {
    const text = 'Chad - Level 3: Reconsider Travel\nLast updated on March 3, 2024, to remove the Ordered Departure of non-emergency U.S. government employees and eligible family members, and lower the overall risk level from Level 4 to Level 3. Reconsider travel to Chad due to crime and terrorism.';
    expect(run(text)).toEqual(['TD/US/3/departure_lifted,level_lowered']);
  });

  it('GIVEN "the removal of the authorized departure status" WHEN classified THEN departure_lifted', () => {
    expect(run('The State Department announced the removal of the authorized departure status for the embassy in Haiti.')).toEqual(['HT/US/-/departure_lifted']);
  });
});

describe('Italian "evitare tutti i viaggi non necessari" after a negated infinitive', () => {
  it('GIVEN "invita a non andare in X e ad evitare tutti i viaggi non necessari" WHEN classified THEN level 3', () => {
    expect(run('La Farnesina invita a non andare in vacanza in Bolivia e ad evitare tutti i viaggi non necessari nel Paese.')).toEqual(['BO/IT/3/']);
  });

  it('GIVEN "evitare ogni viaggio non essenziale" WHEN classified THEN level 3', () => {
    expect(run('La Farnesina raccomanda di evitare ogni viaggio non essenziale in Bolivia.')).toEqual(['BO/IT/3/']);
  });

  it('GIVEN the advice itself negated WHEN classified THEN no level', () => {
    expect(run('La Farnesina non invita a evitare i viaggi non necessari in Bolivia.')).toEqual([]);
  });
});

describe('a country with a part cut out of it ("X outside the city of Y")', () => {
  it('GIVEN "Reconsider any travel within X outside the city of Y" WHEN classified THEN regional advice, no level', () => {
    expect(run('The U.S. Embassy in Niamey advises: Reconsider any travel within Niger outside the city of Niamey.')).toEqual(['NE/US/-/']);
  });

  it('GIVEN "Reconsider any travel to X" WHEN classified THEN level 3', () => {
    expect(run('The U.S. Embassy in Niamey advises: Reconsider any travel to Niger.')).toEqual(['NE/US/3/']);
  });

  it('GIVEN "except in emergencies" (a purpose, not a place) WHEN classified THEN the country level stands', () => {
    expect(run('The U.S. Embassy in Niamey advises: Do not travel to Niger except in emergencies.')).toEqual(['NE/US/4/']);
  });
});

describe('an evacuation requested, not carried out', () => {
  it('GIVEN "the embassy requested an evacuation of its staff" WHEN classified THEN no evacuation', () => {
    expect(run('The Canadian embassy in Lebanon requested an evacuation of its staff.')).toEqual([]);
  });

  it('GIVEN "citizens requesting repatriation may contact the embassy" (a service offered) WHEN classified THEN evacuation', () => {
    expect(run('Filipinos in Iraq requesting repatriation may contact the Philippine Embassy in Baghdad.')).toEqual(['IQ/PH/-/evacuation']);
  });
});

describe('an embassy\'s operations suspended, and a section of it closed', () => {
  it('GIVEN "to temporarily suspend our operations at the Embassy of X to Y" WHEN classified THEN embassy_suspended', () => {
    expect(run('Canada said it had no choice but to temporarily suspend our operations at the Embassy of Canada to Nicaragua, effective immediately.')).toEqual(['NI/CA/-/embassy_suspended']);
  });

  it('GIVEN "la section des visas et de l\'immigration de l\'ambassade … est fermée" WHEN classified THEN no embassy_suspended', () => {
    const text = "Le Canada exhorte ses ressortissants à quitter la Syrie. La section des visas et de l'immigration de l'ambassade du Canada à Damas est fermée.";
    expect(run(text)).toEqual(['SY/CA/-/leave_immediately']);
  });

  it('GIVEN the embassy itself closed WHEN classified THEN embassy_suspended', () => {
    const text = "Le Canada exhorte ses ressortissants à quitter la Syrie. L'ambassade du Canada à Damas est fermée.";
    expect(run(text)).toEqual(['SY/CA/-/embassy_suspended,leave_immediately']);
  });
});

describe('a call to go home at once ("rientrare in Italia", "rentrer en France")', () => {
  it('GIVEN "raccomandato ai connazionali in X (…) di organizzarsi tempestivamente per rientrare in Italia" WHEN classified THEN leave_immediately for X', () => {
    const text = 'La Farnesina ha raccomandato ai connazionali presenti in Bielorussia (turisti, studenti e simili) di organizzarsi tempestivamente per rientrare in Italia.';
    expect(run(text)).toEqual(['BY/IT/-/leave_immediately']);
  });

  it('GIVEN "invite les Français de passage au Liban à rentrer en France dès que possible" WHEN classified THEN leave_immediately', () => {
    expect(run("Le Quai d'Orsay invite les Français de passage au Liban à rentrer en France dès que possible.")).toEqual(['LB/FR/-/leave_immediately']);
  });

  it('GIVEN going home with no urgency WHEN classified THEN no call to leave', () => {
    expect(run('La Farnesina ha raccomandato ai connazionali in Bielorussia di rientrare in Italia.')).toEqual([]);
  });
});

describe('staying in a protected place (de/fr/it), and a bare German "Außenministerium"', () => {
  it('GIVEN "appellierte das Außenministerium an die deutschen Staatsangehörigen, an einem geschützten Ort zu bleiben" WHEN classified THEN DE shelter_in_place', () => {
    expect(run('An die deutschen Staatsangehörigen in Libyen appellierte das Außenministerium, vorläufig an einem geschützten Ort zu bleiben.')).toEqual(['LY/DE/-/shelter_in_place']);
  });

  it('GIVEN the Austrian ministry named by its seat WHEN classified THEN AT', () => {
    expect(run('Das Außenministerium in Wien rief die Österreicher in Libyen auf, an einem geschützten Ort zu bleiben.')).toEqual(['LY/AT/-/shelter_in_place']);
  });

  it('GIVEN "restez dans un lieu sûr" told by France WHEN classified THEN shelter_in_place', () => {
    expect(run('Le Quai d\'Orsay demande aux Français présents en Libye de rester dans un lieu sûr.')).toEqual(['LY/FR/-/shelter_in_place']);
  });
});

describe('a level for travellers to a list of countries named before it', () => {
  it('GIVEN "citizens traveling to A, B and C should exercise a high degree of caution" WHEN classified THEN each gets level 2', () => {
    expect(run('Canada said citizens traveling to Qatar, Oman and Kuwait should exercise a high degree of caution.')).toEqual(['KW/CA/2/', 'OM/CA/2/', 'QA/CA/2/']);
  });

  it('GIVEN a country of another clause before the travellers WHEN classified THEN only the listed one', () => {
    expect(run('Canada said citizens in Iraq, and those traveling to Oman should exercise a high degree of caution.')).toEqual(['OM/CA/2/']);
  });
});

describe('a second addressee and leave verb coordinated after a first call (French "et à tous les Français de partir de …")', () => {
  it('GIVEN "recommande à ses ressortissants au Liban de quitter sans délai le pays …, et à tous les Français de partir de Syrie" WHEN classified THEN both countries', () => {
    const text = "La France recommande à ses ressortissants de passage au Liban de quitter sans délai le pays en raison de la fermeture progressive de l'aéroport de Beyrouth et des routes, et à tous les Français de partir de Syrie par la route.";
    expect(run(text)).toEqual(['LB/FR/-/leave_immediately', 'SY/FR/-/leave_immediately']);
  });

  it('GIVEN "à partir de" (from a date) WHEN classified THEN no call to leave', () => {
    expect(run('La France recommande à ses ressortissants, à partir de lundi, de suivre les consignes des autorités en Syrie.')).toEqual([]);
  });
});

describe('advice said to be like the one just told, for another country', () => {
  it('GIVEN a level for X, then "we already had similar travel advice in place for Y" WHEN classified THEN Y gets the level', () => {
    const text = 'Ireland now advises against all travel to Lebanon. "We already had similar travel advice in place for Syria, and today we are extending it to Lebanon," the minister said.';
    expect(run(text)).toEqual(['LB/IE/4/', 'SY/IE/4/']);
  });

  it('GIVEN "no similar advice for Y" WHEN classified THEN Y gets nothing', () => {
    const text = 'Ireland now advises against all travel to Lebanon. There is no similar travel advice for Syria at present.';
    expect(run(text)).toEqual(['LB/IE/4/']);
  });
});

describe('an embassy closed on given dates right after the paragraph names a vacation', () => {
  it('GIVEN "government employees will be on vacation … The U.S. Embassy in X is closed to the public on April 2 and 3" WHEN classified THEN no suspension', () => {
    const text = 'Closures: The Ministry of Labor announced that all Bolivian government employees will be on vacation from Friday, March 30, and will return to work on Monday, April 9. The U.S. Embassy in La Paz is closed to the public on April 2 and 3.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN the same closure with a security cause WHEN classified THEN embassy_suspended', () => {
    const text = 'Closures: The Ministry of Labor announced that all Bolivian government employees will be on vacation from Friday, March 30. The U.S. Embassy in La Paz is closed to the public on April 2 and 3 due to the demonstrations.';
    expect(run(text)).toEqual(['BO/US/-/embassy_suspended']);
  });
});

describe('similar advice for another country given by another government', () => {
  it('GIVEN "Germany issued similar travel advice for Y" after Ireland\'s level for X WHEN classified THEN Ireland\'s level is not copied to Y', () => {
    const text = 'Ireland now advises against all travel to Lebanon. Germany issued similar travel advice for Syria on Monday.';
    expect(run(text).some((f) => f.startsWith('SY/IE/'))).toBe(false);
  });
});
