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

describe('a denied closure is no closure', () => {
  it('GIVEN "has denied expelling the ambassador or ordering the closure of the embassy" THEN no embassy_suspended', () => {
    expect(run('The government of Eritrea has denied expelling the British ambassador or ordering the closure of the British Embassy in Asmara.')).toEqual([]);
  });

  it('GIVEN reports that "indicated" a closure, which the government calls unfounded THEN no finding', () => {
    const text = 'Eritrea denied the claims. Reports had indicated that Eritrea ordered the closure of the British Embassy in Asmara. A spokesman said the claims are entirely without merit.';
    expect(run(text)).toEqual([]);
  });

  it('GIVEN a headline "Embassy To Be Closed" and a body that closes the consular section for routine services THEN no closure', () => {
    const text = 'US Embassy To Be Closed Amid Protests\n\nThe U.S. Embassy in Lusaka said the Consular Section will be closed on June 3 for routine services. Citizens should call the embassy in an emergency.';
    expect(run(text)).toEqual([]);
  });
});

describe('levels in lists and on the scale', () => {
  it('GIVEN "X is ranked as Level 4 among the countries …" THEN X at 4', () => {
    expect(run("According to the State Department's advisory levels, Yemen is ranked as Level 4 among the countries that should not be visited.")).toEqual(['YE/US/4/']);
  });

  it('GIVEN "Level 2 warnings for A, B and C" THEN each at 2', () => {
    expect(run('The State Department issued Level 2 warnings for Germany, Sweden and Denmark.')).toEqual(['DE/US/2/', 'DK/US/2/', 'SE/US/2/']);
  });

  it('GIVEN a scale explained, "Level 4 is \'Do Not Travel\' to the specified country" THEN no level from it', () => {
    const text = 'The State Department urged Americans to "exercise increased caution" in Vietnam. There are four levels and Level 4 is "Do Not Travel" to the specified country.';
    expect(run(text)).toEqual(['VN/US/2/']);
  });

  it('GIVEN countries opening the sentence as the subject a level rates THEN each of them, not the topic', () => {
    const text = 'Smartraveller lists "do not travel" advice for Haiti. Spain and Portugal are the only Western European countries to be marked as "exercise a high degree of caution".';
    expect(run(text)).toEqual(['ES/AU/2/', 'HT/AU/4/', 'PT/AU/2/']);
  });
});

describe('where a threat comes from, and a change told as history', () => {
  it('GIVEN "shelter in place … amid threat from Iran" THEN the shelter is for the embassy\'s country', () => {
    expect(run('U.S. Embassy in Bahrain warns Americans to shelter in place as the country closes its airspace amid threat from Iran')).toEqual(['BH/US/-/shelter_in_place']);
  });

  it('GIVEN a downgrade "later that same month" THEN no level_lowered now', () => {
    const text = 'Canada urged Canadians to avoid all travel to Lebanon. Canada had raised its advisory for Lebanon in March. It downgraded that advisory later that same month.';
    expect(run(text).some((f) => f.includes('level_lowered'))).toBe(false);
  });
});
