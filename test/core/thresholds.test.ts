import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  regimeFor,
  shippedThresholds,
  thresholdTable,
  thresholdsChecked,
  thresholdsOn,
  warningText,
  type ThresholdPeriod,
} from '../../core/index.js';

// The EEA thresholds as the amending regulations set them (FOA § 5-3), with
// the dates each set was in force, and what the app does past the newest
// value it could verify.

describe('threshold periods as the amending regulations set them', () => {
  it('follow each other without gaps or overlaps, and only the last is open-ended', () => {
    for (let i = 1; i < shippedThresholds.length; i++)
      expect(addDays(shippedThresholds[i - 1]!.validTo!, 1)).toBe(shippedThresholds[i]!.validFrom);
    expect(shippedThresholds.slice(0, -1).every((p) => p.validTo !== null)).toBe(true);
    expect(shippedThresholds.at(-1)!.validTo).toBeNull();
  });

  it('cite each amending regulation by its FOR number, with the provisions and a Lovdata address', () => {
    for (const p of shippedThresholds) {
      expect(p.source.regulation).toMatch(/^FOR-\d{4}-\d{2}-\d{2}-\d+$/);
      expect(p.source.url).toMatch(/^https:\/\/lovdata\.no\//);
      expect(p.source.provisions).toContain('§ 5-3');
      expect(['verified', 'secondary']).toContain(p.source.confidence);
      expect(p.origin).toBe('shipped');
    }
  });

  it('put the 2024 values in force on 14 March 2024 (FOR-2024-03-14-449), not 1 January', () => {
    expect(thresholdsOn('2024-03-13')!.eea.tjenester).toBe(2_200_000);
    expect(thresholdsOn('2024-03-14')!.eea.tjenester).toBe(2_300_000);
    expect(thresholdsOn('2024-03-14')!.source.regulation).toBe('FOR-2024-03-14-449');
    // The issue's own example: a 2.25 M service contract announced in February 2024 was part III.
    expect(regimeFor({ value: 2_250_000, kind: 'tjenester', date: '2024-02-15' }).regime).toBe('partIII');
    expect(regimeFor({ value: 2_250_000, kind: 'tjenester', date: '2024-03-14' }).regime).toBe('partII');
  });

  it('hold 57.8 M for building and construction from 2024, as § 5-3 (1) c reads', () => {
    expect(thresholdsOn('2025-06-01')!.eea.bygg_anlegg).toBe(57_800_000);
    expect(regimeFor({ value: 57_800_000, kind: 'bygg_anlegg', date: '2025-06-01' }).regime).toBe('partIII');
    expect(regimeFor({ value: 57_799_999, kind: 'bygg_anlegg', date: '2025-06-01' }).regime).toBe('partII');
  });

  it('know the 2022 value for health, social and special services: 7.8 M', () => {
    const t = thresholdsOn('2023-06-01')!;
    expect(t.eea.helse_sosial).toBe(7_800_000);
    expect(
      regimeFor({ value: 3_000_000, kind: 'helse_sosial', date: '2023-06-01' }).warnings.map((w) => w.code),
    ).not.toContain('eeaUnknown');
  });

  it('keep the lower limit at 100 000 and the national threshold at 1.3 M in every period (Prop. 147 L is not confirmed in force)', () => {
    for (const p of shippedThresholds) {
      expect(p.minimum).toBe(100_000);
      expect(p.national).toBe(1_300_000);
    }
  });
});

describe('past the newest values Anskaff could verify', () => {
  it('a case planned for next year gets the latest known values, marked as such, never "no thresholds"', () => {
    const r = regimeFor({ value: 2_500_000, kind: 'tjenester', date: '2027-01-15' });
    expect(r.regime).toBe('partIII');
    expect(r.thresholds?.validFrom).toBe('2024-03-14');
    const w = r.warnings.find((x) => x.code === 'lastKnownThresholds');
    expect(w).toBeDefined();
    expect(warningText(w!, 'nb')).toBe(
      'Anskaff bruker terskelverdiene som gjelder fra 14.03.2024 (FOR-2024-03-14-449), sist kontrollert 03.12.2025. Nyere terskelverdier kan gjelde for 15.01.2027: sjekk lovdata.no, og legg dem inn under Innstillinger.',
    );
    expect(warningText(w!, 'en')).toContain('Newer thresholds may apply on 15 Jan 2027');
  });

  it('says so for every date after the last check, and for none before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 9 }), (d) => {
        const date = addDays('2020-02-12', d);
        const r = regimeFor({ value: 1_000_000, kind: 'varer', date });
        expect(r.regime).not.toBeNull();
        expect(r.warnings.some((w) => w.code === 'lastKnownThresholds')).toBe(date > thresholdsChecked.until);
      }),
    );
  });

  it('uses a period the office entered from its date in force, shown apart, and stops warning', () => {
    const office: ThresholdPeriod = {
      ...shippedThresholds.at(-1)!,
      validFrom: '2026-03-01',
      eea: { ...shippedThresholds.at(-1)!.eea, varer: 2_400_000, tjenester: 2_400_000 },
      origin: 'office',
      source: {
        regulation: 'FOR-2026-02-20-300',
        title: 'Endringsforskrift',
        provisions: 'FOA § 5-3',
        url: 'https://lovdata.no/dokument/LTI/forskrift/2026-02-20-300',
        confidence: 'office',
        note: '',
      },
    };
    const table = thresholdTable([office]);
    expect(table.map((p) => [p.validFrom, p.validTo, p.origin])).toEqual([
      ['2020-02-12', '2022-03-22', 'shipped'],
      ['2022-03-23', '2024-03-13', 'shipped'],
      ['2024-03-14', '2026-02-28', 'shipped'],
      ['2026-03-01', null, 'office'],
    ]);
    const after = regimeFor({ value: 2_350_000, kind: 'tjenester', date: '2026-06-01' }, table);
    expect(after.regime).toBe('partII');
    expect(after.thresholds?.origin).toBe('office');
    expect(after.warnings.map((w) => w.code)).toEqual(['officeThresholds']);
    // Between the last check and the office's period the shipped values were in force: the office said so by its date.
    expect(regimeFor({ value: 2_350_000, kind: 'tjenester', date: '2026-01-15' }, table).warnings).toEqual([]);
  });
});
