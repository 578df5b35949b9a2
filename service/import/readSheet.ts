import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError, type SheetCell } from '../../core/index.js';

export interface ReadSheet {
  format: 'xlsx' | 'csv';
  sheets: string[];
  sheet: string;
  /** Row 0 is the headings; every row as long as the longest. */
  rows: SheetCell[][];
  /** The spreadsheet row number (as the user sees it) of rows[i]. */
  rowNumbers: number[];
}

type ExcelValue = ExcelJS.CellValue;

/** A cell's value as shown, whatever exceljs wraps it in (formulas, rich text, links). */
function plain(v: ExcelValue): SheetCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('result' in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelValue);
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return null;
  }
  return String(v);
}

async function readXlsx(bytes: Buffer, fileName: string, wanted?: string): Promise<ReadSheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError('invalid_input', 'importUnreadable', { file: fileName, format: 'Excel (.xlsx)', reason: (e as Error).message.slice(0, 200) });
  }
  const sheets = wb.worksheets.map((w) => w.name);
  const ws = wanted ? wb.getWorksheet(wanted) : wb.worksheets[0];
  if (!ws) throw new AppError('invalid_input', 'importNoSheet', { sheet: wanted ?? '' });
  const rows: SheetCell[][] = [];
  const rowNumbers: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const vals = row.values as ExcelValue[];
    // exceljs rows are 1-based: index 0 is always empty.
    const cells = vals.slice(1).map(plain);
    if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) return;
    rows.push(cells);
    rowNumbers.push(n);
  });
  return { format: 'xlsx', sheets, sheet: ws.name, rows, rowNumbers };
}

/** UTF-8 (with or without BOM) as today's Excel saves it, else Windows-1252 as older Norwegian Excel does. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsv(bytes: Buffer, fileName: string): ReadSheet {
  // Papa guesses the delimiter: Norwegian Excel writes ";", others ",".
  const parsed = Papa.parse<string[]>(decode(bytes), { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t', '|'] });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new AppError('invalid_input', 'importUnreadable', { file: fileName, format: 'CSV', reason: `${fatal.message} (rad ${(fatal.row ?? 0) + 1})` });
  const rows = parsed.data.map((r) => r.map((c) => (c === '' ? null : c)) as SheetCell[]);
  return { format: 'csv', sheets: [fileName], sheet: fileName, rows, rowNumbers: rows.map((_, i) => i + 1) };
}

/** Reads the file the user chose; the extension says which kind it is. */
export async function readSheet(fileName: string, base64: string, sheet?: string): Promise<ReadSheet> {
  const bytes = Buffer.from(base64, 'base64');
  const ext = fileName.toLowerCase().split('.').pop();
  const read = ext === 'xlsx' ? await readXlsx(bytes, fileName, sheet) : ext === 'csv' || ext === 'txt' ? readCsv(bytes, fileName) : null;
  if (!read) throw new AppError('invalid_input', 'importUnknownFormat', { file: fileName });
  const width = Math.max(0, ...read.rows.map((r) => r.length));
  for (const r of read.rows) while (r.length < width) r.push(null);
  return read;
}
