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
import { StatementCache } from './statements.js';

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

export class GoalsRepo {
  private readonly st: StatementCache;

  constructor(db: Db) {
    this.st = new StatementCache(db.$client);
  }

  /** Adds a finished stretch of a phase (from its event to the next) to the days per year. */
  addPhaseSpan(phase: Phase, from: string, to: string): void {
    const up = this.st.get('INSERT INTO phase_days (year, phase, days) VALUES (?, ?, ?) ON CONFLICT (year, phase) DO UPDATE SET days = days + excluded.days');
    for (const s of splitDaysByYear(from, to)) up.run(s.year, phase, s.days);
  }

  /** A running case's stretch: one more (or, with -1, one fewer) open case in `phase` since `since`. */
  moveOpenStretch(phase: Phase, since: string, delta: 1 | -1): void {
    if (TERMINAL_PHASES.includes(phase)) return;
    this.st.get('INSERT INTO open_stretches (phase, since, n) VALUES (?, ?, ?) ON CONFLICT (phase, since) DO UPDATE SET n = n + excluded.n').run(phase, since, delta);
    if (delta < 0) this.st.get('DELETE FROM open_stretches WHERE phase = ? AND since = ? AND n <= 0').run(phase, since);
  }

  /** Replaces a record's facts, moving the totals by the difference. */
  private putFacts(source: 'case' | 'contract', id: number, facts: readonly GoalFact[]): void {
    const total = this.st.get('INSERT INTO goal_totals (measure, year, num, den) VALUES (?, ?, ?, ?) ON CONFLICT (measure, year) DO UPDATE SET num = num + excluded.num, den = den + excluded.den');
    const old = this.st.get('DELETE FROM goal_facts WHERE source = ? AND source_id = ? RETURNING measure, year, num, den').all(source, id) as GoalFact[];
    for (const f of old) total.run(f.measure, f.year, -f.num, -f.den);
    const ins = this.st.get('INSERT INTO goal_facts (source, source_id, measure, year, num, den) VALUES (?, ?, ?, ?, ?, ?)');
    for (const f of facts) {
      ins.run(source, id, f.measure, f.year, f.num, f.den);
      total.run(f.measure, f.year, f.num, f.den);
    }
  }

  private caseInput(id: number) {
    const c = this.st
      .get(
        `SELECT c.award_date AS awardDate, ${NOTIFIED_SQL} AS notifiedDate, c.climate_weight_pct AS climateWeightPct, c.climate_requirements AS climateRequirements,
           c.climate_exempt AS climateExempt, c.climate_justification AS climateJustification,
           (SELECT group_concat(theme) FROM case_themes t WHERE t.case_id = c.id) AS themes,
           s.baseline_value AS baselineValue, s.awarded_value AS awardedValue, s.period_months AS periodMonths
         FROM cases c LEFT JOIN case_savings s ON s.case_id = c.id WHERE c.id = ?`,
      )
      .get(id) as CaseFactRow | undefined;
    return c ? toCaseInput(c) : null;
  }

  /** Recomputes what one case adds to the goals (after its fields, phase or saving changed). */
  refreshCase(id: number): void {
    const c = this.caseInput(id);
    this.putFacts('case', id, c ? caseFacts(c) : []);
  }

  /** Recomputes what one contract adds (after its dates, options, follow-up or its case's kind changed). */
  refreshContract(id: number): void {
    const row = this.st
      .get(
        `SELECT k.id, k.start_date AS startDate, k.end_date AS endDate, k.terminated_date AS terminatedDate, c.kind, k.value, k.pay_sector AS paySector
         FROM contracts k JOIN cases c ON c.id = k.case_id WHERE k.id = ?`,
      )
      .get(id) as ContractFactRow | undefined;
    if (!row) return this.putFacts('contract', id, []);
    const options = this.st.get('SELECT length_months AS lengthMonths, decide_by AS decideBy, status FROM contract_options WHERE contract_id = ? ORDER BY seq').all(id) as OptionLikeRow[];
    const followups = this.st.get('SELECT kind, date FROM contract_followups WHERE contract_id = ?').all(id) as { kind: string; date: string }[];
    this.putFacts('contract', id, contractFacts({ ...row, covered: covered(row), intervalMonths: this.controlInterval(), options, followups }));
  }

  /** Refreshes a case and every contract that came out of it (a change of kind moves them in or out of the duty). */
  refreshCaseAndContracts(caseId: number): void {
    this.refreshCase(caseId);
    for (const { id } of this.st.get('SELECT id FROM contracts WHERE case_id = ?').all(caseId) as { id: number }[]) this.refreshContract(id);
  }

  /** The office's interval between pay-and-conditions controls (Innstillinger; local policy, 12 months unless set). */
  controlInterval(): number {
    const r = this.st.get(`SELECT value FROM settings WHERE key = '${PAY_CONTROL_INTERVAL_KEY}'`).get() as { value: string } | undefined;
    return r ? Number(r.value) : DEFAULT_PAY_CONTROL_INTERVAL;
  }

  isStale(): boolean {
    const r = this.st.get("SELECT stale FROM derived_state WHERE name = 'goals'").get() as { stale: number } | undefined;
    return r?.stale === 1;
  }

  /**
   * Rebuilds award dates, phase days and goal facts from the records. Run in
   * the caller's transaction.
   */
  rebuild(): void {
    const db = this.st.sqlite;
    db.prepare('UPDATE cases SET award_date = (SELECT min(date) FROM case_events e WHERE e.case_id = cases.id AND e.phase IN (SELECT value FROM json_each(?)))').run(AWARDED_JSON);

    db.prepare('DELETE FROM phase_days').run();
    const days = new Map<string, number>();
    let prev: { caseId: number; phase: Phase; date: string } | null = null;
    for (const e of db.prepare('SELECT case_id AS caseId, phase, date FROM case_events ORDER BY case_id, date, id').iterate() as Iterable<{ caseId: number; phase: Phase; date: string }>) {
      if (prev && prev.caseId === e.caseId) {
        for (const s of splitDaysByYear(prev.date, e.date)) days.set(`${s.year}|${prev.phase}`, (days.get(`${s.year}|${prev.phase}`) ?? 0) + s.days);
      }
      prev = e;
    }
    const insDays = db.prepare('INSERT INTO phase_days (year, phase, days) VALUES (?, ?, ?)');
    for (const [k, d] of days) {
      const [y, p] = k.split('|');
      insDays.run(Number(y), p, d);
    }

    db.prepare('DELETE FROM goal_facts').run();
    const ins = db.prepare('INSERT INTO goal_facts (source, source_id, measure, year, num, den) VALUES (?, ?, ?, ?, ?, ?)');
    const cases = db.prepare(
      `SELECT c.id, c.award_date AS awardDate, ${NOTIFIED_SQL} AS notifiedDate, c.climate_weight_pct AS climateWeightPct, c.climate_requirements AS climateRequirements,
         c.climate_exempt AS climateExempt, c.climate_justification AS climateJustification,
         (SELECT group_concat(theme) FROM case_themes t WHERE t.case_id = c.id) AS themes,
         s.baseline_value AS baselineValue, s.awarded_value AS awardedValue, s.period_months AS periodMonths
       FROM cases c LEFT JOIN case_savings s ON s.case_id = c.id WHERE c.award_date IS NOT NULL`,
    );
    // better-sqlite3 cannot write while a statement is being iterated: gather, then write.
    const facts: [string, number, GoalFact][] = [];
    for (const r of cases.iterate() as Iterable<CaseFactRow & { id: number }>) for (const f of caseFacts(toCaseInput(r))) facts.push(['case', r.id, f]);

    const options = new Map<number, OptionLikeRow[]>();
    for (const o of db.prepare('SELECT contract_id AS contractId, length_months AS lengthMonths, decide_by AS decideBy, status FROM contract_options ORDER BY contract_id, seq').iterate() as Iterable<OptionLikeRow & { contractId: number }>) {
      const list = options.get(o.contractId) ?? [];
      list.push(o);
      options.set(o.contractId, list);
    }
    const followups = new Map<number, { kind: string; date: string }[]>();
    for (const f of db.prepare('SELECT contract_id AS contractId, kind, date FROM contract_followups').iterate() as Iterable<{ contractId: number; kind: string; date: string }>) {
      const list = followups.get(f.contractId) ?? [];
      list.push(f);
      followups.set(f.contractId, list);
    }
    const contracts = db.prepare('SELECT k.id, k.start_date AS startDate, k.end_date AS endDate, k.terminated_date AS terminatedDate, c.kind, k.value, k.pay_sector AS paySector FROM contracts k JOIN cases c ON c.id = k.case_id');
    const intervalMonths = this.controlInterval();
    for (const k of contracts.iterate() as Iterable<ContractFactRow>) {
      for (const f of contractFacts({ ...k, covered: covered(k), intervalMonths, options: options.get(k.id) ?? [], followups: followups.get(k.id) ?? [] })) facts.push(['contract', k.id, f]);
    }
    for (const [source, id, f] of facts) ins.run(source, id, f.measure, f.year, f.num, f.den);
    db.prepare('DELETE FROM goal_totals').run();
    db.prepare('INSERT INTO goal_totals (measure, year, num, den) SELECT measure, year, sum(num), sum(den) FROM goal_facts GROUP BY measure, year').run();
    db.prepare('DELETE FROM open_stretches').run();
    db.prepare('INSERT INTO open_stretches (phase, since, n) SELECT phase, phase_since, count(*) FROM cases WHERE phase NOT IN (SELECT value FROM json_each(?)) GROUP BY phase, phase_since').run(TERMINAL_JSON);
    db.prepare("INSERT INTO derived_state (name, stale) VALUES ('goals', 0) ON CONFLICT (name) DO UPDATE SET stale = 0").run();
  }

  /** The facts summed per measure and year. */
  factSums(fromYear: number, toYear: number): FactSums[] {
    return this.st.get('SELECT measure, year, num, den FROM goal_totals WHERE year BETWEEN ? AND ?').all(fromYear, toYear) as FactSums[];
  }

  /** The same sums straight from the facts: what the totals must always equal (tests). */
  factSumsFromFacts(fromYear: number, toYear: number): FactSums[] {
    return this.st
      .get('SELECT measure, year, sum(num) AS num, sum(den) AS den FROM goal_facts WHERE year BETWEEN ? AND ? GROUP BY measure, year')
      .all(fromYear, toYear) as FactSums[];
  }

  /** Market dialogue activities held (dated up to today) per year; one index range per year. */
  dialoguesPerYear(fromYear: number, toYear: number, today: string): { year: number; n: number }[] {
    const count = this.st.get('SELECT count(*) AS n FROM dialogues WHERE date BETWEEN ? AND ?');
    const out: { year: number; n: number }[] = [];
    for (let year = fromYear; year <= toYear; year++) {
      const end = `${year}-12-31` < today ? `${year}-12-31` : today;
      out.push({ year, n: (count.get(`${year}-01-01`, end) as { n: number }).n });
    }
    return out;
  }

  /** Finished stretches' days per phase and year. */
  phaseDays(fromYear: number, toYear: number): { year: number; phase: Phase; days: number }[] {
    return this.st.get('SELECT year, phase, days FROM phase_days WHERE year BETWEEN ? AND ?').all(fromYear, toYear) as { year: number; phase: Phase; days: number }[];
  }

  /** Open cases counted by current phase and the date it began: the stretches still running. */
  openStretches(): { phase: Phase; since: string; n: number }[] {
    return this.st.get('SELECT phase, since, n FROM open_stretches').all() as { phase: Phase; since: string; n: number }[];
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

interface ContractFactRow {
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
const covered = (k: ContractFactRow) => payConditionsScope({ kind: k.kind, value: k.value, sector: k.paySector }).applies === true;

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
    saving: r.baselineValue !== null && r.awardedValue !== null && r.periodMonths !== null ? { baselineValue: r.baselineValue, awardedValue: r.awardedValue, periodMonths: r.periodMonths } : null,
  };
}
