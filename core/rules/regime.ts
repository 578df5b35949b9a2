import thresholdsData from '../data/thresholds.json' with { type: 'json' };
import type { Kind } from '../reference/kinds.js';
import { groundDef, type GroundSet } from '../reference/grounds.js';
import { DESIGN_CONTESTS, type Procedure } from '../reference/procedures.js';
import { regimeDef, type Regime } from '../reference/regimes.js';
import { phaseDef, type Phase } from '../reference/phases.js';
import { addDays } from './dates.js';

export interface ThresholdSource {
  /** The amending regulation, e.g. "FOR-2024-03-14-449" (or what the office entered). */
  regulation: string;
  title: string;
  /** The sections and letters that hold the values. */
  provisions: string;
  url: string;
  /** verified: read in the regulation's text; secondary: from DFØ, KS, the ministry or law firms; office: entered by the office. */
  confidence: 'verified' | 'secondary' | 'office';
  note: string;
}

export type ThresholdKind = keyof (typeof thresholdsData.periods)[number]['eea'];

export interface ThresholdPeriod {
  validFrom: string;
  /** The last day in force; null: in force until a newer period is known. */
  validTo: string | null;
  minimum: number;
  national: number;
  eea: Record<ThresholdKind, number | null>;
  /** Del V (plan- og designkonkurranser) from this value, FOA § 5-1 (5). */
  designContest: number | null;
  source: ThresholdSource;
  /** Shipped with the app, or entered by the office under Innstillinger. */
  origin: 'shipped' | 'office';
  /** For an office entry: its id, who entered it and when. */
  id?: number;
  enteredBy?: string;
  enteredAt?: string;
}

/** How far the shipped values were checked against their sources, and how. */
export const thresholdsChecked: { until: string; how: string } = thresholdsData.checked;

export const shippedThresholds: readonly ThresholdPeriod[] = thresholdsData.periods.map((p) => ({
  ...p,
  source: { ...p.source, confidence: p.source.confidence as ThresholdSource['confidence'] },
  origin: 'shipped' as const,
}));

/**
 * The table the rules use: the shipped periods with the office's own
 * entries laid over them, each from its date in force. A period ends the
 * day before the next one begins (or at its own end, if earlier); on the
 * same date the office's entry wins.
 */
export function thresholdTable(office: readonly ThresholdPeriod[] = []): ThresholdPeriod[] {
  const all = [...shippedThresholds, ...office].sort((a, b) =>
    a.validFrom < b.validFrom
      ? -1
      : a.validFrom > b.validFrom
        ? 1
        : a.origin === b.origin
          ? 0
          : a.origin === 'office'
            ? 1
            : -1,
  );
  // Of two on the same date, the later (the office's) stands.
  const unique = all.filter((p, i) => all[i + 1]?.validFrom !== p.validFrom);
  return unique.map((p, i) => {
    const next = unique[i + 1];
    const before = next ? addDays(next.validFrom, -1) : null;
    const validTo = p.validTo === null ? before : before === null || p.validTo < before ? p.validTo : before;
    return { ...p, validTo };
  });
}

export const thresholdPeriods: readonly ThresholdPeriod[] = thresholdTable();

/** The threshold values in force on an ISO date, or null when none are recorded. */
export function thresholdsOn(
  date: string,
  table: readonly ThresholdPeriod[] = thresholdPeriods,
): ThresholdPeriod | null {
  return table.find((p) => p.validFrom <= date && (p.validTo === null || date <= p.validTo)) ?? null;
}

/** Past the last check, the newest shipped values may have been replaced: the app applies them and says so. */
export function isLastKnown(period: ThresholdPeriod, date: string): boolean {
  return period.origin === 'shipped' && period.validTo === null && date > thresholdsChecked.until;
}

export type RegimeWarning =
  | { code: 'noThresholds'; date: string }
  | { code: 'lastKnownThresholds'; date: string; from: string; regulation: string; checkedUntil: string }
  /** A report's: the dates it covers run to `date` (a pack's plan looks twelve months ahead), and newer values may apply before then. */
  | { code: 'lastKnownThresholdsThrough'; date: string; from: string; regulation: string; checkedUntil: string }
  | { code: 'officeThresholds'; from: string; regulation: string }
  | { code: 'eeaUnknown'; date: string; kind: Kind }
  | { code: 'procedureNotAllowed'; procedure: Procedure; regime: Regime }
  /** The procedure is lawful in this part only on a ground of `set`, and none (or one of another section) is recorded. */
  | { code: 'groundMissing'; procedure: Procedure; regime: Regime; set: GroundSet }
  /** A design contest between the national threshold and part V's lower limit: § 31-2 (2) and § 5-1 (5) disagree. */
  | { code: 'designContestNotice'; national: number; partV: number }
  /** Similar cases add up to a threshold each stays under (FOA § 5-4 (4)): core/rules/splitting.ts. */
  | {
      code: 'splitting';
      group: string;
      sum: number;
      cases: string[];
      level: 'minimum' | 'national' | 'eea';
      threshold: number;
    };

export interface RegimeResult {
  regime: Regime | null;
  thresholds: ThresholdPeriod | null;
  /** Procedures the part allows without a condition. */
  allowed: Procedure[];
  /** Procedures it allows on a ground the case must record, and the section of that ground. */
  grounded: { procedure: Procedure; set: GroundSet }[];
  warnings: RegimeWarning[];
}

/**
 * The part of the regulation from the value, kind and procedure, by FOA
 * § 5-1 with the thresholds `t`: health and social services below their EEA
 * threshold follow part I only (§ 5-1 (2) a excludes them from part II) and
 * part IV above it; special services follow part II from the national
 * threshold with no ceiling (§ 5-1 (2) b), with the EEA rules of §§ 5-2 (2),
 * 8-17 (4), 8-19 once they exceed ("overstiger") their EEA threshold; design
 * contests follow part V from its own limit (§ 5-1 (5)). A value equal to a
 * threshold is in the higher part ("lik eller overstiger").
 */
export function regimeOf(
  value: number,
  kind: Kind,
  procedure: Procedure | null | undefined,
  t: ThresholdPeriod,
): Regime {
  if (value < t.minimum) return 'under100k';
  if (procedure && DESIGN_CONTESTS.includes(procedure) && t.designContest !== null && value >= t.designContest)
    return 'partV';
  const eea = t.eea[kind];
  if (kind === 'helse_sosial') return eea !== null && value >= eea ? 'partIV' : 'partI';
  if (value < t.national) return 'partI';
  if (kind === 'saerlige_tjenester') return eea !== null && value > eea ? 'partIIEea' : 'partII';
  return eea === null || value < eea ? 'partII' : 'partIII';
}

/** Warnings of this kind are about the threshold values themselves, not the procedure: shown apart. */
export const THRESHOLD_NOTE_CODES: readonly RegimeWarning['code'][] = ['lastKnownThresholds', 'officeThresholds'];

/**
 * What a report covering [from, to] must say about the thresholds it
 * applies: that the newest shipped values may be out of date by `to`, and
 * which periods the office entered itself.
 */
export function thresholdNotes(
  from: string,
  to: string,
  table: readonly ThresholdPeriod[] = thresholdPeriods,
): RegimeWarning[] {
  const out: RegimeWarning[] = [];
  const last = thresholdsOn(to, table);
  if (last && isLastKnown(last, to))
    out.push({
      code: 'lastKnownThresholdsThrough',
      date: to,
      from: last.validFrom,
      regulation: last.source.regulation,
      checkedUntil: thresholdsChecked.until,
    });
  for (const p of table) {
    if (p.origin === 'office' && p.validFrom <= to && (p.validTo === null || p.validTo >= from))
      out.push({ code: 'officeThresholds', from: p.validFrom, regulation: p.source.regulation });
  }
  return out;
}

/**
 * From the estimated value (whole contract period incl. options), the kind,
 * the reference date and the procedure, the part of the regulation that
 * applies and the procedures it allows. A procedure that is not allowed, or
 * that needs a ground not yet recorded, is a warning, never a silent pass
 * and never a hard error: the buyer may know of an exception.
 */
export function regimeFor(
  input: { value: number; kind: Kind; date: string; procedure?: Procedure | null; ground?: string | null },
  table: readonly ThresholdPeriod[] = thresholdPeriods,
): RegimeResult {
  const t = thresholdsOn(input.date, table);
  const warnings: RegimeWarning[] = [];
  if (!t)
    return {
      regime: null,
      thresholds: null,
      allowed: [],
      grounded: [],
      warnings: [{ code: 'noThresholds', date: input.date }],
    };

  if (isLastKnown(t, input.date))
    warnings.push({
      code: 'lastKnownThresholds',
      date: input.date,
      from: t.validFrom,
      regulation: t.source.regulation,
      checkedUntil: thresholdsChecked.until,
    });
  if (t.origin === 'office')
    warnings.push({ code: 'officeThresholds', from: t.validFrom, regulation: t.source.regulation });
  const eea = t.eea[input.kind];
  if (eea === null && input.value >= t.national)
    warnings.push({ code: 'eeaUnknown', date: input.date, kind: input.kind });
  const regime = regimeOf(input.value, input.kind, input.procedure, t);
  const def = regimeDef(regime);
  const grounded = Object.entries(def.grounded).map(([procedure, set]) => ({
    procedure: procedure as Procedure,
    set: set as GroundSet,
  }));

  const p = input.procedure;
  if (p) {
    const needs = grounded.find((g) => g.procedure === p);
    const ground = input.ground ? groundDef(input.ground) : undefined;
    if (needs && ground?.set !== needs.set)
      warnings.push({ code: 'groundMissing', procedure: p, regime, set: needs.set });
    else if (!needs && !def.free.includes(p)) warnings.push({ code: 'procedureNotAllowed', procedure: p, regime });
    if (
      DESIGN_CONTESTS.includes(p) &&
      regime !== 'partV' &&
      t.designContest !== null &&
      input.value >= t.national &&
      input.value < t.designContest
    ) {
      warnings.push({ code: 'designContestNotice', national: t.national, partV: t.designContest });
    }
  }
  return { regime, thresholds: t, allowed: [...def.free], grounded, warnings };
}

/**
 * The date whose thresholds apply to a case: when it was announced; for a
 * case that went into competition without a notice of its own (a call-off
 * under a framework), when the competition began; before that, the planned
 * notice; failing all, when the need was registered.
 */
export function regimeDate(
  events: readonly { phase: Phase; date: string }[],
  plannedNoticeDate: string | null,
  registeredDate: string,
): string {
  const notice = events.find((e) => e.phase === 'kunngjoring')?.date;
  if (notice) return notice;
  const competition = events.find((e) => e.phase !== 'avlyst' && phaseDef(e.phase).stage !== 'planning')?.date;
  return competition ?? plannedNoticeDate ?? registeredDate;
}
