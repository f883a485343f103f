import { afterEach, describe, expect, it } from 'vitest';
import { startFake, type FakeServer } from '../../helpers/fakeHttp.js';

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('the loopback HTTP fake', () => {
  it('GIVEN form and JSON requests WHEN recorded THEN method, path, headers, raw, form and json are available', async () => {
    fake = await startFake((req) => (req.path.startsWith('/api/') ? { body: { ok: true } } : undefined));
    const form = await fetch(`${fake.url}/api/chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Bearer xoxb-test' },
      body: new URLSearchParams({ channel: 'C1', text: 'hi' }).toString(),
    });
    expect(await form.json()).toEqual({ ok: true });
    await fetch(`${fake.url}/api/v10/channels/1/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"content":"x"}' });
    const missing = await fetch(`${fake.url}/nowhere`);
    expect(missing.status).toBe(404);
    expect(fake.requests.map((r) => [r.method, r.path])).toEqual([
      ['POST', '/api/chat.postMessage'],
      ['POST', '/api/v10/channels/1/messages'],
      ['GET', '/nowhere'],
    ]);
    expect(fake.requests[0]?.form).toEqual({ channel: 'C1', text: 'hi' });
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer xoxb-test');
    expect(fake.requests[1]?.json).toEqual({ content: 'x' });
  });

  it('GIVEN a 204 reply WHEN sent THEN it has no content-type and no body', async () => {
    fake = await startFake(() => ({ status: 204, body: { ignored: true } }));
    const res = await fetch(fake.url);
    expect(res.status).toBe(204);
    expect(res.headers.get('content-type')).toBeNull();
    expect(await res.text()).toBe('');
  });

  it('GIVEN the handler is replaced WHEN the next request arrives THEN the new handler answers', async () => {
    fake = await startFake(() => ({ body: 'one' }));
    expect(await (await fetch(fake.url)).text()).toBe('one');
    fake.handler = () => ({ status: 201, headers: { 'Content-Type': 'text/plain' }, body: 'two' });
    const res = await fetch(fake.url);
    expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([201, 'text/plain', 'two']);
  });
});
