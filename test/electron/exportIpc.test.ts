import { describe, expect, it } from 'vitest';
import { registerExportIpc } from '../../electron/exportIpc.js';
import type { IpcMainLike } from '../../electron/ipc.js';
import { isTrustedSender } from '../../electron/security.js';
import { tempService } from '../helpers/tempService.js';

type Listener = Parameters<IpcMainLike['handle']>[1];
const APP = 'app://anskaff/index.html';
const fromApp = { senderFrame: { url: `${APP}#/briefing` } };
const spec = { title: 'Orientering', from: '2026-01-01', to: '2026-12-31', version: 'closed' };

// The desktop shell's report channels, wired to the real service and Word
// writer. Electron's own printing cannot run here (no runtime), so the
// printer records what it was asked to print.
function wire() {
  const handlers = new Map<string, Listener>();
  const printed: string[] = [];
  const printer = {
    pdf: async () => new Uint8Array([37, 80, 68, 70]),
    print: async (url: string) => (printed.push(url), true),
    close: async () => {},
  };
  const service = tempService();
  registerExportIpc(
    { handle: (c: string, l: Listener) => void handlers.set(c, l) },
    service,
    printer,
    APP,
    'kari',
    isTrustedSender,
  );
  return { handlers, printed, service };
}

describe('report channels of the desktop app', () => {
  it('refuse a sender that is not the app, and make a Word file for the app', async () => {
    const { handlers } = wire();
    const refused = (await handlers.get('export:briefing')!(
      { senderFrame: { url: 'https://example.com/' } },
      { spec, format: 'docx' },
      'nb',
    )) as { ok: boolean; status: number };
    expect(refused).toMatchObject({ ok: false, status: 403 });
    const r = (await handlers.get('export:briefing')!(fromApp, { spec, format: 'docx', record: true }, 'nb')) as {
      ok: true;
      file: { bytes: Uint8Array; fileName: string };
    };
    expect(r.ok).toBe(true);
    expect(r.file.fileName).toBe('orientering-2026-01-01-2026-12-31-lukket.docx');
    expect(String.fromCharCode(...r.file.bytes.subarray(0, 2))).toBe('PK');
  });

  it('print the report route beside the app page, for the version asked for (the route marks every sheet)', async () => {
    const { handlers, printed, service } = wire();
    const bad = (await handlers.get('print:briefing')!(fromApp, { ...spec, to: '2025-01-01' }, 'nb')) as {
      ok: boolean;
      body: { error: { issues: { path: string }[] } };
    };
    expect(bad.ok).toBe(false);
    expect(bad.body.error.issues[0]!.path).toBe('to');
    const r = (await handlers.get('print:briefing')!(fromApp, spec, 'nb')) as { ok: boolean; printed: boolean };
    expect(r).toEqual({ ok: true, printed: true });
    // The route names the settings the service keeps for it, never their text; the print route gets the pack by that id.
    expect(printed[0]).toMatch(/^app:\/\/anskaff\/print\.html#\/print\/briefing\?id=[\w-]+&lang=nb$/);
    const id = /id=([\w-]+)/.exec(printed[0]!)![1]!;
    const sent = service.dispatch('briefing.prepared', { id }, 'nb');
    expect(sent.ok && sent.value).toMatchObject({ spec: { version: 'closed', title: spec.title } });
  });
});
