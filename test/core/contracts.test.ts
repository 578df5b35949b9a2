import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  contractStatus,
  currentEnd,
  deadlines,
  latestEnd,
  type OptionLike,
} from '../../core/index.js';

const date = fc.integer({ min: 0, max: 365 * 20 }).map((d) => addDays('2015-01-01', d));
const option = fc.record({
  lengthMonths: fc.integer({ min: 1, max: 36 }),
  decideBy: date,
  status: fc.constantFrom<OptionLike['status']>('open', 'exercised', 'declined'),
});

describe('contract dates', () => {
  it('adds months as contracts count them', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-25', 12)).toBe('2027-11-25');
    expect(addMonths('2026-11-25', -11)).toBe('2025-12-25');
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 240 }), fc.integer({ min: 0, max: 240 }), (d, a, b) => {
        expect(addMonths(d, a + b) >= addMonths(addMonths(d, a), b)).toBe(true); // clamping can only shorten
        expect(addMonths(d, a) >= d).toBe(true);
      }),
    );
  });

  it('current end ≤ latest end, equal when every option not declined is used', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 60 }),
        fc.array(option, { maxLength: 5 }),
        (start, months, options) => {
          const c = { startDate: start, endDate: addMonths(start, months), terminatedDate: null, options };
          expect(currentEnd(c) <= latestEnd(c)).toBe(true);
          expect(currentEnd(c) >= c.endDate).toBe(true);
          const allUsed = {
            ...c,
            options: options.map((o) => ({
              ...o,
              status: o.status === 'declined' ? o.status : ('exercised' as const),
            })),
          };
          expect(currentEnd(allUsed)).toBe(latestEnd(c));
        },
      ),
    );
  });

  it('says whether a contract is running, expired or terminated', () => {
    const c = {
      startDate: '2025-01-01',
      endDate: '2026-12-31',
      terminatedDate: null,
      options: [{ lengthMonths: 12, decideBy: '2026-09-30', status: 'open' as const }],
    };
    expect(contractStatus(c, '2024-12-31')).toBe('not_started');
    expect(contractStatus(c, '2026-12-31')).toBe('active');
    expect(contractStatus(c, '2027-01-01')).toBe('expired');
    expect(contractStatus({ ...c, options: [{ ...c.options[0]!, status: 'exercised' }] }, '2027-06-01')).toBe('active');
    expect(contractStatus({ ...c, terminatedDate: '2026-03-01' }, '2026-06-01')).toBe('terminated');
  });
});

describe('deadlines', () => {
  const contract = (id: number, over: object = {}) => ({
    id,
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    terminatedDate: null,
    controlDue: null,
    options: [],
    ...over,
  });

  it('lists options, expiries and controls in the horizon, by date, and never hides what is overdue', () => {
    const list = deadlines(
      [
        contract(1, { options: [{ seq: 1, lengthMonths: 12, decideBy: '2026-09-30', status: 'open' }] }),
        contract(2, { endDate: '2027-03-31' }),
        contract(3, { endDate: '2028-03-31', controlDue: '2026-02-01' }),
        contract(4, {
          endDate: '2027-12-31',
          options: [{ seq: 1, lengthMonths: 6, decideBy: '2025-06-01', status: 'open' }],
        }),
      ],
      '2026-11-25',
      6,
    );
    expect(list.map((d) => [d.contractId, d.kind, d.date, d.overdue])).toEqual([
      [4, 'option', '2025-06-01', true],
      [3, 'control', '2026-02-01', true],
      [1, 'option', '2026-09-30', true],
      [1, 'expiry', '2026-12-31', false],
      [2, 'expiry', '2027-03-31', false],
    ]);
  });

  it('widening the horizon only adds deadlines, and every one is sorted', () => {
    const c = fc.record({
      id: fc.integer({ min: 1, max: 1000 }),
      startDate: date,
      endDate: date,
      terminatedDate: fc.constant(null),
      controlDue: fc.option(date, { nil: null }),
      options: fc.array(
        option.map((o) => ({ ...o, seq: 1 })),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fc.array(c, { maxLength: 8 }), date, (cs, today) => {
        const three = deadlines(cs, today, 3);
        const twelve = deadlines(cs, today, 12);
        expect(three.length).toBeLessThanOrEqual(twelve.length);
        for (const d of three) expect(twelve).toContainEqual(d);
        for (let i = 1; i < twelve.length; i++) expect(twelve[i - 1]!.date <= twelve[i]!.date).toBe(true);
        for (const d of twelve) expect(d.overdue).toBe(d.date < today);
      }),
    );
  });
});
