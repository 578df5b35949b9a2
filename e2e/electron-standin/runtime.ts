import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { SchemeHost } from './schemes.js';
import type { WebContents } from './window.js';

// One running "Electron": its app object and lifecycle, ipcMain, the default
// session, and the Chromium its windows are pages of. Each launch of the
// desktop app gets a runtime of its own, as each start of Electron is a
// process of its own; only the single-instance lock is shared between them.

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Single-instance locks held, by the data folder they are held on (Electron keeps its lock in userData). */
const locks = new Map<string, Runtime>();

export interface RuntimeOptions {
  appPath: string;
  resourcesPath: string;
  isPackaged: boolean;
  productName: string;
  version: string;
  electronVersion: string;
  env: NodeJS.ProcessEnv;
  argv: string[];
  home: string;
  chromiumPath: string;
}

type Listener = (event: unknown, ...args: unknown[]) => unknown;

class IpcMain extends EventEmitter {
  private readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  handleOnce(channel: string, listener: Listener): void {
    this.handle(channel, (e, ...a) => (this.removeHandler(channel), listener(e, ...a)));
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  channels(): string[] {
    return [...this.handlers.keys()];
  }
  async invoke(channel: string, event: unknown, args: unknown[]): Promise<unknown> {
    const h = this.handlers.get(channel);
    if (!h) throw new Error(`No handler registered for '${channel}'`);
    return h(event, ...args);
  }
}

export class App extends EventEmitter {
  private ready = false;
  private readonly readyWaiters: (() => void)[] = [];
  private readonly paths = new Map<string, string>();
  private readonly switches = new Map<string, string>();
  quitRequested = false;
  readonly commandLine = {
    appendSwitch: (name: string, value = '') => void this.switches.set(name, value),
    appendArgument: () => {},
    hasSwitch: (name: string) => this.switches.has(name),
    getSwitchValue: (name: string) => this.switches.get(name) ?? '',
  };

  constructor(private readonly rt: Runtime) {
    super();
  }

  get isPackaged(): boolean {
    return this.rt.opts.isPackaged;
  }
  get name(): string {
    return this.rt.opts.productName;
  }
  getName(): string {
    return this.rt.opts.productName;
  }
  getVersion(): string {
    return this.rt.opts.version;
  }
  getAppPath(): string {
    return this.rt.opts.appPath;
  }
  getLocale(): string {
    return this.switches.get('lang') ?? 'en-US';
  }
  getPath(name: string): string {
    const set = this.paths.get(name);
    if (set) return set;
    const { env, home } = this.rt.opts;
    const appData =
      process.platform === 'win32'
        ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
        : process.platform === 'darwin'
          ? path.join(home, 'Library', 'Application Support')
          : env.XDG_CONFIG_HOME || path.join(home, '.config');
    const known: Record<string, string> = {
      home,
      appData,
      userData: path.join(appData, this.rt.opts.productName),
      sessionData: this.paths.get('userData') ?? path.join(appData, this.rt.opts.productName),
      temp: os.tmpdir(),
      documents: path.join(home, 'Documents'),
      downloads: path.join(home, 'Downloads'),
      desktop: path.join(home, 'Desktop'),
      exe: path.join(this.rt.opts.resourcesPath, '..', 'anskaff'),
      logs: path.join(appData, this.rt.opts.productName, 'logs'),
    };
    const p = known[name];
    if (!p) throw new Error(`Failed to get '${name}' path`);
    return p;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((r) => this.readyWaiters.push(r));
  }
  markReady(): void {
    this.ready = true;
    this.emit('will-finish-launching');
    this.emit('ready', { preventDefault() {} }, {});
    for (const r of this.readyWaiters.splice(0)) r();
  }

  requestSingleInstanceLock(additionalData?: unknown): boolean {
    const key = path.resolve(this.getPath('userData'));
    const holder = locks.get(key);
    if (holder && holder !== this.rt && !holder.exited) {
      // The first instance hears of the second, with its command line, as in Electron.
      const argv = this.rt.opts.argv;
      setImmediate(() =>
        holder.app.emit('second-instance', { preventDefault() {} }, argv, this.rt.opts.appPath, additionalData ?? {}),
      );
      return false;
    }
    locks.set(key, this.rt);
    this.rt.lockKey = key;
    return true;
  }
  hasSingleInstanceLock(): boolean {
    return this.rt.lockKey !== null;
  }
  releaseSingleInstanceLock(): void {
    if (this.rt.lockKey) locks.delete(this.rt.lockKey);
    this.rt.lockKey = null;
  }

  /** Electron's order: before-quit, the windows close, will-quit (which may stop it), quit. */
  quit(): void {
    if (this.rt.exited || this.quitRequested) return;
    this.quitRequested = true;
    let stopped = false;
    this.emit('before-quit', { preventDefault: () => (stopped = true) });
    if (stopped) return void (this.quitRequested = false);
    this.rt.closingForQuit = true;
    for (const w of [...this.rt.windows]) w.destroy();
    this.rt.closingForQuit = false;
    // Before 'ready' Electron never gets as far as will-quit.
    if (this.ready) {
      this.emit('will-quit', { preventDefault: () => (stopped = true) });
      if (stopped) return void (this.quitRequested = false);
    }
    this.emit('quit', { preventDefault() {} }, 0);
    void this.rt.shutdown(0);
  }
  exit(code = 0): void {
    void this.rt.shutdown(code);
  }
  focus(): void {}
  setAppUserModelId(): void {}
}

export class Runtime {
  readonly app: App;
  readonly ipcMain = new IpcMain();
  readonly schemes: SchemeHost;
  readonly windows = new Set<EventEmitter & { destroy(): void; webContents: WebContents }>();
  readonly contents = new Set<WebContents>();
  /** What the app asked of the system (dialogs, the print dialog, links, the menu, permissions), in order. */
  readonly calls: { api: string; args: unknown[] }[] = [];
  /** Requests a page made that would have left the machine; all refused. */
  readonly blocked: string[] = [];
  readonly log: string[] = [];
  readonly events = new EventEmitter();
  lockKey: string | null = null;
  exited = false;
  exitCode: number | null = null;
  closingForQuit = false;
  private browser: Browser | null = null;
  private context: BrowserContext | null = null;
  private readonly exitWaiters: (() => void)[] = [];
  private readonly popupDecisions = new WeakMap<Page, Promise<void>>();
  private readonly popupUrls: string[] = [];
  /** Pages made for windows: never taken for popups, however long their window takes to set up. */
  private readonly ownPages = new WeakSet<Page>();
  readonly session = new Session();

  constructor(readonly opts: RuntimeOptions) {
    this.app = new App(this);
    this.schemes = new SchemeHost((l) => this.log.push(l));
  }

  record(api: string, args: unknown[]): void {
    this.calls.push({ api, args });
  }

  /** The Chromium behind the windows, started when the app is ready, with the switches main set (its UI language). */
  async start(): Promise<void> {
    const lang = this.app.commandLine.getSwitchValue('lang') || 'en-US';
    this.browser = await chromium.launch({
      executablePath: this.opts.chromiumPath,
      args: [...CHROMIUM_ARGS, `--lang=${lang}`],
    });
    this.context = await this.browser.newContext({ locale: lang, timezoneId: 'Europe/Oslo', acceptDownloads: false });
    await this.context.route('**/*', (route) => this.onRequest(route));
    this.context.on('page', (page) => {
      // A page the app did not make is a window.open, decided by the opener's handler with the URL it asked for
      // (its first request, which the route sees without a frame; none for about:blank).
      setTimeout(() => void this.decidePopup(page, this.popupUrls.shift() ?? page.url()), 250);
    });
  }

  async newPage(): Promise<Page> {
    if (!this.context) throw new Error('the stand-in has not started');
    const page = await this.context.newPage();
    this.ownPages.add(page);
    return page;
  }

  private contentsOf(page: Page): WebContents | undefined {
    return [...this.contents].find((c) => c.page === page);
  }

  /** Every request a page makes: navigations are asked about (will-navigate), nothing leaves the machine. */
  private async onRequest(route: Route): Promise<void> {
    const req = route.request();
    const url = req.url();
    let frame;
    try {
      frame = req.frame();
    } catch {
      // A navigation issued before its frame exists: a window.open's first load. The 'page' event decides it, with this URL.
      this.popupUrls.push(url);
      return route.abort('blockedbyclient').catch(() => {});
    }
    const page = frame.page();
    const wc = this.contentsOf(page);
    if (!wc) {
      if (!this.ownPages.has(page)) await this.decidePopup(page, url);
      return route.abort('blockedbyclient').catch(() => {});
    }
    const local = this.schemes.isLoopbackOrigin(url) || /^(data|blob|file):/.test(url);
    if (req.isNavigationRequest()) {
      const mainFrame = frame === page.mainFrame();
      if (mainFrame && wc.pendingLoad !== null && wc.pendingLoad.split('#')[0] === url) {
        // loadURL's own navigation: Electron asks no handler about it. (A request carries no fragment; the URL may.)
        wc.pendingLoad = null;
        return local ? route.continue() : route.abort('blockedbyclient');
      }
      // A navigation the page started: Electron asks will-navigate (top frame) and will-frame-navigate (any frame); either may stop it.
      const appUrl = this.schemes.fromLoopback(url);
      let prevented = false;
      const event = { preventDefault: () => (prevented = true), url: appUrl, isMainFrame: mainFrame };
      if (mainFrame) wc.emit('will-navigate', event, appUrl);
      wc.emit('will-frame-navigate', event);
      if (prevented) {
        this.record('navigation refused', [appUrl]);
        return route.abort('aborted');
      }
      // Main let it through: that is what the test sees; the page only goes nowhere because this machine has no network.
      this.record('navigation allowed', [appUrl]);
      return local ? route.continue() : route.abort('internetdisconnected');
    }
    if (local) return route.continue();
    this.blocked.push(url);
    return route.abort('blockedbyclient');
  }

  private decidePopup(page: Page, url: string): Promise<void> {
    const known = this.popupDecisions.get(page);
    if (known || this.ownPages.has(page)) return known ?? Promise.resolve();
    const decision = (async () => {
      const opener = await page.opener().catch(() => null);
      const wc = opener ? this.contentsOf(opener) : undefined;
      const details = {
        url: this.schemes.fromLoopback(url),
        frameName: '',
        features: '',
        disposition: 'new-window',
        referrer: { url: '', policy: 'default' },
        postBody: undefined,
      };
      const answer = wc?.windowOpenHandler ? wc.windowOpenHandler(details) : { action: 'allow' as const };
      // What main answered is recorded as it was; a test reads it. An allowed popup would become a window of its own,
      // which the stand-in does not make: it closes it, and says so.
      this.record('window.open', [details.url, answer.action]);
      if (answer.action !== 'deny')
        this.log.push(`window.open(${details.url}) was allowed by main; the stand-in closed it`);
      await page.close().catch(() => {});
    })();
    this.popupDecisions.set(page, decision);
    return decision;
  }

  emitWindow(win: unknown): void {
    this.events.emit('window', win);
  }

  /** A window closed: with none left (and not quitting) Electron emits window-all-closed, or quits when nobody listens. */
  windowClosed(): void {
    if (this.windows.size || this.closingForQuit || this.exited) return;
    if (this.app.listenerCount('window-all-closed')) this.app.emit('window-all-closed');
    else this.app.quit();
  }

  async shutdown(code: number): Promise<void> {
    if (this.exited) return;
    this.exited = true;
    this.exitCode = code;
    if (this.lockKey && locks.get(this.lockKey) === this) locks.delete(this.lockKey);
    await this.browser?.close().catch(() => {});
    await this.schemes.close();
    for (const r of this.exitWaiters.splice(0)) r();
    this.events.emit('close');
  }

  waitForExit(): Promise<void> {
    return this.exited ? Promise.resolve() : new Promise((r) => this.exitWaiters.push(r));
  }
}

type PermissionRequestHandler = (
  wc: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type PermissionCheckHandler = (wc: unknown, permission: string, origin: string, details: unknown) => boolean;

/** session.defaultSession: the handlers main sets are kept, so a test can put requests to them as Chromium would. */
export class Session extends EventEmitter {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  headersReceived: unknown = null;
  protocol: unknown = null;
  readonly webRequest = {
    // Kept, not applied: app:// responses carry their own CSP (electron/appProtocol.ts), and nothing else loads.
    onHeadersReceived: (fn: unknown) => void (this.headersReceived = fn),
    onBeforeRequest: () => {},
  };
  setPermissionRequestHandler(fn: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = fn;
  }
  setPermissionCheckHandler(fn: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = fn;
  }
  /** What Electron does when a page asks for a permission: the handler decides; with none, Electron grants it. */
  requestPermission(wc: unknown, permission: string, details: Record<string, unknown> = {}): Promise<boolean> {
    const h = this.permissionRequestHandler;
    if (!h) return Promise.resolve(true);
    return new Promise((resolve) => h(wc, permission, resolve, details));
  }
  checkPermission(wc: unknown, permission: string, origin: string): boolean {
    return this.permissionCheckHandler ? this.permissionCheckHandler(wc, permission, origin, {}) : true;
  }
  getUserAgent(): string {
    return 'Anskaff (Electron stand-in)';
  }
  setSpellCheckerEnabled(): void {}
  async clearCache(): Promise<void> {}
}
