import Papa from 'papaparse';
import {
  AppError,
  IMPORT_MAX_CELLS,
  IMPORT_MAX_ROWS,
  XLSX_MAX_PART_BYTES,
  XLSX_MAX_TOTAL_BYTES,
  type SheetCell,
} from '../../core/index.js';
import { readXlsxSheet, XlsxRefused, type SparseRow } from './xlsxReader.js';

export interface ReadSheet {
  format: 'xlsx' | 'csv';
  sheets: string[];
  sheet: string;
  /** Row 0 is the headings; every row as long as the longest. */
  rows: SheetCell[][];
  /** The spreadsheet row number (as the user sees it) of rows[i]. */
  rowNumbers: number[];
}

/**
 * A sheet's size, checked before any row is padded out: the rows below the
 * headings, and every row as wide as the widest (a single cell in column
 * XFD makes every row 16,384 cells wide).
 */
function checkSize(rows: number, width: number): void {
  if (rows - 1 > IMPORT_MAX_ROWS)
    throw new AppError('invalid_input', 'importTooManyRows', { n: rows - 1, max: IMPORT_MAX_ROWS });
  if (rows * width > IMPORT_MAX_CELLS)
    throw new AppError('invalid_input', 'importTooManyCells', {
      rows,
      columns: width,
      cells: rows * width,
      max: IMPORT_MAX_CELLS,
    });
}

/** The widest row, counted in a loop: Math.max(...rows) overflows the stack past some hundred thousand rows. */
function widest(rows: { length: number }[]): number {
  let w = 0;
  for (const r of rows) if (r.length > w) w = r.length;
  return w;
}

function dense(row: SparseRow, width: number): SheetCell[] {
  const cells = new Array<SheetCell>(width).fill(null);
  for (let i = 0; i < row.cols.length; i++) cells[row.cols[i]!] = row.values[i]!;
  return cells;
}

function readXlsx(bytes: Buffer, fileName: string, wanted?: string): ReadSheet {
  let read: ReturnType<typeof readXlsxSheet>;
  try {
    // Rows past the limits are counted, not kept: one more than allowed is enough to refuse.
    read = readXlsxSheet(bytes, wanted, {
      rows: IMPORT_MAX_ROWS + 2,
      cells: IMPORT_MAX_CELLS + 1,
      unzip: { part: XLSX_MAX_PART_BYTES, total: XLSX_MAX_TOTAL_BYTES },
    });
  } catch (e) {
    if (e instanceof XlsxRefused) throw new AppError('invalid_input', e.key, { file: fileName, ...e.params });
    throw new AppError('invalid_input', 'importUnreadable', {
      file: fileName,
      format: 'Excel (.xlsx)',
      reason: (e as Error).message.slice(0, 200),
    });
  }
  if (!read) throw new AppError('invalid_input', 'importNoSheet', { sheet: wanted ?? '' });
  checkSize(read.rowCount, read.width);
  return {
    format: 'xlsx',
    sheets: read.sheets,
    sheet: read.sheet,
    rows: read.rows.map((r) => dense(r, read.width)),
    rowNumbers: read.rows.map((r) => r.number),
  };
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
  const parsed = Papa.parse<string[]>(decode(bytes), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [';', ',', '\t', '|'],
  });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal)
    throw new AppError('invalid_input', 'importUnreadable', {
      file: fileName,
      format: 'CSV',
      reason: `${fatal.message} (rad ${(fatal.row ?? 0) + 1})`,
    });
  const width = widest(parsed.data);
  checkSize(parsed.data.length, width);
  const rows = parsed.data.map((r) => {
    const cells = r.map((c) => (c === '' ? null : c)) as SheetCell[];
    while (cells.length < width) cells.push(null);
    return cells;
  });
  return { format: 'csv', sheets: [fileName], sheet: fileName, rows, rowNumbers: rows.map((_, i) => i + 1) };
}

/** Reads the file the user chose; the extension says which kind it is. Every row comes back as wide as the widest. */
export async function readSheet(fileName: string, base64: string, sheet?: string): Promise<ReadSheet> {
  const bytes = Buffer.from(base64, 'base64');
  const ext = fileName.toLowerCase().split('.').pop();
  const read =
    ext === 'xlsx'
      ? readXlsx(bytes, fileName, sheet)
      : ext === 'csv' || ext === 'txt'
        ? readCsv(bytes, fileName)
        : null;
  if (!read) throw new AppError('invalid_input', 'importUnknownFormat', { file: fileName });
  return read;
}
