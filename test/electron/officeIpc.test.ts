import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { MAIN_PROCESS_ONLY } from '../../electron/backupFolderIpc.js';
import { registerExportIpc } from '../../electron/exportIpc.js';
import { registerIpc, type IpcMainLike } from '../../electron/ipc.js';
import { OfficeConnection, type OfficeState } from '../../electron/officeConnection.js';
import { registerOfficeIpc } from '../../electron/officeIpc.js';
import { isMainPage, mayCall } from '../../electron/security.js';
import type { OfficeHost } from '../../service/http/office/host.js';
import { startTestOffice, testCertificate } from '../helpers/office.js';
import { ok, sampleCase, tempDir, tempService } from '../helpers/tempService.js';

// The desktop app's IPC in office mode: the renderer's calls, with the same
// sender checks and input validation, go to the office server (the real office
// server, startOfficeHost, over the real service) instead of this PC's register.

type Listener = Parameters<IpcMainLike['handle']>[1];
const PASSWORD = 'riktig hest batteri stift';
const main = { senderFrame: { url: 'app://anskaff/index.html#/settings' } };
const printPage = { senderFrame: { url: 'app://anskaff/print.html#/print/briefing' } };
const elsewhere = { senderFrame: { url: 'https://evil.example/index.html' } };

const servers: OfficeHost[] = [];
const offices: OfficeConnection[] = [];
afterEach(async () => {
  for (const o of offices.splice(0)) o.close();
  for (const s of servers.splice(0)) await s.close();
});

async function desktop() {
  const server = tempService();
  await server.office.create({ username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] }, PASSWORD);
  ok(server, 'cases.create', sampleCase({ title: 'Skoleskyss på serveren' }));
  const https = await startTestOffice(server, await testCertificate());
  servers.push(https);
  const local = tempService();
  ok(local, 'cases.create', sampleCase({ title: 'Bare på denne PC-en' }));
  const dataDir = tempDir();
  const changes: OfficeState[] = [];
  const office = new OfficeConnection(dataDir, (s) => changes.push(s));
  offices.push(office);
  const handlers = new Map<string, Listener>();
  const ipc = { handle: (c: string, l: Listener) => void handlers.set(c, l) };
  registerIpc(ipc, local, mayCall, MAIN_PROCESS_ONLY, office);
  const printer = { pdf: async () => new Uint8Array(), print: async () => true, close: async () => {} };
  registerExportIpc(ipc, local, printer, 'app://anskaff/index.html', 'pc-user', isMainPage, office);
  registerOfficeIpc(ipc, office, isMainPage);
  const invoke = (channel: string, event: unknown, ...args: unknown[]) =>
    handlers.get(channel)!(event as Parameters<Listener>[0], ...args) as Promise<Record<string, unknown>>;
  return { server, https, local, dataDir, office, changes, invoke };
}

const titles = (r: Record<string, unknown>) => JSON.stringify(r.value);

describe('the desktop app in office mode', () => {
  it('connects: fingerprint shown, confirmed, signed in; then the renderer’s calls read and write the server’s register', async () => {
    const d = await desktop();
    expect(await d.invoke('office', main, { action: 'state' }, 'nb')).toEqual({ ok: true, state: { mode: 'local' } });
    expect(titles(await d.invoke('rpc:cases.list', main, {}, 'nb'))).toContain('Bare på denne PC-en');
    const probed = (await d.invoke('office', main, { action: 'probe', address: d.https.url }, 'nb')) as {
      ok: true;
      origin: string;
      fingerprint: string;
    };
    expect(probed.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    // A fingerprint other than the one shown is not pinned.
    const wrong = await d.invoke(
      'office',
      main,
      { action: 'accept', origin: probed.origin, fingerprint: 'AB'.repeat(32), username: 'kari', password: PASSWORD },
      'nb',
    );
    expect(wrong).toMatchObject({ ok: false, body: { error: { key: 'officeFingerprintMismatch' } } });
    const accepted = await d.invoke(
      'office',
      main,
      {
        action: 'accept',
        origin: probed.origin,
        fingerprint: probed.fingerprint,
        username: 'kari',
        password: PASSWORD,
      },
      'nb',
    );
    expect(accepted).toMatchObject({
      ok: true,
      state: { mode: 'office', host: '127.0.0.1:' + new URL(d.https.url).port, user: { name: 'Kari Nordmann' } },
    });
    expect(d.changes.at(-1)?.mode).toBe('office');
    const list = titles(await d.invoke('rpc:cases.list', main, {}, 'nb'));
    expect(list).toContain('Skoleskyss på serveren');
    expect(list).not.toContain('Bare på denne PC-en');
    // A write lands on the server, in the signed-in user's name; this PC's register is untouched.
    const made = await d.invoke(
      'rpc:cases.create',
      main,
      sampleCase({ caseNumber: '2026/55', title: 'Brøyting' }),
      'nb',
    );
    expect(made.ok).toBe(true);
    expect(JSON.stringify(ok(d.server, 'cases.list', {}))).toContain('Brøyting');
    expect(JSON.stringify(ok(d.local, 'cases.list', {}))).not.toContain('Brøyting');
    // Files come from the server's /export.
    const file = (await d.invoke('export:xlsx', main, { list: 'cases' }, 'nb')) as {
      ok: true;
      file: { fileName: string };
    };
    expect(file.ok).toBe(true);
    expect(file.file.fileName).toMatch(/\.xlsx$/);
    // The accepted server is kept in the app's data folder; the session is not.
    expect(existsSync(path.join(d.dataDir, 'office-server.json'))).toBe(true);
    const restarted = new OfficeConnection(d.dataDir);
    offices.push(restarted);
    expect(restarted.state()).toMatchObject({ mode: 'office', user: null });
    expect(await restarted.call('cases.list', {}, 'nb')).toMatchObject({
      status: 401,
      body: { error: { code: 'unauthorized' } },
    });
    // Back to this PC's register.
    expect(await d.invoke('office', main, { action: 'disconnect' }, 'nb')).toEqual({
      ok: true,
      state: { mode: 'local' },
    });
    expect(titles(await d.invoke('rpc:cases.list', main, {}, 'nb'))).toContain('Bare på denne PC-en');
    expect(new OfficeConnection(d.dataDir).state()).toEqual({ mode: 'local' });
  });

  it('checks the sender and the input before anything reaches the server', async () => {
    const d = await desktop();
    let requests = 0;
    d.https.server.on('request', () => requests++);
    // Only the main page may connect; the print page and foreign pages may not, nor send what is not a request.
    for (const event of [printPage, elsewhere])
      expect(await d.invoke('office', event, { action: 'probe', address: d.https.url }, 'nb')).toMatchObject({
        ok: false,
        status: 403,
      });
    expect(await d.invoke('office', main, { action: 'probe', address: 7 }, 'nb')).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await d.invoke('office', main, { action: 'eval', code: 'x' }, 'nb')).toMatchObject({
      ok: false,
      status: 400,
    });
    const probed = (await d.invoke('office', main, { action: 'probe', address: d.https.url }, 'nb')) as {
      origin: string;
      fingerprint: string;
    };
    await d.invoke(
      'office',
      main,
      {
        action: 'accept',
        origin: probed.origin,
        fingerprint: probed.fingerprint,
        username: 'kari',
        password: PASSWORD,
      },
      'nb',
    );
    expect(d.office.state()).toMatchObject({ mode: 'office', user: { username: 'kari' } });
    requests = 0;
    // Invalid input is refused here, in the user's language, as the local service would.
    const bad = await d.invoke('rpc:cases.create', main, { title: 'x' }, 'en');
    expect(bad).toMatchObject({ ok: false, status: 400, body: { error: { code: 'invalid_input' } } });
    expect(JSON.stringify(bad)).toContain('Must be at least 3 characters.');
    // A foreign page, and the print page asking for a write, are refused as on one PC.
    expect(await d.invoke('rpc:cases.list', elsewhere, {}, 'nb')).toMatchObject({ status: 403 });
    expect(await d.invoke('rpc:cases.create', printPage, sampleCase(), 'nb')).toMatchObject({ status: 403 });
    expect(await d.invoke('rpc:backup.setFolder', main, { folder: null }, 'nb')).toMatchObject({ status: 403 });
    expect(requests).toBe(0);
  });

  it('prints a protocol from this app’s print page after the server has read it', async () => {
    const d = await desktop();
    const probed = (await d.invoke('office', main, { action: 'probe', address: d.https.url }, 'nb')) as {
      origin: string;
      fingerprint: string;
    };
    await d.invoke(
      'office',
      main,
      {
        action: 'accept',
        origin: probed.origin,
        fingerprint: probed.fingerprint,
        username: 'kari',
        password: PASSWORD,
      },
      'nb',
    );
    expect(d.office.active).toBe(true);
    const job = await d.office.printJob('protocol', { caseId: 1 }, 'nb', 'app://anskaff/index.html');
    expect(job).toEqual({
      ok: true,
      url: expect.stringMatching(/^app:\/\/anskaff\/print\.html#\/print\/protocol\?case=1/),
    });
    expect(await d.office.printJob('protocol', { caseId: 999 }, 'nb', 'app://anskaff/index.html')).toMatchObject({
      ok: false,
      status: 404,
    });
  });
});
