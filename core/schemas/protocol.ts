import { z } from 'zod';
import { protocolItems } from '../reference/protocol.js';
import { id, text } from './common.js';

export const ParticipantSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  orgnr: z.string().trim().max(20).default(''),
  requested: z.boolean().default(false),
  selected: z.boolean().default(false),
  tendered: z.boolean().default(false),
  rejected: z.boolean().default(false),
  rejectionReason: text(4_000).default(''),
});

export const ProtocolFieldsSchema = z.strictObject({
  lotsReason: text(8_000).default(''),
  procedureReason: text(8_000).default(''),
  participants: z.array(ParticipantSchema).max(200).default([]),
  awardReason: text(8_000).default(''),
  subcontractors: text(4_000).default(''),
  conflictsOfInterest: text(8_000).default(''),
  notes: text(20_000).default(''),
});
export type ProtocolFields = z.output<typeof ProtocolFieldsSchema>;

export const ProtocolSaveSchema = ProtocolFieldsSchema.extend({ caseId: id, version: z.number().int().min(0) });

export const ProtocolItemStatusSchema = z.object({
  item: z.enum(protocolItems),
  /** Required for this case's regime and stage. */
  required: z.boolean(),
  /** Recorded (in the protocol or in the case itself). */
  done: z.boolean(),
});

export const ProtocolSchema = z.object({
  caseId: id,
  caseNumber: z.string(),
  title: z.string(),
  description: z.string(),
  department: z.string(),
  buyer: z.string(),
  organisation: z.object({ name: z.string(), orgnr: z.string() }),
  estimatedValue: z.number(),
  kind: z.string(),
  procedure: z.string().nullable(),
  regime: z.string().nullable(),
  phase: z.string(),
  cpvLabel: z.string().nullable(),
  timeline: z.array(z.object({ phase: z.string(), date: z.string(), note: z.string() })),
  dialogue: z.array(z.object({ date: z.string(), form: z.string(), title: z.string() })),
  contracts: z.array(z.object({ title: z.string(), suppliers: z.array(z.object({ name: z.string(), orgnr: z.string() })), value: z.number(), startDate: z.string(), endDate: z.string(), latestEnd: z.string(), signedDate: z.string().nullable() })),
  cancellationReason: z.string().nullable(),
  /** What the protocol must say about the rules applied: thresholds past their last check, or entered by the office. */
  ruleNotes: z.array(z.string()),
  fields: ProtocolFieldsSchema,
  version: z.number().int(),
  items: z.array(ProtocolItemStatusSchema),
  missing: z.array(z.enum(protocolItems)),
  /** Below NOK 100,000 no protocol is required (it can still be kept). With the regime unknown (no thresholds for the date), it is. */
  required: z.boolean(),
  finalisedAt: z.string().nullable(),
  finalisedBy: z.string().nullable(),
});
export type Protocol = z.output<typeof ProtocolSchema>;

/** A protocol as a file: always PDF. */
export const ProtocolExportSchema = z.strictObject({ caseId: id });
