import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  briefingMarks,
  briefingSectionDefs,
  confidentialityBasisDefs,
  dialogueFormDefs,
  exemptionText,
  formatDate,
  formatGoalValue,
  formatNok,
  formatNokShort,
  formatShare,
  goalMeasureDef,
  phaseDef,
  procedureDefs,
  rw,
  sanctionDefs,
  themeDefs,
  type BriefingPack,
  type BriefingSection,
  type Locale,
  type Phase,
  type ReportWord,
} from '../../core/index.js';

// The briefing pack as a Word file for the case-handling system: the same
// figures and words as the printed pack (core/reportWords.ts), as headings,
// paragraphs and tables whose header row repeats and whose rows do not split.

const cell = (text: string, header = false, right = false) =>
  new TableCell({ children: [new Paragraph({ alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: header, size: 18 })] })] });

function table(head: string[], rows: string[][], numeric: number[] = []): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => cell(h, true, numeric.includes(i))) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, false, numeric.includes(i))) })),
    ],
  });
}

const para = (text: string, opts: { bold?: boolean; size?: number; color?: string } = {}) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, ...opts })] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) => new Paragraph({ heading: level, spacing: { before: 240, after: 120 }, children: [new TextRun(text)] });

export async function briefingDocx(pack: BriefingPack, locale: Locale): Promise<Uint8Array> {
  const w = (k: ReportWord, p: Record<string, string | number> = {}) => rw(k, locale, p);
  const label = (d: { nb: string; en: string } | undefined) => (d ? d[locale] : '');
  const s = pack.spec;
  const closed = s.version === 'closed';
  const redacted = w('redacted');
  const marks = briefingMarks({ ...s, bases: pack.cover.bases }, locale);
  const phaseName = (p: Phase) => label(phaseDef(p));
  const basesText = pack.cover.bases.map((b) => label(confidentialityBasisDefs.find((d) => d.code === b))).join('; ');

  const note = (shown: number, total: number, key: 'showingFirst' | 'showingLatest' | 'showingLargest') => (shown < total ? [para(w(key, { shown, total }), { color: '555555' })] : []);
  const sections: Record<BriefingSection, () => (Paragraph | Table)[]> = {
    goals: () =>
      pack.goals
        ? [
            para(pack.goals.strategyTitle),
            table(
              [w('target'), ...pack.goals.years.map(String)],
              pack.goals.goals.map((g) => {
                const unit = goalMeasureDef(g.measure).unit;
                return [`${g.title} (${w('target').toLowerCase()} ${formatGoalValue(unit, g.target, locale)})`, ...g.values.map((v) => (v.value === null ? w('none') : `${formatGoalValue(unit, v.value, locale)} (${w(`status_${v.status}`)})`))];
              }),
            ),
          ]
        : [para(w('noStrategy'))],
    phaseTimes: () => [
      table([w('phase'), w('count'), w('medianDays'), w('spread')], pack.phaseTimes.stats.map((x) => [phaseName(x.phase), String(x.n), String(x.median), `${x.p25}–${x.p75}`]), [1, 2, 3]),
      heading(w('stageTrend'), HeadingLevel.HEADING_2),
      table(
        ['', w('stagePlanning'), w('stageCompetition'), w('stageFollowup')],
        pack.phaseTimes.sharesByYear.map((y) => [String(y.year), formatShare(y.planning, locale), formatShare(y.competition, locale), formatShare(y.followup, locale)]),
        [1, 2, 3],
      ),
    ],
    portfolio: () =>
      (
        [
          [w('phase'), pack.portfolio.byPhase, (k: string) => phaseName(k as Phase)],
          [w('procedure'), pack.portfolio.byProcedure, (k: string) => (k ? label(procedureDefs.find((d) => d.code === k)) : w('none'))],
          [w('department'), pack.portfolio.byDepartment, (k: string) => k],
          [w('theme'), pack.portfolio.byTheme, (k: string) => label(themeDefs.find((d) => d.code === k))],
        ] as const
      ).flatMap(([title, rows, name]) => [table([title, w('count'), w('valueSum')], rows.map((r) => [name(r.key), String(r.n), formatNokShort(r.value, locale)]), [1, 2]), para('')]),
    dialogue: () =>
      pack.dialogue.total === 0
        ? [para(w('noneDialogue'))]
        : [
            para(pack.dialogue.byForm.map((f) => `${label(dialogueFormDefs.find((d) => d.code === f.form))}: ${f.n}`).join(' · ')),
            ...note(pack.dialogue.activities.length, pack.dialogue.total, 'showingLatest'),
            table(
              [w('date'), w('caseNumber'), w('title'), w('form'), w('suppliers'), w('outcome')],
              pack.dialogue.activities.map((a) => [formatDate(a.date, locale), a.caseNumber, a.title, label(dialogueFormDefs.find((d) => d.code === a.form)), `${a.invited} / ${a.attended}`, a.outcome ?? redacted]),
            ),
          ],
    plan: () =>
      pack.plan.length === 0
        ? [para(w('nonePlan'))]
        : pack.plan.flatMap((q) => [
            heading(`${w('quarter', { q: q.quarter, year: q.year })} – ${w(q.n === 1 ? 'quarterSummaryOne' : 'quarterSummary', { n: q.n, value: formatNokShort(q.value, locale) })}`, HeadingLevel.HEADING_2),
            ...note(q.cases.length, q.n, 'showingLargest'),
            table([w('caseNumber'), w('title'), w('department'), w('plannedNotice'), w('value')], q.cases.map((c) => [c.caseNumber, c.title, c.department, formatDate(c.plannedNoticeDate, locale), formatNok(c.estimatedValue, locale)]), [4]),
          ]),
    contracts: () =>
      pack.contracts.rows.length === 0
        ? [para(w('noneContracts'))]
        : [
            ...note(pack.contracts.rows.length, pack.contracts.options + pack.contracts.expiries, 'showingFirst'),
            table(
              [w('deadline'), w('what'), w('contract'), w('caseNumber'), w('owner')],
              pack.contracts.rows.map((d) => [
                formatDate(d.date, locale) + (d.overdue ? ` (${w('overdue')})` : ''),
                d.kind === 'option' ? w('deadlineOption', { n: d.optionSeq ?? '' }) : w('deadlineExpiry'),
                d.contractTitle,
                d.caseNumber,
                d.owner,
              ]),
            ),
          ],
    payConditions: () => [
      para(`${w('payCovered')}: ${pack.payConditions.covered} · ${w('payAssessed')}: ${pack.payConditions.assessed} · ${w('payControlled')}: ${pack.payConditions.controlled}`),
      ...note(pack.payConditions.controls.length, pack.payConditions.controlsTotal, 'showingLatest'),
      pack.payConditions.controls.length === 0
        ? para(w('noneControls'))
        : table(
            [w('date'), w('contract'), w('caseNumber'), w('findings'), w('report'), w('sanction')],
            pack.payConditions.controls.map((c) => [
              formatDate(c.date, locale),
              c.contractTitle,
              c.caseNumber,
              c.findings ?? (c.sanction ? '' : redacted),
              c.reportWritten ? w('yes') : w('no'),
              c.sanction ? label(sanctionDefs.find((d) => d.code === c.sanction)) : '',
            ]),
          ),
    ],
    highlights: () =>
      pack.highlights.length === 0
        ? [para(w('noneHighlights'))]
        : pack.highlights.flatMap((h) => [
            heading(`${h.caseNumber} ${h.title}`, HeadingLevel.HEADING_2),
            para(`${h.department} · ${phaseName(h.phase)} · ${formatNok(h.estimatedValue, locale)}`, { color: '555555' }),
            para(h.text ?? redacted),
          ]),
    appendix: () => [
      table(
        [w('caseNumber'), w('title'), w('department'), w('procedure'), w('phase'), w('value')],
        pack.appendix.map((c) => [c.caseNumber, c.title, c.department, c.procedure ? label(procedureDefs.find((d) => d.code === c.procedure)) : w('none'), phaseName(c.phase), formatNok(c.estimatedValue, locale)]),
        [5],
      ),
    ],
  };

  const cover = [
    ...(s.organisation ? [para(s.organisation.toUpperCase(), { bold: true, color: '1E3A6E' })] : []),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(s.title)] }),
    para(w('coverPeriod', { from: formatDate(s.from, locale), to: formatDate(s.to, locale) }), { size: 26 }),
    ...(s.meeting || s.meetingDate ? [para([s.meeting, s.meetingDate ? formatDate(s.meetingDate, locale) : ''].filter(Boolean).join(', '), { size: 26 })] : []),
    para(closed ? w('coverClosed') : w('coverPublic'), { bold: true, size: 28, color: closed ? 'B00020' : '1E3A6E' }),
    para(
      closed
        ? `${exemptionText(pack.cover.bases, locale)}. ${w('coverClosedNote')}`
        : pack.cover.redactedCount === 0
          ? w('coverNothingRedacted')
          : w(pack.cover.redactedCount === 1 ? 'coverRedactedOne' : 'coverRedacted', { n: pack.cover.redactedCount, bases: basesText }),
    ),
    para(w('coverAsOf', { date: formatDate(pack.asOf, locale) }), { color: '555555' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const summary = [
    heading(w('summary')),
    para(`${w('figCases')}: ${pack.summary.casesHandled} · ${w('figSaved')}: ${formatNokShort(pack.summary.savedPeriod, locale)} · ${w('figSavedFour')}: ${formatNokShort(pack.summary.savedFourYears, locale)}`, { bold: true }),
    ...pack.summary.sentences.map((x) => para(x)),
  ];
  const body = s.sections.flatMap((k) => [heading(label(briefingSectionDefs.find((d) => d.code === k))), ...sections[k]()]);

  const doc = new Document({
    creator: 'Anskaff',
    title: s.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
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
                  new TextRun({ children: [locale === 'nb' ? 'side ' : 'page ', PageNumber.CURRENT, locale === 'nb' ? ' av ' : ' of ', PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: [...cover, ...summary, ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
