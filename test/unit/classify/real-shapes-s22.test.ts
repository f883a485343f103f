/**
 * Shapes of real public pages (a Liberian daily, Canadian advice retold by travel sites) the classifier got wrong in session 22,
 * each with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a numbered level with its object after "on"', () => {
  it('GIVEN "issued Travel Advisory Level 3 on Guinea" THEN Guinea at 3', () => {
    expect(run('The United States government has issued Travel Advisory Level 3 on Guinea ahead of the vote.')).toEqual(['GN/US/3/']);
  });

  it('GIVEN "Level 4 on Tuesday" THEN the day is no object', () => {
    expect(run('The State Department raised Niger to Level 4 on Tuesday.')).toEqual(['NE/US/4/level_raised']);
  });
});

describe('the government an advice comes from', () => {
  it('GIVEN "carries a travel warning from Canada" THEN Canada is the issuer, the subject the country', () => {
    expect(run('Malawi now carries a travel warning from Canada urging visitors to exercise a high degree of caution.')).toEqual(['MW/CA/2/']);
  });

  it('GIVEN "an elevated advisory level from Canada" THEN a level described, no change told', () => {
    expect(run('The island of Mauritius is popular, but it now carries an elevated advisory level from Canada to "exercise a high degree of caution".')).toEqual(['MU/CA/2/']);
  });

  it('GIVEN "Canada has elevated its advisory level for X" THEN Canada raised it', () => {
    expect(run('Canada has elevated its travel advisory for Zambia to exercise a high degree of caution.')).toEqual(['ZM/CA/2/level_raised']);
  });
});

describe('a country rated in an apposition', () => {
  it('GIVEN "from X — a country flagged \'avoid all travel\'" THEN X has the level, not the country the sentence began in', () => {
    expect(run('Canada advises travellers to exercise a high degree of caution in Niger. The cyclists had come to Niger from Chad — a country flagged "avoid all travel" on the Canadian government site — before crossing.')).toEqual(['NE/CA/2/', 'TD/CA/4/']);
  });
});

describe('leaving as the subject of a recommendation', () => {
  it('GIVEN "departing while safe to do so is strongly recommended" THEN leave_immediately for the country of the paragraph', () => {
    const text = 'Somalia: top level\nSomalia has been given the top advisory level by Canada: "avoid all travel". Armed groups are active in many regions. For anyone still in the country, departing while safe to do so is strongly recommended.';
    expect(run(text)).toEqual(['SO/CA/4/leave_immediately']);
  });

  it('GIVEN leaving "not recommended", or with no urgency THEN no call', () => {
    expect(run('Canada advises against all travel to Somalia. Leaving the country by road is not recommended.')).toEqual(['SO/CA/4/']);
    expect(run('Canada advises against all travel to Somalia. For anyone in the country, leaving by road is recommended.')).toEqual(['SO/CA/4/']);
  });

  it('GIVEN a paragraph about a second country THEN "the country" points back to it, not to the first', () => {
    const text = 'Madagascar carries a travel warning from Canada to "exercise a high degree of caution".\n\nEritrea has been given the top advisory level by Canada: "avoid all travel". Armed groups are active. For anyone still in the country, leaving immediately is strongly recommended.';
    expect(run(text)).toEqual(['ER/CA/4/leave_immediately', 'MG/CA/2/']);
  });
});
