import { CLIMATE_RULE, type GoalMeasure, type GoalUnit } from '../reference/goals.js';
import { phaseDef, phaseDefs, type Phase, type Stage } from '../reference/phases.js';
import type { Theme } from '../reference/themes.js';
import { addMonths, currentEnd, type ContractDates } from './contracts.js';
import { daysBetween } from './dates.js';
import { formatGoalValue } from '../format.js';
import { saving, type SavingInput } from './savings.js';

// The arithmetic behind the strategy's goals. A goal's figure for a year is
// num/den summed over "facts": each case and contract states what it adds
// to each measure in each year. Facts are computed here, stored by db/, and
// summed in SQL, so the dashboard stays fast at any size and every figure
// can be traced back to the records that make it up.

export interface GoalFact {
  measure: GoalMeasure;
  year: number;
  /** The numerator (for NOK: kroner, unrounded). */
  num: number;
  /** The denominator: how many records the fact counts (1 for a case or contract). */
  den: number;
}

export interface ClimateFields {
  climateWeightPct: number | null;
  /** Climate and environment covered by requirements in the specification instead of weight. */
  climateRequirements: boolean;
  /** No duty: the footprint is insignificant (§ 7-9 (5)). */
  climateExempt: boolean;
  /** Why requirements replace the weight, or why the footprint is insignificant: required for either. */
  climateJustification: string;
}

/** Requirements instead of weight (§ 7-9 (4)) and an exemption (§ 7-9 (5)) each rest on a justification: missing, the case is warned. */
export function climateJustificationMissing(c: ClimateFields): boolean {
  const relied = c.climateExempt || (c.climateRequirements && (c.climateWeightPct ?? 0) < CLIMATE_RULE.minWeightPct);
  return relied && !c.climateJustification.trim();
}

/** pending: not notified yet (the rule will apply); outside: notified before the rule; exempt: insignificant footprint, justified; met / notMet. */
export type ClimateStatus = 'pending' | 'outside' | 'exempt' | 'met' | 'notMet';

/** Where a procurement stands against FOA § 7-9 (core/reference/goals.ts, CLIMATE_RULE). */
export function climateStatus(c: ClimateFields & { notifiedDate: string | null }): ClimateStatus {
  if (c.notifiedDate === null) return 'pending';
  if (c.notifiedDate < CLIMATE_RULE.from) return 'outside';
  const justified = c.climateJustification.trim().length > 0;
  if ((c.climateWeightPct ?? 0) >= CLIMATE_RULE.minWeightPct || (c.climateRequirements && justified)) return 'met';
  return c.climateExempt && justified ? 'exempt' : 'notMet';
}

export interface CaseForFacts extends ClimateFields {
  themes: readonly Theme[];
  /** When the procurement was notified (or started without a notice): whether § 7-9 applies. */
  notifiedDate: string | null;
  /** The date the case was first awarded, or null. */
  awardDate: string | null;
  saving: SavingInput | null;
}

/** Phases from the start of the competition on (not a cancellation): a procurement without a notice starts there. */
export const COMPETITION_PHASES: readonly Phase[] = phaseDefs
  .filter((p) => p.code !== 'avlyst' && (p.stage === 'competition' || p.stage === 'followup'))
  .map((p) => p.code);

/** When a procurement was notified (FOA § 32-2 (1): "iverksatt"): its notice; without one, the first step of its competition. */
export function notifiedDate(events: readonly { phase: Phase; date: string }[]): string | null {
  const notice = events
    .filter((e) => e.phase === 'kunngjoring')
    .map((e) => e.date)
    .sort()[0];
  return (
    notice ??
    events
      .filter((e) => COMPETITION_PHASES.includes(e.phase))
      .map((e) => e.date)
      .sort()[0] ??
    null
  );
}

/** What a case adds, in the year it was awarded: to the climate share (when § 7-9 applies and it is not exempt) and to the savings. */
export function caseFacts(c: CaseForFacts): GoalFact[] {
  if (!c.awardDate) return [];
  const year = Number(c.awardDate.slice(0, 4));
  const facts: GoalFact[] = [];
  const climate = climateStatus(c);
  if (climate === 'met' || climate === 'notMet')
    facts.push({ measure: 'climate_share', year, num: climate === 'met' ? 1 : 0, den: 1 });
  if (c.saving) facts.push({ measure: 'savings', year, num: saving(c.saving).total, den: 1 });
  return facts;
}

/** The calendar years a contract is in force: from its start to its current end, or to its termination. */
export function yearsInForce(c: ContractDates): number[] {
  let end = currentEnd(c);
  if (c.terminatedDate && c.terminatedDate < end) end = c.terminatedDate;
  const from = Number(c.startDate.slice(0, 4));
  const to = Number(end.slice(0, 4));
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

export interface ContractForFacts extends ContractDates {
  /** Whether the pay-and-conditions duty applies (payConditionsScope: services or works, above the threshold, in a sector with an agreement). */
  covered: boolean;
  /** The office's interval between controls in months (local policy; 0: none fixed, a control since the start counts). */
  intervalMonths: number;
  followups: readonly { kind: string; date: string }[];
}

/**
 * What a covered contract adds to the pay-and-conditions share in each year
 * it is in force: counted once, and done when a risk assessment exists by
 * the end of the year and a control was made within the office's interval
 * up to it (12 months: during the year).
 */
export function contractFacts(c: ContractForFacts): GoalFact[] {
  if (!c.covered) return [];
  const risk = c.followups.filter((f) => f.kind === 'risk_assessment').map((f) => f.date);
  const controls = c.followups.filter((f) => f.kind === 'control').map((f) => f.date);
  return yearsInForce(c).map((year) => {
    const end = `${year}-12-31`;
    const since = c.intervalMonths > 0 ? addMonths(end, -c.intervalMonths) : '0000-00-00';
    return {
      measure: 'pay_conditions_share' as const,
      year,
      num: risk.some((d) => d <= end) && controls.some((d) => d > since && d <= end) ? 1 : 0,
      den: 1,
    };
  });
}

/** Days of the half-open span [from, to) that fall in each calendar year. */
export function splitDaysByYear(from: string, to: string): { year: number; days: number }[] {
  const out: { year: number; days: number }[] = [];
  if (to <= from) return out;
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const a = from > `${y}-01-01` ? from : `${y}-01-01`;
    const b = to < `${y + 1}-01-01` ? to : `${y + 1}-01-01`;
    const days = daysBetween(a, b);
    if (days > 0) out.push({ year: y, days });
  }
  return out;
}

/** How far into `year` today is: 0 before it starts, 1 after it ends. */
export function yearElapsed(year: number, today: string): number {
  if (today < `${year}-01-01`) return 0;
  if (today > `${year}-12-31`) return 1;
  return (daysBetween(`${year}-01-01`, today) + 1) / daysBetween(`${year}-01-01`, `${year + 1}-01-01`);
}

export type GoalStatus = 'met' | 'on_track' | 'behind' | 'no_data';

/**
 * Where a goal stands in a year. A share is judged as it is; a count or a
 * sum of money is still "on track" during the year when it has reached the
 * target's share of the year gone by.
 */
export function goalStatus(g: {
  unit: GoalUnit;
  target: number;
  value: number | null;
  year: number;
  today: string;
}): GoalStatus {
  if (g.value === null) return 'no_data';
  // A figure that reads as the target (90 % against 90 %, whatever lies past the shown digits) has met it.
  if (g.value >= g.target || formatGoalValue(g.unit, g.value) === formatGoalValue(g.unit, g.target)) return 'met';
  if (g.unit !== 'share') {
    const elapsed = yearElapsed(g.year, g.today);
    if (elapsed < 1 && g.value >= g.target * elapsed) return 'on_track';
  }
  return 'behind';
}

export type StageDays = Record<Stage, number>;

/**
 * Days per stage in each year: the finished stretches as stored, plus the
 * stretches still running (open cases, grouped by phase and start) up to
 * today, counted as the timeline counts them.
 */
export function stageDaysByYear(
  closed: readonly { year: number; phase: Phase; days: number }[],
  open: readonly { phase: Phase; since: string; n: number }[],
  today: string,
): Map<number, StageDays> {
  const out = new Map<number, StageDays>();
  const add = (year: number, phase: Phase, days: number) => {
    const stage = phaseDef(phase).stage;
    if (!stage) return;
    let y = out.get(year);
    if (!y) out.set(year, (y = { planning: 0, competition: 0, followup: 0 }));
    y[stage] += days;
  };
  for (const c of closed) add(c.year, c.phase, c.days);
  for (const o of open) for (const s of splitDaysByYear(o.since, today)) add(s.year, o.phase, s.days * o.n);
  return out;
}

export interface MeasureInputs {
  /** Fact sums per measure and year (climate, pay conditions, savings). */
  facts: readonly { measure: GoalMeasure; year: number; num: number; den: number }[];
  dialogues: readonly { year: number; n: number }[];
  stageDays: ReadonlyMap<number, StageDays>;
}

/** A measure's figure for a year: num/den for a share (null when nothing counts), the sum otherwise. */
export function measureValue(
  measure: GoalMeasure,
  unit: GoalUnit,
  year: number,
  m: MeasureInputs,
): { value: number | null; num: number; den: number } {
  let num = 0;
  let den = 0;
  if (measure === 'dialogue_activities') {
    num = m.dialogues.find((d) => d.year === year)?.n ?? 0;
    den = num;
  } else if (measure === 'effort_share') {
    const d = m.stageDays.get(year);
    if (d) {
      num = d.planning + d.followup;
      den = d.planning + d.competition + d.followup;
    }
  } else {
    const f = m.facts.find((x) => x.measure === measure && x.year === year);
    if (f) ({ num, den } = f);
  }
  if (unit === 'share') return { value: den === 0 ? null : num / den, num, den };
  return { value: num, num, den };
}
