import {
  AppError,
  callOffColumns,
  normalise,
  readCallOffMethod,
  readDate,
  readNok,
  t,
  type Output,
  type ParsedInput,
  type SheetCell,
} from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { readSheet } from '../import/readSheet.js';
import { buyers, recordsItself, writes } from '../registry.js';
import { checkedCallOff, refuseIfReached } from './frameworks.js';

// Call-offs from a spreadsheet (the office's own list, or a supplier's sales
// report), all rows or none, like the case import: each row is matched to
// its framework by the case number or the contract's title and to its
// supplier by organisation number, checked as a call-off made on the page
// is (the framework's supplier, period and terms; a framework whose maximum
// is reached takes no more), and recorded on its contract's history with
// the file it came from. How a row was called off is an optional column
// (a sales report says nothing of it): empty, or no such column, is
// directly by the framework's terms; a mini-competition row gives its
// invitation date, number of tenders and award reasons, checked as the
// form's are. A refusal about one field names the column it came from.

type Column =
  | 'framework'
  | 'date'
  | 'department'
  | 'orgnr'
  | 'value'
  | 'description'
  | 'quantity'
  | 'method'
  | 'invitationDate'
  | 'tenderCount'
  | 'awardReason';

/** The headings of a column of the call-offs' own list as .xlsx (core/reference/listExports.ts), so what it writes reads back. */
const exported = (en: string): string[] => {
  const c = callOffColumns.find((x) => x.en === en)!;
  return [c.nb, c.nn, c.en].map(normalise);
};

/** The headings that name each column, normalised (core's `normalise`). */
const HEADINGS: Record<Column, string[]> = {
  framework: ['rammeavtale', 'saksnummer', 'saksnr', 'sak', 'avtale', 'framework', 'case number'],
  date: ['dato', 'avropsdato', 'bestillingsdato', 'date'],
  department: ['avdeling', 'enhet', 'department'],
  orgnr: ['orgnr', 'org nr', 'organisasjonsnummer', 'leverandør orgnr', 'leverandørens orgnr', 'organisation number'],
  value: ['verdi', 'beløp', 'sum', 'verdi kr', 'beløp kr', 'value', 'amount'],
  description: [
    'hva som ble kjøpt',
    'kva som vart kjøpt',
    'beskrivelse',
    'vare',
    'varer',
    'hva',
    'description',
    'what was bought',
  ],
  quantity: ['mengde', 'mengd', 'antall', 'quantity'],
  method: [...exported('How'), 'avropsform', 'avropsmåte', 'avrop gjort ved', 'call off method', 'method'],
  invitationDate: [...exported('Invitation sent'), 'invitasjonsdato', 'invitert', 'invitation date', 'invited'],
  tenderCount: [...exported('Tenders'), 'tilbud', 'tilbod', 'antall tilbud mottatt', 'number of tenders'],
  awardReason: [
    ...exported('Reasons'),
    'grunngjeving',
    'begrunnelse for tildeling',
    'grunngjeving for tildelinga',
    'award reasons',
    'reasons for the award',
  ],
};
/** The field of a call-off (the form's, the service's checks) each column fills. */
const FIELD_COLUMN: Record<string, Column> = {
  date: 'date',
  department: 'department',
  supplierId: 'orgnr',
  value: 'value',
  quantity: 'quantity',
  description: 'description',
  method: 'method',
  invitationDate: 'invitationDate',
  tenderCount: 'tenderCount',
  awardReason: 'awardReason',
};
const REQUIRED: Column[] = ['framework', 'date', 'department', 'orgnr', 'value', 'description'];

class RollBack extends Error {}

const text = (c: SheetCell) => (c instanceof Date ? c.toISOString().slice(0, 10) : c === null ? '' : String(c)).trim();

async function importCallOffs(
  q: ParsedInput<'contracts.importCallOffs'>,
  ctx: HandlerContext,
): Promise<Output<'contracts.importCallOffs'>> {
  const sheet = await readSheet(q.fileName, q.data);
  const written = (sheet.rows[0] ?? []).map((h) => text(h));
  const headings = written.map(normalise);
  const col = Object.fromEntries(
    (Object.keys(HEADINGS) as Column[]).map((c) => [c, headings.findIndex((h) => HEADINGS[c].includes(h))]),
  ) as Record<Column, number>;
  for (const c of REQUIRED)
    if (col[c] < 0)
      throw new AppError('invalid_input', 'callOffImportNoColumn', {
        what: t('callOffImportColumn', ctx.locale, { column: c }),
      });
  const body = sheet.rows.slice(1);
  const problems: { row: number; message: string }[] = [];
  // Frameworks by case number and by title; several with one case number: the title decides.
  const frameworks = ctx.repos.contracts.list().filter((k) => ctx.repos.frameworks.terms(k.id));
  const frameworkOf = (key: string) => {
    const n = normalise(key);
    const byTitle = frameworks.filter((k) => normalise(k.title) === n);
    const byCase = frameworks.filter((k) => normalise(k.caseNumber) === n);
    return (byTitle.length === 1 ? byTitle : byCase.length === 1 ? byCase : [])[0] ?? null;
  };
  const what = (column: Column) => t('callOffImportColumn', ctx.locale, { column });
  /** A column as the report names it: its heading as the file writes it, or (when the file has none) what it is. */
  const named = (column: Column) => (col[column] >= 0 ? written[col[column]]!.slice(0, 60) : what(column));
  const cellOf = (cells: readonly SheetCell[], column: Column): SheetCell =>
    col[column] >= 0 ? (cells[col[column]] ?? null) : null;
  let imported = 0;
  try {
    ctx.tx(() => {
      body.forEach((cells, i) => {
        const row = sheet.rowNumbers[i + 1] ?? i + 2;
        if (cells.every((c) => text(c) === '')) return;
        const say = (key: Parameters<typeof t>[0], params: Record<string, string | number>) =>
          problems.push({ row, message: t(key, ctx.locale, params) });
        const k = frameworkOf(text(cells[col.framework] ?? null));
        if (!k) return say('callOffImportNoFramework', { value: text(cells[col.framework] ?? null).slice(0, 60) });
        const orgnr = text(cells[col.orgnr] ?? null).replace(/\s/g, '');
        const supplier = ctx.repos.suppliers.findLiveByOrgnr(orgnr);
        if (!supplier) return say('callOffImportNoSupplier', { value: orgnr.slice(0, 20) });
        const date = readDate(cells[col.date] ?? null);
        if (!date)
          return say('callOffImportBadCell', { value: text(cells[col.date] ?? null).slice(0, 40), what: what('date') });
        const value = readNok(cells[col.value] ?? null);
        if (value === null)
          return say('callOffImportBadCell', {
            value: text(cells[col.value] ?? null).slice(0, 40),
            what: what('value'),
          });
        const department = text(cells[col.department] ?? null).slice(0, 120);
        const description = text(cells[col.description] ?? null).slice(0, 300);
        if (!department) return say('callOffImportBadCell', { value: '', what: what('department') });
        if (!description) return say('callOffImportBadCell', { value: '', what: what('description') });
        const quantity = col.quantity >= 0 ? readNok(cells[col.quantity] ?? null) : null;
        const methodCell = text(cellOf(cells, 'method'));
        const method = methodCell ? readCallOffMethod(methodCell) : 'direct';
        if (!method) return say('callOffImportBadCell', { value: methodCell.slice(0, 40), what: what('method') });
        const invitationCell = cellOf(cells, 'invitationDate');
        const invitationDate = text(invitationCell) ? readDate(invitationCell) : null;
        if (text(invitationCell) && !invitationDate)
          return say('callOffImportBadCell', {
            value: text(invitationCell).slice(0, 40),
            what: what('invitationDate'),
          });
        const tendersCell = text(cellOf(cells, 'tenderCount'));
        const tenderCount = tendersCell ? Number(tendersCell) : null;
        if (tenderCount !== null && !(Number.isInteger(tenderCount) && tenderCount >= 0 && tenderCount <= 1_000))
          return say('callOffImportBadCell', { value: tendersCell.slice(0, 40), what: what('tenderCount') });
        const awardReason = text(cellOf(cells, 'awardReason')).slice(0, 4_000);
        try {
          const f = checkedCallOff(ctx, k, {
            date,
            department,
            supplierId: supplier.id,
            value,
            quantity,
            description,
            method,
            invitationDate,
            tenderCount,
            awardReason,
            overMaximumReason: '',
          });
          refuseIfReached(ctx, k.id);
          ctx.repos.frameworks.addCallOff(k.id, f);
          if (q.commit)
            ctx.audit.record('contract', k.id, [
              { field: 'importedFrom', before: null, after: q.fileName },
              {
                field: 'callOffs',
                before: null,
                after: {
                  date,
                  department,
                  supplierName: supplier.name,
                  description,
                  value,
                  method: f.method,
                  invitationDate: f.invitationDate,
                  tenderCount: f.tenderCount,
                  awardReason: f.awardReason,
                },
              },
            ]);
          imported++;
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          const fk = e.fieldKeys[0];
          const message = t(fk?.key ?? e.key, ctx.locale, fk?.params ?? e.params);
          const column = fk && FIELD_COLUMN[fk.path];
          problems.push({
            row,
            message: column ? t('callOffImportInColumn', ctx.locale, { column: named(column), message }) : message,
          });
        }
      });
      // All or none: a dry run, or any row refused, keeps nothing.
      if (!q.commit || problems.length > 0) throw new RollBack();
    });
  } catch (e) {
    if (!(e instanceof RollBack)) throw e;
  }
  return {
    rows: body.filter((cells) => cells.some((c) => text(c) !== '')).length,
    imported: q.commit && problems.length === 0 ? imported : 0,
    problems,
  };
}

export const callOffImportMethods = {
  // A dry run is rolled back whole and records nothing; a commit records each call-off on its contract's history.
  'contracts.importCallOffs': writes(buyers, recordsItself('contract'))(importCallOffs),
};
