import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {
  catchPrintDialog,
  firstStartWithDemo,
  go,
  pageMarks,
  printed,
  registerCase,
  saveBriefingPdf,
  type DesktopApp,
} from './desktop/flows.js';

// The desktop app on the real Electron runtime, where it and the Electron
// build of better-sqlite3 exist (not on machines without network access:
// there it is skipped, and desktop.spec.ts runs the same flows through the
// Electron stand-in). It runs the app from the source tree, as `npm start` does.
const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
function runtime(): string | null {
  try {
    // Look before requiring: electron's index.js starts a download when the runtime is missing.
    if (!existsSync(path.join(path.dirname(require.resolve('electron/package.json')), 'path.txt'))) return null;
    const bin = require('electron') as unknown as string;
    return existsSync(bin) && existsSync(path.join(root, 'build', 'native', 'electron', 'better_sqlite3.node'))
      ? bin
      : null;
  } catch {
    return null;
  }
}
const bin = runtime();

test.describe('desktop app on Electron', () => {
  test.skip(!bin, 'the Electron runtime (or its better-sqlite3 build) is not installed on this machine');
  let home: string;
  test.beforeEach(() => {
    home = mkdtempSync(path.join(os.tmpdir(), 'anskaff-electron-'));
    mkdirSync(path.join(home, 'Documents'));
  });
  test.afterEach(() => rmSync(home, { recursive: true, force: true }));
  const launch = async () =>
    (await electron.launch({
      executablePath: bin!,
      args: [root],
      cwd: root,
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') },
    })) as unknown as DesktopApp;

  test('first start, a case, the public and closed packs as PDF, "Skriv ut", and the backup on quit', async () => {
    const app = await launch();
    const win = await app.firstWindow();
    await firstStartWithDemo(win);
    await registerCase(win, '2026/9401', 'Elektriske varebiler til hjemmetjenesten');
    const publicPages = await saveBriefingPdf(app, win, 'public', path.join(home, 'Documents', 'offentlig.pdf'));
    pageMarks(publicPages);
    expect(publicPages.join('\n')).not.toMatch(/Unntatt offentlighet, jf\. offentleglova/);
    const closedPages = await saveBriefingPdf(app, win, 'closed', path.join(home, 'Documents', 'lukket.pdf'));
    closedPages.forEach((p) => expect(p).toContain('Unntatt offentlighet, jf. offentleglova § 13'));

    await catchPrintDialog(app);
    await go(win, 'Orientering', 'Orientering til politisk ledelse');
    await win.getByRole('button', { name: 'Skriv ut' }).click();
    await expect(win.getByRole('status').filter({ hasText: 'Pakken er sendt til skriveren.' })).toBeVisible({
      timeout: 60_000,
    });
    expect((await printed(app))[0]).toMatchObject({ ready: true });

    // Opened from the app's own scheme, with nothing of Node in the page.
    expect(win.url()).toMatch(/^app:\/\/anskaff\/index\.html/);
    expect(
      await win.evaluate(() => [
        typeof (window as unknown as { require?: unknown }).require,
        typeof (window as unknown as { process?: unknown }).process,
      ]),
    ).toEqual(['undefined', 'undefined']);
    const before = win.url();
    await win.evaluate(() => window.open('https://example.org/'));
    await win.evaluate(() => (window.location.href = 'https://example.org/'));
    await expect.poll(() => win.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);

    await app.close();
    expect(readdirSync(path.join(home, '.config', 'Anskaff', 'backups')).some((n) => n.endsWith('-quit.sqlite'))).toBe(
      true,
    );
  });
});
