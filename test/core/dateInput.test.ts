import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatDateInput, locales, readDate } from '../../core/index.js';

describe("a date field in the app's language", () => {
  it('reads back every date it shows, in every language', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.constantFrom(...locales), (n, locale) => {
        const iso = addDays('1950-01-01', n);
        expect(readDate(formatDateInput(iso, locale))).toBe(iso);
      }),
    );
  });

  it('shows day first, as each language writes it, and takes what people type', () => {
    expect(formatDateInput('2026-11-25', 'nb')).toBe('25.11.2026');
    expect(formatDateInput('2026-11-25', 'nn')).toBe('25.11.2026');
    expect(formatDateInput('2026-11-25', 'en')).toBe('25/11/2026');
    expect(formatDateInput('25.1', 'nb')).toBe('25.1');
    expect(readDate('1.2.27')).toBe('2027-02-01');
    expect(readDate('2026-11-25')).toBe('2026-11-25');
    expect(readDate('32.13.2027')).toBeNull();
    expect(readDate('11/25/2026')).toBeNull();
  });
});
