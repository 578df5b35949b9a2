import { stageSegments, type Output, type ParsedInput } from '../../core/index.js';
import type { PlannedRow } from '../../db/index.js';
import type { HandlerContext } from '../context.js';
import { office, reads } from '../registry.js';

const quarterOf = (iso: string) => ({
  year: Number(iso.slice(0, 4)),
  quarter: Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1,
});
const quarterStart = (q: { year: number; quarter: number }) =>
  `${q.year}-${String((q.quarter - 1) * 3 + 1).padStart(2, '0')}-01`;

export const planMethods = {
  /** The procurement plan: cases being planned, by the quarter of their planned notice. */
  'plan.get': reads(office)((q: ParsedInput<'plan.get'>, ctx: HandlerContext): Output<'plan.get'> => {
    return planQuarters(ctx.repos.plan.planned(q.department ?? null), q.from ?? ctx.today);
  }),

  /** Open cases as stretches per stage, with their planned dates: the portfolio timeline. */
  'plan.portfolio': reads(office)((q: ParsedInput<'plan.portfolio'>, ctx: HandlerContext): Output<'plan.portfolio'> => {
    const rows = ctx.repos.plan.portfolio(q.department ?? null, q.includeFollowup);
    let from = ctx.today;
    let to = ctx.today;
    const out = rows.map(({ events, registeredDate, estimatedValue: _v, ...r }) => {
      if (registeredDate < from) from = registeredDate;
      for (const d of [r.plannedNoticeDate, r.plannedAwardDate, r.plannedContractStart]) if (d && d > to) to = d;
      return { ...r, segments: stageSegments(events, ctx.today) };
    });
    return { rows: out, from, to };
  }),
};

/** Cases being planned grouped by the quarter of their planned notice, from the quarter of `from` on; late and unscheduled apart. */
export function planQuarters(rows: readonly PlannedRow[], from: string): Output<'plan.get'> {
  const start = quarterStart(quarterOf(from));
  const quarters: Output<'plan.get'>['quarters'] = [];
  const late: Output<'plan.get'>['late'] = [];
  const unscheduled: Output<'plan.get'>['unscheduled'] = [];
  for (const r of rows) {
    if (r.plannedNoticeDate === null) {
      unscheduled.push(r);
      continue;
    }
    const row = { ...r, plannedNoticeDate: r.plannedNoticeDate };
    if (r.plannedNoticeDate < start) {
      late.push(row);
      continue;
    }
    const { year, quarter } = quarterOf(r.plannedNoticeDate);
    let bucket = quarters.at(-1);
    if (!bucket || bucket.year !== year || bucket.quarter !== quarter)
      quarters.push((bucket = { year, quarter, cases: [], value: 0 }));
    bucket.cases.push(row);
    bucket.value += r.estimatedValue;
  }
  return { quarters, late, unscheduled };
}
