import type { ChangeEvent } from '../../../core/index.js';
import { backoff, connectionBack, connectionLost } from './connection.js';

// The changes other people make, as the host pushes them (`GET /events`,
// service/http/events.ts): one EventSource for the whole page, opened on the
// first subscription. main.tsx subscribes and marks stale the answers that
// show what changed (the same targeted refresh as after one's own write).
//
// The desktop app (window.api, IPC) has no stream yet: there, on one PC, the
// only writer is this window. When the desktop app becomes the office
// server's client, its main process forwards the server's events over IPC and
// `subscribeOverIpc` below is where they come in; nothing else changes.

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

/** The desktop app's seam (see above): no events over IPC yet. */
function subscribeOverIpc(_listener: ChangeListener): () => void {
  return () => {};
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
