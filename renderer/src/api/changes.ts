import type { ChangeEvent } from '../../../core/index.js';
import { backoff, connectionBack, connectionLost } from './connection.js';

// The changes other people make, as the host pushes them (`GET /events`,
// service/http/events.ts): one EventSource for the whole page, opened on the
// first subscription. main.tsx subscribes and marks stale the answers that
// show what changed (the same targeted refresh as after one's own write).
//
// The desktop app (window.api, IPC): on one PC the only writer is this
// window, so nothing comes; as the office server's client its main process
// follows the server's stream and forwards each event over IPC
// (window.apiOfficeEvents, electron/officeEvents.ts), which
// `subscribeOverIpc` below hands to the same listeners.

export interface ChangeListener {
  /** A record another write changed. */
  changed(e: ChangeEvent): void;
  /** The stream dropped and is back: changes may have been missed, so refresh everything shown. */
  missed(): void;
}

const listeners = new Set<ChangeListener>();
let source: EventSource | null = null;
let dropped = false;
let attempt = 0;
let retry: ReturnType<typeof setTimeout> | null = null;

function connect(): void {
  const es = new EventSource('events');
  source = es;
  es.addEventListener('open', () => {
    attempt = 0;
    connectionBack();
    if (!dropped) return;
    dropped = false;
    for (const l of listeners) l.missed();
  });
  es.addEventListener('changed', (m) => {
    let e: ChangeEvent;
    try {
      e = JSON.parse((m as MessageEvent<string>).data) as ChangeEvent;
    } catch {
      return;
    }
    for (const l of listeners) l.changed(e);
  });
  es.addEventListener('error', () => {
    dropped = true;
    // A dropped stream the browser is reconnecting: the host cannot be reached. A refusal (401, 503) closes it
    // instead: the host answered, so no banner (a lost session shows as such on the next call); try again later.
    if (es.readyState === EventSource.CONNECTING) connectionLost();
    if (es.readyState === EventSource.CLOSED) {
      es.close();
      source = null;
      retry = setTimeout(() => {
        retry = null;
        if (listeners.size) connect();
      }, backoff(attempt++));
    }
  });
}

/** One message from the desktop app's main process (electron/officeEvents.ts `OfficeEventMessage`). */
type IpcChange = { type: 'changed'; event: ChangeEvent } | { type: 'missed' } | { type: 'lost' };

declare global {
  interface Window {
    /** Present in the desktop app: the one listener to the office server's changes (electron/preload.ts); null stops. */
    apiOfficeEvents?: (listener: ((message: IpcChange) => void) | null) => void;
  }
}

const ipcListeners = new Set<ChangeListener>();

/** One message from the main process, to every listener; the stream dropping shows the banner at once. */
function heardOverIpc(m: IpcChange): void {
  if (m?.type === 'changed' && m.event) for (const l of ipcListeners) l.changed(m.event);
  else if (m?.type === 'missed') {
    connectionBack();
    for (const l of ipcListeners) l.missed();
  } else if (m?.type === 'lost') connectionLost();
}

/** The desktop app (see above): one listener given to the preload while any here listens. */
function subscribeOverIpc(listener: ChangeListener): () => void {
  if (typeof window.apiOfficeEvents !== 'function') return () => {};
  if (!ipcListeners.size) window.apiOfficeEvents(heardOverIpc);
  ipcListeners.add(listener);
  return () => {
    ipcListeners.delete(listener);
    if (!ipcListeners.size) window.apiOfficeEvents?.(null);
  };
}

/** Hears of each change others make while the page is open; returns the way to stop. */
export function onChanged(listener: ChangeListener): () => void {
  if (typeof window !== 'undefined' && window.api) return subscribeOverIpc(listener);
  listeners.add(listener);
  if (!source && !retry && typeof EventSource !== 'undefined') connect();
  return () => {
    listeners.delete(listener);
    if (listeners.size) return;
    source?.close();
    source = null;
    if (retry) clearTimeout(retry);
    retry = null;
  };
}
