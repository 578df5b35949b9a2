import { phaseDef, type Phase, type Stage, TERMINAL_PHASES } from '../reference/phases.js';
import { daysBetween } from './dates.js';

export interface PhaseEventLike {
  phase: Phase;
  date: string;
}

export interface TimelineSpan<E extends PhaseEventLike> {
  event: E;
  /** Calendar days until the next event (or until today for the current phase); null for a terminal phase. */
  days: number | null;
  current: boolean;
}

/**
 * Days spent in each phase from a case's events in order. The current phase
 * counts up to today; a closed or cancelled case's last phase has no length.
 */
export function timelineSpans<E extends PhaseEventLike>(events: readonly E[], today: string): TimelineSpan<E>[] {
  return events.map((event, i) => {
    const next = events[i + 1];
    const current = next === undefined;
    let days: number | null;
    if (next) days = daysBetween(event.date, next.date);
    else days = TERMINAL_PHASES.includes(event.phase) ? null : Math.max(0, daysBetween(event.date, today));
    return { event, days, current };
  });
}

/** Days per stage (planning, competition, follow-up), summed from the spans. */
export function daysPerStage(events: readonly PhaseEventLike[], today: string): Record<Stage, number> {
  const out: Record<Stage, number> = { planning: 0, competition: 0, followup: 0 };
  for (const s of timelineSpans(events, today)) {
    const stage = phaseDef(s.event.phase).stage;
    if (stage && s.days !== null) out[stage] += s.days;
  }
  return out;
}

/**
 * A case's time as stretches per stage (for the portfolio timeline): spans
 * of the same stage run together; the last runs to today. Cancelled spans
 * have no stage and are left out.
 */
export function stageSegments(
  events: readonly PhaseEventLike[],
  today: string,
): { stage: Stage; from: string; to: string }[] {
  const out: { stage: Stage; from: string; to: string }[] = [];
  events.forEach((e, i) => {
    const stage = phaseDef(e.phase).stage;
    const to = events[i + 1]?.date ?? (TERMINAL_PHASES.includes(e.phase) ? e.date : today);
    if (!stage) return;
    const last = out.at(-1);
    if (last && last.stage === stage && last.to === e.date) last.to = to;
    else out.push({ stage, from: e.date, to });
  });
  return out;
}
