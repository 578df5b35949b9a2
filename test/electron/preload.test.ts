import { build } from 'esbuild';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { methods } from '../../core/index.js';
import { repoRoot } from '../../service/repoPaths.js';

// Bundles the real preload as the desktop build does and runs it with a
// recording stand-in for Electron's contextBridge (the runtime is not here).
describe('preload bridge', () => {
  it('exposes window.api with one function per contract method and nothing else', async () => {
    const out = await build({
      entryPoints: [path.join(repoRoot, 'electron', 'preload.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      external: ['electron'],
    });
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const listening = new Map<(...a: unknown[]) => void, string>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: {
        invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve('ok')),
        on: (channel: string, fn: (...a: unknown[]) => void) => listening.set(fn, channel),
        removeListener: (_channel: string, fn: (...a: unknown[]) => void) => listening.delete(fn),
      },
    };
    const mod = { exports: {} };
    vm.runInNewContext(out.outputFiles[0]!.text, {
      require: (id: string) => (id === 'electron' ? electron : {}),
      module: mod,
      exports: mod.exports,
    });
    expect(Object.keys(exposed)).toEqual([
      'api',
      'apiExport',
      'apiPrint',
      'apiSave',
      'apiBackupFolder',
      'apiOffice',
      'apiOfficeEvents',
    ]);
    const api = exposed.api as Record<string, (input: unknown, locale: string) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...methods].sort());
    expect(Object.isFrozen(api)).toBe(true);
    await api['cases.get']!({ id: 1 }, 'nb');
    expect(invoked).toEqual([['rpc:cases.get', { id: 1 }, 'nb']]);
    // Reports: only the kinds on the list reach the main process.
    const apiExport = exposed.apiExport as (kind: string, input: unknown, locale: string) => Promise<unknown>;
    await apiExport('briefing', { format: 'pdf' }, 'nb');
    await expect(apiExport('../../etc', {}, 'nb')).rejects.toThrow('unknown export');
    expect(invoked.at(-1)).toEqual(['export:briefing', { format: 'pdf' }, 'nb']);
    expect(invoked).toHaveLength(2);
    // Saving: a name and the bytes cross, nothing else (no path: the main process asks the user where).
    const apiSave = exposed.apiSave as (file: unknown, locale: string) => Promise<unknown>;
    const bytes = new Uint8Array([1, 2, 3]);
    await apiSave({ fileName: 'pakke.pdf', bytes, path: '/etc/passwd' }, 'nb');
    expect(invoked.at(-1)).toEqual(['save-file', { fileName: 'pakke.pdf', bytes }, 'nb']);
    // The backup folder: the page says choose or clear, never a path.
    const apiBackupFolder = exposed.apiBackupFolder as (action: unknown, locale: string) => Promise<unknown>;
    await apiBackupFolder('C:\\Users\\evil', 'nb');
    expect(invoked.at(-1)).toEqual(['backup-folder', 'choose', 'nb']);
    // The office server: one channel, the request as the page gave it (the main process validates it).
    const apiOffice = exposed.apiOffice as (request: unknown, locale: string) => Promise<unknown>;
    await apiOffice({ action: 'probe', address: 'anskaff.kommune.no' }, 'nb');
    expect(invoked.at(-1)).toEqual(['office', { action: 'probe', address: 'anskaff.kommune.no' }, 'nb']);
    // Its changes: the page listens on the one channel and hears the message only, never the IPC event.
    const apiOfficeEvents = exposed.apiOfficeEvents as (listener: ((m: unknown) => void) | null) => void;
    const heard: unknown[][] = [];
    apiOfficeEvents(() => heard.push(['replaced']));
    apiOfficeEvents((...m) => heard.push(m));
    // One listener at a time: the second replaced the first.
    expect([...listening.values()]).toEqual(['office-events']);
    const sender = { send: () => {} };
    for (const fn of listening.keys()) fn({ sender }, { type: 'missed' });
    expect(heard).toEqual([[{ type: 'missed' }]]);
    apiOfficeEvents(null);
    expect(listening.size).toBe(0);
  });
});
