import { DEFAULT_LOCALE, locales, methods, type Locale } from '../core/index.js';
import type { DispatchResult, Service } from '../service/index.js';

/** The channel a contract method travels on. The preload uses the same function. */
export const channelOf = (method: string) => `rpc:${method}`;

/** The part of Electron's ipcMain this needs; injected so the wiring can be tested without the runtime. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame?: { url: string } | null }, ...args: unknown[]) => unknown): void;
}

/**
 * Registers one IPC handler per contract method, by looping over the
 * contract. Each checks the sender before anything else; the service then
 * validates the input with the method's schema, as over HTTP.
 */
export function registerIpc(ipcMain: IpcMainLike, service: Service, isTrusted: (frameUrl: string | undefined) => boolean): string[] {
  const channels: string[] = [];
  for (const method of methods) {
    const channel = channelOf(method);
    ipcMain.handle(channel, async (event, input, locale): Promise<DispatchResult> => {
      if (!isTrusted(event.senderFrame?.url)) {
        return { ok: false, status: 403, body: { error: { code: 'invalid_input', message: 'Untrusted sender' } } };
      }
      const loc: Locale = locales.includes(locale as Locale) ? (locale as Locale) : DEFAULT_LOCALE;
      return service.call(method, input, loc);
    });
    channels.push(channel);
  }
  return channels;
}
