import { describe, expect, it } from 'vitest';
import { ownAdvicePage } from '../../../src/classify/ownpage.js';
import { matchForm } from '../../../src/classify/text.js';

const page = (text: string): string | null => ownAdvicePage(matchForm(text.toLowerCase()), text);

describe('ownAdvicePage: a standing advice page told from a notice', () => {
  it('GIVEN advice wording and two subjects THEN the sentence that holds the advice, and only it', () => {
    expect(page('Protests continue downtown. You should exercise caution near gatherings. Crime is moderate.\nTerrorism cannot be ruled out.')).toBe('You should exercise caution near gatherings.');
  });

  it('GIVEN the advice on a line of its own THEN that line', () => {
    expect(page('Safety and security\nRemain vigilant after dark\nThere is a risk of crime and of terrorism.')).toBe('Remain vigilant after dark');
  });

  it('GIVEN one subject only THEN null', () => {
    expect(page('A typhoon is expected on Sunday. You should follow the instructions of the local authorities.')).toBeNull();
  });

  it('GIVEN a text that calls itself an alert THEN null', () => {
    expect(page('Security Alert: demonstrations and crime. You should avoid the area. Terrorism remains a risk.')).toBeNull();
  });

  it('GIVEN no advice wording THEN null', () => {
    expect(page('Crime is moderate. Terrorism is a risk. Roads are poor.')).toBeNull();
  });
});
