import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, SignInLimiter, type LimitKey } from '../../service/http/office/rateLimit.js';

describe('sign-in limiter', () => {
  it('lets 5 failures through, then doubles the wait up to 15 minutes', () => {
    let now = 0;
    const l = new SignInLimiter(DEFAULT_LIMITS, () => now);
    const keys: LimitKey[] = ['user:kari'];
    const waits: number[] = [];
    for (let i = 0; i < 16; i++) {
      expect(l.retryAfter(keys)).toBe(0);
      l.failed(keys);
      waits.push(l.retryAfter(keys));
      now += waits.at(-1)! * 1000;
    }
    expect(waits.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(waits.slice(4, 8)).toEqual([1, 2, 4, 8]);
    expect(Math.max(...waits)).toBe(15 * 60);
    l.succeeded(keys);
    expect(l.retryAfter(keys)).toBe(0);
  });

  it('keeps a bounded number of entries whatever it is sent', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 300 }), (names) => {
        const l = new SignInLimiter({ ...DEFAULT_LIMITS, maxEntries: 50 });
        for (const n of names) l.failed([`user:${n}`, `address:${n}`]);
        return l.size <= 50;
      }),
    );
  });
});
