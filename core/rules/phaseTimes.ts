import { phaseDef, phaseDefs, type Phase, type Stage } from '../reference/phases.js';
import { timelineSpans, type PhaseEventLike } from './timeline.js';

export interface PhaseStats {
  phase: Phase;
  /** Completed stays in the phase counted (the current phase of open cases is not finished and is left out). */
  n: number;
  median: number;
  p25: number;
  p75: number;
}

/** The value at quantile q of sorted numbers, by the nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * Days spent in each phase across cases: median and spread (25th–75th
 * percentile) of the finished stays. A stay still running is not a duration
 * yet, so it is left out rather than counted short.
 */
export function phaseStats(timelines: readonly (readonly PhaseEventLike[])[], today: string): PhaseStats[] {
  const days = new Map<Phase, number[]>();
  for (const events of timelines) {
    for (const s of timelineSpans(events, today)) {
      if (s.current || s.days === null) continue;
      const list = days.get(s.event.phase) ?? [];
      list.push(s.days);
      days.set(s.event.phase, list);
    }
  }
  return phaseDefs
    .map((d) => d.code)
    .filter((p) => days.has(p))
    .map((phase) => {
      const sorted = days.get(phase)!.sort((a, b) => a - b);
      return {
        phase,
        n: sorted.length,
        median: quantile(sorted, 0.5),
        p25: quantile(sorted, 0.25),
        p75: quantile(sorted, 0.75),
      };
    });
}

/**
 * The share of the portfolio's days spent in planning, competition and
 * follow-up, counting every day of every case up to today: the measure the
 * field is trying to move (more planning and follow-up, less competition).
 */
export function stageShares(
  timelines: readonly (readonly PhaseEventLike[])[],
  today: string,
): Record<Stage, number> & { days: number } {
  const sum: Record<Stage, number> = { planning: 0, competition: 0, followup: 0 };
  for (const events of timelines) {
    for (const s of timelineSpans(events, today)) {
      const stage = phaseDef(s.event.phase).stage;
      if (stage && s.days !== null) sum[stage] += s.days;
    }
  }
  const days = sum.planning + sum.competition + sum.followup;
  const share = (n: number) => (days === 0 ? 0 : n / days);
  return { planning: share(sum.planning), competition: share(sum.competition), followup: share(sum.followup), days };
}
