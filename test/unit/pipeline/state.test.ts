import { describe, expect, it } from 'vitest';
import type { AdvisoryState } from '../../../src/domain/records.js';
import { applyFinding, mergeFindings, type ItemContext } from '../../../src/pipeline/state.js';
import { finding } from '../../helpers/pipeline.js';

const news = (over: Partial<ItemContext> = {}): ItemContext => ({
  sourceId: 'news',
  itemKey: 'a1',
  link: 'https://news.example/a1',
  trust: 'reported',
  issuer: null,
  baseline: false,
  now: '2025-11-01T00:00:00.000Z',
  ...over,
});
/** An official snapshot (the issuer's complete advice for `snapshotOf`), as the State Department feed gives. */
const official = (over: Partial<ItemContext> = {}) => news({ sourceId: 'us', trust: 'official', issuer: 'US', link: 'https://state.example/ml', snapshotOf: '*', ...over });
const snap = (country: string, over: Partial<ItemContext> = {}) => official({ snapshotOf: country, ...over });

describe('advisory state and change events', () => {
  it('GIVEN no state WHEN a report says the US told citizens to leave THEN a critical signal_added event', () => {
    const { next, events } = applyFinding(null, finding('ML', 'US', ['leave_immediately']), news());
    expect(next.signals).toEqual(['leave_immediately']);
    expect(next.reports).toBe(1);
    expect(events.map((e) => [e.kind, e.signal, e.severity])).toEqual([['signal_added', 'leave_immediately', 'critical']]);
  });

  it('GIVEN the first poll of a source WHEN it reports a level 4 THEN state is set and no event is raised', () => {
    const { next, events } = applyFinding(null, finding('ML', 'US', ['leave_immediately'], 4), snap('ML', { baseline: true }));
    expect(next.level).toBe(4);
    expect(events).toEqual([]);
  });

  it('GIVEN a level 3 official state WHEN the official feed says level 4 THEN level_raised is critical', () => {
    const prev = applyFinding(null, finding('ML', 'US', [], 3), snap('ML', { baseline: true })).next;
    const { events } = applyFinding(prev, finding('ML', 'US', [], 4), snap('ML'));
    expect(events.map((e) => [e.kind, e.fromLevel, e.toLevel, e.severity])).toEqual([['level_raised', 3, 4, 'critical']]);
  });

  it('GIVEN raises to 3 and to 2 THEN they are high and warning; a lowering is info', () => {
    const l1 = applyFinding(null, finding('NE', 'US', [], 1), snap('NE', { baseline: true })).next;
    expect(applyFinding(l1, finding('NE', 'US', [], 3), snap('NE')).events[0]?.severity).toBe('high');
    expect(applyFinding(l1, finding('NE', 'US', [], 2), snap('NE')).events[0]?.severity).toBe('warning');
    const l4 = applyFinding(null, finding('NE', 'US', [], 4), snap('NE', { baseline: true })).next;
    expect(applyFinding(l4, finding('NE', 'US', [], 2), snap('NE')).events.map((e) => [e.kind, e.severity])).toEqual([['level_lowered', 'info']]);
  });

  it('GIVEN an official ordered departure WHEN the next official version no longer carries it THEN it is removed (lifted)', () => {
    const prev = applyFinding(null, finding('LB', 'US', ['ordered_departure'], 4), snap('LB', { baseline: true })).next;
    const { next, events } = applyFinding(prev, finding('LB', 'US', [], 4), snap('LB'));
    expect(next.signals).toEqual([]);
    expect(events.map((e) => [e.kind, e.signal, e.severity])).toEqual([['signal_removed', 'ordered_departure', 'info']]);
  });

  it('GIVEN an ordered departure from the advisory WHEN an embassy alert of the same government omits it THEN it stays (an alert is an event, not the whole advice)', () => {
    const prev = applyFinding(null, finding('LB', 'US', ['ordered_departure'], 4), snap('LB', { baseline: true })).next;
    const { next, events } = applyFinding(prev, finding('LB', 'US', ['shelter_in_place']), official({ snapshotOf: null, sourceId: 'us-embassy-lb' }));
    expect(next.signals).toEqual(['ordered_departure', 'shelter_in_place']);
    expect(next.level).toBe(4);
    expect(events.map((e) => [e.kind, e.signal])).toEqual([['signal_added', 'shelter_in_place']]);
  });

  it("GIVEN a country's own advisory at level 4 WHEN another country's advisory mentions it at level 3 THEN the level stands (a mention is not that country's snapshot)", () => {
    const prev = applyFinding(null, finding('PS', 'US', [], 4), snap('PS', { baseline: true })).next;
    const { next, events } = applyFinding(prev, finding('PS', 'US', [], 3), snap('IL'));
    expect(next.level).toBe(4);
    expect(events).toEqual([]);
  });

  it('GIVEN a news report of a departure WHEN a later article does not mention it THEN it stays (news adds, never clears by silence)', () => {
    const prev = applyFinding(null, finding('ML', 'US', ['leave_immediately']), news()).next;
    const { next, events } = applyFinding(prev, finding('ML', 'US', ['authorized_departure']), news({ itemKey: 'a2', link: 'https://news.example/a2' }));
    expect(next.signals).toEqual(['leave_immediately', 'authorized_departure']);
    expect(next.reports).toBe(2);
    expect(events.map((e) => [e.signal, e.severity])).toEqual([['authorized_departure', 'high']]);
  });

  it('GIVEN a news report WHEN another outlet reports the same advice THEN a corroborated info event, and nothing when the same link is seen again', () => {
    const prev = applyFinding(null, finding('ML', 'US', ['leave_immediately']), news()).next;
    const again = applyFinding(prev, finding('ML', 'US', ['leave_immediately']), news({ itemKey: 'b', link: 'https://other.example/b' }));
    expect(again.events.map((e) => [e.kind, e.severity])).toEqual([['corroborated', 'info']]);
    expect(applyFinding(again.next, finding('ML', 'US', ['leave_immediately']), news({ itemKey: 'b', link: 'https://other.example/b' })).events).toEqual([]);
  });

  it('GIVEN news-only state WHEN the official source agrees THEN confirmed, and the state becomes official', () => {
    const prev = applyFinding(null, finding('ML', 'US', ['leave_immediately'], 4), news()).next;
    const { next, events } = applyFinding(prev, finding('ML', 'US', ['leave_immediately'], 4), snap('ML'));
    expect(events.map((e) => e.kind)).toEqual(['confirmed']);
    expect(next.trust).toBe('official');
  });

  it('GIVEN an official level 4 WHEN a news article states level 3 THEN the official level stands', () => {
    const prev = applyFinding(null, finding('HT', 'US', [], 4), snap('HT', { baseline: true })).next;
    const { next, events } = applyFinding(prev, finding('HT', 'US', [], 3), news());
    expect(next.level).toBe(4);
    expect(events.filter((e) => e.kind === 'level_lowered')).toEqual([]);
  });

  it('GIVEN a reported ordered departure WHEN a report says the departure was lifted THEN it is removed', () => {
    const prev: AdvisoryState = applyFinding(null, finding('OM', 'US', ['ordered_departure']), news()).next;
    const { next, events } = applyFinding(prev, finding('OM', 'US', ['departure_lifted']), news({ itemKey: 'c', link: 'https://x.example/c' }));
    expect(next.signals).toEqual([]);
    expect(events.map((e) => [e.kind, e.signal])).toEqual([['signal_removed', 'ordered_departure']]);
  });

  it('GIVEN an unnamed issuer THEN the state is kept under the unknown-issuer key', () => {
    expect(applyFinding(null, finding('ML', null, ['evacuation']), news()).next.issuer).toBe('??');
  });

  it('GIVEN a structured official level and a text finding for the same pair THEN one finding with the structured level and both signal sets', () => {
    const merged = mergeFindings([finding('LB', 'US', [], 4)], [finding('LB', 'US', ['ordered_departure'], 3), finding('LB', 'GB', ['leave_immediately'])]);
    expect(merged.map((f) => [f.country, f.issuer, f.level, f.signals])).toEqual([
      ['LB', 'US', 4, ['ordered_departure']],
      ['LB', 'GB', null, ['leave_immediately']],
    ]);
  });
});
