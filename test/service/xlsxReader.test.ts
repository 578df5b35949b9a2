import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readXlsxSheet } from '../../service/import/xlsxReader.js';

type Cell = string | number | boolean | Date | null;

/** exceljs's own reading of a cell, as plain values (the reference). */
function plain(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && !(v instanceof Date)) {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return (v.result as Cell) ?? null;
    return null;
  }
  return v as Cell;
}

const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => s.trim() === s && s !== ''),
  fc.constantFrom('Åpen anbudskonkurranse', 'Bygg & anlegg <del 2>', '"sitat"', "O'Brien AS", '1 300 000 kr'),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc
    .integer({ min: Date.UTC(1950, 0, 1) / 86_400_000, max: Date.UTC(2080, 0, 1) / 86_400_000 })
    .map((d) => new Date(d * 86_400_000)),
  fc.constant(null),
);

const LIMITS = { rows: 100_000, cells: 1_000_000, unzip: { part: 10_000_000, total: 20_000_000 } };
/** The reader's sparse rows as plain arrays, each as long as its last cell. */
function read(bytes: Uint8Array, name?: string) {
  const got = readXlsxSheet(bytes, name, LIMITS)!;
  return {
    sheets: got.sheets,
    rows: got.rows.map((r) => {
      const cells: Cell[] = Array.from({ length: r.width }, () => null);
      r.cols.forEach((col, i) => (cells[col] = r.values[i]!));
      return cells;
    }),
  };
}

describe("the import's .xlsx reader", () => {
  it('reads every sheet exceljs writes exactly as exceljs reads it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cellArb, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('Saker', 'Ark 2 & mer'),
        async (table, name) => {
          const wb = new ExcelJS.Workbook();
          wb.addWorksheet('Forside').addRow(['ikke dette arket']);
          const ws = wb.addWorksheet(name);
          for (const r of table) ws.addRow(r);
          const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

          const ref = new ExcelJS.Workbook();
          await ref.xlsx.load(bytes as unknown as ArrayBuffer);
          const expected: Cell[][] = [];
          ref.getWorksheet(name)!.eachRow((row) => {
            const cells = Array.from((row.values as ExcelJS.CellValue[]).slice(1), (v) => plain(v));
            if (cells.some((c) => c !== null && c !== ''))
              expected.push(cells.map((c) => (c === undefined ? null : c)));
          });

          const got = read(bytes, name);
          expect(got.sheets).toEqual(['Forside', name]);
          const trim = (r: Cell[]) => {
            const out = [...r];
            while (out.length && out.at(-1) === null) out.pop();
            return out;
          };
          expect(got.rows.map(trim)).toEqual(expected.map(trim));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('says what is wrong with a file that is not a workbook', () => {
    expect(() => read(new TextEncoder().encode('not a zip'))).toThrow(/no xl\/workbook.xml/);
  });
});
