import { z } from 'zod';
import { normaliseOrgnr, orgnrProblem } from '../rules/orgnr.js';
import { confidentialityBases } from '../reference/dialogue.js';
import { id, line, requiredLine, text } from './common.js';

export const ConfidentialitySchema = z.enum(confidentialityBases).nullable().default(null);

/** A Norwegian organisation number, spaces allowed when typed, MOD11-checked with a message saying what is wrong. */
export const OrgnrSchema = z
  .string()
  .transform(normaliseOrgnr)
  .superRefine((v, ctx) => {
    const p = orgnrProblem(v);
    if (p)
      ctx.addIssue({
        code: 'custom',
        message: p === 'format' ? 'orgnrFormat' : p === 'checkDigit' ? 'orgnrCheckDigit' : 'orgnrNoValidCheckDigit',
      });
  });

export const ContactSchema = z.strictObject({
  name: requiredLine(120),
  role: line(120).default(''),
  email: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .max(200)
        .pipe(z.email({ message: 'emailFormat' })),
    ])
    .default(''),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+\d\s()-]*$/, { message: 'phoneFormat' })
    .default(''),
});

export const SupplierFieldsSchema = z.strictObject({
  orgnr: OrgnrSchema,
  name: requiredLine(200),
  address: line(200).default(''),
  postalCode: z
    .string()
    .trim()
    .regex(/^(\d{4})?$/, { message: 'postalCodeFormat' })
    .default(''),
  city: line(100).default(''),
  notes: text(10_000).default(''),
  notesConfidential: ConfidentialitySchema,
  contacts: z.array(ContactSchema).max(30).default([]),
});
export type SupplierFields = z.output<typeof SupplierFieldsSchema>;

export const SupplierUpdateSchema = SupplierFieldsSchema.extend({ id, version: z.number().int().min(1) });
export const SupplierMergeSchema = z
  .strictObject({ keepId: id, keepVersion: z.number().int().min(1), mergeId: id })
  .refine((v) => v.keepId !== v.mergeId, { message: 'mergeSame', path: ['mergeId'] });

export const SupplierSummarySchema = z.object({
  id,
  orgnr: z.string(),
  name: z.string(),
  city: z.string(),
  contacts: z.number().int(),
  activities: z.number().int(),
});

export const ViewSchema = z.enum(['internal', 'public']).default('internal');

/** What the public view left out: the path of each field and why. */
export const RedactionSchema = z.object({ path: z.string(), basis: z.enum(confidentialityBases) });

export const SupplierDetailSchema = z.object({
  id,
  orgnr: z.string(),
  name: z.string(),
  address: z.string(),
  postalCode: z.string(),
  city: z.string(),
  notes: z.string().nullable(),
  notesConfidential: z.enum(confidentialityBases).nullable(),
  contacts: z.array(ContactSchema.extend({ id })),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  mergedFrom: z.array(z.object({ orgnr: z.string(), name: z.string(), mergedAt: z.string() })),
  cases: z.array(
    z.object({
      id,
      caseNumber: z.string(),
      title: z.string(),
      prequalified: z.boolean(),
      activities: z.number().int(),
    }),
  ),
  activities: z.array(
    z.object({
      id,
      caseId: id,
      caseNumber: z.string(),
      date: z.string(),
      form: z.string(),
      title: z.string(),
      invited: z.boolean(),
      attended: z.boolean(),
    }),
  ),
  contracts: z.array(
    z.object({ id, title: z.string(), caseNumber: z.string(), status: z.string(), currentEnd: z.string() }),
  ),
  redactions: z.array(RedactionSchema),
});
export type SupplierDetail = z.output<typeof SupplierDetailSchema>;
