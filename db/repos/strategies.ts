import type { GoalMeasure, Theme } from '../../core/index.js';
import type { Db } from '../open.js';
import { nowIso, StatementCache } from './statements.js';

export interface StrategyInput {
  title: string;
  fromYear: number;
  toYear: number;
  adoptedDate: string | null;
  adoptedBy: string;
  goals: readonly { theme: Theme; measure: GoalMeasure; target: number; title: string }[];
}

export interface StrategyRow extends Omit<StrategyInput, 'goals'> {
  id: number;
  version: number;
  goals: { id: number; theme: Theme; measure: GoalMeasure; target: number; title: string }[];
}

/** The adopted procurement strategies and their goals; a strategy is saved whole. */
export class StrategiesRepo {
  private readonly st: StatementCache;

  constructor(db: Db) {
    this.st = new StatementCache(db.$client);
  }

  list(): { id: number; title: string; fromYear: number; toYear: number }[] {
    return this.st.get('SELECT id, title, from_year AS fromYear, to_year AS toYear FROM strategies ORDER BY from_year DESC, id DESC').all() as {
      id: number;
      title: string;
      fromYear: number;
      toYear: number;
    }[];
  }

  /** The strategy whose period holds the year, the newest if several do. */
  forYear(year: number): number | null {
    const r = this.st.get('SELECT id FROM strategies WHERE ? BETWEEN from_year AND to_year ORDER BY from_year DESC, id DESC LIMIT 1').get(year) as { id: number } | undefined;
    return r?.id ?? null;
  }

  get(id: number): StrategyRow | null {
    const s = this.st
      .get('SELECT id, title, from_year AS fromYear, to_year AS toYear, adopted_date AS adoptedDate, adopted_by AS adoptedBy, version FROM strategies WHERE id = ?')
      .get(id) as Omit<StrategyRow, 'goals'> | undefined;
    if (!s) return null;
    const goals = this.st.get('SELECT id, theme, measure, target, title FROM strategy_goals WHERE strategy_id = ? ORDER BY seq').all(id) as StrategyRow['goals'];
    return { ...s, goals };
  }

  insert(s: StrategyInput): number {
    const { id } = this.st
      .get('INSERT INTO strategies (uid, title, from_year, to_year, adopted_date, adopted_by) VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, ?) RETURNING id')
      .get(s.title, s.fromYear, s.toYear, s.adoptedDate, s.adoptedBy) as { id: number };
    this.putGoals(id, s.goals);
    return id;
  }

  /** Replaces the strategy and its goals when the version matches; false for a stale version. */
  update(id: number, version: number, s: StrategyInput): boolean {
    const r = this.st
      .get('UPDATE strategies SET title = ?, from_year = ?, to_year = ?, adopted_date = ?, adopted_by = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?')
      .run(s.title, s.fromYear, s.toYear, s.adoptedDate, s.adoptedBy, nowIso(), id, version);
    if (r.changes === 0) return false;
    this.putGoals(id, s.goals);
    return true;
  }

  private putGoals(id: number, goals: StrategyInput['goals']): void {
    this.st.get('DELETE FROM strategy_goals WHERE strategy_id = ?').run(id);
    const ins = this.st.get('INSERT INTO strategy_goals (strategy_id, seq, theme, measure, target, title) VALUES (?, ?, ?, ?, ?, ?)');
    goals.forEach((g, i) => ins.run(id, i + 1, g.theme, g.measure, g.target, g.title));
  }
}
