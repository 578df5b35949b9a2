// A complaint's dates and what it ended with, checked against each other
// (core/reference/complaints.ts; the fields in core/schemas/complaint.ts).
// `date` is when the complaint came in (to the office or to KOFA) or the
// injunction was granted; `closedDate` when the office answered, KOFA decided
// or the injunction was lifted. Neither can lie after the other the wrong way
// round, an outcome (and KOFA's fee) belongs to an answer or a decision and so
// needs its date, and KOFA's case number has KOFA's shape. An answer due date
// is the office's own, but not before the complaint came in. A complaint is
// closed without an outcome when it is withdrawn, so a closing date alone is
// allowed.
//
// What has happened cannot be in the future: the date it came in and the date
// it was closed. That needs today, so the service checks it (with its own
// today) and the schema does not; the rest holds whatever the day.

import { KOFA_ANSWER_WORKING_DAYS, KOFA_CASE_NUMBER, type ComplaintKind } from '../reference/complaints.js';
import { addDays } from './dates.js';
import { isWorkingDay } from './standstill.js';

export interface ComplaintDates {
  kind: ComplaintKind;
  date: string;
  answerDue: string | null;
  closedDate: string | null;
  outcome: string | null;
  fee: boolean;
  kofaCaseNo: string;
}

/** The service's message for each broken rule (core/i18n/award.ts). */
export type ComplaintIssueKey =
  | 'complaintDueBeforeReceived'
  | 'complaintAnsweredBeforeReceived'
  | 'complaintDecidedBeforeFiled'
  | 'complaintLiftedBeforeGranted'
  | 'complaintOutcomeWithoutAnswer'
  | 'complaintOutcomeWithoutDecision'
  | 'complaintFeeWithoutDecision'
  | 'complaintKofaCaseNo'
  | 'complaintReceivedInFuture'
  | 'complaintAnsweredInFuture'
  | 'complaintDecidedInFuture'
  | 'complaintLiftedInFuture';

export interface ComplaintIssue {
  field: 'date' | 'answerDue' | 'closedDate' | 'outcome' | 'fee' | 'kofaCaseNo';
  key: ComplaintIssueKey;
}

const closedBefore: Record<ComplaintKind, ComplaintIssueKey> = {
  office: 'complaintAnsweredBeforeReceived',
  kofa: 'complaintDecidedBeforeFiled',
  injunction: 'complaintLiftedBeforeGranted',
};
const closedInFuture: Record<ComplaintKind, ComplaintIssueKey> = {
  office: 'complaintAnsweredInFuture',
  kofa: 'complaintDecidedInFuture',
  injunction: 'complaintLiftedInFuture',
};

/**
 * What is inconsistent in a complaint, one issue per field at most, in the
 * form's order. With `today`, dates that have happened may not lie after it.
 */
export function complaintIssues(c: ComplaintDates, today?: string): ComplaintIssue[] {
  const out: ComplaintIssue[] = [];
  if (today !== undefined && c.date > today) out.push({ field: 'date', key: 'complaintReceivedInFuture' });
  if (c.answerDue !== null && c.answerDue < c.date) out.push({ field: 'answerDue', key: 'complaintDueBeforeReceived' });
  if (c.kind === 'kofa' && c.kofaCaseNo !== '' && !KOFA_CASE_NUMBER.test(c.kofaCaseNo))
    out.push({ field: 'kofaCaseNo', key: 'complaintKofaCaseNo' });
  if (c.closedDate !== null && c.closedDate < c.date) out.push({ field: 'closedDate', key: closedBefore[c.kind] });
  else if (c.closedDate !== null && today !== undefined && c.closedDate > today)
    out.push({ field: 'closedDate', key: closedInFuture[c.kind] });
  if (c.closedDate === null && c.outcome !== null && c.kind !== 'injunction')
    out.push({
      field: 'outcome',
      key: c.kind === 'kofa' ? 'complaintOutcomeWithoutDecision' : 'complaintOutcomeWithoutAnswer',
    });
  if (c.closedDate === null && c.fee && c.kind === 'kofa')
    out.push({ field: 'fee', key: 'complaintFeeWithoutDecision' });
  return out;
}

/** The date `n` working days after `date` (Monday to Friday, not a Norwegian public holiday). */
export function addWorkingDays(date: string, n: number): string {
  let d = date;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** KOFA's deadline for the office's answer, from the date of KOFA's letter (core/reference/complaints.ts). */
export function kofaAnswerDue(letterDate: string): string {
  return addWorkingDays(letterDate, KOFA_ANSWER_WORKING_DAYS);
}
