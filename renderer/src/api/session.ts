import { useSyncExternalStore } from 'react';

// In the browser, the host answers the API only within a session it gave
// this page (service/http/sessions.ts). When it stops doing so (the host
// was restarted, or the page was opened without the address's token),
// every screen would fail one by one; instead the app says once what to do.

let lost: string | null = null;
const listeners = new Set<() => void>();

// On the office server a 401 with the key `signInRequired` means no one is
// signed in on this browser: the app shows the sign-in screen instead.
let signIn = false;

/** Called by the client on a 401: `message` is the host's, in the user's language; `key` its message key. */
export function sessionLost(message: string, key?: string): void {
  if (key === 'signInRequired') {
    if (signIn) return;
    signIn = true;
    for (const l of listeners) l();
    return;
  }
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

/** Whether the office server asked for sign-in. */
export function useSignInRequired(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => signIn,
  );
}
