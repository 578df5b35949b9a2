import { phaseDefs, type Phase, type Stage } from '../../core/index.js';
import type { Db } from '../open.js';
import { cases } from '../schema.js';
import { columns, p, sql, Statements } from '../sql.js';

// The procurement plan and the portfolio timeline. Which phases belong to
// which stage is core's (reference/phases.ts), bound here as JSON.
const phasesOf = (...stages: Stage[]) =>
  JSON.stringify(phaseDefs.filter((p) => p.stage !== null && stages.includes(p.stage)).map((p) => p.code));
const PLANNING_JSON = phasesOf('planning');

const PLANNED_KEYS = [
  'id',
  'caseNumber',
  'title',
  'department',
  'phase',
  'estimatedValue',
  'plannedNoticeDate',
  'plannedAwardDate',
  'plannedContractStart',
] as const;
const PLANNED = columns(cases, null, PLANNED_KEYS);
export type PlannedRow = (typeof PLANNED)['_row'];
// The portfolio's rows: a case's planned columns, when it was registered, and one of its events.
const PORTFOLIO = columns(cases, 'c', [...PLANNED_KEYS, 'registeredDate']);

type Scope = { phases: string; department: string | null };
const PLANNED_SQL = sql<Scope>`
  SELECT ${PLANNED} FROM cases
  WHERE archived = 0 AND phase IN (SELECT value FROM json_each(${p('phases')})) AND (${p('department')} IS NULL OR department = ${p('department')})
  ORDER BY planned_notice_date IS NULL, planned_notice_date, case_number_sort`.rows(PLANNED);
const PORTFOLIO_SQL = sql<Scope>`
  SELECT ${PORTFOLIO}, e.phase AS eventPhase, e.date AS eventDate
  FROM cases c JOIN case_events e ON e.case_id = c.id
  WHERE c.archived = 0 AND c.phase IN (SELECT value FROM json_each(${p('phases')})) AND (${p('department')} IS NULL OR c.department = ${p('department')})
  ORDER BY c.registered_date, c.id, e.date, e.id`.rows<
  (typeof PORTFOLIO)['_row'] & { eventPhase: Phase; eventDate: string }
>();

export class PlanRepo {
  private readonly st: Statements;

  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  /** Cases still being planned (not archived), by planned notice date; those without one last. */
  planned(department: string | null): PlannedRow[] {
    return this.st.all(PLANNED_SQL, { phases: PLANNING_JSON, department });
  }

  /** Open cases in the stages asked for, with their phase events in order (for the portfolio timeline). */
  portfolio(
    department: string | null,
    includeFollowup: boolean,
  ): (PlannedRow & { registeredDate: string; events: { phase: Phase; date: string }[] })[] {
    const phases = includeFollowup
      ? phasesOf('planning', 'competition', 'followup')
      : phasesOf('planning', 'competition');
    const rows = this.st.all(PORTFOLIO_SQL, { phases, department });
    const out: (PlannedRow & { registeredDate: string; events: { phase: Phase; date: string }[] })[] = [];
    for (const r of rows) {
      let last = out.at(-1);
      if (!last || last.id !== r.id) {
        const { eventPhase: _p, eventDate: _d, ...row } = r;
        out.push((last = { ...row, events: [] }));
      }
      last.events.push({ phase: r.eventPhase, date: r.eventDate });
    }
    return out;
  }
}
