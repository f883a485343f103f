/**
 * Shapes of real public pages (news, ministry notices, official advice pages) the classifier got wrong in session 13, each
 * with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('the advice named after its level: what follows it is its object only after a preposition', () => {
  it('GIVEN "a Level 4 travel advisory regarding X" WHEN classified THEN level 4 for X', () => {
    expect(run('The State Department issued a Level 4 travel advisory regarding Bangladesh on Friday.')).toEqual(['BD/US/4/']);
  });

  it('GIVEN "a Level 4 advisory on X" WHEN classified THEN level 4 for X', () => {
    expect(run('Washington issued a Level 4 advisory on Haiti after the airport closed.')).toEqual(['HT/US/4/']);
  });

  it('GIVEN "the Level 4 travel advisory authorises departure …" in a text about X WHEN classified THEN level 4 for X', () => {
    expect(run('The State Department has raised Bangladesh to Level 4. The Level 4 travel advisory authorises the departure of non-emergency U.S. government employees.')).toEqual([
      'BD/US/4/authorized_departure,level_raised',
    ]);
  });

  it('GIVEN "a Level 4 advisory on Monday for X" (a day, not an object) WHEN classified THEN still level 4 for X', () => {
    expect(run('The U.S. issued a Level 4 advisory on Monday for Haiti.')).toEqual(['HT/US/4/']);
  });
});

describe('non-essential travel, however it is spelt and whatever is done with it', () => {
  it('GIVEN "advise against nonessential travel" (one word) WHEN classified THEN level 3 for each government named', () => {
    expect(run('New Zealand and the UK have revised their ratings to advise against nonessential travel to Sri Lanka.')).toEqual(['LK/GB/3/', 'LK/NZ/3/']);
  });

  it('GIVEN "advising these to cancel all non-essential travel" WHEN classified THEN level 3', () => {
    expect(run('The United Kingdom issued warnings to those planning to travel to Bangladesh, advising them to cancel all non-essential travel to the country.')).toEqual(['BD/GB/3/']);
  });

  it('GIVEN "defer all non-essential travels" (plural) WHEN classified THEN level 3', () => {
    expect(run("India's Ministry of External Affairs advised Indian nationals to defer all non-essential travels to the Maldives.")).toEqual(['MV/IN/3/']);
  });

  it('GIVEN travellers who cancel their own trips WHEN classified THEN nothing (no government advises)', () => {
    expect(run('Tourists cancel all non-essential trips to Sri Lanka after the floods.')).toEqual([]);
  });

  it('GIVEN "an alert against all but essential travel to X has been issued" by the FCDO WHEN classified THEN level 3', () => {
    expect(run('An updated alert against all but essential travel to Sri Lanka has been issued by the FCDO.')).toEqual(['LK/GB/3/']);
  });
});

describe('travel advised against unless it is necessary', () => {
  it('GIVEN Italian "sconsiglia di recarsi in X a meno che non sia strettamente necessario" WHEN classified THEN level 3', () => {
    expect(run('La Farnesina sconsiglia di recarsi in Tunisia a meno che non sia strettamente necessario.')).toEqual(['TN/IT/3/']);
  });

  it('GIVEN "advises against travel to X unless strictly necessary" WHEN classified THEN level 3', () => {
    expect(run('The Irish Department of Foreign Affairs advises against travel to Tunisia unless strictly necessary.')).toEqual(['TN/IE/3/']);
  });

  it('GIVEN "caution against all travel" WHEN classified THEN level 4', () => {
    expect(run('The Foreign Office strengthened its advice to caution against all travel to Lebanon.')).toEqual(['LB/GB/4/']);
  });
});

describe('the addressees between a French level phrase and its verb of going', () => {
  it('GIVEN "formellement déconseillé aux ressortissants français de se rendre en Iran" WHEN classified THEN level 4 for Iran', () => {
    expect(run('Le Quai d’Orsay indique qu’il est « formellement déconseillé aux ressortissants français de se rendre en Iran ».')).toEqual(['IR/FR/4/']);
  });

  it('GIVEN "formellement déconseillé aux Français de se rendre dans la région de Tillabéri" WHEN classified THEN regional, no level', () => {
    expect(run('Le Quai d’Orsay indique qu’il est formellement déconseillé aux Français de se rendre dans la région de Tillabéri, au Niger.')).toEqual(['NE/FR/-/']);
  });
});

describe('shelter sought', () => {
  it('GIVEN "seek safe shelter and remain there" on an advice page WHEN classified THEN shelter_in_place', () => {
    expect(run('Global Affairs Canada advises against all travel to Yemen. If you are currently in Yemen, seek safe shelter and remain there unless you can identify safe means of exit.')).toEqual([
      'YE/CA/4/shelter_in_place',
    ]);
  });

  it('GIVEN residents who seek shelter in schools WHEN classified THEN nothing', () => {
    expect(run('Thousands of residents seek shelter in schools in Gaza.')).toEqual([]);
  });
});

describe('travellers who avoid or cancel trips themselves', () => {
  it('GIVEN "Many travellers are avoiding non-essential travel to X" WHEN classified THEN nothing', () => {
    expect(run('Many travellers are avoiding non-essential travel to Sri Lanka.')).toEqual([]);
  });

  it('GIVEN "Travellers should avoid all non-essential travel to X, the FCDO said" WHEN classified THEN level 3 (advice to them)', () => {
    expect(run('Travellers should avoid all non-essential travel to Sri Lanka, the FCDO said.')).toEqual(['LK/GB/3/']);
  });
});

describe('an ordered departure of family members beside an authorized departure of staff: both stand', () => {
  it('GIVEN "ordered all family members … to leave" and "authorised the voluntary departure of non-emergency U.S. staff" WHEN classified THEN both', () => {
    expect(run('The U.S. has raised its travel advisory for Burkina Faso to level 4. The State Department said it had ordered all family members of U.S. government employees to leave the country and said it had authorised the voluntary departure of non-emergency U.S. staff.')).toEqual([
      'BF/US/4/authorized_departure,level_raised,ordered_departure',
    ]);
  });

  it('GIVEN family members ordered out "following" the authorization for employees and family members WHEN classified THEN both', () => {
    expect(run('On October 27 the Department ordered the departure of family members of U.S. government employees from Abuja, following the October 25 authorization of departure of non-emergency U.S. government employees and family members from Abuja, Nigeria.')).toEqual([
      'NG/US/-/authorized_departure,ordered_departure',
    ]);
  });

  it('GIVEN an authorized departure of employees later made ordered for the same employees WHEN classified THEN ordered only', () => {
    expect(run('On March 2 the State Department authorized the departure of non-emergency employees from Niger. On March 9 it ordered the departure of non-emergency employees and family members.')).toEqual([
      'NE/US/-/ordered_departure',
    ]);
  });

  it('GIVEN "ordered relatives of embassy employees in X to leave" WHEN classified THEN ordered_departure', () => {
    expect(run('The U.S. earlier ordered relatives of embassy employees in Liberia to leave the country.')).toEqual(['LR/US/-/ordered_departure']);
  });
});

describe('a level noun followed by its verb or a cause is no object', () => {
  it('GIVEN German "hat … eine Reisewarnung ausgesprochen" in a text about X WHEN classified THEN level 4 for X', () => {
    expect(run('Das Auswärtige Amt hat nach dem Militärputsch im Niger eine Reisewarnung ausgesprochen.')).toEqual(['NE/DE/4/']);
  });

  it('GIVEN another government\'s "Reisewarnung" reported in German WHEN classified THEN no level (its own scale)', () => {
    expect(run('Israel hat eine Reisewarnung für die Ukraine ausgesprochen und fordert seine Bürger auf, das Land zu verlassen.')).toEqual(['UA/IL/-/leave_immediately']);
  });

  it('GIVEN French "faire « preuve d\'une grande prudence car … »" WHEN classified THEN level 2 (the cause is no object)', () => {
    expect(run("Au Gabon, les autorités canadiennes rappellent de faire « preuve d'une grande prudence car la situation est tendue »."))
      .toEqual(['GA/CA/2/']);
  });

  it('GIVEN "recommande de faire preuve d\'une grande prudence au X" WHEN classified THEN level 2, no earlier level (an infinitive\'s "de")', () => {
    expect(run("Le Canada recommande de faire preuve d'une grande prudence au Gabon.")).toEqual(['GA/CA/2/']);
  });
});
