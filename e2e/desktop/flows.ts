import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

// The desktop app's flows, written against the part of Playwright's
// ElectronApplication the stand-in shares (firstWindow, windows, evaluate,
// close), so desktop.spec.ts (the stand-in) and electron.spec.ts (the real
// runtime) run the same steps.

/* eslint-disable @typescript-eslint/no-explicit-any -- the electron module differs between the stand-in and Electron's own types */
export interface DesktopApp {
  firstWindow(): Promise<Page>;
  windows(): Page[];
  evaluate<R, A>(fn: (electron: any, arg: A) => R | Promise<R>, arg: A): Promise<Awaited<R>>;
  close(): Promise<void>;
}

/** Answers the next save dialogs with these paths, in order, as a user choosing where to save would; records what each dialog suggested. */
export async function answerSaveDialogs(app: DesktopApp, files: string[]): Promise<void> {
  await app.evaluate(({ dialog }, answers: string[]) => {
    const g = globalThis as unknown as { __anskaffSaveAsked: unknown[] };
    g.__anskaffSaveAsked = [];
    const queue = [...answers];
    dialog.showSaveDialog = async (...args: any[]) => {
      g.__anskaffSaveAsked.push(args.at(-1));
      const filePath = queue.shift();
      return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' };
    };
  }, files);
}

/** What the save dialogs were asked (their options, in order). */
export function saveDialogsAsked(
  app: DesktopApp,
): Promise<{ defaultPath: string; filters: { extensions: string[] }[] }[]> {
  return app.evaluate(() => (globalThis as unknown as { __anskaffSaveAsked: never[] }).__anskaffSaveAsked, undefined);
}

/**
 * Catches "Skriv ut": the system's print dialog is replaced by a recorder
 * (on the print window's webContents prototype, as with Electron), which
 * notes the page it was given and whether that page had said it was ready.
 */
export async function catchPrintDialog(app: DesktopApp): Promise<void> {
  await app.evaluate(({ webContents, BrowserWindow }) => {
    const g = globalThis as unknown as { __anskaffPrinted: unknown[] };
    g.__anskaffPrinted = [];
    const sample = webContents.getAllWebContents()[0] ?? BrowserWindow.getAllWindows()[0]?.webContents;
    const proto = Object.getPrototypeOf(sample);
    proto.print = function (this: any, options: unknown, callback: (ok: boolean, reason: string) => void) {
      void this.executeJavaScript(
        'document.documentElement.hasAttribute("data-print-ready") && !document.documentElement.hasAttribute("data-print-error")',
      ).then((ready: boolean) => {
        g.__anskaffPrinted.push({ url: this.getURL(), options, ready });
        callback(true, '');
      });
    };
  }, undefined);
}

export function printed(app: DesktopApp): Promise<{ url: string; options: { pageSize?: string }; ready: boolean }[]> {
  return app.evaluate(() => (globalThis as unknown as { __anskaffPrinted: never[] }).__anskaffPrinted, undefined);
}

/** A PDF's text, page by page (pdftotext, in drawing order). */
export function pdfPages(file: string): string[] {
  expect(existsSync(file), `${file} was saved`).toBe(true);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p) => p.trim());
}

export async function go(win: Page, menuItem: string, heading: string | RegExp): Promise<void> {
  await win.getByRole('link', { name: menuItem, exact: true }).first().click();
  await expect(win.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** First start on an empty data folder: the welcome, and the demo municipality put in through the app. */
export async function firstStartWithDemo(win: Page): Promise<void> {
  await expect(win.getByRole('heading', { name: 'Velkommen til Anskaff' })).toBeVisible();
  await win.getByRole('button', { name: 'Legg inn demodata' }).click();
  await expect(win.getByText('440 saker')).toBeVisible({ timeout: 30_000 });
}

/** A small demo register put in over the app's own IPC (quicker than the welcome's 440 cases), then the window reloaded to show it. */
export async function seedDemo(app: DesktopApp, win: Page, cases: number): Promise<void> {
  const r = await win.evaluate(
    (n) =>
      (window as unknown as { api: Record<string, (i: unknown, l: string) => Promise<{ ok: boolean }>> }).api[
        'demo.seed'
      ]!({ cases: n }, 'nb'),
    cases,
  );
  expect(r.ok).toBe(true);
  // The start page is "Min oversikt": reload on the case list, which counts the cases.
  await win.evaluate(() => void (window.location.hash = '#/cases'));
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.reload(), undefined);
  await expect(win.getByText(`${cases} saker`)).toBeVisible({ timeout: 20_000 });
}

/** A case registered through the form, as a buyer would. */
export async function registerCase(win: Page, caseNumber: string, title: string): Promise<void> {
  await go(win, 'Saker', 'Anskaffelsessaker');
  await win.getByRole('link', { name: 'Ny sak' }).first().click();
  await expect(win.getByRole('heading', { name: 'Ny anskaffelsessak' })).toBeVisible();
  await win.getByLabel('Saksnummer i arkivet').fill(caseNumber);
  await win.getByLabel('Tittel').fill(title);
  await win.getByLabel('Beskrivelse av behovet').fill('Behovet er beskrevet i skrivebordsappen.');
  await win.getByLabel('Avdeling som eier behovet').fill('Teknisk drift');
  await win.getByLabel('Ansvarlig innkjøper').fill('Kari Nordmann');
  await win.getByLabel('Anslått verdi (kr ekskl. mva.)').fill('3 500 000');
  await win.getByLabel('Type anskaffelse', { exact: true }).selectOption({ label: 'Tjenester' });
  await win.getByLabel('Prosedyre').selectOption({ label: 'Åpen anbudskonkurranse' });
  await win.getByRole('button', { name: 'Opprett sak' }).click();
  await expect(win.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** A briefing pack of the given version saved as PDF through the app's own export, to `file`. */
export async function saveBriefingPdf(
  app: DesktopApp,
  win: Page,
  version: 'public' | 'closed',
  file: string,
): Promise<string[]> {
  await answerSaveDialogs(app, [file]);
  await go(win, 'Orientering', 'Orientering til politisk ledelse');
  await win.getByLabel('Kommune').fill('Demo kommune');
  await win.getByLabel('Møte', { exact: true }).fill('Kommunestyret');
  await win
    .getByRole('radio', { name: version === 'public' ? 'Offentlig versjon' : 'Lukket versjon (unntatt offentlighet)' })
    .check();
  // The short version, the default: the appendix of all cases is a file of its own, not in the pack.
  await expect(win.getByRole('radio', { name: /^Kort versjon/ })).toBeChecked();
  await win.getByRole('button', { name: 'Lagre PDF' }).click();
  await expect(win.getByRole('status').filter({ hasText: `er lagret som ${file}` })).toBeVisible({ timeout: 60_000 });
  const asked = (await saveDialogsAsked(app))[0]!;
  expect(path.basename(asked.defaultPath)).toMatch(
    new RegExp(`^orientering-\\d{4}-01-01-\\d{4}-12-31-${version === 'public' ? 'offentlig' : 'lukket'}\\.pdf$`),
  );
  expect(asked.filters[0]!.extensions).toEqual(['pdf']);
  return pdfPages(file);
}

export function pageMarks(pages: string[]): void {
  pages.forEach((p, i) => expect(p, `page ${i + 1}`).toContain(`side ${i + 1} av ${pages.length}`));
}
