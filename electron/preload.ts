// The whole of the renderer's access to the main process: one function per
// contract method, nothing else (no ipcRenderer, no Node). Runs sandboxed.
import { contextBridge, ipcRenderer } from 'electron';
import { methods } from '../core/contract.js';

const channelOf = (method: string) => `rpc:${method}`;
const api = Object.fromEntries(
  methods.map((m) => [m, (input: unknown, locale: string) => ipcRenderer.invoke(channelOf(m), input, locale)]),
);
contextBridge.exposeInMainWorld('api', Object.freeze(api));
