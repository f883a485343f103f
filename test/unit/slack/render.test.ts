import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChannelPacer } from '../../../adapters/slack/pacer.js';
import { cut, escapeText, LIMITS, mentions, renderAlert, renderNotice, renderReply, renderThreadReply } from '../../../adapters/slack/render.js';
import type { Alert, AlertIssuer } from '../../../src/domain/records.js';

const issuer = (code: string, over: Partial<AlertIssuer> = {}): AlertIssuer => ({
  issuer: code,
  from: 2,
  to: 4,
  signals: ['leave_immediately', 'ordered_departure'],
  trust: 'official',
  evidence: 'Leave now.',
  sources: [`https://${code.toLowerCase()}.example/advice`],
  reports: 1,
  ...over,
});

const alert = (over: Partial<Alert> = {}): Alert => ({
  incidentId: 'ML-1',
  revision: 1,
  action: 'open',
  country: 'ML',
  severity: 'critical',
  ping: true,
  pingReason: 'open',
  trust: 'official',
  issuers: [issuer('US')],
  signals: ['leave_immediately', 'ordered_departure'],
  sources: ['https://us.example/advice'],
  changes: [],
  openedAt: '2025-11-20T10:00:00.000Z',
  updatedAt: '2025-11-20T11:00:00.000Z',
  ackedBy: null,
  ...over,
});

type AnyBlock = { type: string; text?: { type: string; text: string }; elements?: { text?: unknown; type: string }[] };
const texts = (blocks: AnyBlock[]): string[] =>
  blocks.flatMap((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : ''))]);

describe('Slack rendering', () => {
  it('GIVEN an official critical incident WHEN rendered THEN the header names country, flag and severity, issuers show levels and signals in words, and the buttons are there', () => {
    const m = renderAlert(alert(), { ping: '<!subteam^S1>' });
    const blocks = m.blocks as AnyBlock[];
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: '🇲🇱 Mali — CRITICAL' } });
    const all = texts(blocks).join('\n');
    expect(all).toContain('United States');
    expect(all).toContain('Level 2 → Level 4: Do not travel');
    expect(all).toContain('Leave immediately, Ordered departure');
    expect(all).toContain('Confirmed by the official advice of United States');
    expect(all).toContain('> Leave now.');
    expect(all).toContain('<https://us.example/advice|us.example>');
    expect(all).toContain('<!date^');
    expect(m.text.startsWith('<!subteam^S1> ')).toBe(true);
    const actions = blocks.at(-1) as unknown as { type: string; elements: { action_id: string; value: string }[] };
    expect(actions.elements.map((e) => [e.action_id, e.value])).toEqual([
      ['aw_ack', 'ML-1'],
      ['aw_silence', 'ML'],
      ['aw_status', 'ML'],
    ]);
  });

  it('GIVEN news-only reports WHEN rendered THEN trust says how many outlets reported it', () => {
    const a = alert({ trust: 'reported', issuers: [issuer('US', { trust: 'reported', sources: ['https://a.example/1', 'https://b.example/2', 'https://c.example/3'], reports: 3 })] });
    expect(texts(renderAlert(a).blocks as AnyBlock[]).join('\n')).toContain('Reported by 3 outlets');
  });

  it('GIVEN an acknowledged incident WHEN rendered THEN it says who acknowledged and the Acknowledge button is gone', () => {
    const m = renderAlert(alert({ ackedBy: 'alice', action: 'update', revision: 2, changes: ['Acknowledged by alice'] }));
    const json = JSON.stringify(m.blocks);
    expect(json).toContain('Acknowledged by alice');
    expect(json).not.toContain('aw_ack');
    expect(json).toContain('aw_status');
  });

  it('GIVEN an enormous incident WHEN rendered THEN every block and the whole message stay within Slack’s limits, cut with an ellipsis and a link', () => {
    const long = 'The <embassy> & consulate say: leave. '.repeat(400);
    const issuers = Array.from({ length: 120 }, (_, i) => issuer(`${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`, { evidence: long }));
    const sources = Array.from({ length: 300 }, (_, i) => `https://news${i}.example/a/very/long/path/${'x'.repeat(80)}`);
    const m = renderAlert(alert({ issuers, sources, changes: Array.from({ length: 200 }, (_, i) => `Change number ${i} with words`) }), { ping: '<!here>' });
    const blocks = m.blocks as AnyBlock[];
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    expect(JSON.stringify(blocks).length).toBeLessThanOrEqual(13_000);
    expect((blocks[0]!.text!.text).length).toBeLessThanOrEqual(LIMITS.header);
    for (const b of blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(LIMITS.section);
    const all = texts(blocks).join('\n');
    expect(all).toMatch(/… <https:\/\/news0\.example[^|]*\|more>/);
    expect(all).not.toMatch(/&[a-z]*…/); // never cut inside an entity
    expect(m.text.length).toBeLessThanOrEqual(LIMITS.text);
  });

  it('GIVEN any text WHEN escaped and cut THEN no markup survives and no entity or mention is split', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 20, max: 300 }), (s, n) => {
        const out = cut(escapeText(s), n);
        expect(out.length).toBeLessThanOrEqual(n);
        expect(out).not.toMatch(/[<>]/);
        expect(out).not.toMatch(/&(?![a-z]+;)/);
      }),
    );
  });

  it('GIVEN ping targets WHEN rendered THEN groups, users and @here become mentions; empty targets use the default on-call, else @here; bad ids are dropped', () => {
    const none = { users: [], groups: [], here: false };
    expect(mentions({ users: ['U1'], groups: ['S1'], roles: [], here: true }, none)).toBe('<!subteam^S1> <@U1> <!here>');
    expect(mentions({ users: [], groups: [], roles: [], here: false }, { users: ['U9'], groups: [], here: false })).toBe('<@U9>');
    expect(mentions({ users: [], groups: [], roles: ['123'], here: false }, none)).toBe('<!here>');
    expect(mentions({ users: ['U1> <!channel'], groups: [], roles: [], here: false }, none)).toBe('<!here>');
  });

  it('GIVEN a revision WHEN its thread reply is rendered THEN it says what changed, escaped, with the ping only when given', () => {
    const a = alert({ action: 'update', revision: 3, pingReason: 'severity_rise', changes: ['US: <!channel> Ordered departure'] });
    expect(renderThreadReply(a, '<!subteam^S1>')).toBe('<!subteam^S1> ⬆️ Severity raised to CRITICAL: US: &lt;!channel&gt; Ordered departure');
    expect(renderThreadReply(alert({ action: 'resolve', ping: false, pingReason: null, changes: [] }), null)).toBe('✅ Resolved');
  });

  it('GIVEN a command reply that echoes what someone typed WHEN rendered THEN it is escaped, and long replies are split into sections', () => {
    const r = renderReply({ ok: false, ephemeral: true, title: 'I don’t know the country “<!channel>”.', sections: [{ lines: Array.from({ length: 200 }, (_, i) => `line ${i} ${'z'.repeat(40)}`) }], code: 'x' });
    expect(r.response_type).toBe('ephemeral');
    expect(r.text).toContain('&lt;!channel&gt;');
    expect(r.blocks.length).toBeGreaterThan(2);
    for (const b of r.blocks as AnyBlock[]) expect(b.text!.text.length).toBeLessThanOrEqual(LIMITS.section);
  });

  it('GIVEN an operators’ notice WHEN rendered THEN title and text are escaped', () => {
    const n = renderNotice({ key: 'k', kind: 'delivery_rejected', severity: 'high', title: 'Refused <@U1>', text: 'channel_not_found & more' });
    expect(n.text).toBe('🚫 Refused &lt;@U1&gt;: channel_not_found &amp; more');
  });
});

describe('Slack channel pacer', () => {
  it('GIVEN a simulated clock and requests taking 100 ms WHEN three messages go to one channel and one to another THEN each starts an interval after the previous one ended, and the other channel is not held up', async () => {
    let now = 1_000;
    const pacer = new ChannelPacer(1_000, { now: () => now, sleep: async (ms) => void (now += ms) });
    const sent: [string, number][] = [];
    const send = (ch: string) =>
      pacer.run(ch, async () => {
        sent.push([ch, now]);
        now += 100;
      });
    await Promise.all([send('C1'), send('C1'), send('C1'), send('C2')]);
    const c1 = sent.filter(([ch]) => ch === 'C1').map(([, t]) => t);
    expect(c1[0]).toBe(1_000);
    // Each start is at least the interval after the previous request ended (it took 100 ms).
    for (let i = 1; i < c1.length; i++) expect(c1[i]! - c1[i - 1]!).toBeGreaterThanOrEqual(1_100);
    expect(sent.findIndex(([ch]) => ch === 'C2')).toBeLessThan(2);
  });

  it('GIVEN a 429 WHEN the channel is paused for its Retry-After THEN the next message waits that long, and a failed send still frees the queue', async () => {
    let now = 0;
    const pacer = new ChannelPacer(1_000, { now: () => now, sleep: async (ms) => void (now += ms) });
    await expect(pacer.run('C1', async () => Promise.reject(new Error('429')))).rejects.toThrow('429');
    pacer.pause('C1', 30_000);
    let at = -1;
    await pacer.run('C1', async () => void (at = now));
    expect(at).toBe(30_000);
  });
});
