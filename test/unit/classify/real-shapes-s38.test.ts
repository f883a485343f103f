/**
 * Session 38: a German level told in the pluperfect passive but said to stand still ("war … ausgesprochen worden, die weiter
 * Bestand hat"), the German recommendation to leave with "die Ausreise" ("die Ausreise empfohlen", "empfiehlt … die Ausreise"),
 * and an Italian level whose phrase names the whole country inside it ("sconsigliati viaggi nel Paese"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('a level told in a past tense that is still in force', () => {
  it('GIVEN "war eine Reisewarnung für den Jemen ausgesprochen worden, die weiterhin gilt" THEN level 4', () => {
    expect(run('Das Auswärtige Amt hat seine Hinweise aktualisiert. Schon im März war eine Reisewarnung für den Jemen ausgesprochen worden, die weiterhin gilt.')).toEqual(['YE/DE/4/']);
  });

  it('GIVEN "… ausgesprochen worden, die im Wortlaut weiter Bestand hat" THEN level 4', () => {
    expect(run('Laut Auswärtigem Amt war bereits im Mai eine Reisewarnung für Somalia ausgesprochen worden, die im Wortlaut weiter Bestand hat.')).toEqual(['SO/DE/4/']);
  });

  it('GIVEN "had issued a Level 4 advisory for Haiti, which remains in force" THEN level 4', () => {
    expect(run('The State Department had issued a Level 4 advisory for Haiti in March, which remains in force.')).toEqual(['HT/US/4/']);
  });

  it('GIVEN the pluperfect passive with the warning since lifted THEN no level 4 (guard)', () => {
    expect(run('Für den Jemen war im März eine Reisewarnung ausgesprochen worden, die das Auswärtige Amt inzwischen aufgehoben hat.')).not.toContainEqual(expect.stringMatching(/^YE\/DE\/4\//));
  });
});

describe('the German recommendation to leave with "die Ausreise"', () => {
  it('GIVEN "hatte das EDA … allen Schweizer Staatsangehörigen die Ausreise empfohlen" THEN leave_immediately', () => {
    expect(run('Wegen der Kämpfe im Sudan hatte das EDA allen Schweizer Staatsangehörigen die Ausreise empfohlen.')).toEqual(['SD/CH/-/leave_immediately']);
  });

  it('GIVEN "empfiehlt … die Ausreise aus dem Tschad" THEN leave_immediately', () => {
    expect(run('Das österreichische Außenministerium empfiehlt allen Österreichern die Ausreise aus dem Tschad.')).toEqual(['TD/AT/-/leave_immediately']);
  });

  it('GIVEN "empfiehlt …, die Ausreise gut vorzubereiten" THEN nothing (guard)', () => {
    expect(run('Das EDA empfiehlt Reisenden im Tschad, die Ausreise gut vorzubereiten.')).toEqual([]);
  });

  it('GIVEN "hat die Ausreise aus Mali nicht empfohlen" THEN nothing (guard)', () => {
    expect(run('Das EDA hat die Ausreise aus Mali bisher nicht empfohlen.')).toEqual([]);
  });
});

describe('a level whose phrase names the whole country inside it', () => {
  it('GIVEN "sconsigliati viaggi nel Paese, se non strettamente necessari: «… le varie aree …»" THEN level 3 for the country', () => {
    expect(run('La Farnesina mantiene l\'avviso sul Niger. Sono tuttavia sconsigliati viaggi nel Paese, se non strettamente necessari: "Si sconsiglia, in particolare, l\'attraversamento delle varie aree del Niger, se non con una scorta."')).toEqual(['NE/IT/3/']);
  });
});

describe('a raise and a lowering in one article', () => {
  it('GIVEN a lowering from Level 3 to Level 2 and a recalled earlier raise THEN level_lowered alone', () => {
    expect(run('The United States has downgraded its travel advisory for Nicaragua. The previously issued Level 3 Travel Advisory has now been lowered to Level 2 Travel Advisory (Exercise Increased Caution). The U.S. had issued its heightened travel advisory for Nicaragua a week after the protests began.')).toEqual(['NI/US/2/level_lowered']);
  });

  it('GIVEN a raise from Level 2 to Level 3 and a recalled earlier lowering THEN level_raised alone', () => {
    expect(run('The State Department has raised its travel advisory for Nicaragua from Level 2 to Level 3 (Reconsider Travel). It had lowered its advisory for Nicaragua last year after the protests ended.')).toEqual(['NI/US/3/level_raised']);
  });
});

describe('Italian calls to leave with "incoraggiare" and "sollecitare"', () => {
  it('GIVEN "la Farnesina incoraggia i connazionali a lasciare l\'Iraq" THEN leave_immediately', () => {
    expect(run("La Farnesina incoraggia i connazionali a lasciare l'Iraq finché i voli commerciali sono disponibili.")).toEqual(['IQ/IT/-/leave_immediately']);
  });

  it('GIVEN "sollecita i cittadini italiani a lasciare il Sudan" THEN leave_immediately', () => {
    expect(run('Il ministero degli Esteri sollecita i cittadini italiani a lasciare il Sudan.')).toEqual(['SD/IT/-/leave_immediately']);
  });

  it('GIVEN "incoraggia i turisti a visitare l\'Iraq e a non lasciare" THEN no call to leave (guard)', () => {
    expect(run("La Farnesina incoraggia i turisti a visitare l'Iraq e a non lasciare il paese prima del tempo.")).not.toContainEqual(expect.stringMatching(/leave_immediately/));
  });
});

describe('re-read guards', () => {
  it('GIVEN "lifted its Level 4 advisory …, and a Level 3 advisory remains in force" THEN level 3, lowered', () => {
    expect(run('The State Department lifted its Level 4 advisory for Haiti, and a Level 3 advisory remains in force.')).toEqual(['HT/US/3/level_lowered']);
  });

  it('GIVEN "die Ausreise aus Libyen wird dringend empfohlen" THEN leave_immediately', () => {
    expect(run('Das Auswärtige Amt teilt mit: Die Ausreise aus Libyen wird dringend empfohlen.')).toEqual(['LY/DE/-/leave_immediately']);
  });
});

describe('a part of the country told with the possessive of "the country"', () => {
  it('GIVEN "reconsider travel to the country\'s north" THEN no country-wide level', () => {
    expect(run('Malians are welcome, but the State Department advises Americans to reconsider travel to the country\'s north because of Mali\'s insurgency.')).toEqual(['ML/US/-/']);
  });

  it('GIVEN "reconsider travel to the country" THEN the country-wide level (guard)', () => {
    expect(run('The State Department advises Americans to reconsider travel to the country because of Mali\'s insurgency.')).toEqual(['ML/US/3/']);
  });
});
