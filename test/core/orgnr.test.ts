import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidOrgnr, orgnrCheckDigit, orgnrProblem } from '../../core/index.js';

const eightDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((d) => d.join(''));

describe('organisation number (MOD11)', () => {
  it('accepts the known valid numbers, with or without spaces', () => {
    expect(isValidOrgnr('974760673')).toBe(true);
    expect(isValidOrgnr('701730496')).toBe(true);
    expect(isValidOrgnr('974 760 673')).toBe(true);
  });

  it('says what is wrong', () => {
    expect(orgnrProblem('97476067')).toBe('format');
    expect(orgnrProblem('97476067a')).toBe('format');
    expect(orgnrProblem('974760674')).toBe('checkDigit');
  });

  it('a computed check digit always makes a valid number', () => {
    fc.assert(
      fc.property(eightDigits, (d) => {
        const c = orgnrCheckDigit(d);
        fc.pre(c !== null);
        expect(isValidOrgnr(d + String(c))).toBe(true);
      }),
    );
  });

  it('eight digits with remainder 1 can never be valid', () => {
    fc.assert(
      fc.property(eightDigits, fc.integer({ min: 0, max: 9 }), (d, last) => {
        fc.pre(orgnrCheckDigit(d) === null);
        expect(orgnrProblem(d + String(last))).toBe('noValidCheckDigit');
      }),
    );
  });

  it('catches every single mistyped digit', () => {
    fc.assert(
      fc.property(eightDigits, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (d, pos, delta) => {
        const c = orgnrCheckDigit(d);
        fc.pre(c !== null);
        const digits = (d + String(c)).split('').map(Number);
        digits[pos] = (digits[pos]! + delta) % 10;
        expect(isValidOrgnr(digits.join(''))).toBe(false);
      }),
    );
  });
});
