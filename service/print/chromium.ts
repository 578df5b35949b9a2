import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { PrintError, type PdfPrinter } from './printer.js';
import { PRINT_MARGINS, PRINT_READY_TIMEOUT_MS, PRINT_VIEWPORT, printRouteLocale, t } from '../../core/index.js';

/** Chromium makes no requests of its own (updates, sync, safe browsing) and runs as root on CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to print with: ANSKAFF_CHROMIUM, else Debian's, else a Chrome or Edge playwright-core can find. */
export function chromiumLaunchOptions(): { executablePath?: string; channel?: string } {
  const path =
    process.env.ANSKAFF_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (path) return { executablePath: path };
  return { channel: process.platform === 'win32' ? 'msedge' : 'chrome' };
}

/**
 * Headless Chromium (playwright-core), started on first use and kept for the
 * next report. Each report opens the route, waits for the route's ready
 * signal (never a fixed delay) and prints it: A4, with the running header
 * and "side 3 av 12" footer that the route's page rules hold.
 */
export class ChromiumPrinter implements PdfPrinter {
  private browser: Promise<Browser> | null = null;

  /** `trustOwnCertificate`: the office server prints its own pages over HTTPS with a certificate it may have made itself. */
  constructor(private readonly opts: { trustOwnCertificate?: boolean } = {}) {}

  private launch(): Promise<Browser> {
    this.browser ??= chromium.launch({ ...chromiumLaunchOptions(), args: CHROMIUM_ARGS });
    return this.browser;
  }

  async pdf(url: string): Promise<Uint8Array> {
    const browser = await this.launch();
    const page = await browser.newPage({
      viewport: PRINT_VIEWPORT,
      ignoreHTTPSErrors: this.opts.trustOwnCertificate ?? false,
    });
    try {
      // The report is the app's own page: nothing may be fetched from anywhere else.
      const origin = new URL(url).origin;
      await page.route('**/*', (r) => (new URL(r.request().url()).origin === origin ? r.continue() : r.abort()));
      await page.goto(url);
      // A failure guard, not a delay: the route says when it is ready, or that it failed.
      await page
        .waitForSelector('html[data-print-ready]', { state: 'attached', timeout: PRINT_READY_TIMEOUT_MS })
        .catch(() => {
          throw new PrintError(t('printNotReady', printRouteLocale(url), { seconds: PRINT_READY_TIMEOUT_MS / 1000 }));
        });
      const failed = await page.getAttribute('html', 'data-print-error');
      if (failed) throw new PrintError(t('printFailed', printRouteLocale(url), { reason: failed }));
      // Tagged (headings, tables and reading order for screen readers; council documents must be accessible) and with bookmarks per heading.
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: PRINT_MARGINS,
        tagged: true,
        outline: true,
      });
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    if (b) await (await b).close();
  }
}
