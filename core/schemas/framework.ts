import { z } from 'zod';
import { MAX_FILE_BASE64 } from '../limits.js';
import { callOffMethods, frameworkCallOffs, frameworkSuppliers } from '../reference/frameworks.js';
import { id, isoDate, line, nok, requiredLine, text } from './common.js';

/** A framework's terms as announced (core/reference/frameworks.ts). At least one maximum, value or quantity, is required by the service. */
export const FrameworkTermsSchema = z.strictObject({
  suppliers: z.enum(frameworkSuppliers),
  callOff: z.enum(frameworkCallOffs),
  maxValue: nok.nullable().default(null),
  maxQuantity: z.number().int().min(1).max(1_000_000_000).nullable().default(null),
  quantityUnit: line(40).default(''),
  /** The departments and other authorities entitled to call off. */
  entitled: z.array(requiredLine(200)).max(100).default([]),
  /** The special ground for a duration beyond four years (FOA § 26-1). */
  durationGround: text(4_000).default(''),
});
export type FrameworkTerms = z.output<typeof FrameworkTermsSchema>;

/** Makes a contract a framework, corrects its terms, or (null) makes it an ordinary contract again. */
export const SetFrameworkSchema = z.strictObject({
  id,
  version: z.number().int().min(1),
  framework: FrameworkTermsSchema.nullable(),
});

export const CallOffFieldsSchema = z.strictObject({
  date: isoDate,
  department: requiredLine(120),
  supplierId: id,
  value: nok,
  quantity: z.number().int().min(0).max(1_000_000_000).nullable().default(null),
  /** What was bought. */
  description: requiredLine(300),
  method: z.enum(callOffMethods),
  /** A mini-competition's invitation date, number of tenders and award reasons; left out for a direct call-off. */
  invitationDate: isoDate.nullable().default(null),
  tenderCount: z.number().int().min(0).max(1_000).nullable().default(null),
  awardReason: text(4_000).default(''),
  /**
   * Made after the framework's maximum was reached: the lawful change of the
   * framework it rests on (FOA chapter 28 in Del III, § 11-2 in Del II).
   * Required then; without one the call-off is refused.
   */
  overMaximumReason: text(2_000).default(''),
});
export type CallOffFields = z.output<typeof CallOffFieldsSchema>;
export const CallOffInputSchema = CallOffFieldsSchema.extend({ contractId: id });
export const CallOffUpdateSchema = CallOffFieldsSchema.extend({ id, version: z.number().int().min(1) });
export const CallOffDeleteSchema = z.strictObject({ id, version: z.number().int().min(1) });

const level = z.enum(['none', 'warning', 'reached']);

export const CallOffSchema = CallOffFieldsSchema.extend({
  id,
  version: z.number().int(),
  supplierName: z.string(),
});

/** A framework as its contract's page shows it: its terms, call-offs, and spend against the maximum. */
export const FrameworkViewSchema = FrameworkTermsSchema.extend({
  callOffs: z.array(CallOffSchema),
  spend: z.object({
    total: z.number(),
    quantity: z.number(),
    valueShare: z.number().nullable(),
    quantityShare: z.number().nullable(),
    /** none, warning (80 %) or reached (100 %: the framework is in principle used up). */
    level,
    byYear: z.array(z.object({ year: z.string(), total: z.number() })),
    byDepartment: z.array(z.object({ department: z.string(), total: z.number() })),
    byYearAndDepartment: z.array(z.object({ year: z.string(), department: z.string(), total: z.number() })),
  }),
  /** It runs beyond four years (options included). */
  exceedsFourYears: z.boolean(),
  /** … under a part that holds it to four years, with no ground recorded: the form warns. */
  needsDurationGround: z.boolean(),
  /** Near or at the maximum, a ground to record, in words. */
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});

/** Each framework's spend against its maximum (Frister, the bench). */
export const FrameworkSpendRowSchema = z.object({
  contractId: id,
  contractTitle: z.string(),
  caseId: id,
  caseNumber: z.string(),
  owner: z.string(),
  maxValue: z.number().nullable(),
  maxQuantity: z.number().nullable(),
  total: z.number(),
  quantity: z.number(),
  valueShare: z.number().nullable(),
  quantityShare: z.number().nullable(),
  level,
  currentEnd: isoDate,
});

/**
 * Call-offs from a spreadsheet (the office's own, or a supplier's sales
 * report): one row per call-off, matched to its framework by case number or
 * title and to its supplier by organisation number; all rows or none.
 * Without `commit`, every row is tried and nothing is kept.
 */
export const CallOffImportSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  data: z.string().min(1).max(MAX_FILE_BASE64),
  commit: z.boolean().default(false),
});
export const CallOffImportResultSchema = z.object({
  rows: z.number().int(),
  /** Call-offs written (0 unless committed with no problem). */
  imported: z.number().int(),
  problems: z.array(z.object({ row: z.number().int(), message: z.string() })),
});
