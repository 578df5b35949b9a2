import { fileNameWords, t, translator, type ImportRejects, type Locale } from '../core/index.js';
import type { ExportResult } from './exportResult.js';
import { sheetWorkbook } from './listExport.js';
import type { Service } from './service.js';

// The rows an import leaves out, written back as a spreadsheet: the sheet's
// own headings and cells as they were (dates as dates), and one column more
// saying what is wrong with each row, so the office can correct them and
// import the file again (the error column is then listed as not read).

const fileName = translator(fileNameWords);

const asCell = (c: ImportRejects['rows'][number]['cells'][number]) =>
  c !== null && typeof c === 'object' ? new Date(`${c.date}T00:00:00Z`) : c;

export async function importRejectsFile(
  service: Service,
  input: { fileName: string },
  locale: Locale,
): Promise<ExportResult> {
  const r = await service.call('import.rejects', input, locale);
  if (!r.ok) return r;
  const rejects = r.value as ImportRejects;
  const columns = [
    ...rejects.headings.map((header) => ({ header, width: Math.min(40, Math.max(12, header.length + 2)) })),
    { header: t('importRejectsErrorHeading', locale), width: 80 },
  ];
  const rows = rejects.rows.map((row) => [...row.cells.map(asCell), row.errors]);
  const bytes = await sheetWorkbook(t('importRejectsSheet', locale), columns, rows);
  const base =
    input.fileName
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .slice(0, 80) || 'import';
  return {
    ok: true,
    bytes,
    fileName: `${fileName('importRejects', locale, { file: base })}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    pages: null,
  };
}
