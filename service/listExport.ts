import ExcelJS from 'exceljs';
import {
  caseColumns,
  contractColumns,
  deadlineColumns,
  listSheetNames,
  supplierColumns,
  todayInOslo,
  type ListColumn,
  type ListExport,
  type Locale,
  type Output,
} from '../core/index.js';
import type { Service } from './service.js';

// A list as the user filtered it, every row of it, as an .xlsx: real numbers
// and dates (so Excel sums and sorts them), headings in the user's language,
// the heading row frozen and filtered.

/** The spec was checked against ListExportSchema (which holds each list's query schema), so a refusal here is a fault, not the user's. */
function ok<T>(r: ReturnType<Service['dispatch']>): T {
  if (!r.ok) throw new Error(`list export: ${r.body.error.message}`);
  return r.value as T;
}

function rowsOf(service: Service, spec: ListExport, locale: Locale): { columns: ListColumn<never>[]; rows: unknown[] } {
  switch (spec.list) {
    case 'cases': {
      const rows: unknown[] = [];
      let cursor: string | undefined;
      do {
        const page = ok<Output<'cases.list'>>(service.dispatch('cases.list', { ...spec.query, limit: 500, ...(cursor ? { cursor } : {}) }, locale));
        rows.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return { columns: caseColumns as ListColumn<never>[], rows };
    }
    case 'suppliers': {
      const rows: unknown[] = [];
      for (let offset = 0; ; offset += 500) {
        const page = ok<Output<'suppliers.list'>>(service.dispatch('suppliers.list', { q: spec.q, limit: 500, offset }, locale));
        rows.push(...page.items);
        if (page.items.length < 500) break;
      }
      return { columns: supplierColumns as ListColumn<never>[], rows };
    }
    case 'contracts':
      return { columns: contractColumns as ListColumn<never>[], rows: ok<unknown[]>(service.dispatch('contracts.list', {}, locale)) };
    case 'deadlines':
      return { columns: deadlineColumns as ListColumn<never>[], rows: ok<unknown[]>(service.dispatch('contracts.deadlines', { months: spec.months, buyer: spec.buyer, department: spec.department }, locale)) };
  }
}

export async function listWorkbook(service: Service, spec: ListExport, locale: Locale): Promise<{ bytes: Uint8Array; fileName: string; rows: number }> {
  const { columns, rows } = rowsOf(service, spec, locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Anskaff';
  const name = listSheetNames[spec.list][locale];
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c[locale], width: c.width, style: c.kind === 'nok' ? { numFmt: '# ##0' } : c.kind === 'date' ? { numFmt: 'dd.mm.yyyy' } : {} }));
  for (const r of rows) {
    ws.addRow(
      columns.map((c) => {
        const v = c.value(r as never, locale);
        // A date cell, at UTC midnight so it is the same day in every time zone.
        return c.kind === 'date' && typeof v === 'string' && v ? new Date(`${v}T00:00:00Z`) : v;
      }),
    );
  }
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { bytes, fileName: `${name.toLowerCase()}-${todayInOslo()}.xlsx`, rows: rows.length };
}
