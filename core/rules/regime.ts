import thresholdsData from '../data/thresholds.json' with { type: 'json' };
import type { Kind } from '../reference/kinds.js';
import type { Procedure } from '../reference/procedures.js';
import { regimeDefs, type Regime } from '../reference/regimes.js';
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

export const shippedThresholds: readonly ThresholdPeriod[] = thresholdsData.periods.map((p) => ({ ...p, source: { ...p.source, confidence: p.source.confidence as ThresholdSource['confidence'] }, origin: 'shipped' as const }));

/**
 * The table the rules use: the shipped periods with the office's own
 * entries laid over them, each from its date in force. A period ends the
 * day before the next one begins (or at its own end, if earlier); on the
 * same date the office's entry wins.
 */
export function thresholdTable(office: readonly ThresholdPeriod[] = []): ThresholdPeriod[] {
  const all = [...shippedThresholds, ...office].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : a.origin === b.origin ? 0 : a.origin === 'office' ? 1 : -1));
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
export function thresholdsOn(date: string, table: readonly ThresholdPeriod[] = thresholdPeriods): ThresholdPeriod | null {
  return table.find((p) => p.validFrom <= date && (p.validTo === null || date <= p.validTo)) ?? null;
}

/** Past the last check, the newest shipped values may have been replaced: the app applies them and says so. */
export function isLastKnown(period: ThresholdPeriod, date: string): boolean {
  return period.origin === 'shipped' && period.validTo === null && date > thresholdsChecked.until;
}

export type RegimeWarning =
  | { code: 'noThresholds'; date: string }
  | { code: 'lastKnownThresholds'; date: string; from: string; regulation: string; checkedUntil: string }
  | { code: 'officeThresholds'; from: string; regulation: string }
  | { code: 'eeaUnknown'; date: string; kind: Kind }
  | { code: 'procedureNotAllowed'; procedure: Procedure; regime: Regime }
  | { code: 'directNeedsException' };

export interface RegimeResult {
  regime: Regime | null;
  thresholds: ThresholdPeriod | null;
  allowed: Procedure[];
  warnings: RegimeWarning[];
}

// Health, social and special services may choose their procedure freely
// above the national threshold (FOA part II rules also above the EEA value,
// with an EEA-wide notice), so both parts' procedures are allowed there.
const FLEXIBLE_KINDS: readonly Kind[] = ['helse_sosial'];

/** Warnings of this kind are about the threshold values themselves, not the procedure: shown apart. */
export const THRESHOLD_NOTE_CODES: readonly RegimeWarning['code'][] = ['lastKnownThresholds', 'officeThresholds'];

/**
 * What a report covering [from, to] must say about the thresholds it
 * applies: that the newest shipped values may be out of date by `to`, and
 * which periods the office entered itself.
 */
export function thresholdNotes(from: string, to: string, table: readonly ThresholdPeriod[] = thresholdPeriods): RegimeWarning[] {
  const out: RegimeWarning[] = [];
  const last = thresholdsOn(to, table);
  if (last && isLastKnown(last, to)) out.push({ code: 'lastKnownThresholds', date: to, from: last.validFrom, regulation: last.source.regulation, checkedUntil: thresholdsChecked.until });
  for (const p of table) {
    if (p.origin === 'office' && p.validFrom <= to && (p.validTo === null || p.validTo >= from)) out.push({ code: 'officeThresholds', from: p.validFrom, regulation: p.source.regulation });
  }
  return out;
}

/**
 * From the estimated value (whole contract period incl. options), the kind
 * and the reference date, the part of the regulation that applies and the
 * procedures it allows. A procedure that is not allowed is a warning, never
 * a silent pass and never a hard error: the buyer may know of an exception.
 */
export function regimeFor(
  input: { value: number; kind: Kind; date: string; procedure?: Procedure | null },
  table: readonly ThresholdPeriod[] = thresholdPeriods,
): RegimeResult {
  const t = thresholdsOn(input.date, table);
  const warnings: RegimeWarning[] = [];
  if (!t) return { regime: null, thresholds: null, allowed: [], warnings: [{ code: 'noThresholds', date: input.date }] };

  if (isLastKnown(t, input.date)) warnings.push({ code: 'lastKnownThresholds', date: input.date, from: t.validFrom, regulation: t.source.regulation, checkedUntil: thresholdsChecked.until });
  if (t.origin === 'office') warnings.push({ code: 'officeThresholds', from: t.validFrom, regulation: t.source.regulation });
  const eea = t.eea[input.kind];
  let regime: Regime;
  if (input.value < t.minimum) regime = 'under100k';
  else if (input.value < t.national) regime = 'partI';
  else if (eea === null) {
    warnings.push({ code: 'eeaUnknown', date: input.date, kind: input.kind });
    regime = 'partII';
  } else regime = input.value < eea ? 'partII' : 'partIII';

  const allowed = new Set<Procedure>(regimeDefs.find((r) => r.code === regime)!.allowed);
  if (FLEXIBLE_KINDS.includes(input.kind) && (regime === 'partII' || regime === 'partIII')) {
    for (const r of regimeDefs) if (r.code === 'partII' || r.code === 'partIII') r.allowed.forEach((p) => allowed.add(p));
  }
  const p = input.procedure;
  if (p && !allowed.has(p)) {
    if (p === 'direkte') warnings.push({ code: 'directNeedsException' });
    else warnings.push({ code: 'procedureNotAllowed', procedure: p, regime });
  }
  return { regime, thresholds: t, allowed: [...allowed], warnings };
}

/**
 * The date whose thresholds apply to a case: when it was announced; for a
 * case that went into competition without a notice of its own (a call-off
 * under a framework), when the competition began; before that, the planned
 * notice; failing all, when the need was registered.
 */
export function regimeDate(events: readonly { phase: Phase; date: string }[], plannedNoticeDate: string | null, registeredDate: string): string {
  const notice = events.find((e) => e.phase === 'kunngjoring')?.date;
  if (notice) return notice;
  const competition = events.find((e) => e.phase !== 'avlyst' && phaseDef(e.phase).stage !== 'planning')?.date;
  return competition ?? plannedNoticeDate ?? registeredDate;
}
