/**
 * Session 44: the top of a government's own numbered scale, named as the top ("Level 4, the highest in its four-tier
 * system"), and Korea's travel ban are the table's level 4; another government's "travel ban" (one on entry, a sanction)
 * is no advice at all. Then shapes of the new blind set's first contact (mixed74): governments that did the same told in
 * German and French, French calls and orders, levels told in words, Italian calls with no addressee. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('the top of a government\'s own scale, named as the top', () => {
  it('GIVEN Seoul raising its alert "to Level 4, the highest in the government\'s four-tier system" THEN level 4 and a raise', () => {
    expect(run('The foreign ministry in Seoul said it has raised the travel alert for Chad to Level 4, the highest in the government\'s four-tier travel advisory system.')).toEqual(['TD/KR/4/level_raised']);
  });

  it('GIVEN Tokyo raising its advice "to Level 4, the highest on its four-step scale" THEN level 4', () => {
    expect(run('Japan\'s Foreign Ministry raised its risk level for the whole of Mali to Level 4, the highest on its four-step scale.')).toEqual(['ML/JP/4/level_raised']);
  });

  it('GIVEN "The Level 4 travel advisory, the highest of the four-scale system" after a Korean ban on a country THEN level 4 for it', () => {
    expect(run('South Korea will impose a travel ban on Burkina Faso next month, the foreign ministry said. The Level 4 travel advisory, the highest of the four-scale system, will go into effect on Monday.')).toEqual(['BF/KR/4/']);
  });

  it('GIVEN Korea\'s Level 3 with no rank named THEN no level (its own scale)', () => {
    expect(run('The foreign ministry in Seoul raised the travel alert for Chad to Level 3.')).toEqual(['TD/KR/-/level_raised']);
  });

  it('GIVEN the Philippines\' "Alert Level 4, the highest" THEN no level (a repatriation scale)', () => {
    expect(run('The Department of Foreign Affairs raised Alert Level 4, the highest, over Sudan.').every((f) => f.split('/')[2] === '-')).toBe(true);
  });
});

describe('Korea\'s travel ban', () => {
  it('GIVEN "the travel ban will be extended for" a list of countries THEN level 4 for each', () => {
    expect(run('South Korea will extend its travel ban by six months, the foreign ministry said. The travel ban will be extended for Mali, Niger and Chad.')).toEqual(['ML/KR/4/', 'NE/KR/4/', 'TD/KR/4/']);
  });

  it('GIVEN the German "Reiseverbot für" of Korea\'s ministry THEN level 4', () => {
    expect(run('Das südkoreanische Außenministerium hat das Reiseverbot für Mali und Niger um sechs Monate verlängert.')).toEqual(['ML/KR/4/', 'NE/KR/4/']);
  });

  it('GIVEN a travel ban on parts of a country THEN no level for it', () => {
    expect(run('South Korea will keep its travel ban on parts of Mali, including the Kidal region, the foreign ministry said.').every((f) => f.split('/')[2] === '-')).toBe(true);
  });

  it('GIVEN another government\'s "travel ban on" a country (an entry ban) THEN nothing', () => {
    expect(run('The United States imposed a travel ban on Chad, Mali and Niger, barring their citizens from entering the country.')).toEqual([]);
  });

  it('GIVEN sanctions told as "travel bans on" officials THEN nothing', () => {
    expect(run('Britain imposed travel bans on Nicaraguan officials accused of repression.')).toEqual([]);
  });
});

describe('governments that did the same, in German and French', () => {
  it('GIVEN "Deutschland und Frankreich hatten dies bereits gestern getan, ebenso wie die USA" THEN the call for each', () => {
    expect(run('Zuletzt forderte Österreich seine Bürger zur umgehenden Ausreise aus Mali auf. Deutschland und Frankreich hatten dies bereits gestern getan, ebenso wie die USA vor einigen Tagen.')).toEqual(['ML/AT/-/leave_immediately', 'ML/DE/-/leave_immediately', 'ML/FR/-/leave_immediately', 'ML/US/-/leave_immediately']);
  });

  it('GIVEN "avaient adressé un même appel" after a call and an ordered departure THEN the call only', () => {
    expect(run('Les États-Unis avaient ordonné à leur personnel non essentiel de quitter le Niger et invité leurs ressortissants à partir immédiatement. La Belgique et l\'Espagne avaient adressé un même appel à leurs citoyens.')).toEqual(['NE/BE/-/leave_immediately', 'NE/ES/-/leave_immediately', 'NE/US/-/leave_immediately,ordered_departure']);
  });
});

describe('French calls, orders and levels', () => {
  it('GIVEN "ordonné à tout leur personnel non essentiel de quitter le Soudan" THEN an ordered departure', () => {
    expect(run('Les États-Unis ont ordonné à tout leur personnel non essentiel de quitter le Soudan.')).toEqual(['SD/US/-/ordered_departure']);
  });

  it('GIVEN "invité leurs ressortissants … d\'immédiatement partir" THEN a call to leave', () => {
    expect(run('Le Canada a invité ses ressortissants se trouvant au Soudan d\'immédiatement partir.')).toEqual(['SD/CA/-/leave_immediately']);
  });

  it('GIVEN "à partir de lundi" THEN no call', () => {
    expect(run('Le Canada a invité ses ressortissants au Soudan à la prudence à partir de lundi.')).toEqual([]);
  });

  it('GIVEN "déconseille également « formellement » tous les voyages vers" THEN level 4', () => {
    expect(run('Le Quai d\'Orsay déconseille également "formellement" tous les voyages vers le Niger.')).toEqual(['NE/FR/4/']);
  });

  it('GIVEN "sont formellement déconseillés dans tous les cas" THEN level 4 for the country of the subject', () => {
    expect(run('Les voyages individuels ou collectifs en Somalie sont formellement déconseillés dans tous les cas.')).toEqual(['SO/FR/4/']);
  });
});

describe('a change told with the levels in words', () => {
  it('GIVEN "revising it from level four to level three" THEN lowered, at 3', () => {
    expect(run('The State Department has revised its travel advisory for Nigeria, revising it from level four to level three.')).toEqual(['NG/US/3/level_lowered']);
  });
});

describe('the FCDO list item with its reason after the country', () => {
  it('GIVEN "advises against all but essential travel to: • the whole of X based on …" THEN level 3', () => {
    expect(run('The FCDO advises against all but essential travel to:\n\n• the whole of Tajikistan based on the current assessment of COVID-19 risks.')).toEqual(['TJ/GB/3/']);
  });
});

describe('Italian calls and embassies', () => {
  it('GIVEN "dopo «gli inviti formulati a lasciare il Paese»" THEN a call to leave', () => {
    expect(run('La Farnesina ha scritto ai connazionali in Libia. Nella mail è specificato che dopo «gli inviti formulati a lasciare il Paese» viene messo a disposizione un volo.').some((f) => f.startsWith('LY/IT/') && f.includes('leave_immediately'))).toBe(true);
  });

  it('GIVEN "evacuazione all\'ambasciata Usa a Kabul" THEN an evacuation by the United States, not by the country', () => {
    expect(run('Evacuazione all\'ambasciata Usa a Kabul.')).toEqual(['AF/US/-/evacuation']);
  });
});

describe('a German relative clause of people leaving', () => {
  it('GIVEN "alle Reisenden, die das Land verlassen, zu ermutigen" THEN no call', () => {
    expect(run('Die WHO hat Pakistan aufgefordert, alle Reisenden, die das Land verlassen, zu ermutigen, sich impfen zu lassen.')).toEqual([]);
  });

  it('GIVEN "fordert alle Deutschen, die sich in X aufhalten, auf, das Land umgehend zu verlassen" THEN the call stands', () => {
    expect(run('Das Auswärtige Amt fordert alle Deutschen, die sich in Mali aufhalten, auf, das Land umgehend zu verlassen.')).toEqual(['ML/DE/-/leave_immediately']);
  });
});

describe('parts of countries listed after a level\'s object', () => {
  it('GIVEN "all travel to Mali and Niger and parts of Burkina Faso" THEN level 4 for two and advice for parts of the third', () => {
    expect(run('The FCDO advises against all travel to Mali and Niger and parts of Burkina Faso.')).toEqual(['BF/GB/-/', 'ML/GB/4/', 'NE/GB/4/']);
  });

  it('GIVEN "sowie Teile der Philippinen" after a Korean travel ban list THEN advice with no level for the Philippines', () => {
    expect(run('Das Reiseverbot für Irak und Syrien sowie Teile der Philippinen gelte bis Januar, teilte das südkoreanische Ministerium mit.')).toEqual(['IQ/KR/4/', 'PH/KR/-/', 'SY/KR/4/']);
  });

  it('GIVEN "parts of" in another sentence THEN no finding for them', () => {
    expect(run('The FCDO advises against all travel to Mali. Fighting has spread to parts of Burkina Faso.')).toEqual(['ML/GB/4/']);
  });
});

describe('embassies in the plural, and a closure on one day', () => {
  it('GIVEN "haben ihre Botschaften in Sanaa geschlossen" THEN a closure for each government', () => {
    expect(run('Die USA, Frankreich und Italien haben ihre Botschaften in Sanaa geschlossen.')).toEqual(['YE/FR/-/embassy_suspended', 'YE/IT/-/embassy_suspended', 'YE/US/-/embassy_suspended']);
  });

  it('GIVEN "ont fermé leurs ambassades à Tripoli" THEN a closure for each', () => {
    expect(run('La Belgique et l\'Espagne ont fermé leurs ambassades à Tripoli.')).toEqual(['LY/BE/-/embassy_suspended', 'LY/ES/-/embassy_suspended']);
  });

  it('GIVEN "À ce jour, l\'ambassade … est fermée" (to date) THEN the closure stands', () => {
    expect(run('À ce jour, l\'ambassade de France à Bamako est fermée.')).toEqual(['ML/FR/-/embassy_suspended']);
  });

  it('GIVEN consulates "an diesem Tag für den Publikumsverkehr geschlossen" THEN no closure', () => {
    expect(run('Am Montag ist Feiertag. Die Deutsche Botschaft Dhaka und die Generalkonsulate sind an diesem Tag für den Publikumsverkehr geschlossen.')).toEqual([]);
  });
});
