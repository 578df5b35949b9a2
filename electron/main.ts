// The desktop shell: one secure window over the same service the browser
// host uses, reached through IPC instead of HTTP.
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, CSP_HEADER_EXTRA } from '../core/csp.js';
import { defaultDataDir } from '../service/dataDir.js';
import { openServiceForApp } from '../service/openData.js';
import { backupIfFirstToday, backupOnQuit } from '../service/backup/methods.js';
import type { Service } from '../service/service.js';
import { registerIpc } from './ipc.js';
import { registerExportIpc } from './exportIpc.js';
import { ElectronPrinter } from './printer.js';
import os from 'node:os';
import { installMenu } from './menu.js';
import { externalUrl, isTrustedSender } from './security.js';

const root = app.getAppPath();
const resources = app.isPackaged ? process.resourcesPath : root;
const paths = {
  migrations: app.isPackaged ? path.join(resources, 'migrations') : path.join(root, 'db', 'migrations'),
  // better-sqlite3 built for Electron's ABI, kept beside the Node build (see README, Native modules).
  native: app.isPackaged ? path.join(resources, 'native', 'better_sqlite3.node') : path.join(root, 'build', 'native', 'electron', 'better_sqlite3.node'),
  index: path.join(root, 'dist', 'renderer', 'index.html'),
  preload: path.join(root, 'dist-electron', 'preload.cjs'),
};
const appUrl = new URL(`file://${paths.index.replace(/\\/g, '/')}`).toString();

if (!app.requestSingleInstanceLock()) app.quit();
// Norwegian date and number formats in inputs (dd.mm.åååå) even on an English Windows.
app.commandLine.appendSwitch('lang', 'nb-NO');
app.setPath('userData', defaultDataDir());

let win: BrowserWindow | null = null;
let service: Service | null = null;

// A register that cannot be opened (damaged, newer, foreign) still starts
// the app: the renderer shows why and offers the newest good backup.
function openData(): Service | null {
  try {
    return openServiceForApp(app.getPath('userData'), { migrationsDir: paths.migrations, ...(existsSync(paths.native) ? { nativeBinding: paths.native } : {}) });
  } catch (e) {
    dialog.showErrorBox('Anskaff kan ikke åpne databasen', `Databasen kunne ikke åpnes: ${(e as Error).message}`);
    return null;
  }
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY + CSP_HEADER_EXTRA] } });
  });
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const ext = externalUrl(url);
    if (ext) void shell.openExternal(ext);
    return { action: 'deny' };
  });
});

function createWindow(): void {
  win = new BrowserWindow({
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
    },
  });
  win.once('ready-to-show', () => win?.show());
  void win.loadFile(paths.index);
}

app.on('second-instance', () => {
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

void app.whenReady().then(() => {
  service = openData();
  if (!service) return app.quit();
  hardenSessions();
  registerIpc(ipcMain, service, (url) => isTrustedSender(url, appUrl));
  registerExportIpc(ipcMain, service, new ElectronPrinter(paths.preload), appUrl, os.userInfo().username, (url) => isTrustedSender(url, appUrl));
  installMenu();
  createWindow();
  // The day's first start makes the day's backup, in the background: the window does not wait.
  const backups = service.backups;
  if (backups) void backupIfFirstToday(backups).catch((e: unknown) => console.error('anskaff: daily backup failed', e));
});

app.on('window-all-closed', () => app.quit());
// On quit: a backup first (the online backup API is asynchronous), then close.
let quitting = false;
app.on('will-quit', (event) => {
  const backups = service?.backups;
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
