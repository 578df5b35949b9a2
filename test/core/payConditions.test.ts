import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apprenticeScope,
  contractFacts,
  kinds,
  PAY_CONDITIONS,
  payConditionsScope,
  paySectors,
  APPRENTICES,
} from '../../core/index.js';

// Pay and working conditions (FOR-2008-02-08-112) and apprentices
// (lærlingforskriften, FOR-2016-12-17-1708), at and around their limits.

describe('the pay-and-conditions duty (FOR-2008-02-08-112 § 4 and § 5a)', () => {
  it('covers service and works contracts above 2.05 M in a sector with an allmenngjort or nationwide agreement', () => {
    expect(payConditionsScope({ kind: 'tjenester', value: 3_000_000, sector: 'renhold' })).toEqual({ applies: true });
    expect(payConditionsScope({ kind: 'bygg_anlegg', value: 2_050_001, sector: 'byggeplasser' })).toEqual({
      applies: true,
    });
    // "overstiger": exactly 2 050 000 is not above it.
    expect(payConditionsScope({ kind: 'tjenester', value: 2_050_000, sector: 'renhold' })).toEqual({
      applies: false,
      why: 'value',
    });
  });

  it('does not cover a 150 000 kr cleaning contract, nor goods, nor a sector with no nationwide agreement', () => {
    expect(payConditionsScope({ kind: 'tjenester', value: 150_000, sector: 'renhold' })).toEqual({
      applies: false,
      why: 'value',
    });
    expect(payConditionsScope({ kind: 'varer', value: 9_000_000, sector: 'landsomfattende' })).toEqual({
      applies: false,
      why: 'goods',
    });
    expect(payConditionsScope({ kind: 'tjenester', value: 9_000_000, sector: 'ingen' })).toEqual({
      applies: false,
      why: 'noAgreement',
    });
  });

  it('asks for the sector where value and kind would bring a contract in', () => {
    expect(payConditionsScope({ kind: 'tjenester', value: 9_000_000, sector: null })).toEqual({
      applies: null,
      why: 'sectorUnknown',
    });
  });

  it('holds its threshold as data with the regulation beside it', () => {
    expect(PAY_CONDITIONS.threshold).toBe(2_050_000);
    expect(PAY_CONDITIONS.source.regulation).toBe('FOR-2008-02-08-112');
    expect(paySectors).toContain('renhold');
  });

  it("counts a contract in the measure only while it is covered, controlled within the office's interval", () => {
    const k = {
      startDate: '2025-01-01',
      endDate: '2027-12-31',
      terminatedDate: null,
      options: [],
      followups: [
        { kind: 'risk_assessment', date: '2025-01-15' },
        { kind: 'control', date: '2025-11-01' },
      ],
    };
    expect(contractFacts({ ...k, covered: false, intervalMonths: 12 })).toEqual([]);
    // Yearly (the default local policy): controlled in 2025, not in 2026 or 2027.
    expect(contractFacts({ ...k, covered: true, intervalMonths: 12 }).map((f) => [f.year, f.num])).toEqual([
      [2025, 1],
      [2026, 0],
      [2027, 0],
    ]);
    // Every second year: the 2025 control still counts at the end of 2026.
    expect(contractFacts({ ...k, covered: true, intervalMonths: 24 }).map((f) => [f.year, f.num])).toEqual([
      [2025, 1],
      [2026, 1],
      [2027, 0],
    ]);
  });

  it('is never in scope for goods, whatever the value or sector', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.nat(50_000_000),
        fc.option(fc.constantFrom(...paySectors), { nil: null }),
        (kind, value, sector) => {
          const s = payConditionsScope({ kind, value, sector });
          if (kind === 'varer' || value <= 2_050_000) expect(s.applies).toBe(false);
        },
      ),
    );
  });
});

describe('the apprentice requirement (lærlingforskriften §§ 5–6, § 6 as amended by FOR-2025-01-22-60)', () => {
  it('is to be assessed for service and works contracts of at least the threshold that last over three months', () => {
    expect(
      apprenticeScope({ kind: 'bygg_anlegg', value: 2_050_000, startDate: '2026-01-01', endDate: '2026-04-02' }),
    ).toEqual({ applies: true });
    expect(
      apprenticeScope({ kind: 'bygg_anlegg', value: 2_049_999, startDate: '2026-01-01', endDate: '2026-12-31' }),
    ).toEqual({ applies: false, why: 'value' });
    expect(
      apprenticeScope({ kind: 'bygg_anlegg', value: 9_000_000, startDate: '2026-01-01', endDate: '2026-04-01' }),
    ).toEqual({ applies: false, why: 'duration' });
    expect(
      apprenticeScope({ kind: 'varer', value: 9_000_000, startDate: '2026-01-01', endDate: '2027-01-01' }),
    ).toEqual({ applies: false, why: 'goods' });
    expect(APPRENTICES.source.regulation).toBe('FOR-2016-12-17-1708');
  });
});
