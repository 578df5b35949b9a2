import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fileExporter } from '../../service/exporter.js';
import type { PdfPrinter } from '../../service/print/printer.js';
import { ok, tempService } from '../helpers/tempService.js';

// No report is printed here; a printer that is never asked is enough.
const noPrinter: PdfPrinter = { pdf: () => Promise.reject(new Error('not used')), close: () => Promise.resolve() };

async function sheet(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return { name: ws.name, rows };
}

describe('lists as .xlsx', () => {
  it('exports every case the filters select, with real numbers and dates, headings in the user\'s language', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 700 });
    const exporter = fileExporter(s, noPrinter, 'test');
    const r = await exporter('xlsx', { list: 'cases', query: { department: 'Helse og omsorg', includeArchived: true } }, 'nb', 'http://127.0.0.1/');
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    expect(r.fileName).toMatch(/^saker-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const { name, rows } = await sheet(r.bytes);
    expect(name).toBe('Saker');
    expect(rows[0]).toEqual(['Saksnummer', 'Tittel', 'Avdeling', 'Innkjøper', 'Anslått verdi (kr)', 'Type', 'Prosedyre', 'Fase', 'I fasen siden', 'Tema', 'Registrert']);
    const total = ok(s, 'cases.list', { department: 'Helse og omsorg', includeArchived: true }).total;
    // More than one page of the list (500 rows), all of them.
    expect(total).toBeGreaterThan(0);
    expect(rows.length - 1).toBe(total);
    const first = rows[1]!;
    expect(first[2]).toBe('Helse og omsorg');
    expect(typeof first[4]).toBe('number');
    expect(first[10]).toBeInstanceOf(Date);

    const all = await exporter('xlsx', { list: 'cases' }, 'en', 'http://127.0.0.1/');
    if (!all.ok) throw new Error('export failed');
    const en = await sheet(all.bytes);
    expect(en.name).toBe('Cases');
    expect(en.rows.length - 1).toBe(ok(s, 'cases.list', {}).total);
    expect(en.rows.length - 1).toBeGreaterThan(500);
  });

  it('exports suppliers and the deadlines of the chosen horizon, and refuses an unknown list', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 120 });
    const exporter = fileExporter(s, noPrinter, 'test');
    const sup = await exporter('xlsx', { list: 'suppliers' }, 'nb', 'http://127.0.0.1/');
    if (!sup.ok) throw new Error('export failed');
    expect((await sheet(sup.bytes)).rows.length - 1).toBe(ok(s, 'suppliers.list', {}).total);
    const dl = await exporter('xlsx', { list: 'deadlines', months: 12 }, 'nb', 'http://127.0.0.1/');
    if (!dl.ok) throw new Error('export failed');
    expect((await sheet(dl.bytes)).rows.length - 1).toBe(ok(s, 'contracts.deadlines', { months: 12 }).length);
    expect(await exporter('xlsx', { list: 'everything' }, 'nb', 'http://127.0.0.1/')).toMatchObject({ ok: false, status: 400 });
  });

  it('writes a list in nynorsk for a user whose screens are in nynorsk: sheet, headings, names and "Ja"', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 120 });
    const exporter = fileExporter(s, noPrinter, 'test');
    const sup = await exporter('xlsx', { list: 'suppliers' }, 'nn', 'http://127.0.0.1/');
    if (!sup.ok) throw new Error('export failed');
    expect(sup.fileName).toMatch(/^leverandørar-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const suppliers = await sheet(sup.bytes);
    expect(suppliers.name).toBe('Leverandørar');
    expect(suppliers.rows[0]).toEqual(['Organisasjonsnummer', 'Namn', 'Stad', 'Kontaktpersonar', 'Dialogaktivitetar']);
    const cases = await exporter('xlsx', { list: 'cases' }, 'nn', 'http://127.0.0.1/');
    if (!cases.ok) throw new Error('export failed');
    const rows = (await sheet(cases.bytes)).rows;
    expect(rows[0]).toContain('Innkjøpar');
    // Kinds and procedures by their nynorsk names.
    const kinds = new Set(rows.slice(1).map((r) => r[5]));
    expect([...kinds].every((k) => ['Varer', 'Tenester', 'Bygg og anlegg', 'Helse- og sosialtenester (vedlegg 3)', 'Særlege tenester (vedlegg 2: hotell, catering, juridiske tenester, kultur …)'].includes(k as string))).toBe(true);
  });
});
