/**
 * Blind batch ac: general causes of its misses, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a German Reisewarnung negated at the end of the clause', () => {
  it('GIVEN "Eine Reisewarnung für X hat das Auswärtige Amt nicht ausgesprochen" WHEN classified THEN no level', () => {
    expect(run('Die Proteste in Usbekistan dauern an. Eine Reisewarnung für Usbekistan hat das Auswärtige Amt bislang nicht ausgesprochen.')).toEqual([]);
  });

  it('GIVEN "rät in seinen Hinweisen weiterhin von Reisen in … ab" (words between verb and object) WHEN classified THEN advice with no level', () => {
    expect(run('Usbekistan: Das Auswärtige Amt rät in seinen aktuellen Hinweisen allerdings weiterhin von Reisen in die Grenzgebiete zu Afghanistan ab.')).toEqual(['UZ/DE/-/']);
  });
});

describe('a sentence that opens on a part of the country before its level', () => {
  it('GIVEN "For the northern provinces of X the colour code is red: do not travel there" WHEN classified THEN no country level', () => {
    expect(run('The Netherlands gives Mozambique the colour yellow. For the northern provinces of Mozambique the colour code is red: do not travel there.')).not.toContain('MZ/-/4/');
  });
});

describe('a heading that gives an area its level ("X province (…) - Avoid all travel")', () => {
  it('GIVEN the country heading at level 2 and a province heading at level 4 WHEN classified THEN the country level stays 2', () => {
    expect(run('Canada advises: Mozambique - Exercise a high degree of caution. Cabo Delgado province (northern Mozambique) - Avoid all travel.')).toEqual(['MZ/CA/2/']);
  });
});

describe('a level named as the list of areas under it', () => {
  it('GIVEN "the areas listed under Do Not Travel" below a Level 2 heading WHEN classified THEN the country stays at 2', () => {
    const html = [
      '<p><b>Honduras - Level 2: Exercise Increased Caution</b></p>',
      '<p>Exercise increased caution in Honduras due to crime.</p>',
      '<p><b>Do Not Travel to:</b></p>',
      '<ul><li>Gracias a Dios department due to crime.</li></ul>',
      '<p>Gangs are active across Honduras, and the police are stretched.</p>',
      '<p>Embassy staff are barred from visiting the areas listed under Do Not Travel, and from driving at night outside Tegucigalpa.</p>',
      '<p>The update removed Olancho department from the Do Not Travel list.</p>',
    ].join('\n');
    expect(run(html, 'html')).toEqual(['HN/US/2/']);
  });
});

describe('a section heading that names only places the gazetteer does not know', () => {
  it('GIVEN "Xalo and Umbeni – Level 4: Do Not Travel" after a country heading at Level 3 WHEN classified THEN the country stays at 3', () => {
    expect(run('Zambia - Level 3: Reconsider Travel\n\nReconsider travel to Zambia due to crime.\n\nXalo and Umbeni – Level 4: Do Not Travel\n\nBandits attack buses on the roads there.')).toEqual(['ZM/US/3/']);
  });
});

describe('a page\'s "Nearby destinations" links', () => {
  it('GIVEN a "Nearby destinations" list of neighbours with their levels WHEN classified THEN only the page\'s own country', () => {
    const text = [
      'Smartraveller: Chad',
      'We continue to advise reconsider your need to travel to Chad overall due to the threat of terrorism.',
      'Nearby destinations',
      'Niger – Do not travel',
      'Cameroon – Reconsider your need to travel',
      'Libya – Do not travel',
    ].join('\n\n');
    expect(run(text)).toEqual(['TD/AU/3/']);
  });
});

describe('an earlier level given this year, told in a dated pluperfect', () => {
  it('GIVEN "had earlier advised … non-essential travel … on 3 March 2025" after a call to defer all travel WHEN classified THEN level_raised', () => {
    expect(run('Singaporeans are advised to defer all travel to Haiti. The Ministry of Foreign Affairs had earlier advised Singaporeans to defer all non-essential travel to Haiti on 3 March 2025.')).toEqual(['HT/SG/4/level_raised']);
  });

  it('GIVEN the earlier advice dated in an older year WHEN classified THEN no level_raised', () => {
    expect(run('Singaporeans are advised to defer all travel to Haiti in 2025. The Ministry of Foreign Affairs had advised Singaporeans to defer all non-essential travel to Haiti in March 2019.')).toEqual(['HT/SG/4/']);
  });
});

describe('an ordered departure that upgrades an authorized one, with "over" as a preposition later', () => {
  it('GIVEN "ordered … to leave X, upgrading an authorized departure …, as protests over fuel prices grew" WHEN classified THEN ordered_departure only', () => {
    expect(run('The United States on Friday ordered non-emergency embassy staff and their families to leave Guinea, upgrading an authorized departure issued on Monday, as protests over fuel prices grew.')).toEqual(['GN/US/-/ordered_departure']);
  });

  it('GIVEN "the authorized departure is over" WHEN classified THEN departure_lifted', () => {
    expect(run('The State Department said the authorized departure from Guinea is now over.')).toEqual(['GN/US/-/departure_lifted']);
  });
});

describe('an authorized departure the same sentence says was lifted', () => {
  it('GIVEN "authorized the departure of …; that authorization was lifted in May" WHEN classified THEN no authorized_departure', () => {
    expect(run('The strikes recall the crisis of April 2021, when the U.S. Embassy in Conakry authorized the departure of non-emergency personnel from Guinea; that authorization was lifted in May 2021 and the embassy is watching events this time.')).not.toContain('GN/US/-/authorized_departure');
  });
});
