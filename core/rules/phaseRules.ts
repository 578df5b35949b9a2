import { phaseDef, phaseIndex, phases, TERMINAL_PHASES, type Phase } from '../reference/phases.js';

export type TransitionProblem =
  'samePhase' | 'fromTerminal' | 'cancelNeedsReason' | 'backwardNeedsNote' | 'dateBeforeLastEvent' | 'dateInFuture';

export interface TransitionRequest {
  from: Phase;
  to: Phase;
  date: string;
  note: string;
  lastEventDate: string;
  today: string;
}

/**
 * Whether a case may move from one phase to another. Forward moves may skip
 * steps (a direct award has no notice or standstill). Going back, e.g. to
 * re-announce after a failed competition, needs a note saying why.
 * Cancellation is possible from any open phase, with a reason. A closed or
 * cancelled case is final. The date is when it happened: not before the
 * previous event and not in the future.
 */
export function transitionProblem(r: TransitionRequest): TransitionProblem | null {
  if (r.from === r.to) return 'samePhase';
  if (TERMINAL_PHASES.includes(r.from)) return 'fromTerminal';
  const hasNote = r.note.trim().length > 0;
  if (r.to === 'avlyst' && !hasNote) return 'cancelNeedsReason';
  if (r.to !== 'avlyst' && phaseIndex(r.to) < phaseIndex(r.from) && !hasNote) return 'backwardNeedsNote';
  if (r.date < r.lastEventDate) return 'dateBeforeLastEvent';
  if (r.date > r.today) return 'dateInFuture';
  return null;
}

/** Phases in which a case has been awarded: a contract and a saving can come out of it. */
export const AWARDED_PHASES: readonly Phase[] = phases.filter(
  (p) => p !== 'avlyst' && phaseIndex(p) >= phaseIndex('tildeling'),
);

export function isAwarded(phase: Phase): boolean {
  return AWARDED_PHASES.includes(phase);
}

/**
 * A move from planning into the competition (or past it). Equal treatment
 * requires what was said in the market dialogue to be known to all by then.
 */
export function entersCompetition(from: Phase, to: Phase): boolean {
  const toStage = phaseDef(to).stage;
  return phaseDef(from).stage === 'planning' && (toStage === 'competition' || toStage === 'followup');
}
