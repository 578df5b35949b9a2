import { FRAMEWORK_CALL_OFF_PROCEDURES, INTENTION_WAIT, RESULT_NOTICE, STANDSTILL } from '../reference/standstill.js';
import type { Regime } from '../reference/regimes.js';
import { addDays, toDayNumber } from './dates.js';

// The standstill's end and the award notice's deadline (sources in
// core/reference/standstill.ts).

/** Easter Sunday of a year (the anonymous Gregorian computation). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Norway's public holidays (helligdagsloven § 1 and 1 and 17 May): New
 * Year's Day, Maundy Thursday to Easter Monday, 1 May, 17 May, Ascension
 * Day, Whit Sunday and Monday, Christmas Day and Boxing Day.
 */
export function norwegianHolidays(year: number): Set<string> {
  const y = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  return new Set([
    `${y}-01-01`,
    addDays(easter, -3),
    addDays(easter, -2),
    easter,
    addDays(easter, 1),
    `${y}-05-01`,
    `${y}-05-17`,
    addDays(easter, 39),
    addDays(easter, 49),
    addDays(easter, 50),
    `${y}-12-25`,
    `${y}-12-26`,
  ]);
}

/** A working day: not a Saturday, a Sunday or a public holiday (Reg. 1182/71 art. 2 (2)). */
export function isWorkingDay(iso: string): boolean {
  const weekday = (((toDayNumber(iso) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 is Sunday
  if (weekday === 0 || weekday === 6) return false;
  return !norwegianHolidays(Number(iso.slice(0, 4))).has(iso);
}

/**
 * The last day of a period of `days` calendar days from an event: counted
 * from the day after, and, when that day is not a working day, moved to the
 * next working day (Reg. 1182/71 art. 3 (1) and (4)).
 */
export function periodEnd(eventDate: string, days: number): string {
  let end = addDays(eventDate, days);
  while (!isWorkingDay(end)) end = addDays(end, 1);
  return end;
}

export interface StandstillInput {
  regime: Regime | null;
  noticeDate: string | null;
  /** An exception recorded: no standstill. */
  exception: string | null;
  /** The length the office gave in the notice, in days (null: the part's proposal). */
  days?: number | null;
  /** The notice was sent by other means than electronically (a longer minimum). */
  byPost?: boolean;
}

/** The part's rule, an unknown part (no thresholds for the date) taken as Del III, the strictest. */
function ruleOf(regime: Regime | null) {
  return STANDSTILL[regime ?? 'partIII'];
}

/**
 * The length Anskaff proposes for a notice: the part's length for an
 * electronic notice or for one sent by other means (null: the part sets no
 * standstill).
 */
export function proposedStandstillDays(regime: Regime | null, byPost = false): number | null {
  const rule = ruleOf(regime);
  return rule ? (byPost ? rule.daysByPost : rule.days) : null;
}

/**
 * The shortest standstill the part allows (null: none set in days; in Del II
 * the office sets a reasonable period, so any length is its own assessment).
 */
export function minimumStandstillDays(regime: Regime | null, byPost = false): number | null {
  const rule = ruleOf(regime);
  return rule?.minimum ? (byPost ? rule.daysByPost : rule.days) : null;
}

/**
 * The standstill's last day: the contract may be signed from the day after.
 * Null where there is none: no notice yet, an exception recorded, or a part
 * with no standstill. The length is the one the office gave in the notice,
 * or else the part's proposal.
 */
export function standstillEnd({ regime, noticeDate, exception, days, byPost }: StandstillInput): string | null {
  if (!noticeDate || exception || !ruleOf(regime)) return null;
  const length = days ?? proposedStandstillDays(regime, byPost);
  return length === null ? null : periodEnd(noticeDate, length);
}

/** Whether a contract signed on `signedDate` respects the standstill that ends on `end` (none: always). */
export function signedAfterStandstill(signedDate: string, end: string | null): boolean {
  return end === null || signedDate > end;
}

/** Whether a case must publish a contract award notice once signed: its part requires one, and it is not a call-off under a framework (§ 21-6 (2)). */
export function resultNoticeRequired(
  regime: Regime | null,
  procedure: string | null,
  exception: string | null,
): boolean {
  if (!regime || !RESULT_NOTICE[regime]) return false;
  if (exception === 'frameworkCallOff') return false;
  return !(FRAMEWORK_CALL_OFF_PROCEDURES as readonly string[]).includes(procedure ?? '');
}

/** When the contract award notice is due after signing (null: none required, or no number of days set). */
export function resultNoticeDue(
  regime: Regime | null,
  signedDate: string | null,
  procedure: string | null = null,
  exception: string | null = null,
): string | null {
  if (!signedDate || !resultNoticeRequired(regime, procedure, exception)) return null;
  const days = RESULT_NOTICE[regime!]!.days;
  return days === null ? null : periodEnd(signedDate, days);
}

/** The last day of the wait after an intention notice in the parts that set one (null: none). The contract may be signed from the day after. */
export function intentionWaitEnd(regime: Regime | null, noticeDate: string | null): string | null {
  const rule = INTENTION_WAIT[regime ?? 'partIII'];
  return rule && noticeDate ? periodEnd(noticeDate, rule.days) : null;
}
