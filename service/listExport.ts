import ExcelJS from 'exceljs';
import {
  callOffColumns,
  caseColumns,
  complaintColumns,
  type ComplaintRegisterRow,
  contractColumns,
  formatCpv,
  ownValue,
  regimeFor,
  type CaseExportRow,
  type CaseSummary,
  deadlineColumns,
  frameworkColumns,
  listSheetNames,
  nearMaximumSheetName,
  runningColumns,
  runningSheetName,
  type FristerRow,
  supplierColumns,
  todayInOslo,
  type ListColumn,
  type ListExport,
  type Locale,
  type Output,
} from '../core/index.js';
import { CasesRepo, ComplaintsRepo, ContractsRepo, JointRepo, NoticesRepo, ThresholdsRepo } from '../db/index.js';
import { cpvEntry } from './reference/cpv.js';
import { thresholdTableFor } from './handlers/thresholds.js';
import type { Service } from './service.js';

// A list as the user filtered it, every row of it, as an .xlsx: real numbers
// and dates (so Excel sums and sorts them), headings in the user's language,
// the heading row frozen and filtered.

/**
 * Number formats by column kind. '#,##0' is Excel's thousands separator,
 * which Excel shows in the reader's own way: "1 234 567" in Norwegian Excel.
 * A literal '# ##0' would put one fixed space in and no more. Dates are real
 * dates with a day.month.year format.
 */
export const NUM_FMT: Record<ListColumn<never>['kind'], string | null> = {
  nok: '#,##0',
  int: '#,##0',
  date: 'dd.mm.yyyy',
  text: null,
};

/** The spec was checked against ListExportSchema (which holds each list's query schema), so a refusal here is a fault, not the user's. */
function ok<T>(r: ReturnType<Service['dispatch']>): T {
  if (!r.ok) throw new Error(`list export: ${r.body.error.message}`);
  return r.value as T;
}

/**
 * The list's rows with what the register adds for a spreadsheet: the CPV
 * code with its name, the planned dates, the contracts' value and the part
 * of the regulation the case falls under (as the case's page judges it: its
 * value and kind on the date its thresholds apply from), the other
 * contracting authorities of a joint procurement, the notices' numbers and
 * the complaints still open. Each kind of fact is one query for every case,
 * not one a row.
 */
function withFacts(service: Service, rows: readonly CaseSummary[], locale: Locale): CaseExportRow[] {
  const db = service.database.db;
  const facts = new CasesRepo(db).exportFacts();
  const joint = new JointRepo(db).byCase();
  const notices = new NoticesRepo(db).byCase();
  const complaints = new Map<number, CaseExportRow['openComplaints'][number][]>();
  for (const c of new ComplaintsRepo(db).open()) {
    const list = complaints.get(c.caseId);
    if (list) list.push(c.kind);
    else complaints.set(c.caseId, [c.kind]);
  }
  const table = thresholdTableFor({ repos: { thresholds: new ThresholdsRepo(db) } });
  return rows.map((r) => {
    const f = facts.get(r.id);
    const cpv = f?.cpvCode ? cpvEntry(f.cpvCode) : null;
    const date = f?.notifiedDate ?? f?.plannedNoticeDate ?? r.registeredDate;
    return {
      ...r,
      cpv: cpv ? `${formatCpv(cpv.code, cpv.check)} ${cpv[locale]}` : (f?.cpvCode ?? null),
      plannedNoticeDate: f?.plannedNoticeDate ?? null,
      plannedAwardDate: f?.plannedAwardDate ?? null,
      plannedContractStart: f?.plannedContractStart ?? null,
      contractValue: f?.contractValue ?? null,
      regime: regimeFor(
        { value: r.estimatedValue, kind: r.kind, date, procedure: r.procedure, ground: f?.procedureGround ?? null },
        table,
      ).regime,
      jointWith: (joint.get(r.id) ?? []).map((p) => p.name).join(', '),
      ownValue: ownValue(r.estimatedValue, joint.get(r.id) ?? []),
      notices: notices.get(r.id) ?? [],
      openComplaints: complaints.get(r.id) ?? [],
    };
  });
}

/**
 * Frister's deadlines as the screen shows them in its panels, one row each,
 * by date: the contracts' options, expiries and controls within the horizon
 * (contracts.deadlines) and the award's standstills ending, award notices and
 * complaint answers due (overview.awardDeadlines), by the same buyer and
 * department. The contracts' rows take their case's title and buyer from the
 * contracts' own read (one query).
 */
function fristerRows(service: Service, spec: Extract<ListExport, { list: 'deadlines' }>, locale: Locale): FristerRow[] {
  const by = { buyer: spec.buyer, department: spec.department };
  const contracts = ok<Output<'contracts.deadlines'>>(
    service.dispatch('contracts.deadlines', { months: spec.months, ...by }, locale),
  );
  const award = ok<Output<'overview.awardDeadlines'>>(service.dispatch('overview.awardDeadlines', by, locale));
  const contractById = new Map(new ContractsRepo(service.database.db).list().map((k) => [k.id, k]));
  const rows: FristerRow[] = [
    ...contracts.map((d) => ({
      ...d,
      caseTitle: contractById.get(d.contractId)?.caseTitle ?? '',
      buyer: contractById.get(d.contractId)?.caseBuyer ?? '',
    })),
    ...award.flatMap((r) =>
      r.date && (r.kind === 'standstill' || r.kind === 'resultNotice' || r.kind === 'complaint')
        ? [
            {
              kind: r.kind,
              date: r.date,
              urgency: r.urgency,
              optionSeq: null,
              caseNumber: r.caseNumber,
              caseTitle: r.caseTitle,
              buyer: r.buyer,
              contractTitle: null,
              owner: '',
              administrator: '',
            },
          ]
        : [],
    ),
  ];
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.caseNumber.localeCompare(b.caseNumber));
}

/**
 * The office's register of complaints: every complaint, open or closed, with
 * its case, of the cases of the buyer and department chosen (Frister's
 * filter), oldest first. One read of the complaints; each case named is read
 * once.
 */
function complaintRows(service: Service, filter: { buyer?: string | null; department?: string | null }) {
  const db = service.database.db;
  const cases = new CasesRepo(db);
  const seen = new Map<number, ReturnType<CasesRepo['get']>>();
  const caseOf = (id: number) => {
    if (!seen.has(id)) seen.set(id, cases.get(id));
    return seen.get(id)!;
  };
  const rows: ComplaintRegisterRow[] = [];
  for (const x of new ComplaintsRepo(db).all()) {
    const c = caseOf(x.caseId);
    if (!c || (filter.buyer != null && c.buyer !== filter.buyer)) continue;
    if (filter.department != null && c.department !== filter.department) continue;
    rows.push({ ...x, caseNumber: c.caseNumber, caseTitle: c.title, buyer: c.buyer, department: c.department });
  }
  return rows;
}

/** A sheet of a list's workbook: its name, its columns and its rows. */
interface ListSheet {
  name: string;
  columns: ListColumn<never>[];
  rows: unknown[];
}

/** The list's sheets: the list itself, and for Frister its frameworks near their maximum and its other running contracts, as the screen's panels show them. */
function sheetsOf(service: Service, spec: ListExport, locale: Locale): ListSheet[] {
  const name = listSheetNames[spec.list][locale];
  if (spec.list === 'deadlines')
    return [
      { name, columns: deadlineColumns as ListColumn<never>[], rows: fristerRows(service, spec, locale) },
      {
        name: nearMaximumSheetName[locale],
        columns: frameworkColumns as ListColumn<never>[],
        rows: ok<unknown[]>(
          service.dispatch(
            'contracts.frameworkSpend',
            { buyer: spec.buyer, department: spec.department, minLevel: 'warning' },
            locale,
          ),
        ),
      },
      {
        name: runningSheetName[locale],
        columns: runningColumns as ListColumn<never>[],
        rows: ok<unknown[]>(
          service.dispatch(
            'contracts.running',
            { buyer: spec.buyer, department: spec.department, months: spec.months },
            locale,
          ),
        ),
      },
    ];
  return [{ name, ...rowsOf(service, spec, locale) }];
}

function rowsOf(
  service: Service,
  spec: Exclude<ListExport, { list: 'deadlines' }>,
  locale: Locale,
): { columns: ListColumn<never>[]; rows: unknown[] } {
  switch (spec.list) {
    case 'cases': {
      const rows: unknown[] = [];
      let cursor: string | undefined;
      do {
        const page = ok<Output<'cases.list'>>(
          service.dispatch('cases.list', { ...spec.query, limit: 500, ...(cursor ? { cursor } : {}) }, locale),
        );
        rows.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return { columns: caseColumns as ListColumn<never>[], rows: withFacts(service, rows as CaseSummary[], locale) };
    }
    case 'suppliers': {
      const rows: unknown[] = [];
      for (let offset = 0; ; offset += 500) {
        const page = ok<Output<'suppliers.list'>>(
          service.dispatch('suppliers.list', { q: spec.q, limit: 500, offset }, locale),
        );
        rows.push(...page.items);
        if (page.items.length < 500) break;
      }
      return { columns: supplierColumns as ListColumn<never>[], rows };
    }
    case 'contracts':
      return {
        columns: contractColumns as ListColumn<never>[],
        rows: ok<unknown[]>(service.dispatch('contracts.list', {}, locale)),
      };
    case 'frameworks':
      return {
        columns: frameworkColumns as ListColumn<never>[],
        rows: ok<unknown[]>(
          service.dispatch('contracts.frameworkSpend', { buyer: spec.buyer, department: spec.department }, locale),
        ),
      };
    case 'complaints':
      return { columns: complaintColumns as ListColumn<never>[], rows: complaintRows(service, spec) };
    case 'callOffs':
      return {
        columns: callOffColumns as ListColumn<never>[],
        rows:
          ok<Output<'contracts.get'>>(service.dispatch('contracts.get', { id: spec.contractId }, locale)).framework
            ?.callOffs ?? [],
      };
  }
}

/** A column of a sheet Anskaff writes: its heading, width, and how its cells are shown. */
export interface SheetColumn {
  header: string;
  width: number;
  kind?: ListColumn<never>['kind'];
}

/**
 * One sheet as an .xlsx, the way Anskaff writes every spreadsheet: the
 * heading row bold, frozen and filtered, figures with thousands grouped and
 * dates as dates. A Date in a column of no kind is shown as a date too.
 */
export async function sheetWorkbook(
  name: string,
  columns: readonly SheetColumn[],
  rows: readonly (readonly unknown[])[],
): Promise<Uint8Array> {
  return workbookOf([{ name, columns, rows }]);
}

/** Sheets as one .xlsx, each written the way sheetWorkbook writes one. */
export async function workbookOf(
  sheets: readonly { name: string; columns: readonly SheetColumn[]; rows: readonly (readonly unknown[])[] }[],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Anskaff';
  for (const { name, columns, rows } of sheets) {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
    for (const r of rows) {
      const row = ws.addRow([...r]);
      // Each figure and date cell carries its format (not the heading's): Excel shows the number grouped, the date as a date.
      r.forEach((v, i) => {
        const fmt = NUM_FMT[columns[i]?.kind ?? 'text'] ?? (v instanceof Date ? NUM_FMT.date : null);
        if (fmt) row.getCell(i + 1).numFmt = fmt;
      });
    }
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function listWorkbook(
  service: Service,
  spec: ListExport,
  locale: Locale,
): Promise<{ bytes: Uint8Array; fileName: string; rows: number }> {
  const sheets = sheetsOf(service, spec, locale);
  const bytes = await workbookOf(
    sheets.map(({ name, columns, rows }) => ({
      name,
      columns: columns.map((c) => ({ header: c[locale], width: c.width, kind: c.kind })),
      rows: rows.map((r) =>
        columns.map((c) => {
          const v = c.value(r as never, locale);
          // A date cell, at UTC midnight so it is the same day in every time zone; no text, an empty cell (Excel's "(Blanks)").
          if (v === '') return null;
          return c.kind === 'date' && typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v;
        }),
      ),
    })),
  );
  const name = listSheetNames[spec.list][locale];
  return { bytes, fileName: `${name.toLowerCase()}-${todayInOslo()}.xlsx`, rows: sheets[0]!.rows.length };
}
