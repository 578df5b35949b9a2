// Which register the desktop app works on: this PC's own (the local
// service, as always) or the office server's, through the pinned HTTPS
// client (officeClient.ts). The renderer's calls are routed here; in office
// mode each is validated with the contract's schema first, as the local
// service would, so a form gets its field errors without a round trip and
// only well-formed input leaves the PC.
import { contract, ProtocolExportSchema, t, validate, type Locale, type Method } from '../core/index.js';
import { briefingRoute, packLocale } from '../service/briefing/export.js';
import { protocolRoute } from '../service/protocolExport.js';
import type { Caller } from '../service/context.js';
import { invalidInput, type ExportFailure, type ExportResult } from '../service/exportResult.js';
import type { DispatchResult } from '../service/service.js';
import {
  OfficeClient,
  officeOrigin,
  probeOffice,
  readOfficePin,
  sameFingerprint,
  writeOfficePin,
  type Failure,
  type OfficePin,
  type OfficeProbe,
} from './officeClient.js';
import type { OfficeEventMessage } from './officeEvents.js';

/** What the renderer is told of the register it works on. */
export type OfficeState =
  { mode: 'local' } | { mode: 'office'; origin: string; host: string; fingerprint: string; user: Caller | null };

type Answer<T> = ({ ok: true } & T) | Failure;

/** The server's name as the window title and banner show it (anskaff.kommune.no; the port only when not the usual). */
export function serverName(origin: string): string {
  const u = new URL(origin);
  return u.port === '8443' || u.port === '' ? u.hostname : u.host;
}

export class OfficeConnection {
  private client: OfficeClient | null;
  /** A certificate read on first connect, waiting for the user to confirm its fingerprint. */
  private pending: OfficeProbe | null = null;
  /** Stops following the server's change stream (while signed in). */
  private stopEvents: (() => void) | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly onChange: (state: OfficeState) => void = () => {},
    /** The server's changes, forwarded to the main window (OFFICE_EVENTS_CHANNEL). */
    private readonly onEvent: (m: OfficeEventMessage) => void = () => {},
  ) {
    const pin = readOfficePin(dataDir);
    this.client = pin ? new OfficeClient(pin) : null;
  }

  /** Whether calls go to the office server. */
  get active(): boolean {
    return this.client !== null;
  }

  state(): OfficeState {
    const c = this.client;
    if (!c) return { mode: 'local' };
    return {
      mode: 'office',
      origin: c.pin.origin,
      host: serverName(c.pin.origin),
      fingerprint: c.pin.fingerprint,
      user: c.user,
    };
  }

  /** Step one: the address typed; the certificate the server shows, for the user to compare its fingerprint. */
  async probe(address: string, locale: Locale): Promise<Answer<{ origin: string; fingerprint: string }>> {
    const o = officeOrigin(address, locale);
    if (!o.ok) return o;
    const p = await probeOffice(o.origin, locale);
    if (!p.ok) return p;
    this.pending = p.probe;
    return { ok: true, origin: p.probe.origin, fingerprint: p.probe.fingerprint };
  }

  /**
   * Step two: the fingerprint confirmed and the user signed in. Only the
   * certificate read in step one, with the fingerprint the user saw, is
   * pinned, and only once sign-in over it succeeds; then the app switches.
   */
  async accept(
    origin: string,
    fingerprint: string,
    username: string,
    password: string,
    locale: Locale,
  ): Promise<Answer<{ state: OfficeState }>> {
    const pin = this.pending;
    if (!pin || pin.origin !== origin || !sameFingerprint(pin.fingerprint, fingerprint))
      return {
        ok: false,
        status: 409,
        body: {
          error: {
            code: 'conflict',
            message: t('officeFingerprintMismatch', locale),
            key: 'officeFingerprintMismatch',
          },
        },
      };
    const client = new OfficeClient(pin);
    const r = await client.signIn(username, password, locale);
    if (!r.ok) {
      client.close();
      return r;
    }
    writeOfficePin(this.dataDir, pin);
    this.pending = null;
    this.follow(null);
    this.client?.close();
    this.client = client;
    this.follow(client);
    return { ok: true, state: this.changed() };
  }

  /** Signing in again (after a restart: the session lives in memory only, or when it expired). */
  async signIn(username: string, password: string, locale: Locale): Promise<Answer<{ state: OfficeState }>> {
    if (!this.client) return { ok: true, state: this.state() };
    const r = await this.client.signIn(username, password, locale);
    if (r.ok) this.follow(this.client);
    return r.ok ? { ok: true, state: this.changed() } : r;
  }

  async signOut(locale: Locale): Promise<OfficeState> {
    this.follow(null);
    await this.client?.signOut(locale);
    return this.changed();
  }

  /** Back to this PC's own register: the server forgotten (its certificate too), the session ended. */
  async disconnect(locale: Locale): Promise<OfficeState> {
    const c = this.client;
    this.follow(null);
    this.client = null;
    this.pending = null;
    writeOfficePin(this.dataDir, null);
    if (c) {
      await c.signOut(locale);
      c.close();
    }
    return this.changed();
  }

  /** A contract method on the server, its input checked with the contract's schema first. */
  async call(method: Method, input: unknown, locale: Locale): Promise<DispatchResult> {
    const client = this.client;
    if (!client) throw new Error('not connected to an office server');
    const v = validate(contract[method].input, input ?? {}, locale);
    if (!v.ok) return invalidInput(v.issues, locale);
    const r = await client.call(method, input, locale);
    if (!r.ok && r.status === 401) this.onChange(this.state());
    return r;
  }

  /** A file the server made. */
  async exportFile(kind: string, input: unknown, locale: Locale): Promise<ExportResult> {
    const client = this.client;
    if (!client) throw new Error('not connected to an office server');
    const r = await client.exportFile(kind, input, locale);
    if (!r.ok && r.status === 401) this.onChange(this.state());
    return r;
  }

  /**
   * "Skriv ut" in office mode: the report's route in this app's print page,
   * after the server has checked it (a pack's settings kept by the server's
   * briefing.prepare, a protocol read); the print page then reads its data
   * through the same IPC, so from the server.
   */
  async printJob(
    kind: string,
    input: unknown,
    locale: Locale,
    appUrl: string,
  ): Promise<{ ok: true; url: string } | ExportFailure> {
    if (kind === 'briefing') {
      const r = await this.call('briefing.prepare', input, locale);
      if (!r.ok) return r;
      return { ok: true, url: briefingRoute(appUrl, (r.value as { id: string }).id, packLocale(input, locale)) };
    }
    if (kind === 'protocol') {
      const v = validate(ProtocolExportSchema, input, locale);
      if (!v.ok) return invalidInput(v.issues, locale);
      const r = await this.call('protocol.get', { caseId: v.data.caseId }, locale);
      if (!r.ok) return r;
      return { ok: true, url: protocolRoute(appUrl, v.data.caseId, v.data.lang ?? locale) };
    }
    return {
      ok: false,
      status: 404,
      body: { error: { code: 'not_found', message: t('unknownMethod', locale, { method: kind.slice(0, 80) }) } },
    };
  }

  close(): void {
    this.follow(null);
    this.client?.close();
  }

  /** Follows `client`'s change stream (signed in), or none; a 401 on it is a lost session, told as a call's is. */
  private follow(client: OfficeClient | null): void {
    this.stopEvents?.();
    this.stopEvents = null;
    if (!client?.signedIn) return;
    this.stopEvents = client.events({
      message: (m) => this.onEvent(m),
      unauthorized: () => {
        this.stopEvents = null;
        this.onChange(this.state());
      },
    });
  }

  private changed(): OfficeState {
    const s = this.state();
    this.onChange(s);
    return s;
  }
}

export type { OfficePin };
