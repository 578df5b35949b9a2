import { phaseDefs, type Phase, type Stage } from '../../core/index.js';
import type { Db } from '../open.js';
import { StatementCache } from './statements.js';

// The procurement plan and the portfolio timeline. Which phases belong to
// which stage is core's (reference/phases.ts), bound here as JSON.
const phasesOf = (...stages: Stage[]) => JSON.stringify(phaseDefs.filter((p) => p.stage !== null && stages.includes(p.stage)).map((p) => p.code));
const PLANNING_JSON = phasesOf('planning');

export interface PlannedRow {
  id: number;
  caseNumber: string;
  title: string;
  department: string;
  phase: Phase;
  estimatedValue: number;
  plannedNoticeDate: string | null;
  plannedAwardDate: string | null;
  plannedContractStart: string | null;
}

const PLANNED_COLUMNS = `id, case_number AS caseNumber, title, department, phase, estimated_value AS estimatedValue,
  planned_notice_date AS plannedNoticeDate, planned_award_date AS plannedAwardDate, planned_contract_start AS plannedContractStart`;

export class PlanRepo {
  private readonly st: StatementCache;

  constructor(db: Db) {
    this.st = new StatementCache(db.$client);
  }

  /** Cases still being planned (not archived), by planned notice date; those without one last. */
  planned(department: string | null): PlannedRow[] {
    return this.st
      .get(
        `SELECT ${PLANNED_COLUMNS} FROM cases
         WHERE archived = 0 AND phase IN (SELECT value FROM json_each(?)) AND (? IS NULL OR department = ?)
         ORDER BY planned_notice_date IS NULL, planned_notice_date, case_number_sort`,
      )
      .all(PLANNING_JSON, department, department) as PlannedRow[];
  }

  /** Open cases in the stages asked for, with their phase events in order (for the portfolio timeline). */
  portfolio(department: string | null, includeFollowup: boolean): (PlannedRow & { registeredDate: string; events: { phase: Phase; date: string }[] })[] {
    const phases = includeFollowup ? phasesOf('planning', 'competition', 'followup') : phasesOf('planning', 'competition');
    const rows = this.st
      .get(
        `SELECT c.id, c.case_number AS caseNumber, c.title, c.department, c.phase, c.estimated_value AS estimatedValue, c.registered_date AS registeredDate,
           c.planned_notice_date AS plannedNoticeDate, c.planned_award_date AS plannedAwardDate, c.planned_contract_start AS plannedContractStart,
           e.phase AS eventPhase, e.date AS eventDate
         FROM cases c JOIN case_events e ON e.case_id = c.id
         WHERE c.archived = 0 AND c.phase IN (SELECT value FROM json_each(?)) AND (? IS NULL OR c.department = ?)
         ORDER BY c.registered_date, c.id, e.date, e.id`,
      )
      .all(phases, department, department) as (PlannedRow & { registeredDate: string; eventPhase: Phase; eventDate: string })[];
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
