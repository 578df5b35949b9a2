import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import {
  IPC_BINDING,
  IPC_EVENT,
  IPC_REPLY,
  MAIN_WORLD_BOOTSTRAP,
  PRELOAD_WORLD,
  preloadWorldScript,
} from './pageScripts.js';
import type { Runtime } from './runtime.js';
import { wire } from './wire.js';

// BrowserWindow and its webContents, each window a page of the runtime's
// Chromium. Electron's constructors are synchronous and its pages are made
// behind them; here the page is made in the background and every method that
// needs it waits for it.

/** Electron's paper sizes for printToPDF, in inches (its docs: pageSize). */
const PAPER: Record<string, { width: number; height: number }> = {
  A0: { width: 33.1, height: 46.8 },
  A1: { width: 23.4, height: 33.1 },
  A2: { width: 16.54, height: 23.4 },
  A3: { width: 11.7, height: 16.54 },
  A4: { width: 8.27, height: 11.7 },
  A5: { width: 5.83, height: 8.27 },
  A6: { width: 4.13, height: 5.83 },
  Legal: { width: 8.5, height: 14 },
  Letter: { width: 8.5, height: 11 },
  Tabloid: { width: 11, height: 17 },
  Ledger: { width: 17, height: 11 },
};

export interface PrintToPDFOptions {
  landscape?: boolean;
  displayHeaderFooter?: boolean;
  printBackground?: boolean;
  scale?: number;
  pageSize?: string | { width: number; height: number };
  margins?: { top?: number; bottom?: number; left?: number; right?: number };
  pageRanges?: string;
  headerTemplate?: string;
  footerTemplate?: string;
  preferCSSPageSize?: boolean;
  generateTaggedPDF?: boolean;
  generateDocumentOutline?: boolean;
}

/** Electron's printToPDF options as Chromium's Page.printToPDF takes them (the names are Chromium's; sizes in inches; Electron's defaults). */
export function cdpPrintParams(o: PrintToPDFOptions = {}): Record<string, unknown> {
  const size = typeof o.pageSize === 'object' ? o.pageSize : PAPER[o.pageSize ?? 'Letter'];
  if (!size) throw new Error(`Unsupported pageSize: ${String(o.pageSize)}`);
  const m = o.margins ?? {};
  const cm = 0.3937; // Electron's default margin is 1 cm.
  return {
    landscape: o.landscape ?? false,
    displayHeaderFooter: o.displayHeaderFooter ?? false,
    printBackground: o.printBackground ?? false,
    scale: o.scale ?? 1,
    paperWidth: size.width,
    paperHeight: size.height,
    marginTop: m.top ?? cm,
    marginBottom: m.bottom ?? cm,
    marginLeft: m.left ?? cm,
    marginRight: m.right ?? cm,
    pageRanges: o.pageRanges ?? '',
    headerTemplate: o.headerTemplate ?? '',
    footerTemplate: o.footerTemplate ?? '',
    preferCSSPageSize: o.preferCSSPageSize ?? false,
    generateTaggedPDF: o.generateTaggedPDF ?? false,
    generateDocumentOutline: o.generateDocumentOutline ?? false,
  };
}

export interface WebPreferences {
  preload?: string;
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  nodeIntegrationInSubFrames?: boolean;
  webSecurity?: boolean;
  [key: string]: unknown;
}

type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => {
  action: 'allow' | 'deny';
};

let nextContentsId = 1;

export class WebContents extends EventEmitter {
  readonly id = nextContentsId++;
  page: Page | null = null;
  readonly ready: Promise<Page>;
  private cdp: CDPSession | null = null;
  private destroyed = false;
  /** The URL loadURL is navigating to: the one navigation will-navigate is not asked about. */
  pendingLoad: string | null = null;
  windowOpenHandler: WindowOpenHandler | null = null;
  private readonly frameOfContext = new Map<number, string>();
  private readonly frameUrls = new Map<string, string>();
  /** The preload's world in each frame (the preload itself runs in the top frame only). */
  private readonly preloadContexts = new Set<number>();

  constructor(
    readonly runtime: Runtime,
    private readonly prefs: WebPreferences,
    size: { width: number; height: number },
  ) {
    super();
    runtime.contents.add(this);
    // As in Electron, handlers on 'web-contents-created' run before anything is loaded.
    runtime.app.emit('web-contents-created', { preventDefault() {} }, this);
    this.ready = this.init(size);
    this.ready.catch(() => {});
  }

  get session() {
    return this.runtime.session;
  }

  private async init(size: { width: number; height: number }): Promise<Page> {
    const page = await this.runtime.newPage();
    await page.setViewportSize(size);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Runtime.enable');
    // Which frame each script context belongs to, and each frame's URL as the browser reports it: the sender of an IPC
    // message is the frame the browser says it came from, not what the page says of itself.
    cdp.on('Runtime.executionContextCreated', (e) => {
      const frameId = (e.context.auxData as { frameId?: string } | undefined)?.frameId;
      if (frameId) this.frameOfContext.set(e.context.id, frameId);
      if (e.context.name === PRELOAD_WORLD) this.preloadContexts.add(e.context.id);
    });
    cdp.on('Runtime.executionContextDestroyed', (e) => void this.preloadContexts.delete(e.executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => this.preloadContexts.clear());
    cdp.on(
      'Page.frameNavigated',
      (e) => void this.frameUrls.set(e.frame.id, e.frame.url + (e.frame.urlFragment ?? '')),
    );
    cdp.on('Page.navigatedWithinDocument', (e) => void this.frameUrls.set(e.frameId, e.url));
    if (this.prefs.preload) {
      // The preload's world gets the one binding that reaches ipcMain; the page's own world never sees it.
      cdp.on('Runtime.bindingCalled', (e) => {
        if (e.name === IPC_BINDING) void this.onIpc(e.payload, e.executionContextId);
      });
      await cdp.send('Runtime.addBinding', { name: IPC_BINDING, executionContextName: PRELOAD_WORLD });
      await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: MAIN_WORLD_BOOTSTRAP });
      await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
        source: preloadWorldScript(readFileSync(this.prefs.preload, 'utf8')),
        worldName: PRELOAD_WORLD,
      });
    }
    page.on('close', () => this.destroy());
    this.page = page;
    this.cdp = cdp;
    return page;
  }

  /** ipcRenderer.invoke from the preload: the handler registered on ipcMain, with the frame's real URL as its sender. */
  private async onIpc(payload: string, contextId: number): Promise<void> {
    const m = JSON.parse(payload) as { id: number; channel: string; args: unknown };
    const frameUrl = this.frameUrls.get(this.frameOfContext.get(contextId) ?? '') ?? '';
    const event = {
      sender: this,
      senderFrame: { url: this.runtime.schemes.fromLoopback(frameUrl) },
      frameId: 1,
      processId: 1,
    };
    let reply: { ok: boolean; value?: unknown; error?: string };
    try {
      // Structured clone both ways, as Electron's IPC does.
      const value = await this.runtime.ipcMain.invoke(m.channel, event, wire.decode(m.args) as unknown[]);
      reply = { ok: true, value: wire.encode(value) };
    } catch (e) {
      reply = { ok: false, error: `Error invoking remote method '${m.channel}': ${String(e)}` };
    }
    await this.cdp
      ?.send('Runtime.evaluate', {
        contextId,
        expression: `${IPC_REPLY}(${m.id}, ${JSON.stringify(JSON.stringify(reply))})`,
      })
      .catch(() => {});
  }

  getURL(): string {
    return this.page ? this.runtime.schemes.fromLoopback(this.page.url()) : '';
  }

  async loadURL(url: string): Promise<void> {
    const page = await this.ready;
    const target = this.runtime.schemes.owns(url) ? await this.runtime.schemes.toLoopback(url) : url;
    this.pendingLoad = target;
    let res;
    try {
      res = await page.goto(target, { waitUntil: 'load' });
    } catch (e) {
      // A window closed while it loaded: Electron's load ends with it; anything else is a failed load.
      if (this.destroyed) return;
      throw e;
    }
    if (res && !res.ok()) throw new Error(`ERR_FAILED (${res.status()}) loading '${url}'`);
    this.emit('did-finish-load');
  }

  loadFile(file: string): Promise<void> {
    return this.loadURL(pathToFileURL(file).href);
  }

  /** Loads the page again (the menu's "Last inn på nytt"): not a navigation the page asked for, so will-navigate is not asked. */
  reload(): void {
    void this.ready.then(async (page) => {
      this.pendingLoad = page.url();
      await page.reload({ waitUntil: 'load' }).catch(() => {});
    });
  }

  async executeJavaScript(code: string): Promise<unknown> {
    const page = await this.ready;
    return page.evaluate(code);
  }

  /** Chromium's own PDF of the page, with Electron's options. */
  async printToPDF(options: PrintToPDFOptions = {}): Promise<Buffer> {
    await this.ready;
    const r = (await this.cdp!.send('Page.printToPDF', cdpPrintParams(options))) as { data: string };
    return Buffer.from(r.data, 'base64');
  }

  /** The system's print dialog: the stand-in answers as a user who cancelled, unless a test replaces this method. */
  print(options: unknown = {}, callback?: (success: boolean, failureReason: string) => void): void {
    this.runtime.record('webContents.print', [this.getURL(), options]);
    callback?.(false, 'cancelled');
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** webContents.send: to the preload's ipcRenderer.on listeners (the top frame's; the preload runs there only). */
  send(channel: string, ...args: unknown[]): void {
    const payload = JSON.stringify(wire.encode(args));
    for (const contextId of this.preloadContexts)
      void this.cdp
        ?.send('Runtime.evaluate', {
          contextId,
          expression: `typeof ${IPC_EVENT} === 'function' && ${IPC_EVENT}(${JSON.stringify(String(channel))}, ${JSON.stringify(payload)})`,
        })
        .catch(() => {});
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  focus(): void {
    void this.page?.bringToFront();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.runtime.contents.delete(this);
    void this.page?.close().catch(() => {});
    this.emit('destroyed');
  }
}

let nextWindowId = 1;

export interface BrowserWindowOptions {
  width?: number;
  height?: number;
  show?: boolean;
  title?: string;
  webPreferences?: WebPreferences;
  [key: string]: unknown;
}

export function browserWindowClass(runtime: Runtime) {
  // Each runtime's webContents have a class of their own, so a test that replaces a method on its prototype
  // (as one does with Electron, to answer the print dialog) touches this start of the app only.
  const Contents = class extends WebContents {};
  return class BrowserWindow extends EventEmitter {
    static getAllWindows(): BrowserWindow[] {
      return [...runtime.windows] as BrowserWindow[];
    }
    static fromWebContents(wc: unknown): BrowserWindow | null {
      return (BrowserWindow.getAllWindows().find((w) => w.webContents === wc) ?? null) as BrowserWindow | null;
    }
    static getFocusedWindow(): BrowserWindow | null {
      return BrowserWindow.getAllWindows().find((w) => w.isFocused()) ?? null;
    }
    static fromId(id: number): BrowserWindow | null {
      return BrowserWindow.getAllWindows().find((w) => w.id === id) ?? null;
    }

    readonly id = nextWindowId++;
    readonly webContents: WebContents;
    private visible: boolean;
    private focused = false;
    private minimized = false;
    private destroyed = false;
    private shownOnce = false;
    private title: string;

    constructor(options: BrowserWindowOptions = {}) {
      super();
      if (!runtime.app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready');
      const prefs = options.webPreferences ?? {};
      // The stand-in runs only windows as Electron's defaults and our checklist make them: isolated, sandboxed, no Node.
      if (
        prefs.contextIsolation === false ||
        prefs.nodeIntegration === true ||
        prefs.sandbox === false ||
        prefs.nodeIntegrationInSubFrames === true
      ) {
        throw new Error(
          'The Electron stand-in runs only windows with contextIsolation, sandbox and no Node integration',
        );
      }
      this.visible = options.show !== false;
      this.title = options.title ?? 'Anskaff';
      runtime.windows.add(this);
      this.webContents = new Contents(runtime, prefs, { width: options.width ?? 800, height: options.height ?? 600 });
      this.webContents.on('destroyed', () => this.destroy());
      runtime.emitWindow(this);
    }

    async loadURL(url: string): Promise<void> {
      await this.webContents.loadURL(url);
      if (!this.shownOnce) {
        this.shownOnce = true;
        this.emit('ready-to-show');
      }
    }
    loadFile(file: string): Promise<void> {
      return this.loadURL(pathToFileURL(file).href);
    }
    show(): void {
      this.visible = true;
      this.focus();
    }
    hide(): void {
      this.visible = false;
    }
    isVisible(): boolean {
      return this.visible;
    }
    focus(): void {
      for (const w of BrowserWindow.getAllWindows()) if (w !== this) w.blur();
      this.focused = true;
      this.minimized = false;
      this.webContents.focus();
      this.emit('focus');
    }
    blur(): void {
      if (!this.focused) return;
      this.focused = false;
      this.emit('blur');
    }
    isFocused(): boolean {
      return this.focused;
    }
    minimize(): void {
      this.minimized = true;
      this.blur();
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    restore(): void {
      this.minimized = false;
    }
    setTitle(t: string): void {
      this.title = t;
    }
    getTitle(): string {
      return this.title;
    }
    close(): void {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) this.destroy();
    }
    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.webContents.destroy();
      runtime.windows.delete(this);
      this.emit('closed');
      runtime.windowClosed();
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  };
}
