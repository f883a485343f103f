/**
 * Misses of blind batch aa (critical false alarms first, then missed signals and levels), fixed by general rules:
 * sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { run } from './brief.js';

describe('an embassy closed for a holiday named by a German compound', () => {
  it('GIVEN a headline "Botschaft … geschlossen" and a body closing it "wegen des armenischen Verfassungstages" WHEN classified THEN no suspension', () => {
    const text = 'Botschaft in Eriwan geschlossen\n\nDie Deutsche Botschaft Eriwan bleibt am Freitag wegen des armenischen Verfassungstages geschlossen. Ab Montag gelten wieder die üblichen Öffnungszeiten.';
    expect(run(text)).toEqual([]);
  });
});

describe('hotel guests told by the local authorities not to leave their hotels', () => {
  it('GIVEN "wurden Hotelgäste aufgefordert, ihre Hotels nicht zu verlassen" in a storm story WHEN classified THEN no shelter_in_place', () => {
    const text =
      'Sturm in Kärnten\n\nNach schweren Schneefällen ist die Straße nach Heiligenblut gesperrt. In Heiligenblut wurden Hotelgäste aufgefordert, ihre Hotels nicht zu verlassen. Ein Sprecher des Auswärtigen Amts sagte, deutsche Urlauber sollten die Sicherheitshinweise beachten.';
    expect(run(text)).toEqual([]);
  });
});

describe('a headline that names the government over a body that tells the call only hedged', () => {
  const head = 'Portugal tells citizens to leave Gabon as Libreville unrest grows\n\n';
  const rest = ' The ministry said the embassy in Libreville was working normally. Protests continued in the capital for a third day. Air France said its flights were running.';

  it('GIVEN the body quoting "might want to think about leaving" WHEN classified THEN no leave_immediately', () => {
    const text = head + 'LISBON, March 3 (Wire) - Portugal said on Tuesday that Portuguese nationals in Gabon whose stay is not essential "might want to think about leaving" while flights continue.' + rest;
    expect(run(text)).toEqual([]);
  });

  it('GIVEN the body telling the same call plainly WHEN classified THEN leave_immediately stays', () => {
    const text = head + 'LISBON, March 3 (Wire) - Portugal on Tuesday urged Portuguese nationals in Gabon to leave the country as soon as possible.' + rest;
    expect(run(text)).toEqual(['GA/PT/-/leave_immediately']);
  });
});
