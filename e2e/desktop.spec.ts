import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { damage, padAndCheckpoint } from '../test/helpers/damage.js';
import { openSqlite } from '../db/sqlite.js';
import { betterSqlite3UnderElectron } from './electron-standin/abi.js';
import { launchStandIn } from './electron-standin/launch.js';
import {
  answerSaveDialogs,
  catchPrintDialog,
  firstStartWithDemo,
  go,
  pageMarks,
  pdfPages,
  printed,
  registerCase,
  saveBriefingPdf,
  saveDialogsAsked,
  seedDemo,
} from './desktop/flows.js';
import { appWindow, expect, startApp, test } from './desktop/standin.js';

// The desktop app itself: the built electron/ main and preload, run through
// the Electron stand-in (e2e/electron-standin/) over real Chromium pages,
// with IPC from the pages' real URLs, Chromium's own printToPDF and
// better-sqlite3 held to Electron's ABI. Each test is a PC of its own.

test('a first start: demo data, a case of my own, and the public and closed packs saved as PDF by the desktop printer', async ({
  installed,
  pc,
}) => {
  const app = await startApp(installed, pc);
  const win = await appWindow(app);
  await firstStartWithDemo(win);
  // The day's first start makes the day's backup, in the background.
  await expect
    .poll(
      () =>
        existsSync(path.join(pc.dataDir, 'backups')) &&
        readdirSync(path.join(pc.dataDir, 'backups')).some((n) => n.endsWith('-daily.sqlite')),
    )
    .toBe(true);
  await registerCase(win, '2026/9401', 'Elektriske varebiler til hjemmetjenesten');

  // The public pack: printed by the app's own print window (print.html, reading its data over IPC), saved where the user chose.
  const publicPages = await saveBriefingPdf(app, win, 'public', path.join(pc.documents, 'kommunestyret-offentlig.pdf'));
  expect(publicPages.length).toBeGreaterThan(3);
  pageMarks(publicPages);
  // No page carries the closed version's running mark (withheld cells say so where they are).
  expect(publicPages.join('\n')).not.toMatch(/Unntatt offentlighet, jf\. offentleglova/);
  expect(publicPages[0]).toContain('Demo kommune');

  // The closed pack says so, with its legal basis, on every page.
  // Tagged for screen readers, titled by the pack, with bookmarks: by Electron's printer as by the browser host's.
  const info = execFileSync('pdfinfo', [path.join(pc.documents, 'kommunestyret-offentlig.pdf')], { encoding: 'utf8' });
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  expect(info).toMatch(/^Title:\s+Orientering om innkjøp \d{4}$/m);
  const closedPages = await saveBriefingPdf(app, win, 'closed', path.join(pc.documents, 'kommunestyret-lukket.pdf'));
  pageMarks(closedPages);
  closedPages.forEach((p, i) =>
    expect(p, `closed page ${i + 1}`).toContain('Unntatt offentlighet, jf. offentleglova § 13'),
  );

  // The packs made are recorded, by the PC's user.
  await expect(win.getByTestId('saved-packs').getByRole('row')).toHaveCount(3);
  expect(app.runtime.blocked, 'requests that would have left the PC').toEqual([]);
  await app.close();
});

test('"Skriv ut" sends the ready report to the print dialog; the protocol, a list and a bundle are saved where the user chooses', async ({
  installed,
  pc,
}) => {
  const app = await startApp(installed, pc);
  const win = await appWindow(app);
  await seedDemo(app, win, 40);
  await catchPrintDialog(app);

  await go(win, 'Orientering', 'Orientering til politisk ledelse');
  await win.getByRole('button', { name: 'Skriv ut' }).click();
  await expect(win.getByRole('status').filter({ hasText: 'Pakken er sendt til skriveren.' })).toBeVisible({
    timeout: 60_000,
  });
  const [job] = await printed(app);
  expect(job!.url).toMatch(/^app:\/\/anskaff\/print\.html#\/print\/briefing\?/);
  expect(job!.ready).toBe(true);
  expect(job!.options).toMatchObject({ silent: false, printBackground: true });

  // The case list as a workbook, from the list's own button.
  const files = {
    xlsx: path.join(pc.documents, 'saker.xlsx'),
    protocol: path.join(pc.documents, 'protokoll.pdf'),
    bundle: path.join(pc.documents, 'register.anskaff'),
  };
  await answerSaveDialogs(app, [files.xlsx, files.protocol, files.bundle]);
  await go(win, 'Saker', 'Anskaffelsessaker');
  await win.getByRole('button', { name: 'Eksporter til Excel' }).click();
  await expect.poll(() => existsSync(files.xlsx), { timeout: 30_000 }).toBe(true);
  expect(readFileSync(files.xlsx).subarray(0, 2).toString()).toBe('PK');

  // A case's protocol, from its page: printed, and saved as PDF.
  await win.getByRole('table', { name: 'Anskaffelsessaker' }).getByRole('link').first().click();
  await win.getByRole('link', { name: 'Anskaffelsesprotokoll' }).click();
  await expect(win.getByRole('heading', { name: 'Anskaffelsesprotokoll', level: 1 })).toBeVisible();
  await win.getByRole('button', { name: 'Skriv ut' }).click();
  await expect.poll(async () => (await printed(app)).length, { timeout: 60_000 }).toBe(2);
  expect((await printed(app))[1]).toMatchObject({
    url: expect.stringMatching(/^app:\/\/anskaff\/print\.html#\/print\/protocol\?case=\d+/),
    ready: true,
  });
  await win.getByRole('button', { name: 'Last ned PDF' }).click();
  await expect.poll(() => existsSync(files.protocol), { timeout: 60_000 }).toBe(true);
  const pages = pdfPages(files.protocol);
  expect(pages[0]).toContain('Anskaffelsesprotokoll');
  pageMarks(pages);

  // The whole register as a bundle, from the Data screen.
  await go(win, 'Data', 'Data og sikkerhetskopi');
  await win.getByRole('button', { name: 'Lag pakke av hele registeret' }).click();
  await expect(win.getByText(`Pakken ${files.bundle} er laget.`)).toBeVisible({ timeout: 30_000 });
  expect([...readFileSync(files.bundle).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  // Each save dialog suggested the file's own name, in Documents, with a filter for its kind.
  expect((await saveDialogsAsked(app)).map((o) => [path.dirname(o.defaultPath), o.filters[0]?.extensions[0]])).toEqual([
    [pc.documents, 'xlsx'],
    [pc.documents, 'pdf'],
    [pc.documents, 'anskaff'],
  ]);
  await app.close();
});

test('backups in the desktop app: back up now, restore it, and the backup on quit', async ({ installed, pc }) => {
  const app = await startApp(installed, pc);
  const win = await appWindow(app);
  await seedDemo(app, win, 40);
  await go(win, 'Data', 'Data og sikkerhetskopi');
  await win.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
  await expect(win.getByRole('status')).toContainText(/Sikkerhetskopi tatt .*: 40 saker/);

  // Work done after the backup is undone by restoring it.
  await registerCase(win, '2026/9402', 'Registrert etter sikkerhetskopien');
  await go(win, 'Data', 'Data og sikkerhetskopi');
  await win
    .getByRole('row', { name: /Tatt av bruker/ })
    .first()
    .getByRole('button', { name: /Gjenopprett sikkerhetskopien fra/ })
    .click();
  await win
    .getByRole('dialog')
    .getByRole('button', { name: /Gjenopprett sikkerhetskopien fra/ })
    .click();
  await expect(win.getByRole('status')).toContainText('er gjenopprettet');
  const found = await win.evaluate(() =>
    (
      window as unknown as {
        api: Record<string, (i: unknown, l: string) => Promise<{ ok: boolean; value: { total: number } }>>;
      }
    ).api['cases.list']!({ q: '2026/9402' }, 'nb'),
  );
  expect(found).toMatchObject({ ok: true, value: { total: 0 } });

  // The extra folder is chosen in the system's folder dialog; the page itself may not set it.
  const usb = path.join(pc.home, 'USB');
  mkdirSync(usb);
  await app.evaluate(({ dialog }, folder) => {
    dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [folder] });
  }, usb);
  await win.getByRole('button', { name: 'Velg mappe …' }).click();
  await expect(win.getByText(`Hver sikkerhetskopi legges også i ${usb}.`)).toBeVisible();
  const typed = await win.evaluate(() =>
    (window as unknown as { api: Record<string, (i: unknown, l: string) => Promise<unknown>> }).api[
      'backup.setFolder'
    ]!({ folder: '/tmp' }, 'nb'),
  );
  expect(typed).toMatchObject({ ok: false, status: 403 });
  await win.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
  await expect.poll(() => readdirSync(usb).filter((n) => n.endsWith('-manual.sqlite')).length).toBe(1);

  // Quitting makes the day's last backup before the register closes.
  await app.close();
  const names = readdirSync(path.join(pc.dataDir, 'backups'));
  expect(names.some((n) => n.endsWith('-quit.sqlite'))).toBe(true);
  expect(names.some((n) => n.endsWith('-manual.sqlite'))).toBe(true);
  expect(names.some((n) => n.endsWith('-before-restore.sqlite'))).toBe(true);
});

test('a damaged register is refused at start, and the desktop app offers the newest good backup and restores it', async ({
  installed,
  pc,
}) => {
  const first = await startApp(installed, pc);
  const win = await appWindow(first);
  await seedDemo(first, win, 40);
  await first.close(); // the quit backup is the good one
  const file = path.join(pc.dataDir, 'anskaff.sqlite');
  const raw = openSqlite(file);
  padAndCheckpoint(raw, 2031);
  raw.close();
  damage(file);

  const again = await startApp(installed, pc);
  const w2 = await appWindow(again);
  await expect(w2.getByRole('heading', { name: 'Registeret kan ikke åpnes' })).toBeVisible();
  await expect(
    w2.getByText(/Den nyeste sikkerhetskopien som er i orden, er fra .* og inneholder 40 saker/),
  ).toBeVisible();
  await w2.getByRole('button', { name: /Gjenopprett sikkerhetskopien fra/ }).click();
  await w2
    .getByRole('dialog')
    .getByRole('button', { name: /Gjenopprett sikkerhetskopien fra/ })
    .click();
  await expect(w2.getByRole('heading', { level: 1, name: 'Min oversikt' })).toBeVisible({ timeout: 20_000 });
  await go(w2, 'Saker', 'Anskaffelsessaker');
  await expect(w2.getByText('40 saker')).toBeVisible();
  // The damaged file is kept aside, never deleted.
  expect(readdirSync(pc.dataDir).some((n) => n.startsWith('anskaff-replaced-'))).toBe(true);
  await again.close();
});

test('a second start on the same register brings the open window forward and ends', async ({ installed, pc }) => {
  const first = await startApp(installed, pc);
  await appWindow(first);
  await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.minimize(), undefined);
  const second = await startApp(installed, pc);
  await second.waitForExit();
  expect(second.windows()).toHaveLength(0);
  expect(
    await first.evaluate(
      ({ BrowserWindow }) => [
        BrowserWindow.getAllWindows()[0]!.isFocused(),
        BrowserWindow.getAllWindows()[0]!.isMinimized(),
      ],
      undefined,
    ),
  ).toEqual([true, false]);
  await first.close();
});

test('the window refuses new windows, navigation, permissions, and IPC from any page but the app', async ({
  installed,
  pc,
}) => {
  const app = await startApp(installed, pc);
  const win = await appWindow(app);
  await expect(win.getByRole('heading', { name: 'Velkommen til Anskaff' })).toBeVisible();
  const surface = await win.evaluate(() => ({
    keys: Object.keys(window)
      .filter((k) => k.startsWith('api'))
      .sort(),
    methods: Object.keys((window as unknown as { api: object }).api).length,
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    binding: typeof (window as unknown as { __standinIpc?: unknown }).__standinIpc,
  }));
  expect(surface).toMatchObject({
    keys: ['api', 'apiBackupFolder', 'apiExport', 'apiOffice', 'apiOfficeEvents', 'apiPrint', 'apiSave'],
    require: 'undefined',
    process: 'undefined',
    binding: 'undefined',
  });
  expect(surface.methods).toBeGreaterThan(50);
  expect(
    await win.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy'))),
  ).toContain("default-src 'none'");

  // New windows: none; an http(s) link goes to the system browser, anything else nowhere.
  const before = win.url();
  await win.evaluate(() => window.open('https://www.anskaffelser.no/'));
  await win.evaluate(() => window.open('about:blank'));
  await expect.poll(() => app.runtime.calls.filter((c) => c.api === 'window.open').length).toBe(2);
  // Main's window-open handler denied both (what it answered is recorded as it was).
  expect(app.runtime.calls.filter((c) => c.api === 'window.open').map((c) => c.args[1])).toEqual(['deny', 'deny']);
  expect(app.runtime.calls.filter((c) => c.api === 'shell.openExternal').map((c) => c.args[0])).toEqual([
    'https://www.anskaffelser.no/',
  ]);
  expect(app.windows()).toHaveLength(1);

  // Navigation away from the app is refused; the page stays.
  await win.evaluate(() => (window.location.href = 'https://example.org/'));
  await expect
    .poll(() => app.runtime.calls.some((c) => c.api === 'navigation refused' && c.args[0] === 'https://example.org/'))
    .toBe(true);
  expect(win.url()).toBe(before);
  await expect(win.getByRole('heading', { name: 'Velkommen til Anskaff' })).toBeVisible();

  // Permission requests (camera, location, notifications …) are all refused.
  const wc = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents, undefined);
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
    expect(await app.runtime.session.requestPermission(wc, permission), permission).toBe(false);
    expect(app.runtime.session.checkPermission(wc, permission, 'app://anskaff'), permission).toBe(false);
  }

  // IPC from a page that is not the app's own, even with the app's preload, is refused before the service sees it.
  const stray = path.join(pc.home, 'stray.html');
  writeFileSync(stray, '<!doctype html><title>Stray</title>');
  const answers = await app.evaluate(
    async ({ BrowserWindow }, a) => {
      const w = new BrowserWindow({
        show: false,
        webPreferences: { preload: a.preload, contextIsolation: true, sandbox: true },
      });
      const r = [];
      for (const url of a.urls) {
        await w.loadURL(url);
        r.push(await w.webContents.executeJavaScript("window.api['cases.list']({}, 'nb')"));
      }
      w.destroy();
      return r;
    },
    {
      preload: path.join(installed.app, 'dist-electron', 'preload.cjs'),
      urls: [pathToFileURL(stray).href, 'data:text/html,<title>x</title>'],
    },
  );
  expect(answers).toEqual([
    { ok: false, status: 403, body: { error: { code: 'invalid_input', message: 'Untrusted sender' } } },
    { ok: false, status: 403, body: { error: { code: 'invalid_input', message: 'Untrusted sender' } } },
  ]);

  // The print page is the app's own, but reads only what its reports need: no writes, no files, no saving.
  const fromPrintPage = await app.evaluate(
    async ({ BrowserWindow }, preload) => {
      const w = new BrowserWindow({ show: false, webPreferences: { preload, contextIsolation: true, sandbox: true } });
      await w.loadURL('app://anskaff/print.html#/print/protocol?case=1&lang=nb');
      const r = await w.webContents.executeJavaScript(
        "Promise.all([window.api['cases.create']({}, 'nb'), window.apiSave({ fileName: 'x.pdf', bytes: new Uint8Array([1]) }, 'nb'), window.apiExport('bundle', {}, 'nb')])",
      );
      w.destroy();
      return r;
    },
    path.join(installed.app, 'dist-electron', 'preload.cjs'),
  );
  expect((fromPrintPage as { status: number }[]).map((r) => r.status)).toEqual([403, 403, 403]);
  await app.close();
});

/* eslint-disable no-restricted-syntax -- this test opens better-sqlite3 itself on purpose: it checks the stand-in's ABI rule */
test("better-sqlite3 under the stand-in behaves as under Electron: only the app's Electron build loads", async ({
  installed,
  pc,
}) => {
  const Database = betterSqlite3UnderElectron(installed.electronBinary, 'stand-in') as new (
    file: string,
    opts?: object,
  ) => { close(): void };
  expect(() => new Database(':memory:')).toThrow(/compiled against a different Node\.js version/);
  expect(
    () =>
      new Database(':memory:', {
        nativeBinding: createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node'),
      }),
  ).toThrow(/compiled against a different Node\.js version/);
  new Database(':memory:', { nativeBinding: installed.electronBinary }).close();

  // An installation without the driver says so and quits, and leaves the data folder alone.
  const app = await launchStandIn({
    resourcesPath: path.join(pc.home, 'nothing'),
    appPath: installed.app,
    isPackaged: true,
    electronBinary: installed.electronBinary,
    home: pc.home,
    env: { XDG_CONFIG_HOME: path.join(pc.home, '.config') },
  });
  await app.waitForExit();
  expect(app.runtime.calls.find((c) => c.api === 'dialog.showErrorBox')?.args[1]).toMatch(
    /Databasedriveren for skrivebordsappen mangler/,
  );
  expect(existsSync(path.join(pc.dataDir, 'anskaff.sqlite'))).toBe(false);
});
