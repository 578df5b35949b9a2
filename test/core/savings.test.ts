import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  casesHandledIn,
  expectedByYear,
  saving,
  savingsSentence,
  savingsTotals,
  sumTotals,
  type CaseForTotals,
} from '../../core/index.js';

const NBSP = '\u00a0';
const years = [2023, 2024, 2025, 2026];
const caseArb: fc.Arbitrary<CaseForTotals> = fc.record({
  handledYears: fc.array(fc.integer({ min: 2022, max: 2027 }), { maxLength: 4 }),
  awardYear: fc.option(fc.integer({ min: 2022, max: 2027 }), { nil: null }),
  saving: fc.option(
    fc.record({
      baselineValue: fc.nat(500_000_000),
      awardedValue: fc.nat(500_000_000),
      periodMonths: fc.integer({ min: 1, max: 120 }),
    }),
    { nil: null },
  ),
  realised: fc.array(
    fc.record({ year: fc.integer({ min: 2022, max: 2027 }), amount: fc.integer({ min: -1_000_000, max: 10_000_000 }) }),
    { maxLength: 3 },
  ),
});

describe('savings arithmetic', () => {
  it('a saving is baseline less award, and per year scales by the period', () => {
    expect(saving({ baselineValue: 10_000_000, awardedValue: 8_000_000, periodMonths: 48 })).toEqual({
      total: 2_000_000,
      perYear: 500_000,
    });
    fc.assert(
      fc.property(fc.nat(1e9), fc.nat(1e9), fc.integer({ min: 1, max: 240 }), (b, a, m) => {
        const s = saving({ baselineValue: b, awardedValue: a, periodMonths: m });
        expect(s.total).toBe(b - a);
        expect(Math.abs((s.perYear * m) / 12 - s.total)).toBeLessThan(1e-3);
      }),
    );
  });

  it('totals do not depend on the order of cases, and split cleanly over years', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 30 }), (cases) => {
        const t = savingsTotals(cases, years);
        // Whole kroner add up exactly in any order; the per-year figure is a quotient, equal to the last bits.
        const close = (a: number, b: number) =>
          expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(a)));
        const r = savingsTotals([...cases].reverse(), years);
        r.forEach((y, i) => {
          expect({ ...y, savedPerYear: 0, expected: 0 }).toEqual({ ...t[i]!, savedPerYear: 0, expected: 0 });
          close(y.savedPerYear, t[i]!.savedPerYear);
        });
        // A saving counts once, in its award year, when that year is asked for.
        const expected = cases
          .filter((c) => c.saving && c.awardYear !== null && years.includes(c.awardYear))
          .reduce((s, c) => s + (c.saving!.baselineValue - c.saving!.awardedValue), 0);
        expect(sumTotals(t, casesHandledIn(cases, years)).savedContractPeriod).toBe(expected);
        // The sum over years is the sum of the years asked one by one.
        const oneByOne = years.map((y) => savingsTotals(cases, [y])[0]!);
        const once = casesHandledIn(cases, years);
        expect({ ...sumTotals(oneByOne, once), savedPerYear: 0, expected: 0 }).toEqual({
          ...sumTotals(t, once),
          savedPerYear: 0,
          expected: 0,
        });
        // A case is counted at most once a year however many events it had.
        for (const y of t) expect(y.casesHandled).toBeLessThanOrEqual(cases.length);
        // Over all the years a case is counted once: never more than the cases, never fewer than the busiest year, never more than the years added.
        expect(once).toBeLessThanOrEqual(cases.length);
        expect(once).toBeGreaterThanOrEqual(Math.max(0, ...t.map((y) => y.casesHandled)));
        expect(once).toBeLessThanOrEqual(t.reduce((a, y) => a + y.casesHandled, 0));
      }),
    );
  });

  it('says it the way a municipality does, and says whether the money is realised or only expected', () => {
    const y = (year: number, casesHandled: number, expected: number, realised: number) => ({
      year,
      casesHandled,
      savedContractPeriod: 0,
      savedPerYear: 0,
      expected,
      realised,
    });
    const realised = [
      y(2023, 98, 6_000_000, 6_200_000),
      y(2024, 105, 7_000_000, 7_100_000),
      y(2025, 109, 8_000_000, 8_300_000),
      y(2026, 112, 9_000_000, 8_400_000),
    ];
    expect(savingsSentence(realised, 'nb')).toBe(
      `I 2026 har innkjøp håndtert 112 saker og realisert gevinster på 8,4${NBSP}mill.${NBSP}kr; om lag 30${NBSP}mill.${NBSP}kr de siste fire årene (realisert).`,
    );
    expect(savingsSentence(realised, 'en')).toBe(
      `In 2026 procurement handled 112 cases and realised savings of NOK${NBSP}8.4${NBSP}million; about NOK${NBSP}30${NBSP}million over the last 4 years (realised).`,
    );
    const mixed = [...realised.slice(0, 3), y(2026, 112, 9_000_000, 0)];
    expect(savingsSentence(mixed, 'nb')).toBe(
      `I 2026 har innkjøp håndtert 112 saker med forventet gevinst på 9${NBSP}mill.${NBSP}kr (ikke realisert ennå); om lag 30,6${NBSP}mill.${NBSP}kr de siste fire årene (realisert der det er registrert, ellers forventet).`,
    );
  });

  it('books the expected saving over the contract period from the award, not all in the award year', () => {
    const s = { baselineValue: 5_200_000, awardedValue: 4_000_000, periodMonths: 24 };
    expect([...expectedByYear(s, '2025-07-01')]).toEqual([
      [2025, 300_000],
      [2026, 600_000],
      [2027, 300_000],
    ]);
    const t = savingsTotals(
      [{ handledYears: [2025], awardYear: 2025, awardDate: '2025-07-01', saving: s, realised: [] }],
      [2025, 2026, 2027],
    );
    expect(t.map((x) => [x.year, x.savedContractPeriod, x.expected])).toEqual([
      [2025, 1_200_000, 300_000],
      [2026, 0, 600_000],
      [2027, 0, 300_000],
    ]);
    fc.assert(
      fc.property(
        fc.nat(1e8),
        fc.nat(1e8),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 11 }),
        (b, a, m, month) => {
          const total = [
            ...expectedByYear(
              { baselineValue: b, awardedValue: a, periodMonths: m },
              `2025-${String(month + 1).padStart(2, '0')}-15`,
            ).values(),
          ].reduce((x, v) => x + v, 0);
          expect(Math.abs(total - (b - a))).toBeLessThan(1e-3 * Math.max(1, Math.abs(b - a)));
        },
      ),
    );
  });
});
