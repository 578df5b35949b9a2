import {
  AWARDED_PHASES,
  COMPETITION_PHASES,
  caseFacts,
  contractFacts,
  DEFAULT_PAY_CONTROL_INTERVAL,
  payConditionsScope,
  splitDaysByYear,
  TERMINAL_PHASES,
  type GoalFact,
  type GoalMeasure,
  type Kind,
  type OptionStatus,
  type PaySector,
  type Phase,
  type Theme,
} from '../../core/index.js';
import type { Db } from '../open.js';
import { goalFacts } from '../schema.js';
import { insertOf, p, raw, sql, Statements } from '../sql.js';

// Derived data behind the strategy dashboard. The rules that decide what a
// case or contract adds to a goal live in core/rules/goals.ts; this file only
// gathers the records, stores the facts and sums them. Facts are refreshed
// per record on each write (in the write's transaction) and can be rebuilt
// from scratch, which a migration asks for through `derived_state`.

const AWARDED_JSON = JSON.stringify(AWARDED_PHASES);
/**
 * When a case was notified (core's notifiedDate, in SQL): its notice, else
 * the first step of the competition (a procurement without a notice starts
 * with the invitation or direct request).
 */
export const NOTIFIED_SQL = `coalesce((SELECT min(e.date) FROM case_events e WHERE e.case_id = c.id AND e.phase = 'kunngjoring'),
  (SELECT min(e.date) FROM case_events e WHERE e.case_id = c.id AND e.phase IN (SELECT value FROM json_each('${JSON.stringify(COMPETITION_PHASES)}'))))`;
const TERMINAL_JSON = JSON.stringify(TERMINAL_PHASES);

export interface FactSums {
  measure: GoalMeasure;
  year: number;
  num: number;
  den: number;
}

type Fact = { measure: GoalMeasure; year: number; num: number; den: number };
type Source = { source: 'case' | 'contract'; sourceId: number };
type Years = { fromYear: number; toYear: number };
const PHASE_SPAN = sql<{ year: number; phase: Phase; days: number }>`
  INSERT INTO phase_days (year, phase, days) VALUES (${p('year')}, ${p('phase')}, ${p('days')}) ON CONFLICT (year, phase) DO UPDATE SET days = days + excluded.days`;
const OPEN_STRETCH = sql<{ phase: Phase; since: string; n: number }>`
  INSERT INTO open_stretches (phase, since, n) VALUES (${p('phase')}, ${p('since')}, ${p('n')}) ON CONFLICT (phase, since) DO UPDATE SET n = n + excluded.n`;
const CLOSE_STRETCH = sql<{
  phase: Phase;
  since: string;
}>`DELETE FROM open_stretches WHERE phase = ${p('phase')} AND since = ${p('since')} AND n <= 0`;
const TOTAL = sql<Fact>`
  INSERT INTO goal_totals (measure, year, num, den) VALUES (${p('measure')}, ${p('year')}, ${p('num')}, ${p('den')})
  ON CONFLICT (measure, year) DO UPDATE SET num = num + excluded.num, den = den + excluded.den`;
const DROP_FACTS =
  sql<Source>`DELETE FROM goal_facts WHERE source = ${p('source')} AND source_id = ${p('sourceId')} RETURNING measure, year, num, den`.rows<Fact>();
const FACT = sql<
  Source & Fact
>`INSERT INTO goal_facts ${insertOf(goalFacts, ['source', 'sourceId', 'measure', 'year', 'num', 'den'])}`;
// What a case adds to the goals: its award, notice, climate fields, themes and saving.
const CASE_FACT_COLUMNS =
  raw(`c.award_date AS awardDate, ${NOTIFIED_SQL} AS notifiedDate, c.climate_weight_pct AS climateWeightPct, c.climate_requirements AS climateRequirements,
  c.climate_exempt AS climateExempt, c.climate_justification AS climateJustification,
  (SELECT group_concat(theme) FROM case_themes t WHERE t.case_id = c.id) AS themes,
  s.baseline_value AS baselineValue, s.awarded_value AS awardedValue, s.period_months AS periodMonths`);
const CASE_INPUT = sql<{
  id: number;
}>`SELECT ${CASE_FACT_COLUMNS} FROM cases c LEFT JOIN case_savings s ON s.case_id = c.id WHERE c.id = ${p('id')}`.rows<CaseFactRow>();
const CONTRACT_FACT_COLUMNS = raw(
  'k.id, k.start_date AS startDate, k.end_date AS endDate, k.terminated_date AS terminatedDate, c.kind, k.value, k.pay_sector AS paySector',
);
const CONTRACT_INPUT = sql<{
  id: number;
}>`SELECT ${CONTRACT_FACT_COLUMNS} FROM contracts k JOIN cases c ON c.id = k.case_id WHERE k.id = ${p('id')}`.rows<ContractFactRow>();
const OPTIONS = sql<{
  id: number;
}>`SELECT length_months AS lengthMonths, decide_by AS decideBy, status FROM contract_options WHERE contract_id = ${p('id')} ORDER BY seq`.rows<OptionLikeRow>();
const FOLLOWUPS = sql<{ id: number }>`SELECT kind, date FROM contract_followups WHERE contract_id = ${p('id')}`.rows<{
  kind: string;
  date: string;
}>();
const CONTRACTS_OF_CASE = sql<{ caseId: number }>`SELECT id FROM contracts WHERE case_id = ${p('caseId')}`.rows<{
  id: number;
}>();
const CONTROL_INTERVAL = sql<{ key: string }>`SELECT value FROM settings WHERE key = ${p('key')}`.rows<{
  value: string;
}>();
const STALE = sql`SELECT stale FROM derived_state WHERE name = 'goals'`.rows<{ stale: number }>();
const FACT_SUMS =
  sql<Years>`SELECT measure, year, num, den FROM goal_totals WHERE year BETWEEN ${p('fromYear')} AND ${p('toYear')}`.rows<FactSums>();
const FACT_SUMS_FROM_FACTS =
  sql<Years>`SELECT measure, year, sum(num) AS num, sum(den) AS den FROM goal_facts WHERE year BETWEEN ${p('fromYear')} AND ${p('toYear')} GROUP BY measure, year`.rows<FactSums>();
const DIALOGUES_IN = sql<{
  from: string;
  to: string;
}>`SELECT count(*) AS n FROM dialogues WHERE date BETWEEN ${p('from')} AND ${p('to')}`.rows<{ n: number }>();
const PHASE_DAYS =
  sql<Years>`SELECT year, phase, days FROM phase_days WHERE year BETWEEN ${p('fromYear')} AND ${p('toYear')}`.rows<{
    year: number;
    phase: Phase;
    days: number;
  }>();
const OPEN_STRETCHES = sql`SELECT phase, since, n FROM open_stretches`.rows<{
  phase: Phase;
  since: string;
  n: number;
}>();

// The rebuild: everything derived, from the records.
const REBUILD_AWARD_DATES = sql<{ awarded: string }>`
  UPDATE cases SET award_date = (SELECT min(date) FROM case_events e WHERE e.case_id = cases.id AND e.phase IN (SELECT value FROM json_each(${p('awarded')})))`;
const CLEAR_PHASE_DAYS = sql`DELETE FROM phase_days`;
const ALL_EVENTS = sql`SELECT case_id AS caseId, phase, date FROM case_events ORDER BY case_id, date, id`.rows<{
  caseId: number;
  phase: Phase;
  date: string;
}>();
const PHASE_DAYS_INSERT = sql<{
  year: number;
  phase: string;
  days: number;
}>`INSERT INTO phase_days (year, phase, days) VALUES (${p('year')}, ${p('phase')}, ${p('days')})`;
const CLEAR_FACTS = sql`DELETE FROM goal_facts`;
const AWARDED_CASES =
  sql`SELECT c.id, ${CASE_FACT_COLUMNS} FROM cases c LEFT JOIN case_savings s ON s.case_id = c.id WHERE c.award_date IS NOT NULL`.rows<
    CaseFactRow & { id: number }
  >();
const ALL_OPTIONS =
  sql`SELECT contract_id AS contractId, length_months AS lengthMonths, decide_by AS decideBy, status FROM contract_options ORDER BY contract_id, seq`.rows<
    OptionLikeRow & { contractId: number }
  >();
const ALL_FOLLOWUPS = sql`SELECT contract_id AS contractId, kind, date FROM contract_followups`.rows<{
  contractId: number;
  kind: string;
  date: string;
}>();
/** Every contract with the facts the goals and the pack's coverage read (one query for both). */
export const ALL_CONTRACTS =
  sql`SELECT ${CONTRACT_FACT_COLUMNS} FROM contracts k JOIN cases c ON c.id = k.case_id`.rows<ContractFactRow>();
const CLEAR_TOTALS = sql`DELETE FROM goal_totals`;
const SUM_TOTALS = sql`INSERT INTO goal_totals (measure, year, num, den) SELECT measure, year, sum(num), sum(den) FROM goal_facts GROUP BY measure, year`;
const CLEAR_STRETCHES = sql`DELETE FROM open_stretches`;
const COUNT_STRETCHES = sql<{ terminal: string }>`
  INSERT INTO open_stretches (phase, since, n) SELECT phase, phase_since, count(*) FROM cases WHERE phase NOT IN (SELECT value FROM json_each(${p('terminal')})) GROUP BY phase, phase_since`;
const FRESH = sql`INSERT INTO derived_state (name, stale) VALUES ('goals', 0) ON CONFLICT (name) DO UPDATE SET stale = 0`;

export class GoalsRepo {
  private readonly st: Statements;

  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  /** Adds a finished stretch of a phase (from its event to the next) to the days per year. */
  addPhaseSpan(phase: Phase, from: string, to: string): void {
    for (const s of splitDaysByYear(from, to)) this.st.run(PHASE_SPAN, { year: s.year, phase, days: s.days });
  }

  /** A running case's stretch: one more (or, with -1, one fewer) open case in `phase` since `since`. */
  moveOpenStretch(phase: Phase, since: string, delta: 1 | -1): void {
    if (TERMINAL_PHASES.includes(phase)) return;
    this.st.run(OPEN_STRETCH, { phase, since, n: delta });
    if (delta < 0) this.st.run(CLOSE_STRETCH, { phase, since });
  }

  /** Replaces a record's facts, moving the totals by the difference. */
  private putFacts(source: 'case' | 'contract', id: number, facts: readonly GoalFact[]): void {
    for (const f of this.st.all(DROP_FACTS, { source, sourceId: id }))
      this.st.run(TOTAL, { measure: f.measure, year: f.year, num: -f.num, den: -f.den });
    for (const f of facts) {
      this.st.run(FACT, { source, sourceId: id, measure: f.measure, year: f.year, num: f.num, den: f.den });
      this.st.run(TOTAL, { measure: f.measure, year: f.year, num: f.num, den: f.den });
    }
  }

  private caseInput(id: number) {
    const c = this.st.get(CASE_INPUT, { id });
    return c ? toCaseInput(c) : null;
  }

  /** Recomputes what one case adds to the goals (after its fields, phase or saving changed). */
  refreshCase(id: number): void {
    const c = this.caseInput(id);
    this.putFacts('case', id, c ? caseFacts(c) : []);
  }

  /** Recomputes what one contract adds (after its dates, options, follow-up or its case's kind changed). */
  refreshContract(id: number): void {
    const row = this.st.get(CONTRACT_INPUT, { id });
    if (!row) return this.putFacts('contract', id, []);
    const options = this.st.all(OPTIONS, { id });
    const followups = this.st.all(FOLLOWUPS, { id });
    this.putFacts(
      'contract',
      id,
      contractFacts({ ...row, covered: covered(row), intervalMonths: this.controlInterval(), options, followups }),
    );
  }

  /** Refreshes a case and every contract that came out of it (a change of kind moves them in or out of the duty). */
  refreshCaseAndContracts(caseId: number): void {
    this.refreshCase(caseId);
    for (const id of this.st.column(CONTRACTS_OF_CASE, { caseId })) this.refreshContract(id);
  }

  /** The office's interval between pay-and-conditions controls (Innstillinger; local policy, 12 months unless set). */
  controlInterval(): number {
    const r = this.st.get(CONTROL_INTERVAL, { key: PAY_CONTROL_INTERVAL_KEY });
    return r ? Number(r.value) : DEFAULT_PAY_CONTROL_INTERVAL;
  }

  isStale(): boolean {
    return this.st.get(STALE)?.stale === 1;
  }

  /**
   * Rebuilds award dates, phase days and goal facts from the records. Run in
   * the caller's transaction.
   */
  rebuild(): void {
    const st = this.st;
    st.run(REBUILD_AWARD_DATES, { awarded: AWARDED_JSON });

    st.run(CLEAR_PHASE_DAYS);
    const days = new Map<string, number>();
    let prev: { caseId: number; phase: Phase; date: string } | null = null;
    for (const e of st.iterate(ALL_EVENTS)) {
      if (prev && prev.caseId === e.caseId) {
        for (const s of splitDaysByYear(prev.date, e.date))
          days.set(`${s.year}|${prev.phase}`, (days.get(`${s.year}|${prev.phase}`) ?? 0) + s.days);
      }
      prev = e;
    }
    for (const [k, d] of days) {
      const [y, phase] = k.split('|');
      st.run(PHASE_DAYS_INSERT, { year: Number(y), phase: phase!, days: d });
    }

    st.run(CLEAR_FACTS);
    // better-sqlite3 cannot write while a statement is being iterated: gather, then write.
    const facts: ['case' | 'contract', number, GoalFact][] = [];
    for (const r of st.iterate(AWARDED_CASES)) for (const f of caseFacts(toCaseInput(r))) facts.push(['case', r.id, f]);

    const options = new Map<number, OptionLikeRow[]>();
    for (const o of st.iterate(ALL_OPTIONS)) {
      const list = options.get(o.contractId) ?? [];
      list.push(o);
      options.set(o.contractId, list);
    }
    const followups = new Map<number, { kind: string; date: string }[]>();
    for (const f of st.iterate(ALL_FOLLOWUPS)) {
      const list = followups.get(f.contractId) ?? [];
      list.push(f);
      followups.set(f.contractId, list);
    }
    const intervalMonths = this.controlInterval();
    for (const k of st.iterate(ALL_CONTRACTS)) {
      for (const f of contractFacts({
        ...k,
        covered: covered(k),
        intervalMonths,
        options: options.get(k.id) ?? [],
        followups: followups.get(k.id) ?? [],
      }))
        facts.push(['contract', k.id, f]);
    }
    for (const [source, sourceId, f] of facts)
      st.run(FACT, { source, sourceId, measure: f.measure, year: f.year, num: f.num, den: f.den });
    st.run(CLEAR_TOTALS);
    st.run(SUM_TOTALS);
    st.run(CLEAR_STRETCHES);
    st.run(COUNT_STRETCHES, { terminal: TERMINAL_JSON });
    st.run(FRESH);
  }

  /** The facts summed per measure and year. */
  factSums(fromYear: number, toYear: number): FactSums[] {
    return this.st.all(FACT_SUMS, { fromYear, toYear });
  }

  /** The same sums straight from the facts: what the totals must always equal (tests). */
  factSumsFromFacts(fromYear: number, toYear: number): FactSums[] {
    return this.st.all(FACT_SUMS_FROM_FACTS, { fromYear, toYear });
  }

  /** Market dialogue activities held (dated up to today) per year; one index range per year. */
  dialoguesPerYear(fromYear: number, toYear: number, today: string): { year: number; n: number }[] {
    const out: { year: number; n: number }[] = [];
    for (let year = fromYear; year <= toYear; year++) {
      const end = `${year}-12-31` < today ? `${year}-12-31` : today;
      out.push({ year, n: this.st.get(DIALOGUES_IN, { from: `${year}-01-01`, to: end })!.n });
    }
    return out;
  }

  /** Finished stretches' days per phase and year. */
  phaseDays(fromYear: number, toYear: number): { year: number; phase: Phase; days: number }[] {
    return this.st.all(PHASE_DAYS, { fromYear, toYear });
  }

  /** Open cases counted by current phase and the date it began: the stretches still running. */
  openStretches(): { phase: Phase; since: string; n: number }[] {
    return this.st.all(OPEN_STRETCHES);
  }
}

interface CaseFactRow {
  awardDate: string | null;
  notifiedDate: string | null;
  climateWeightPct: number | null;
  climateRequirements: number;
  climateExempt: number;
  climateJustification: string;
  themes: string | null;
  baselineValue: number | null;
  awardedValue: number | null;
  periodMonths: number | null;
}

export interface ContractFactRow {
  id: number;
  startDate: string;
  endDate: string;
  terminatedDate: string | null;
  kind: Kind;
  value: number;
  paySector: PaySector | null;
}

/** The setting (settings table) that holds the office's control interval in months. */
export const PAY_CONTROL_INTERVAL_KEY = 'payControlIntervalMonths';

/** Counted in the pay-and-conditions measure only when the duty is known to apply. */
const covered = (k: ContractFactRow) =>
  payConditionsScope({ kind: k.kind, value: k.value, sector: k.paySector }).applies === true;

interface OptionLikeRow {
  lengthMonths: number;
  decideBy: string;
  status: OptionStatus;
}

function toCaseInput(r: CaseFactRow) {
  return {
    awardDate: r.awardDate,
    notifiedDate: r.notifiedDate,
    climateWeightPct: r.climateWeightPct,
    climateRequirements: r.climateRequirements === 1,
    climateExempt: r.climateExempt === 1,
    climateJustification: r.climateJustification,
    themes: (r.themes ? r.themes.split(',') : []) as Theme[],
    saving:
      r.baselineValue !== null && r.awardedValue !== null && r.periodMonths !== null
        ? { baselineValue: r.baselineValue, awardedValue: r.awardedValue, periodMonths: r.periodMonths }
        : null,
  };
}
