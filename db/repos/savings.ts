import type { Theme } from '../../core/index.js';
import type { Db } from '../open.js';
import { caseBenefits, caseSavings, realisedSavings } from '../schema.js';
import { columns, insertOf, p, sql, Statements } from '../sql.js';

const SAVING = columns(caseSavings, null, [
  'caseId',
  'baselineKind',
  'baselineValue',
  'awardedValue',
  'periodMonths',
  'note',
]);
export type SavingRow = (typeof SAVING)['_row'];
const REALISED = columns(realisedSavings, null, ['year', 'amount', 'note']);
const BENEFIT = columns(caseBenefits, null, ['theme', 'text']);

const GET = sql<{ caseId: number }>`SELECT ${SAVING} FROM case_savings WHERE case_id = ${p('caseId')}`.rows(SAVING);
const SET = sql<SavingRow>`
  INSERT INTO case_savings ${insertOf(caseSavings, ['caseId', 'baselineKind', 'baselineValue', 'awardedValue', 'periodMonths', 'note'])}
  ON CONFLICT (case_id) DO UPDATE SET baseline_kind = excluded.baseline_kind, baseline_value = excluded.baseline_value,
    awarded_value = excluded.awarded_value, period_months = excluded.period_months, note = excluded.note`;
const REALISED_OF = sql<{
  caseId: number;
}>`SELECT ${REALISED} FROM realised_savings WHERE case_id = ${p('caseId')} ORDER BY year`.rows(REALISED);
const SET_REALISED = sql<typeof realisedSavings.$inferInsert>`
  INSERT INTO realised_savings ${insertOf(realisedSavings, ['caseId', 'year', 'amount', 'note'])} ON CONFLICT (case_id, year) DO UPDATE SET amount = excluded.amount, note = excluded.note`;
const BENEFITS_OF = sql<{
  caseId: number;
}>`SELECT ${BENEFIT} FROM case_benefits WHERE case_id = ${p('caseId')} ORDER BY theme`.rows(BENEFIT);
const REMOVE_BENEFIT = sql<{
  caseId: number;
  theme: Theme;
}>`DELETE FROM case_benefits WHERE case_id = ${p('caseId')} AND theme = ${p('theme')}`;
const SET_BENEFIT = sql<typeof caseBenefits.$inferInsert>`
  INSERT INTO case_benefits ${insertOf(caseBenefits, ['caseId', 'theme', 'text'])} ON CONFLICT (case_id, theme) DO UPDATE SET text = excluded.text`;
const AWARD_DATE = sql<{ caseId: number }>`SELECT award_date AS d FROM cases WHERE id = ${p('caseId')}`.rows<{
  d: string | null;
}>();
type Years = { from: string; to: string };
const HANDLED = sql<Years>`
  SELECT case_id AS caseId, group_concat(DISTINCT substr(date, 1, 4)) AS years FROM case_events WHERE date BETWEEN ${p('from')} AND ${p('to')} GROUP BY case_id`.rows<{
  caseId: number;
  years: string;
}>();
const AWARDED = sql`
  SELECT s.case_id AS caseId, s.baseline_value AS baselineValue, s.awarded_value AS awardedValue, s.period_months AS periodMonths, c.award_date AS awardDate
  FROM case_savings s JOIN cases c ON c.id = s.case_id`.rows<{
  caseId: number;
  baselineValue: number;
  awardedValue: number;
  periodMonths: number;
  awardDate: string | null;
}>();
const REALISED_IN = sql<{ fromYear: number; toYear: number }>`
  SELECT case_id AS caseId, year, amount FROM realised_savings WHERE year BETWEEN ${p('fromYear')} AND ${p('toYear')}`.rows<{
  caseId: number;
  year: number;
  amount: number;
}>();

/** Savings per case and realised savings per year. Callers own the transaction. */
export class SavingsRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  get(caseId: number): SavingRow | null {
    return this.st.get(GET, { caseId }) ?? null;
  }

  set(s: SavingRow): void {
    this.st.run(SET, s);
  }

  realised(caseId: number): { year: number; amount: number; note: string }[] {
    return this.st.all(REALISED_OF, { caseId });
  }

  setRealised(caseId: number, year: number, amount: number, note: string): void {
    this.st.run(SET_REALISED, { caseId, year, amount, note });
  }

  benefits(caseId: number): { theme: Theme; text: string }[] {
    return this.st.all(BENEFITS_OF, { caseId });
  }

  setBenefit(caseId: number, theme: Theme, text: string): void {
    if (!text.trim()) this.st.run(REMOVE_BENEFIT, { caseId, theme });
    else this.st.run(SET_BENEFIT, { caseId, theme, text });
  }

  /** The year a case was awarded (its award date, kept by CasesRepo.addEvent). */
  awardYear(caseId: number): number | null {
    const r = this.st.get(AWARD_DATE, { caseId });
    return r?.d ? Number(r.d.slice(0, 4)) : null;
  }

  /**
   * Everything the yearly totals need, for cases with activity in the years
   * asked: the years each case had events, its award year, saving and
   * realised savings. One pass per table, grouped in SQL.
   */
  totalsInput(fromYear: number, toYear: number) {
    const handled = this.st.all(HANDLED, { from: `${fromYear}-01-01`, to: `${toYear}-12-31` });
    const awarded = this.st.all(AWARDED);
    const realised = this.st.all(REALISED_IN, { fromYear, toYear });
    return { handled, awarded, realised };
  }
}
