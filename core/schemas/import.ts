import { z } from 'zod';
import { MAX_FILE_BASE64 } from '../limits.js';
import { importTargets } from '../reference/importFields.js';

/** A spreadsheet sent for import: its name (the extension decides .xlsx or .csv) and its bytes as base64. */
export const ImportFileSchema = z.strictObject({
  target: z.enum(importTargets),
  fileName: z.string().trim().min(1).max(255),
  data: z.string().min(1).max(MAX_FILE_BASE64),
  /** The sheet to read in an .xlsx with several; the first when left out. */
  sheet: z.string().max(100).optional(),
  /** Field → column index; guessed from the headings when left out. */
  mapping: z.record(z.string(), z.number().int().min(0).max(500).nullable()).optional(),
  /** Rows whose case number (or organisation number) is already used are left out, and listed, instead of stopping the import. */
  skipDuplicates: z.boolean().default(false),
});

const RowProblemSchema = z.object({ row: z.number().int(), field: z.string().nullable(), message: z.string() });

export const ImportReportSchema = z.object({
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  sheets: z.array(z.string()),
  sheet: z.string(),
  columns: z.array(z.object({ index: z.number().int(), heading: z.string(), samples: z.array(z.string()) })),
  mapping: z.record(z.string(), z.number().int().nullable()),
  /** Fields that must have a column and have none. */
  unmapped: z.array(z.string()),
  rows: z.number().int(),
  /** Rows that would go in as they stand. */
  ready: z.number().int(),
  problemRows: z.number().int(),
  /** Each row's problems in words (the first 1,000). */
  problems: z.array(RowProblemSchema),
  duplicateRows: z.number().int(),
  duplicates: z.array(RowProblemSchema),
  /** The first rows as they would be read, field by field. */
  /** The first rows as read, each field's value as it would be stored (a sum as a number, themes as their codes). */
  preview: z.array(z.object({ row: z.number().int(), values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()])) })),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ImportResultSchema = z.object({ imported: z.number().int(), skippedDuplicates: z.number().int(), report: ImportReportSchema });
