import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpvKind, groundDefs, kinds, procedures, regimeFor, type Kind, type Procedure } from '../../core/index.js';

// The regulation's five parts (FOA § 5-1) and what each says about the
// procedure, with the regulation's own boundaries: values at and around each
// threshold, each kind, each part, each ground. Dates in 2025: before the
// shipped values' last check, so no "newer values may apply" note.
const DATE = '2025-06-01';
const at = (value: number, kind: Kind, procedure: Procedure | null = null, ground: string | null = null) =>
  regimeFor({ value, kind, date: DATE, procedure, ground });
const codes = (r: ReturnType<typeof at>) => r.warnings.map((w) => w.code);

describe('Del I (100 000 up to the national threshold) has no procedure rules', () => {
  it('allows every procedure without a warning: the duty is to document (§ 7-1)', () => {
    for (const p of procedures) {
      const r = at(500_000, 'tjenester', p);
      expect(r.regime).toBe('partI');
      expect(codes(r), p).toEqual([]);
    }
  });
  it('and below 100 000 the act does not apply at all', () => {
    expect(at(99_999, 'varer', 'forhandling').regime).toBe('under100k');
    expect(codes(at(99_999, 'varer', 'forhandling'))).toEqual([]);
  });
});

describe('Del II: the office chooses the procedure (§ 8-3 with dialogue and negotiation, § 9-3)', () => {
  it('lets negotiation and dialogue pass', () => {
    for (const p of [
      'apen_tilbud',
      'begrenset_tilbud',
      'forhandling',
      'dialog',
      'innovasjonspartnerskap',
      'minikonkurranse',
    ] as const)
      expect(codes(at(1_500_000, 'tjenester', p)), p).toEqual([]);
  });
  it('asks a direct award for its ground in § 5-2 (1) a–g, and warns until one is recorded', () => {
    expect(at(1_500_000, 'varer', 'direkte').warnings).toEqual([
      { code: 'groundMissing', procedure: 'direkte', regime: 'partII', set: 'foa_5_2' },
    ]);
    expect(codes(at(1_500_000, 'varer', 'direkte', 'foa_5_2_a'))).toEqual([]);
    // A ground of another section does not make it lawful here.
    expect(codes(at(1_500_000, 'varer', 'direkte', 'foa_13_4_b'))).toEqual(['groundMissing']);
  });
});

describe('Del III: open and restricted procedures always, the rest on a ground (§§ 13-1 to 13-4)', () => {
  const V = 3_000_000;
  it('always allows open and restricted anbudskonkurranse', () => {
    expect(codes(at(V, 'tjenester', 'apen_anbud'))).toEqual([]);
    expect(codes(at(V, 'tjenester', 'begrenset_anbud'))).toEqual([]);
  });
  it('needs § 13-2 for negotiation after notice and competitive dialogue, § 13-1 (3) for an innovation partnership, § 13-3 for negotiation without notice, § 13-4 for no competition', () => {
    const cases: [Procedure, string, string][] = [
      ['forhandling', 'foa_13_2', 'foa_13_2_c'],
      ['dialog', 'foa_13_2', 'foa_13_2_b'],
      ['innovasjonspartnerskap', 'foa_13_1_3', 'foa_13_1_3'],
      ['forhandling_uten_kunngjoring', 'foa_13_3', 'foa_13_3_e'],
      ['direkte', 'foa_13_4', 'foa_13_4_b'],
    ];
    for (const [p, set, ground] of cases) {
      expect(at(V, 'tjenester', p).warnings, p).toEqual([
        { code: 'groundMissing', procedure: p, regime: 'partIII', set },
      ]);
      expect(codes(at(V, 'tjenester', p, ground)), p).toEqual([]);
    }
  });
  it('does not allow the national tilbudskonkurranse', () => {
    expect(codes(at(V, 'varer', 'apen_tilbud'))).toEqual(['procedureNotAllowed']);
  });
  it('starts exactly at the threshold: 2 300 000 is part III, 2 299 999 part II', () => {
    expect(at(2_300_000, 'varer').regime).toBe('partIII');
    expect(at(2_299_999, 'varer').regime).toBe('partII');
  });
});

describe('health and social services (annex 3): part I below 7.8 M, part IV from it; never part II or III', () => {
  it.each([
    [100_000, 'partI'],
    [1_300_000, 'partI'],
    [5_000_000, 'partI'],
    [7_799_999, 'partI'],
    [7_800_000, 'partIV'],
    [50_000_000, 'partIV'],
  ] as const)('%d kr is %s', (value, regime) => {
    expect(at(value, 'helse_sosial').regime).toBe(regime);
  });
  it('lets part IV set its own procedure (§ 30-1 (1)); no notice only on the grounds of § 13-3 or § 13-4 (§ 30-5 (4))', () => {
    expect(codes(at(9_000_000, 'helse_sosial', 'forhandling'))).toEqual([]);
    expect(codes(at(9_000_000, 'helse_sosial', 'direkte'))).toEqual(['groundMissing']);
    expect(codes(at(9_000_000, 'helse_sosial', 'direkte', 'foa_13_4_a'))).toEqual([]);
  });
});

describe('special services (annex 2): part II from 1.3 M with no ceiling, with the EEA rules above 7.8 M; never part III', () => {
  it.each([
    [1_299_999, 'partI'],
    [1_300_000, 'partII'],
    [7_800_000, 'partII'],
    [7_800_001, 'partIIEea'],
    [80_000_000, 'partIIEea'],
  ] as const)('%d kr is %s', (value, regime) => {
    expect(at(value, 'saerlige_tjenester').regime).toBe(regime);
  });
  it('takes a direct award on § 5-2 below the EEA threshold and on § 13-3/§ 13-4 above it (§ 5-2 (2), § 8-17 (5) b)', () => {
    expect(at(2_000_000, 'saerlige_tjenester', 'direkte').warnings[0]).toMatchObject({ set: 'foa_5_2' });
    expect(at(9_000_000, 'saerlige_tjenester', 'direkte').warnings[0]).toMatchObject({ set: 'foa_13_4' });
    expect(at(9_000_000, 'saerlige_tjenester', 'forhandling_uten_kunngjoring').warnings[0]).toMatchObject({
      set: 'foa_13_3',
    });
  });
});

describe('Del V: design contests from 1.49 M (§ 5-1 (5))', () => {
  it('applies from its own limit, and says where the regulation disagrees with itself (§ 31-2 (2): 1.3 M)', () => {
    expect(at(1_490_000, 'tjenester', 'plan_design').regime).toBe('partV');
    expect(codes(at(1_490_000, 'tjenester', 'plan_design_begrenset'))).toEqual([]);
    const r = at(1_400_000, 'tjenester', 'plan_design');
    expect(r.regime).toBe('partII');
    expect(codes(r)).toEqual(['designContestNotice']);
    expect(
      regimeFor({ value: 1_400_000, kind: 'tjenester', date: '2023-01-10', procedure: 'plan_design' }).regime,
    ).toBe('partV');
  });
});

describe('every part and procedure', () => {
  it('warns exactly when the procedure is neither free in the part nor resting on a recorded ground of the right section', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.nat(100_000_000),
        fc.constantFrom(...procedures),
        fc.option(fc.constantFrom(...groundDefs.map((g) => g.code))),
        (kind, value, procedure, ground) => {
          const r = at(value, kind, procedure, ground);
          const needs = r.grounded.find((g) => g.procedure === procedure);
          const lawful =
            r.allowed.includes(procedure) ||
            (needs !== undefined && groundDefs.find((g) => g.code === ground)?.set === needs.set);
          const warned = r.warnings.some((w) => w.code === 'procedureNotAllowed' || w.code === 'groundMissing');
          expect(warned).toBe(!lawful);
          expect(r.allowed.some((p) => r.grounded.some((g) => g.procedure === p))).toBe(false);
        },
      ),
    );
  });
});

describe("the kind a CPV code suggests, from the regulation's annexes", () => {
  it.each([
    ['55110000', 'saerlige_tjenester'], // hotel services (annex 2)
    ['55524000', 'saerlige_tjenester'], // school catering
    ['79110000', 'saerlige_tjenester'], // legal advice
    ['92500000', 'saerlige_tjenester'], // libraries, museums
    ['80100000', 'helse_sosial'], // primary education: annex 3 in Norway
    ['85311000', 'helse_sosial'],
    ['75231240', 'helse_sosial'],
    ['64210000', 'tjenester'], // telecoms: 64000000 alone is in annex 2, not its sub-codes
    ['90910000', 'tjenester'],
    ['45210000', 'bygg_anlegg'],
    ['34144900', 'varer'],
  ] as const)('%s → %s', (code, kind) => {
    expect(cpvKind(code)).toBe(kind);
  });
});
