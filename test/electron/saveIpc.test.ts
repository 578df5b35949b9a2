import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAVE_CHANNEL } from '../../electron/channels.js';
import type { IpcMainLike } from '../../electron/ipc.js';
import { registerSaveIpc, safeFileName } from '../../electron/saveIpc.js';
import { isTrustedSender } from '../../electron/security.js';

type Listener = Parameters<IpcMainLike['handle']>[1];
const fromApp = { senderFrame: { url: 'app://anskaff/index.html#/briefing' } };

function wire(answer: (name: string) => string | null) {
  const handlers = new Map<string, Listener>();
  const asked: string[] = [];
  registerSaveIpc(
    { handle: (c, l) => void handlers.set(c, l) },
    { isTrusted: isTrustedSender, askPath: async (_e, name) => (asked.push(name), answer(name)) },
  );
  return { save: handlers.get(SAVE_CHANNEL)!, asked };
}

describe('saving a file the app made, in the desktop app', () => {
  it('writes the bytes where the user chose, and nowhere when the dialog is cancelled', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'anskaff-save-'));
    const target = path.join(dir, 'pakke.pdf');
    const { save, asked } = wire(() => target);
    const bytes = new Uint8Array([37, 80, 68, 70, 45]);
    expect(await save(fromApp, { fileName: 'orientering.pdf', bytes }, 'nb')).toEqual({ ok: true, saved: target });
    expect(asked).toEqual(['orientering.pdf']);
    expect(readFileSync(target)).toEqual(Buffer.from(bytes));
    expect(readdirSync(dir)).toEqual(['pakke.pdf']);
    const cancelled = wire(() => null);
    expect(await cancelled.save(fromApp, { fileName: 'x.pdf', bytes }, 'nb')).toEqual({ ok: true, saved: null });
  });

  it('never writes through a link left under the temporary name', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'anskaff-save-'));
    const target = path.join(dir, 'pakke.pdf');
    const elsewhere = path.join(dir, 'victim.txt');
    writeFileSync(elsewhere, 'untouched');
    symlinkSync(elsewhere, `${target}.partial`);
    const { save } = wire(() => target);
    const r = (await save(fromApp, { fileName: 'pakke.pdf', bytes: new Uint8Array([1, 2]) }, 'nb')) as { ok: boolean };
    expect(r.ok).toBe(false);
    expect(readFileSync(elsewhere, 'utf8')).toBe('untouched');
  });

  it('says in the user’s language when the file cannot be written, and leaves no half file', async () => {
    const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'anskaff-save-')), 'no-such-folder', 'pakke.pdf');
    const { save } = wire(() => target);
    const r = (await save(fromApp, { fileName: 'pakke.pdf', bytes: new Uint8Array([1]) }, 'nb')) as {
      ok: false;
      body: { error: { message: string } };
    };
    expect(r.ok).toBe(false);
    expect(r.body.error.message).toMatch(/^Filen kunne ikke lagres som .*pakke\.pdf: ENOENT/);
    expect(existsSync(`${target}.partial`)).toBe(false);
  });

  it('refuses other senders and anything that is not a name and bytes', async () => {
    const { save, asked } = wire(() => '/tmp/x');
    expect(
      await save(
        { senderFrame: { url: 'https://evil.example/' } },
        { fileName: 'a.pdf', bytes: new Uint8Array([1]) },
        'nb',
      ),
    ).toMatchObject({ ok: false, status: 403 });
    for (const bad of [
      null,
      {},
      { fileName: 'a.pdf', bytes: 'AAAA' },
      { fileName: 'a.pdf', bytes: [1, 2] },
      { fileName: 'faktura.pdf.exe', bytes: new Uint8Array([1]) },
      { fileName: 'x.lnk', bytes: new Uint8Array([1]) },
    ]) {
      expect(await save(fromApp, bad, 'nb')).toMatchObject({ ok: false, status: 400 });
    }
    expect(asked).toEqual([]);
  });

  it('suggests a plain file name: no folders, no characters Windows refuses, never empty', () => {
    expect(safeFileName('../../Windows/System32/evil.pdf')).toBe('evil.pdf');
    expect(safeFileName('C:\\Users\\x\\a<b>:c.pdf')).toBe('a-b--c.pdf');
    expect(safeFileName('...')).toBe('anskaff');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const name = safeFileName(s);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(150);
        // eslint-disable-next-line no-control-regex -- control characters are what must not be there
        expect(name).not.toMatch(/[\\/<>:"|?*\u0000-\u001f\u007f]/);
        expect(name).not.toMatch(/^[.\s]|[.\s]$/);
      }),
    );
  });
});
