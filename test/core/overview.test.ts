import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  DEFAULT_PHASE_NORMS,
  deadlines,
  nextDeadlines,
  NORM_PHASES,
  phaseNormsFrom,
  quarterOf,
  SOON_DAYS,
  urgency,
  type OptionLike,
} from '../../core/index.js';

const date = fc.integer({ min: 0, max: 365 * 20 }).map((d) => addDays('2015-01-01', d));
const option = fc.record({
  lengthMonths: fc.integer({ min: 1, max: 36 }),
  decideBy: date,
  status: fc.constantFrom<OptionLike['status']>('open', 'exercised', 'declined'),
});
const contract = fc.record({
  id: fc.integer({ min: 1, max: 1000 }),
  startDate: date,
  endDate: date,
  terminatedDate: fc.option(date, { nil: null }),
  options: fc.array(option, { maxLength: 4 }).map((os) => os.map((o, i) => ({ ...o, seq: i + 1 }))),
  controlDue: fc.option(date, { nil: null }),
});

describe('Min oversikt rules', () => {
  it('a date is overdue once passed, near within 14 days, else neither; no date is neither', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -400, max: 400 }), (today, offset) => {
        const u = urgency(addDays(today, offset), today);
        expect(u).toBe(offset < 0 ? 'overdue' : offset <= SOON_DAYS ? 'soon' : null);
      }),
    );
    expect(urgency(null, '2026-11-25')).toBeNull();
  });

  it('a quarter holds its day, starts on the 1st of January, April, July or October, and runs to the day before the next', () => {
    fc.assert(
      fc.property(date, (today) => {
        const q = quarterOf(today);
        expect(q.from <= today && today <= q.to).toBe(true);
        expect(['01', '04', '07', '10']).toContain(q.from.slice(5, 7));
        expect(q.from.slice(8)).toBe('01');
        expect(quarterOf(addDays(q.to, 1)).from).toBe(addDays(q.to, 1));
        expect(daysBetween(q.from, q.to)).toBeGreaterThanOrEqual(89);
      }),
    );
  });

  it('each contract’s next deadline is the first of its deadlines with no horizon, and is there whenever a horizon would show one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(contract, { selector: (c) => c.id, maxLength: 5 }),
        date,
        fc.constantFrom(3, 6, 12),
        (cs, today, months) => {
          const next = nextDeadlines(cs, today);
          for (const d of deadlines(cs, today, months)) {
            const n = next.get(d.contractId);
            expect(n).toBeDefined();
            expect(n!.date <= d.date).toBe(true);
          }
        },
      ),
    );
  });

  it('norms as stored lay over the defaults; anything unreadable or out of bounds falls back', () => {
    expect(phaseNormsFrom(null)).toEqual(DEFAULT_PHASE_NORMS);
    expect(phaseNormsFrom('not json')).toEqual(DEFAULT_PHASE_NORMS);
    expect(phaseNormsFrom(JSON.stringify({ evaluering: 45, tildeling: 0, karensperiode: 2.5, avsluttet: 9 }))).toEqual({
      ...DEFAULT_PHASE_NORMS,
      evaluering: 45,
    });
    // The standstill's default is at least the legal minimum above the EEA thresholds (10 days, FOA § 25-2 (1)).
    expect(DEFAULT_PHASE_NORMS.karensperiode).toBeGreaterThanOrEqual(10);
    expect(NORM_PHASES).not.toContain('avsluttet');
  });
});
