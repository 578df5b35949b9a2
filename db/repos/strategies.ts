import type { GoalMeasure, Theme } from '../../core/index.js';
import type { Db } from '../open.js';
import { strategies, strategyGoals } from '../schema.js';
import { assignmentsOf, columns, insertOf, p, sql, Statements } from '../sql.js';
import { nowIso } from './statements.js';

export interface StrategyInput {
  title: string;
  fromYear: number;
  toYear: number;
  adoptedDate: string | null;
  adoptedBy: string;
  goals: readonly { theme: Theme; measure: GoalMeasure; target: number; title: string }[];
}

const HEAD = [
  'title',
  'fromYear',
  'toYear',
  'adoptedDate',
  'adoptedBy',
] as const satisfies readonly (keyof StrategyInput)[];
const STRATEGY = columns(strategies, null, ['id', ...HEAD, 'version']);
const LISTED = columns(strategies, null, ['id', 'title', 'fromYear', 'toYear']);
const GOAL = columns(strategyGoals, null, ['id', 'theme', 'measure', 'target', 'title']);

export type StrategyRow = (typeof STRATEGY)['_row'] & { goals: (typeof GOAL)['_row'][] };
type Head = Pick<StrategyInput, (typeof HEAD)[number]>;

const LIST = sql`SELECT ${LISTED} FROM strategies ORDER BY from_year DESC, id DESC`.rows(LISTED);
const FOR_YEAR = sql<{
  year: number;
}>`SELECT id FROM strategies WHERE ${p('year')} BETWEEN from_year AND to_year ORDER BY from_year DESC, id DESC LIMIT 1`.rows<{
  id: number;
}>();
const GET = sql<{ id: number }>`SELECT ${STRATEGY} FROM strategies WHERE id = ${p('id')}`.rows(STRATEGY);
const GOALS = sql<{ id: number }>`SELECT ${GOAL} FROM strategy_goals WHERE strategy_id = ${p('id')} ORDER BY seq`.rows(
  GOAL,
);
const INSERT =
  sql<Head>`INSERT INTO strategies (uid, title, from_year, to_year, adopted_date, adopted_by) VALUES (lower(hex(randomblob(16))), ${p('title')}, ${p('fromYear')}, ${p('toYear')}, ${p('adoptedDate')}, ${p('adoptedBy')}) RETURNING id`.rows<{
    id: number;
  }>();
const UPDATE = sql<Head & { id: number; version: number; now: string }>`
  UPDATE strategies SET ${assignmentsOf(strategies, HEAD)}, version = version + 1, updated_at = ${p('now')} WHERE id = ${p('id')} AND version = ${p('version')}`;
const GOALS_DELETE = sql<{ id: number }>`DELETE FROM strategy_goals WHERE strategy_id = ${p('id')}`;
const GOAL_INSERT = sql<
  Omit<typeof strategyGoals.$inferInsert, 'id'>
>`INSERT INTO strategy_goals ${insertOf(strategyGoals, ['strategyId', 'seq', 'theme', 'measure', 'target', 'title'])}`;

/** The adopted procurement strategies and their goals; a strategy is saved whole. */
export class StrategiesRepo {
  private readonly st: Statements;

  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  list(): { id: number; title: string; fromYear: number; toYear: number }[] {
    return this.st.all(LIST);
  }

  /** The strategy whose period holds the year, the newest if several do. */
  forYear(year: number): number | null {
    return this.st.get(FOR_YEAR, { year })?.id ?? null;
  }

  get(id: number): StrategyRow | null {
    const s = this.st.get(GET, { id });
    return s ? { ...s, goals: this.st.all(GOALS, { id }) } : null;
  }

  insert(s: StrategyInput): number {
    const { id } = this.st.get(INSERT, head(s))!;
    this.putGoals(id, s.goals);
    return id;
  }

  /** Replaces the strategy and its goals when the version matches; false for a stale version. */
  update(id: number, version: number, s: StrategyInput): boolean {
    if (this.st.run(UPDATE, { ...head(s), id, version, now: nowIso() }).changes === 0) return false;
    this.putGoals(id, s.goals);
    return true;
  }

  private putGoals(id: number, goals: StrategyInput['goals']): void {
    this.st.run(GOALS_DELETE, { id });
    goals.forEach((g, i) =>
      this.st.run(GOAL_INSERT, {
        strategyId: id,
        seq: i + 1,
        theme: g.theme,
        measure: g.measure,
        target: g.target,
        title: g.title,
      }),
    );
  }
}

const head = (s: StrategyInput): Head => ({
  title: s.title,
  fromYear: s.fromYear,
  toYear: s.toYear,
  adoptedDate: s.adoptedDate,
  adoptedBy: s.adoptedBy,
});
