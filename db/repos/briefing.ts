import type {
  ClimateFields,
  ConfidentialityBasis,
  DialogueForm,
  OptionStatus,
  Phase,
  Sanction,
} from '../../core/index.js';
import type { Db } from '../open.js';
import { briefingPacks, cases } from '../schema.js';
import { columns, Columns, insertOf, p, raw, sql, Statements } from '../sql.js';
import { ALL_CONTRACTS, NOTIFIED_SQL } from './goals.js';

// What a briefing pack reads for a period: the cases handled in it (an event
// in the period), their counts, the dialogue held, the controls made, the
// savings awarded, and the packs already made. Callers own the transaction.

const HANDLED_CASE = columns(cases, null, [
  'id',
  'caseNumber',
  'title',
  'department',
  'procedure',
  'phase',
  'estimatedValue',
  'kind',
]);
export type HandledCase = (typeof HANDLED_CASE)['_row'];

type Period = { from: string; to: string };
const HANDLED = sql<Period>`SELECT DISTINCT case_id FROM case_events WHERE date BETWEEN ${p('from')} AND ${p('to')}`;
const CHANGE_COUNT = sql`SELECT total_changes() AS n`.rows<{ n: number }>();
const HANDLED_CASES =
  sql<Period>`SELECT ${HANDLED_CASE} FROM cases WHERE id IN (${HANDLED}) ORDER BY case_number_sort`.rows(HANDLED_CASE);
const HANDLED_COUNT =
  sql<Period>`SELECT count(DISTINCT case_id) AS n FROM case_events WHERE date BETWEEN ${p('from')} AND ${p('to')}`.rows<{
    n: number;
  }>();
const CASE_THEMES = sql<Period>`
  SELECT case_id AS caseId, theme FROM case_themes WHERE case_id IN (${HANDLED}) ORDER BY case_id, theme`.rows<{
  caseId: number;
  theme: string;
}>();
const CLIMATE = columns(cases, 'c', [
  'climateWeightPct',
  'climateRequirements',
  'climateExempt',
  'climateJustification',
]);
const CLIMATE_AWARDED =
  sql<Period>`SELECT ${raw(NOTIFIED_SQL)} AS notifiedDate, ${CLIMATE} FROM cases c WHERE c.award_date BETWEEN ${p('from')} AND ${p('to')}`.rows(
    new Columns<{ notifiedDate: string | null }>('', []).and(CLIMATE),
  );
/** An amount of one case, with the case's whole estimated value. */
export interface CaseAmount {
  caseId: number;
  whole: number;
  v: number;
}
/** Savings of the cases awarded in the period, case by case (a joint case counts the office's share only: core/rules/joint.ts). */
const SAVED_BY_CASE = sql<Period>`
  SELECT c.id AS caseId, c.estimated_value AS whole, sum(s.baseline_value - s.awarded_value) AS v,
    sum(CASE WHEN s.baseline_kind = 'estimate' THEN s.baseline_value - s.awarded_value ELSE 0 END) AS onEstimate
  FROM case_savings s JOIN cases c ON c.id = s.case_id WHERE c.award_date BETWEEN ${p('from')} AND ${p('to')}
  GROUP BY c.id`.rows<CaseAmount & { onEstimate: number }>();
const REALISED_BY_CASE = sql<{ fromYear: number; toYear: number }>`
  SELECT c.id AS caseId, c.estimated_value AS whole, sum(r.amount) AS v
  FROM realised_savings r JOIN cases c ON c.id = r.case_id WHERE r.year BETWEEN ${p('fromYear')} AND ${p('toYear')}
  GROUP BY c.id`.rows<CaseAmount>();
const TIMELINES =
  sql<Period>`SELECT case_id AS caseId, phase, date FROM case_events WHERE case_id IN (${HANDLED}) ORDER BY case_id, date, id`.rows<{
    caseId: number;
    phase: Phase;
    date: string;
  }>();
const DIALOGUES = sql<Period>`
  SELECT d.date, c.case_number AS caseNumber, c.title AS caseTitle, d.form, d.title, d.outcome, d.outcome_confidential AS outcomeConfidential,
    (SELECT count(*) FROM dialogue_suppliers p WHERE p.dialogue_id = d.id AND p.invited = 1) AS invited,
    (SELECT count(*) FROM dialogue_suppliers p WHERE p.dialogue_id = d.id AND p.attended = 1) AS attended
  FROM dialogues d JOIN cases c ON c.id = d.case_id WHERE d.date BETWEEN ${p('from')} AND ${p('to')} ORDER BY d.date, d.id`.rows<{
  date: string;
  caseNumber: string;
  caseTitle: string;
  form: DialogueForm;
  title: string;
  outcome: string;
  outcomeConfidential: ConfidentialityBasis | null;
  invited: number;
  attended: number;
}>();
const COVERAGE_OPTIONS =
  sql`SELECT contract_id AS contractId, length_months AS lengthMonths, decide_by AS decideBy, status FROM contract_options ORDER BY contract_id, seq`.rows<{
    contractId: number;
    lengthMonths: number;
    decideBy: string;
    status: OptionStatus;
  }>();
const COVERAGE_FOLLOWUPS = sql`SELECT contract_id AS contractId, kind, date FROM contract_followups`.rows<{
  contractId: number;
  kind: string;
  date: string;
}>();
const CONTROLS = sql<Period>`
  SELECT f.date, f.kind, k.title AS contractTitle, c.case_number AS caseNumber, f.findings, f.report_written AS reportWritten, f.sanction
  FROM contract_followups f JOIN contracts k ON k.id = f.contract_id JOIN cases c ON c.id = k.case_id
  WHERE f.kind IN ('control', 'sanction') AND f.date BETWEEN ${p('from')} AND ${p('to')} ORDER BY f.date, f.id`.rows<{
  date: string;
  kind: string;
  contractTitle: string;
  caseNumber: string;
  findings: string;
  reportWritten: number;
  sanction: Sanction | null;
}>();
type PackRecord = {
  by: string;
  title: string;
  from: string;
  to: string;
  meeting: string;
  meetingDate: string | null;
  version: string;
  format: string;
  sha256: string;
  bytes: number;
  spec: string;
  content: string;
};
const RECORD = sql<Omit<typeof briefingPacks.$inferInsert, 'id' | 'createdAt'>>`
  INSERT INTO briefing_packs ${insertOf(briefingPacks, ['by', 'title', 'periodFrom', 'periodTo', 'meeting', 'meetingDate', 'version', 'format', 'sha256', 'bytes', 'spec', 'content'])} RETURNING id`.rows<{
  id: number;
}>();
const PACK = columns(briefingPacks, null, ['id', 'createdAt', 'by', 'title'], {
  from: 'periodFrom',
  to: 'periodTo',
}).and(columns(briefingPacks, null, ['meeting', 'meetingDate', 'version', 'format', 'sha256', 'bytes']));
const LIST = sql<{
  limit: number;
}>`SELECT ${PACK} FROM briefing_packs ORDER BY created_at DESC, id DESC LIMIT ${p('limit')}`.rows(PACK);
const LAST_SPEC = sql`SELECT spec FROM briefing_packs ORDER BY created_at DESC, id DESC LIMIT 1`.rows<{
  spec: string;
}>();

export class BriefingRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  /** Changes made through this connection since it opened: the same number means the same data (every write goes through it). */
  changeCount(): number {
    return this.st.get(CHANGE_COUNT)!.n;
  }

  handledCases(from: string, to: string): HandledCase[] {
    return this.st.all(HANDLED_CASES, { from, to });
  }

  handledCount(from: string, to: string): number {
    return this.st.get(HANDLED_COUNT, { from, to })!.n;
  }

  /** The themes of the cases handled in the period, one row per case and theme (the service counts and sums them). */
  caseThemes(from: string, to: string): { caseId: number; theme: string }[] {
    return this.st.all(CASE_THEMES, { from, to });
  }

  /** The climate fields (FOA § 7-9) of the cases awarded in the period, with when each was notified. */
  climateAwarded(from: string, to: string): (ClimateFields & { notifiedDate: string | null })[] {
    return this.st.all(CLIMATE_AWARDED, { from, to });
  }

  /** Savings (contract period) of cases awarded in the period, by case: all, and those on the office's own estimate. */
  savedByCase(from: string, to: string): (CaseAmount & { onEstimate: number })[] {
    return this.st.all(SAVED_BY_CASE, { from, to });
  }

  /** Realised savings recorded for the years the period touches, by case. */
  realisedByCase(from: string, to: string): CaseAmount[] {
    return this.st.all(REALISED_BY_CASE, { fromYear: Number(from.slice(0, 4)), toYear: Number(to.slice(0, 4)) });
  }

  /** Events of the cases handled in the period, in order (for days per phase). */
  timelines(from: string, to: string): { phase: Phase; date: string }[][] {
    const rows = this.st.all(TIMELINES, { from, to });
    const out: { phase: Phase; date: string }[][] = [];
    let last = -1;
    for (const r of rows) {
      if (r.caseId !== last) out.push([]);
      last = r.caseId;
      out.at(-1)!.push({ phase: r.phase, date: r.date });
    }
    return out;
  }

  dialogues(from: string, to: string) {
    return this.st.all(DIALOGUES, { from, to });
  }

  /** Contracts with their case's kind, options and pay-and-conditions follow-up dates (for the period's coverage). */
  contractsForCoverage() {
    return {
      contracts: this.st.all(ALL_CONTRACTS),
      options: this.st.all(COVERAGE_OPTIONS),
      followups: this.st.all(COVERAGE_FOLLOWUPS),
    };
  }

  controls(from: string, to: string) {
    return this.st.all(CONTROLS, { from, to });
  }

  record(r: PackRecord): number {
    const { from, to, ...rest } = r;
    return this.st.get(RECORD, { ...rest, periodFrom: from, periodTo: to })!.id;
  }

  list(limit: number) {
    return this.st.all(LIST, { limit }) as (Omit<(typeof PACK)['_row'], 'version' | 'format'> & {
      version: 'public' | 'closed';
      format: 'pdf' | 'docx';
    })[];
  }

  /** The settings of the newest pack, as defaults for the next one. */
  lastSpec(): string | null {
    return this.st.get(LAST_SPEC)?.spec ?? null;
  }
}
