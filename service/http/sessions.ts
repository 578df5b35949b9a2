import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// Who may call the browser host's API: whoever holds this start's secret.
// Another process on the PC (or another user of a shared terminal server)
// can reach 127.0.0.1 but cannot read the terminal the host printed its
// address in, so the secret is what tells the user's own browser apart.
//
// - Scripts send the secret itself: `Authorization: Bearer <secret>`.
// - A person opens an address carrying `?token=`: the secret (the address
//   printed in the terminal, usable again while the host runs) or a
//   one-time token (the address handed to a browser by a program, whose
//   command line other users can list, and to the printer). The host trades
//   it for a session cookie (HttpOnly, SameSite=Strict) and sends the page
//   on to the same address without the token.
//
// Secrets and tokens are compared as SHA-256 digests: the secret with
// timingSafeEqual, sessions and one-time tokens by looking up the digest,
// whose value an attacker cannot steer, so no timing tells how close a
// guess came.

/** A one-time token is good for this long: enough for a browser or the printer to start. */
const ONE_TIME_TTL_MS = 5 * 60_000;
/** Bounds on what is kept in memory, oldest dropped first. */
const MAX_ONE_TIME = 1_000;
const MAX_SESSIONS = 1_000;

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
const key = (s: string): string => digest(s).toString('hex');
const random = (): string => randomBytes(32).toString('base64url');

/** What `--token` and ANSKAFF_WEB_TOKEN may be: long enough not to guess, and safe in an address as it is. */
export const TOKEN_PATTERN = /^[A-Za-z0-9._~-]{16,200}$/;

/** A secret given by hand that could be guessed, or would need escaping in an address. */
export class BadToken extends Error {
  constructor() {
    super(
      'Hemmeligheten (--token eller ANSKAFF_WEB_TOKEN) må ha minst 16 tegn, og bare bokstaver a–z og A–Z, sifre og . _ ~ -.\n' +
        '(The secret (--token or ANSKAFF_WEB_TOKEN) must have at least 16 characters, only letters a–z and A–Z, digits and . _ ~ -.)',
    );
    this.name = 'BadToken';
  }
}

export class Sessions {
  readonly secret: string;
  private readonly secretDigest: Buffer;
  private readonly oneTime = new Map<string, number>();
  private readonly live = new Set<string>();

  /** `cookieName` differs per port: browsers share cookies across the ports of 127.0.0.1. */
  constructor(
    readonly cookieName: string,
    secret: string = random(),
    private readonly now: () => number = Date.now,
  ) {
    if (!TOKEN_PATTERN.test(secret)) throw new BadToken();
    this.secret = secret;
    this.secretDigest = digest(secret);
  }

  /** A token for one address, good once within a few minutes. */
  mintOneTime(): string {
    const now = this.now();
    for (const [k, expires] of this.oneTime) if (expires <= now) this.oneTime.delete(k);
    while (this.oneTime.size >= MAX_ONE_TIME) this.oneTime.delete(this.oneTime.keys().next().value!);
    const token = random();
    this.oneTime.set(key(token), now + ONE_TIME_TTL_MS);
    return token;
  }

  private isSecret(candidate: string): boolean {
    return timingSafeEqual(digest(candidate), this.secretDigest);
  }

  /** Trades the token from an address for a new session id, or null when it is neither the secret nor a live one-time token. */
  trade(token: string): string | null {
    const k = key(token);
    const expires = this.oneTime.get(k);
    const valid = this.isSecret(token) || (expires !== undefined && expires > this.now());
    this.oneTime.delete(k);
    if (!valid) return null;
    const session = random();
    while (this.live.size >= MAX_SESSIONS) this.live.delete(this.live.values().next().value!);
    this.live.add(key(session));
    return session;
  }

  /** The Set-Cookie value for a session: only this host's pages send it back, and no script can read it. */
  cookie(session: string): string {
    return `${this.cookieName}=${session}; Path=/; HttpOnly; SameSite=Strict`;
  }

  /** Whether a request may use the API: a live session cookie, or the secret as a bearer token. */
  allows(req: IncomingMessage): boolean {
    const auth = /^Bearer\s+(\S+)\s*$/i.exec(String(req.headers.authorization ?? ''));
    if (auth && this.isSecret(auth[1]!)) return true;
    for (const part of String(req.headers.cookie ?? '').split(';')) {
      const eq = part.indexOf('=');
      if (eq < 0 || part.slice(0, eq).trim() !== this.cookieName) continue;
      if (this.live.has(key(part.slice(eq + 1).trim()))) return true;
    }
    return false;
  }
}
