import { strFromU8, unzipSync } from 'fflate';
import type { SheetCell } from '../../core/index.js';

// A reader for the one thing the import needs from an .xlsx: the cell values
// of one sheet. It reads the zip with fflate and the SpreadsheetML parts
// (workbook, relationships, shared strings, number formats, the sheet) with
// a few regular expressions: ten times faster than building exceljs's whole
// workbook model, which is what made a 10,000-row import slow. exceljs still
// writes the .xlsx files Anskaff makes. test/service/xlsxReader.test.ts
// holds this reader to exceljs on random sheets.

export class XlsxError extends Error {}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decode(s: string): string {
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e.toLowerCase()]!))
    .replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The text of a string item: every <t> of its runs, not its phonetic guide. */
function itemText(xml: string): string {
  return decode([...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((m) => m[1] ?? '').join(''));
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Excel's built-in date and time formats, by id. */
const DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
function isDateFormat(code: string): boolean {
  // Letters in quotes or brackets ([Red], [$-414]) are not date parts.
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

export interface XlsxSheet {
  sheets: string[];
  sheet: string;
  rows: SheetCell[][];
  rowNumbers: number[];
}

export function readXlsxSheet(bytes: Uint8Array, wanted?: string): XlsxSheet | null {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw new XlsxError(`not a zip file (${(e as Error).message})`);
  }
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : null);
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new XlsxError('no xl/workbook.xml');
  const sheetTags = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  const sheets = sheetTags.map((t) => decode(attr(t, 'name') ?? ''));
  const index = wanted === undefined ? 0 : sheets.indexOf(wanted);
  if (index < 0 || !sheetTags[index]) return null;
  const rid = attr(sheetTags[index], 'r:id');
  const rels = text('xl/_rels/workbook.xml.rels') ?? '';
  const target = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, 'Id') === rid);
  const path = target ? attr(target, 'Target')! : `worksheets/sheet${index + 1}.xml`;
  const sheetXml = text(path.startsWith('/') ? path.slice(1) : `xl/${path}`);
  if (!sheetXml) throw new XlsxError(`no sheet part ${path}`);
  const date1904 = /<workbookPr\b[^>]*\sdate1904="(1|true)"/.test(workbook);

  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => itemText(m[1] ?? ''));
  const styles = text('xl/styles.xml') ?? '';
  const custom = new Map([...styles.matchAll(/<numFmt\b[^>]*>/g)].map((m) => [Number(attr(m[0], 'numFmtId')), decode(attr(m[0], 'formatCode') ?? '')]));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const dateStyle = [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    return DATE_IDS.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!));
  });
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);

  const rows: SheetCell[][] = [];
  const rowNumbers: number[] = [];
  for (const rm of sheetXml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const body = rm[2];
    if (!body) continue;
    const cells: SheetCell[] = [];
    let next = 0;
    for (const cm of body.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const a = cm[1]!;
      const ref = attr(a, 'r');
      const col = ref ? columnIndex(ref) : next;
      next = col + 1;
      const inner = cm[2] ?? '';
      const type = attr(a, 't') ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let value: SheetCell;
      if (type === 'inlineStr') value = itemText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
      else if (v === undefined) value = null;
      else if (type === 's') value = shared[Number(v)] ?? null;
      else if (type === 'str') value = decode(v);
      else if (type === 'b') value = v === '1' || v === 'true';
      else if (type === 'e') value = null;
      else {
        const n = Number(v);
        value = Number.isFinite(n) && dateStyle[Number(attr(a, 's') ?? 0)] ? new Date(epoch + Math.round(n * 86_400_000)) : n;
      }
      while (cells.length < col) cells.push(null);
      cells[col] = value;
    }
    if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) continue;
    rows.push(cells);
    rowNumbers.push(Number(attr(rm[1]!, 'r') ?? rows.length));
  }
  return { sheets, sheet: sheets[index]!, rows, rowNumbers };
}
