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
  /**
   * "Importer de gyldige radene, utelat de ugyldige": the rows with problems
   * and the duplicates are left out (and listed) and the rest imported, in
   * one transaction. Without it an import is all rows or none.
   */
  leaveOutInvalid: z.boolean().default(false),
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
  /** The columns no field reads (indexes into columns): listed before the import, never ignored silently. */
  unusedColumns: z.array(z.number().int()),
  /** What the import does that the row did not say: a phase given without its date gets the import date. */
  notices: z.array(RowProblemSchema),
  noticeRows: z.number().int(),
  /** The first rows as read, each field's value as it would be stored (a sum as a number, themes as their codes). */
  preview: z.array(
    z.object({
      row: z.number().int(),
      values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()])),
    }),
  ),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ImportResultSchema = z.object({
  imported: z.number().int(),
  skippedDuplicates: z.number().int(),
  /** Rows with problems left out ("utelat de ugyldige"); 0 in an all-or-nothing import. */
  leftOut: z.number().int(),
  report: ImportReportSchema,
});

/** A cell as the sheet held it: a date as its ISO day, tagged so it is written back as a date. */
const RejectCellSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.object({ date: z.string() })]);

/** The rows an import would leave out, as they were in the file, each with its problems in words. */
export const ImportRejectsSchema = z.object({
  sheet: z.string(),
  headings: z.array(z.string()),
  rows: z.array(z.object({ row: z.number().int(), cells: z.array(RejectCellSchema), errors: z.string() })),
});
export type ImportRejects = z.infer<typeof ImportRejectsSchema>;
