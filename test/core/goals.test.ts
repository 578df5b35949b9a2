import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  caseFacts,
  climateStatus,
  contractFacts,
  daysBetween,
  daysPerStage,
  formatGoalValue,
  goalStatus,
  measureValue,
  phases,
  splitDaysByYear,
  stageDaysByYear,
  stageSegments,
  yearElapsed,
  yearsInForce,
  type Phase,
} from '../../core/index.js';

const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2021-01-01', n));

describe('the climate rule (FOA § 7-9 as amended by FOR-2023-08-01-1305, in force 1.1.2024)', () => {
  const base = {
    climateWeightPct: null as number | null,
    climateRequirements: false,
    climateExempt: false,
    climateJustification: '',
    notifiedDate: '2024-05-01' as string | null,
  };
  it('is met by 30 % weight, or by requirements in the specification only when justified (§ 7-9 (4))', () => {
    expect(climateStatus({ ...base, climateWeightPct: 30 })).toBe('met');
    expect(climateStatus({ ...base, climateWeightPct: 29 })).toBe('notMet');
    expect(climateStatus({ ...base, climateRequirements: true })).toBe('notMet');
    expect(
      climateStatus({
        ...base,
        climateRequirements: true,
        climateJustification: 'Krav til utslippsfrie kjøretøy gir klart bedre effekt enn vekting.',
      }),
    ).toBe('met');
  });

  it('exempts a procurement whose footprint is insignificant, with a justification (§ 7-9 (5)): exempt, not a failure', () => {
    expect(
      climateStatus({
        ...base,
        climateExempt: true,
        climateJustification: 'Juridisk rådgivning: uvesentlig klimaavtrykk.',
      }),
    ).toBe('exempt');
    expect(climateStatus({ ...base, climateExempt: true })).toBe('notMet');
  });

  it('applies to procurements notified from 1 January 2024 only; earlier ones are outside the measure', () => {
    expect(climateStatus({ ...base, climateWeightPct: 40, notifiedDate: '2023-12-31' })).toBe('outside');
    expect(climateStatus({ ...base, notifiedDate: '2024-01-01' })).toBe('notMet');
    expect(climateStatus({ ...base, notifiedDate: null })).toBe('pending');
  });

  it("does not depend on the office's climate theme: the duty is the law's, for every procurement", () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        fc.boolean(),
        fc.boolean(),
        fc.string({ maxLength: 3 }),
        day,
        (w, r, e, j, d) => {
          const st = climateStatus({
            climateWeightPct: w,
            climateRequirements: r,
            climateExempt: e,
            climateJustification: j,
            notifiedDate: d,
          });
          const justified = j.trim().length > 0;
          const expected =
            d < '2024-01-01'
              ? 'outside'
              : (w ?? 0) >= 30 || (r && justified)
                ? 'met'
                : e && justified
                  ? 'exempt'
                  : 'notMet';
          expect(st).toBe(expected);
        },
      ),
    );
  });

  it('a case adds to the climate share of its award year only when it is within the rule and not exempt', () => {
    const awarded = {
      ...base,
      themes: [] as never[],
      awardDate: '2025-03-01',
      saving: { baselineValue: 5_000_000, awardedValue: 4_000_000, periodMonths: 24 },
    };
    expect(caseFacts({ ...awarded, climateWeightPct: 30 })).toEqual([
      { measure: 'climate_share', year: 2025, num: 1, den: 1 },
      { measure: 'savings', year: 2025, num: 1_000_000, den: 1 },
    ]);
    expect(caseFacts({ ...awarded, climateWeightPct: 10 }).filter((f) => f.measure === 'climate_share')).toEqual([
      { measure: 'climate_share', year: 2025, num: 0, den: 1 },
    ]);
    expect(
      caseFacts({ ...awarded, climateExempt: true, climateJustification: 'Uvesentlig.' }).filter(
        (f) => f.measure === 'climate_share',
      ),
    ).toEqual([]);
    expect(
      caseFacts({ ...awarded, climateWeightPct: 30, notifiedDate: '2023-06-01' }).filter(
        (f) => f.measure === 'climate_share',
      ),
    ).toEqual([]);
    expect(caseFacts({ ...base, themes: [], awardDate: null, saving: null })).toEqual([]);
  });
});

describe('days split over years', () => {
  it('add up to the whole span, each year holding only its own days', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const parts = splitDaysByYear(from, to);
        expect(parts.reduce((s, p) => s + p.days, 0)).toBe(daysBetween(from, to));
        for (const p of parts) expect(p.days).toBeLessThanOrEqual(366);
        expect(parts.map((p) => p.year)).toEqual([...parts.map((p) => p.year)].sort());
      }),
    );
    expect(splitDaysByYear('2025-12-30', '2026-01-02')).toEqual([
      { year: 2025, days: 2 },
      { year: 2026, days: 1 },
    ]);
  });

  it('per stage and year, the stored and running stretches add up to what the timelines count', () => {
    const phaseArb = fc.constantFrom(...(phases.filter((p) => p !== 'avsluttet' && p !== 'avlyst') as Phase[]));
    const timeline = fc
      .tuple(day, fc.array(fc.tuple(phaseArb, fc.integer({ min: 0, max: 400 })), { minLength: 1, maxLength: 6 }))
      .map(([start, steps]) => {
        let d = start;
        return steps.map(([phase, gap], i) => {
          if (i > 0) d = addDays(d, gap);
          return { phase, date: d };
        });
      });
    fc.assert(
      fc.property(fc.array(timeline, { minLength: 1, maxLength: 8 }), (timelines) => {
        const today = timelines.flat().reduce((m, e) => (e.date > m ? e.date : m), '2021-01-01');
        const closed: { year: number; phase: Phase; days: number }[] = [];
        const open: { phase: Phase; since: string; n: number }[] = [];
        for (const events of timelines) {
          events.forEach((e, i) => {
            const next = events[i + 1];
            if (next)
              for (const s of splitDaysByYear(e.date, next.date))
                closed.push({ year: s.year, phase: e.phase, days: s.days });
            else open.push({ phase: e.phase, since: e.date, n: 1 });
          });
        }
        const byYear = stageDaysByYear(closed, open, today);
        const sum = { planning: 0, competition: 0, followup: 0 };
        for (const d of byYear.values())
          for (const k of ['planning', 'competition', 'followup'] as const) sum[k] += d[k];
        const expected = { planning: 0, competition: 0, followup: 0 };
        for (const events of timelines) {
          const d = daysPerStage(events, today);
          for (const k of ['planning', 'competition', 'followup'] as const) expected[k] += d[k];
        }
        expect(sum).toEqual(expected);
      }),
    );
  });
});

describe('contracts and the pay-and-conditions goal', () => {
  const base = {
    startDate: '2024-07-01',
    endDate: '2026-06-30',
    terminatedDate: null,
    options: [],
    covered: true,
    intervalMonths: 12,
    followups: [],
  };
  it('counts a covered contract in each year it is in force, done when assessed by then and controlled that year', () => {
    const facts = contractFacts({
      ...base,
      followups: [
        { kind: 'risk_assessment', date: '2024-09-01' },
        { kind: 'control', date: '2025-04-01' },
      ],
    });
    expect(facts.map((f) => [f.year, f.num])).toEqual([
      [2024, 0],
      [2025, 1],
      [2026, 0],
    ]);
    expect(contractFacts({ ...base, covered: false })).toEqual([]);
  });

  it('an exercised option extends the years; a termination cuts them', () => {
    expect(
      yearsInForce({ ...base, options: [{ lengthMonths: 12, decideBy: '2026-03-01', status: 'exercised' }] }),
    ).toEqual([2024, 2025, 2026, 2027]);
    expect(yearsInForce({ ...base, terminatedDate: '2025-02-01' })).toEqual([2024, 2025]);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 48 }), (start, len, opt) => {
        const c = {
          ...base,
          startDate: start,
          endDate: addDays(start, len),
          options: [{ lengthMonths: opt, decideBy: start, status: 'exercised' as const }],
        };
        const y = yearsInForce(c);
        expect(y[0]).toBe(Number(start.slice(0, 4)));
        expect(y.every((v, i) => i === 0 || v === y[i - 1]! + 1)).toBe(true);
        expect(contractFacts({ ...c, followups: [] }).every((f) => f.num === 0 && f.den === 1)).toBe(true);
      }),
    );
  });
});

describe("a goal's figure and status", () => {
  it('a share is num/den, and has no figure when nothing counts', () => {
    const inputs = {
      facts: [{ measure: 'climate_share' as const, year: 2025, num: 3, den: 4 }],
      dialogues: [{ year: 2025, n: 7 }],
      stageDays: new Map([[2025, { planning: 10, competition: 20, followup: 70 }]]),
    };
    expect(measureValue('climate_share', 'share', 2025, inputs)).toEqual({ value: 0.75, num: 3, den: 4 });
    expect(measureValue('climate_share', 'share', 2024, inputs).value).toBeNull();
    expect(measureValue('dialogue_activities', 'count', 2025, inputs).value).toBe(7);
    expect(measureValue('effort_share', 'share', 2025, inputs).value).toBe(0.8);
    expect(measureValue('savings', 'nok', 2025, inputs).value).toBe(0);
  });

  it('a figure that reads as its target has met it: 90 % against 90 % is "met", not behind', () => {
    // 0.8996 is printed "90 %": the reader sees the target reached.
    expect(formatGoalValue('share', 0.8996)).toBe(formatGoalValue('share', 0.9));
    expect(goalStatus({ unit: 'share', target: 0.9, value: 0.8996, year: 2025, today: '2026-07-01' })).toBe('met');
    expect(goalStatus({ unit: 'share', target: 0.9, value: 27 / 30, year: 2025, today: '2026-07-01' })).toBe('met');
    // 89 % is behind 90 %.
    expect(goalStatus({ unit: 'share', target: 0.9, value: 0.894, year: 2025, today: '2026-07-01' })).toBe('behind');
  });

  it('a count is on track during the year when it keeps pace with the target', () => {
    expect(goalStatus({ unit: 'count', target: 100, value: 50, year: 2026, today: '2026-07-01' })).toBe('on_track');
    expect(goalStatus({ unit: 'count', target: 100, value: 40, year: 2026, today: '2026-07-01' })).toBe('behind');
    expect(goalStatus({ unit: 'count', target: 100, value: 99, year: 2025, today: '2026-07-01' })).toBe('behind');
    expect(goalStatus({ unit: 'share', target: 0.5, value: 0.49, year: 2026, today: '2026-01-02' })).toBe('behind');
    expect(goalStatus({ unit: 'share', target: 0.5, value: null, year: 2026, today: '2026-01-02' })).toBe('no_data');
    fc.assert(
      fc.property(
        fc.constantFrom('share', 'count', 'nok' as const),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        day,
        (unit, target, value, today) => {
          const st = goalStatus({ unit, target, value, year: 2024, today });
          // Reaching the target is always "met"; so is a figure that reads as the target; falling short of what the reader sees never is.
          expect(st === 'met').toBe(value >= target || formatGoalValue(unit, value) === formatGoalValue(unit, target));
          // A finished year is met or behind, never "on track".
          if (today > '2024-12-31') expect(st).not.toBe('on_track');
        },
      ),
    );
    expect(yearElapsed(2026, '2026-12-31')).toBe(1);
  });
});

describe('stage segments for the portfolio timeline', () => {
  it('joins phases of the same stage and runs the last to today', () => {
    expect(
      stageSegments(
        [
          { phase: 'behovsavklaring', date: '2026-01-01' },
          { phase: 'markedsdialog', date: '2026-02-01' },
          { phase: 'kunngjoring', date: '2026-04-01' },
        ],
        '2026-05-01',
      ),
    ).toEqual([
      { stage: 'planning', from: '2026-01-01', to: '2026-04-01' },
      { stage: 'competition', from: '2026-04-01', to: '2026-05-01' },
    ]);
  });
});
