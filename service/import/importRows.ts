import {
  AppError,
  contract,
  guessMapping,
  IMPORT_MAX_ROWS,
  importFields,
  importKey,
  readCell,
  t,
  validate,
  type ImportReport,
  type Output,
  type ParsedInput,
  type SheetCell,
} from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { buyers, reads, recordsItself, writes } from '../registry.js';
import { insertCase } from '../handlers/cases.js';
import { insertSupplier } from '../handlers/suppliers.js';
import { readSheet } from './readSheet.js';

// A spreadsheet import: every row read, checked by the contract's schema and
// by the very rules a new case or supplier must pass, and inserted, all in
// one transaction. A preview runs the same and rolls back; a commit keeps
// the rows only if every one went in.

const PREVIEW_ROWS = 20;
const MAX_LISTED = 1_000;
class RollBack extends Error {}

type Input = ParsedInput<'import.preview'>;
type Problem = ImportReport['problems'][number];

const shown = (c: SheetCell) => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c));

async function run(q: Input, ctx: HandlerContext, keep: boolean): Promise<{ report: ImportReport; imported: number; skipped: number }> {
  const sheet = await readSheet(q.fileName, q.data, q.sheet);
  const [head = [], ...body] = sheet.rows;
  const numbers = sheet.rowNumbers.slice(1);
  const headings = head.map((h, i) => (shown(h).trim() || `Kolonne ${i + 1}`));
  const fields = importFields[q.target];
  const mapping = { ...Object.fromEntries(fields.map((f) => [f.field, null])), ...(q.mapping ?? guessMapping(q.target, headings)) } as Record<string, number | null>;
  for (const [field, col] of Object.entries(mapping)) {
    if (!fields.some((f) => f.field === field)) delete mapping[field];
    else if (col !== null && col >= headings.length) throw new AppError('invalid_input', 'importBadColumn', { col: col + 1 });
  }
  if (body.length === 0) throw new AppError('invalid_input', 'importNoRows');
  if (body.length > IMPORT_MAX_ROWS) throw new AppError('invalid_input', 'importTooManyRows', { n: body.length, max: IMPORT_MAX_ROWS });
  const unmapped = fields.filter((f) => f.required && mapping[f.field] === null).map((f) => f.field);

  const problems: Problem[] = [];
  const duplicates: Problem[] = [];
  const badRows = new Set<number>();
  let problemCount = 0;
  const add = (p: Problem) => {
    problemCount++;
    badRows.add(p.row);
    if (problems.length < MAX_LISTED) problems.push(p);
  };
  const preview: ImportReport['preview'] = [];
  const key = importKey[q.target];
  const seen = new Map<string, number>();
  const schema = contract[q.target === 'cases' ? 'cases.create' : 'suppliers.create'].input;
  let imported = 0;

  const tx = ctx.tx;
  try {
    tx(() => {
      const batch = q.target === 'cases' ? <T,>(fn: () => T) => ctx.repos.cases.withBatchedIndexing(fn) : <T,>(fn: () => T) => fn();
      batch(() => body.forEach((cells, i) => {
        const row = numbers[i]!;
        const input: Record<string, unknown> = {};
        let readable = true;
        for (const f of fields) {
          const col = mapping[f.field];
          if (col === null || col === undefined) continue;
          const r = readCell(f.cell, cells[col] ?? null);
          if (r.ok) {
            if (r.value !== undefined) input[f.field] = r.value;
          } else {
            readable = false;
            add({ row, field: f.field, message: t(r.key, ctx.locale, r.params) });
          }
        }
        if (preview.length < PREVIEW_ROWS) preview.push({ row, values: { ...input } as ImportReport['preview'][number]['values'] });
        if (!readable) return;
        const v = validate(schema, input, ctx.locale);
        if (!v.ok) {
          for (const issue of v.issues) add({ row, field: issue.path.split('.')[0] || null, message: issue.message });
          return;
        }
        const k = String(input[key]);
        const first = seen.get(k);
        if (first !== undefined) {
          duplicates.push({ row, field: key, message: t('importDuplicateInFile', ctx.locale, { value: k, row: first }) });
          return;
        }
        seen.set(k, row);
        const taken = q.target === 'cases' ? ctx.repos.cases.caseNumberTaken(k) : ctx.repos.suppliers.findLiveByOrgnr(k) !== null;
        if (taken) {
          duplicates.push({ row, field: key, message: t('importDuplicateInRegister', ctx.locale, { value: k }) });
          return;
        }
        try {
          // The rules throw before anything is written, so a refused row leaves nothing behind.
          const id = q.target === 'cases' ? insertCase(v.data as ParsedInput<'cases.create'>, ctx) : insertSupplier(v.data as ParsedInput<'suppliers.create'>, ctx);
          // The history says where the record came from: the file, by whom, with each field it brought.
          // (A preview is rolled back whole: it records nothing.)
          if (keep) ctx.audit.record(q.target === 'cases' ? 'case' : 'supplier', id, [{ field: 'importedFrom', before: null, after: q.fileName }, ...Object.entries(v.data as object).map(([field, after]) => ({ field, before: null, after }))]);
          imported++;
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          const fk = e.fieldKeys[0];
          add({ row, field: fk?.path ?? null, message: t(fk?.key ?? e.key, ctx.locale, fk?.params ?? e.params) });
        }
      }));
      const blocked = problemCount > 0 || unmapped.length > 0 || (duplicates.length > 0 && !q.skipDuplicates);
      if (!keep || blocked) throw new RollBack();
    });
  } catch (e) {
    if (!(e instanceof RollBack)) throw e;
  }

  const report: ImportReport = {
    fileName: q.fileName,
    format: sheet.format,
    sheets: sheet.sheets,
    sheet: sheet.sheet,
    columns: headings.map((heading, index) => ({ index, heading, samples: body.slice(0, 3).map((r) => shown(r[index] ?? null)) })),
    mapping,
    unmapped,
    rows: body.length,
    ready: body.length - badRows.size - duplicates.length,
    problemRows: badRows.size,
    problems,
    duplicateRows: duplicates.length,
    duplicates: duplicates.slice(0, MAX_LISTED),
    preview,
  };
  return { report, imported, skipped: duplicates.length };
}

async function previewImport(q: Input, ctx: HandlerContext): Promise<Output<'import.preview'>> {
  return (await run(q, ctx, false)).report;
}

async function commitImport(q: Input, ctx: HandlerContext): Promise<Output<'import.commit'>> {
  const r = await run(q, ctx, true);
  if (r.report.unmapped.length) {
    throw new AppError('invalid_input', 'importUnmapped', {}, r.report.unmapped.map((f) => ({ path: `mapping.${f}`, key: 'importUnmapped' as const })));
  }
  if (r.report.problemRows > 0 || (r.report.duplicateRows > 0 && !q.skipDuplicates)) {
    throw new AppError('invalid_input', 'importHasProblems', { n: r.report.problemRows + (q.skipDuplicates ? 0 : r.report.duplicateRows) });
  }
  return { imported: r.imported, skippedDuplicates: r.skipped, report: r.report };
}

export const importMethods = {
  // Tries every row and rolls back: nothing is kept, so nothing is recorded.
  'import.preview': reads(buyers)(previewImport),
  // Each record imported gets its entry: the file it came from and each field as given.
  'import.commit': writes(buyers, recordsItself('case', 'supplier'))(commitImport),
};
