import { useSyncExternalStore } from 'react';
import type { ApiErrorBody, Locale, Output } from '../../../core/index.js';
import { ApiError, onIpcUnauthorized } from './client.js';

// The desktop app as a client of the office server: which register is open
// (this PC's or the server's) and the steps of connecting, through the one
// channel the preload gives for it (window.apiOffice; electron/officeIpc.ts).
// The main process routes every call; the screens only show where they go.

export type OfficeState =
  | { mode: 'local' }
  | { mode: 'office'; origin: string; host: string; fingerprint: string; user: Output<'access.mine'>['user'] };

export type OfficeRequest =
  | { action: 'state' | 'signOut' | 'disconnect' }
  | { action: 'probe'; address: string }
  | { action: 'accept'; origin: string; fingerprint: string; username: string; password: string }
  | { action: 'signIn'; username: string; password: string };

type Answer = ({ ok: true } & Record<string, unknown>) | { ok: false; status: number; body: ApiErrorBody };

declare global {
  interface Window {
    /** Present in the desktop app: the office server's connection (electron/preload.ts). */
    apiOffice?: (request: OfficeRequest, locale: Locale) => Promise<Answer>;
  }
}

let current: OfficeState | null = null;
const listeners = new Set<() => void>();
function set(s: OfficeState): void {
  current = s;
  for (const l of listeners) l();
}

/** Whether this is the desktop app, which may connect to an office server (the browser is served by one, or is one PC's). */
export const canConnect = () => typeof window !== 'undefined' && typeof window.apiOffice === 'function';

/** One request to the main process; its answer's new state is kept, a refusal thrown as the error the forms show. */
export async function office(request: OfficeRequest, locale: Locale): Promise<Record<string, unknown>> {
  if (!window.apiOffice) throw new ApiError(404, 'not_found', 'apiOffice');
  const r = await window.apiOffice(request, locale);
  if (!r.ok) {
    const e = r.body.error;
    throw new ApiError(r.status, e.code, e.message, e.issues ?? [], e.key, e.params);
  }
  if (r.state) set(r.state as OfficeState);
  return r;
}

let loading: Promise<unknown> | null = null;
onIpcUnauthorized(() => refreshOffice());
/** Asks the main process which register is open (again, after a 401: the session ended). */
export function refreshOffice(): void {
  if (!canConnect() || loading) return;
  loading = office({ action: 'state' }, 'nb')
    .catch(() => undefined)
    .finally(() => (loading = null));
}

/** Which register is open; null outside the desktop app and until the main process has said. */
export function useOffice(): OfficeState | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      if (current === null) refreshOffice();
      return () => listeners.delete(l);
    },
    () => current,
  );
}
