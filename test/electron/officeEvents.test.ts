import fc from 'fast-check';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../core/index.js';
import { OfficeClient, probeOffice, type OfficePin } from '../../electron/officeClient.js';
import { OfficeConnection } from '../../electron/officeConnection.js';
import { changeEventOf, sseParser, type OfficeEventMessage } from '../../electron/officeEvents.js';
import { sendOfficeEvent } from '../../electron/officeIpc.js';
import { APP_PAGES } from '../../electron/appProtocol.js';
import { fileExporter } from '../../service/exporter.js';
import { startOfficeHost, type OfficeHost } from '../../service/http/office/host.js';
import type { Service } from '../../service/service.js';
import { startTestOffice, testCertificate, type TestCertificate } from '../helpers/office.js';
import { ok, sampleCase, tempDir, tempService } from '../helpers/tempService.js';

// The desktop app's main process following the office server's change
// stream (GET /events), against the real office server over HTTPS with a
// pinned self-signed certificate: what another user writes reaches the
// desktop window, and a dropped stream comes back and says changes may have
// been missed.

const PASSWORD = 'riktig hest batteri stift';
const servers: OfficeHost[] = [];
const stops: (() => void)[] = [];
const clients: OfficeClient[] = [];
afterEach(async () => {
  for (const s of stops.splice(0)) s();
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) await s.close();
});

async function office() {
  const service = tempService();
  for (const [username, name] of [
    ['kari', 'Kari Nordmann'],
    ['per', 'Per Hansen'],
  ] as const)
    await service.office.create({ username, name, role: 'innkjøper', departments: [] }, PASSWORD);
  const certificate = await testCertificate();
  const server = await startTestOffice(service, certificate);
  servers.push(server);
  watchStreams(server);
  const p = await probeOffice(server.url, 'nb');
  if (!p.ok) throw new Error(JSON.stringify(p.body));
  return { service, server, certificate, pin: p.probe };
}

/** Kari's desktop app, signed in, following the stream; what it heard. */
async function kariFollowing(pin: OfficePin) {
  const c = new OfficeClient(pin);
  clients.push(c);
  expect((await c.signIn('kari', PASSWORD, 'nb')).ok).toBe(true);
  const heard: OfficeEventMessage[] = [];
  let unauthorized = 0;
  stops.push(c.events({ message: (m) => heard.push(m), unauthorized: () => unauthorized++ }, () => 50));
  return { client: c, heard, unauthorized: () => unauthorized };
}

/** Per writes on the server (the service with his caller, as the server's /rpc does). */
async function perWrites(service: Service, title: string): Promise<number> {
  const per = await service.office.current('per');
  const r = await service.call('cases.create', sampleCase({ caseNumber: `2026/${title.length}`, title }), 'nb', per!);
  if (!r.ok) throw new Error(JSON.stringify(r.body));
  return (r.value as { id: number }).id;
}

const changes = (heard: OfficeEventMessage[]) =>
  heard.flatMap((m) => (m.type === 'changed' ? [m.event] : ([] as ChangeEvent[])));

/** The server's /events answers, to see when a stream is open (its headers sent, not ended). */
const eventStreams = new WeakMap<OfficeHost, ServerResponse[]>();
function watchStreams(server: OfficeHost): void {
  const list: ServerResponse[] = [];
  eventStreams.set(server, list);
  server.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/events') list.push(res);
  });
}
/** Waits until the server has `n` streams open to the desktop app. */
const streaming = (server: OfficeHost, n = 1) =>
  expect
    .poll(
      () => (eventStreams.get(server) ?? []).filter((r) => r.headersSent && !r.writableEnded && !r.destroyed).length,
    )
    .toBe(n);

describe('the office server’s changes in the desktop app', () => {
  it('hears what another user writes on the server, with who and which record', async () => {
    const { service, server, pin } = await office();
    const { heard } = await kariFollowing(pin);
    await streaming(server);
    const id = await perWrites(service, 'Snøbrøyting');
    await expect.poll(() => changes(heard)).toHaveLength(1);
    expect(changes(heard)[0]).toMatchObject({ entity: 'case', id, method: 'cases.create', by: 'Per Hansen' });
    // No drop, so nothing to say was missed, and the server was never lost.
    expect(heard.filter((m) => m.type !== 'changed')).toEqual([]);
  });

  it('when the stream drops, says so at once, opens it again, says changes may have been missed, and hears the next', async () => {
    const { service, server, pin } = await office();
    const { heard } = await kariFollowing(pin);
    await streaming(server);
    server.server.closeAllConnections();
    await expect.poll(() => heard.map((m) => m.type)).toEqual(['lost', 'missed']);
    await streaming(server);
    await perWrites(service, 'Veilys');
    await expect.poll(() => changes(heard).map((e) => e.method)).toEqual(['cases.create']);
  });

  it('after a restart of the server (sessions are in memory) stops and ends the session here: sign in again', async () => {
    const { service, server, pin, certificate } = await office();
    const { client, heard, unauthorized } = await kariFollowing(pin);
    await streaming(server);
    const port = Number(new URL(server.url).port);
    await server.close();
    servers.splice(0);
    await expect.poll(() => heard.map((m) => m.type)).toEqual(['lost']);
    const again = await restart(service, certificate, port);
    servers.push(again);
    watchStreams(again);
    await expect.poll(unauthorized).toBe(1);
    expect(client.signedIn).toBe(false);
  });

  it('follows only while signed in: OfficeConnection starts at sign-in and stops at sign-out', async () => {
    const { service, server, pin } = await office();
    const sent: OfficeEventMessage[] = [];
    const dir = tempDir();
    const conn = new OfficeConnection(dir, undefined, (m) => sent.push(m));
    stops.push(() => conn.close());
    const probed = await conn.probe(pin.origin, 'nb');
    expect(probed.ok).toBe(true);
    expect((await conn.accept(pin.origin, pin.fingerprint, 'kari', PASSWORD, 'nb')).ok).toBe(true);
    await streaming(server);
    await perWrites(service, 'Brannsyn');
    await expect.poll(() => changes(sent)).toHaveLength(1);
    await conn.signOut('nb');
    await perWrites(service, 'Feiing av gater');
    // Give the server time to have sent it, were the stream still open.
    ok(service, 'cases.list', {});
    await new Promise((r) => setTimeout(r, 300));
    expect(changes(sent)).toHaveLength(1);
  });
});

/** The office server again on the same port (a restart: its sessions are gone). */
function restart(service: Service, certificate: TestCertificate, port: number): Promise<OfficeHost> {
  const noPrinter = { pdf: () => Promise.reject(new Error('no printer')), close: () => Promise.resolve() };
  return startOfficeHost({ service, tls: certificate, port, exporter: fileExporter(service, noPrinter, 'test') });
}

describe('forwarding to the window', () => {
  const contents = (url: string, destroyed = false) => {
    const sent: unknown[][] = [];
    return { sent, isDestroyed: () => destroyed, getURL: () => url, send: (...a: unknown[]) => void sent.push(a) };
  };

  it('sends only to the app’s own main page, on the office events channel', () => {
    const m: OfficeEventMessage = { type: 'missed' };
    const main = contents(`${APP_PAGES.main}#/saker`);
    expect(sendOfficeEvent(main, m)).toBe(true);
    expect(main.sent).toEqual([['office-events', m]]);
    for (const other of [
      contents(APP_PAGES.print),
      contents('https://evil.example/'),
      contents(APP_PAGES.main, true),
    ]) {
      expect(sendOfficeEvent(other, m)).toBe(false);
      expect(other.sent).toEqual([]);
    }
    expect(sendOfficeEvent(null, m)).toBe(false);
  });
});

describe('reading the stream', () => {
  const event: ChangeEvent = {
    entity: 'case',
    id: 12,
    method: 'cases.update',
    by: 'Kari Nordmann',
    at: '2026-11-28T15:00:00.000Z',
  };
  const frames = `: ping\n\nevent: changed\ndata: ${JSON.stringify(event)}\n\n: ping\n\nevent: other\ndata: {}\n\n`;

  it('reads the same events however the bytes are split into chunks, ignoring pings and other events', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(frames.length), { maxLength: 8 }), (cuts) => {
        const got: [string, string][] = [];
        const parse = sseParser((type, data) => got.push([type, data]));
        const at = [0, ...[...new Set(cuts)].sort((a, b) => a - b), frames.length];
        for (let i = 1; i < at.length; i++) parse(frames.slice(at[i - 1], at[i]));
        expect(got).toEqual([
          ['changed', JSON.stringify(event)],
          ['other', '{}'],
        ]);
      }),
    );
  });

  it('takes a change event only with its fields as the server sends them', () => {
    expect(changeEventOf(JSON.stringify(event))).toEqual(event);
    expect(changeEventOf(JSON.stringify({ ...event, id: null, entity: null, extra: 'x' }))).toEqual({
      ...event,
      id: null,
      entity: null,
    });
    for (const bad of [
      '',
      'null',
      '[]',
      '{"id":"12"}',
      JSON.stringify({ ...event, by: 3 }),
      JSON.stringify({ ...event, id: 1.5 }),
    ])
      expect(changeEventOf(bad)).toBeNull();
  });
});
