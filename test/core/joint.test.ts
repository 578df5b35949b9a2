import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JointParticipantFieldsSchema, jointSplit, ownValue, shareNok, type JointShare } from '../../core/index.js';

// The share rule of a joint procurement: the case's value is the whole joint
// value; the others take their shares of it (NOK or %) and the office's own
// share is what is left.

const share: fc.Arbitrary<JointShare> = fc.oneof(
  fc.record({ shareUnit: fc.constant('nok' as const), share: fc.integer({ min: 1, max: 50_000_000 }) }),
  fc.record({ shareUnit: fc.constant('pct' as const), share: fc.integer({ min: 1, max: 10_000 }).map((n) => n / 100) }),
);

describe('jointSplit', () => {
  it('gives the office what is left: its share and the others add up to the whole when they fit, and never go below zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.array(share, { maxLength: 6 }), (whole, ps) => {
        const s = jointSplit(whole, ps);
        const others = s.others.reduce((a, b) => a + b, 0);
        expect(s.own).toBeGreaterThanOrEqual(0);
        if (s.over === 0) expect(s.own + others).toBe(whole);
        else expect(others - whole).toBe(s.over);
        expect(s.over > 0 ? s.own === 0 : true).toBe(true);
        expect(s.ownPct).toBeGreaterThanOrEqual(0);
        expect(s.ownPct).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('fits percentages that sum to at most 100 % within the whole, give or take rounding to whole kroner', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 1, max: 2_500 }), { maxLength: 4 }),
        (whole, pcts) => {
          const s = jointSplit(
            whole,
            pcts.map((n) => ({ shareUnit: 'pct' as const, share: n / 100 })),
          );
          expect(s.over).toBeLessThanOrEqual(pcts.length);
        },
      ),
    );
  });

  it('works out the office share of a known case', () => {
    const s = jointSplit(10_000_000, [
      { shareUnit: 'pct', share: 30 },
      { shareUnit: 'nok', share: 2_500_000 },
    ]);
    expect(s).toEqual({ others: [3_000_000, 2_500_000], own: 4_500_000, ownPct: 45, over: 0 });
    expect(shareNok({ shareUnit: 'pct', share: 12.5 }, 1_000_000)).toBe(125_000);
    expect(ownValue(10_000_000, [])).toBe(10_000_000);
    expect(ownValue(10_000_000, [{ shareUnit: 'pct', share: 40 }])).toBe(6_000_000);
  });
});

describe('a participant as typed', () => {
  const base = { name: 'Malvik kommune', orgnr: '939 865 942', shareUnit: 'pct' as const, share: 25 };
  it('takes a valid organisation number with spaces and a percentage with two decimals', () => {
    expect(JointParticipantFieldsSchema.parse({ ...base, share: 12.25 })).toMatchObject({
      orgnr: '939865942',
      share: 12.25,
      lead: false,
    });
  });
  it('refuses a wrong check digit, a percentage over 100 or with three decimals, and kroner with øre', () => {
    const issues = (v: unknown) =>
      (JointParticipantFieldsSchema.safeParse(v).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
    expect(issues({ ...base, orgnr: '939865943' })).toEqual([['orgnr', 'orgnrCheckDigit']]);
    expect(issues({ ...base, share: 100.5 })).toEqual([['share', 'jointSharePct']]);
    expect(issues({ ...base, share: 10.125 })).toEqual([['share', 'jointSharePct']]);
    expect(issues({ ...base, shareUnit: 'nok', share: 1000.5 })).toEqual([['share', 'jointShareNok']]);
  });
});
