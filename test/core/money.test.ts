import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, formatNok, formatNokShort, locales, parseMoney, parseNok, readNok } from '../../core/index.js';

const value = (s: string) => {
  const r = parseMoney(s);
  return r.ok ? r.value : r.problem;
};

describe('reading money as offices type it', () => {
  it('reads what the issue lists', () => {
    expect(value('1,8 mill')).toBe(1_800_000);
    expect(value('1,8 mill. kr')).toBe(1_800_000);
    expect(value('3 500 000')).toBe(3_500_000);
    expect(value('3,5 MNOK')).toBe(3_500_000);
    expect(value('kr 250 000,-')).toBe(250_000);
    expect(value('250.000')).toBe(250_000);
    expect(value('250,000')).toBe(250_000);
    expect(value('1.300.000 kr')).toBe(1_300_000);
    expect(value('2500000,-')).toBe(2_500_000);
    expect(value('1,250 mill')).toBe(1_250_000);
    expect(value('1.2 billion')).toBe(1_200_000_000);
    expect(value('2 mrd. kr')).toBe(2_000_000_000);
    expect(value('250k')).toBe(250_000);
    expect(value('NOK 1,300,000')).toBe(1_300_000);
    expect(value('  12000  ')).toBe(12_000);
  });

  it('refuses, with a reason, what it cannot read', () => {
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
    expect(value('tre millioner')).toBe('notAnAmount');
    expect(value('1 25 000')).toBe('notAnAmount');
    expect(value('1.250,000.00')).toBe('notAnAmount');
    expect(value('12 kr 13')).toBe('notAnAmount');
    expect(value('1 250,50')).toBe('notWhole');
    expect(value('1,2345678 mill')).toBe('notWhole');
    expect(value('99999999999999')).toBe('tooLarge');
    expect(parseNok('abc')).toBeNull();
  });

  it('reads back every amount it writes, in every language', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }),
        fc.constantFrom(...locales),
        (n, locale) => {
          expect(value(formatNok(n, locale))).toBe(n);
          expect(value(formatAmount(n, locale))).toBe(n);
          expect(value(String(n))).toBe(n);
          // The short form reads back as the figure it shows (a tenth of a million).
          const short = formatNokShort(n, locale);
          const shown =
            Math.abs(n) >= 1e9 ? Math.round(n / 1e8) * 1e8 : Math.abs(n) >= 1e6 ? Math.round(n / 1e5) * 1e5 : n;
          // (Under a thousand milliards: "NOK 1,000 billion" reads as one, by rule 5.)
          if (Math.abs(n) < 999e9) expect(value(short)).toBe(shown);
        },
      ),
    );
  });

  it('refuses junk: text with a letter that is no currency or scale word is never an amount', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...'abcdefghijopqrsuvwxyzæøå!?#'), fc.string(), (a, junk, b) => {
        const r = parseMoney(
          `${a}${junk}${b}`.replace(/kr|nok|mill|mrd|k|tusen|mio|bn|billion|million|milliard/gi, ''),
        );
        expect(r.ok).toBe(false);
      }),
    );
  });

  it('the import reads with the same rule, rounding øre away', () => {
    expect(readNok('1.300.000,50')).toBe(1_300_001);
    expect(readNok('1,5 mill.')).toBe(1_500_000);
    expect(readNok('kr 12 000,-')).toBe(12_000);
  });
});
