import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cut, embedLength, escapeText, incidentButtons, incidentEmbed, LIMITS, mentionsFor, messageContent, threadNote } from '../../../adapters/discord/render.js';
import type { Alert, AlertIssuer } from '../../../src/domain/records.js';

const issuer = (code: string, over: Partial<AlertIssuer> = {}): AlertIssuer => ({
  issuer: code,
  from: 2,
  to: 4,
  signals: ['leave_immediately', 'ordered_departure'],
  trust: 'official',
  evidence: `${code} says leave.`,
  sources: [`https://gov.example/${code}`],
  reports: 1,
  ...over,
});

function alert(over: Partial<Alert> = {}): Alert {
  return {
    incidentId: 'ML-20251104-080000',
    revision: 3,
    action: 'update',
    country: 'ML',
    severity: 'critical',
    ping: false,
    pingReason: null,
    trust: 'official',
    issuers: [issuer('US')],
    signals: ['leave_immediately'],
    sources: ['https://gov.example/US'],
    changes: ['GB: Leave immediately'],
    openedAt: '2025-11-04T08:00:00.000Z',
    updatedAt: '2025-11-04T09:00:00.000Z',
    ackedBy: null,
    ...over,
  };
}

function withinLimits(e: ReturnType<typeof incidentEmbed>): void {
  expect(e.title!.length).toBeLessThanOrEqual(LIMITS.title);
  expect(e.description!.length).toBeLessThanOrEqual(LIMITS.description);
  expect(e.fields!.length).toBeLessThanOrEqual(LIMITS.fields);
  for (const f of e.fields!) {
    expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(f.value.length).toBeGreaterThan(0);
  }
  expect(e.footer!.text.length).toBeLessThanOrEqual(LIMITS.footer);
  expect(embedLength(e)).toBeLessThanOrEqual(LIMITS.total);
}

describe('Discord rendering', () => {
  it('GIVEN an ordinary revision THEN the embed has the country and flag, per-issuer levels in words, trust, the quoted evidence, linked sources and the severity colour', () => {
    const e = incidentEmbed(alert());
    expect(e.title).toBe('🔴 🇲🇱 Mali: CRITICAL travel-advisory incident');
    expect(e.color).toBe(0xd32f2f);
    expect(e.url).toBe('https://gov.example/US');
    expect(e.description).toContain('Confirmed by official sources of US');
    expect(e.description).toContain('**What changed:** GB: Leave immediately');
    expect(e.description).toContain('> “US says leave.”');
    expect(e.fields![0]).toMatchObject({ name: '🇺🇸 United States (US)' });
    expect(e.fields![0]!.value).toContain('Level 2 → **Level 4: Do not travel**');
    expect(e.fields![0]!.value).toContain('Leave immediately, Ordered departure');
    expect(e.fields!.at(-1)).toEqual({ name: 'Sources', value: '[gov.example/US](https://gov.example/US)' });
    expect(e.timestamp).toBe('2025-11-04T09:00:00.000Z');
    expect(e.footer!.text).toContain('Incident ML-20251104-080000 · revision 3');
    withinLimits(e);
  });

  it('GIVEN a resolution THEN the embed says resolved in green and the buttons keep only Status', () => {
    const a = alert({ action: 'resolve' });
    const e = incidentEmbed(a);
    expect(e.title).toContain('resolved');
    expect(e.color).toBe(0x388e3c);
    expect(incidentButtons(a)[0]!.components.map((b) => b.label)).toEqual(['Status']);
    expect(incidentButtons(alert())[0]!.components.map((b) => b.label)).toEqual(['Acknowledge', 'Silence 24 h', 'Status']);
    expect(incidentButtons(alert({ ackedBy: 'jane' }))[0]!.components.map((b) => b.label)).toEqual(['Silence 24 h', 'Status']);
  });

  it('GIVEN huge evidence, 40 issuers and 200 sources THEN every limit holds and the long text ends with an ellipsis and a link', () => {
    const issuers = Array.from({ length: 40 }, (_, k) => issuer(`A${String.fromCharCode(65 + (k % 26))}`, { evidence: 'x'.repeat(20_000), signals: ['leave_immediately', 'evacuation', 'embassy_suspended', 'ordered_departure'] }));
    const sources = Array.from({ length: 200 }, (_, k) => `https://news.example/very/long/path/to/article/number/${k}/${'y'.repeat(100)}`);
    const e = incidentEmbed(alert({ issuers, sources, changes: Array.from({ length: 300 }, (_, k) => `change ${k}`) }));
    withinLimits(e);
    expect(e.description).toMatch(/… \[more\]\(https:\/\/news\.example\/[^)]+\)$/);
    expect(e.fields!.some((f) => /^\+\d+ more issuers$/.test(f.name))).toBe(true);
    expect(e.fields!.find((f) => f.name === 'Sources')!.value).toMatch(/\+\d+ more$/);
  });

  it('GIVEN any text THEN escaping never lets markdown or mentions through and cutting stays within the limit without a dangling escape', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 2, max: 200 }), (s, max) => {
        const esc = escapeText(s);
        expect(esc).not.toMatch(/(^|[^\\])(\\\\)*<@/);
        expect(esc).not.toMatch(/@(everyone|here)/i);
        const c = cut(esc, max);
        expect(c.length).toBeLessThanOrEqual(max);
        const trailing = c.replace(/…$/, '').match(/\\+$/)?.[0].length ?? 0;
        if (c.endsWith('…')) expect(trailing % 2).toBe(0);
      }),
    );
  });

  it('GIVEN ping targets THEN the content mentions exactly them and allowed_mentions allows exactly them; with none, the configured on-call role', () => {
    const m = mentionsFor({ users: ['123456789012345678'], groups: ['S1'], roles: ['222222222222222222'], here: false });
    expect(m.text).toBe('<@&222222222222222222> <@123456789012345678>');
    expect(m.allowed).toEqual({ parse: [], roles: ['222222222222222222'], users: ['123456789012345678'], replied_user: false });
    const d = mentionsFor({ users: [], groups: [], roles: [], here: false }, '999999999999999999');
    expect(d.allowed.roles).toEqual(['999999999999999999']);
    expect(messageContent(alert({ action: 'open', revision: 1 }), m.text)).toBe('<@&222222222222222222> <@123456789012345678> 🔴 🇲🇱 Mali: CRITICAL travel-advisory incident');
    expect(threadNote(alert({ pingReason: 'repeat', ping: true }), d.text)).toContain('Reminder: this incident is not acknowledged.');
    expect(threadNote(alert(), '')).toBe('**Revision 3** · CRITICAL · GB: Leave immediately');
  });
});
