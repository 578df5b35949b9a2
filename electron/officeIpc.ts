import { z } from 'zod';
import { OFFICE_CHANNEL, OFFICE_EVENTS_CHANNEL } from './channels.js';
import { answering, localeOf, untrustedSender, type IpcMainLike } from './ipc.js';
import type { OfficeConnection } from './officeConnection.js';
import type { OfficeEventMessage } from './officeEvents.js';
import { isMainPage } from './security.js';

/**
 * What the main page may ask of the office connection: each request checked
 * against this schema before anything is done (anything else is refused),
 * the address and the password bounded.
 */
export const OfficeRequestSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('state') }),
  z.strictObject({ action: z.literal('probe'), address: z.string().max(300) }),
  z.strictObject({
    action: z.literal('accept'),
    origin: z.string().max(320),
    fingerprint: z.string().max(200),
    username: z.string().max(200),
    password: z.string().max(1024),
  }),
  z.strictObject({ action: z.literal('signIn'), username: z.string().max(200), password: z.string().max(1024) }),
  z.strictObject({ action: z.literal('signOut') }),
  z.strictObject({ action: z.literal('disconnect') }),
]);
export type OfficeRequest = z.infer<typeof OfficeRequestSchema>;

/**
 * The office channel: the main page only (never the print page), its
 * request validated with the schema above. The password crosses once, to
 * the main process, which sends it to the pinned server and keeps only the
 * session cookie it gets back, in memory.
 */
export function registerOfficeIpc(
  ipcMain: IpcMainLike,
  office: Pick<OfficeConnection, 'state' | 'probe' | 'accept' | 'signIn' | 'signOut' | 'disconnect'>,
  isTrusted: (frameUrl: string | undefined | null) => boolean,
): void {
  ipcMain.handle(OFFICE_CHANNEL, async (event, request, locale) => {
    if (!isTrusted(event.senderFrame?.url)) return untrustedSender();
    const loc = localeOf(locale);
    const r = OfficeRequestSchema.safeParse(request);
    if (!r.success)
      return { ok: false, status: 400, body: { error: { code: 'invalid_input', message: 'Not an office request' } } };
    const q = r.data;
    return answering(loc, async () => {
      switch (q.action) {
        case 'state':
          return { ok: true, state: office.state() };
        case 'probe':
          return office.probe(q.address, loc);
        case 'accept':
          return office.accept(q.origin, q.fingerprint, q.username, q.password, loc);
        case 'signIn':
          return office.signIn(q.username, q.password, loc);
        case 'signOut':
          return { ok: true, state: await office.signOut(loc) };
        case 'disconnect':
          return { ok: true, state: await office.disconnect(loc) };
      }
    });
  });
}

/** A window's contents, as much of Electron's WebContents as the office events need. */
export interface EventTarget {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, ...args: unknown[]): void;
}

/**
 * Forwards one of the office server's changes to the app's main window, and
 * only while it shows the app's own main page (never another page it was
 * somehow led to, never the print page). Returns whether it was sent.
 */
export function sendOfficeEvent(contents: EventTarget | null | undefined, m: OfficeEventMessage): boolean {
  if (!contents || contents.isDestroyed() || !isMainPage(contents.getURL())) return false;
  try {
    contents.send(OFFICE_EVENTS_CHANNEL, m);
    return true;
  } catch (e) {
    // A window closing as the event came: nothing to tell.
    console.error('anskaff: office event not delivered', e);
    return false;
  }
}
