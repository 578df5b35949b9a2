// The whole of the renderer's access to the main process: one function per
// contract method, and one to have a report made as a file (kinds from a
// fixed list), nothing else (no ipcRenderer, no Node). Runs sandboxed.
import { contextBridge, ipcRenderer } from 'electron';
import { methods } from '../core/contract.js';
import { exportKinds, printKinds } from '../core/reference/exports.js';

const channelOf = (method: string) => `rpc:${method}`;
const api = Object.fromEntries(
  methods.map((m) => [m, (input: unknown, locale: string) => ipcRenderer.invoke(channelOf(m), input, locale)]),
);
contextBridge.exposeInMainWorld('api', Object.freeze(api));

const apiExport = (kind: string, input: unknown, locale: string) => {
  if (!(exportKinds as readonly string[]).includes(kind)) return Promise.reject(new Error(`unknown export ${String(kind).slice(0, 40)}`));
  return ipcRenderer.invoke(`export:${kind}`, input, locale);
};
contextBridge.exposeInMainWorld('apiExport', apiExport);

const apiPrint = (kind: string, input: unknown, locale: string) => {
  if (!(printKinds as readonly string[]).includes(kind)) return Promise.reject(new Error(`unknown report ${String(kind).slice(0, 40)}`));
  return ipcRenderer.invoke(`print:${kind}`, input, locale);
};
contextBridge.exposeInMainWorld('apiPrint', apiPrint);
