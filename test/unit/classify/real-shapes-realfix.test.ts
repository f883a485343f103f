/**
 * Basic shapes of real wire copy (staff orders, lists of posts, lists of governments) the classifier got wrong, each with
 * sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a staff order told in the present or progressive', () => {
  it('GIVEN a headline "X orders non-essential staff to leave <country>" WHEN classified THEN ordered_departure only', () => {
    expect(run('Washington orders non-essential diplomats and staff to leave Malawi')).toEqual(['MW/US/-/ordered_departure']);
  });

  it('GIVEN "is ordering non-emergency staff at its embassy in <city> to leave <country>" WHEN classified THEN ordered_departure only', () => {
    expect(run('The United States is ordering non-emergency staff at its embassy in Lusaka to leave Zambia, officials said.')).toEqual(['ZM/US/-/ordered_departure']);
  });

  it('GIVEN "authorised non-essential employees … and their families to depart the country" WHEN classified THEN authorized_departure', () => {
    expect(run('On Friday, the State Department authorised non-essential employees at the embassy in Lilongwe and their families to depart the country.')).toEqual(['MW/US/-/authorized_departure']);
  });
});

describe('a staff departure whose object ends on the place left', () => {
  it('GIVEN "ordered the departure of non-emergency U.S. personnel and their eligible family members from <country>" WHEN classified THEN that country', () => {
    expect(run('On Monday, the State Department ordered the departure of non-emergency U.S. government personnel and their eligible family members from Zambia due to unrest.')).toEqual(['ZM/US/-/ordered_departure']);
  });
});

describe('a list of posts as the object', () => {
  it('GIVEN "ordered to leave the U.S. embassies in <city> and <city>" WHEN classified THEN both countries', () => {
    expect(run('Family members and non-essential U.S. staff have been ordered to leave the U.S. embassies in Lusaka and Lilongwe after protests.')).toEqual(['MW/US/-/ordered_departure', 'ZM/US/-/ordered_departure']);
  });
});
