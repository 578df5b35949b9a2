import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendixTable, formatNok, phases, procedures, tableParts, type BriefingPack } from '../../core/index.js';

type Row = BriefingPack['appendix'][number];
const caseRow: fc.Arbitrary<Row> = fc.record({
  caseNumber: fc.integer({ min: 1, max: 9999 }).map((n) => `2026/${n}`),
  title: fc.string({ minLength: 1, maxLength: 30 }),
  department: fc.constantFrom(
    '',
    ' ',
    'Helse og omsorg',
    'Eiendom',
    'Økonomi og digitalisering',
    'Oppvekst og utdanning',
    'Åsen barnehage',
    'kultur',
  ),
  procedure: fc.option(fc.constantFrom(...procedures), { nil: null }),
  phase: fc.constantFrom(...phases),
  estimatedValue: fc.integer({ min: 0, max: 500_000_000 }),
});

describe('the appendix of a briefing pack', () => {
  it('lists every case once, under its department, departments in Norwegian alphabetical order and cases without one last', () => {
    fc.assert(
      fc.property(fc.array(caseRow, { maxLength: 60 }), (cases) => {
        const m = appendixTable(cases, 'nb');
        const parts = tableParts(m);
        const departments = [...new Set(cases.map((c) => c.department.trim()))];
        expect(m.rows).toHaveLength(cases.length);
        expect(parts.reduce((n, p) => n + p.rows.length, 0)).toBe(cases.length);
        if (cases.length === 0) return;
        expect(parts).toHaveLength(departments.length);
        const named = parts.map((p) => p.heading!.split(' – ')[0]!);
        const expected = [
          ...departments.filter(Boolean).sort((a, b) => a.localeCompare(b, 'nb')),
          ...(departments.includes('') ? ['Uten avdeling'] : []),
        ];
        expect(named).toEqual(expected);
        // Each part holds exactly its department's cases, in the order they came, with the count and sum in its heading.
        for (const p of parts) {
          const d = p.heading!.startsWith('Uten avdeling') ? '' : p.heading!.split(' – ')[0]!;
          const own = cases.filter((c) => c.department.trim() === d);
          expect(p.rows.map((r) => r[0])).toEqual(own.map((c) => c.caseNumber));
          expect(p.rows.map((r) => r[4])).toEqual(own.map((c) => formatNok(c.estimatedValue)));
          expect(p.heading).toContain(own.length === 1 ? '– 1 sak · ' : `– ${own.length} saker · `);
        }
      }),
    );
  });

  it('is one table with no heading when there is no case', () => {
    const parts = tableParts(appendixTable([], 'en'));
    expect(parts).toEqual([{ heading: null, rows: [], first: 0 }]);
  });
});
