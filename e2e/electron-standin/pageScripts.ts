import { WIRE_SOURCE } from './wire.js';

// What runs inside a window's page, before any of the page's own scripts:
//
// - in the main world, a bootstrap that turns what the preload exposes
//   (contextBridge.exposeInMainWorld) into window.<key>: functions that call
//   across to the preload's world and return its answer;
// - in an isolated world of its own, the preload itself, with a
//   require('electron') that gives it contextBridge and ipcRenderer, whose
//   invoke goes to Node through a binding only that world has.
//
// The two worlds share the DOM and nothing else, as with contextIsolation:
// they talk through DOM events carrying strings. Like Electron with
// nodeIntegrationInSubFrames off, the preload runs in the top frame only.

/** The isolated world the preload runs in, and the Node binding only it can call. */
export const PRELOAD_WORLD = 'anskaff-standin-preload';
export const IPC_BINDING = '__standinIpc';
export const IPC_REPLY = '__standinIpcReply';
/** How webContents.send reaches the preload's ipcRenderer.on listeners (window.ts evaluates it in the preload's world). */
export const IPC_EVENT = '__standinIpcEvent';

const EXPOSE = '__standin_expose';
const CALL = '__standin_call';
const RETURN = '__standin_return';
/** A function the page passed to the preload, called back from the preload's world (as contextBridge proxies it). */
const CALLBACK = '__standin_callback';
const CALLBACK_MARK = '__standinCallbackId';

export const MAIN_WORLD_BOOTSTRAP = String.raw`(() => {
  if (window.top !== window) return;
  const W = ${WIRE_SOURCE};
  const pending = new Map();
  let seq = 0;
  const callbacks = new Map();
  let callbackSeq = 0;
  // A function argument crosses as a reference the preload's world calls back through (args copied both ways).
  const marked = (args) => args.map((a) => {
    if (typeof a !== 'function') return a;
    callbacks.set(++callbackSeq, a);
    return { ${CALLBACK_MARK}: callbackSeq };
  });
  document.addEventListener('${CALLBACK}', (e) => {
    const m = JSON.parse(e.detail);
    const fn = callbacks.get(m.id);
    if (fn) fn(...W.decode(m.args));
  });
  document.addEventListener('${RETURN}', (e) => {
    const m = JSON.parse(e.detail);
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(W.decode(m.value));
    else p.reject(new Error(m.error));
  });
  const build = (key, path, shape) => {
    if (shape.t === 'fn') {
      return (...args) => new Promise((resolve, reject) => {
        const id = ++seq;
        let detail;
        try {
          detail = JSON.stringify({ id, key, path, args: W.encode(marked(args)) });
        } catch (err) {
          return reject(err);
        }
        pending.set(id, { resolve, reject });
        document.dispatchEvent(new CustomEvent('${CALL}', { detail }));
      });
    }
    if (shape.t === 'obj') {
      const o = {};
      for (const k of Object.keys(shape.e)) o[k] = build(key, [...path, k], shape.e[k]);
      return Object.freeze(o);
    }
    return W.decode(shape.v);
  };
  document.addEventListener('${EXPOSE}', (e) => {
    const m = JSON.parse(e.detail);
    Object.defineProperty(window, m.key, { value: build(m.key, [], m.shape), enumerable: true, configurable: false, writable: false });
  });
})();`;

/** The preload (a CommonJS bundle, as Electron loads a sandboxed preload) wrapped for its isolated world. */
export function preloadWorldScript(preloadSource: string): string {
  return String.raw`(() => {
  if (window.top !== window) return;
  const W = ${WIRE_SOURCE};
  const exposed = Object.create(null);
  const shapeOf = (v) => {
    if (typeof v === 'function') return { t: 'fn' };
    if (v && typeof v === 'object' && !ArrayBuffer.isView(v) && !(v instanceof Date)) {
      const e = {};
      for (const k of Object.keys(v)) e[k] = shapeOf(v[k]);
      return { t: 'obj', e };
    }
    return { t: 'val', v: W.encode(v) };
  };
  const contextBridge = {
    exposeInMainWorld(key, api) {
      if (typeof key !== 'string' || key in exposed) throw new Error('Cannot bind an API on top of an existing property on the window object');
      exposed[key] = api;
      document.dispatchEvent(new CustomEvent('${EXPOSE}', { detail: JSON.stringify({ key, shape: shapeOf(api) }) }));
    },
  };
  document.addEventListener('${CALL}', async (e) => {
    const m = JSON.parse(e.detail);
    const reply = (r) => document.dispatchEvent(new CustomEvent('${RETURN}', { detail: JSON.stringify({ id: m.id, ...r }) }));
    try {
      let fn = exposed[m.key];
      for (const k of m.path) fn = fn == null ? undefined : fn[k];
      if (typeof fn !== 'function') throw new Error('not an exposed function');
      const args = W.decode(m.args).map((a) =>
        a && typeof a === 'object' && typeof a.${CALLBACK_MARK} === 'number'
          ? (...xs) => document.dispatchEvent(new CustomEvent('${CALLBACK}', { detail: JSON.stringify({ id: a.${CALLBACK_MARK}, args: W.encode(xs) }) }))
          : a,
      );
      reply({ ok: true, value: W.encode(await fn(...args)) });
    } catch (err) {
      reply({ ok: false, error: String((err && err.message) || err) });
    }
  });
  const waiting = new Map();
  let seq = 0;
  globalThis.${IPC_REPLY} = (id, payload) => {
    const p = waiting.get(id);
    if (!p) return;
    waiting.delete(id);
    const m = JSON.parse(payload);
    if (m.ok) p.resolve(W.decode(m.value));
    else p.reject(new Error(m.error));
  };
  const unsupported = (name) => () => { throw new Error('ipcRenderer.' + name + ' is not in the Electron stand-in'); };
  const ipcRenderer = {
    invoke(channel, ...args) {
      return new Promise((resolve, reject) => {
        const id = ++seq;
        let payload;
        try {
          payload = JSON.stringify({ id, channel: String(channel), args: W.encode(args) });
        } catch (err) {
          return reject(err);
        }
        waiting.set(id, { resolve, reject });
        ${IPC_BINDING}(payload);
      });
    },
    send: unsupported('send'),
    sendSync: unsupported('sendSync'),
    on(channel, listener) {
      if (!heard.has(channel)) heard.set(channel, new Set());
      heard.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      heard.get(channel)?.delete(listener);
      return ipcRenderer;
    },
    once: unsupported('once'),
  };
  // webContents.send from main: each listener gets an event and the arguments, structured-cloned.
  const heard = new Map();
  globalThis.${IPC_EVENT} = (channel, payload) => {
    const args = W.decode(JSON.parse(payload));
    for (const listener of [...(heard.get(channel) ?? [])]) listener({ sender: ipcRenderer }, ...args);
  };
  // A sandboxed preload's require: Electron's renderer modules (here the two it uses), nothing of Node.
  const modules = { electron: { contextBridge, ipcRenderer } };
  const require = (id) => {
    if (id in modules) return modules[id];
    throw new Error("Cannot find module '" + id + "' (a sandboxed preload can't require it)");
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}
