// Sign-in attempts, limited: after a number of failures for one user name
// (or from one address), each further attempt waits twice as long as the
// last (1 s, 2 s, 4 s … up to 15 minutes). A success clears the user name's
// count. What is kept is bounded: entries are forgotten an hour after their
// last failure, and the oldest are dropped beyond a fixed number.

export interface LimitOptions {
  /** Failures allowed before waiting, per key kind (`user:` and `address:`). */
  free: { user: number; address: number };
  baseMs: number;
  maxMs: number;
  forgetMs: number;
  maxEntries: number;
}

export const DEFAULT_LIMITS: LimitOptions = {
  free: { user: 5, address: 20 },
  baseMs: 1000,
  maxMs: 15 * 60_000,
  forgetMs: 3600_000,
  maxEntries: 10_000,
};

interface Entry {
  failures: number;
  until: number;
  last: number;
}

export type LimitKey = `user:${string}` | `address:${string}`;

export class SignInLimiter {
  private readonly entries = new Map<LimitKey, Entry>();

  constructor(
    private readonly opts: LimitOptions = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before another attempt with these keys may be tried; 0 when it may be tried now. */
  retryAfter(keys: readonly LimitKey[]): number {
    const now = this.now();
    let until = 0;
    for (const k of keys) {
      const e = this.entries.get(k);
      if (!e) continue;
      if (now - e.last >= this.opts.forgetMs) this.entries.delete(k);
      else until = Math.max(until, e.until);
    }
    return until > now ? Math.ceil((until - now) / 1000) : 0;
  }

  failed(keys: readonly LimitKey[]): void {
    const now = this.now();
    for (const k of keys) {
      const e = this.entries.get(k) ?? { failures: 0, until: 0, last: now };
      e.failures += 1;
      e.last = now;
      const over = e.failures - this.opts.free[k.startsWith('user:') ? 'user' : 'address'];
      if (over >= 0) e.until = now + Math.min(this.opts.maxMs, this.opts.baseMs * 2 ** Math.min(over, 30));
      this.entries.delete(k);
      while (this.entries.size >= this.opts.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(k, e);
    }
  }

  succeeded(keys: readonly LimitKey[]): void {
    for (const k of keys) if (k.startsWith('user:')) this.entries.delete(k);
  }

  get size(): number {
    return this.entries.size;
  }
}
