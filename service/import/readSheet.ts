import Papa from 'papaparse';
import { AppError, type SheetCell } from '../../core/index.js';
import { readXlsxSheet } from './xlsxReader.js';

export interface ReadSheet {
  format: 'xlsx' | 'csv';
  sheets: string[];
  sheet: string;
  /** Row 0 is the headings; every row as long as the longest. */
  rows: SheetCell[][];
  /** The spreadsheet row number (as the user sees it) of rows[i]. */
  rowNumbers: number[];
}

function readXlsx(bytes: Buffer, fileName: string, wanted?: string): ReadSheet {
  let read: ReturnType<typeof readXlsxSheet>;
  try {
    read = readXlsxSheet(bytes, wanted);
  } catch (e) {
    throw new AppError('invalid_input', 'importUnreadable', { file: fileName, format: 'Excel (.xlsx)', reason: (e as Error).message.slice(0, 200) });
  }
  if (!read) throw new AppError('invalid_input', 'importNoSheet', { sheet: wanted ?? '' });
  return { format: 'xlsx', ...read };
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
  const read = ext === 'xlsx' ? readXlsx(bytes, fileName, sheet) : ext === 'csv' || ext === 'txt' ? readCsv(bytes, fileName) : null;
  if (!read) throw new AppError('invalid_input', 'importUnknownFormat', { file: fileName });
  const width = Math.max(0, ...read.rows.map((r) => r.length));
  for (const r of read.rows) while (r.length < width) r.push(null);
  return read;
}
