import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { GoalMeasure, Phase, Theme } from '../../core/index.js';
import { now } from './columns.js';

// The procurement strategy and its goals, and the derived tables behind the goals dashboard.

/** The office's adopted procurement strategy: a period and its goals. */
export const strategies = sqliteTable('strategies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** The record's identity across PCs (an exchange bundle matches by it). */
  uid: text('uid').unique(),
  title: text('title').notNull(),
  fromYear: integer('from_year').notNull(),
  toYear: integer('to_year').notNull(),
  adoptedDate: text('adopted_date'),
  adoptedBy: text('adopted_by').notNull().default(''),
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
});

export const strategyGoals = sqliteTable(
  'strategy_goals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    strategyId: integer('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    theme: text('theme').$type<Theme>().notNull(),
    measure: text('measure').$type<GoalMeasure>().notNull(),
    target: real('target').notNull(),
    title: text('title').notNull().default(''),
  },
  (t) => [index('strategy_goals_strategy_idx').on(t.strategyId, t.seq)],
);

/**
 * What each case and contract adds to each goal measure per year
 * (core/rules/goals.ts). Derived data: rebuilt from the records whenever
 * `derived_state` says so, and kept up to date by the service on each write.
 */
export const goalFacts = sqliteTable(
  'goal_facts',
  {
    /** 'case' or 'contract'. */
    source: text('source').notNull(),
    sourceId: integer('source_id').notNull(),
    measure: text('measure').notNull(),
    year: integer('year').notNull(),
    num: real('num').notNull(),
    den: integer('den').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.source, t.sourceId, t.measure, t.year] }),
    index('goal_facts_sum_idx').on(t.measure, t.year, t.num, t.den),
  ],
);

/**
 * Days spent in each phase per calendar year, summed over the finished
 * stretches of all cases (a stretch ends when the next event is recorded).
 * The stretches still running are added at read time, up to today.
 */
export const phaseDays = sqliteTable(
  'phase_days',
  {
    year: integer('year').notNull(),
    phase: text('phase').$type<Phase>().notNull(),
    days: integer('days').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.phase] })],
);

/** Derived tables that must be rebuilt from the records at the next open (set by migrations). */
export const derivedState = sqliteTable('derived_state', {
  name: text('name').primaryKey(),
  stale: integer('stale', { mode: 'boolean' }).notNull().default(true),
});

/** goal_facts summed per measure and year, kept in step with each change of the facts. */
export const goalTotals = sqliteTable(
  'goal_totals',
  {
    measure: text('measure').notNull(),
    year: integer('year').notNull(),
    num: real('num').notNull(),
    den: integer('den').notNull(),
  },
  (t) => [primaryKey({ columns: [t.measure, t.year] })],
);

/** Open cases counted by current phase and the date it began: the stretches still running, without reading every case. */
export const openStretches = sqliteTable(
  'open_stretches',
  {
    phase: text('phase').$type<Phase>().notNull(),
    since: text('since').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.phase, t.since] })],
);
