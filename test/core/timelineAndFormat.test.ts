import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  daysPerStage,
  formatAmount,
  formatDate,
  formatNok,
  formatNokShort,
  parseNok,
  phases,
  timelineSpans,
  type Phase,
} from '../../core/index.js';

const NBSP = '\u00a0';

describe('timeline days', () => {
  it('the spans of an open case add up to the days from the first event to today', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 400 }),
        (gaps, tail) => {
          let date = '2023-01-01';
          const events = gaps.map((g, i) => {
            date = addDays(date, g);
            return { phase: phases[i % 11]! as Phase, date };
          });
          const today = addDays(date, tail);
          const spans = timelineSpans(events, today);
          const total = spans.reduce((s, x) => s + (x.days ?? 0), 0);
          expect(total).toBe(daysBetween(events[0]!.date, today));
          expect(spans.filter((s) => s.current)).toHaveLength(1);
          const stages = daysPerStage(events, today);
          expect(stages.planning + stages.competition + stages.followup).toBe(total);
        },
      ),
    );
  });

  it('a closed case has no running days in its last phase', () => {
    const spans = timelineSpans(
      [
        { phase: 'behovsavklaring', date: '2026-01-01' },
        { phase: 'avsluttet', date: '2026-01-11' },
      ],
      '2026-11-25',
    );
    expect(spans.map((s) => s.days)).toEqual([10, null]);
  });
});

describe('Norwegian formatting', () => {
  it('writes money and dates as Norwegians do', () => {
    expect(formatNok(1_300_000)).toBe(`1${NBSP}300${NBSP}000${NBSP}kr`);
    expect(formatNokShort(8_400_000)).toBe(`8,4${NBSP}mill.${NBSP}kr`);
    expect(formatNokShort(30_000_000)).toBe(`30${NBSP}mill.${NBSP}kr`);
    expect(formatDate('2026-11-25')).toBe('25.11.2026');
    expect(formatNok(1_300_000, 'en')).toBe(`NOK${NBSP}1,300,000`);
  });

  it('reads back every amount it writes, and what people type', () => {
    fc.assert(
      fc.property(fc.nat(999_999_999_999), (n) => {
        expect(parseNok(formatNok(n))).toBe(n);
        expect(parseNok(formatAmount(n))).toBe(n);
      }),
    );
    expect(parseNok('1 300 000')).toBe(1_300_000);
    expect(parseNok('1.300.000 kr')).toBe(1_300_000);
    expect(parseNok('2500000,-')).toBe(2_500_000);
    expect(parseNok('tre millioner')).toBeNull();
  });
});

describe('moments in Norwegian time', () => {
  it('shows a UTC timestamp as the office reads it, winter and summer', async () => {
    const { formatDateTime } = await import('../../core/index.js');
    expect(formatDateTime('2026-11-26T01:45:00.000Z')).toBe('26.11.2026 02:45');
    expect(formatDateTime('2026-07-01T22:30:00Z', 'en')).toBe('2 Jul 2026 00:30');
  });
});
