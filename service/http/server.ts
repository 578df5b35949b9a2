import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { isIPv4, isIPv6, type AddressInfo } from 'node:net';
import os from 'node:os';
import {
  CONTENT_SECURITY_POLICY,
  CSP_HEADER_EXTRA,
  fileExports,
  fileMethods,
  MAX_BODY_BYTES,
  MAX_FILE_BODY_BYTES,
  pickLocale,
  t,
  type ApiErrorBody,
  type Locale,
} from '../../core/index.js';
import type { Caller } from '../context.js';
import type { ExportResult } from '../exportResult.js';
import type { Service } from '../service.js';
import { changeStreams, type ChangeStreams } from './events.js';
import { BadToken, Sessions, TOKEN_PATTERN } from './sessions.js';
import { serveStatic } from './static.js';

export interface HttpHostOptions {
  service: Service;
  /** The built renderer to serve; omit for an API-only host. */
  staticDir?: string;
  host?: string;
  port?: number;
  /** Largest request body accepted without a file, in bytes (default MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /** Largest request body of a method that carries a file, in bytes (default MAX_FILE_BODY_BYTES). */
  maxFileBodyBytes?: number;
  /** Files made on request (`POST /export/<kind>`): briefing packs as PDF or Word. */
  exporter?: Exporter;
  /** This start's secret (`--token`, ANSKAFF_WEB_TOKEN); a random one when left out. */
  token?: string;
}

/** `appUrl` is the app's address with a one-time token, so a printer that opens a report route beside it gets a session. */
export type Exporter = (
  kind: string,
  input: unknown,
  locale: Locale,
  appUrl: string,
  /** The office server's signed-in user: their role must allow the kind, and the file names them. */
  caller?: Caller,
) => Promise<ExportResult>;

/**
 * Who may use a host's API, and how a session is had: this start's secret
 * on one PC (`secretAuth`), the office's accounts on the office server
 * (service/http/office/auth.ts). The host is the same for both.
 */
export interface HostAuth {
  /** An API request's caller: `{}` when it may call without one (one PC), null when it has no session (401). */
  authorize(req: IncomingMessage): { caller?: Caller } | null;
  /** The 401's body when `authorize` refuses. */
  refusal(locale: Locale): ApiErrorBody;
  /** The Set-Cookie value for the token in a page's address, or null when the token gives nothing. */
  trade(token: string): string | null;
  /** A token that gives a session once, within minutes (the printer's address); acting as `caller` when there is one. */
  mintOneTime(caller?: Caller): string;
  /** Requests the auth answers itself (signing in and out); true when this was one. `allowedHosts`: for the Origin check. */
  route?(
    req: IncomingMessage,
    res: ServerResponse,
    locale: Locale,
    allowedHosts: ReadonlySet<string>,
  ): Promise<boolean>;
}

/** How a host is reached: plain HTTP (loopback only) or HTTPS, and the names it answers to besides its address. */
export interface Transport {
  /** HTTPS with this key and certificate (PEM); plain HTTP without. */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** Host names (without port) the host also answers to, e.g. the office server's DNS name. */
  names?: string[];
}

export interface HttpHost {
  server: Server;
  url: string;
  /** This start's secret: scripts send it as `Authorization: Bearer <token>`. */
  token: string;
  /** The address to give the user (printed in the terminal): it carries the secret, which the page trades for a session. */
  openUrl: string;
  /** An address (a path, with any query and hash) that gives a session once, within minutes: for a browser a program opens, and the printer. */
  oneTimeUrl(path?: string): string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY + CSP_HEADER_EXTRA,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...SECURITY_HEADERS,
  });
  res.end(data);
}

/** The path of an address, with every query parameter but the token: where a page is sent once its token is traded. */
function withoutToken(url: URL): string {
  url.searchParams.delete('token');
  // One leading slash: "//elsewhere" would send the browser to another site.
  return `/${url.pathname.replace(/^\/+/, '')}${url.search}`;
}

export function errorBody(code: ApiErrorBody['error']['code'], message: string): ApiErrorBody {
  return { error: { code, message } };
}

export class BodyTooLarge extends Error {}

export function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The host serves only this machine: any other address would hand the register to the network. */
export class HostNotLoopback extends Error {
  constructor(readonly host: string) {
    super(
      `Anskaff kjører bare på denne maskinen: adressen ${host} er ikke tillatt; bruk 127.0.0.1 (standard) eller ::1.\n` +
        `(Anskaff serves only on this machine: the address ${host} is not allowed; use 127.0.0.1 (the default) or ::1.)`,
    );
    this.name = 'HostNotLoopback';
  }
}

/** 127.0.0.0/8, ::1 and localhost: addresses no other machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  return isIPv4(h) && h.startsWith('127.');
}

/** What a running host knows once it has its port: the names it answers to, its address and who may call. */
interface HostState {
  allowedHosts: Set<string>;
  hostUrl: string;
  auth: HostAuth;
  oneTimeUrl(path?: string, caller?: Caller): string;
  /** `GET /events`: the changes others make, as they commit (events.ts). */
  events: ChangeStreams;
}

/** Whether a request's Origin (if any) is this host: pages of other sites may not call it. */
export function sameOrigin(req: IncomingMessage, allowedHosts: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  return !origin || allowedHosts.has(origin.replace(/^https?:\/\//, '').toLowerCase());
}

/** A checked API request's method name and JSON input, or false when an answer has been sent. */
async function readApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  rpc: boolean,
  locale: Locale,
  limits: { body: number; fileBody: number },
): Promise<{ name: string; input: unknown } | false> {
  const url = req.url ?? '/';
  // The method's name is percent-decoded; a malformed escape is the caller's mistake, not a crash.
  let name: string;
  try {
    name = decodeURIComponent(url.slice(rpc ? '/rpc/'.length : '/export/'.length).split('?')[0] ?? '');
  } catch {
    sendJson(res, 400, errorBody('invalid_input', t('invalidAddress', locale)));
    return false;
  }
  let raw: string;
  try {
    raw = await readBody(req, (rpc ? fileMethods : fileExports).includes(name) ? limits.fileBody : limits.body);
  } catch (e) {
    if (e instanceof BodyTooLarge) {
      res.setHeader('connection', 'close');
      sendJson(res, 413, errorBody('invalid_input', t('bodyTooLarge', locale)));
    } else sendJson(res, 400, errorBody('invalid_input', t('invalidJson', locale)));
    return false;
  }
  try {
    return { name, input: raw.trim() === '' ? {} : JSON.parse(raw) };
  } catch {
    sendJson(res, 400, errorBody('invalid_input', t('invalidJson', locale)));
    return false;
  }
}

/** The gate every API request passes before anything is read: POST, this host's origin, JSON; with the caller, or null when refused (answered). */
function admitApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  state: HostState,
  locale: Locale,
): { caller?: Caller } | null {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    sendJson(res, 405, errorBody('invalid_input', 'Use POST'));
    return null;
  }
  if (!sameOrigin(req, state.allowedHosts)) {
    sendJson(res, 403, errorBody('invalid_input', 'Cross-origin requests are not allowed'));
    return null;
  }
  // Before anything is read: a caller without this start's secret (or not signed in) gets no further.
  const admitted = state.auth.authorize(req);
  if (!admitted) {
    sendJson(res, 401, state.auth.refusal(locale));
    return null;
  }
  if (
    !String(req.headers['content-type'] ?? '')
      .toLowerCase()
      .startsWith('application/json')
  ) {
    sendJson(res, 415, errorBody('invalid_input', 'Content-Type must be application/json'));
    return null;
  }
  return admitted;
}

/** A file the exporter made, as a download; its failure as the error body. */
async function sendExport(
  res: ServerResponse,
  exporter: Exporter,
  name: string,
  input: unknown,
  locale: Locale,
  appUrl: string,
  caller?: Caller,
): Promise<void> {
  try {
    const r = await exporter(name, input, locale, appUrl, caller);
    if (!r.ok) return sendJson(res, r.status, r.body);
    res.writeHead(200, {
      'content-type': r.contentType,
      'content-disposition': `attachment; filename="${r.fileName}"`,
      'cache-control': 'no-store',
      ...(r.pages !== null ? { 'x-anskaff-pages': String(r.pages) } : {}),
      ...SECURITY_HEADERS,
    });
    res.end(r.bytes);
  } catch (e) {
    console.error(`anskaff: export ${name} failed`, e);
    sendJson(res, 500, errorBody('internal', t('internal', locale)));
  }
}

/** A page: an address with a token gives a session and the same page without it (the hash stays with the browser); else the built renderer. */
function servePage(
  req: IncomingMessage,
  res: ServerResponse,
  state: HostState,
  staticDir: string | undefined,
  locale: Locale,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendJson(res, 405, errorBody('invalid_input', 'Method not allowed'));
  const url = req.url ?? '/';
  let address: URL;
  try {
    address = new URL(url, state.hostUrl);
  } catch {
    return sendJson(res, 400, errorBody('invalid_input', t('invalidAddress', locale)));
  }
  const token = address.searchParams.get('token');
  if (token !== null) {
    const cookie = state.auth.trade(token);
    res.writeHead(303, {
      location: withoutToken(address),
      'cache-control': 'no-store',
      ...(cookie ? { 'set-cookie': cookie } : {}),
      ...SECURITY_HEADERS,
    });
    res.end();
    return;
  }
  if (!staticDir) return sendJson(res, 404, errorBody('not_found', 'Not found'));
  serveStatic(staticDir, url, res, SECURITY_HEADERS);
}

/** One request, whatever it is: checked for this host's name, then an API call or a page. */
async function handle(req: IncomingMessage, res: ServerResponse, state: HostState, opts: HostOptions): Promise<void> {
  const locale = pickLocale(req.headers['accept-language']);
  const url = req.url ?? '/';
  if (!state.allowedHosts.has(String(req.headers.host ?? '').toLowerCase())) {
    return sendJson(res, 403, errorBody('invalid_input', 'Host not allowed'));
  }
  if (state.auth.route && (await state.auth.route(req, res, locale, state.allowedHosts))) return;
  if (url.split('?')[0] === '/events') {
    const admitted = sameOrigin(req, state.allowedHosts) ? state.auth.authorize(req) : null;
    // A need owner is told of no change: an event names a record and who changed it, and they see only their departments' cases.
    const sees = admitted?.caller?.role === 'avdeling' ? () => false : undefined;
    return state.events.serve(req, res, { allowed: admitted !== null, locale, sees });
  }
  const rpc = url.startsWith('/rpc/');
  if (!rpc && !url.startsWith('/export/')) return servePage(req, res, state, opts.staticDir, locale);
  const admitted = admitApiRequest(req, res, state, locale);
  if (!admitted) return;
  const { caller } = admitted;
  // Only the methods that carry a file (a spreadsheet, a bundle) may send one of 60 MB as base64; the rest are small.
  const request = await readApiRequest(req, res, rpc, locale, {
    body: opts.maxBodyBytes ?? MAX_BODY_BYTES,
    fileBody: opts.maxFileBodyBytes ?? MAX_FILE_BODY_BYTES,
  });
  if (!request) return;
  if (rpc) {
    const r = await opts.service.call(request.name, request.input, locale, caller);
    return r.ok ? sendJson(res, 200, r.value) : sendJson(res, r.status, r.body);
  }
  if (!opts.exporter) return sendJson(res, 404, errorBody('not_found', 'Not found'));
  return sendExport(res, opts.exporter, request.name, request.input, locale, state.oneTimeUrl('/', caller), caller);
}

/** What any host is given: the service and its files, and how it is reached (without the web host's secret). */
export type HostOptions = Omit<HttpHostOptions, 'token'> & Transport;

/** A host that has its port: what both the browser host and the office server are built on. */
export interface ListeningHost<A extends HostAuth> {
  server: Server;
  /** Its address, e.g. `https://[::1]:8443`. */
  url: string;
  auth: A;
  oneTimeUrl(path?: string, caller?: Caller): string;
  close(): Promise<void>;
}

const isUnspecified = (host: string) => host === '0.0.0.0' || host === '::' || host === '[::]';

/** The names a host listening on every address answers to: this machine's name and addresses. */
function machineNames(): string[] {
  const addresses = Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a !== undefined)
    .map((a) => (a.family === 'IPv6' ? `[${a.address.split('%')[0]}]` : a.address));
  return [os.hostname(), ...addresses];
}

/**
 * Listens with the transport the options give (HTTP, or HTTPS with `tls`)
 * and the auth `makeAuth` gives once the port is known. It does not check
 * whether the address may be used: its callers do (startHttpHost on one PC,
 * startOfficeHost on the office server).
 */
export function listenHost<A extends HostAuth>(
  opts: HostOptions,
  makeAuth: (port: number) => A,
): Promise<ListeningHost<A>> {
  const host = opts.host ?? '127.0.0.1';
  // An IPv6 address is written in brackets in a URL and in the Host header.
  const hostInUrl = isIPv6(host) ? `[${host}]` : host;
  const scheme = opts.tls ? 'https' : 'http';
  const state: HostState = {
    allowedHosts: new Set<string>(),
    hostUrl: '',
    auth: undefined as unknown as A,
    events: changeStreams(opts.service, { headers: SECURITY_HEADERS }),
    oneTimeUrl(path = '/', caller?: Caller) {
      const u = new URL(path, state.hostUrl);
      u.searchParams.set('token', state.auth.mintOneTime(caller));
      return u.toString();
    },
  };

  // Whatever a request does, the host goes on: a failure is that request's 500, never an unhandled rejection that ends the process.
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res, state, opts).catch((e: unknown) => {
      console.error('anskaff: request failed', e);
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, errorBody('internal', t('internal', pickLocale(req.headers['accept-language']))));
    });
  };
  const server: Server = opts.tls
    ? (createHttpsServer({ key: opts.tls.key, cert: opts.tls.cert }, onRequest) as unknown as Server)
    : createServer(onRequest);
  // A full-year pack with an appendix of thousands of cases takes seconds to print; allow for it.
  server.requestTimeout = 120_000;
  // An idle connection is kept well past the seconds a large import or print holds the event loop: closed
  // at Node's default 5 s, a browser or script reusing it as the timer fires gets its request reset.
  server.keepAliveTimeout = 30_000;
  server.headersTimeout = 60_000;

  return new Promise((resolve, reject) => {
    server.once('error', (e) => {
      state.events.close();
      reject(e);
    });
    server.listen(opts.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      const names = [hostInUrl, 'localhost', '127.0.0.1', '[::1]', ...(opts.names ?? [])];
      if (isUnspecified(host)) names.push(...machineNames());
      const withPort = names.map((n) => `${n}:${port}`);
      // A browser leaves out the scheme's own port.
      if (port === (opts.tls ? 443 : 80)) withPort.push(...names);
      state.allowedHosts = new Set(withPort.map((h) => h.toLowerCase()));
      // The host's own address for what it opens itself (the printer): the loopback when it listens on every address.
      state.hostUrl = `${scheme}://${isUnspecified(host) ? '127.0.0.1' : hostInUrl}:${port}/`;
      state.auth = makeAuth(port);
      resolve({
        server,
        url: `${scheme}://${hostInUrl}:${port}`,
        auth: state.auth as A,
        oneTimeUrl: state.oneTimeUrl,
        close: () =>
          new Promise<void>((ok) => {
            state.events.close();
            server.closeAllConnections();
            server.close(() => ok());
          }),
      });
    });
  });
}

/** One PC's auth: whoever holds this start's secret (sessions.ts). */
export function secretAuth(sessions: Sessions): HostAuth & { sessions: Sessions } {
  return {
    sessions,
    authorize: (req) => (sessions.allows(req) ? {} : null),
    refusal: (locale) => errorBody('unauthorized', t('unauthorized', locale)),
    trade(token) {
      const session = sessions.trade(token);
      return session ? sessions.cookie(session) : null;
    },
    mintOneTime: () => sessions.mintOneTime(),
  };
}

/**
 * The browser-mode host: the built renderer plus `POST /rpc/<method>` and
 * `POST /export/<kind>`, bound to the loopback. The API answers only a
 * caller with this start's secret (a session cookie, or the secret as a
 * bearer token: sessions.ts), so other processes on the PC cannot use it;
 * it refuses requests from other sites (Origin), other host names (DNS
 * rebinding) and anything but JSON, so a web page the user visits cannot
 * drive it either.
 */
export async function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopback(host)) throw new HostNotLoopback(host);
  // A secret given by hand is checked before the port is taken.
  if (opts.token !== undefined && !TOKEN_PATTERN.test(opts.token)) throw new BadToken();
  // One cookie name per port: browsers share cookies across the ports of one address.
  const h = await listenHost(opts, (port) => secretAuth(new Sessions(`anskaff_session_${port}`, opts.token)));
  const secret = h.auth.sessions.secret;
  return {
    server: h.server,
    url: h.url,
    token: secret,
    openUrl: `${h.url}/?token=${secret}`,
    oneTimeUrl: (path) => h.oneTimeUrl(path),
    close: h.close,
  };
}
