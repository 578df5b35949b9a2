import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import type { Page } from 'playwright-core';
import { betterSqlite3UnderElectron } from './abi.js';
import { electronModule, type ElectronStandIn } from './module.js';
import { Runtime } from './runtime.js';

// Starts the desktop app's real main process (the built dist-electron/main.cjs,
// as Electron would run it) with `electron` resolved to the stand-in, and
// better-sqlite3 held to Electron's ABI. What the test gets back has the
// shape of Playwright's ElectronApplication (firstWindow, windows, evaluate,
// close), so one spec can drive the stand-in and the real runtime alike.

const require = createRequire(import.meta.url);

export interface LaunchOptions {
  /** The installed app: resources/app holds package.json, dist/ and dist-electron/ (see layout.ts). */
  resourcesPath: string;
  appPath: string;
  isPackaged: boolean;
  /** The Electron-ABI better-sqlite3 the app's layout installed (in tests, a copy of the Node build). */
  electronBinary: string;
  /** The environment of this start (XDG_CONFIG_HOME decides the data folder on Linux). */
  env?: NodeJS.ProcessEnv;
  /** The user's home: Documents, Downloads and the default data folder are under it. */
  home: string;
  argv?: string[];
  chromiumPath?: string;
}

export interface StandInApp {
  firstWindow(): Promise<Page>;
  windows(): Page[];
  /** Runs `fn` in the main process with the electron module, like Playwright's: `fn` is re-made from its source, so it cannot close over the test's variables. */
  evaluate<R, A = undefined>(fn: (electron: ElectronStandIn, arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  close(): Promise<void>;
  /** Resolves when the app has ended by itself (a second instance, app.quit()). */
  waitForExit(): Promise<void>;
  readonly runtime: Runtime;
}

/** A process object for the app: its own environment, resourcesPath and Electron's process.type, the rest the test runner's. */
function processFor(rt: Runtime): NodeJS.Process {
  const overrides: Record<string | symbol, unknown> = {
    env: rt.opts.env,
    resourcesPath: rt.opts.resourcesPath,
    type: 'browser',
    argv: rt.opts.argv,
    versions: { ...process.versions, electron: rt.opts.electronVersion },
    exit: (code?: number) => rt.app.exit(code),
    defaultApp: !rt.opts.isPackaged,
  };
  return new Proxy(process, {
    get(target, prop) {
      if (prop in overrides) return overrides[prop];
      const v = Reflect.get(target, prop) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

export async function launchStandIn(o: LaunchOptions): Promise<StandInApp> {
  const pkg = JSON.parse(readFileSync(path.join(o.appPath, 'package.json'), 'utf8')) as {
    name: string;
    productName?: string;
    version: string;
    main: string;
  };
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const rt = new Runtime({
    appPath: o.appPath,
    resourcesPath: o.resourcesPath,
    isPackaged: o.isPackaged,
    productName: pkg.productName ?? pkg.name,
    version: pkg.version,
    electronVersion,
    env: { ...process.env, ...o.env },
    argv: o.argv ?? [path.join(o.resourcesPath, '..', 'anskaff'), ...(o.isPackaged ? [] : [o.appPath])],
    home: o.home,
    chromiumPath: o.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  const electron = electronModule(rt);
  const sqlite = betterSqlite3UnderElectron(o.electronBinary, electronVersion);

  // The main script, as Electron runs it: CommonJS, `electron` from the runtime, native modules under its ABI.
  const mainFile = path.join(o.appPath, pkg.main);
  const outside = createRequire(mainFile);
  const requireForApp = (id: string): unknown =>
    id === 'electron' ? electron : id === 'better-sqlite3' ? sqlite : outside(id);
  const wrapped = vm.runInThisContext(
    `(function (exports, require, module, __filename, __dirname, process) {${readFileSync(mainFile, 'utf8')}\n})`,
    { filename: mainFile },
  ) as (...a: unknown[]) => void;
  const module = { exports: {} };
  wrapped(module.exports, requireForApp, module, mainFile, path.dirname(mainFile), processFor(rt));

  // 'ready' comes after the main script has run, unless it has already quit.
  await new Promise((r) => setImmediate(r));
  if (!rt.app.quitRequested && !rt.exited) {
    await rt.start();
    rt.app.markReady();
  }

  const pages = () => [...rt.windows].map((w) => w.webContents.page).filter((p): p is Page => !!p);
  return {
    runtime: rt,
    windows: pages,
    async firstWindow() {
      const first =
        [...rt.windows][0] ??
        (await new Promise<{ webContents: { ready: Promise<Page> } }>((r) => rt.events.once('window', r)));
      return first.webContents.ready;
    },
    async evaluate(fn, arg) {
      const remade = new Function(`return (${fn.toString()})`)() as typeof fn;
      return (await remade(electron, arg as never)) as never;
    },
    async close() {
      rt.app.quit();
      await rt.waitForExit();
    },
    waitForExit: () => rt.waitForExit(),
  };
}
