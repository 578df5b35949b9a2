import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, phases, phaseStats, quantile, stageShares, type Phase } from '../../core/index.js';

const TODAY = '2026-11-25';
const timeline = fc
  .array(
    fc.record({
      gap: fc.integer({ min: 0, max: 120 }),
      phase: fc.constantFrom(...phases.filter((p) => p !== 'avlyst')),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((steps) => {
    let date = '2024-01-01';
    return steps.map((s, i) => {
      date = addDays(date, i === 0 ? 0 : s.gap);
      return { phase: (i === 0 ? 'behovsavklaring' : s.phase) as Phase, date };
    });
  });

describe('time per phase', () => {
  it('median lies between the quartiles, and counts only finished stays', () => {
    fc.assert(
      fc.property(fc.array(timeline, { maxLength: 20 }), (tls) => {
        const stats = phaseStats(tls, TODAY);
        const finished = tls.reduce((n, t) => n + t.length - 1, 0);
        expect(stats.reduce((n, s) => n + s.n, 0)).toBe(finished);
        for (const s of stats) expect(s.p25 <= s.median && s.median <= s.p75).toBe(true);
      }),
    );
  });

  it('stage shares add up to the whole, or are all zero', () => {
    fc.assert(
      fc.property(fc.array(timeline, { maxLength: 20 }), (tls) => {
        const s = stageShares(tls, TODAY);
        const total = s.planning + s.competition + s.followup;
        expect(s.days === 0 ? total === 0 : Math.abs(total - 1) < 1e-9).toBe(true);
      }),
    );
  });

  it('takes quantiles by nearest rank', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([10], 0.25)).toBe(10);
    expect(quantile([], 0.5)).toBe(0);
    const stats = phaseStats(
      [
        [
          { phase: 'behovsavklaring', date: '2026-01-01' },
          { phase: 'markedsdialog', date: '2026-01-31' },
        ],
        [
          { phase: 'behovsavklaring', date: '2026-01-01' },
          { phase: 'markedsdialog', date: '2026-01-11' },
        ],
      ],
      TODAY,
    );
    expect(stats).toEqual([{ phase: 'behovsavklaring', n: 2, median: 10, p25: 10, p75: 30 }]);
  });
});
