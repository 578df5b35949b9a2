import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';

/** A real .xlsx file, as base64 the way the renderer sends it. */
export async function xlsxBase64(rows: unknown[][], sheet = 'Saker'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/**
 * An .xlsx made by hand from its parts, as a hostile or broken writer
 * would: the sheet's XML as given, a workbook and relationships naming it,
 * and any other part (shared strings, styles) added or replaced.
 */
export function rawXlsx(sheetXml: string | Uint8Array, parts: Record<string, string | Uint8Array> = {}): Uint8Array {
  const bytes = (x: string | Uint8Array) => (typeof x === 'string' ? strToU8(x) : x);
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="Saker" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': bytes(sheetXml),
  };
  for (const [name, x] of Object.entries(parts)) files[name] = bytes(x);
  return zipSync(files, { level: 6 });
}

export const asBase64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
