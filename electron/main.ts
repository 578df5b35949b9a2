// The desktop shell: one secure window over the same service the browser
// host uses, reached through IPC instead of HTTP.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell, type WebContents } from 'electron';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, CSP_HEADER_EXTRA } from '../core/csp.js';
import { DEFAULT_LOCALE } from '../core/i18n.js';
import { useNativeBinding } from '../db/sqlite.js';
import { backupIfFirstToday, backupOnQuit } from '../service/backup/methods.js';
import { defaultDataDir } from '../service/dataDir.js';
import { openServiceForApp } from '../service/openData.js';
import type { Service } from '../service/service.js';
import { APP_PAGES, APP_SCHEME, APP_SCHEME_PRIVILEGES, appFileHandler } from './appProtocol.js';
import { MAIN_PROCESS_ONLY, registerBackupFolderIpc } from './backupFolderIpc.js';
import { registerExportIpc } from './exportIpc.js';
import { registerIpc } from './ipc.js';
import { OfficeConnection } from './officeConnection.js';
import { registerOfficeIpc, sendOfficeEvent } from './officeIpc.js';
import { installMenu } from './menu.js';
import { ElectronPrinter } from './printer.js';
import { registerSaveIpc } from './saveIpc.js';
import { shellText } from './shellWords.js';
import { backupFolderDialogOptions, saveDialogOptions } from './saveDialog.js';
import { externalUrl, isMainPage, mayCall } from './security.js';

const root = app.getAppPath();
const resources = app.isPackaged ? process.resourcesPath : root;
const paths = {
  // Inside app.asar when packaged (electron-builder.yml), so covered by its integrity check.
  migrations: path.join(root, 'db', 'migrations'),
  // better-sqlite3 built for Electron's ABI, kept beside the Node build (see README, Native modules).
  native: app.isPackaged
    ? path.join(resources, 'native', 'better_sqlite3.node')
    : path.join(root, 'build', 'native', 'electron', 'better_sqlite3.node'),
  renderer: path.join(root, 'dist', 'renderer'),
  preload: path.join(root, 'dist-electron', 'preload.cjs'),
};

// Before 'ready': the scheme the app's pages are served from (appProtocol.ts).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
// Norwegian date and number formats in inputs (dd.mm.åååå) even on an English Windows.
app.commandLine.appendSwitch('lang', 'nb-NO');
// The data folder first: the single-instance lock is held on it.
app.setPath('userData', defaultDataDir());

// An installed app is not debugged: a debugging port would hand the register to any local process.
if (
  app.isPackaged &&
  ['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk'].some((s) => app.commandLine.hasSwitch(s))
)
  app.quit();
else if (app.requestSingleInstanceLock()) start();
// Another Anskaff already runs on this register: it is brought forward (its 'second-instance'), this one ends here.
else app.quit();

// A register that cannot be opened (damaged, newer, foreign) still starts
// the app: the renderer shows why and offers the newest good backup.
function openData(): Service | null {
  if (!existsSync(paths.native)) {
    dialog.showErrorBox(
      shellText('cannotStart', DEFAULT_LOCALE),
      shellText('driverMissing', DEFAULT_LOCALE, { path: paths.native }),
    );
    return null;
  }
  try {
    // Every SQLite handle from here on (register, probes, backups, restores) loads the Electron-ABI driver.
    useNativeBinding(paths.native);
    return openServiceForApp(app.getPath('userData'), { migrationsDir: paths.migrations });
  } catch (e) {
    dialog.showErrorBox(
      shellText('cannotOpen', DEFAULT_LOCALE),
      shellText('openFailed', DEFAULT_LOCALE, { reason: (e as Error).message }),
    );
    return null;
  }
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // The app's own responses carry the CSP from the protocol handler; this covers anything else a page might load.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY + CSP_HEADER_EXTRA],
      },
    });
  });
  protocol.handle(APP_SCHEME, appFileHandler(paths.renderer));
  // Files are saved through the save dialog (saveIpc.ts); a page cannot start a download of its own.
  session.defaultSession.on('will-download', (event) => event.preventDefault());
}

/** A page stays where the app put it: no navigation, in any frame, by link, script or redirect; links to the web open in the system browser. */
function pinPages(): void {
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-frame-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const ext = externalUrl(url);
      if (ext) void shell.openExternal(ext);
      return { action: 'deny' };
    });
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 960,
    minHeight: 640,
    title: 'Anskaff',
    show: false,
    // Kept as a literal here so electronegativity and test/electron/window.test.ts
    // read the very options that run: no Node, sandboxed, isolated.
    webPreferences: {
      preload: paths.preload,
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
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_PAGES.main);
  return win;
}

/** The window a dialog belongs to: the one whose page asked. */
const parentOf = (event: { sender?: unknown }) =>
  BrowserWindow.fromWebContents(event.sender as WebContents) ?? undefined;

/** Every IPC channel: the service's methods for the app's pages (this PC's register or the office server's); files, printing, saving, folders and the office connection for the main page only, never the print page. */
function registerChannels(service: Service, office: OfficeConnection): void {
  registerIpc(ipcMain, service, mayCall, MAIN_PROCESS_ONLY, office);
  registerExportIpc(
    ipcMain,
    service,
    new ElectronPrinter(paths.preload),
    APP_PAGES.main,
    os.userInfo().username,
    isMainPage,
    office,
  );
  registerOfficeIpc(ipcMain, office, isMainPage);
  registerSaveIpc(ipcMain, {
    isTrusted: isMainPage,
    askPath: async (event, fileName, locale) => {
      const parent = parentOf(event);
      const options = saveDialogOptions(fileName, app.getPath('documents'), locale);
      const r = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  });
  registerBackupFolderIpc(ipcMain, service, {
    isTrusted: isMainPage,
    askFolder: async (event, locale) => {
      const parent = parentOf(event);
      const options = backupFolderDialogOptions(locale);
      const r = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  });
}

/** On quit: a backup first (the online backup API is asynchronous), then close. */
function backUpOnQuit(service: () => Service | null): void {
  let quitting = false;
  app.on('will-quit', (event) => {
    const backups = service()?.backups;
    if (quitting || !backups?.live()) return void backups?.live()?.close();
    event.preventDefault();
    quitting = true;
    void backupOnQuit(backups)
      .catch((e: unknown) => console.error('anskaff: backup on quit failed', e))
      .finally(() => {
        backups.live()?.close();
        app.quit();
      });
  });
}

function start(): void {
  let win: BrowserWindow | null = null;
  let service: Service | null = null;
  pinPages();

  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });

  void app.whenReady().then(() => {
    service = openData();
    if (!service) return app.quit();
    hardenSessions();
    // The office server this PC connects to, if one was accepted (a small file in the data folder, not the register).
    // Its changes (while signed in) go to the main window's page, on their own one-way channel.
    const office = new OfficeConnection(app.getPath('userData'), undefined, (m) =>
      sendOfficeEvent(win?.webContents, m),
    );
    registerChannels(service, office);
    installMenu();
    win = createWindow();
    win.on('closed', () => (win = null));
    // The day's first start makes the day's backup, in the background: the window does not wait.
    const backups = service.backups;
    if (backups)
      void backupIfFirstToday(backups).catch((e: unknown) => console.error('anskaff: daily backup failed', e));
  });

  app.on('window-all-closed', () => app.quit());
  backUpOnQuit(() => service);
}
