import {
  AppError,
  normalise,
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
// the file it came from. Every row is recorded as called off directly by
// the framework's terms: a sales report says nothing of mini-competitions.

type Column = 'framework' | 'date' | 'department' | 'orgnr' | 'value' | 'description' | 'quantity';

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
  quantity: ['mengde', 'antall', 'quantity'],
};
const REQUIRED: Exclude<Column, 'quantity'>[] = ['framework', 'date', 'department', 'orgnr', 'value', 'description'];

class RollBack extends Error {}

const text = (c: SheetCell) => (c instanceof Date ? c.toISOString().slice(0, 10) : c === null ? '' : String(c)).trim();

async function importCallOffs(
  q: ParsedInput<'contracts.importCallOffs'>,
  ctx: HandlerContext,
): Promise<Output<'contracts.importCallOffs'>> {
  const sheet = await readSheet(q.fileName, q.data);
  const headings = (sheet.rows[0] ?? []).map((h) => normalise(text(h)));
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
  const what = (column: (typeof REQUIRED)[number]) => t('callOffImportColumn', ctx.locale, { column });
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
        try {
          const f = checkedCallOff(ctx, k, {
            date,
            department,
            supplierId: supplier.id,
            value,
            quantity,
            description,
            method: 'direct',
            invitationDate: null,
            tenderCount: null,
            awardReason: '',
          });
          refuseIfReached(ctx, k.id);
          ctx.repos.frameworks.addCallOff(k.id, f);
          if (q.commit)
            ctx.audit.record('contract', k.id, [
              { field: 'importedFrom', before: null, after: q.fileName },
              {
                field: 'callOffs',
                before: null,
                after: { date, department, supplierName: supplier.name, description, value },
              },
            ]);
          imported++;
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          const fk = e.fieldKeys[0];
          problems.push({ row, message: t(fk?.key ?? e.key, ctx.locale, fk?.params ?? e.params) });
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
