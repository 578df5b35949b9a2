import type { BaselineKind, Theme } from '../../core/index.js';
import type { Db } from '../open.js';
import { StatementCache } from './statements.js';

export interface SavingRow {
  caseId: number;
  baselineKind: BaselineKind;
  baselineValue: number;
  awardedValue: number;
  periodMonths: number;
  note: string;
}

/** Savings per case and realised savings per year. Callers own the transaction. */
export class SavingsRepo {
  private readonly st: StatementCache;
  constructor(db: Db) {
    this.st = new StatementCache(db.$client);
  }

  get(caseId: number): SavingRow | null {
    return (
      (this.st
        .get('SELECT case_id AS caseId, baseline_kind AS baselineKind, baseline_value AS baselineValue, awarded_value AS awardedValue, period_months AS periodMonths, note FROM case_savings WHERE case_id = ?')
        .get(caseId) as SavingRow | undefined) ?? null
    );
  }

  set(s: SavingRow): void {
    this.st
      .get(
        `INSERT INTO case_savings (case_id, baseline_kind, baseline_value, awarded_value, period_months, note) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (case_id) DO UPDATE SET baseline_kind = excluded.baseline_kind, baseline_value = excluded.baseline_value,
           awarded_value = excluded.awarded_value, period_months = excluded.period_months, note = excluded.note`,
      )
      .run(s.caseId, s.baselineKind, s.baselineValue, s.awardedValue, s.periodMonths, s.note);
  }

  realised(caseId: number): { year: number; amount: number; note: string }[] {
    return this.st.get('SELECT year, amount, note FROM realised_savings WHERE case_id = ? ORDER BY year').all(caseId) as { year: number; amount: number; note: string }[];
  }

  setRealised(caseId: number, year: number, amount: number, note: string): void {
    this.st
      .get('INSERT INTO realised_savings (case_id, year, amount, note) VALUES (?, ?, ?, ?) ON CONFLICT (case_id, year) DO UPDATE SET amount = excluded.amount, note = excluded.note')
      .run(caseId, year, amount, note);
  }

  benefits(caseId: number): { theme: Theme; text: string }[] {
    return this.st.get('SELECT theme, text FROM case_benefits WHERE case_id = ? ORDER BY theme').all(caseId) as { theme: Theme; text: string }[];
  }

  setBenefit(caseId: number, theme: Theme, text: string): void {
    if (!text.trim()) this.st.get('DELETE FROM case_benefits WHERE case_id = ? AND theme = ?').run(caseId, theme);
    else this.st.get('INSERT INTO case_benefits (case_id, theme, text) VALUES (?, ?, ?) ON CONFLICT (case_id, theme) DO UPDATE SET text = excluded.text').run(caseId, theme, text);
  }

  /** The year a case was awarded (its award date, kept by CasesRepo.addEvent). */
  awardYear(caseId: number): number | null {
    const r = this.st.get('SELECT award_date AS d FROM cases WHERE id = ?').get(caseId) as { d: string | null } | undefined;
    return r?.d ? Number(r.d.slice(0, 4)) : null;
  }

  /**
   * Everything the yearly totals need, for cases with activity in the years
   * asked: the years each case had events, its award year, saving and
   * realised savings. One pass per table, grouped in SQL.
   */
  totalsInput(fromYear: number, toYear: number) {
    const from = `${fromYear}-01-01`;
    const to = `${toYear}-12-31`;
    const handled = this.st
      .get('SELECT case_id AS caseId, group_concat(DISTINCT substr(date, 1, 4)) AS years FROM case_events WHERE date BETWEEN ? AND ? GROUP BY case_id')
      .all(from, to) as { caseId: number; years: string }[];
    const awarded = this.st
      .get(
        `SELECT s.case_id AS caseId, s.baseline_value AS baselineValue, s.awarded_value AS awardedValue, s.period_months AS periodMonths, c.award_date AS awardDate
         FROM case_savings s JOIN cases c ON c.id = s.case_id`,
      )
      .all() as { caseId: number; baselineValue: number; awardedValue: number; periodMonths: number; awardDate: string | null }[];
    const realised = this.st.get('SELECT case_id AS caseId, year, amount FROM realised_savings WHERE year BETWEEN ? AND ?').all(fromYear, toYear) as { caseId: number; year: number; amount: number }[];
    return { handled, awarded, realised };
  }
}
