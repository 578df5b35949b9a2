import { z } from 'zod';
import { PhaseSchema } from './case.js';
import { id, isoDate, line } from './common.js';

/**
 * Whose cases and which department: a buyer's name as the cases record it
 * (null: every buyer; left out: every buyer on "Frister", the user's own
 * name as set under Innstillinger on "Min oversikt"), a department (left
 * out or null: every department).
 */
export const AttentionFilterSchema = z.strictObject({
  buyer: line(120).nullable().optional(),
  department: line(200).nullable().optional(),
});

/** What "Min oversikt" lists, each a thing to do and where it is done. */
export const overviewKinds = [
  'option', // an option to decide (a contract's)
  'expiry', // a contract's current end
  'control', // a pay-and-conditions control due
  'riskAssessment', // a contract the pay-and-conditions regulation covers, with no risk assessment
  'tender', // a planned tender deadline of a case whose notice is out and whose deadline has not yet passed
  'award', // a planned award date of a case in its competition
  'standstill', // the standstill ending, as the protocol records it
  'unshared', // market-dialogue answers not yet shared with all, before the competition
  'protocol', // a signed contract whose case's protocol is not finalised
  'stalled', // a case longer in its phase than the office's norm
  'notice', // a notice planned this quarter (or earlier, not yet published)
  'complaint', // a complaint to the office or to KOFA to answer, by its answer date
  'resultNotice', // the contract award notice due after signing (Del III, special services, Del IV), until its number is recorded
] as const;
export type OverviewKind = (typeof overviewKinds)[number];

export const OverviewRowSchema = z.object({
  kind: z.enum(overviewKinds),
  /** The date it is due (null: none recorded, e.g. answers to share with no notice planned). */
  date: isoDate.nullable(),
  urgency: z.enum(['overdue', 'soon']).nullable(),
  caseId: id,
  caseNumber: z.string(),
  caseTitle: z.string(),
  buyer: z.string(),
  department: z.string(),
  contractId: id.nullable(),
  contractTitle: z.string().nullable(),
  optionSeq: z.number().int().nullable(),
  /** The case's phase (stalled: the phase it is stuck in). */
  phase: PhaseSchema,
  /** How many (answers to share) or how long (days in the phase, with the norm in `norm`). */
  n: z.number().int().nullable(),
  norm: z.number().int().nullable(),
});

export const OverviewSchema = z.object({
  /** The filter applied: the buyer (the user's own name unless another or all was asked for) and department. */
  buyer: z.string().nullable(),
  department: z.string().nullable(),
  /** The user's own name (Innstillinger), the default buyer. */
  me: z.string(),
  rows: z.array(OverviewRowSchema),
});

/** A live contract on "Frister" with its next deadline, however far off (null: none left, e.g. not started with no options). */
export const RunningContractSchema = z.object({
  contractId: id,
  contractTitle: z.string(),
  caseId: id,
  caseNumber: z.string(),
  owner: z.string(),
  currentEnd: isoDate,
  next: z
    .object({ kind: z.enum(['option', 'expiry', 'control']), date: isoDate, optionSeq: z.number().int().nullable() })
    .nullable(),
});
