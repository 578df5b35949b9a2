import { describe, expect, it, vi } from 'vitest';

// The desktop printer's own logic, around a window that never becomes ready
// or says it failed. (The printer's real path, with Chromium's printToPDF,
// runs in e2e/desktop.spec.ts through the Electron stand-in.)
const behaviour = { ready: new Promise<null>(() => {}) as Promise<string | null>, destroyed: 0 };
vi.mock('electron', () => ({
  app: { isPackaged: true },
  BrowserWindow: class {
    webContents = { executeJavaScript: () => behaviour.ready, printToPDF: async () => new Uint8Array([37]) };
    loadURL = async () => {};
    destroy = () => void behaviour.destroyed++;
  },
}));
const { ElectronPrinter } = await import('../../electron/printer.js');
const { PrintError } = await import('../../service/print/printer.js');

describe('the desktop printer', () => {
  it('gives up on a report that never says it is ready, in the report’s language, and closes its window', async () => {
    behaviour.ready = new Promise(() => {});
    const before = behaviour.destroyed;
    const printer = new ElectronPrinter('/preload.cjs', 50);
    const nb = printer.pdf('app://anskaff/print.html#/print/briefing?spec=x&lang=nb');
    await expect(nb).rejects.toBeInstanceOf(PrintError);
    await expect(nb).rejects.toThrow(/^Rapporten ble ikke klar til utskrift innen 0 sekunder/);
    await expect(printer.pdf('app://anskaff/print.html#/print/briefing?spec=x&lang=en')).rejects.toThrow(
      /^The report was not ready to print/,
    );
    expect(behaviour.destroyed - before).toBe(2);
  });

  it('says why when the report route failed', async () => {
    behaviour.ready = Promise.resolve('Fant ikke saken');
    await expect(
      new ElectronPrinter('/preload.cjs').pdf('app://anskaff/print.html#/print/protocol?case=9&lang=nb'),
    ).rejects.toThrow('Rapporten kunne ikke skrives ut: Fant ikke saken');
  });
});
