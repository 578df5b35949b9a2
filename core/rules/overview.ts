import { addDays } from './dates.js';

/** Within how many days a deadline is near: "Min oversikt" and "Frister" mark it (a warning, before it is overdue). */
export const SOON_DAYS = 14;

/** How far ahead "Min oversikt" lists contracts' options, expiries and controls, in months (overdue ones always; "Frister" looks further). */
export const OVERVIEW_HORIZON_MONTHS = 3;

export type Urgency = 'overdue' | 'soon' | null;

/** Overdue once the date has passed; near within SOON_DAYS; else nothing. A row with no date is neither. */
export function urgency(date: string | null, today: string): Urgency {
  if (!date) return null;
  if (date < today) return 'overdue';
  return date <= addDays(today, SOON_DAYS) ? 'soon' : null;
}

/** The calendar quarter a day is in, first and last day. */
export function quarterOf(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const first = Math.floor((m - 1) / 3) * 3 + 1;
  const last = first + 2;
  const lastDay = new Date(Date.UTC(y, last, 0)).getUTCDate();
  const mm = (n: number) => String(n).padStart(2, '0');
  return { from: `${y}-${mm(first)}-01`, to: `${y}-${mm(last)}-${mm(lastDay)}` };
}
