// The whole of the renderer's access to the main process: one function per
// contract method, one to have a report made as a file and one to print it
// (kinds from a fixed list), one to save a file the app made (the main
// process asks where) and one to choose the extra backup folder (the main
// process shows the dialog), one for the office server's connection (the
// main process checks each request against its schema) and one to hear of
// its changes (main → page only), nothing else (no ipcRenderer, no Node). Runs sandboxed.
import { contextBridge, ipcRenderer } from 'electron';
import { exportKinds, methods, printKinds } from '../core/contract.js';
import {
  BACKUP_FOLDER_CHANNEL,
  channelOf,
  exportChannelOf,
  OFFICE_CHANNEL,
  OFFICE_EVENTS_CHANNEL,
  printChannelOf,
  SAVE_CHANNEL,
} from './channels.js';
const api = Object.fromEntries(
  methods.map((m) => [m, (input: unknown, locale: string) => ipcRenderer.invoke(channelOf(m), input, locale)]),
);
contextBridge.exposeInMainWorld('api', Object.freeze(api));

const apiExport = (kind: string, input: unknown, locale: string) => {
  if (!(exportKinds as readonly string[]).includes(kind))
    return Promise.reject(new Error(`unknown export ${String(kind).slice(0, 40)}`));
  return ipcRenderer.invoke(exportChannelOf(kind), input, locale);
};
contextBridge.exposeInMainWorld('apiExport', apiExport);

const apiPrint = (kind: string, input: unknown, locale: string) => {
  if (!(printKinds as readonly string[]).includes(kind))
    return Promise.reject(new Error(`unknown report ${String(kind).slice(0, 40)}`));
  return ipcRenderer.invoke(printChannelOf(kind), input, locale);
};
contextBridge.exposeInMainWorld('apiPrint', apiPrint);

// Only a name and bytes cross: the path comes from the user, in the main process's save dialog.
const apiSave = (file: { fileName: string; bytes: Uint8Array }, locale: string) =>
  ipcRenderer.invoke(SAVE_CHANNEL, { fileName: String(file?.fileName ?? ''), bytes: file?.bytes }, locale);
contextBridge.exposeInMainWorld('apiSave', apiSave);

// The extra backup folder: the main process shows the folder dialog; the page only says choose or clear.
const apiBackupFolder = (action: 'choose' | 'clear', locale: string) =>
  ipcRenderer.invoke(BACKUP_FOLDER_CHANNEL, action === 'clear' ? 'clear' : 'choose', locale);
contextBridge.exposeInMainWorld('apiBackupFolder', apiBackupFolder);

// The office server: state, connect (fingerprint, sign-in), back to this PC. A plain object crosses; main validates it.
const apiOffice = (request: unknown, locale: string) => ipcRenderer.invoke(OFFICE_CHANNEL, request, locale);
contextBridge.exposeInMainWorld('apiOffice', apiOffice);

// The office server's changes, as the main process forwards them, to the page's one listener (a new one replaces
// it, null stops); only the message crosses (never the IPC event, so never its sender; contextBridge copies it).
let officeListener: ((_event: unknown, message: unknown) => void) | null = null;
const apiOfficeEvents = (listener: ((message: unknown) => void) | null): void => {
  if (officeListener) ipcRenderer.removeListener(OFFICE_EVENTS_CHANNEL, officeListener);
  officeListener = null;
  if (typeof listener !== 'function') return;
  officeListener = (_event, message) => listener(message);
  ipcRenderer.on(OFFICE_EVENTS_CHANNEL, officeListener);
};
contextBridge.exposeInMainWorld('apiOfficeEvents', apiOfficeEvents);
