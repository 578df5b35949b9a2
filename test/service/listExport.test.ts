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
  const formats: (string | undefined)[][] = [];
  ws.eachRow((r) => {
    rows.push((r.values as unknown[]).slice(1));
    const f: (string | undefined)[] = [];
    r.eachCell({ includeEmpty: true }, (c, i) => (f[i - 1] = c.numFmt));
    formats.push(f);
  });
  return { name: ws.name, rows, formats };
}

describe('lists as .xlsx', () => {
  it("exports every case the filters select, with real numbers and dates, headings in the user's language", async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 700 });
    const exporter = fileExporter(s, noPrinter, 'test');
    const r = await exporter(
      'xlsx',
      { list: 'cases', query: { department: 'Helse og omsorg', includeArchived: true } },
      'nb',
      'http://127.0.0.1/',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    expect(r.fileName).toMatch(/^saker-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const { name, rows } = await sheet(r.bytes);
    expect(name).toBe('Saker');
    expect(rows[0]).toEqual([
      'Saksnummer',
      'Tittel',
      'Avdeling',
      'Innkjøper',
      'Anslått verdi (kr)',
      'Kontraktsverdi (kr)',
      'Type',
      'Del av forskriften',
      'Prosedyre',
      'CPV',
      'Fase',
      'I fasen siden',
      'Planlagt kunngjøring',
      'Planlagt tildeling',
      'Planlagt kontraktsstart',
      'Tema',
      'Registrert',
      'Innkjøpssamarbeid med',
      'Kontorets egen andel (kr)',
    ]);
    const total = ok(s, 'cases.list', { department: 'Helse og omsorg', includeArchived: true }).total;
    // More than one page of the list (500 rows), all of them.
    expect(total).toBeGreaterThan(0);
    expect(rows.length - 1).toBe(total);
    const first = rows[1]!;
    expect(first[2]).toBe('Helse og omsorg');
    expect(typeof first[4]).toBe('number');
    expect(first[16]).toBeInstanceOf(Date);

    const all = await exporter('xlsx', { list: 'cases' }, 'en', 'http://127.0.0.1/');
    if (!all.ok) throw new Error('export failed');
    const en = await sheet(all.bytes);
    expect(en.name).toBe('Cases');
    expect(en.rows.length - 1).toBe(ok(s, 'cases.list', {}).total);
    expect(en.rows.length - 1).toBeGreaterThan(500);
  });

  it('writes figures as numbers grouped by thousands and dates as dates, and adds CPV, planned dates, the contract value and the part of the regulation', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 300 });
    const exporter = fileExporter(s, noPrinter, 'test');
    const r = await exporter('xlsx', { list: 'cases', query: { includeArchived: true } }, 'nb', 'http://127.0.0.1/');
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    const { rows, formats } = await sheet(r.bytes);
    const col = (name: string) => rows[0]!.indexOf(name);
    const body = rows.slice(1);
    const fmt = formats.slice(1);
    // Every estimated value is a number with Excel's thousands separator (Norwegian Excel shows "1 234 567"), not text.
    const value = col('Anslått verdi (kr)');
    expect(body.every((x) => typeof x[value] === 'number')).toBe(true);
    expect(new Set(fmt.map((f) => f[value]))).toEqual(new Set(['#,##0']));
    // Registered dates are dates with a date format.
    const reg = col('Registrert');
    expect(body.every((x) => x[reg] instanceof Date)).toBe(true);
    expect(new Set(fmt.map((f) => f[reg]))).toEqual(new Set(['dd.mm.yyyy']));
    // A case with a contract has its value there, as a grouped number; one without has an empty cell.
    const contractValue = col('Kontraktsverdi (kr)');
    const signed = body.findIndex((x) => typeof x[contractValue] === 'number');
    expect(signed).toBeGreaterThanOrEqual(0);
    expect(fmt[signed]![contractValue]).toBe('#,##0');
    const contracts = ok(s, 'contracts.list', {});
    const k = contracts.find((c) => c.caseNumber === body[signed]![col('Saksnummer')])!;
    expect(body[signed]![contractValue]).toBe(
      contracts.filter((c) => c.caseNumber === k.caseNumber).reduce((a, c) => a + c.value, 0),
    );
    // Planned notice dates, where planned, are dates too.
    const planned = body.filter((x) => x[col('Planlagt kunngjøring')] != null);
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.every((x) => x[col('Planlagt kunngjøring')] instanceof Date)).toBe(true);
    // The CPV code with its check digit and name; the part of the regulation by its name.
    const cpv = body.map((x) => x[col('CPV')]).filter((x) => typeof x === 'string' && x);
    expect(cpv.length).toBeGreaterThan(0);
    expect(cpv[0]).toMatch(/^\d{8}-\d \S/);
    const parts = new Set(body.map((x) => x[col('Del av forskriften')]));
    expect([...parts].some((p) => typeof p === 'string' && /Del (I|II|III)\b|forskriften|Under 100 000/.test(p))).toBe(
      true,
    );
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
    expect(await exporter('xlsx', { list: 'everything' }, 'nb', 'http://127.0.0.1/')).toMatchObject({
      ok: false,
      status: 400,
    });
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
    const kinds = new Set(rows.slice(1).map((r) => r[rows[0]!.indexOf('Type')]));
    expect(
      [...kinds].every((k) =>
        [
          'Varer',
          'Tenester',
          'Bygg og anlegg',
          'Helse- og sosialtenester (vedlegg 3)',
          'Særlege tenester (vedlegg 2: hotell, catering, juridiske tenester, kultur …)',
        ].includes(k as string),
      ),
    ).toBe(true);
  });
});
