import { z } from 'zod';
import { complaintKinds, complaintOutcomes } from '../reference/complaints.js';
import { complaintIssues } from '../rules/complaints.js';
import { id, isoDate, line, text } from './common.js';

/**
 * A complaint or review of a case (core/reference/complaints.ts). It is open
 * until it is closed the way its kind closes: the office's answered, KOFA's
 * decided, an injunction lifted.
 */
export const ComplaintFieldsSchema = z.strictObject({
  kind: z.enum(complaintKinds),
  /** When it was received (or the injunction ordered). */
  date: isoDate,
  supplier: line(200).min(1),
  concerns: text(4_000).default(''),
  /** When the answer is due (the office's own date; KOFA's letter gives its). */
  answerDue: isoDate.nullable().default(null),
  answer: text(4_000).default(''),
  /** The office answered, KOFA decided, or the injunction was lifted: the complaint is closed. */
  closedDate: isoDate.nullable().default(null),
  outcome: z.enum(complaintOutcomes).nullable().default(null),
  /** KOFA's case number, e.g. 2024/1234 (its shape: KOFA_CASE_NUMBER). */
  kofaCaseNo: line(20).default(''),
  /** KOFA imposed a fee or fine (overtredelsesgebyr). */
  fee: z.boolean().default(false),
});
export type ComplaintFields = z.output<typeof ComplaintFieldsSchema>;

export const ComplaintSchema = ComplaintFieldsSchema.extend({ id, caseId: id });
export type Complaint = z.output<typeof ComplaintSchema>;

/** A complaint as entered: its dates in order and its outcome with its date (core/rules/complaints.ts; today's the service's). */
export const ComplaintInputSchema = ComplaintFieldsSchema.superRefine((c, ctx) => {
  for (const i of complaintIssues(c)) ctx.addIssue({ code: 'custom', path: [i.field], message: i.key });
});

export const ComplaintAddSchema = z.strictObject({ caseId: id, complaint: ComplaintInputSchema });
export const ComplaintUpdateSchema = z.strictObject({ id, complaint: ComplaintInputSchema });
