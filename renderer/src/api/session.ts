import { useSyncExternalStore } from 'react';

// In the browser, the host answers the API only within a session it gave
// this page (service/http/sessions.ts). When it stops doing so (the host
// was restarted, or the page was opened without the address's token),
// every screen would fail one by one; instead the app says once what to do.

let lost: string | null = null;
const listeners = new Set<() => void>();

/** Called by the client on a 401: `message` is the host's, in the user's language. */
export function sessionLost(message: string): void {
  if (lost !== null) return;
  lost = message;
  for (const l of listeners) l();
}

/** The host's message once the session is gone; null while it holds. */
export function useSessionLost(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => lost,
  );
}
