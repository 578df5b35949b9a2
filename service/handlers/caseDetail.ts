import {
  climateJustificationMissing,
  climateStatus,
  formatCpv,
  t,
  notifiedDate,
  regimeDate,
  regimeFor,
  timelineSpans,
  warningText,
  type Locale,
  type ThresholdPeriod,
  type Output,
} from '../../core/index.js';
import {
  CASE_FIELD_KEYS,
  type CaseFieldKey,
  type CaseRow,
  type DialoguesRepo,
  type EventRow,
  type SummaryRow,
} from '../../db/index.js';
import { cpvEntry } from '../reference/cpv.js';

/** "90910000-9 Rengjøringstjenester": the code with its check digit and label in the user's language. */
function cpvLabel(code: string | null, locale: Locale): string | null {
  const e = code ? cpvEntry(code) : null;
  return e ? `${formatCpv(e.code, e.check)} ${e[locale]}` : null;
}

export function toSummary(r: SummaryRow): Output<'cases.list'>['items'][number] {
  return {
    id: r.id,
    caseNumber: r.caseNumber,
    title: r.title,
    department: r.department,
    buyer: r.buyer,
    estimatedValue: r.estimatedValue,
    kind: r.kind,
    procedure: r.procedure,
    phase: r.phase,
    phaseSince: r.phaseSince,
    themes: r.themes,
    registeredDate: r.registeredDate,
    archived: r.archived,
    updatedAt: r.updatedAt,
  };
}

/** A case's part of the regulation and what it allows: its value and kind on the date its thresholds apply from (the case's page and the reads of many cases judge it here). */
export function regimeOfCase(row: CaseRow, events: readonly EventRow[], table: readonly ThresholdPeriod[]) {
  return regimeFor(
    {
      value: row.estimatedValue,
      kind: row.kind,
      date: regimeDate(events, row.plannedNoticeDate, row.registeredDate),
      procedure: row.procedure,
      ground: row.procedureGround,
    },
    table,
  );
}

export function toDetail(
  row: CaseRow,
  events: readonly EventRow[],
  dialogues: DialoguesRepo,
  today: string,
  locale: Locale,
  table: readonly ThresholdPeriod[],
): Output<'cases.get'> {
  const notified = notifiedDate(events);
  const climate = climateStatus({ ...row, notifiedDate: notified });
  const regime = regimeOfCase(row, events, table);
  return {
    ...toSummary(row),
    // Every field a person edits, as stored (a field added to the contract and the schema shows here by itself).
    ...editableFields(row),
    climateStatus: climate,
    cpvLabel: cpvLabel(row.cpvCode, locale),
    version: row.version,
    createdAt: row.createdAt,
    regime: regime.regime,
    allowedProcedures: regime.allowed,
    groundedProcedures: regime.grounded,
    warnings: [
      ...regime.warnings.map((w) => ({ code: w.code, message: warningText(w, locale) })),
      // § 7-9 applies from the notice on; before it is known, a case planned for later is held to it too.
      ...(climate !== 'outside'
        ? climateJustificationMissing(row)
          ? [
              {
                code: 'climateJustificationMissing',
                message: t(
                  row.climateExempt ? 'climateExemptNeedsJustification' : 'climateRequirementsNeedJustification',
                  locale,
                ),
              },
            ]
          : []
        : []),
    ],
    timeline: timelineSpans(events, today).map((s) => ({ ...s.event, days: s.days, current: s.current })),
    activities: dialogues
      .forCase(row.id)
      .map((d) => ({ id: d.id, date: d.date, time: d.time, form: d.form, title: d.title })),
    unsharedItems: dialogues.unsharedCount(row.id),
  };
}

function editableFields(row: CaseRow): Pick<CaseRow, CaseFieldKey> {
  const out = {} as Record<CaseFieldKey, unknown>;
  for (const k of CASE_FIELD_KEYS) out[k] = row[k];
  return out as Pick<CaseRow, CaseFieldKey>;
}
