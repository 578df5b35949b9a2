import type { Phase } from './phases.js';

/**
 * How long a case may stay in a phase before "Min oversikt" says it has
 * stalled: the office's own norm, in calendar days, set under Innstillinger
 * (stored as the setting `phaseNorms`). Not law: the defaults below are a
 * starting point for a municipal office, with the legal floor noted where
 * one exists. The closed and cancelled phases have no norm, and follow-up
 * runs as long as the contract (its own deadlines say what is due).
 */
export const NORM_PHASES = [
  'behovsavklaring',
  'markedsdialog',
  'konkurransestrategi',
  'konkurransegrunnlag',
  'kunngjoring',
  'tilbudsfrist',
  'evaluering',
  'tildeling',
  'karensperiode',
  'kontraktsignering',
] as const satisfies readonly Phase[];
export type NormPhase = (typeof NORM_PHASES)[number];

export const DEFAULT_PHASE_NORMS: Readonly<Record<NormPhase, number>> = {
  /** Needs assessment: two months to describe the need with the department. */
  behovsavklaring: 60,
  /** Market dialogue: meetings, questions and answers shared with all. */
  markedsdialog: 60,
  konkurransestrategi: 30,
  konkurransegrunnlag: 45,
  /**
   * From the notice to the tender deadline. The minimum tender periods are
   * 30–35 days above the EEA thresholds (FOA §§ 20-3, 20-5; Del II: a
   * "reasonable" period, § 8-2); 45 leaves room for questions.
   */
  kunngjoring: 45,
  /** Tenders in: opening and checking them. */
  tilbudsfrist: 14,
  evaluering: 30,
  /** The award decided: the award notice is sent (FOA § 10-1, § 25-1). */
  tildeling: 7,
  /**
   * The standstill: at least 10 days after the award notice (15 without
   * electronic communication) above the EEA thresholds, FOA § 25-2 (1);
   * Del II: a reasonable period the buyer sets, § 10-2 (1).
   */
  karensperiode: 15,
  kontraktsignering: 14,
};

/** The bounds of a norm one may set, in days. */
export const PHASE_NORM_MIN = 1;
export const PHASE_NORM_MAX = 730;

/** The norms as stored (JSON, possibly partial or from an older version) laid over the defaults; anything unreadable falls back. */
export function phaseNormsFrom(stored: string | null): Record<NormPhase, number> {
  const out: Record<NormPhase, number> = { ...DEFAULT_PHASE_NORMS };
  if (!stored) return out;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return out;
  }
  if (!parsed || typeof parsed !== 'object') return out;
  for (const p of NORM_PHASES) {
    const v = (parsed as Record<string, unknown>)[p];
    if (typeof v === 'number' && Number.isInteger(v) && v >= PHASE_NORM_MIN && v <= PHASE_NORM_MAX) out[p] = v;
  }
  return out;
}

export function isNormPhase(p: Phase): p is NormPhase {
  return (NORM_PHASES as readonly Phase[]).includes(p);
}
