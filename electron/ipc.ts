import { DEFAULT_LOCALE, locales, methods, t, type Locale } from '../core/index.js';
import { PrintError } from '../service/print/printer.js';
import type { DispatchResult, Service } from '../service/index.js';
import { channelOf } from './channels.js';
import type { OfficeConnection } from './officeConnection.js';

/** What a handler learns of who sent a message: the frame (its URL is what the sender check reads) and its webContents. */
export interface IpcEvent {
  senderFrame?: { url: string } | null;
  sender?: unknown;
}

/** The part of Electron's ipcMain this needs; injected so the wiring can be tested without the runtime. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEvent, ...args: unknown[]) => unknown): void;
}

/** The answer to a message from a page that is not the app's own. */
export const untrustedSender = () => ({
  ok: false as const,
  status: 403,
  body: { error: { code: 'invalid_input' as const, message: 'Untrusted sender' } },
});

/**
 * Runs a file handler so that it answers, never throws: a report that could
 * not be printed says why, anything else is an internal error in the user's
 * language (logged here), as the HTTP host answers. A rejected invoke would
 * show the renderer Electron's own "Error invoking remote method …".
 */
export async function answering<T>(
  locale: Locale,
  fn: () => Promise<T>,
): Promise<T | { ok: false; status: 500; body: { error: { code: 'internal'; message: string } } }> {
  try {
    return await fn();
  } catch (e) {
    if (!(e instanceof PrintError)) console.error('anskaff: a file request failed', e);
    return {
      ok: false,
      status: 500,
      body: { error: { code: 'internal', message: e instanceof PrintError ? e.message : t('internal', locale) } },
    };
  }
}

/** The locale a renderer asked for, if it is one we have. */
export const localeOf = (locale: unknown): Locale =>
  locales.includes(locale as Locale) ? (locale as Locale) : DEFAULT_LOCALE;

/**
 * Registers one IPC handler per contract method, by looping over the
 * contract. Each checks the sender (which of the app's pages, and whether
 * that page may call this method) before anything else; the service then
 * validates the input with the method's schema, as over HTTP.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  service: Service,
  mayCall: (frameUrl: string | undefined | null, method: string) => boolean,
  mainProcessOnly: ReadonlySet<string> = new Set(),
  /** In office mode (officeConnection.ts) the calls go to the office server instead of this PC's register. */
  office?: Pick<OfficeConnection, 'active' | 'call'>,
): string[] {
  const channels: string[] = [];
  for (const method of methods) {
    const channel = channelOf(method);
    ipcMain.handle(channel, async (event, input, locale): Promise<DispatchResult> => {
      // Refused to every page: the main process calls these itself (backupFolderIpc.ts).
      if (!mayCall(event.senderFrame?.url, method) || mainProcessOnly.has(method)) return untrustedSender();
      if (office?.active) return office.call(method, input, localeOf(locale));
      return service.call(method, input, localeOf(locale));
    });
    channels.push(channel);
  }
  return channels;
}
