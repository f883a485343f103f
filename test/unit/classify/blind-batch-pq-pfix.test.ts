/**
 * Misses of blind batches p and q worked on by pfix: general causes, each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a dated closure that the next sentence says still lasts', () => {
  it('GIVEN "closed in 2014. It remains closed" in a 2025 text WHEN classified THEN embassy_suspended', () => {
    const text = 'Travel advisory for Libya, updated 14 May 2025. The British Embassy in Tripoli closed in 2014. It remains closed and the UK cannot provide help.';
    expect(run(text)).toEqual(['LY/GB/-/embassy_suspended']);
  });

  it('GIVEN the French "a été fermée en 2014. Elle reste fermée" WHEN classified THEN embassy_suspended', () => {
    const text = "Conseils aux voyageurs, mise à jour le 3 avril 2025. L'ambassade de France à Tripoli a été fermée en 2014. Elle reste fermée à ce jour.";
    expect(run(text)).toEqual(['LY/FR/-/embassy_suspended']);
  });

  it('GIVEN "closed in 2014. It remains unclear when…" WHEN classified THEN the dated closure stays past', () => {
    const text = 'Travel advisory for Libya, updated 14 May 2025. The British Embassy in Tripoli closed in 2014. It remains unclear when it will reopen.';
    expect(run(text)).toEqual([]);
  });
});

describe('a level whose gloss in parentheses ends on the colon of a list of regions', () => {
  it('GIVEN a country-wide level then "formellement déconseillées (zone rouge) :" and provinces WHEN classified THEN the country-wide level stands', () => {
    const text = 'Le ministère des Affaires étrangères français actualise ses conseils pour le Mali. Le Mali dans son ensemble est déconseillé sauf raison impérative. Sont également formellement déconseillées (zone rouge) : les régions de Kidal, de Gao et de Tombouctou.';
    expect(run(text)).toEqual(['ML/FR/3/']);
  });

  it('GIVEN the English "advises against all travel (red zone): the northern regions" WHEN classified THEN no country-wide level', () => {
    expect(run('The Foreign Office advises against all travel (red zone): the northern regions of Mali.')).toEqual(['ML/GB/-/']);
  });
});

describe('a preposition before the object of a level read as a whole word', () => {
  it('GIVEN the Italian euphonic "ad" ("a qualsiasi titolo ad Haiti") WHEN classified THEN the country-wide level', () => {
    expect(run("L'Unità di Crisi della Farnesina sconsiglia i viaggi a qualsiasi titolo ad Haiti.")).toEqual(['HT/IT/4/']);
  });

  it('GIVEN "against all travel into Haiti" WHEN classified THEN "in" is not cut off "into"', () => {
    expect(run('The FCDO advises against all travel into Haiti.')).toEqual(['HT/GB/4/']);
  });

  it('GIVEN "ad alcune zone" (a part) WHEN classified THEN no country-wide level', () => {
    expect(run("La Farnesina sconsiglia i viaggi a qualsiasi titolo ad alcune zone dell'Ecuador.")).toEqual(['EC/IT/-/']);
  });
});

describe('a French "tous les voyages … sont déconseillés" whose subject names a long list of places', () => {
  it('GIVEN three provinces between "tous les voyages vers" and "sont déconseillés" WHEN classified THEN regional advice', () => {
    const text = "Pour la RDC, le SPF Affaires étrangères l'écrit désormais : « Tous les voyages vers les provinces du Haut-Uele, du Bas-Uele et du Tanganyika sont déconseillés ».";
    expect(run(text)).toEqual(['CD/BE/-/']);
  });

  it('GIVEN a long country name between them WHEN classified THEN the country-wide level', () => {
    expect(run('Selon le SPF Affaires étrangères, tous les voyages à destination de la République centrafricaine sont désormais déconseillés.')).toEqual(['CF/BE/4/']);
  });

  it('GIVEN "mais" between them WHEN classified THEN no level (the border zones\' advice is a region\'s)', () => {
    expect(run('Selon le SPF Affaires étrangères, tous les voyages vers la République centrafricaine restent possibles, mais les zones frontalières sont déconseillées.')).toEqual(['CF/BE/-/']);
  });
});

describe('an official denial denies its own kind of report', () => {
  it('GIVEN reported buses for citizens and a consulate "operating normally" WHEN classified THEN the evacuation stands', () => {
    const text =
      'India sends buses to bring its citizens home from eastern Congo\n\nIndia has arranged buses to bring 300 of its nationals out of the Democratic Republic of Congo, state media reported on Friday. The Indian consulate in Goma is operating normally, a spokesperson said.';
    expect(run(text)).toEqual(['CD/IN/-/evacuation']);
  });

  it('GIVEN a reported closure and "the embassy remains open" WHEN classified THEN no closure', () => {
    const text = 'Reports say Italy closed its embassy in Niger\n\nSocial media accounts reported that Italy had closed its embassy in Niamey. The embassy remains open, the Farnesina said.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN reported evacuations by embassies and "embassy operations are normal" WHEN classified THEN no evacuation', () => {
    const text =
      'Messages circulating on WhatsApp claimed that Western embassies in Chad were evacuating their diplomats. "Embassy operations are normal," a U.S. Embassy spokesperson in N\'Djamena said.';
    expect(run(text)).toEqual([]);
  });
});

describe('a headline that names the place left on the way out as the place evacuated from', () => {
  it('GIVEN the body says evacuees crossed into Djibouti WHEN the headline says "flies nationals home from Djibouti" THEN no finding for Djibouti', () => {
    const text =
      'Japan raises its advice for Ethiopia, flies nationals home from Djibouti\n\nJapan on Saturday urged its nationals in Ethiopia to leave the country immediately. An Air Self-Defense Force plane flew 45 Japanese citizens home from Djibouti on Sunday, after they crossed into Djibouti by road on buses arranged by the embassy in Addis Ababa.';
    expect(run(text)).toEqual(['ET/JP/-/evacuation,leave_immediately,level_raised']);
  });
});

describe('a leave verb governed by "help" or "assist"', () => {
  it('GIVEN "should not rely on the Government of Australia to help you leave the country" WHEN classified THEN no call to leave', () => {
    expect(run('Do not travel to Sudan. You should not rely on the Government of Australia to help you leave the country.')).toEqual(['SD/AU/4/']);
  });

  it('GIVEN a call to leave followed by an offer of help WHEN classified THEN the call stands', () => {
    expect(run('Canada urges Canadians in Niger to leave the country now; the embassy can help you leave.')).toEqual(['NE/CA/-/leave_immediately']);
  });
});

describe('a French demonym adjective in "-ais" after a noun of land', () => {
  it('GIVEN "l\'ensemble du territoire libanais" and a consular desk in Cyprus WHEN classified THEN Lebanon is the subject, France the issuer', () => {
    const text =
      "Liban\n\nConseils aux voyageurs. L'ensemble du territoire libanais est formellement déconseillé. Les ressortissants français sont invités à quitter le pays sans délai. Une permanence consulaire est assurée depuis l'ambassade de France à Chypre, à Nicosie.";
    expect(run(text)).toEqual(['LB/FR/4/leave_immediately']);
  });

  it('GIVEN "Djouba" (Juba in French) WHEN classified THEN South Sudan', () => {
    expect(run("L'ambassade de France à Djouba a temporairement suspendu ses activités.")).toEqual(['SS/FR/-/embassy_suspended']);
  });
});

describe('an official page speaking of its own advice in the first person', () => {
  it('GIVEN "Our travel advice … remains" after a sentence about another government\'s aid WHEN classified THEN the page\'s own government gives the level', () => {
    const text =
      "Update for Australians in Tonga – Smartraveller\n\nThe Australian Government is arranging assisted departure flights from Nuku'alofa for Australians. Japan has sent a ship with drinking water and tents. Our travel advice for Tonga remains: exercise a high degree of caution in Tonga overall.";
    expect(run(text)).toEqual(['TO/AU/2/evacuation']);
  });

  it('GIVEN a news article quoting "We advise" after naming its government WHEN classified THEN the quoted government stays the issuer', () => {
    const text =
      'Germany updates Tonga advice after the eruption\n\nBerlin\'s foreign office said on Monday that Germans in Tonga should exercise a high degree of caution. "We advise against all travel to Tonga," a spokesman added.';
    expect(run(text)).toEqual(['TO/DE/4/']);
  });
});
