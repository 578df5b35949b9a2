import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  callOffMethodDefs,
  exceedsFrameworkDuration,
  frameworkNeedsDurationGround,
  frameworkSpend,
  readCallOffMethod,
  spendLevel,
  type Regime,
} from '../../core/index.js';

const day = fc
  .integer({ min: Date.UTC(2018, 0, 1), max: Date.UTC(2034, 11, 31) })
  .map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));
const callOff = fc.record({
  date: day,
  department: fc.constantFrom('Helse og omsorg', 'Oppvekst', 'Teknisk', 'Kultur'),
  value: fc.integer({ min: 0, max: 5_000_000 }),
  quantity: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
});
const sum = (xs: readonly { total: number }[]) => xs.reduce((a, x) => a + x.total, 0);

describe('framework spend against its maximum', () => {
  it('is reached at or over the maximum, a warning from 80 %, and never lower for more spend', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.nat(10 ** 8),
        (spent, max, more) => {
          const level = spendLevel(spent, max);
          expect(level === 'reached').toBe(spent >= max);
          expect(level === 'warning').toBe(spent < max && spent >= 0.8 * max);
          const rank = { none: 0, warning: 1, reached: 2 };
          expect(rank[spendLevel(spent + more, max)]).toBeGreaterThanOrEqual(rank[level]);
        },
      ),
    );
    expect(spendLevel(10 ** 12, null)).toBe('none');
  });

  it('adds up by year, by department and by both to the same total', () => {
    fc.assert(
      fc.property(
        fc.array(callOff, { maxLength: 60 }),
        fc.option(fc.integer({ min: 1, max: 10 ** 8 }), { nil: null }),
        (items, maxValue) => {
          const s = frameworkSpend({ maxValue, maxQuantity: null }, items);
          const total = items.reduce((a, c) => a + c.value, 0);
          expect(s.total).toBe(total);
          expect(sum(s.byYear)).toBe(total);
          expect(sum(s.byDepartment)).toBe(total);
          expect(sum(s.byYearAndDepartment)).toBe(total);
          expect(s.level).toBe(spendLevel(total, maxValue));
          expect(s.byYear.map((y) => y.year)).toEqual([...new Set(items.map((c) => c.date.slice(0, 4)))].sort());
        },
      ),
    );
  });

  it('with both a value and a quantity maximum, is as near as the nearer of the two', () => {
    const items = [{ date: '2026-03-01', department: 'Teknisk', value: 100, quantity: 90 }];
    expect(frameworkSpend({ maxValue: 1_000, maxQuantity: 100 }, items).level).toBe('warning');
    expect(frameworkSpend({ maxValue: 100, maxQuantity: 1_000 }, items).level).toBe('reached');
    expect(frameworkSpend({ maxValue: 1_000, maxQuantity: 1_000 }, items).level).toBe('none');
  });
});

describe('a framework’s duration (FOA § 26-1, § 11-1)', () => {
  it('is beyond four years exactly when its latest end reaches four years after its start', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 120 }), fc.integer({ min: -40, max: 40 }), (start, months, days) => {
        const end = addMonths(start, months);
        const latest = new Date(Date.parse(end) + days * 86_400_000).toISOString().slice(0, 10);
        if (latest < start) return;
        expect(exceedsFrameworkDuration(start, latest)).toBe(latest >= addMonths(start, 48));
      }),
    );
    expect(exceedsFrameworkDuration('2026-01-01', '2029-12-31')).toBe(false);
    expect(exceedsFrameworkDuration('2026-01-01', '2030-01-01')).toBe(true);
  });

  it('needs a recorded ground in Del II and III only, and only until one is written', () => {
    const long = { startDate: '2026-01-01', latestEnd: '2031-12-31' };
    const parts: (Regime | null)[] = ['partI', 'under100k', 'partII', 'partIIEea', 'partIII', null];
    expect(parts.map((regime) => frameworkNeedsDurationGround({ ...long, regime, durationGround: '' }))).toEqual([
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(frameworkNeedsDurationGround({ ...long, regime: 'partIII', durationGround: '  ' })).toBe(true);
    expect(
      frameworkNeedsDurationGround({
        ...long,
        regime: 'partIII',
        durationGround: 'Store investeringer i ladeinfrastruktur',
      }),
    ).toBe(false);
    expect(
      frameworkNeedsDurationGround({
        startDate: '2026-01-01',
        latestEnd: '2029-12-31',
        regime: 'partIII',
        durationGround: '',
      }),
    ).toBe(false);
  });
});

describe('a call-off’s way in a spreadsheet cell', () => {
  it('reads each way’s name in any language, however it is cased and spaced', () => {
    const written = fc
      .record({
        def: fc.constantFrom(...callOffMethodDefs),
        lang: fc.constantFrom('nb' as const, 'nn' as const, 'en' as const),
        upper: fc.boolean(),
        pad: fc.constantFrom('', ' ', '  '),
      })
      .map(({ def, lang, upper, pad }) => ({
        code: def.code,
        cell: `${pad}${upper ? def[lang].toUpperCase() : def[lang]}${pad}`,
      }));
    fc.assert(fc.property(written, ({ code, cell }) => readCallOffMethod(cell) === code));
  });

  it('reads the words offices use, and says nothing of anything else', () => {
    expect(readCallOffMethod('Mini-konkurranse')).toBe('mini_competition');
    expect(readCallOffMethod('direkte')).toBe('direct');
    expect(readCallOffMethod('Etter rangering')).toBe('direct');
    for (const other of ['', 'anbud', 'ja', 'konkurranse med forhandling', '2'])
      expect(readCallOffMethod(other)).toBeNull();
  });
});
