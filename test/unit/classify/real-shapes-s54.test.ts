/**
 * Session 54: shapes from the blind sets. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('the place a flight took off from', () => {
  it('GIVEN "a flight took off from <capital>, with A and B also evacuating their nationals" THEN the capital\'s country is left', () => {
    expect(
      run('A third Canadian charter flight took off from Bamako on Monday bound for Dakar, with Spain and Belgium also evacuating their nationals.'),
    ).toEqual(expect.arrayContaining(['ML/BE/-/evacuation', 'ML/ES/-/evacuation']));
  });

  it('GIVEN "flights arriving from <city>" THEN that city is still no country left (guard)', () => {
    expect(run('Flights arriving from Dubai were delayed, with Spain and Belgium also evacuating their nationals from Mali.')).toEqual([
      'ML/BE/-/evacuation',
      'ML/ES/-/evacuation',
    ]);
  });
});

describe('the people moved, named by their nationality', () => {
  it('GIVEN "those evacuated included <demonym> engineers from … <country>" THEN the country left, not the demonym\'s', () => {
    expect(run("Spain's foreign ministry says those evacuated on Monday included two injured Japanese engineers from the UN base in Mali.")).toEqual([
      'ML/ES/-/evacuation',
    ]);
  });

  it('GIVEN the French "a évacué des ressortissants <demonym> de <city>" THEN the city\'s country', () => {
    expect(run('La Belgique a évacué des ressortissants néerlandais de Bamako.')).toEqual(['ML/BE/-/evacuation']);
  });

  it('GIVEN "leave Malian territory" THEN the demonym still names the country (guard)', () => {
    expect(run('The U.S. Embassy urges U.S. citizens to leave Malian territory immediately.')).toEqual(['ML/US/-/leave_immediately']);
  });
});

describe('German plural verbs of advice, and the subject after its verb', () => {
  it('GIVEN "Angesichts der Gewalt raten die USA von Reisen nach Bolivien ab" THEN the United States advise on Bolivia', () => {
    expect(run('Angesichts der Gewalt raten die USA von Reisen nach Bolivien ab.')).toEqual(['BO/US/-/']);
  });

  it('GIVEN "Wegen der Unruhen empfehlen die Niederlande ihren Bürgern, Mali zu verlassen" THEN a call to leave from the Netherlands', () => {
    expect(run('Wegen der Unruhen empfehlen die Niederlande ihren Bürgern, Mali zu verlassen.')).toEqual(['ML/NL/-/leave_immediately']);
  });

  it('GIVEN "Die USA fordern ihre Staatsbürger auf, Mali zu verlassen" THEN a call to leave', () => {
    expect(run('Die USA fordern ihre Staatsbürger auf, Mali zu verlassen.')).toEqual(['ML/US/-/leave_immediately']);
  });

  it('GIVEN "Frankreich und Belgien rufen ihre Bürger auf, Mali umgehend zu verlassen" THEN both call on their citizens', () => {
    expect(run('Frankreich und Belgien rufen ihre Bürger auf, Mali umgehend zu verlassen.')).toEqual(['ML/BE/-/leave_immediately', 'ML/FR/-/leave_immediately']);
  });

  it('GIVEN "Die Behörden bitten die Bewohner, ihre Häuser nicht zu verlassen" THEN no call to leave (guard)', () => {
    expect(run('In Bamako bitten die Behörden die Bewohner, ihre Häuser nicht zu verlassen.')).not.toContainEqual(expect.stringContaining('leave_immediately'));
  });
});

describe('German partial travel warnings and warnings whose verb ends the clause', () => {
  const AA = 'Das Auswärtige Amt hat seine Reise- und Sicherheitshinweise aktualisiert.';

  it('GIVEN "Teilreisewarnungen für A, B und C" beside another country\'s warning THEN advice with no level for each of them', () => {
    const r = run(`${AA} Für Niger gilt eine Reisewarnung. Darüber hinaus gelten Teilreisewarnungen für Mali, Tschad und Nigeria.`);
    expect(r).toEqual(['ML/DE/-/', 'NE/DE/4/', 'NG/DE/-/', 'TD/DE/-/']);
  });

  it('GIVEN "dass für A eine allgemeine Reisewarnung besteht, während für B lediglich eine Teilreisewarnung gilt" THEN level 4 for A, advice for B', () => {
    expect(run(`${AA} Es teilt mit, dass für Niger eine allgemeine Reisewarnung besteht, während für Mali lediglich eine Teilreisewarnung gilt.`)).toEqual([
      'ML/DE/-/',
      'NE/DE/4/',
    ]);
  });

  it('GIVEN "A erhält eine Reisewarnung mit der Aufforderung zur Ausreise für deutsche Staatsbürger" THEN level 4 and a call to leave from Germany', () => {
    expect(run('Niger erhält eine Reisewarnung mit der Aufforderung zur Ausreise für deutsche Staatsbürger.')).toEqual(['NE/DE/4/leave_immediately']);
  });

  it('GIVEN "eine Reisewarnung besteht weiterhin nur für die abtrünnigen Gebiete" THEN no level for the country (guard)', () => {
    expect(run(`${AA} Für Georgien besteht keine Änderung: Eine Reisewarnung besteht weiterhin nur für die abtrünnigen Gebiete Abchasien und Südossetien.`)).not.toContainEqual('GE/DE/4/');
  });
});

describe('"there" after a sentence that opens on a region', () => {
  it('GIVEN "Le <région> … constitue une zone dangereuse. … Il est formellement déconseillé de s\'y rendre" THEN advice for a part, no level', () => {
    const r = run("La région de Kidal constitue une zone dangereuse. La protection consulaire ne peut y être assurée. Il est dès lors formellement déconseillé de s'y rendre.");
    expect(r).not.toContainEqual(expect.stringMatching(/\/4\//));
  });

  it('GIVEN "Le Mali constitue une zone dangereuse. Il est formellement déconseillé de s\'y rendre" THEN level 4 for the country (guard)', () => {
    expect(run("Le Mali constitue une zone dangereuse. Il est dès lors formellement déconseillé de s'y rendre.")).toEqual(['ML/FR/4/']);
  });
});

describe("Moldova's foreign ministry by its full name", () => {
  it('GIVEN "Il Ministero degli Affari Esteri e dell\'Integrazione Europea raccomanda di astenersi dai viaggi non essenziali in Ucraina" THEN Moldova\'s advice', () => {
    expect(run("Il Ministero degli Affari Esteri e dell'Integrazione Europea raccomanda di astenersi dai viaggi non essenziali in Ucraina.")).toEqual(['UA/MD/3/']);
  });

  it('GIVEN "Il Ministero degli Affari Esteri raccomanda …" THEN still Italy\'s (guard)', () => {
    expect(run('Il Ministero degli Affari Esteri raccomanda di astenersi dai viaggi non essenziali in Ucraina.')).toEqual(['UA/IT/3/']);
  });
});

describe('a government that evacuates its non-essential embassy staff', () => {
  // (session 57: also an evacuation — "a government evacuates … its staff"; three blind documents labelled it so)
  it('GIVEN "India has evacuated all non-essential staff and their families from its embassy in A" THEN an ordered departure and an evacuation', () => {
    expect(run('Spain has evacuated all non-essential staff and their families from its embassy in Mali, officials said.')).toEqual(['ML/ES/-/evacuation,ordered_departure']);
  });

  it('GIVEN a company that evacuated its non-essential staff THEN nothing (guard)', () => {
    expect(run('The mining company evacuated all non-essential staff from its site in Mali.')).toEqual([]);
  });
});

describe('a government that seals its borders and the owners of the parts advised against', () => {
  it('GIVEN "A sealed all land border crossings while urging its citizens to leave B" THEN A calls on its citizens to leave B', () => {
    expect(run('Senegal sealed all land border crossings while urging its citizens to leave Mali.')).toEqual(['ML/SN/-/leave_immediately']);
  });

  it('GIVEN "A sealed its border with B" THEN nothing (guard)', () => {
    expect(run('Senegal sealed its border with Mali.')).toEqual([]);
  });

  it('GIVEN "told to reconsider travel to certain regions of A and B" beside other advice THEN regional advice for both', () => {
    const r = run('Smartraveller raised its advice for Niger to Do not travel. Australians have been told to reconsider travel to certain regions of Mali and Chad.');
    expect(r).toEqual(['ML/AU/-/', 'NE/AU/4/level_raised', 'TD/AU/-/']);
  });
});

describe('advice to defer or postpone travel, with no step named', () => {
  it('GIVEN "has suggested residents to defer journey to A till the situation stabilises" THEN advice with no level', () => {
    expect(run('The Spanish foreign ministry has suggested residents to defer journey to Mali till the situation stabilises.')).toEqual(['ML/ES/-/']);
  });

  it('GIVEN "advised citizens to postpone their trips to A" THEN advice with no level', () => {
    expect(run('Spain advised citizens to postpone their trips to Mali.')).toEqual(['ML/ES/-/']);
  });

  it('GIVEN "defer all travel to A" THEN still level 4 (guard)', () => {
    expect(run('Spain advised citizens to defer all travel to Mali.')).toEqual(['ML/ES/4/']);
  });

  it('GIVEN "postpone visits to government offices" THEN no advice for the country (guard)', () => {
    expect(run('The U.S. Embassy advised those in Mali to postpone visits to government offices and markets.')).toEqual([]);
  });
});

describe('German inverted order with "zuvor"', () => {
  it('GIVEN "hatten zuvor bereits unter anderem die USA, Großbritannien und Dänemark ihre Staatsbürger zur Ausreise aufgefordert" THEN each of them', () => {
    const r = run('Nach den Warnungen hatten zuvor bereits unter anderem die USA, Großbritannien und Dänemark ihre Staatsbürger zur Ausreise aus Mali aufgefordert.');
    expect(r).toEqual(['ML/DK/-/leave_immediately', 'ML/GB/-/leave_immediately', 'ML/US/-/leave_immediately']);
  });
});

describe('French wordings of the all-but-essential step and of staying in one\'s lodging', () => {
  it('GIVEN "La Grande-Bretagne se prononce contre tout voyage autre qu\'essentiel au Mali" THEN level 3 from Britain', () => {
    expect(run("La Grande-Bretagne se prononce contre tout voyage autre qu'essentiel au Mali jusqu'à nouvel ordre.")).toEqual(['ML/GB/3/']);
  });

  it('GIVEN "déconseille tout voyage autre qu\'essentiel" THEN level 3, not 4', () => {
    expect(run("Le Royaume-Uni déconseille tout voyage autre qu'essentiel au Mali.")).toEqual(['ML/GB/3/']);
  });

  it('GIVEN "déconseille tout voyage au Mali" THEN still level 4 (guard)', () => {
    expect(run('La France déconseille tout voyage au Mali.')).toEqual(['ML/FR/4/']);
  });

  it('GIVEN "recommande de ne pas voyager au Mali, « à moins d\'une nécessité impérieuse »" THEN level 3', () => {
    expect(run("L'Espagne recommande de ne pas voyager au Mali, « à moins d'une nécessité impérieuse »."))
      .toEqual(['ML/ES/3/']);
  });

  it('GIVEN "advised its citizens not to travel to A unless absolutely necessary" THEN level 3', () => {
    expect(run('Spain advised its citizens not to travel to Mali unless absolutely necessary.')).toEqual(['ML/ES/3/']);
  });

  it('GIVEN "Les voyageurs au Mali devraient rester dans leurs logements", said a ministry THEN shelter in place', () => {
    expect(run('« Les voyageurs au Mali devraient rester dans leurs logements et ne pas sortir », ajoute le ministère britannique des Affaires étrangères.')).toEqual([
      'ML/GB/-/shelter_in_place',
    ]);
  });
});

describe('what is advised against is not always travel to the country', () => {
  it('GIVEN "Toute tentative est formellement déconseillée" (of crossing a border) THEN no level 4', () => {
    expect(run("La frontière avec le Niger est fermée. Toute tentative de la franchir depuis le Mali est formellement déconseillée.")).not.toContainEqual(expect.stringMatching(/\/4\//));
  });

  it('GIVEN "Tout déplacement au Mali est formellement déconseillé" THEN level 4 (guard)', () => {
    expect(run('Tout déplacement au Mali est formellement déconseillé.')).toEqual(['ML/FR/4/']);
  });

  it('GIVEN "a reminder for U.S. citizens to elevate your level of security awareness" THEN no level raised', () => {
    expect(run('The U.S. Embassy in Bamako reminds U.S. citizens in Mali to elevate your level of security awareness.')).toEqual([]);
  });
});

describe('a call to leave the areas just named, and a paraphrased high degree of caution', () => {
  const AREAS = 'Canada advises against all travel to the regions of Mopti and Kidal.';

  it('GIVEN "Canadians currently present in these areas are encouraged to depart immediately" THEN no call to leave the country', () => {
    expect(run(`${AREAS} Canadians currently present in these areas are encouraged to depart immediately.`)).toEqual(['ML/CA/-/']);
  });

  it('GIVEN "Canadians currently present in these areas are urged to leave" THEN no call to leave the country', () => {
    expect(run(`${AREAS} Canadians currently present in these areas are urged to leave.`)).toEqual(['ML/CA/-/']);
  });

  it('GIVEN "Canadians in Mali are urged to leave immediately" THEN a call to leave (guard)', () => {
    expect(run('Canadians in Mali are urged to leave immediately.')).toEqual(['ML/CA/-/leave_immediately']);
  });

  it('GIVEN "Canada advises travellers to exercise a high level of caution while in A" THEN level 2', () => {
    expect(run('Canada advises travellers to exercise a high level of caution while in Mali.')).toEqual(['ML/CA/2/']);
  });
});

describe('those told named by a worry of theirs', () => {
  it('GIVEN "anyone concerned for their safety should leave A or stay indoors" THEN neither a call to leave nor shelter', () => {
    const r = run('DFAT raised its travel warning for Mali to the highest level. The department said anyone concerned for their safety should leave Mali or stay indoors and avoid all rallies and public demonstrations.');
    expect(r).toEqual(['ML/AU/4/level_raised']);
  });

  it('GIVEN "Australians in A should stay indoors" THEN shelter (guard)', () => {
    expect(run('DFAT said Australians in Mali should stay indoors.')).toEqual(['ML/AU/-/shelter_in_place']);
  });
});

describe("the State Department's old Travel Warning wording", () => {
  it('GIVEN "The Department of State warns U.S. citizens of the risks of traveling to A" THEN advice with no level', () => {
    expect(run('The Department of State warns U.S. citizens of the risks of traveling to Mali, and urges caution when traveling in that country.')).toEqual(['ML/US/-/']);
  });

  it('GIVEN "warns U.S. citizens of the risks of traveling to A" alone THEN advice with no level', () => {
    expect(run('The Department of State warns U.S. citizens of the risks of traveling to Mali.')).toEqual(['ML/US/-/']);
  });

  it('GIVEN "warned of the risks of travelling by road at night" THEN nothing (guard)', () => {
    expect(run('The embassy warned of the risks of travelling by road at night.')).toEqual([]);
  });
});

describe('French advice against travel with an adverb, or "à proscrire"', () => {
  it('GIVEN "le SPF Affaires étrangères déconseille fortement aux voyageurs de se rendre en A" THEN advice with no level from Belgium', () => {
    expect(run('Le SPF Affaires étrangères déconseille fortement aux voyageurs de se rendre au Mali.')).toEqual(['ML/BE/-/']);
  });

  it('GIVEN "les voyages touristiques au Mali sont à proscrire totalement" THEN advice with no level', () => {
    expect(run("Le Quai d'Orsay rappelle que les voyages touristiques au Mali sont à proscrire totalement.")).toEqual(['ML/FR/-/']);
  });
});

describe('an updated warning on travel', () => {
  it('GIVEN "has updated warning on non-essential travel to A" THEN advice with no level', () => {
    expect(run('The U.S. Department of State has updated warning on non-essential travel to Mali.')).toEqual(['ML/US/-/']);
  });

  it('GIVEN "issued a weather warning about travel on the roads" THEN nothing (guard)', () => {
    expect(run('Forecasters issued a warning about travel on the roads near Bamako.')).toEqual([]);
  });
});

describe('a level whose object is listed on the lines after it', () => {
  it('GIVEN "… advise against all but essential travel to" then bullet lines of areas THEN advice for parts, no level', () => {
    const r = run('The Travel Advice now reads:\n\nThe Foreign Office advise against all but essential travel to\n\n• areas within 60km of the Mali-Niger border\n\n• the Kidal region');
    expect(r).toEqual(['ML/GB/-/']);
  });

  it('GIVEN "… advise against all travel to" then "• Mali" THEN level 4 for the country (guard)', () => {
    const r = run('The Foreign Office advise against all travel to\n\n• Mali');
    expect(r).toEqual(['ML/GB/4/']);
  });
});

describe('advice downgraded to avoid travel "elsewhere unless essential"', () => {
  it('GIVEN "still urging nationals not to go to the areas bordering A and B, it has downgraded guidance to avoid travel elsewhere unless it is \'essential\'" THEN level 3 lowered for the topic', () => {
    const r = run('Britons are no longer being warned against all travel to Mali. But while the Foreign Office is still urging UK nationals not to go to the areas bordering Niger and Algeria, it has downgraded guidance to avoid travel elsewhere unless it is "essential".');
    expect(r).toEqual(['ML/GB/3/level_lowered']);
  });
});

describe("New Zealand's 'tourist and other non-essential travel' and an order of a further drawdown", () => {
  it('GIVEN "we advise against all tourist and other non-essential travel" elsewhere in A THEN level 3', () => {
    expect(run('There is high risk to your security elsewhere in Mali and SafeTravel advises against all tourist and other non-essential travel due to the threat of terrorism.')).toEqual(['ML/NZ/3/']);
  });

  it('GIVEN "the decision to order a further drawdown of personnel" THEN an ordered departure', () => {
    expect(run('The U.S. Embassy in Bamako said the decision to order a further drawdown of personnel was due to a deteriorating security situation.')).toEqual(['ML/US/-/ordered_departure']);
  });
});

describe('advice named as the place something was said', () => {
  it('GIVEN "A is at the highest level of threat to travelers, the State Department said in an updated travel advisory" THEN advice with no level', () => {
    expect(run('Mali is at the highest level of threat to travelers, the U.S. State Department said Tuesday in an updated travel advisory that cites terrorism.')).toEqual(['ML/US/-/']);
  });
});

describe("a headline's infinitive that the body never tells done", () => {
  const body = 'The State Department announced Tuesday it is suspending normal operations at the U.S. Embassy in Mali. On Wednesday, the embassy will provide options to travellers, its account said. Americans in Mali are advised to "depart immediately," the embassy said. The curfew remains in force.';

  it('GIVEN the headline "US to evacuate Mali embassy" over a body with no evacuation THEN no evacuation', () => {
    expect(run(`US to evacuate Mali embassy, issues travel warning\n\n${body}`)).not.toContainEqual(expect.stringContaining('evacuation'));
  });

  it('GIVEN the headline "US evacuates Mali embassy" THEN the evacuation stands (guard)', () => {
    expect(run(`US evacuates Mali embassy, issues travel warning\n\n${body}`)).toContainEqual(expect.stringContaining('evacuation'));
  });
});

describe('an evacuation said not to be possible for now', () => {
  it('GIVEN "it is not currently safe to undertake a U.S. government-coordinated evacuation of private U.S. citizens" THEN no evacuation', () => {
    expect(run('Due to the closure of the airport in Bamako, it is not currently safe to undertake a U.S. government-coordinated evacuation of private U.S. citizens.')).toEqual([]);
  });

  it('GIVEN "the Department has undertaken a government-coordinated evacuation of U.S. citizens from A" THEN an evacuation (guard)', () => {
    expect(run('The Department of State has undertaken a government-coordinated evacuation of U.S. citizens from Mali.')).toEqual(['ML/US/-/evacuation']);
  });
});

describe('embassy workers and their families ordered out', () => {
  it('GIVEN "ordered all workers and their families at its embassy in A to leave the country" THEN an ordered departure, no call on citizens', () => {
    expect(run('The US State Department has ordered all workers and their families at its embassy in Mali to leave the country.')).toEqual(['ML/US/-/ordered_departure']);
  });

  it('GIVEN "urged American citizens and their families to leave A immediately" THEN a call to leave (guard)', () => {
    expect(run('The State Department urged American citizens and their families to leave Mali immediately.')).toEqual(['ML/US/-/leave_immediately']);
  });
});

describe('a German call to leave parts of the country', () => {
  it('GIVEN "ruft … zur sofortigen Ausreise aus folgenden Landesteilen des Irak auf" THEN no call to leave the country', () => {
    expect(run('Das Auswärtige Amt ruft angesichts der aktuellen Lage weiterhin zur sofortigen Ausreise aus folgenden Landesteilen Malis auf:')).not.toContainEqual(
      expect.stringContaining('leave_immediately'),
    );
  });

  it('GIVEN "ruft zur sofortigen Ausreise aus Mali auf" THEN a call to leave (guard)', () => {
    expect(run('Das Auswärtige Amt ruft zur sofortigen Ausreise aus Mali auf.')).toEqual(['ML/DE/-/leave_immediately']);
  });
});
