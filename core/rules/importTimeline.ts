import { phaseDateField } from '../reference/importFields.js';
import { FIRST_PHASE, phaseDefs, phaseIndex, type Phase } from '../reference/phases.js';
import { transitionProblem, type TransitionProblem } from './phaseRules.js';

// A case's timeline from a spreadsheet row: the phase it is in ("Fase") and,
// optionally, the date it reached each phase. The events are the phases
// passed, in the code list's order, each checked by the very rule a phase
// change in the app must pass (transitionProblem): not before the event
// before it, not in the future.

export interface RowTimeline {
  /** The phase the row says the case is in; undefined when the cell is empty or there is no such column. */
  phase: Phase | undefined;
  /** The date the case reached each phase, as the row gives them. */
  dates: Partial<Record<Phase, string>>;
  /** Since when the case is in its phase ("I fasen siden"): the date of the phase given, in a column of its own. */
  since?: string | undefined;
  /** The row's registration date, if it has one. */
  registeredDate: string | undefined;
  today: string;
}

/** What is wrong, by the column it is about: the phase's or one phase date's. */
export type TimelineIssue =
  | {
      field: 'phase';
      problem:
        | 'phaseMissing'
        | 'cancelNeedsReason'
        | Exclude<TransitionProblem, 'cancelNeedsReason' | 'dateInFuture' | 'dateBeforeLastEvent'>;
    }
  | { field: string; problem: 'dateAfterPhase'; phase: Phase; current: Phase }
  | { field: string; problem: 'dateBeforePrevious'; phase: Phase; date: string; previous: Phase; previousDate: string }
  | { field: string; problem: 'dateInFuture'; phase: Phase; date: string }
  | { field: string; problem: 'notRegisteredDate'; date: string; registered: string }
  | { field: 'phaseSince'; problem: 'sinceDiffers'; phase: Phase; date: string; since: string };

export interface TimelineStep {
  phase: Phase;
  from: Phase;
  date: string;
}

export type RowTimelineResult =
  | {
      ok: true;
      /** The case's registration date: the row's, else the first phase's date, else the earliest date given (no later than today); undefined leaves today. */
      registeredDate: string | undefined;
      /** The events after the first, in order. */
      steps: TimelineStep[];
      /** The phase dated with the import date because the row gave no date for it. */
      datedToday: Phase | null;
    }
  | { ok: false; issues: TimelineIssue[] };

export function rowTimeline(row: RowTimeline): RowTimelineResult {
  const issues: TimelineIssue[] = [];
  if (row.phase === undefined) {
    if (row.since !== undefined || Object.values(row.dates).some((d) => d !== undefined))
      return { ok: false, issues: [{ field: 'phase', problem: 'phaseMissing' }] };
    return { ok: true, registeredDate: row.registeredDate, steps: [], datedToday: null };
  }
  const current = row.phase;
  // "I fasen siden" is the date of the phase given: it must agree with that phase's own column, if both are there.
  const own = row.dates[current];
  const fromSince = row.since !== undefined && own === undefined;
  if (row.since !== undefined && own !== undefined && own !== row.since)
    issues.push({ field: 'phaseSince', problem: 'sinceDiffers', phase: current, date: own, since: row.since });
  const r = fromSince ? { ...row, dates: { ...row.dates, [current]: row.since } } : row;
  const fieldOf = (p: Phase) => (fromSince && p === current ? 'phaseSince' : phaseDateField(p));
  const given = phaseDefs.map((d) => d.code).filter((p) => r.dates[p] !== undefined);
  // A date for a phase the case has not reached yet.
  for (const p of given)
    if (phaseIndex(p) > phaseIndex(current))
      issues.push({ field: fieldOf(p), problem: 'dateAfterPhase', phase: p, current });

  const firstDate = r.dates[FIRST_PHASE];
  if (firstDate !== undefined && r.registeredDate !== undefined && firstDate !== r.registeredDate) {
    issues.push({
      field: fieldOf(FIRST_PHASE),
      problem: 'notRegisteredDate',
      date: firstDate,
      registered: r.registeredDate,
    });
  }
  if (firstDate !== undefined && firstDate > r.today)
    issues.push({ field: fieldOf(FIRST_PHASE), problem: 'dateInFuture', phase: FIRST_PHASE, date: firstDate });
  const earliest = given
    .map((p) => r.dates[p]!)
    .reduce<string | undefined>((m, d) => (m === undefined || d < m ? d : m), undefined);
  const registered =
    r.registeredDate ?? firstDate ?? (earliest !== undefined && earliest < r.today ? earliest : undefined);
  const start = registered ?? r.today;

  const steps: TimelineStep[] = [];
  let last: { phase: Phase; date: string } = { phase: FIRST_PHASE, date: start };
  const passed = given.filter((p) => p !== FIRST_PHASE && phaseIndex(p) < phaseIndex(current));
  const datedToday = current !== FIRST_PHASE && r.dates[current] === undefined ? current : null;
  const wanted = current === FIRST_PHASE ? passed : [...passed, current];
  for (const p of wanted) {
    const date = r.dates[p] ?? r.today;
    const problem = transitionProblem({
      from: last.phase,
      to: p,
      date,
      note: '',
      lastEventDate: last.date,
      today: r.today,
    });
    const field = fieldOf(p);
    if (problem === 'dateBeforeLastEvent')
      issues.push({
        field,
        problem: 'dateBeforePrevious',
        phase: p,
        date,
        previous: last.phase,
        previousDate: last.date,
      });
    else if (problem === 'dateInFuture') issues.push({ field, problem: 'dateInFuture', phase: p, date });
    else if (problem === 'cancelNeedsReason') issues.push({ field: 'phase', problem: 'cancelNeedsReason' });
    else if (problem !== null) issues.push({ field: 'phase', problem });
    steps.push({ phase: p, from: last.phase, date });
    last = { phase: p, date };
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, registeredDate: registered, steps, datedToday };
}
