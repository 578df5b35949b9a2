import thresholdsData from '../data/thresholds.json' with { type: 'json' };
import type { Kind } from '../reference/kinds.js';
import type { Procedure } from '../reference/procedures.js';
import { regimeDefs, type Regime } from '../reference/regimes.js';
import { phaseDef, type Phase } from '../reference/phases.js';

export interface ThresholdPeriod {
  validFrom: string;
  validTo: string;
  minimum: number;
  national: number;
  eea: Record<Kind, number | null>;
  source: string;
}

export const thresholdPeriods: readonly ThresholdPeriod[] = thresholdsData.periods as ThresholdPeriod[];

/** The threshold values in force on an ISO date, or null when none are recorded. */
export function thresholdsOn(date: string, table: readonly ThresholdPeriod[] = thresholdPeriods): ThresholdPeriod | null {
  return table.find((p) => p.validFrom <= date && date <= p.validTo) ?? null;
}

export type RegimeWarning =
  | { code: 'noThresholds'; date: string }
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
