import { describe, expect, it } from 'vitest';
import { methods } from '../../core/index.js';
import { channelOf } from '../../electron/channels.js';
import { MAIN_PROCESS_ONLY } from '../../electron/backupFolderIpc.js';
import { registerIpc, type IpcMainLike } from '../../electron/ipc.js';
import { mayCall, PRINT_PAGE_METHODS } from '../../electron/security.js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../service/repoPaths.js';
import { sampleCase, tempService } from '../helpers/tempService.js';

type Listener = Parameters<IpcMainLike['handle']>[1];

/** Records what registerIpc hands to ipcMain; the service behind it is the real one. */
function recorder() {
  const handlers = new Map<string, Listener>();
  return { ipc: { handle: (channel: string, l: Listener) => void handlers.set(channel, l) }, handlers };
}

const APP = 'app://anskaff/index.html';
const fromApp = { senderFrame: { url: `${APP}#/cases` } };

describe('IPC wiring', () => {
  it('registers exactly one channel per contract method', () => {
    const { ipc, handlers } = recorder();
    registerIpc(ipc, tempService(), mayCall);
    expect([...handlers.keys()].sort()).toEqual(methods.map(channelOf).sort());
  });

  it('validates input with the contract and answers in the asked language', async () => {
    const { ipc, handlers } = recorder();
    registerIpc(ipc, tempService(), mayCall);
    const r = (await handlers.get('rpc:cases.create')!(fromApp, { title: 'x' }, 'en')) as {
      ok: boolean;
      body: { error: { code: string; issues: unknown[] } };
    };
    expect(r.ok).toBe(false);
    expect(r.body.error.code).toBe('invalid_input');
    expect(r.body.error.issues).toContainEqual(
      expect.objectContaining({ path: 'title', message: 'Must be at least 3 characters.' }),
    );
    const created = (await handlers.get('rpc:cases.create')!(fromApp, sampleCase(), 'nb')) as {
      ok: boolean;
      value: { caseNumber: string };
    };
    expect(created.ok && created.value.caseNumber).toBe('2026/1234');
  });

  it('refuses messages from any other page or frame before touching the service', async () => {
    const { ipc, handlers } = recorder();
    const service = tempService();
    registerIpc(ipc, service, mayCall);
    for (const senderFrame of [
      { url: 'https://evil.example/' },
      { url: 'file:///tmp/other.html' },
      { url: 'app://anskaff/other.html' },
      { url: 'app://evil/index.html' },
      null,
    ]) {
      const r = (await handlers.get('rpc:cases.create')!({ senderFrame }, sampleCase(), 'nb')) as {
        ok: boolean;
        status: number;
      };
      expect(r).toMatchObject({ ok: false, status: 403 });
    }
    expect(service.dispatch('cases.list', {}, 'nb')).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('refuses to every page the methods the main process calls itself, such as where backups are copied', async () => {
    const { ipc, handlers } = recorder();
    const service = tempService();
    registerIpc(ipc, service, mayCall, MAIN_PROCESS_ONLY);
    const r = (await handlers.get('rpc:backup.setFolder')!(fromApp, { folder: '/tmp' }, 'nb')) as {
      ok: boolean;
      status: number;
    };
    expect(r).toMatchObject({ ok: false, status: 403 });
    expect(service.dispatch('backup.list', {}, 'nb')).toMatchObject({ ok: true, value: { extraFolder: null } });
    expect(await handlers.get('rpc:backup.list')!(fromApp, {}, 'nb')).toMatchObject({ ok: true });
  });

  it('lets the print page read what its reports need and nothing else', async () => {
    const { ipc, handlers } = recorder();
    const service = tempService();
    registerIpc(ipc, service, mayCall);
    const fromPrint = { senderFrame: { url: 'app://anskaff/print.html#/print/protocol?case=1&lang=nb' } };
    expect(await handlers.get('rpc:protocol.get')!(fromPrint, { caseId: 999 }, 'nb')).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await handlers.get('rpc:cases.create')!(fromPrint, sampleCase(), 'nb')).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await handlers.get('rpc:backup.now')!(fromPrint, {}, 'nb')).toMatchObject({ ok: false, status: 403 });
    expect(service.dispatch('cases.list', {}, 'nb')).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('the print page is allowed exactly the methods its report routes call', () => {
    const dir = path.join(repoRoot, 'renderer', 'src', 'print');
    const called = new Set(
      readdirSync(dir)
        .filter((f) => /\.tsx?$/.test(f))
        .flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/call\('([\w.]+)'/g)].map((m) => m[1]!)),
    );
    expect([...called].sort()).toEqual([...PRINT_PAGE_METHODS].sort());
  });
});
