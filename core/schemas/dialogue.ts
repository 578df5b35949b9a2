import { z } from 'zod';
import { confidentialityBases, dialogueForms, dialogueStatuses } from '../reference/dialogue.js';
import { id, isoDate, requiredLine, requiredText, text } from './common.js';
import { RedactionSchema, ConfidentialitySchema } from './supplier.js';

export const DialogueFormSchema = z.enum(dialogueForms);

export const DialogueParticipantSchema = z.strictObject({
  supplierId: id,
  invited: z.boolean().default(true),
  attended: z.boolean().default(false),
});

export const DialogueFieldsSchema = z.strictObject({
  caseId: id,
  form: DialogueFormSchema,
  /** Planned, held or cancelled; null: by its date (ahead planned, else held). */
  status: z.enum(dialogueStatuses).nullable().default(null),
  date: isoDate,
  /** Start time, HH:MM; empty for a written RFI or a hearing. */
  time: z
    .string()
    .regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, { message: 'timeFormat' })
    .default(''),
  title: requiredLine(200),
  agenda: text(20_000).default(''),
  minutes: text(100_000).default(''),
  minutesConfidential: ConfidentialitySchema,
  /** What the office changed in the need or the specification because of it. */
  outcome: text(20_000).default(''),
  outcomeConfidential: ConfidentialitySchema,
  /** The municipality's people present. */
  participants: text(2_000).default(''),
  /** The round of a competitive dialogue (form "dialogrunde"). */
  round: z.number().int().min(1).max(50).nullable().default(null),
  /** For a round: what the participant revealed that may not be passed on to the others (FOA § 9-3 (5), § 23-10 (2)). */
  roundRevealed: text(20_000).default(''),
  /** For a round: the particular information the participant consented to pass on, and when. */
  roundConsentScope: text(4_000).default(''),
  roundConsentDate: isoDate.nullable().default(null),
  suppliers: z
    .array(DialogueParticipantSchema)
    .max(500)
    .default([])
    .refine((a) => new Set(a.map((p) => p.supplierId)).size === a.length, { message: 'duplicateSupplier' }),
});
export type DialogueFields = z.output<typeof DialogueFieldsSchema>;
export const DialogueUpdateSchema = DialogueFieldsSchema.omit({ caseId: true }).extend({
  id,
  version: z.number().int().min(1),
});

/** A question asked by one supplier (or raised in a meeting) and the office's answer: information all must be able to get. */
export const ItemFieldsSchema = z.strictObject({
  dialogueId: id,
  askedBy: id.nullable().default(null),
  question: requiredText(20_000),
  answer: text(50_000).default(''),
  answeredDate: isoDate.nullable().default(null),
  answerConfidential: ConfidentialitySchema,
});
export const ItemUpdateSchema = ItemFieldsSchema.omit({ dialogueId: true }).extend({
  id,
  version: z.number().int().min(1),
});
export const ItemShareSchema = z.strictObject({
  id,
  version: z.number().int().min(1),
  sharedDate: isoDate,
  /** How it was made known to all: e.g. "Publisert i KGV", "E-post til alle inviterte". */
  how: requiredLine(500),
});

export const ItemSchema = z.object({
  id,
  dialogueId: id,
  askedBy: id.nullable(),
  askedByName: z.string().nullable(),
  question: z.string(),
  answer: z.string().nullable(),
  answeredDate: isoDate.nullable(),
  answerConfidential: z.enum(confidentialityBases).nullable(),
  shared: z.boolean(),
  sharedDate: isoDate.nullable(),
  sharedHow: z.string(),
  version: z.number().int(),
});
export type Item = z.output<typeof ItemSchema>;

export const DialogueDetailSchema = z.object({
  id,
  caseId: id,
  caseNumber: z.string(),
  caseTitle: z.string(),
  form: DialogueFormSchema,
  status: z.enum(dialogueStatuses),
  date: isoDate,
  time: z.string(),
  title: z.string(),
  agenda: z.string(),
  minutes: z.string().nullable(),
  minutesConfidential: z.enum(confidentialityBases).nullable(),
  outcome: z.string().nullable(),
  outcomeConfidential: z.enum(confidentialityBases).nullable(),
  participants: z.string(),
  round: z.number().int().nullable(),
  /** Confidential by nature: null in public views. */
  roundRevealed: z.string().nullable(),
  roundConsentScope: z.string(),
  roundConsentDate: isoDate.nullable(),
  suppliers: z.array(
    z.object({ supplierId: id, name: z.string(), orgnr: z.string(), invited: z.boolean(), attended: z.boolean() }),
  ),
  items: z.array(ItemSchema),
  version: z.number().int(),
  redactions: z.array(RedactionSchema),
});
export type DialogueDetail = z.output<typeof DialogueDetailSchema>;

export const DialogueSummarySchema = z.object({
  id,
  caseId: id,
  form: DialogueFormSchema,
  status: z.enum(dialogueStatuses),
  date: isoDate,
  time: z.string(),
  title: z.string(),
  round: z.number().int().nullable(),
  suppliers: z.number().int(),
  attended: z.number().int(),
  items: z.number().int(),
  unshared: z.number().int(),
});

/** Activities across all cases: those ahead (from today) and those of the last `days`. */
export const DialogueOverviewQuerySchema = z.strictObject({ days: z.number().int().min(1).max(366).default(90) });
/** An activity as the Markedsdialog list shows it: the detail's own fields, picked. */
export const DialogueOverviewRowSchema = DialogueDetailSchema.pick({
  id: true,
  caseId: true,
  caseNumber: true,
  caseTitle: true,
  form: true,
  status: true,
  date: true,
  time: true,
  title: true,
});
export const DialogueOverviewSchema = z.object({
  upcoming: z.array(DialogueOverviewRowSchema),
  recent: z.array(DialogueOverviewRowSchema),
});

export const DialogueSearchSchema = z.strictObject({
  q: requiredText(200),
  caseId: id.optional(),
  supplierId: id.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export const DialogueHitSchema = z.object({
  kind: z.enum(['activity', 'item']),
  dialogueId: id,
  itemId: id.nullable(),
  caseId: id,
  caseNumber: z.string(),
  date: isoDate,
  form: DialogueFormSchema,
  title: z.string(),
  /** The matching passage with the words marked by [[ and ]]. */
  snippet: z.string(),
});

export const CompetitiveDialogueSchema = z.object({
  caseId: id,
  applies: z.boolean(),
  prequalified: z.array(z.object({ supplierId: id, name: z.string(), orgnr: z.string() })),
  rounds: z.array(z.number().int()),
  /** One cell per supplier and round: the dialogue held, if any. */
  cells: z.array(z.object({ supplierId: id, round: z.number().int(), dialogueId: id, date: isoDate })),
  closedDate: isoDate.nullable(),
  finalTendersInvitedDate: isoDate.nullable(),
});
export const PrequalifySchema = z.strictObject({ caseId: id, supplierIds: z.array(id).max(100) });
export const CloseDialogueSchema = z.strictObject({
  caseId: id,
  closedDate: isoDate,
  finalTendersInvitedDate: isoDate.nullable().default(null),
});
