import { z } from 'zod';
import { followupKinds, optionStatuses, riskLevels, sanctions } from '../reference/contracts.js';
import { apprenticeDecisions, paySectors } from '../reference/payConditions.js';
import { id, isoDate, line, nok, requiredLine, requiredText, text } from './common.js';
import { FrameworkViewSchema } from './framework.js';

export const OptionInputSchema = z.strictObject({
  lengthMonths: z.number().int().min(1).max(120),
  /** The date by which the office must decide whether to use the option. */
  decideBy: isoDate,
});

export const ContractFieldsSchema = z.strictObject({
  caseId: id,
  title: requiredLine(200),
  supplierIds: z.array(id).min(1).max(20),
  value: nok,
  signedDate: isoDate.nullable().default(null),
  startDate: isoDate,
  endDate: isoDate,
  noticeMonths: z.number().int().min(0).max(36).default(0),
  owner: line(120).default(''),
  administrator: line(120).default(''),
  options: z.array(OptionInputSchema).max(10).default([]),
  /** The sector, for the pay-and-working-conditions duty (FOR-2008-02-08-112 § 5a). */
  paySector: z.enum(paySectors).nullable().default(null),
  /** The apprentice requirement (FOR-2016-12-17-1708 § 6): set, not relevant, or disproportionate; and why. */
  apprenticeDecision: z.enum(apprenticeDecisions).nullable().default(null),
  apprenticeNote: text(4_000).default(''),
});
export type ContractFields = z.output<typeof ContractFieldsSchema>;

/**
 * A contract corrected: the create form's fields and checks, less the case.
 * Options left out stay as they are; given, they replace the open ones (a
 * decided option stays as decided until its decision is undone).
 */
export const ContractUpdateSchema = ContractFieldsSchema.omit({ caseId: true }).extend({
  id,
  version: z.number().int().min(1),
  options: ContractFieldsSchema.shape.options.unwrap().optional(),
});
export const DecideOptionSchema = z.strictObject({
  id,
  version: z.number().int().min(1),
  seq: z.number().int().min(1),
  decision: z.enum(['exercised', 'declined']),
  date: isoDate,
});
/** Takes back the decision on an option before its period starts; the reason goes to the audit trail. */
export const UndoOptionSchema = z.strictObject({
  id,
  version: z.number().int().min(1),
  seq: z.number().int().min(1),
  reason: requiredText(2_000),
});
export const TerminateSchema = z.strictObject({
  id,
  version: z.number().int().min(1),
  date: isoDate,
  reason: requiredText(2_000),
});

export const FollowupInputSchema = z.strictObject({
  contractId: id,
  kind: z.enum(followupKinds),
  date: isoDate,
  title: requiredLine(200),
  notes: text(20_000).default(''),
  riskLevel: z.enum(riskLevels).nullable().default(null),
  /** For a risk assessment: when the next control is due. */
  nextControlDue: isoDate.nullable().default(null),
  /** For a control: what was found, and whether the written report is done. */
  findings: text(20_000).default(''),
  reportWritten: z.boolean().default(false),
  sanction: z.enum(sanctions).nullable().default(null),
  /** For a deviation: when it was closed. */
  closedDate: isoDate.nullable().default(null),
});

export const FollowupSchema = FollowupInputSchema.omit({ contractId: true }).extend({ id, createdAt: z.string() });

export const ContractDetailSchema = z.object({
  id,
  caseId: id,
  caseNumber: z.string(),
  caseTitle: z.string(),
  title: z.string(),
  suppliers: z.array(z.object({ id, name: z.string(), orgnr: z.string() })),
  value: z.number(),
  signedDate: isoDate.nullable(),
  startDate: isoDate,
  endDate: isoDate,
  noticeMonths: z.number().int(),
  owner: z.string(),
  administrator: z.string(),
  options: z.array(
    z.object({
      seq: z.number().int(),
      lengthMonths: z.number().int(),
      decideBy: isoDate,
      status: z.enum(optionStatuses),
      decidedDate: isoDate.nullable(),
    }),
  ),
  currentEnd: isoDate,
  latestEnd: isoDate,
  status: z.enum(['not_started', 'active', 'expired', 'terminated']),
  terminatedDate: isoDate.nullable(),
  terminationReason: z.string(),
  paySector: z.enum(paySectors).nullable(),
  /** The pay-and-working-conditions duty applies (services or works, above the threshold, in a sector with an agreement). */
  payConditionsCovered: z.boolean(),
  /** Why it does or does not, or that the sector must be recorded to tell. */
  payConditionsScope: z.object({
    applies: z.boolean().nullable(),
    why: z.enum(['goods', 'value', 'noAgreement', 'sectorUnknown']).nullable(),
  }),
  /** Whether the apprentice requirement must be assessed (value, duration, kind), and what the office decided. */
  apprenticeScope: z.object({ applies: z.boolean(), why: z.enum(['goods', 'value', 'duration']).nullable() }),
  apprenticeDecision: z.enum(apprenticeDecisions).nullable(),
  apprenticeNote: z.string(),
  /** What is still to be recorded for the duties above, in words. */
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  controlDue: isoDate.nullable(),
  followups: z.array(FollowupSchema),
  /** Its terms, call-offs and spend when the contract is a framework agreement; null otherwise. */
  framework: FrameworkViewSchema.nullable(),
  version: z.number().int(),
});
export type ContractDetail = z.output<typeof ContractDetailSchema>;

export const ContractSummarySchema = ContractDetailSchema.pick({
  id: true,
  caseId: true,
  caseNumber: true,
  title: true,
  value: true,
  startDate: true,
  currentEnd: true,
  latestEnd: true,
  status: true,
  owner: true,
}).extend({ suppliers: z.array(z.string()) });

export const DeadlineRowSchema = z.object({
  kind: z.enum(['option', 'expiry', 'control']),
  date: isoDate,
  /** Passed (overdue), within 14 days (soon), or neither: the same rule as Min oversikt's. */
  urgency: z.enum(['overdue', 'soon']).nullable(),
  contractId: id,
  contractTitle: z.string(),
  caseId: id,
  caseNumber: z.string(),
  owner: z.string(),
  administrator: z.string(),
  optionSeq: z.number().int().nullable(),
});
