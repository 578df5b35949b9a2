import ExcelJS from 'exceljs';

/** A real .xlsx file, as base64 the way the renderer sends it. */
export async function xlsxBase64(rows: unknown[][], sheet = 'Saker'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
