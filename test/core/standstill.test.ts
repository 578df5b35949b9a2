import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  easterSunday,
  isWorkingDay,
  minimumStandstillDays,
  NoticeFieldsSchema,
  norwegianHolidays,
  periodEnd,
  proposedStandstillDays,
  regimeDefs,
  resultNoticeDue,
  signedAfterStandstill,
  STANDSTILL,
  standstillEnd,
  standstillExceptions,
  standstillExceptionsFor,
  type Regime,
} from '../../core/index.js';

const date = fc.integer({ min: 0, max: 365 * 30 }).map((d) => addDays('2010-01-01', d));
const regime = fc.constantFrom<Regime>(...regimeDefs.map((r) => r.code));

describe('the standstill period (FOA §§ 10-1, 25-1, 25-2; Reg. 1182/71 art. 3)', () => {
  it('knows Easter and the Norwegian public holidays', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect([...norwegianHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-17',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('counts ten days from the day after the notice and moves an end on a weekend or holiday to the next working day', () => {
    // Sent Monday 2 November 2026: the tenth day is Thursday 12 November.
    expect(standstillEnd({ regime: 'partIII', noticeDate: '2026-11-02', exception: null })).toBe('2026-11-12');
    // Sent Wednesday 4 November: the tenth day is Saturday 14 November, so it ends Monday 16 November.
    expect(standstillEnd({ regime: 'partIII', noticeDate: '2026-11-04', exception: null })).toBe('2026-11-16');
    // Sent 26 March 2026: the tenth day is Easter Sunday 5 April; Easter Monday is a holiday too: Tuesday 7 April.
    expect(standstillEnd({ regime: 'partIII', noticeDate: '2026-03-26', exception: null })).toBe('2026-04-07');
    // 15 December 2026: the tenth day is Christmas Day (Friday); then Boxing Day and Sunday: Monday 28 December.
    expect(standstillEnd({ regime: 'partIII', noticeDate: '2026-12-15', exception: null })).toBe('2026-12-28');
  });

  it('ends on a working day at least the part’s days after the notice, and never later than needed', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), (d, days) => {
        const end = periodEnd(d, days);
        expect(isWorkingDay(end)).toBe(true);
        expect(daysBetween(d, end)).toBeGreaterThanOrEqual(days);
        // Every day between the plain tenth day and the end is not a working day.
        for (let x = addDays(d, days); x < end; x = addDays(x, 1)) expect(isWorkingDay(x)).toBe(false);
        // Easter, Christmas and a weekend together hold it back at most five days.
        expect(daysBetween(d, end) - days).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('never ends earlier for a later notice (monotone)', () => {
    fc.assert(
      fc.property(date, date, regime, (a, b, r) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        const ex = standstillEnd({ regime: r, noticeDate: x, exception: null });
        const ey = standstillEnd({ regime: r, noticeDate: y, exception: null });
        if (ex !== null && ey !== null) expect(ex <= ey).toBe(true);
      }),
    );
  });

  it('has none in Del I, below NOK 100,000 and in design contests, with an exception recorded, or with no notice yet', () => {
    fc.assert(
      fc.property(date, regime, fc.constantFrom(...standstillExceptions), (d, r, ex) => {
        expect(standstillEnd({ regime: r, noticeDate: d, exception: ex })).toBeNull();
        expect(standstillEnd({ regime: r, noticeDate: null, exception: null })).toBeNull();
        const end = standstillEnd({ regime: r, noticeDate: d, exception: null });
        expect(end === null).toBe(STANDSTILL[r] === null);
        expect(['under100k', 'partI', 'partV'].includes(r)).toBe(STANDSTILL[r] === null);
      }),
    );
  });

  it('runs the length the notice gave, never shorter than the part allows where it sets a minimum', () => {
    fc.assert(
      fc.property(date, regime, fc.boolean(), fc.integer({ min: 1, max: 60 }), (d, r, byPost, days) => {
        const end = standstillEnd({ regime: r, noticeDate: d, exception: null, days, byPost });
        if (STANDSTILL[r] === null) {
          expect(end).toBeNull();
          return;
        }
        expect(end).toBe(periodEnd(d, days));
        const min = minimumStandstillDays(r, byPost);
        // Del III and IV set 10 days, 15 without an electronic notice; Del II leaves a reasonable period to the office.
        expect(min).toBe(STANDSTILL[r]!.minimum ? (byPost ? 15 : 10) : null);
        expect(r === 'partII').toBe(min === null);
        // Left empty, the length is the part's proposal: the minimum where there is one.
        const proposed = standstillEnd({ regime: r, noticeDate: d, exception: null, byPost });
        expect(proposed).toBe(periodEnd(d, proposedStandstillDays(r, byPost)!));
        if (min !== null) expect(proposedStandstillDays(r, byPost)).toBe(min);
      }),
    );
  });

  it('gives each part the exceptions its own letters list (§ 10-2 (3), § 25-2 (2), § 30-9 (2))', () => {
    // A direct award (§ 13-4): the exception for no duty to publish is among them.
    const codes = (r: Regime | null) => standstillExceptionsFor(r, 'direkte').map((d) => d.code);
    expect(codes('partII')).toEqual(['noPriorNotice', 'singleTenderer', 'frameworkCallOff']);
    expect(codes('partIII')).toEqual(['noPriorNotice', 'singleTenderer', 'frameworkCallOff', 'dynamicPurchasing']);
    // Special services above the EEA threshold follow § 25-2 (§ 10-2 (2)).
    expect(codes('partIIEea')).toEqual(codes('partIII'));
    // Del IV has no exception for call-offs under a framework.
    expect(codes('partIV')).toEqual(['noPriorNotice', 'singleTenderer']);
    expect(codes(null)).toEqual(codes('partIII'));
    // After an open procedure there was a duty to publish: that exception is not offered.
    expect(standstillExceptionsFor('partIII', 'apen_anbud').map((d) => d.code)).toEqual([
      'singleTenderer',
      'frameworkCallOff',
      'dynamicPurchasing',
    ]);
    fc.assert(
      fc.property(regime, (r) => {
        // A part with no standstill has nothing to be excepted from; every exception offered names its letter.
        for (const d of standstillExceptionsFor(r)) {
          expect(STANDSTILL[r]).not.toBeNull();
          expect((d.letter as Partial<Record<Regime, string>>)[r]).toMatch(/^§ (10-2 \(3\)|25-2 \(2\)|30-9 \(2\))/);
        }
      }),
    );
  });

  it('takes an unknown part as Del III, the strictest', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(standstillEnd({ regime: null, noticeDate: d, exception: null })).toBe(
          standstillEnd({ regime: 'partIII', noticeDate: d, exception: null }),
        );
      }),
    );
  });

  it('lets a contract be signed only after the standstill’s last day', () => {
    fc.assert(
      fc.property(date, date, (notice, signed) => {
        const end = standstillEnd({ regime: 'partIII', noticeDate: notice, exception: null })!;
        expect(signedAfterStandstill(signed, end)).toBe(signed > end);
        expect(signedAfterStandstill(signed, null)).toBe(true);
      }),
    );
    expect(signedAfterStandstill('2026-11-12', '2026-11-12')).toBe(false);
    expect(signedAfterStandstill('2026-11-13', '2026-11-12')).toBe(true);
  });

  it('asks for the contract award notice within 30 days of signing in Del III, Del IV and special services above the EEA threshold', () => {
    fc.assert(
      fc.property(date, regime, (signed, r) => {
        const due = resultNoticeDue(r, signed);
        if (['partIII', 'partIIEea', 'partIV'].includes(r)) {
          expect(due).not.toBeNull();
          expect(daysBetween(signed, due!)).toBeGreaterThanOrEqual(30);
          expect(isWorkingDay(due!)).toBe(true);
        } else expect(due).toBeNull();
      }),
    );
    expect(resultNoticeDue('partIII', null)).toBeNull();
  });
});

describe('a notice number as Doffin or TED gives it', () => {
  const valid = (platform: 'doffin' | 'ted', ref: string) =>
    NoticeFieldsSchema.safeParse({ kind: 'contract', platform, ref, date: '2026-11-02' }).success;

  it('takes Doffin’s "2024-123456" and TED’s "123456-2024", each only from its own service', () => {
    expect(valid('doffin', '2024-123456')).toBe(true);
    expect(valid('ted', '123456-2024')).toBe(true);
    expect(valid('ted', '00654321-2025')).toBe(true);
    expect(valid('doffin', '123456-2024')).toBe(false);
    expect(valid('ted', '2024-123456')).toBe(false);
    for (const bad of ['2024/123456', 'abc', '123456', '2024-12a', ''])
      expect(valid('doffin', bad) || valid('ted', bad)).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 99_999_999 }), (y, n) => {
        expect(valid('doffin', `${y}-${n}`)).toBe(true);
        expect(valid('ted', `${n}-${y}`)).toBe(true);
        expect(valid('doffin', `${y}.${n}`)).toBe(false);
      }),
    );
  });

  it('says what is wrong beside the number, in the service’s own shape', () => {
    const r = NoticeFieldsSchema.safeParse({ kind: 'award', platform: 'ted', ref: '2026-1', date: '2026-11-02' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ['ref'], message: 'noticeRefTed' });
  });
});
