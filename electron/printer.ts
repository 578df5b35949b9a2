import { app, BrowserWindow } from 'electron';
import { PRINT_MARGINS, PRINT_READY_TIMEOUT_MS, PRINT_VIEWPORT, printRouteLocale, t } from '../core/index.js';
import { PrintError, type PdfPrinter } from '../service/print/printer.js';

// Resolves when the print route has signalled (data-print-ready), with its error if it failed.
const WAIT_FOR_READY = `new Promise((resolve) => {
  const el = document.documentElement;
  const done = () => resolve(el.getAttribute('data-print-error'));
  if (el.hasAttribute('data-print-ready')) return done();
  new MutationObserver((_, o) => { if (el.hasAttribute('data-print-ready')) { o.disconnect(); done(); } }).observe(el, { attributes: true });
})`;

/** The route's ready signal, or a PrintError in the route's language once the wait has lasted too long. */
async function waitForReady(win: BrowserWindow, url: string, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new PrintError(t('printNotReady', printRouteLocale(url), { seconds: Math.round(timeoutMs / 1000) }))),
      timeoutMs,
    );
  });
  try {
    const failed = (await Promise.race([win.webContents.executeJavaScript(WAIT_FOR_READY), timedOut])) as string | null;
    if (failed) throw new PrintError(t('printFailed', printRouteLocale(url), { reason: failed }));
  } finally {
    clearTimeout(timer);
  }
}

const MM_PER_INCH = 25.4;
const DIALOG_WINDOW = { width: 800, height: 1000 };

/**
 * The desktop app's printer: a hidden window, as locked down as the main one,
 * opens the report route; when the route says it is ready, Chromium's
 * printToPDF makes A4. The running header and "side n av N" footer are the
 * route's own page rules, so the print dialog's sheets carry them too.
 */
export class ElectronPrinter implements PdfPrinter {
  constructor(
    private readonly preload: string,
    private readonly readyTimeoutMs: number = PRINT_READY_TIMEOUT_MS,
  ) {}

  async pdf(url: string): Promise<Uint8Array> {
    // Always A4: the wide window spares Chromium's layout at the window's width (PRINT_VIEWPORT).
    const win = this.window(PRINT_VIEWPORT);
    try {
      await win.loadURL(url);
      await waitForReady(win, url, this.readyTimeoutMs);
      const mm = (v: string) => Number.parseFloat(v) / MM_PER_INCH;
      return await win.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        // Tagged (headings, tables and reading order for screen readers; council documents must be accessible) and with bookmarks per heading.
        generateTaggedPDF: true,
        generateDocumentOutline: true,
        margins: {
          top: mm(PRINT_MARGINS.top),
          bottom: mm(PRINT_MARGINS.bottom),
          left: mm(PRINT_MARGINS.left),
          right: mm(PRINT_MARGINS.right),
        },
      });
    } finally {
      win.destroy();
    }
  }

  /** A hidden window as locked down as the main one. Its options are a literal, as in main.ts, because electronegativity reads only a literal (a shared function hides them: its CONTEXT_ISOLATION and SANDBOX checks then fire); test/electron/window.test.ts holds the two equal. */
  private window(size: { width: number; height: number }): BrowserWindow {
    return new BrowserWindow({
      show: false,
      ...size,
      webPreferences: {
        preload: this.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        disableBlinkFeatures: 'Auxclick',
        devTools: !app.isPackaged,
      },
    });
  }

  /** Sends the route to a printer through the system's print dialog (the desktop app's "Skriv ut"). */
  async print(url: string): Promise<boolean> {
    // Any paper the user picks, however wide: a window far narrower than where print.css hides the report, so it always shows.
    const win = this.window(DIALOG_WINDOW);
    try {
      await win.loadURL(url);
      await waitForReady(win, url, this.readyTimeoutMs);
      // The route's page rules put the running marks (the closed version's exemption, "side n av N") on every sheet.
      return await new Promise<boolean>((resolve) =>
        win.webContents.print({ silent: false, printBackground: true, pageSize: 'A4' }, (ok) => resolve(ok)),
      );
    } finally {
      win.destroy();
    }
  }

  async close(): Promise<void> {}
}
