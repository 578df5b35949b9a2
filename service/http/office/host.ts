import type { Server as HttpsServer } from 'node:https';
import { isIPv6 } from 'node:net';
import type { Caller } from '../../context.js';
import { isLoopback, listenHost, type HostOptions, type ListeningHost } from '../server.js';
import { officeAuth, type OfficeAuth } from './auth.js';
import type { DirectoryUser } from './ldap.js';
import type { SignInLimiter } from './rateLimit.js';
import { SESSION_COOKIE, type OfficeSessions } from './sessions.js';

// The office server: the browser host's requests and pages, over HTTPS, for
// the office's signed-in users (auth.ts) instead of one PC's start secret.

/** Plain HTTP would send passwords and the register over the network unencrypted. */
export class PlainHttpNotLoopback extends Error {
  constructor(readonly host: string) {
    super(
      `Kontorserveren bruker bare HTTPS på nettverket: ${host} er ikke en lokal adresse. Fjern --http, eller lytt på 127.0.0.1.\n` +
        `(The office server uses only HTTPS on the network: ${host} is not a loopback address. Leave out --http, or listen on 127.0.0.1.)`,
    );
    this.name = 'PlainHttpNotLoopback';
  }
}

/** A `--listen` value that is not an address and port. */
export class BadListen extends Error {
  constructor(readonly value: string) {
    super(
      `--listen må være adresse:port, for eksempel 0.0.0.0:8443 eller [::]:8443, ikke «${value}».\n` +
        `(--listen must be address:port, for example 0.0.0.0:8443 or [::]:8443, not "${value}".)`,
    );
    this.name = 'BadListen';
  }
}

/** `0.0.0.0:8443`, `[::]:8443`, `anskaff.kommune.no:443` → host and port (0 = any free port). */
export function parseListen(value: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]\s]+)):(\d{1,5})$/.exec(value.trim());
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535 || (m[1] !== undefined && !isIPv6(m[1]))) throw new BadListen(value);
  return { host: m[1] ?? m[2]!, port };
}

export interface OfficeHostOptions extends HostOptions {
  /** For tests: a clock, or limits, of their own. */
  sessions?: OfficeSessions;
  limiter?: SignInLimiter;
  /** Sign-in against the municipality's directory: `directorySignIn(config)` (ldap.ts). */
  directory?: (username: string, password: string) => Promise<DirectoryUser | null>;
}

export type OfficeHost = ListeningHost<OfficeAuth> & {
  /** Signs a user in without a password, as the sign-in route would: the cookie header value to send (tests, the load test). */
  sessionFor(caller: Caller): string;
  /**
   * Serves a renewed certificate without a restart: new connections get it
   * at once, and connections kept open are closed so every client's next
   * request sees it too (a desktop app that pinned the old one is told it
   * changed). Only an HTTPS host has a certificate.
   */
  setCertificate(tls: { key: string; cert: string }): void;
};

/**
 * Starts the office server on `opts.host` (default 127.0.0.1) and `opts.port`
 * (default any free port): HTTPS when `opts.tls` is given, else plain HTTP
 * on the loopback only (PlainHttpNotLoopback otherwise).
 */
export async function startOfficeHost(opts: OfficeHostOptions): Promise<OfficeHost> {
  const host = opts.host ?? '127.0.0.1';
  if (!opts.tls && !isLoopback(host)) throw new PlainHttpNotLoopback(host);
  const h = await listenHost(opts, () =>
    officeAuth(opts.service, { sessions: opts.sessions, limiter: opts.limiter, directory: opts.directory }),
  );
  return {
    ...h,
    sessionFor: (caller) => `${SESSION_COOKIE}=${h.auth.sessions.start(caller.username)}`,
    setCertificate(tls) {
      if (!opts.tls)
        throw new Error('setCertificate: this office host serves plain HTTP on the loopback, without a certificate');
      (h.server as unknown as HttpsServer).setSecureContext({ key: tls.key, cert: tls.cert });
      h.server.closeAllConnections();
    },
  };
}
