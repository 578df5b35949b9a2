import type { IncomingMessage, ServerResponse } from 'node:http';
import { t, type ChangeEvent, type Locale } from '../../core/index.js';
import type { Service } from '../service.js';

// `GET /events`: the records other people's writes changed, pushed as
// server-sent events so open screens refresh without a reload. Each event is
//
//   event: changed
//   data: {"entity":"case","id":12,"method":"cases.update","by":"Kari Nordmann","at":"…"}
//
// sent once the write has committed (service.onChange); a comment `: ping`
// every 20 s keeps proxies and the browser from closing an idle stream. The
// host authorises the request as it does /rpc (the browser host: this
// start's secret; the office server: the signed-in session) and hands it
// here with its verdict; this file knows nothing of sessions.

/** How often an idle stream gets a comment, so nothing between closes it as dead. */
export const PING_MS = 20_000;
/** How many streams one host keeps open at once: an office is 5–20 people with a few tabs each. */
export const MAX_SUBSCRIBERS = 200;
/** Unsent bytes a stream may queue (a reader that stopped reading) before it is closed; the browser reconnects. */
const MAX_QUEUED_BYTES = 1 << 20;
/** How long the browser waits before reconnecting after the stream drops. */
const RETRY_MS = 3_000;

export interface ChangeStreams {
  /**
   * Answers `GET /events` for a request the host has authorised (or not).
   * `sees`: which changes this caller is told of (the office server: a need
   * owner only of their departments' cases); every change when left out.
   */
  serve(
    req: IncomingMessage,
    res: ServerResponse,
    r: { allowed: boolean; locale: Locale; sees?: (e: ChangeEvent) => boolean },
  ): void;
  /** How many streams are open (tests, the load figures). */
  readonly count: number;
  /** Ends every stream and stops listening: the host is closing. */
  close(): void;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

/** The event-stream frame of one change. */
export function frame(e: ChangeEvent): string {
  return `event: changed\ndata: ${JSON.stringify(e)}\n\n`;
}

/**
 * The change streams of one host over one service. `headers` are the host's
 * security headers, sent with every stream.
 */
export function changeStreams(
  service: Pick<Service, 'onChange'>,
  opts: { headers?: Record<string, string>; maxSubscribers?: number; pingMs?: number } = {},
): ChangeStreams {
  const streams = new Map<ServerResponse, ((e: ChangeEvent) => boolean) | undefined>();
  const max = opts.maxSubscribers ?? MAX_SUBSCRIBERS;
  let closed = false;
  const refuse = (res: ServerResponse, status: number, code: string, message: string, extra: object = {}) => {
    res.writeHead(status, { ...opts.headers, ...JSON_HEADERS, ...extra });
    res.end(JSON.stringify({ error: { code, message } }));
  };

  const send = (res: ServerResponse, text: string) => {
    if (res.writableLength > MAX_QUEUED_BYTES) return void res.end();
    res.write(text);
  };
  const stop = service.onChange((e) => {
    const text = frame(e);
    for (const [res, sees] of streams) if (!sees || sees(e)) send(res, text);
  });
  const ping = setInterval(() => {
    for (const res of streams.keys()) send(res, ': ping\n\n');
  }, opts.pingMs ?? PING_MS);
  ping.unref();

  return {
    serve(req, res, { allowed, locale, sees }) {
      if (req.method !== 'GET') return refuse(res, 405, 'invalid_input', 'Use GET', { allow: 'GET' });
      if (!allowed) return refuse(res, 401, 'unauthorized', t('unauthorized', locale));
      if (closed || streams.size >= max)
        return refuse(res, 503, 'unavailable', t('tooManyListeners', locale), { 'retry-after': '30' });
      // Nothing buffered on the way: no compression, no proxy buffering, each frame written at once.
      req.socket.setTimeout(0);
      req.socket.setNoDelay(true);
      res.writeHead(200, {
        ...opts.headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`retry: ${RETRY_MS}\n: connected\n\n`);
      streams.set(res, sees);
      const gone = () => streams.delete(res);
      res.on('close', gone);
      req.on('close', gone);
    },
    get count() {
      return streams.size;
    },
    close() {
      closed = true;
      clearInterval(ping);
      stop();
      for (const res of streams.keys()) res.end();
      streams.clear();
    },
  };
}
