import type { Runtime } from './runtime.js';
import { browserWindowClass, type WebContents } from './window.js';

// The object `require('electron')` gives the app's main process in the
// stand-in: the parts of Electron's API electron/ uses, each either done for
// real over Chromium (windows, IPC, printing, the app's scheme) or recorded
// and answered as a test decides (dialogs, the print dialog, links, the
// menu, permission requests). Anything else is left out on purpose, so code
// that starts using it fails here first.

export function electronModule(rt: Runtime) {
  const BrowserWindow = browserWindowClass(rt);
  const recorded =
    <T>(api: string, answer: (...args: unknown[]) => T) =>
    (...args: unknown[]): T => {
      rt.record(api, args);
      return answer(...args);
    };
  // dialog.* may be given the parent window first, as in Electron.
  const withoutWindow = (args: unknown[]) => (args[0] instanceof BrowserWindow ? args.slice(1) : args);

  const protocol = {
    registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]) {
      if (rt.app.isReady())
        throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      rt.schemes.registerPrivileged(schemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      if (!rt.app.isReady()) throw new Error('protocol.handle can only be used after app is ready');
      rt.schemes.handle(scheme, handler);
    },
    unhandle: (scheme: string) => rt.schemes.unhandle(scheme),
    isProtocolHandled: (scheme: string) => rt.schemes.isHandled(scheme),
  };
  rt.session.protocol = protocol;

  const session = {
    get defaultSession() {
      if (!rt.app.isReady()) throw new Error('Session can only be received when app is ready');
      return rt.session;
    },
  };

  return {
    app: rt.app,
    BrowserWindow,
    ipcMain: rt.ipcMain,
    protocol,
    session,
    webContents: {
      getAllWebContents: (): WebContents[] => [...rt.contents],
      fromId: (id: number) => [...rt.contents].find((c) => c.id === id) ?? null,
      getFocusedWebContents: () => BrowserWindow.getFocusedWindow()?.webContents ?? null,
    },
    dialog: {
      showErrorBox: recorded('dialog.showErrorBox', () => undefined),
      // A user who cancels, unless a test answers otherwise (as Playwright's Electron tests do: replace the method).
      showSaveDialog: (...args: unknown[]) => (
        rt.record('dialog.showSaveDialog', withoutWindow(args)),
        Promise.resolve({ canceled: true, filePath: '' })
      ),
      showOpenDialog: (...args: unknown[]) => (
        rt.record('dialog.showOpenDialog', withoutWindow(args)),
        Promise.resolve({ canceled: true, filePaths: [] as string[] })
      ),
      showMessageBox: (...args: unknown[]) => (
        rt.record('dialog.showMessageBox', withoutWindow(args)),
        Promise.resolve({ response: 0, checkboxChecked: false })
      ),
    },
    shell: {
      openExternal: (url: string) => (rt.record('shell.openExternal', [url]), Promise.resolve()),
      openPath: (p: string) => (rt.record('shell.openPath', [p]), Promise.resolve('')),
      showItemInFolder: recorded('shell.showItemInFolder', () => undefined),
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ items: template }),
      setApplicationMenu: recorded('Menu.setApplicationMenu', () => undefined),
      getApplicationMenu: () =>
        [...rt.calls].reverse().find((c) => c.api === 'Menu.setApplicationMenu')?.args[0] ?? null,
    },
  };
}

export type ElectronStandIn = ReturnType<typeof electronModule>;
