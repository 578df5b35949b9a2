import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import cpv from '../../core/data/cpv/cpv2008.json' with { type: 'json' };
import { CPV_CODE_RE, cpvKind, formatCpv, serviceAnnexOf } from '../../core/index.js';

describe('CPV 2008 as shipped', () => {
  it('holds the whole main vocabulary: 9,454 eight-digit codes with a check digit and labels in both languages', () => {
    const rows = cpv.rows as string[][];
    expect(rows).toHaveLength(9454);
    expect(new Set(rows.map((r) => r[0])).size).toBe(9454);
    for (const [code, check, en, nb] of rows) {
      expect(code).toMatch(CPV_CODE_RE);
      expect(check).toMatch(/^\d$/);
      expect(en && nb).toBeTruthy();
    }
    expect(rows.filter((r) => r[0]!.endsWith('000000'))).toHaveLength(45);
  });

  it("suggests the annexes' kinds (annex 3 health and social, annex 2 special services), else works for division 45, services from 50, goods below", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 98 }), fc.integer({ min: 0, max: 999_999 }), (division, rest) => {
        const code = `${String(division).padStart(2, '0')}${String(rest).padStart(6, '0')}`;
        const kind = cpvKind(code);
        const annex = serviceAnnexOf(code);
        expect(kind).toBe(
          annex === 3
            ? 'helse_sosial'
            : annex === 2
              ? 'saerlige_tjenester'
              : division === 45
                ? 'bygg_anlegg'
                : division >= 50
                  ? 'tjenester'
                  : 'varer',
        );
        if (division === 85 && code <= '85323000') expect(kind).toBe('helse_sosial');
      }),
    );
    expect(formatCpv('03000000', '1')).toBe('03000000-1');
  });
});
