// The office server's change stream (`GET /events`, service/http/events.ts)
// as the desktop app's main process follows it: one request over the pinned
// agent with the session cookie (officeClient.ts opens it), its lines read as
// server-sent events, and when it drops, opened again after 1 s, 2 s, 4 s …
// at most 15 s. The renderer hears each change, that the server cannot be
// reached (at once, for the banner) and, once the stream is back, that
// changes may have been missed. A 401 stops it: the session ended.
import type { ClientRequest, IncomingMessage } from 'node:http';
import type { ChangeEvent } from '../core/index.js';

/** What the main process forwards to the main window (OFFICE_EVENTS_CHANNEL). */
export type OfficeEventMessage =
  | { type: 'changed'; event: ChangeEvent }
  /** The stream is back after a drop: refresh what is shown. */
  | { type: 'missed' }
  /** The server cannot be reached: the stream dropped or could not be opened. */
  | { type: 'lost' };

export interface OfficeEventHandlers {
  message(m: OfficeEventMessage): void;
  /** The server refused the session (401): the stream stops; the next call asks for sign-in. */
  unauthorized?(): void;
}

/** Waits before the n-th reconnect (from 0): 1 s, 2 s, 4 s … at most 15 s, with a little jitter. */
export function reconnectDelay(attempt: number): number {
  return Math.min(15_000, 1_000 * 2 ** attempt) * (0.8 + Math.random() * 0.4);
}

/** The largest event line accepted: an event is a hundred bytes; anything far larger is not the server's. */
const MAX_LINE = 64 * 1024;

/** The fields of one `changed` event's data, checked: anything else from the stream is ignored. */
export function changeEventOf(data: string): ChangeEvent | null {
  let v: unknown;
  try {
    v = JSON.parse(data);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object') return null;
  const e = v as Record<string, unknown>;
  const idOk = e.id === null || (typeof e.id === 'number' && Number.isSafeInteger(e.id));
  const entityOk = e.entity === null || typeof e.entity === 'string';
  if (!idOk || !entityOk || typeof e.method !== 'string' || typeof e.by !== 'string' || typeof e.at !== 'string')
    return null;
  return {
    entity: e.entity as ChangeEvent['entity'],
    id: e.id as number | null,
    method: e.method as ChangeEvent['method'],
    by: e.by,
    at: e.at,
  };
}

/** Reads server-sent events from chunks of text: `event:` and `data:` lines up to a blank line; comments (`: ping`) skipped. */
export function sseParser(onEvent: (type: string, data: string) => void): (chunk: string) => boolean {
  let buffer = '';
  let type = '';
  let data: string[] = [];
  return (chunk) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + (buffer.startsWith('\r\n', nl) ? 2 : 1));
      if (line === '') {
        if (data.length) onEvent(type || 'message', data.join('\n'));
        type = '';
        data = [];
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') type = value;
        else if (field === 'data') data.push(value);
      }
    }
    return buffer.length <= MAX_LINE;
  };
}

/**
 * Follows the stream: `open` makes the request (null when there is no
 * session), `onResponse` given the answer. Returns the way to stop.
 */
export function followOfficeEvents(
  open: (onResponse: (res: IncomingMessage) => void) => ClientRequest | null,
  handlers: OfficeEventHandlers,
  delay: (attempt: number) => number = reconnectDelay,
  /** Whether a failed request means the server cannot be reached (not, say, a refused certificate). */
  unreachable: (e: unknown) => boolean = () => true,
): () => void {
  let stopped = false;
  let attempt = 0;
  let dropped = false;
  let request: ClientRequest | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  /** The stream ended or could not be opened; `lost`: the server could not be reached (not merely busy). */
  const again = (lost: boolean) => {
    request = null;
    if (stopped || timer) return;
    if (lost && !dropped) handlers.message({ type: 'lost' });
    dropped = true;
    timer = setTimeout(() => {
      timer = null;
      connect();
    }, delay(attempt++));
  };

  const connect = () => {
    if (stopped) return;
    // Each attempt ends once, however many of error, end and close report it.
    let ended = false;
    const end = (lost: boolean) => {
      if (ended) return;
      ended = true;
      again(lost);
    };
    const req = open((res) => {
      res.on('error', () => end(true));
      if (stopped) return void res.destroy();
      if (res.statusCode === 401) {
        res.resume();
        stopped = true;
        handlers.unauthorized?.();
        return;
      }
      if (res.statusCode !== 200 || !/^text\/event-stream/.test(String(res.headers['content-type'] ?? ''))) {
        // The server answered but will not stream now (busy, 503): not a lost network; try again later.
        res.resume();
        res.on('end', () => end(false));
        return;
      }
      attempt = 0;
      if (dropped) {
        dropped = false;
        handlers.message({ type: 'missed' });
      }
      res.setEncoding('utf8');
      const parse = sseParser((type, data) => {
        if (type !== 'changed') return;
        const event = changeEventOf(data);
        if (event) handlers.message({ type: 'changed', event });
      });
      res.on('data', (chunk: string) => {
        if (!parse(chunk)) res.destroy();
      });
      res.on('close', () => end(true));
    });
    if (!req) {
      stopped = true;
      return;
    }
    request = req;
    req.on('error', (e) => end(unreachable(e)));
  };

  connect();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = null;
    request?.destroy();
    request = null;
  };
}
