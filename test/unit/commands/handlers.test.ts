import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CommandContext, handleCommand, parseMentions } from '../../../src/commands/handlers.js';
import { regionCountries } from '../../../src/commands/regions.js';
import { processItem } from '../../../src/pipeline/process.js';
import type { Store } from '../../../src/store/port.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import { finding, item, tempDir } from '../../helpers/pipeline.js';

const NOW = new Date('2025-11-04T10:00:00Z');
const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({
  notifier: 'slack',
  channel: 'C1',
  user: { id: 'U1', display: 'alice', canManage: true },
  now: NOW,
  ...over,
});

describe('platform-neutral commands', () => {
  let store: Store;
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
    store = openSqliteStore(`${tmp.dir}/t.db`);
  });
  afterEach(async () => {
    await store.close();
    tmp.cleanup();
  });
  const run = (text: string, over: Partial<CommandContext> = {}) => handleCommand(store, text, ctx(over));

  it('GIVEN a Mali incident WHEN asked status by name, code, capital, demonym or accent-free name THEN the same facts', async () => {
    await processItem(store, item('a'), [finding('ML', 'US', ['leave_immediately'], 4)], { sourceId: 'n', baseline: false, now: NOW, groupWindowMs: 0 });
    for (const q of ['status mali', 'status ML', 'status Bamako', 'status malian', 'mali']) {
      const r = await run(q);
      expect(r.ok, q).toBe(true);
      expect(r.status?.country).toBe('ML');
      expect(r.status?.openIncident?.severity).toBe('critical');
      expect(r.sections[0]?.lines.join('\n')).toMatch(/US\s+Level 4: Do not travel · Leave immediately/);
    }
    expect((await run('status cote d\'ivoire')).status?.country).toBe('CI');
    expect((await run('status', { country: 'ML' })).status?.country).toBe('ML');
  });

  it('GIVEN a misspelt country or command THEN a polite error with the closest matches', async () => {
    const r = await run('status mlai');
    expect(r).toMatchObject({ ok: false, code: 'unknown_country', ephemeral: true });
    expect(r.sections[0]?.lines[0]).toContain('Mali (ML)');
    const c = await run('subscrbe mali');
    expect(c).toMatchObject({ ok: false, code: 'unknown_command' });
    expect(c.sections[0]?.lines[0]).toContain('subscribe');
  });

  it('GIVEN subscribe with countries, a region, a severity and a ping THEN one channel subscription that merges, and list shows it', async () => {
    let r = await run('subscribe mali, burkina faso high ping <!subteam^S123|@oncall>');
    expect(r.ok).toBe(true);
    let [sub] = await store.listSubscriptions();
    expect(sub).toMatchObject({ notifier: 'slack', channel: 'C1', countries: ['BF', 'ML'], minSeverity: 'high', ping: { groups: ['S123'] }, origin: 'command' });
    r = await run('subscribe sahel');
    [sub] = await store.listSubscriptions();
    expect(sub!.countries).toEqual(regionCountries('sahel')!.sort());
    expect(sub!.minSeverity).toBe('high');
    expect((await run('list')).sections[0]?.lines[0]).toMatch(/high and above · ping group S123/);
  });

  it('GIVEN unsubscribe of one country, then all THEN the list shrinks, then the subscription is gone', async () => {
    await run('subscribe mali niger');
    await run('unsubscribe niger');
    expect((await store.listSubscriptions())[0]!.countries).toEqual(['ML']);
    await run('unsubscribe');
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it('GIVEN a user who may not manage the channel THEN subscribe and silence are refused politely, status still works', async () => {
    const bob = { user: { id: 'U2', display: 'bob', canManage: false } };
    expect(await run('subscribe all', bob)).toMatchObject({ ok: false, code: 'forbidden', ephemeral: true });
    expect(await run('silence mali 24h', bob)).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await run('status mali', bob)).ok).toBe(true);
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it('GIVEN silence, silences and unsilence THEN a silence is stored for this channel, listed, and lifted', async () => {
    const r = await run('silence burkina faso 24h planned drill');
    expect(r.ok).toBe(true);
    const [s] = await store.listSilences(NOW.toISOString());
    expect(s).toMatchObject({ channel: 'C1', country: 'BF', reason: 'planned drill', until: '2025-11-05T10:00:00.000Z' });
    expect((await run('silences')).sections[0]?.lines[0]).toContain('Burkina Faso');
    expect((await run('silence mali forever')).code).toBe('missing_argument');
    expect((await run('silence mali 90d')).code).toBe('bad_duration');
    expect((await run(`unsilence ${s!.id}`)).ok).toBe(true);
    expect(await store.listSilences(NOW.toISOString())).toEqual([]);
  });

  it('GIVEN an open critical incident WHEN acknowledged by country THEN recorded once, with an update revision and no ping', async () => {
    await processItem(store, item('a'), [finding('ML', 'US', ['leave_immediately'])], { sourceId: 'n', baseline: false, now: NOW, groupWindowMs: 0 });
    const r = await run('ack mali');
    expect(r.ok).toBe(true);
    const [incident] = await store.listIncidents({});
    expect(incident).toMatchObject({ ackedBy: 'alice', revision: 2 });
    expect((await store.getRevision(incident!.id, 2))?.alert).toMatchObject({ action: 'update', ping: false, ackedBy: 'alice', changes: ['Acknowledged by alice'] });
    expect((await run(`ack ${incident!.id}`)).title).toMatch(/already acknowledged by alice/);
    expect((await run('ack niger')).code).toBe('not_found');
  });

  it('GIVEN changes THEN history lists them newest first', async () => {
    await processItem(store, item('a'), [finding('ML', 'US', ['authorized_departure'])], { sourceId: 'n', baseline: false, now: NOW, groupWindowMs: 0 });
    await processItem(store, item('b'), [finding('ML', 'US', ['ordered_departure'])], { sourceId: 'n', baseline: false, now: new Date(NOW.getTime() + 60_000), groupWindowMs: 0 });
    const lines = (await run('history mali')).sections[0]!.lines;
    expect(lines[0]).toMatch(/US: Ordered departure \(critical\)/);
    expect(lines[1]).toMatch(/US: Authorized departure \(high\)/);
  });

  it('GIVEN mentions in Slack and Discord forms THEN parsed into groups, roles, users and here', () => {
    expect(parseMentions(['<!subteam^S1|@ops>', '<@U2>', '<!here>', '<@&333>', '<@!444>'])).toEqual({ groups: ['S1'], users: ['U2', '444'], roles: ['333'], here: true });
  });
});
