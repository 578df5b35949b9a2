import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { changeStreams } from '../../service/http/events.js';
import { startHttpHost, type HttpHost } from '../../service/http/server.js';
import { sampleCase, tempService } from '../helpers/tempService.js';

// GET /events: the changes writes make, pushed to open pages as server-sent events.

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** An open event stream: the response, and everything read from it so far. */
function open(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ res: IncomingMessage; text: () => string; ended: Promise<void> }>((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      const ended = new Promise<void>((ok) => {
        res.on('end', ok);
        res.on('close', ok);
      });
      resolve({ res, text: () => text, ended });
    });
    req.on('error', reject);
    req.end();
    cleanup.push(() => void req.destroy());
  });
}

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function host(): Promise<HttpHost> {
  const h = await startHttpHost({ service: tempService() });
  cleanup.push(() => h.close());
  return h;
}

describe('GET /events on the browser host', () => {
  it('refuses a caller without this start’s secret, as /rpc does, in their language', async () => {
    const h = await host();
    const s = await open(`${h.url}/events`, { 'accept-language': 'en' });
    expect(s.res.statusCode).toBe(401);
    await s.ended;
    expect(JSON.parse(s.text())).toMatchObject({ error: { code: 'unauthorized' } });
    const other = await open(`${h.url}/events`, { authorization: `Bearer ${h.token}`, origin: 'http://evil.example' });
    expect(other.res.statusCode).toBe(401);
  });

  it('sends each committed write at once as `event: changed`, and nothing for one that failed', async () => {
    const h = await host();
    const s = await open(`${h.url}/events`, { authorization: `Bearer ${h.token}` });
    expect(s.res.statusCode).toBe(200);
    expect(s.res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(s.res.headers['cache-control']).toBe('no-store');
    const post = (method: string, body: unknown) =>
      fetch(`${h.url}/rpc/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}` },
        body: JSON.stringify(body),
      });
    const created = (await (await post('cases.create', sampleCase())).json()) as { id: number; version: number };
    await until(() => s.text().includes('event: changed'));
    const frames = s
      .text()
      .split('\n\n')
      .filter((f) => f.startsWith('event: changed'));
    expect(frames).toHaveLength(1);
    const data = JSON.parse(frames[0]!.split('\n')[1]!.replace(/^data: /, '')) as Record<string, unknown>;
    expect(data).toMatchObject({ entity: 'case', id: created.id, method: 'cases.create' });
    expect(typeof data.by).toBe('string');
    expect(Number.isNaN(Date.parse(String(data.at)))).toBe(false);
    // A stale write is a 409 and tells nobody anything.
    const { registeredDate: _r, ...fields } = sampleCase();
    expect((await post('cases.update', { ...fields, id: created.id, version: created.version + 5 })).status).toBe(409);
    await new Promise((r) => setTimeout(r, 200));
    expect(s.text().split('event: changed')).toHaveLength(2);
  });

  it('ends every stream when the host closes, without waiting for the client', async () => {
    const h = await host();
    const s = await open(`${h.url}/events`, { authorization: `Bearer ${h.token}` });
    const started = Date.now();
    await h.close();
    await s.ended;
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('change streams', () => {
  it('tell each stream only the changes its caller sees', async () => {
    const service = tempService();
    const streams = changeStreams(service);
    const server = createServer((req, res) =>
      streams.serve(req, res, {
        allowed: true,
        locale: 'nb',
        sees: req.url === '/events?cases=no' ? (e) => e.entity !== 'case' : undefined,
      }),
    );
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    cleanup.push(
      () =>
        new Promise<void>((ok) => {
          streams.close();
          server.closeAllConnections();
          server.close(() => ok());
        }),
    );
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
    const all = await open(base);
    const noCases = await open(`${base}?cases=no`);
    expect(service.dispatch('cases.create', sampleCase(), 'nb').ok).toBe(true);
    expect(service.dispatch('suppliers.create', { orgnr: '974760673', name: 'Grønn Mobilitet AS' }, 'nb').ok).toBe(
      true,
    );
    await until(() => all.text().split('event: changed').length === 3 && noCases.text().includes('"supplier"'));
    expect(noCases.text()).not.toContain('"case"');
  });

  it('keep at most so many streams open, ping the idle ones, and stop listening when closed', async () => {
    const service = tempService();
    const streams = changeStreams(service, { maxSubscribers: 2, pingMs: 50 });
    const server = createServer((req, res) => streams.serve(req, res, { allowed: true, locale: 'nb' }));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    cleanup.push(
      () =>
        new Promise<void>((ok) => {
          streams.close();
          server.closeAllConnections();
          server.close(() => ok());
        }),
    );
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
    const a = await open(url);
    const b = await open(url);
    const c = await open(url);
    expect([a.res.statusCode, b.res.statusCode, c.res.statusCode]).toEqual([200, 200, 503]);
    expect(c.res.headers['retry-after']).toBe('30');
    await until(() => a.text().includes(': ping'));
    // One that leaves frees its place.
    a.res.destroy();
    await until(() => streams.count === 1);
    expect((await open(url)).res.statusCode).toBe(200);
    streams.close();
    await b.ended;
    expect(streams.count).toBe(0);
  });
});
