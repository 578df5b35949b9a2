import { useSyncExternalStore } from 'react';

// Whether the host can be reached: a call that could not reach it, or the
// change stream dropping, says at once that it cannot (the banner,
// components/ConnectionBanner.tsx); an answer or the stream opening again
// says it is back. The browser's transport reports here, and the desktop app
// as the office server's client (a call answered "cannot reach the server",
// its main process's change stream dropping); on one PC nothing is lost.

let offline = false;
const listeners = new Set<() => void>();
let probe: (() => Promise<unknown>) | null = null;
let probing: ReturnType<typeof setTimeout> | null = null;

function set(value: boolean): void {
  if (offline === value) return;
  offline = value;
  if (offline && !probing) tryAgain(0);
  for (const l of listeners) l();
}

/** While the host cannot be reached, asks it again, ever more slowly, until it answers (whatever else is open or not). */
function tryAgain(attempt: number): void {
  probing = setTimeout(() => {
    void (probe?.() ?? Promise.resolve())
      .catch(() => {})
      .then(() => {
        probing = null;
        if (offline) tryAgain(attempt + 1);
      });
  }, backoff(attempt));
}

/** How to ask the host whether it answers (client.ts: a small read); its answer reports back here. */
export function probeWith(ask: () => Promise<unknown>): void {
  probe = ask;
}

/** A request or the change stream could not reach the host. */
export const connectionLost = (): void => set(true);
/** The host answered again. */
export const connectionBack = (): void => set(false);
export const isOffline = (): boolean => offline;

/** Hears each change of the connection's state; returns the way to stop. */
export function onConnection(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** True while the host cannot be reached. */
export function useOffline(): boolean {
  return useSyncExternalStore(onConnection, isOffline);
}

/** Waits before the n-th retry (from 0): 1 s, 2 s, 4 s … at most 15 s, with a little jitter so tabs do not retry in step. */
export function backoff(attempt: number): number {
  return Math.min(15_000, 1_000 * 2 ** attempt) * (0.8 + Math.random() * 0.4);
}
