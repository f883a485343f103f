/**
 * Session 41: advice for a country "outside" its capital, an Italian update "per chi intende recarsi", the level of a section of
 * an advisory, "all travel … except for essential travel", and a government compared at a clause's end ("as did Switzerland").
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('advice for "the country" with a part cut out of it is regional', () => {
  it('GIVEN "reporter tout déplacement non essentiel dans le pays en dehors de Quito" THEN no level', () => {
    expect(run('Nous appelons les Français à reporter tout déplacement non essentiel dans le pays en dehors de Quito.')).toEqual(['EC/FR/-/']);
  });

  it('GIVEN "all non-essential travel to the country outside Kabul" THEN no level', () => {
    expect(run('The Foreign Office advises against all non-essential travel to the country outside Kabul.')).toEqual(['AF/GB/-/']);
  });

  it('GIVEN "all non-essential travel to Bolivia" THEN level 3 (guard)', () => {
    expect(run('The Foreign Office advises against all non-essential travel to Bolivia.')).toEqual(['BO/GB/3/']);
  });
});

describe('an Italian update of advice for those going to a country', () => {
  it('GIVEN "ha aggiornato le proprie raccomandazioni per chi intende recarsi in Nicaragua" THEN a finding with no level', () => {
    expect(run('La Farnesina ha aggiornato le proprie raccomandazioni per chi intende recarsi in Nicaragua.')).toEqual(['NI/IT/-/']);
  });
});

describe('a level that names a section of an advisory', () => {
  it('GIVEN a Level 2 advisory and "Within the Level 4 Travel Advisory section" THEN level 2', () => {
    expect(run('The State Department reissued its Level 2 travel advisory for Honduras. Within the Level 4 Travel Advisory section, the department named Gracias a Dios.')).toEqual(['HN/US/2/']);
  });

  it('GIVEN "placed Honduras at Level 4" THEN level 4 (guard)', () => {
    expect(run('The State Department placed Honduras at Level 4.')).toEqual(['HN/US/4/']);
  });
});

describe('all travel except essential travel is the all-but-essential step', () => {
  it('GIVEN "advised against all travel to Tunisia except for essential travel" THEN level 3', () => {
    expect(run('The Foreign Office has advised against all travel to Tunisia except for essential travel.')).toEqual(['TN/GB/3/']);
  });

  it('GIVEN "advised against all travel to Tunisia" THEN level 4 (guard)', () => {
    expect(run('The Foreign Office has advised against all travel to Tunisia.')).toEqual(['TN/GB/4/']);
  });
});

describe('a government compared at the end of a clause did the same', () => {
  it('GIVEN "Canada closed its embassy in Tripoli on Friday, as did Switzerland" THEN both close', () => {
    expect(run('Canada closed its embassy in Tripoli on Friday, as did Switzerland.')).toEqual(['LY/CA/-/embassy_suspended', 'LY/CH/-/embassy_suspended']);
  });

  it('GIVEN "Le Canada a fermé son ambassade à Tripoli, comme l\'a fait la Suisse" THEN both close', () => {
    expect(run("Le Canada a fermé son ambassade à Tripoli, comme l'a fait la Suisse.")).toEqual(['LY/CA/-/embassy_suspended', 'LY/CH/-/embassy_suspended']);
  });

  it('GIVEN "Washington raised its travel alert for Niger (as has Canada)" THEN both raise', () => {
    expect(run('Washington raised its travel alert for Niger (as has Canada).')).toEqual(['NE/CA/-/level_raised', 'NE/US/-/level_raised']);
  });

  it('GIVEN "Canada closed its embassy in Tripoli and in Tunisia" THEN Canada only (guard)', () => {
    expect(run('Canada closed its embassy in Tripoli and in Tunisia.')).toEqual(['LY/CA/-/embassy_suspended', 'TN/CA/-/embassy_suspended']);
  });
});

describe('an embassy closed as an office is, for set days', () => {
  it('GIVEN "exceptionnellement fermée au public du 3 au 7 mars" THEN nothing', () => {
    expect(run("L'Ambassade de France au Niger sera exceptionnellement fermée au public du 3 au 7 mars.")).toEqual([]);
  });

  it('GIVEN "will be closed from 3 to 7 March" THEN nothing', () => {
    expect(run('The British Embassy in Mali will be closed from 3 to 7 March.')).toEqual([]);
  });

  it('GIVEN the same days "because of the security situation" THEN embassy_suspended (guard)', () => {
    expect(run('The British Embassy in Mali will be closed from 3 to 7 March because of the security situation.')).toEqual(['ML/GB/-/embassy_suspended']);
  });
});

describe('leaving as the end of a wait is no call to leave', () => {
  it('GIVEN "shelter in place until it is safe to leave" THEN shelter only', () => {
    expect(run('British nationals in Burundi are advised to shelter in place until it is safe to leave.')).toEqual(['BI/GB/-/shelter_in_place']);
  });

  it('GIVEN "shelter in place and to leave as soon as possible" THEN both (guard)', () => {
    expect(run('British nationals in Burundi are advised to shelter in place and to leave as soon as possible.')).toEqual(['BI/GB/-/leave_immediately,shelter_in_place']);
  });
});

describe('a departure that "would now become mandatory"', () => {
  it('GIVEN an authorized departure, then "Washington announced that their departure would now become mandatory" THEN ordered only', () => {
    expect(run('In March the State Department authorized the voluntary departure of non-emergency staff from Embassy Juba. On Friday, Washington announced that their departure would now become mandatory.')).toEqual(['SS/US/-/ordered_departure']);
  });
});

describe('a claimed call to leave, denied', () => {
  it('GIVEN posts claiming a call to leave and "no such advice" … "need not leave" THEN nothing', () => {
    expect(run('Some social media posts claimed that Canberra had told Australians to leave Fiji. A spokesperson said there was "no such advice" and that Australians in Fiji "need not leave".')).toEqual([]);
  });

  it('GIVEN the claim alone THEN the call stands (guard)', () => {
    expect(run('Social media posts claimed that Canberra had told Australians to leave Fiji.')).toEqual(['FJ/AU/-/leave_immediately']);
  });
});

describe('an evacuation weighed, in Italian', () => {
  it('GIVEN a call to leave, then "sta valutando un\'evacuazione dei propri cittadini" THEN the call only', () => {
    expect(run("La Farnesina invita gli italiani in Gabon a lasciare il Paese. Il Portogallo, che conta nel Paese una comunità numerosa, sta valutando un'evacuazione dei propri cittadini, ma il ministero degli Esteri di Lisbona non ha ancora deciso.")).toEqual(['GA/IT/-/leave_immediately']);
  });

  it('GIVEN "ha avviato l\'evacuazione dei propri cittadini" THEN evacuation (guard)', () => {
    expect(run("La Spagna ha avviato l'evacuazione dei propri cittadini dal Gabon.")).toEqual(['GA/ES/-/evacuation']);
  });
});

describe('a completed evacuation, a government office named after its country, a country left', () => {
  it('GIVEN "Britain has completed the evacuation of its citizens from Sudan" THEN evacuation', () => {
    expect(run('Britain has completed the evacuation of its citizens from Sudan.')).toEqual(['SD/GB/-/evacuation']);
  });

  it('GIVEN "US Secretary of State … said operations at the embassy had been temporarily suspended" after a sentence about Burundi THEN Burundi', () => {
    expect(run('Diplomats from the United States have left Burundi. US Secretary of State Jane Doe said operations at the embassy had been temporarily suspended.')).toEqual(['BI/US/-/embassy_suspended']);
  });

  it('GIVEN "Diplomats from Britain have left Chad" then a suspension THEN Chad (a name after "left" is the place left)', () => {
    expect(run('Diplomats from Britain have left Chad. The Foreign Office said operations at the embassy had been temporarily suspended.')).toEqual(['TD/GB/-/embassy_suspended']);
  });
});
