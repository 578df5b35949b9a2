import type { Kind } from '../reference/kinds.js';
import type { OptionStatus } from '../reference/contracts.js';
import { APPRENTICES, PAY_CONDITIONS, paySectorDefs, type PaySector } from '../reference/payConditions.js';
import { addDays } from './dates.js';

/**
 * Adds calendar months as contracts count them: 31 January + 1 month is
 * 28 (or 29) February, not 3 March.
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export interface OptionLike {
  lengthMonths: number;
  decideBy: string;
  status: OptionStatus;
}

export interface ContractDates {
  startDate: string;
  endDate: string;
  terminatedDate: string | null;
  options: readonly OptionLike[];
}

/** The end with the options exercised so far. Options run in order, each from the end of the last. */
export function currentEnd(c: ContractDates): string {
  return c.options
    .filter((o) => o.status === 'exercised')
    .reduce((end, o) => addMonths(end, o.lengthMonths), c.endDate);
}

/** The latest possible end if every option not declined is used (OCDS maxExtentDate). */
export function latestEnd(c: ContractDates): string {
  return c.options.filter((o) => o.status !== 'declined').reduce((end, o) => addMonths(end, o.lengthMonths), c.endDate);
}

/**
 * The last day of the period option number `seq` (1-based) would extend:
 * the contract's end with every option before it used. Options run in
 * order, each from the end of the last.
 */
export function periodEndBefore(
  endDate: string,
  options: readonly Pick<OptionLike, 'lengthMonths'>[],
  seq: number,
): string {
  return options.slice(0, seq - 1).reduce((end, o) => addMonths(end, o.lengthMonths), endDate);
}

/** The first day of option `seq`'s own period: the day after the period before it ends. */
export function optionPeriodStart(
  endDate: string,
  options: readonly Pick<OptionLike, 'lengthMonths'>[],
  seq: number,
): string {
  return addDays(periodEndBefore(endDate, options, seq), 1);
}

/**
 * Whether the decision on option `seq` may still be undone on `today`:
 * only before its period starts (from that day the contract runs, or
 * ends, by it).
 */
export function canUndoOptionDecision(
  endDate: string,
  options: readonly Pick<OptionLike, 'lengthMonths'>[],
  seq: number,
  today: string,
): boolean {
  return today < optionPeriodStart(endDate, options, seq);
}

/**
 * How many months before the period it would extend ends an option should
 * be decided, unless the office sets its own (Innstillinger): three months
 * is the office's usual lead time to decide, tell the supplier and, if the
 * option is not used, start a new competition. Office practice, not law.
 */
export const DEFAULT_OPTION_LEAD_MONTHS = 3;
export const OPTION_LEAD_MONTHS = [1, 2, 3, 4, 5, 6, 9, 12] as const;

/** The decide-by date to suggest for option `seq`: `leadMonths` before the period it would extend ends. */
export function suggestedDecideBy(
  endDate: string,
  options: readonly Pick<OptionLike, 'lengthMonths'>[],
  seq: number,
  leadMonths: number,
): string {
  return addMonths(periodEndBefore(endDate, options, seq), -leadMonths);
}

export type ContractStatus = 'not_started' | 'active' | 'expired' | 'terminated';

export function contractStatus(c: ContractDates, today: string): ContractStatus {
  if (c.terminatedDate && c.terminatedDate <= today) return 'terminated';
  if (today < c.startDate) return 'not_started';
  return today > currentEnd(c) ? 'expired' : 'active';
}

export type Scope<Why extends string> =
  { applies: true } | { applies: false; why: Why } | { applies: null; why: 'sectorUnknown' };

/**
 * Whether the pay-and-working-conditions duty applies (FOR-2008-02-08-112):
 * service and works contracts above the threshold (§ 4), in a sector with
 * an allmenngjort or nationwide collective agreement (§ 5a). Unknown until
 * the sector is recorded, where the rest would bring it in.
 */
export function payConditionsScope(c: {
  kind: Kind;
  value: number;
  sector: PaySector | null;
}): Scope<'goods' | 'value' | 'noAgreement'> {
  if (!PAY_CONDITIONS.kinds.includes(c.kind)) return { applies: false, why: 'goods' };
  if (c.value <= PAY_CONDITIONS.threshold) return { applies: false, why: 'value' };
  if (c.sector === null) return { applies: null, why: 'sectorUnknown' };
  return paySectorDefs.find((d) => d.code === c.sector)!.agreement === 'ingen'
    ? { applies: false, why: 'noAgreement' }
    : { applies: true };
}

/** Whether the apprentice requirement must be assessed (lærlingforskriften §§ 4–5): services or works, value at least the threshold, over three months. */
export function apprenticeScope(c: {
  kind: Kind;
  value: number;
  startDate: string;
  endDate: string;
}): { applies: true } | { applies: false; why: 'goods' | 'value' | 'duration' } {
  if (!APPRENTICES.kinds.includes(c.kind)) return { applies: false, why: 'goods' };
  if (c.value < APPRENTICES.threshold) return { applies: false, why: 'value' };
  if (c.endDate <= addMonths(c.startDate, APPRENTICES.minMonths)) return { applies: false, why: 'duration' };
  return { applies: true };
}

export type DeadlineKind = 'option' | 'expiry' | 'control';
export interface Deadline {
  kind: DeadlineKind;
  date: string;
  overdue: boolean;
  contractId: number;
  optionSeq?: number;
}

export interface ContractForDeadlines extends ContractDates {
  id: number;
  options: readonly (OptionLike & { seq: number })[];
  /** When the next pay-and-conditions control is due, if one is planned and not yet done. */
  controlDue: string | null;
}

/**
 * What needs deciding or doing within the horizon: open options by their
 * decision date, contracts whose current end comes, planned controls. Anything
 * overdue is always included, however old. Sorted by date. With no horizon
 * (null), every deadline a contract still has, however far off.
 */
export function deadlines(
  contracts: readonly ContractForDeadlines[],
  today: string,
  horizonMonths: number | null,
): Deadline[] {
  const until = horizonMonths === null ? '9999-12-31' : addMonths(today, horizonMonths);
  const out: Deadline[] = [];
  for (const c of contracts) {
    const status = contractStatus(c, today);
    if (status === 'terminated') continue;
    for (const o of c.options) {
      if (o.status !== 'open') continue;
      if (o.decideBy <= until)
        out.push({ kind: 'option', date: o.decideBy, overdue: o.decideBy < today, contractId: c.id, optionSeq: o.seq });
    }
    const end = currentEnd(c);
    // An expiry is "overdue" only while an open option could still extend it.
    const openOption = c.options.some((o) => o.status === 'open');
    if (end <= until && (end >= today || openOption))
      out.push({ kind: 'expiry', date: end, overdue: end < today, contractId: c.id });
    if (c.controlDue && c.controlDue <= until && status !== 'expired')
      out.push({ kind: 'control', date: c.controlDue, overdue: c.controlDue < today, contractId: c.id });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.contractId - b.contractId));
}

/**
 * Each live contract's next deadline, however far off (an option to decide
 * in 18 months, an end in three years): the same deadlines as above, the
 * earliest per contract. Terminated and expired contracts have none.
 */
export function nextDeadlines(contracts: readonly ContractForDeadlines[], today: string): Map<number, Deadline> {
  const out = new Map<number, Deadline>();
  for (const d of deadlines(contracts, today, null)) if (!out.has(d.contractId)) out.set(d.contractId, d);
  return out;
}
