import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatNokShort, previousPeriod, summarySentences } from '../../core/index.js';

const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2020-01-01', n));
const figures = fc.record({
  casesHandled: fc.nat(20_000),
  savedPeriod: fc.integer({ min: -1e8, max: 1e9 }),
  savedFourYears: fc.integer({ min: -1e8, max: 5e9 }),
  prevCases: fc.nat(20_000),
  prevSaved: fc.integer({ min: -1e8, max: 1e9 }),
  options: fc.nat(50),
  expiries: fc.nat(50),
  overdue: fc.nat(5),
});

describe('the summary of a briefing pack', () => {
  it('states the figures as Norwegians write them, with the right word for one and many, more and fewer', () => {
    fc.assert(
      fc.property(figures, (f) => {
        const [first, change, deadlines] = summarySentences(
          {
            from: '2026-01-01',
            to: '2026-12-31',
            casesHandled: f.casesHandled,
            savedPeriod: f.savedPeriod,
            savedFourYears: f.savedFourYears,
            previous: { from: '2025-01-01', to: '2025-12-31', casesHandled: f.prevCases, savedPeriod: f.prevSaved },
            goals: null,
            deadlines: { options: f.options, expiries: f.expiries, overdue: f.overdue },
          },
          'nb',
        ) as [string, string, string];
        expect(first).toBe(
          `I 2026 har innkjøp håndtert ${f.casesHandled} ${f.casesHandled === 1 ? 'sak' : 'saker'}. Sakene tildelt i perioden har en forventet gevinst på ${formatNokShort(f.savedPeriod)} over kontraktsperioden; om lag ${formatNokShort(f.savedFourYears)} for sakene tildelt de siste fire årene.`,
        );
        const d = f.casesHandled - f.prevCases;
        if (d > 0) expect(change).toContain(`${d} flere ${d === 1 ? 'sak' : 'saker'} enn i forrige periode (2025)`);
        if (d < 0) expect(change).toContain(`${-d} færre ${d === -1 ? 'sak' : 'saker'} enn`);
        if (d === 0) expect(change).toContain('like mange saker som');
        expect(deadlines).toContain(
          f.options === 0 ? 'ingen opsjoner' : `${f.options} ${f.options === 1 ? 'opsjon' : 'opsjoner'}`,
        );
        expect(deadlines.includes('allerede passert')).toBe(f.overdue > 0);
      }),
    );
  });

  it("says what is realised and what rests on the office's own estimate", () => {
    const base = {
      from: '2026-01-01',
      to: '2026-12-31',
      casesHandled: 3,
      savedPeriod: 800_000,
      savedFourYears: 800_000,
      previous: { from: '2025-01-01', to: '2025-12-31', casesHandled: 0, savedPeriod: 0 },
      goals: null,
      deadlines: { options: 0, expiries: 0, overdue: 0 },
    };
    expect(summarySentences({ ...base, realisedPeriod: 0, estimateBased: 0 }, 'nb')[0]).toContain(
      'Ingen realisert gevinst er registrert for perioden ennå.',
    );
    const s = summarySentences({ ...base, realisedPeriod: 250_000, estimateBased: 300_000 }, 'nb')[0]!;
    expect(s).toContain(`Realisert gevinst registrert for perioden: ${formatNokShort(250_000)}.`);
    expect(s).toContain(
      `Av den forventede gevinsten bygger ${formatNokShort(300_000)} på kontorets eget anslag som referanse`,
    );
  });

  it('compares with the period of the same length just before', () => {
    expect(previousPeriod('2026-01-01', '2026-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    // Whole years compare with the same number of whole years (not 02.01.2023–31.12.2024).
    expect(previousPeriod('2025-01-01', '2026-12-31')).toEqual({ from: '2023-01-01', to: '2024-12-31' });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const p = previousPeriod(from, to);
        expect(addDays(p.to, 1)).toBe(from);
        if (from.endsWith('-01-01') && to.endsWith('-12-31')) {
          const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1;
          expect(p).toEqual({
            from: `${Number(from.slice(0, 4)) - years}-01-01`,
            to: `${Number(from.slice(0, 4)) - 1}-12-31`,
          });
        } else expect(daysBetween(p.from, p.to)).toBe(daysBetween(from, to));
      }),
    );
  });
});
