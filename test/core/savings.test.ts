import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { saving, savingsSentence, savingsTotals, sumTotals, type CaseForTotals } from '../../core/index.js';

const NBSP = '\u00a0';
const years = [2023, 2024, 2025, 2026];
const caseArb: fc.Arbitrary<CaseForTotals> = fc.record({
  handledYears: fc.array(fc.integer({ min: 2022, max: 2027 }), { maxLength: 4 }),
  awardYear: fc.option(fc.integer({ min: 2022, max: 2027 }), { nil: null }),
  saving: fc.option(fc.record({ baselineValue: fc.nat(500_000_000), awardedValue: fc.nat(500_000_000), periodMonths: fc.integer({ min: 1, max: 120 }) }), { nil: null }),
  realised: fc.array(fc.record({ year: fc.integer({ min: 2022, max: 2027 }), amount: fc.integer({ min: -1_000_000, max: 10_000_000 }) }), { maxLength: 3 }),
});

describe('savings arithmetic', () => {
  it('a saving is baseline less award, and per year scales by the period', () => {
    expect(saving({ baselineValue: 10_000_000, awardedValue: 8_000_000, periodMonths: 48 })).toEqual({ total: 2_000_000, perYear: 500_000 });
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
        const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(a)));
        const r = savingsTotals([...cases].reverse(), years);
        r.forEach((y, i) => {
          expect({ ...y, savedPerYear: 0 }).toEqual({ ...t[i]!, savedPerYear: 0 });
          close(y.savedPerYear, t[i]!.savedPerYear);
        });
        // A saving counts once, in its award year, when that year is asked for.
        const expected = cases.filter((c) => c.saving && c.awardYear !== null && years.includes(c.awardYear)).reduce((s, c) => s + (c.saving!.baselineValue - c.saving!.awardedValue), 0);
        expect(sumTotals(t).savedContractPeriod).toBe(expected);
        // The sum over years is the sum of the years asked one by one.
        const oneByOne = years.map((y) => savingsTotals(cases, [y])[0]!);
        expect({ ...sumTotals(oneByOne), savedPerYear: 0 }).toEqual({ ...sumTotals(t), savedPerYear: 0 });
        // A case is counted at most once a year however many events it had.
        for (const y of t) expect(y.casesHandled).toBeLessThanOrEqual(cases.length);
      }),
    );
  });

  it('says it the way a municipality does', () => {
    const list = [
      { year: 2023, casesHandled: 98, savedContractPeriod: 6_200_000, savedPerYear: 0, realised: 0 },
      { year: 2024, casesHandled: 105, savedContractPeriod: 7_100_000, savedPerYear: 0, realised: 0 },
      { year: 2025, casesHandled: 109, savedContractPeriod: 8_300_000, savedPerYear: 0, realised: 0 },
      { year: 2026, casesHandled: 112, savedContractPeriod: 8_400_000, savedPerYear: 0, realised: 0 },
    ];
    expect(savingsSentence(list, 'nb')).toBe(`I 2026 har innkjøp håndtert 112 saker og spart 8,4${NBSP}mill.${NBSP}kr; om lag 30${NBSP}mill.${NBSP}kr de siste fire årene.`);
    expect(savingsSentence(list, 'en')).toBe(`In 2026 procurement handled 112 cases and saved NOK${NBSP}8.4${NBSP}million; about NOK${NBSP}30${NBSP}million over the last 4 years.`);
  });
});
