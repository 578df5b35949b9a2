import {
  callOffMethodDefs,
  callOffMethodWords,
  FRAMEWORK_DURATION_PARTS,
  FRAMEWORK_MAX_MONTHS,
  FRAMEWORK_WARN_SHARE,
  type CallOffMethod,
} from '../reference/frameworks.js';
import { normalise } from './importValues.js';
import type { Regime } from '../reference/regimes.js';
import { addMonths } from './contracts.js';

/** How near a framework is to its maximum: below 80 %, from 80 % (warning), or reached (it can no longer be used). */
export type SpendLevel = 'none' | 'warning' | 'reached';

export interface SpendItem {
  date: string;
  department: string;
  value: number;
  quantity?: number | null;
}

export interface Maximum {
  maxValue: number | null;
  maxQuantity: number | null;
}

/** The level of `spent` against `max`: reached at or over it, a warning from 80 % (FRAMEWORK_WARN_SHARE). No maximum: none. */
export function spendLevel(spent: number, max: number | null): SpendLevel {
  if (max === null) return 'none';
  if (spent >= max) return 'reached';
  return spent >= max * FRAMEWORK_WARN_SHARE ? 'warning' : 'none';
}

const RANK: Record<SpendLevel, number> = { none: 0, warning: 1, reached: 2 };

/** The stronger of two levels: a framework with both a value and a quantity maximum is as near as the nearer of the two. */
export function worseLevel(a: SpendLevel, b: SpendLevel): SpendLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Spend against the maximum: the totals, the share of each maximum, the level, and the totals by year, by department and by both. */
export function frameworkSpend(max: Maximum, items: readonly SpendItem[]) {
  let total = 0;
  let quantity = 0;
  const byYear = new Map<string, number>();
  const byDepartment = new Map<string, number>();
  const byBoth = new Map<string, { year: string; department: string; total: number }>();
  for (const c of items) {
    const year = c.date.slice(0, 4);
    total += c.value;
    quantity += c.quantity ?? 0;
    byYear.set(year, (byYear.get(year) ?? 0) + c.value);
    byDepartment.set(c.department, (byDepartment.get(c.department) ?? 0) + c.value);
    const key = `${year}\u0000${c.department}`;
    const cell = byBoth.get(key) ?? { year, department: c.department, total: 0 };
    cell.total += c.value;
    byBoth.set(key, cell);
  }
  return {
    total,
    quantity,
    ...spendAgainst(max, total, quantity),
    byYear: [...byYear].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, t]) => ({ year, total: t })),
    byDepartment: [...byDepartment]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .map(([department, t]) => ({ department, total: t })),
    byYearAndDepartment: [...byBoth.values()].sort((a, b) =>
      a.year !== b.year ? (a.year < b.year ? -1 : 1) : a.department < b.department ? -1 : 1,
    ),
  };
}

/** How much of the maximum is used: the larger of the value's and the quantity's share (0 with no maximum). */
export function usedShare(s: { valueShare: number | null; quantityShare: number | null }): number {
  return Math.max(s.valueShare ?? 0, s.quantityShare ?? 0);
}

/** The shares of the maximum (null where there is none) and the level, from the totals alone (the SQL sums them for Frister). */
export function spendAgainst(max: Maximum, total: number, quantity: number) {
  const valueShare = max.maxValue === null || max.maxValue === 0 ? null : total / max.maxValue;
  const quantityShare = max.maxQuantity === null || max.maxQuantity === 0 ? null : quantity / max.maxQuantity;
  const level = worseLevel(spendLevel(total, max.maxValue), spendLevel(quantity, max.maxQuantity));
  return { valueShare, quantityShare, level };
}

/** Whether a framework runs beyond four years: from its start to its latest possible end, options included. */
export function exceedsFrameworkDuration(startDate: string, latestEnd: string): boolean {
  return latestEnd >= addMonths(startDate, FRAMEWORK_MAX_MONTHS);
}

/**
 * Whether the office must record a special ground for the duration (FOA
 * § 26-1 in Del III, § 11-1 in Del II; core/reference/frameworks.ts): the
 * framework runs beyond four years, under a part with the rule, and no
 * ground is recorded.
 */
export function frameworkNeedsDurationGround(f: {
  /** Null: the part is not known yet (no estimated value); held to the rule, to be safe. */
  regime: Regime | null;
  startDate: string;
  latestEnd: string;
  durationGround: string;
}): boolean {
  return (
    (f.regime === null || FRAMEWORK_DURATION_PARTS.includes(f.regime)) &&
    exceedsFrameworkDuration(f.startDate, f.latestEnd) &&
    f.durationGround.trim() === ''
  );
}

/**
 * A spreadsheet cell's way of calling off: its name in any language
 * ("Minikonkurranse", "Direkte etter vilkåra", "Mini-competition") or a word
 * offices use for it ("direkte", "mini"); null when it says neither. An
 * empty cell is the caller's to read (the import takes it as direct).
 */
export function readCallOffMethod(cell: string): CallOffMethod | null {
  const n = normalise(cell);
  for (const d of callOffMethodDefs)
    if ([d.nb, d.nn, d.en, ...callOffMethodWords[d.code]].some((w) => normalise(w) === n)) return d.code;
  return null;
}
