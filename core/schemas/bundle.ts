import { z } from 'zod';
import { MAX_FILE_BASE64 } from '../limits.js';

export const bundleTables = ['suppliers', 'strategies', 'cases', 'dialogues', 'contracts'] as const;

/** A bundle file chosen for import, as base64. */
export const BundleFileSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  data: z.string().min(1).max(MAX_FILE_BASE64),
});

/** Which records to put in a bundle: the whole register, or chosen cases with everything linked to them. */
export const BundleExportSchema = z.strictObject({
  caseIds: z.array(z.number().int().positive()).min(1).max(100_000).optional(),
});

const VerdictSchema = z.object({
  /** "<table>:<uid>", the key a decision names. */
  key: z.string(),
  table: z.enum(bundleTables),
  label: z.string(),
  status: z.enum(['changed', 'sameNumber', 'missingParent']),
  fields: z.array(z.string()),
});

export const BundlePreviewSchema = z.object({
  exportedAt: z.string(),
  exportedBy: z.string(),
  scope: z.enum(['all', 'cases']),
  counts: z.array(
    z.object({
      table: z.enum(bundleTables),
      new: z.number().int(),
      same: z.number().int(),
      changed: z.number().int(),
      sameNumber: z.number().int(),
      missingParent: z.number().int(),
    }),
  ),
  /** Every record that will not simply be added or is not already the same: changed ones need a decision. */
  conflicts: z.array(VerdictSchema),
});

export const BundleImportSchema = BundleFileSchema.extend({
  /** For each changed record: keep this PC's, or take the bundle's. */
  decisions: z.record(z.string(), z.enum(['keep', 'theirs'])).default({}),
});

export const BundleResultSchema = z.object({
  added: z.record(z.string(), z.number().int()),
  replaced: z.record(z.string(), z.number().int()),
  kept: z.number().int(),
  skipped: z.number().int(),
});
