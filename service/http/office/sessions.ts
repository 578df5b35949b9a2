import { createHash, randomBytes } from 'node:crypto';

// The office server's sessions: who signed in, kept in memory (a restart
// signs everyone out). The id is 32 random bytes in the cookie; only its
// SHA-256 is kept, so a copy of the server's memory gives no session. A
// session ends after 8 hours without a request and 12 hours after sign-in,
// whichever comes first.

export const SESSION_COOKIE = 'anskaff_office';
export const IDLE_MS = 8 * 3600_000;
export const ABSOLUTE_MS = 12 * 3600_000;
/** Bound on what is kept in memory; the least recently used is dropped first. */
const MAX_SESSIONS = 10_000;

const key = (id: string): string => createHash('sha256').update(id, 'utf8').digest('hex');

interface Session {
  username: string;
  started: number;
  seen: number;
}

export class OfficeSessions {
  private readonly live = new Map<string, Session>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A new session for a user: the id to put in the cookie. */
  start(username: string): string {
    const id = randomBytes(32).toString('base64url');
    const now = this.now();
    while (this.live.size >= MAX_SESSIONS) this.live.delete(this.live.keys().next().value!);
    this.live.set(key(id), { username, started: now, seen: now });
    return id;
  }

  /** The user name a live session belongs to (and the session kept alive), or null. */
  use(id: string): string | null {
    const k = key(id);
    const s = this.live.get(k);
    if (!s) return null;
    const now = this.now();
    if (now - s.seen >= IDLE_MS || now - s.started >= ABSOLUTE_MS) {
      this.live.delete(k);
      return null;
    }
    s.seen = now;
    // Most recently used last, so the bound drops the least used.
    this.live.delete(k);
    this.live.set(k, s);
    return s.username;
  }

  end(id: string): void {
    this.live.delete(key(id));
  }

  /** Ends every session, as a restart does: everyone signs in again (after a lost PC or a password leak). */
  endAll(): void {
    this.live.clear();
  }

  /** Seconds a new session lasts at most: the cookie's Max-Age. */
  static readonly maxAgeSeconds = ABSOLUTE_MS / 1000;

  get size(): number {
    return this.live.size;
  }
}

/** The session id a request's cookie carries, or null. */
export function sessionIdOf(cookieHeader: string | undefined): string | null {
  for (const part of String(cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq >= 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The Set-Cookie value for a session: sent back only over HTTPS, to this site's own requests, never to a script. */
export function sessionCookie(id: string): string {
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=${OfficeSessions.maxAgeSeconds}`;
}

/** The Set-Cookie value that removes the session cookie (signing out). */
export function clearedCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0`;
}
