import {
  AppError,
  contract,
  FIRST_PHASE,
  formatDate,
  guessMapping,
  isPhaseDateField,
  phaseOfDateField,
  phaseDateField,
  phaseDef,
  phaseDefs,
  rowTimeline,
  IMPORT_MAX_ROWS,
  importFields,
  importKey,
  readCell,
  t,
  TRANSITION_MESSAGES,
  validate,
  type ImportRejects,
  type ImportReport,
  type Locale,
  type MessageKey,
  type Output,
  type Phase,
  type TimelineIssue,
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
// the rows only if every one went in, or, when asked to leave out the
// invalid ones, every valid row (each in whole, or not at all). A case's
// phase and phase dates become its timeline, checked by the app's own
// transition rule.

const PREVIEW_ROWS = 20;
const MAX_LISTED = 1_000;
class RollBack extends Error {}

type Input = ParsedInput<'import.preview'>;
type Problem = ImportReport['problems'][number];

const shown = (c: SheetCell) => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c));
const phaseName = (p: Phase, locale: Locale) => phaseDef(p)[locale];

/** A timeline's problem in the user's words, on the column it is about. */
function timelineMessage(
  i: TimelineIssue,
  locale: Locale,
): { key: MessageKey; params: Record<string, string | number> } {
  const name = (p: Phase) => phaseName(p, locale);
  const day = (d: string) => formatDate(d, locale);
  switch (i.problem) {
    case 'phaseMissing':
      return { key: 'importPhaseMissing', params: {} };
    case 'cancelNeedsReason':
      return { key: 'importCancelledNeedsReason', params: {} };
    case 'dateAfterPhase':
      return { key: 'importPhaseDateAfterPhase', params: { phase: name(i.phase), current: name(i.current) } };
    case 'dateBeforePrevious':
      return {
        key: 'importPhaseDateBefore',
        params: {
          phase: name(i.phase),
          date: day(i.date),
          previous: name(i.previous),
          previousDate: day(i.previousDate),
        },
      };
    case 'dateInFuture':
      return { key: 'importPhaseDateInFuture', params: { phase: name(i.phase), date: day(i.date) } };
    case 'sinceDiffers':
      return {
        key: 'importPhaseSinceDiffers',
        params: { phase: name(i.phase), date: day(i.date), since: day(i.since) },
      };
    case 'notRegisteredDate':
      return {
        key: 'importFirstPhaseNotRegistered',
        params: { phase: name(FIRST_PHASE), date: day(i.date), registered: day(i.registered) },
      };
    default:
      return { key: TRANSITION_MESSAGES[i.problem], params: { date: '' } };
  }
}

interface Run {
  report: ImportReport;
  imported: number;
  skipped: number;
  /** Every row left out with all its problems (only when asked for: the rows to write back). */
  rejects: Map<number, ImportReport['problems']>;
  /** The sheet as read, for the rows to write back. */
  sheet: { headings: string[]; rows: SheetCell[][]; numbers: number[]; name: string };
}

async function run(q: Input, ctx: HandlerContext, keep: boolean, collect = false): Promise<Run> {
  const sheet = await readSheet(q.fileName, q.data, q.sheet);
  const [head = [], ...body] = sheet.rows;
  const numbers = sheet.rowNumbers.slice(1);
  const headings = head.map((h, i) => shown(h).trim() || `Kolonne ${i + 1}`);
  const fields = importFields[q.target];
  const mapping = {
    ...Object.fromEntries(fields.map((f) => [f.field, null])),
    ...(q.mapping ?? guessMapping(q.target, headings)),
  } as Record<string, number | null>;
  for (const [field, col] of Object.entries(mapping)) {
    if (!fields.some((f) => f.field === field)) delete mapping[field];
    else if (col !== null && col >= headings.length)
      throw new AppError('invalid_input', 'importBadColumn', { col: col + 1 });
  }
  if (body.length === 0) throw new AppError('invalid_input', 'importNoRows');
  if (body.length > IMPORT_MAX_ROWS)
    throw new AppError('invalid_input', 'importTooManyRows', { n: body.length, max: IMPORT_MAX_ROWS });
  const unmapped = fields.filter((f) => f.required && mapping[f.field] === null).map((f) => f.field);

  const problems: Problem[] = [];
  const duplicates: Problem[] = [];
  const badRows = new Set<number>();
  let problemCount = 0;
  const rejects = new Map<number, Problem[]>();
  const reject = (p: Problem) => {
    if (collect) rejects.set(p.row, [...(rejects.get(p.row) ?? []), p]);
  };
  const add = (p: Problem) => {
    problemCount++;
    badRows.add(p.row);
    reject(p);
    if (problems.length < MAX_LISTED) problems.push(p);
  };
  const notices: Problem[] = [];
  let noticeRows = 0;
  const duplicate = (p: Problem) => {
    duplicates.push(p);
    reject(p);
  };
  const leaveOut = q.leaveOutInvalid;
  const preview: ImportReport['preview'] = [];
  const key = importKey[q.target];
  const seen = new Map<string, number>();
  const schema = contract[q.target === 'cases' ? 'cases.create' : 'suppliers.create'].input;
  let imported = 0;

  const tx = ctx.tx;
  try {
    tx(() => {
      const batch =
        q.target === 'cases' ? <T>(fn: () => T) => ctx.repos.cases.withBatchedIndexing(fn) : <T>(fn: () => T) => fn();
      batch(() =>
        body.forEach((cells, i) => {
          const row = numbers[i]!;
          const input: Record<string, unknown> = {};
          // The phase and the phase dates are the case's timeline, not fields of cases.create.
          const timeline: { phase?: Phase; since?: string; dates: Partial<Record<Phase, string>> } = { dates: {} };
          let readable = true;
          for (const f of fields) {
            const col = mapping[f.field];
            if (col === null || col === undefined) continue;
            const r = readCell(f.cell, cells[col] ?? null);
            if (r.ok) {
              if (r.value === undefined) continue;
              if (f.field === 'phase') timeline.phase = r.value as Phase;
              else if (f.field === 'phaseSince') timeline.since = r.value as string;
              else if (isPhaseDateField(f.field)) timeline.dates[phaseOfDateField(f.field)] = r.value as string;
              else input[f.field] = r.value;
            } else {
              readable = false;
              const params =
                r.key === 'importUnknownPhase'
                  ? { ...r.params, phases: phaseDefs.map((d) => d[ctx.locale]).join(', ') }
                  : r.params;
              add({ row, field: f.field, message: t(r.key, ctx.locale, params) });
            }
          }
          if (preview.length < PREVIEW_ROWS) {
            const dates = Object.fromEntries(
              Object.entries(timeline.dates).map(([p, d]) => [phaseDateField(p as Phase), d]),
            );
            preview.push({
              row,
              values: {
                ...input,
                ...(timeline.phase ? { phase: timeline.phase } : {}),
                ...(timeline.since ? { phaseSince: timeline.since } : {}),
                ...dates,
              } as ImportReport['preview'][number]['values'],
            });
          }
          if (!readable) return;
          const v = validate(schema, input, ctx.locale);
          if (!v.ok) {
            for (const issue of v.issues) add({ row, field: issue.path.split('.')[0] || null, message: issue.message });
            return;
          }
          const planned =
            q.target === 'cases'
              ? rowTimeline({
                  phase: timeline.phase,
                  dates: timeline.dates,
                  since: timeline.since,
                  registeredDate: (v.data as { registeredDate?: string }).registeredDate,
                  today: ctx.today,
                })
              : null;
          if (planned && !planned.ok) {
            for (const issue of planned.issues) {
              const m = timelineMessage(issue, ctx.locale);
              add({ row, field: issue.field, message: t(m.key, ctx.locale, m.params) });
            }
            return;
          }
          const k = String(input[key]);
          const first = seen.get(k);
          if (first !== undefined) {
            duplicate({ row, field: key, message: t('importDuplicateInFile', ctx.locale, { value: k, row: first }) });
            return;
          }
          seen.set(k, row);
          const taken =
            q.target === 'cases' ? ctx.repos.cases.caseNumberTaken(k) : ctx.repos.suppliers.findLiveByOrgnr(k) !== null;
          if (taken) {
            duplicate({ row, field: key, message: t('importDuplicateInRegister', ctx.locale, { value: k }) });
            return;
          }
          try {
            // A row is written whole or not at all without a savepoint of its own (one a row
            // halved the import's speed): the rules throw before anything is written, the
            // timeline was checked above, and anything else undoes the whole import.
            let id: number;
            const changes: { field: string; before: null; after: unknown }[] = [];
            if (q.target === 'cases') {
              const data = {
                ...(v.data as ParsedInput<'cases.create'>),
                ...(planned?.ok && planned.registeredDate ? { registeredDate: planned.registeredDate } : {}),
              };
              id = insertCase(data, ctx);
              changes.push(...Object.entries(data).map(([field, after]) => ({ field, before: null, after })));
              if (planned?.ok && planned.steps.length > 0) {
                const note = t('importEventNote', ctx.locale, { file: q.fileName });
                planned.steps.forEach((s, i) => {
                  if (!ctx.repos.cases.addEvent(id, 1 + i, { phase: s.phase, fromPhase: s.from, date: s.date, note }))
                    throw new Error(`import: case ${id} changed under the import`);
                });
                ctx.repos.goals.refreshCase(id);
                changes.push({ field: 'phase', before: null, after: planned.steps.at(-1)!.phase });
                changes.push({
                  field: 'timeline',
                  before: null,
                  after: ctx.repos.cases.events(id).map((e) => ({ phase: e.phase, date: e.date })),
                });
              }
              if (planned?.ok && planned.datedToday) {
                noticeRows++;
                if (notices.length < MAX_LISTED)
                  notices.push({
                    row,
                    field: 'phase',
                    message: t('importPhaseDatedToday', ctx.locale, {
                      phase: phaseName(planned.datedToday, ctx.locale),
                      date: formatDate(ctx.today, ctx.locale),
                    }),
                  });
              }
            } else {
              id = insertSupplier(v.data as ParsedInput<'suppliers.create'>, ctx);
              changes.push(
                ...Object.entries(v.data as object).map(([field, after]) => ({ field, before: null, after })),
              );
            }
            // The history says where the record came from: the file, by whom, with each field it brought.
            // (A preview is rolled back whole: it records nothing.)
            if (keep)
              ctx.audit.record(q.target === 'cases' ? 'case' : 'supplier', id, [
                { field: 'importedFrom', before: null, after: q.fileName },
                ...changes,
              ]);
            imported++;
          } catch (e) {
            if (!(e instanceof AppError)) throw e;
            const fk = e.fieldKeys[0];
            add({ row, field: fk?.path ?? null, message: t(fk?.key ?? e.key, ctx.locale, fk?.params ?? e.params) });
          }
        }),
      );
      const blocked =
        unmapped.length > 0 || (!leaveOut && (problemCount > 0 || (duplicates.length > 0 && !q.skipDuplicates)));
      if (!keep || blocked) throw new RollBack();
    });
  } catch (e) {
    if (!(e instanceof RollBack)) throw e;
  }

  const used = new Set(Object.values(mapping).filter((c): c is number => c !== null));
  const report: ImportReport = {
    fileName: q.fileName,
    format: sheet.format,
    sheets: sheet.sheets,
    sheet: sheet.sheet,
    columns: headings.map((heading, index) => ({
      index,
      heading,
      samples: body.slice(0, 3).map((r) => shown(r[index] ?? null)),
    })),
    mapping,
    unmapped,
    rows: body.length,
    ready: body.length - badRows.size - duplicates.length,
    problemRows: badRows.size,
    problems,
    duplicateRows: duplicates.length,
    duplicates: duplicates.slice(0, MAX_LISTED),
    unusedColumns: headings.map((_, i) => i).filter((i) => !used.has(i)),
    notices,
    noticeRows,
    preview,
  };
  return {
    report,
    imported,
    skipped: duplicates.length,
    rejects,
    sheet: { headings, rows: body, numbers, name: sheet.sheet },
  };
}

async function previewImport(q: Input, ctx: HandlerContext): Promise<Output<'import.preview'>> {
  return (await run(q, ctx, false)).report;
}

async function commitImport(q: Input, ctx: HandlerContext): Promise<Output<'import.commit'>> {
  const r = await run(q, ctx, true);
  if (r.report.unmapped.length) {
    throw new AppError(
      'invalid_input',
      'importUnmapped',
      {},
      r.report.unmapped.map((f) => ({ path: `mapping.${f}`, key: 'importUnmapped' as const })),
    );
  }
  if (q.leaveOutInvalid) {
    if (r.imported === 0) throw new AppError('invalid_input', 'importNothingValid');
    return { imported: r.imported, skippedDuplicates: r.skipped, leftOut: r.report.problemRows, report: r.report };
  }
  if (r.report.problemRows > 0 || (r.report.duplicateRows > 0 && !q.skipDuplicates)) {
    throw new AppError('invalid_input', 'importHasProblems', {
      n: r.report.problemRows + (q.skipDuplicates ? 0 : r.report.duplicateRows),
    });
  }
  return { imported: r.imported, skippedDuplicates: r.skipped, leftOut: 0, report: r.report };
}

/** A cell as it goes back into a spreadsheet: a date stays a date. */
const asRejectCell = (c: SheetCell): ImportRejects['rows'][number]['cells'][number] =>
  c instanceof Date ? { date: c.toISOString().slice(0, 10) } : c;

/**
 * The rows an import leaves out (those with problems, and the duplicates),
 * each as it was in the file with its problems in words, naming the
 * column by its heading in the sheet: the sheet to correct and import again.
 */
async function rejectedRows(q: Input, ctx: HandlerContext): Promise<Output<'import.rejects'>> {
  const r = await run(q, ctx, false, true);
  const { headings, rows, numbers } = r.sheet;
  const column = (field: string | null) => {
    const col = field === null ? null : r.report.mapping[field];
    return col === null || col === undefined ? null : headings[col]!;
  };
  const out: ImportRejects['rows'] = [];
  rows.forEach((cells, i) => {
    const row = numbers[i]!;
    const problems = r.rejects.get(row);
    if (!problems) return;
    const said = problems.map((p) => {
      const heading = column(p.field);
      return heading ? `${heading}: ${p.message}` : p.message;
    });
    out.push({
      row,
      cells: cells.map(asRejectCell),
      errors: `${t('importRejectsRow', ctx.locale, { row })}: ${said.join(' ')}`,
    });
  });
  return { sheet: r.sheet.name, headings, rows: out };
}

export const importMethods = {
  // Tries every row and rolls back: nothing is kept, so nothing is recorded.
  'import.preview': reads(buyers)(previewImport),
  // Each record imported gets its entry: the file it came from and each field as given.
  'import.commit': writes(buyers, recordsItself('case', 'supplier'))(commitImport),
  // The same dry run as the preview, giving back the rows it would leave out.
  'import.rejects': reads(buyers)(rejectedRows),
};
