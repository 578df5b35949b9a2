import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  kinds,
  regimeDate,
  regimeFor,
  thresholdPeriods,
  thresholdsOn,
  type Regime,
} from '../../core/index.js';

const ORDER: Regime[] = ['under100k', 'partI', 'partII', 'partIIEea', 'partIII', 'partIV'];
const dateInTable = fc
  .integer({ min: 0, max: 365 * 6 })
  .map((d) => addDays('2020-02-12', d))
  .filter((d) => d <= '2026-12-31');

describe('threshold table (data)', () => {
  it('has periods that follow each other without gaps or overlaps', () => {
    for (let i = 1; i < thresholdPeriods.length; i++) {
      expect(addDays(thresholdPeriods[i - 1]!.validTo!, 1)).toBe(thresholdPeriods[i]!.validFrom);
    }
  });

  it('holds the values in FOA § 5-3 as amended by FOR-2024-03-14-449', () => {
    const t = thresholdsOn('2025-06-01')!;
    expect(t.national).toBe(1_300_000);
    expect(t.eea).toEqual({
      varer: 2_300_000,
      tjenester: 2_300_000,
      bygg_anlegg: 57_800_000,
      helse_sosial: 7_800_000,
      saerlige_tjenester: 7_800_000,
    });
  });
});

describe('regime from value, kind and date', () => {
  it('places values at the boundaries in the right part', () => {
    const at = (value: number, kind: (typeof kinds)[number] = 'tjenester') =>
      regimeFor({ value, kind, date: '2025-03-01' }).regime;
    expect(at(99_999)).toBe('under100k');
    expect(at(100_000)).toBe('partI');
    expect(at(1_299_999)).toBe('partI');
    expect(at(1_300_000)).toBe('partII');
    expect(at(2_299_999)).toBe('partII');
    expect(at(2_300_000)).toBe('partIII');
    expect(at(57_799_999, 'bygg_anlegg')).toBe('partII');
    expect(at(57_800_000, 'bygg_anlegg')).toBe('partIII');
  });

  it('never drops to a lighter regime as the value grows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        dateInTable,
        fc.nat(400_000_000),
        fc.nat(400_000_000),
        (kind, date, a, b) => {
          const lo = regimeFor({ value: Math.min(a, b), kind, date }).regime!;
          const hi = regimeFor({ value: Math.max(a, b), kind, date }).regime!;
          expect(ORDER.indexOf(hi)).toBeGreaterThanOrEqual(ORDER.indexOf(lo));
        },
      ),
    );
  });

  it('says so when no thresholds are recorded for the date', () => {
    const r = regimeFor({ value: 500_000, kind: 'varer', date: '2019-05-01' });
    expect(r.regime).toBeNull();
    expect(r.warnings[0]?.code).toBe('noThresholds');
  });
});

describe('the date whose thresholds apply', () => {
  it('is the notice, else the start of the competition, else the planned notice, else the registration', () => {
    const ev = (phase: Parameters<typeof regimeDate>[0][number]['phase'], date: string) => ({ phase, date });
    expect(
      regimeDate(
        [ev('behovsavklaring', '2026-01-05'), ev('kunngjoring', '2026-03-01'), ev('tildeling', '2026-05-01')],
        '2027-01-01',
        '2026-01-05',
      ),
    ).toBe('2026-03-01');
    // A call-off under a framework has no notice: its competition began at the tender deadline.
    expect(
      regimeDate(
        [
          ev('behovsavklaring', '2026-07-22'),
          ev('konkurransegrunnlag', '2026-08-21'),
          ev('tilbudsfrist', '2026-09-30'),
        ],
        '2027-03-28',
        '2026-07-22',
      ),
    ).toBe('2026-09-30');
    expect(
      regimeDate([ev('behovsavklaring', '2026-07-22'), ev('avlyst', '2026-08-01')], '2027-03-28', '2026-07-22'),
    ).toBe('2027-03-28');
    expect(regimeDate([ev('behovsavklaring', '2026-07-22')], null, '2026-07-22')).toBe('2026-07-22');
  });
});
