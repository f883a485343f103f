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
const official = (over: Partial<ItemContext> = {}) => news({ sourceId: 'us', trust: 'official', issuer: 'US', link: 'https://state.example/ml', ...over });

describe('advisory state and change events', () => {
  it('GIVEN no state WHEN a report says the US told citizens to leave THEN a critical signal_added event', () => {
    const { next, events } = applyFinding(null, finding('ML', 'US', ['leave_immediately']), news());
    expect(next.signals).toEqual(['leave_immediately']);
    expect(next.reports).toBe(1);
    expect(events.map((e) => [e.kind, e.signal, e.severity])).toEqual([['signal_added', 'leave_immediately', 'critical']]);
  });

  it('GIVEN the first poll of a source WHEN it reports a level 4 THEN state is set and no event is raised', () => {
    const { next, events } = applyFinding(null, finding('ML', 'US', ['leave_immediately'], 4), official({ baseline: true }));
    expect(next.level).toBe(4);
    expect(events).toEqual([]);
  });

  it('GIVEN a level 3 official state WHEN the official feed says level 4 THEN level_raised is critical', () => {
    const prev = applyFinding(null, finding('ML', 'US', [], 3), official({ baseline: true })).next;
    const { events } = applyFinding(prev, finding('ML', 'US', [], 4), official());
    expect(events.map((e) => [e.kind, e.fromLevel, e.toLevel, e.severity])).toEqual([['level_raised', 3, 4, 'critical']]);
  });

  it('GIVEN raises to 3 and to 2 THEN they are high and warning; a lowering is info', () => {
    const l1 = applyFinding(null, finding('NE', 'US', [], 1), official({ baseline: true })).next;
    expect(applyFinding(l1, finding('NE', 'US', [], 3), official()).events[0]?.severity).toBe('high');
    expect(applyFinding(l1, finding('NE', 'US', [], 2), official()).events[0]?.severity).toBe('warning');
    const l4 = applyFinding(null, finding('NE', 'US', [], 4), official({ baseline: true })).next;
    expect(applyFinding(l4, finding('NE', 'US', [], 2), official()).events.map((e) => [e.kind, e.severity])).toEqual([['level_lowered', 'info']]);
  });

  it('GIVEN an official ordered departure WHEN the next official version no longer carries it THEN it is removed (lifted)', () => {
    const prev = applyFinding(null, finding('LB', 'US', ['ordered_departure'], 4), official({ baseline: true })).next;
    const { next, events } = applyFinding(prev, finding('LB', 'US', [], 4), official());
    expect(next.signals).toEqual([]);
    expect(events.map((e) => [e.kind, e.signal, e.severity])).toEqual([['signal_removed', 'ordered_departure', 'info']]);
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
    const { next, events } = applyFinding(prev, finding('ML', 'US', ['leave_immediately'], 4), official());
    expect(events.map((e) => e.kind)).toEqual(['confirmed']);
    expect(next.trust).toBe('official');
  });

  it('GIVEN an official level 4 WHEN a news article states level 3 THEN the official level stands', () => {
    const prev = applyFinding(null, finding('HT', 'US', [], 4), official({ baseline: true })).next;
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
