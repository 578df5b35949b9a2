import { formatDate, formatNok, formatNokShort, formatShare } from './format.js';
import { exemptionLaws, exemptionText } from './printMarks.js';
import { codeName } from './reference/codeName.js';
import { confidentialityBasisDefs, type ConfidentialityBasis } from './reference/dialogue.js';
import { intlTag, type Locale } from './i18n/locale.js';
import { sanctionDefs } from './reference/contracts.js';
import { dialogueFormDefs } from './reference/dialogue.js';
import { phaseDef, type Phase } from './reference/phases.js';
import { procedureDefs } from './reference/procedures.js';
import { themeDefs } from './reference/themes.js';
import { rw, type ReportWord } from './reportWords.js';
import { SHORT_SECTIONS, type BriefingSection } from './reference/briefing.js';
import type { BriefingPack, BriefingSpec } from './schemas/briefing.js';

/**
 * The sections a pack prints after its cover and summary, in the order
 * chosen: in the short version only those a council reads first (the
 * highlighted cases when some are chosen); never the appendix, which is a
 * file of its own. The service computes only these; the print route and
 * the Word writer lay out only these.
 */
export function packSections(
  spec: Pick<BriefingSpec, 'sections' | 'length' | 'highlights' | 'part'>,
): BriefingSection[] {
  if (spec.part === 'appendix') return [];
  return spec.sections.filter(
    (s) =>
      s !== 'appendix' &&
      (spec.length === 'full' || (SHORT_SECTIONS.includes(s) && (s !== 'highlights' || spec.highlights.length > 0))),
  );
}

// The tables of a briefing pack, cell by cell, for both formats: the PDF's
// print route and the Word writer lay these out and decide nothing about
// their content. A cell left out of the public version holds REDACTED.

export const REDACTED = Symbol('redacted');
export type Cell = string | typeof REDACTED;

export interface TableModel {
  head: string[];
  rows: Cell[][];
  /** Columns set right-aligned (figures). */
  numeric: number[];
  /** Columns holding a list (", " between its items) whose items are never broken over lines: a notice's number. */
  keepItems?: number[];
  /** "Viser de 40 siste av 4 812 …" when the list was cut. */
  note: string | null;
  /** Row indexes to stress (an overdue deadline). */
  stressed?: number[];
  /** Headings across the table, each before the row it names (the appendix's departments). */
  groups?: { before: number; heading: string }[];
  /** What the public version left out of the table as whole columns, one sentence each, with its legal basis. */
  withheld?: string[];
}

/**
 * A column the public version leaves out entirely (every cell withheld, or
 * empty where there was nothing to withhold) is dropped from the table, and
 * one sentence under it says which column and on what legal basis: a row of
 * red "[Unntatt offentlighet]" cells tells the reader nothing more.
 */
export function withholdColumns(
  m: TableModel,
  basesOf: (column: number) => readonly ConfidentialityBasis[],
  locale: Locale,
): TableModel {
  const whole = m.head.flatMap((_, j) =>
    m.rows.some((r) => r[j] === REDACTED) && m.rows.every((r) => r[j] === REDACTED || r[j] === '') ? [j] : [],
  );
  if (whole.length === 0) return m;
  const keep = m.head.map((_, j) => j).filter((j) => !whole.includes(j));
  return {
    ...m,
    head: keep.map((j) => m.head[j]!),
    rows: m.rows.map((r) => keep.map((j) => r[j]!)),
    numeric: keep.flatMap((j, i) => (m.numeric.includes(j) ? [i] : [])),
    withheld: [
      ...(m.withheld ?? []),
      ...whole.map((j) =>
        rw('withheldColumn', locale, { column: m.head[j]!, laws: exemptionLaws(basesOf(j), locale) }),
      ),
    ],
  };
}

/** A grouped table as one table per group, each under its heading (a table without groups is one part with no heading). */
export function tableParts(m: TableModel): { heading: string | null; rows: Cell[][]; first: number }[] {
  if (!m.groups?.length) return [{ heading: null, rows: m.rows, first: 0 }];
  return m.groups.map((g, i) => {
    const end = m.groups![i + 1]?.before ?? m.rows.length;
    return { heading: g.heading, rows: m.rows.slice(g.before, end), first: g.before };
  });
}

/** A case's procedure by name, or "none chosen". */
const procedureText = (code: string | null, locale: Locale) =>
  codeName(procedureDefs, code, locale) || rw('none', locale);

const collators = new Map<Locale, Intl.Collator>();
const collator = (locale: Locale) =>
  collators.get(locale) ?? collators.set(locale, new Intl.Collator(intlTag[locale])).get(locale)!;

/**
 * The appendix: every case of the period, under its department (in
 * alphabetical order, cases without one last), so a reader finds a sector's
 * cases together and each row has room for its title on one line.
 */
export function appendixTable(cases: BriefingPack['appendix'], locale: Locale): TableModel {
  const w = (k: Exclude<ReportWord, 'goalStatus'>, p: Record<string, string | number> = {}) => rw(k, locale, p);
  const byDepartment = new Map<string, BriefingPack['appendix'][number][]>();
  for (const c of cases) {
    const d = c.department.trim();
    const list = byDepartment.get(d);
    if (list) list.push(c);
    else byDepartment.set(d, [c]);
  }
  const order = [...byDepartment.keys()].sort((a, b) => (!a ? 1 : !b ? -1 : collator(locale).compare(a, b)));
  const rows: Cell[][] = [];
  const groups: { before: number; heading: string }[] = [];
  // Open complaints are a column only where the pack holds some (the closed version).
  const withComplaints = cases.some((c) => (c.complaints ?? []).length > 0);
  // Joint procurements are a column only where the pack holds some; a group's total counts the office's own share.
  const joint = cases.filter((c) => (c.joint ?? []).length > 0).length;
  for (const d of order) {
    const list = byDepartment.get(d)!;
    const value = list.reduce((sum, c) => sum + (c.ownValue ?? c.estimatedValue), 0);
    const summary = w('groupSummary', { n: list.length, value: formatNokShort(value, locale) });
    groups.push({ before: rows.length, heading: `${d || w('noDepartment')} – ${summary}` });
    for (const c of list)
      rows.push([
        c.caseNumber,
        c.title,
        procedureText(c.procedure, locale),
        phaseDef(c.phase)[locale],
        formatNok(c.estimatedValue, locale),
        (c.notices ?? []).join(', '),
        // The participants, then the office's own share: the row's value is the whole.
        ...(joint
          ? [
              [
                ...(c.joint ?? []),
                ...(c.ownValue === undefined ? [] : [w('jointOwnCell', { value: formatNok(c.ownValue, locale) })]),
              ].join('; '),
            ]
          : []),
        ...(withComplaints ? [(c.complaints ?? []).join('; ')] : []),
      ]);
  }
  return {
    head: [
      w('caseNumber'),
      w('title'),
      w('procedure'),
      w('phase'),
      w('value'),
      w('notices'),
      ...(joint ? [w('jointParticipants')] : []),
      ...(withComplaints ? [w('openComplaints')] : []),
    ],
    rows,
    numeric: [4],
    keepItems: [5],
    note: joint ? w('jointValueNote', { n: joint }) : null,
    groups,
  };
}

export function briefingTables(pack: BriefingPack, locale: Locale) {
  const w = (k: Exclude<ReportWord, 'goalStatus'>, p: Record<string, string | number> = {}) => rw(k, locale, p);
  const more = (shown: number, total: number, key: 'showingFirst' | 'showingLatest' | 'showingLargest') =>
    shown < total ? w(key, { shown, total }) : null;
  const phaseName = (p: Phase) => phaseDef(p)[locale];
  const count = (
    title: string,
    rows: readonly { key: string; n: number; value: number }[],
    name: (k: string) => string,
    note: string | null = null,
  ): TableModel => ({
    head: [title, w('count'), w('valueSum')],
    rows: rows.map((r) => [name(r.key), String(r.n), formatNokShort(r.value, locale)]),
    numeric: [1, 2],
    note,
  });
  /** Notes on one table, as one: left out where there are none. */
  const notes = (...xs: (string | null)[]) => xs.filter(Boolean).join(' ') || null;
  const frameworks = pack.contracts.frameworks ?? [];
  const jointFrameworks = frameworks.filter((f) => f.joint).length;
  const sanctions = pack.payConditions.controls.some((c) => c.sanction);

  const bases = pack.cover.bases.map((b) => codeName(confidentialityBasisDefs, b, locale)).join('; ');
  const n = pack.cover.redactedCount;
  return {
    /** What the cover says of confidentiality: the closed version's exemption, or what the public one left out. */
    coverNote:
      pack.spec.version === 'closed'
        ? `${exemptionText(pack.cover.bases, locale)}. ${w('coverClosedNote')}`
        : n === 0
          ? w('coverNothingRedacted')
          : w('coverRedacted', { n, bases }),
    /** Every value of the portfolio's tables counts a joint case at the office's own share (the service's portfolio): said once, above them. */
    portfolioNote: pack.summary.jointCases ? w('jointSumNote', { n: pack.summary.jointCases }) : null,
    /** The savings goal counts joint cases' whole savings, as the app's goals do. */
    goalsNote: pack.goals?.jointSavingCases ? w('goalsJointNote', { n: pack.goals.jointSavingCases }) : null,
    portfolio: [
      count(w('phase'), pack.portfolio.byPhase, (k) => phaseName(k as Phase)),
      count(w('procedure'), pack.portfolio.byProcedure, (k) => procedureText(k, locale)),
      count(w('department'), pack.portfolio.byDepartment, (k) => k || w('noDepartment')),
      count(
        w('theme'),
        pack.portfolio.byTheme,
        (k) => codeName(themeDefs, k, locale),
        pack.portfolio.byTheme.length ? w('themeEachNote') : w('noneThemes'),
      ),
    ],
    dialogueByForm: pack.dialogue.byForm
      .map((f) => `${codeName(dialogueFormDefs, f.form, locale)}: ${f.n}`)
      .join(' · '),
    dialogue: withholdColumns(
      {
        head: [w('date'), w('caseNumber'), w('title'), w('form'), w('suppliers'), w('outcome')],
        rows: pack.dialogue.activities.map((a) => [
          formatDate(a.date, locale),
          a.caseNumber,
          a.title,
          codeName(dialogueFormDefs, a.form, locale),
          `${a.invited} / ${a.attended}`,
          a.outcome ?? REDACTED,
        ]),
        numeric: [],
        note: more(pack.dialogue.activities.length, pack.dialogue.total, 'showingLatest'),
      },
      // The bases of the outcomes left out (a pack made before they were recorded per row: the pack's own).
      () => {
        const own = [
          ...new Set(
            pack.dialogue.activities.flatMap((a) => (a.outcome === null && a.outcomeBasis ? [a.outcomeBasis] : [])),
          ),
        ].sort();
        return own.length ? own : pack.cover.bases;
      },
      locale,
    ),
    plan: pack.plan.map((q) => ({
      heading: `${w('quarter', { q: q.quarter, year: q.year })} – ${w('quarterSummary', { n: q.n, value: formatNokShort(q.value, locale) })}`,
      table: {
        head: [w('caseNumber'), w('title'), w('department'), w('plannedNotice'), w('value')],
        rows: q.cases.map((c) => [
          c.caseNumber,
          c.title,
          c.department,
          formatDate(c.plannedNoticeDate, locale),
          formatNok(c.estimatedValue, locale),
        ]),
        numeric: [4],
        note: notes(
          q.jointCases ? w('jointValueNote', { n: q.jointCases }) : null,
          more(q.cases.length, q.n, 'showingLargest'),
        ),
      } satisfies TableModel,
    })),
    contracts: {
      head: [w('deadline'), w('what'), w('contract'), w('caseNumber'), w('owner')],
      rows: pack.contracts.rows.map((d) => [
        formatDate(d.date, locale) + (d.overdue ? ` (${w('overdue')})` : ''),
        d.kind === 'option' ? w('deadlineOption', { n: d.optionSeq ?? '' }) : w('deadlineExpiry'),
        d.contractTitle,
        d.caseNumber,
        d.owner,
      ]),
      numeric: [],
      note: more(pack.contracts.rows.length, pack.contracts.options + pack.contracts.expiries, 'showingFirst'),
      stressed: pack.contracts.rows.flatMap((d, i) => (d.overdue ? [i] : [])),
    } satisfies TableModel,
    frameworks: {
      head: [w('contract'), w('caseNumber'), w('frameworkEnds'), w('frameworkUsed'), w('frameworkState')],
      rows: frameworks.map((f) => [
        f.contractTitle,
        f.caseNumber,
        formatDate(f.currentEnd, locale),
        f.share === null ? '–' : formatShare(f.share, locale),
        [
          f.level === 'reached' ? w('frameworkReached') : f.level === 'warning' ? w('frameworkWarning') : '',
          f.ending ? w('frameworkEnding') : '',
        ]
          .filter(Boolean)
          .join('. '),
      ]),
      numeric: [3],
      note: jointFrameworks ? w('frameworkJointNote', { n: jointFrameworks }) : null,
      stressed: frameworks.flatMap((f, i) => (f.level === 'reached' ? [i] : [])),
    } satisfies TableModel,
    payFigures: [
      { label: w('payCovered'), value: String(pack.payConditions.covered) },
      { label: w('payAssessed'), value: String(pack.payConditions.assessed) },
      { label: w('payControlled'), value: String(pack.payConditions.controlled) },
    ],
    controls: withholdColumns(
      {
        // A column of sanctions only where one was made: else a sentence says none was.
        head: [
          w('date'),
          w('contract'),
          w('caseNumber'),
          w('findings'),
          w('report'),
          ...(sanctions ? [w('sanction')] : []),
        ],
        rows: pack.payConditions.controls.map((c) => [
          formatDate(c.date, locale),
          c.contractTitle,
          c.caseNumber,
          // A sanction row has no findings of its own; a control's findings are left out of the public version.
          c.findings ?? (c.sanction ? '' : REDACTED),
          c.reportWritten ? w('yes') : w('no'),
          ...(sanctions ? [c.sanction ? codeName(sanctionDefs, c.sanction, locale) : ''] : []),
        ]),
        numeric: [],
        note: notes(
          more(pack.payConditions.controls.length, pack.payConditions.controlsTotal, 'showingLatest'),
          sanctions ? null : w('noSanctions'),
        ),
      },
      // Findings are withheld as business secrets (fvl. § 13), as the service marks them.
      () => ['fvl_13'],
      locale,
    ),
    highlights: pack.highlights.map((h) => ({
      heading: `${h.caseNumber} ${h.title}`,
      facts: `${h.department} · ${phaseName(h.phase)} · ${h.contractValue !== null ? w('contractValue', { value: formatNok(h.contractValue, locale) }) : w('estimatedValue', { value: formatNok(h.estimatedValue, locale) })}${h.ownValue === undefined ? '' : ` (${w(h.contractValue === null ? 'jointOwnValue' : 'jointOwnEstimate', { value: formatNok(h.ownValue, locale) })})`}`,
      text: (h.text ?? REDACTED) as Cell,
    })),
    appendix: appendixTable(pack.appendix, locale),
  };
}
