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
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: NO_LINE,
  right: NO_LINE,
  insideHorizontal: LINE,
  insideVertical: NO_LINE,
};

const cell = (text: string, width: number, header = false, right = false) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEAD_FILL, color: 'auto' } } : {}),
    children: [
      new Paragraph({
        alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: header, size: 18 })],
      }),
    ],
  });

/** A group's heading across the table (the appendix's departments), repeated with the column heads on every page. */
const groupRow = (heading: string, span: number) =>
  new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: span,
        width: { size: CONTENT_WIDTH, type: WidthType.DXA },
        children: [
          new Paragraph({
            keepNext: true,
            spacing: { before: 80 },
            children: [new TextRun({ text: heading, bold: true, size: 20, color: '1E3A6E' })],
          }),
        ],
      }),
    ],
  });

/** A table across the page, its columns sized to its content (or to `widths`, for tables that must line up). */
function grid(
  head: string[],
  rows: string[][],
  numeric: number[] = [],
  heading: string | null = null,
  widths: number[] = columnWidths(head, rows, CONTENT_WIDTH),
): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: CELL_PADDING_TWIPS / 2, right: CELL_PADDING_TWIPS / 2 },
    borders: BORDERS,
    rows: [
      ...(heading ? [groupRow(heading, head.length)] : []),
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: head.map((h, i) => cell(h, widths[i]!, true, numeric.includes(i))),
      }),
      ...rows.map(
        (r) =>
          new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i]!, false, numeric.includes(i))) }),
      ),
    ],
  });
}

const para = (text: string, opts: { bold?: boolean; size?: number; color?: string } = {}) =>
  new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, ...opts })] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
  new Paragraph({ heading: level, spacing: { before: 240, after: 120 }, children: [new TextRun(text)] });

type Block = Paragraph | Table;

/** What every part of the Word file is written from: the pack, its tables, and its words in the pack's language. */
interface DocxScope {
  pack: BriefingPack;
  locale: Locale;
  w: (k: Exclude<ReportWord, 'goalStatus'>, p?: Record<string, string | number>) => string;
  tables: ReturnType<typeof briefingTables>;
  /** A table's rows with what the public version left out said in words. */
  rows: (m: TableModel) => string[][];
}

function docxScope(pack: BriefingPack, locale: Locale): DocxScope {
  const w = (k: Exclude<ReportWord, 'goalStatus'>, p: Record<string, string | number> = {}) => rw(k, locale, p);
  const redacted = w('redacted');
  return {
    pack,
    locale,
    w,
    tables: briefingTables(pack, locale),
    rows: (m) => m.rows.map((r) => r.map((c) => (c === REDACTED ? redacted : c))),
  };
}

const table = (x: DocxScope, m: TableModel) => grid(m.head, x.rows(m), m.numeric);
/** A table with its note above and, under it, what the public version left out as whole columns, with its legal basis. */
const notedTable = (x: DocxScope, m: TableModel): Block[] => [
  ...(m.note ? [para(m.note, { color: '555555' })] : []),
  table(x, m),
  ...(m.withheld ?? []).map((n) => para(n, { color: '555555' })),
];

function goalsBlocks({ pack, locale, w, tables }: DocxScope): Block[] {
  if (!pack.goals) return [para(w('noStrategy'))];
  return [
    para(pack.goals.strategyTitle),
    ...(tables.goalsNote ? [para(tables.goalsNote, { color: '555555' })] : []),
    grid(
      [w('target'), ...pack.goals.years.map(String)],
      pack.goals.goals.map((g) => {
        const unit = goalMeasureDef(g.measure).unit;
        return [
          `${g.title} (${w('target').toLowerCase()} ${formatGoalValue(unit, g.target, locale)})`,
          ...g.values.map((v) =>
            v.value === null
              ? w('none')
              : `${formatGoalValue(unit, v.value, locale)} (${rw('goalStatus', locale, { status: v.status })})`,
          ),
        ];
      }),
    ),
  ];
}

function phaseTimesBlocks({ pack, locale, w }: DocxScope): Block[] {
  const phaseName = (p: Phase) => phaseDef(p)[locale];
  const { stats, sharesByYear } = pack.phaseTimes;
  return [
    stats.length === 0
      ? para(w('nonePhaseTimes'))
      : grid(
          [w('phase'), w('count'), w('medianDays'), w('spread')],
          stats.map((x) => [phaseName(x.phase), String(x.n), String(x.median), `${x.p25}–${x.p75}`]),
          [1, 2, 3],
        ),
    ...(sharesByYear.length === 0
      ? []
      : [
          heading(w('stageTrend'), HeadingLevel.HEADING_2),
          grid(
            ['', w('stagePlanning'), w('stageCompetition'), w('stageFollowup')],
            sharesByYear.map((y) => [
              String(y.year),
              formatShare(y.planning, locale),
              formatShare(y.competition, locale),
              formatShare(y.followup, locale),
            ]),
            [1, 2, 3],
          ),
        ]),
  ];
}

// One table per department, each with its heading in the header rows Word repeats; a paragraph between keeps them apart.
// The columns are sized from every department's rows, so the tables line up.
function appendixBlocks({ tables, rows }: DocxScope): Block[] {
  const m = tables.appendix;
  const widths = columnWidths(m.head, rows(m), CONTENT_WIDTH);
  return tableParts(m).flatMap((part, i) => [
    ...(i ? [para('')] : []),
    grid(m.head, rows({ ...m, rows: part.rows }), m.numeric, part.heading, widths),
  ]);
}

const SECTIONS: Record<BriefingSection, (x: DocxScope) => Block[]> = {
  goals: goalsBlocks,
  phaseTimes: phaseTimesBlocks,
  portfolio: (x) =>
    x.pack.summary.casesHandled === 0
      ? [para(x.w('nonePortfolio'))]
      : [
          ...(x.tables.portfolioNote ? [para(x.tables.portfolioNote, { color: '555555' })] : []),
          ...x.tables.portfolio.flatMap((m) => [...notedTable(x, m), para('')]),
        ],
  dialogue: (x) =>
    x.pack.dialogue.total === 0
      ? [para(x.w('noneDialogue'))]
      : [para(x.tables.dialogueByForm), ...notedTable(x, x.tables.dialogue)],
  plan: (x) =>
    x.tables.plan.length === 0
      ? [para(x.w('nonePlan'))]
      : x.tables.plan.flatMap((q) => [heading(q.heading, HeadingLevel.HEADING_2), ...notedTable(x, q.table)]),
  contracts: (x) => [
    ...(x.pack.contracts.rows.length === 0 ? [para(x.w('noneContracts'))] : notedTable(x, x.tables.contracts)),
    ...((x.pack.contracts.frameworks ?? []).length === 0
      ? []
      : [heading(x.w('frameworksTitle'), HeadingLevel.HEADING_2), ...notedTable(x, x.tables.frameworks)]),
  ],
  payConditions: (x) => [
    para(x.tables.payFigures.map((f) => `${f.label}: ${f.value}`).join(' · ')),
    ...(x.pack.payConditions.controls.length === 0 ? [para(x.w('noneControls'))] : notedTable(x, x.tables.controls)),
  ],
  highlights: (x) =>
    x.tables.highlights.length === 0
      ? [para(x.w('noneHighlights'))]
      : x.tables.highlights.flatMap((h) => [
          heading(h.heading, HeadingLevel.HEADING_2),
          para(h.facts, { color: '555555' }),
          para(h.text === REDACTED ? x.w('redacted') : h.text),
        ]),
  appendix: appendixBlocks,
};

const organisationLine = (s: BriefingPack['spec']) =>
  s.organisation ? [para(s.organisation.toUpperCase(), { bold: true, color: '1E3A6E' })] : [];

function coverBlocks({ pack, locale, w, tables }: DocxScope): Block[] {
  const s = pack.spec;
  const closed = s.version === 'closed';
  return [
    ...organisationLine(s),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(s.title)] }),
    para(w('coverPeriod', { from: formatDate(s.from, locale), to: formatDate(s.to, locale) }), { size: 26 }),
    ...(s.meeting || s.meetingDate
      ? [
          para([s.meeting, s.meetingDate ? formatDate(s.meetingDate, locale) : ''].filter(Boolean).join(', '), {
            size: 26,
          }),
        ]
      : []),
    para(closed ? w('coverClosed') : w('coverPublic'), { bold: true, size: 28, color: closed ? 'B00020' : '1E3A6E' }),
    para(tables.coverNote),
    para(w('coverAsOf', { date: formatDate(pack.asOf, locale) }), { color: '555555' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function summaryBlocks({ pack, locale, w }: DocxScope): Block[] {
  return [
    heading(w('summary')),
    para(
      `${w('figCases')}: ${pack.summary.casesHandled} · ${w('figSaved')}: ${formatNokShort(pack.summary.savedPeriod, locale)} · ${w('figSavedFour')}: ${formatNokShort(pack.summary.savedFourYears, locale)}`,
      { bold: true },
    ),
    ...pack.summary.sentences.map((x) => para(x)),
    ...(pack.ruleNotes.length
      ? [para(w('ruleNotes'), { bold: true }), ...pack.ruleNotes.map((x) => para(x, { color: '555555' }))]
      : []),
  ];
}

/** The appendix as a file of its own: what it belongs to, then every case of the period. */
function appendixFileBlocks(x: DocxScope): Block[] {
  const { pack, locale, w } = x;
  const s = pack.spec;
  const closed = s.version === 'closed';
  return [
    ...organisationLine(s),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(codeName(briefingSectionDefs, 'appendix', locale))],
    }),
    para(`${s.title} · ${w('coverPeriod', { from: formatDate(s.from, locale), to: formatDate(s.to, locale) })}`),
    para(closed ? w('coverClosed') : w('coverPublic'), { bold: true, color: closed ? 'B00020' : '1E3A6E' }),
    ...appendixBlocks(x),
  ];
}

/** The running header: what the pack is and, where it holds exempt text, the legal basis. */
const pageHeader = (marks: ReturnType<typeof briefingMarks>, locale: Locale) =>
  new Header({
    children: [
      new Paragraph({
        children: [
          new TextRun({ text: marks.heading, size: 16 }),
          ...(marks.exempt
            ? [
                new TextRun({
                  text: `   ${exemptionText(marks.exempt.bases, locale)}`,
                  size: 16,
                  bold: true,
                  color: 'B00020',
                }),
              ]
            : []),
        ],
      }),
    ],
  });

/** The running footer: the version's footnote and "side n av N". */
const pageFooter = (marks: ReturnType<typeof briefingMarks>, locale: Locale) =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: marks.footnote ? `${marks.footnote}   ` : '', size: 16 }),
          new TextRun({
            children: pageNumberParts(locale).map((p) =>
              typeof p === 'string' ? p : p.counter === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES,
            ),
            size: 16,
          }),
        ],
      }),
    ],
  });

export async function briefingDocx(pack: BriefingPack, locale: Locale): Promise<Uint8Array> {
  const s = pack.spec;
  const x = docxScope(pack, locale);
  const marks = briefingMarks({ ...s, bases: pack.cover.bases }, locale);
  const body = packSections(s).flatMap((k) => [heading(codeName(briefingSectionDefs, k, locale)), ...SECTIONS[k](x)]);
  const doc = new Document({
    creator: 'Anskaff',
    title: s.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: { default: pageHeader(marks, locale) },
        footers: { default: pageFooter(marks, locale) },
        children: s.part === 'appendix' ? appendixFileBlocks(x) : [...coverBlocks(x), ...summaryBlocks(x), ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
