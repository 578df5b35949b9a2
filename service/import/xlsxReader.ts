import { strFromU8 } from 'fflate';
import type { MessageKey, SheetCell } from '../../core/index.js';
import { unzipParts, UnzipBroken, UnzipTooLarge, type UnzipCaps } from './unzipParts.js';
import { attrsOf, eachAttr, scanXml, type Attrs, type XmlHandler } from './xmlScan.js';

// A reader for the one thing the import needs from an .xlsx: the cell values
// of one sheet. It inflates only the parts it reads (workbook,
// relationships, shared strings, number formats, the sheet) with a running
// count (unzipParts.ts), and scans them in one linear pass each
// (xmlScan.ts): ten times faster than building exceljs's whole workbook
// model, and a hostile file costs no more than its size. exceljs still
// writes the .xlsx files Anskaff makes. test/service/xlsxReader.test.ts
// holds this reader to exceljs on random sheets.

/** A file that is not a workbook, or a broken one: the reason, for the message. */
export class XlsxError extends Error {}

/** A file refused in so many words (a message key of its own): too large, or beyond what a sheet can hold. */
export class XlsxRefused extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** The last column (XFD) and row a sheet can have. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROW = 1_048_576;

/** Excel's built-in date and time formats, by id. */
const DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
function isDateFormat(code: string): boolean {
  // Excel's format codes are at most 255 characters; a longer one is no date format.
  if (code.length > 255) return false;
  // Letters in quotes or brackets ([Red], [$-414]) are not date parts.
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** A cell reference's column (0 for A), or -1 when it names no cell a sheet can have (past XFD, or past row 1,048,576). */
function columnOf(ref: string): number {
  let i = 0;
  let col = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // a-z as A-Z
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (col > MAX_COLUMNS) return -1;
  }
  if (i === 0 || i === ref.length || ref.length - i > 7) return -1;
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    row = row * 10 + (c - 48);
  }
  return row >= 1 && row <= MAX_ROW ? col - 1 : -1;
}

/** A row as read: the cells the file has, each at its column (`cols[i]` holds `values[i]`). */
export interface SparseRow {
  number: number;
  cols: number[];
  values: SheetCell[];
  /** Its last column + 1. */
  width: number;
}

export interface XlsxSheet {
  sheets: string[];
  sheet: string;
  rows: SparseRow[];
  /** Rows with a value, counted to the end even past the limits (for the message); `rows` holds only those within. */
  rowCount: number;
  /** The widest row's width. */
  width: number;
}

/** How much the reader keeps: it stops storing (and goes on counting) once a sheet passes them. */
export interface XlsxLimits {
  rows: number;
  cells: number;
  unzip: UnzipCaps;
}

/** The start tags of a part with the names given, with their attributes. */
function eachTag(xml: string, names: string[], open: (name: string, attrs: Attrs) => void): void {
  scanXml(xml, {
    open: (name, raw) => names.includes(name) && open(name, attrsOf(raw)),
    close() {},
    text() {},
    capturing: false,
  });
}

/** The text of each string item (<si>): every <t> of its runs, not its phonetic guide (<rPh>). */
function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let item: string[] | null = null;
  let inT = false;
  let rph = 0;
  const h: XmlHandler = {
    get capturing() {
      return inT && rph === 0;
    },
    open(name) {
      if (name === 'si') {
        if (item) out.push(item.join(''));
        item = [];
      } else if (name === 'rPh') rph++;
      else if (name === 't') inT = true;
    },
    close(name) {
      if (name === 'si' && item) {
        out.push(item.join(''));
        item = null;
      } else if (name === 'rPh') rph = Math.max(0, rph - 1);
      else if (name === 't') inT = false;
    },
    text(s) {
      item?.push(s);
    },
  };
  scanXml(xml, h);
  // An item the file never closed still holds what it had.
  if (item) out.push((item as string[]).join(''));
  return out;
}

/** Which cell styles (by index) show a date. */
function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  const xfs: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    capturing: false,
    text() {},
    open(name, raw) {
      if (name === 'numFmt') {
        const a = attrsOf(raw);
        custom.set(Number(a.numFmtId), a.formatCode ?? '');
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfs.push(Number(attrsOf(raw).numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  for (const id of xfs) styles.push(DATE_IDS.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!)));
  return styles;
}

export function readXlsxSheet(bytes: Uint8Array, wanted: string | undefined, limits: XlsxLimits): XlsxSheet | null {
  const used = { bytes: 0 };
  const unzip = (want: (name: string) => boolean) => {
    try {
      return unzipParts(bytes, want, limits.unzip, used);
    } catch (e) {
      if (e instanceof UnzipTooLarge)
        throw e.part
          ? new XlsxRefused('importPartTooLarge', { part: e.part.slice(0, 100), max: e.max / 1e6 })
          : new XlsxRefused('importUnpackedTooLarge', { max: e.max / 1e6 });
      if (e instanceof UnzipBroken) throw new XlsxError(`not a zip file (${e.message})`);
      throw e;
    }
  };
  const parts = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']);
  const files = unzip((name) => parts.has(name));
  const text = (name: string) => {
    const f = files.get(name);
    return f ? strFromU8(f) : null;
  };
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new XlsxError('no xl/workbook.xml');
  const sheetTags: Attrs[] = [];
  let date1904 = false;
  eachTag(workbook, ['sheet', 'workbookPr'], (name, a) => {
    if (name === 'sheet') sheetTags.push(a);
    else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
  });
  const sheets = sheetTags.map((t) => t.name ?? '');
  const index = wanted === undefined ? 0 : sheets.indexOf(wanted);
  if (index < 0 || !sheetTags[index]) return null;
  const rid = sheetTags[index]['r:id'];
  let target: string | undefined;
  eachTag(text('xl/_rels/workbook.xml.rels') ?? '', ['Relationship'], (name, a) => {
    if (name === 'Relationship' && a.Id === rid && target === undefined) target = a.Target;
  });
  const path = target ?? `worksheets/sheet${index + 1}.xml`;
  const sheetPath = path.startsWith('/') ? path.slice(1) : `xl/${path}`;
  const sheetFile = unzip((name) => name === sheetPath).get(sheetPath);
  if (!sheetFile) throw new XlsxError(`no sheet part ${path}`);

  const shared = sharedStrings(text('xl/sharedStrings.xml') ?? '');
  const dateStyle = dateStyles(text('xl/styles.xml') ?? '');
  files.clear();
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return { sheets, sheet: sheets[index]!, ...readCells(strFromU8(sheetFile), shared, dateStyle, epoch, limits) };
}

/** The sheet's rows, cell by cell, as sparse rows; nothing is padded here. */
function readCells(
  xml: string,
  shared: string[],
  dateStyle: boolean[],
  epoch: number,
  limits: XlsxLimits,
): Omit<XlsxSheet, 'sheets' | 'sheet'> {
  const rows: SparseRow[] = [];
  let rowCount = 0;
  let cellsKept = 0;
  let width = 0;
  let row: SparseRow | null = null;
  let rowHasValue = false;
  let next = 0;
  // The cell being read, in plain variables: a sheet has millions of cells, and objects per cell cost more than reading them.
  let inCell = false;
  let col = 0;
  let type = 'n';
  let style = 0;
  let ref: string | undefined;
  let v: string | null = null;
  let inline: string | null = null;
  let inV = false;
  let inT = false;
  let rph = 0;
  const cellAttr = (name: string, value: string) => {
    if (name === 'r') ref = value;
    else if (name === 't') type = value;
    else if (name === 's') style = Number(value);
  };
  let rowNumber: string | undefined;
  const rowAttr = (name: string, value: string) => {
    if (name === 'r') rowNumber = value;
  };

  const endCell = () => {
    if (!inCell || !row) return;
    inCell = false;
    let value: SheetCell;
    if (type === 'inlineStr') value = inline ?? '';
    else if (v === null) value = null;
    else if (type === 's') value = shared[Number(v)] ?? null;
    else if (type === 'str') value = v;
    else if (type === 'b') value = v === '1' || v === 'true';
    else if (type === 'e') value = null;
    else {
      const n = Number(v);
      value = Number.isFinite(n) && dateStyle[style] ? new Date(epoch + Math.round(n * 86_400_000)) : n;
    }
    if (value !== null && !(typeof value === 'string' && value.trim() === '')) rowHasValue = true;
    // Past the limits, rows and widths are still counted for the message; no more cells are kept.
    if (cellsKept < limits.cells && rows.length < limits.rows) {
      row.cols.push(col);
      row.values.push(value);
      cellsKept++;
    }
    if (col + 1 > row.width) row.width = col + 1;
    v = inline = null;
  };
  const endRow = () => {
    endCell();
    if (row && rowHasValue) {
      rowCount++;
      if (row.width > width) width = row.width;
      if (rows.length < limits.rows) rows.push(row);
    }
    row = null;
  };

  scanXml(xml, {
    get capturing() {
      return inV || (inT && rph === 0);
    },
    open(name, raw, selfClosing) {
      switch (name) {
        case 'row': {
          // A row the file never closed ends where the next begins.
          endRow();
          if (selfClosing) return;
          rowNumber = undefined;
          eachAttr(raw, rowAttr);
          const number = Number(rowNumber ?? rowCount + 1);
          row = { number: Number.isSafeInteger(number) ? number : rowCount + 1, cols: [], values: [], width: 0 };
          rowHasValue = false;
          next = 0;
          return;
        }
        case 'c': {
          endCell();
          if (!row) return;
          ref = undefined;
          type = 'n';
          style = 0;
          eachAttr(raw, cellAttr);
          // Set by cellAttr; TypeScript cannot see a callback assign it.
          const given = ref as string | undefined;
          if (given !== undefined) {
            col = columnOf(given);
            if (col < 0) throw new XlsxRefused('importCellOutside', { ref: given.slice(0, 20) });
          } else if (next >= MAX_COLUMNS)
            throw new XlsxRefused('importCellOutside', { ref: `${row.number}:${next + 1}` });
          else col = next;
          next = col + 1;
          inCell = true;
          return;
        }
        case 'v':
          if (inCell) {
            v ??= '';
            inV = true;
          }
          return;
        case 'is':
          if (inCell) inline ??= '';
          return;
        case 't':
          if (inline !== null) inT = true;
          return;
        case 'rPh':
          rph++;
          return;
      }
    },
    close(name) {
      if (name === 'v') inV = false;
      else if (name === 't') inT = false;
      else if (name === 'rPh') rph = Math.max(0, rph - 1);
      else if (name === 'c') endCell();
      else if (name === 'row') endRow();
    },
    text(s) {
      if (inV) v += s;
      else if (inline !== null) inline += s;
    },
  });
  endRow();
  return { rows, rowCount, width };
}
