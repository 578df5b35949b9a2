// The desktop app as a client of the office server (issue 18): the main
// process speaks HTTPS to the server (node:https), the renderer still only
// IPC. The server's certificate is pinned on first use: the user compares
// its SHA-256 fingerprint with what the server printed, and from then on
// only that certificate is trusted, for that server: no system CAs, no
// fallback, no ignored errors. The session cookie lives in this process's
// memory only.
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { isIP } from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { z } from 'zod';
import { contract, t, type ApiErrorBody, type Locale, type MessageKey } from '../core/index.js';
import type { Caller } from '../service/context.js';
import type { ExportResult } from '../service/exportResult.js';
import type { DispatchResult } from '../service/service.js';
import { followOfficeEvents, type OfficeEventHandlers } from './officeEvents.js';

/** The port the office server listens on unless told otherwise (`--listen 0.0.0.0:8443`). */
export const OFFICE_DEFAULT_PORT = 8443;
/** How long a connection may take to be made before the server counts as unreachable. */
const CONNECT_TIMEOUT_MS = 10_000;
/** How long a request may take: a full-year pack with its appendix takes seconds to print on the server. */
const REQUEST_TIMEOUT_MS = 120_000;
/** How long the change stream may be silent (the server pings every 20 s) before it counts as dropped. */
const EVENTS_SILENCE_MS = 60_000;
/** The largest answer accepted (a bundle of the whole register is the largest file the server makes). */
const MAX_ANSWER_BYTES = 512 * 1024 * 1024;

/** A server the user has accepted: its address and the certificate they confirmed, by its fingerprint. */
export interface OfficePin {
  /** `https://host:port`, nothing after it. */
  origin: string;
  /** SHA-256 of the certificate, upper-case hex pairs joined by colons, as browsers and the server show it. */
  fingerprint: string;
  /** The certificate itself (PEM): the only one trusted for this server. */
  certificate: string;
}

/** What the user is shown on first connect, to compare with what the server printed. */
export type OfficeProbe = OfficePin;

export type Failure = { ok: false; status: number; body: ApiErrorBody };

const failure = (
  status: number,
  code: ApiErrorBody['error']['code'],
  key: MessageKey,
  locale: Locale,
  params: Record<string, string | number> = {},
): Failure => ({
  ok: false,
  status,
  body: { error: { code, message: t(key, locale, params as never), key: key as never, params: params as never } },
});

/** The server's address as the user typed it ("anskaff.kommune.no", "10.0.0.5:8443", "https://…"), as an origin; or why not. */
export function officeOrigin(raw: string, locale: Locale): { ok: true; origin: string } | Failure {
  const typed = raw.trim();
  const bad = () => failure(400, 'invalid_input', 'officeAddressInvalid', locale);
  if (!typed || typed.length > 300) return bad();
  if (/^http:\/\//i.test(typed)) return failure(400, 'invalid_input', 'officeAddressNotHttps', locale);
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed);
  let u: URL;
  try {
    u = new URL(hasScheme ? typed : `https://${typed}`);
  } catch {
    return bad();
  }
  if (u.protocol !== 'https:') return failure(400, 'invalid_input', 'officeAddressNotHttps', locale);
  if (u.username || u.password || u.search || u.hash || (u.pathname !== '/' && u.pathname !== '') || !u.hostname)
    return bad();
  // The port as typed (URL drops :443, which would then read as "no port"); just the name: the office
  // server's own port; with https:// and no port: the scheme's (443), as a browser reads it.
  const typedPort = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\[[^\]]*\]|[^/:?#[\]]*):(\d+)\/?$/i.exec(typed)?.[1];
  const port = typedPort ? String(Number(typedPort)) : u.port || (hasScheme ? '443' : String(OFFICE_DEFAULT_PORT));
  return { ok: true, origin: `https://${u.host.replace(/:\d+$/, '')}:${port}` };
}

/** The certificate's SHA-256 fingerprint as the server prints it (AA:BB:…). */
export const fingerprintOf = (pem: string) => new X509Certificate(pem).fingerprint256.toUpperCase();

/** The same fingerprint, whatever way it was written (spaces, lower case, no colons), for comparing. */
export const sameFingerprint = (a: string, b: string) => {
  const norm = (s: string) => s.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return norm(a).length === 64 && norm(a) === norm(b);
};

function target(origin: string): { host: string; port: number; servername?: string } {
  const u = new URL(origin);
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  // A name is sent as SNI; an address is not (Node refuses one).
  return { host, port: Number(u.port || 443), ...(isIP(host) ? {} : { servername: host }) };
}

/** A connection that failed on the certificate rather than the network. */
const CERT_ERROR = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ANSKAFF_FINGERPRINT|ALTNAME|CHAIN/;
const isCertificateError = (e: unknown) => CERT_ERROR.test(String((e as { code?: unknown })?.code ?? ''));

/**
 * The certificate a server presents, read from the TLS handshake without
 * sending it anything: the first step of connecting, before the user has
 * accepted a certificate (so there is none to check against yet), and how a
 * refused connection learns whether the certificate changed. Nothing is
 * written on this connection and it is closed at once.
 */
export function probeOffice(
  origin: string,
  locale: Locale,
  timeoutMs = CONNECT_TIMEOUT_MS,
): Promise<{ ok: true; probe: OfficeProbe } | Failure> {
  return new Promise((resolve) => {
    const unreachable = () => resolve(failure(503, 'unavailable', 'officeUnreachable', locale, { address: origin }));
    // Trust-on-first-use: the certificate is read here and shown to the user, never trusted on its own.
    const socket = tls.connect({ ...target(origin), rejectUnauthorized: false, timeout: timeoutMs });
    socket.once('secureConnect', () => {
      const peer = socket.getPeerCertificate();
      socket.destroy();
      if (!peer?.raw) return unreachable();
      const certificate = new X509Certificate(peer.raw).toString();
      resolve({ ok: true, probe: { origin, fingerprint: fingerprintOf(certificate), certificate } });
    });
    socket.once('timeout', () => {
      socket.destroy();
      unreachable();
    });
    socket.once('error', unreachable);
  });
}

/** The signed-in user, as the contract describes them (`access.mine`): what the sign-in answer must hold. */
const CallerSchema = contract['access.mine'].output.shape.user.unwrap();

/** An error body as both hosts send it; anything else from the server is an answer not as expected. */
const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }).passthrough(),
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
}

/**
 * One signed-in connection to an accepted server. Every request goes through
 * an agent that trusts exactly the pinned certificate (`ca` is it alone, no
 * system CAs) and checks its fingerprint again in place of the host name
 * (a self-signed server certificate rarely names the address a PC uses).
 */
export class OfficeClient {
  private cookie: string | null = null;
  private readonly agent: https.Agent;
  /** Who is signed in, as the server said at sign-in (it re-reads the account on every request). */
  user: Caller | null = null;

  constructor(
    readonly pin: OfficePin,
    private readonly timeoutMs = REQUEST_TIMEOUT_MS,
  ) {
    this.agent = new https.Agent({
      keepAlive: true,
      ca: [pin.certificate],
      // A certificate the municipality's CA issued is pinned as itself, not its CA.
      allowPartialTrustChain: true,
      rejectUnauthorized: true,
      checkServerIdentity: (_host, cert) => {
        if (sameFingerprint(cert.fingerprint256, pin.fingerprint)) return undefined;
        return Object.assign(new Error('certificate fingerprint changed'), { code: 'ANSKAFF_FINGERPRINT_CHANGED' });
      },
    } as https.AgentOptions);
  }

  get signedIn(): boolean {
    return this.cookie !== null;
  }

  /** Signs in; the session cookie is kept in memory only. */
  async signIn(username: string, password: string, locale: Locale): Promise<{ ok: true; user: Caller } | Failure> {
    const r = await this.post('/auth/signin', { username, password }, locale, false);
    if ('ok' in r) return r;
    if (r.status !== 200) return this.failed(r, locale);
    const user = CallerSchema.safeParse((parseJson(r.bytes) as { user?: unknown } | undefined)?.user);
    if (!user.success) return failure(502, 'internal', 'officeBadAnswer', locale, { status: r.status });
    const cookie = sessionCookie(r.headers['set-cookie']);
    if (!cookie) return failure(502, 'internal', 'officeBadAnswer', locale, { status: r.status });
    this.cookie = cookie;
    this.user = user.data;
    return { ok: true, user: user.data };
  }

  /** Ends the session on the server (if it can be reached) and forgets it here either way. */
  async signOut(locale: Locale): Promise<void> {
    if (this.cookie) await this.post('/auth/signout', {}, locale, true).catch(() => undefined);
    this.cookie = null;
    this.user = null;
  }

  /** A contract method on the server, answered as the local service answers (`DispatchResult`). */
  async call(method: string, input: unknown, locale: Locale): Promise<DispatchResult> {
    const r = await this.post(`/rpc/${encodeURIComponent(method)}`, input ?? {}, locale, true);
    if ('ok' in r) return r;
    if (r.status !== 200) return this.failed(r, locale);
    const value = parseJson(r.bytes);
    if (value === undefined) return failure(502, 'internal', 'officeBadAnswer', locale, { status: r.status });
    return { ok: true, status: 200, value };
  }

  /** A file the server made (`POST /export/<kind>`), as the local exporter answers. */
  async exportFile(kind: string, input: unknown, locale: Locale): Promise<ExportResult> {
    const r = await this.post(`/export/${encodeURIComponent(kind)}`, input ?? {}, locale, true);
    if ('ok' in r) return r;
    if (r.status !== 200) return this.failed(r, locale);
    const disposition = String(r.headers['content-disposition'] ?? '');
    const pages = r.headers['x-anskaff-pages'];
    return {
      ok: true,
      bytes: new Uint8Array(r.bytes),
      fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? `${kind}.bin`,
      contentType: String(r.headers['content-type'] ?? 'application/octet-stream'),
      pages: typeof pages === 'string' && /^\d+$/.test(pages) ? Number(pages) : null,
    };
  }

  /**
   * Follows the server's change stream (`GET /events`, officeEvents.ts) with
   * this session, over the pinned agent; nothing when not signed in. A 401
   * ends the session here too. Returns the way to stop.
   */
  events(handlers: OfficeEventHandlers, delay?: (attempt: number) => number): () => void {
    return followOfficeEvents(
      (onResponse) => {
        if (!this.cookie) return null;
        const req = https.request(
          {
            ...target(this.pin.origin),
            agent: this.agent,
            method: 'GET',
            path: '/events',
            // Three pings missed (one each 20 s): the stream is dead though no error said so.
            timeout: EVENTS_SILENCE_MS,
            headers: { accept: 'text/event-stream', cookie: this.cookie },
          },
          onResponse,
        );
        req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
        req.end();
        return req;
      },
      {
        ...handlers,
        unauthorized: () => {
          this.cookie = null;
          this.user = null;
          handlers.unauthorized?.();
        },
      },
      delay,
      // A refused certificate is not a lost network: the next call says what changed.
      (e) => !isCertificateError(e),
    );
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }

  /** A non-200 answer: the server's error body as it is (403 with its message, 409 …); 401 also ends the session here. */
  private failed(r: Answer, locale: Locale): Failure {
    const parsed = ErrorBodySchema.safeParse(parseJson(r.bytes));
    if (r.status === 401) {
      this.cookie = null;
      this.user = null;
      const body = parsed.success ? (parsed.data as ApiErrorBody) : null;
      return body
        ? { ok: false, status: 401, body: { error: { ...body.error, code: 'unauthorized' } } }
        : failure(401, 'unauthorized', 'officeSignInRequired', locale);
    }
    if (!parsed.success) return failure(502, 'internal', 'officeBadAnswer', locale, { status: r.status });
    return { ok: false, status: r.status, body: parsed.data as ApiErrorBody };
  }

  /** One POST with a JSON body over the pinned connection; a failure to connect as the error body the renderer shows. */
  private async post(pathName: string, body: unknown, locale: Locale, session: boolean): Promise<Answer | Failure> {
    if (session && !this.cookie) return failure(401, 'unauthorized', 'officeSignInRequired', locale);
    const data = JSON.stringify(body);
    try {
      try {
        return await this.send(pathName, data, locale, session);
      } catch (e) {
        // A kept-alive connection the server had closed (idle, or restarted): once more on a new one, as Node advises.
        if ((e as { reusedSocket?: boolean }).reusedSocket && (e as { code?: string }).code === 'ECONNRESET')
          return await this.send(pathName, data, locale, session);
        throw e;
      }
    } catch (e) {
      if (!isCertificateError(e))
        return failure(503, 'unavailable', 'officeUnreachable', locale, { address: this.pin.origin });
      // Refused on the certificate: what does the server show now?
      const now = await probeOffice(this.pin.origin, locale);
      if (!now.ok) return now;
      if (!sameFingerprint(now.probe.fingerprint, this.pin.fingerprint))
        return failure(503, 'unavailable', 'officeCertificateChanged', locale, { fingerprint: now.probe.fingerprint });
      return failure(503, 'unavailable', 'officeCertificateInvalid', locale, {
        reason: String((e as { code?: unknown }).code ?? (e as Error).message),
      });
    }
  }

  private send(pathName: string, data: string, locale: Locale, session: boolean): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = https.request(
        {
          ...target(this.pin.origin),
          agent: this.agent,
          method: 'POST',
          path: pathName,
          timeout: this.timeoutMs,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(data),
            'accept-language': locale,
            ...(session && this.cookie ? { cookie: this.cookie } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > MAX_ANSWER_BYTES) req.destroy(new Error('answer too large'));
            else chunks.push(c);
          });
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
      req.on('error', (e) => reject(Object.assign(e, { reusedSocket: req.reusedSocket })));
      req.end(data);
    });
  }
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** `name=value` of the session cookie the server set (anskaff_office), without its attributes. */
function sessionCookie(header: string | string[] | undefined): string | null {
  const all = Array.isArray(header) ? header : header ? [header] : [];
  const pairs = all.map((c) => c.split(';')[0]?.trim() ?? '').filter((p) => /^[A-Za-z0-9_-]+=[^;\s]+$/.test(p));
  return pairs.length ? pairs.join('; ') : null;
}

// --- The accepted server, kept in a small file in the app's data folder (not in the register) ---

const SETTINGS_FILE = 'office-server.json';

const PinSchema = z.object({
  origin: z.string().regex(/^https:\/\/[^/]+:\d+$/),
  fingerprint: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
  certificate: z.string().startsWith('-----BEGIN CERTIFICATE-----'),
});

/** The server this PC connects to, or null for this PC's own register; a file that does not hold a valid one is none. */
export function readOfficePin(dataDir: string): OfficePin | null {
  const file = path.join(dataDir, SETTINGS_FILE);
  if (!existsSync(file)) return null;
  try {
    const pin = PinSchema.parse(JSON.parse(readFileSync(file, 'utf8')).server);
    // The fingerprint kept must be the certificate's own: a hand-edited file cannot pin one and trust another.
    return sameFingerprint(fingerprintOf(pin.certificate), pin.fingerprint) ? pin : null;
  } catch {
    return null;
  }
}

/** Keeps the accepted server (or, with null, goes back to this PC's register). */
export function writeOfficePin(dataDir: string, pin: OfficePin | null): void {
  writeFileSync(path.join(dataDir, SETTINGS_FILE), JSON.stringify({ server: pin }, null, 2));
}
