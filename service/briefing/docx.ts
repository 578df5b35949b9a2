import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  briefingMarks,
  briefingSectionDefs,
  briefingTables,
  codeName,
  exemptionText,
  formatDate,
  formatGoalValue,
  formatNokShort,
  formatShare,
  goalMeasureDef,
  packSections,
  pageNumberParts,
  phaseDef,
  REDACTED,
  tableParts,
  rw,
  type BriefingPack,
  type BriefingSection,
  type Locale,
  type Phase,
  type ReportWord,
  type TableModel,
} from '../../core/index.js';
import { CELL_PADDING_TWIPS, columnWidths } from './docxColumns.js';

// The briefing pack as a Word file for the case-handling system: the same
// figures and words as the printed pack (core/reportWords.ts), as headings,
// paragraphs and tables whose header row repeats and whose rows do not split.

/** A4 with 2 cm margins: the width the tables fill, in twips. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const HEAD_FILL = 'E8EEF7';
const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'C9D3E3' } as const;
const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
// Rules between rows only, in the printed pack's light blue: a table reads as the PDF's does.
const BORDERS = { top: LINE, bottom: LINE, left: NO_LINE, right: NO_LINE, insideHorizontal: LINE, insideVertical: NO_LINE };

const cell = (text: string, width: number, header = false, right = false) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEAD_FILL, color: 'auto' } } : {}),
    children: [new Paragraph({ alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: header, size: 18 })] })],
  });

/** A group's heading across the table (the appendix's departments), repeated with the column heads on every page. */
const groupRow = (heading: string, span: number) =>
  new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [new TableCell({ columnSpan: span, width: { size: CONTENT_WIDTH, type: WidthType.DXA }, children: [new Paragraph({ keepNext: true, spacing: { before: 80 }, children: [new TextRun({ text: heading, bold: true, size: 20, color: '1E3A6E' })] })] })],
  });

/** A table across the page, its columns sized to its content (or to `widths`, for tables that must line up). */
function grid(head: string[], rows: string[][], numeric: number[] = [], heading: string | null = null, widths: number[] = columnWidths(head, rows, CONTENT_WIDTH)): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: CELL_PADDING_TWIPS / 2, right: CELL_PADDING_TWIPS / 2 },
    borders: BORDERS,
    rows: [
      ...(heading ? [groupRow(heading, head.length)] : []),
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => cell(h, widths[i]!, true, numeric.includes(i))) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i]!, false, numeric.includes(i))) })),
    ],
  });
}

const para = (text: string, opts: { bold?: boolean; size?: number; color?: string } = {}) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, ...opts })] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) => new Paragraph({ heading: level, spacing: { before: 240, after: 120 }, children: [new TextRun(text)] });

export async function briefingDocx(pack: BriefingPack, locale: Locale): Promise<Uint8Array> {
  const w = (k: Exclude<ReportWord, 'goalStatus'>, p: Record<string, string | number> = {}) => rw(k, locale, p);
  const s = pack.spec;
  const closed = s.version === 'closed';
  const redacted = w('redacted');
  const marks = briefingMarks({ ...s, bases: pack.cover.bases }, locale);
  const phaseName = (p: Phase) => phaseDef(p)[locale];

  const tables = briefingTables(pack, locale);
  const rows = (m: TableModel) => m.rows.map((r) => r.map((c) => (c === REDACTED ? redacted : c)));
  function table(m: TableModel): Table;
  function table(m: TableModel, noted: true): (Paragraph | Table)[];
  function table(m: TableModel, noted?: true): Table | (Paragraph | Table)[] {
    const t = grid(m.head, rows(m), m.numeric);
    // What the public version left out as whole columns is said under the table, with its legal basis.
    return noted ? [...(m.note ? [para(m.note, { color: '555555' })] : []), t, ...(m.withheld ?? []).map((x) => para(x, { color: '555555' }))] : t;
  }
  const sections: Record<BriefingSection, () => (Paragraph | Table)[]> = {
    goals: () =>
      pack.goals
        ? [
            para(pack.goals.strategyTitle),
            grid(
              [w('target'), ...pack.goals.years.map(String)],
              pack.goals.goals.map((g) => {
                const unit = goalMeasureDef(g.measure).unit;
                return [`${g.title} (${w('target').toLowerCase()} ${formatGoalValue(unit, g.target, locale)})`, ...g.values.map((v) => (v.value === null ? w('none') : `${formatGoalValue(unit, v.value, locale)} (${rw('goalStatus', locale, { status: v.status })})`))];
              }),
            ),
          ]
        : [para(w('noStrategy'))],
    phaseTimes: () => [
      grid([w('phase'), w('count'), w('medianDays'), w('spread')], pack.phaseTimes.stats.map((x) => [phaseName(x.phase), String(x.n), String(x.median), `${x.p25}–${x.p75}`]), [1, 2, 3]),
      heading(w('stageTrend'), HeadingLevel.HEADING_2),
      grid(
        ['', w('stagePlanning'), w('stageCompetition'), w('stageFollowup')],
        pack.phaseTimes.sharesByYear.map((y) => [String(y.year), formatShare(y.planning, locale), formatShare(y.competition, locale), formatShare(y.followup, locale)]),
        [1, 2, 3],
      ),
    ],
    portfolio: () => tables.portfolio.flatMap((m) => [table(m), para('')]),
    dialogue: () => (pack.dialogue.total === 0 ? [para(w('noneDialogue'))] : [para(tables.dialogueByForm), ...table(tables.dialogue, true)]),
    plan: () => (tables.plan.length === 0 ? [para(w('nonePlan'))] : tables.plan.flatMap((q) => [heading(q.heading, HeadingLevel.HEADING_2), ...table(q.table, true)])),
    contracts: () => (pack.contracts.rows.length === 0 ? [para(w('noneContracts'))] : table(tables.contracts, true)),
    payConditions: () => [
      para(tables.payFigures.map((f) => `${f.label}: ${f.value}`).join(' · ')),
      ...(pack.payConditions.controls.length === 0 ? [para(w('noneControls'))] : table(tables.controls, true)),
    ],
    highlights: () =>
      tables.highlights.length === 0
        ? [para(w('noneHighlights'))]
        : tables.highlights.flatMap((h) => [heading(h.heading, HeadingLevel.HEADING_2), para(h.facts, { color: '555555' }), para(h.text === REDACTED ? redacted : h.text)]),
    // One table per department, each with its heading in the header rows Word repeats; a paragraph between keeps them apart.
    // The columns are sized from every department's rows, so the tables line up.
    appendix: () => {
      const m = tables.appendix;
      const widths = columnWidths(m.head, rows(m), CONTENT_WIDTH);
      return tableParts(m).flatMap((part, i) => [...(i ? [para('')] : []), grid(m.head, rows({ ...m, rows: part.rows }), m.numeric, part.heading, widths)]);
    },
  };

  const cover = [
    ...(s.organisation ? [para(s.organisation.toUpperCase(), { bold: true, color: '1E3A6E' })] : []),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(s.title)] }),
    para(w('coverPeriod', { from: formatDate(s.from, locale), to: formatDate(s.to, locale) }), { size: 26 }),
    ...(s.meeting || s.meetingDate ? [para([s.meeting, s.meetingDate ? formatDate(s.meetingDate, locale) : ''].filter(Boolean).join(', '), { size: 26 })] : []),
    para(closed ? w('coverClosed') : w('coverPublic'), { bold: true, size: 28, color: closed ? 'B00020' : '1E3A6E' }),
    para(tables.coverNote),
    para(w('coverAsOf', { date: formatDate(pack.asOf, locale) }), { color: '555555' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const summary = [
    heading(w('summary')),
    para(`${w('figCases')}: ${pack.summary.casesHandled} · ${w('figSaved')}: ${formatNokShort(pack.summary.savedPeriod, locale)} · ${w('figSavedFour')}: ${formatNokShort(pack.summary.savedFourYears, locale)}`, { bold: true }),
    ...pack.summary.sentences.map((x) => para(x)),
    ...(pack.ruleNotes.length ? [para(w('ruleNotes'), { bold: true }), ...pack.ruleNotes.map((x) => para(x, { color: '555555' }))] : []),
  ];
  const body = packSections(s).flatMap((k) => [heading(codeName(briefingSectionDefs, k, locale)), ...sections[k]()]);
  // The appendix as a file of its own: what it belongs to, then every case of the period.
  const appendixDoc = [
    ...(s.organisation ? [para(s.organisation.toUpperCase(), { bold: true, color: '1E3A6E' })] : []),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(codeName(briefingSectionDefs, 'appendix', locale))] }),
    para(`${s.title} · ${w('coverPeriod', { from: formatDate(s.from, locale), to: formatDate(s.to, locale) })}`),
    para(closed ? w('coverClosed') : w('coverPublic'), { bold: true, color: closed ? 'B00020' : '1E3A6E' }),
    ...sections.appendix(),
  ];

  const doc = new Document({
    creator: 'Anskaff',
    title: s.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: marks.heading, size: 16 }), ...(marks.exempt ? [new TextRun({ text: `   ${exemptionText(marks.exempt.bases, locale)}`, size: 16, bold: true, color: 'B00020' })] : [])] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: marks.footnote ? `${marks.footnote}   ` : '', size: 16 }),
                  new TextRun({ children: pageNumberParts(locale).map((p) => (typeof p === 'string' ? p : p.counter === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES)), size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: s.part === 'appendix' ? appendixDoc : [...cover, ...summary, ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
