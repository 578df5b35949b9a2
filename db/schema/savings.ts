import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { BaselineKind, Theme } from '../../core/index.js';
import { cases } from './cases.js';

// Savings and non-financial benefits per case.

/** A case's saving: the baseline it is measured against and the awarded value, over the contract period. */
export const caseSavings = sqliteTable('case_savings', {
  caseId: integer('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  baselineKind: text('baseline_kind').$type<BaselineKind>().notNull(),
  baselineValue: integer('baseline_value').notNull(),
  awardedValue: integer('awarded_value').notNull(),
  periodMonths: integer('period_months').notNull(),
  note: text('note').notNull().default(''),
});

/** Savings confirmed by follow-up, per year. */
export const realisedSavings = sqliteTable(
  'realised_savings',
  {
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    amount: integer('amount').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.year] }), index('realised_savings_year_idx').on(t.year)],
);

/** Non-financial benefits of a case, as text per strategic theme. */
export const caseBenefits = sqliteTable(
  'case_benefits',
  {
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    theme: text('theme').$type<Theme>().notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.theme] })],
);
