import { z } from 'zod';
import { goalMeasures } from '../reference/goals.js';
import { stages } from '../reference/phases.js';
import { themes } from '../reference/themes.js';
import { id, isoDate, line, requiredLine, text } from './common.js';
import { PhaseSchema } from './case.js';

const year = z.number().int().min(2000).max(2100);

export const GoalFieldsSchema = z.strictObject({
  theme: z.enum(themes),
  measure: z.enum(goalMeasures),
  /** A share as 0–1, a count, or whole NOK, after the measure's unit. */
  target: z.number().min(0).max(1e12),
  /** The goal as the strategy words it; empty means the measure's own wording. */
  title: line(300).default(''),
});

export const StrategyFieldsSchema = z
  .strictObject({
    title: requiredLine(200),
    fromYear: year,
    toYear: year,
    adoptedDate: isoDate.nullable().default(null),
    /** Who adopted it and where it is recorded, e.g. "Kommunestyret, sak 45/24". */
    adoptedBy: line(200).default(''),
    goals: z.array(GoalFieldsSchema).max(30).default([]),
  })
  .refine((s) => s.toYear >= s.fromYear, { message: 'strategyYears', path: ['toYear'] })
  .refine((s) => s.toYear - s.fromYear <= 10, { message: 'strategyTooLong', path: ['toYear'] });

export const StrategySaveSchema = z.strictObject({
  id: id.optional(),
  version: z.number().int().min(1).optional(),
  strategy: StrategyFieldsSchema,
});

export const StrategySchema = z.object({
  id,
  version: z.number().int(),
  title: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  adoptedDate: isoDate.nullable(),
  adoptedBy: z.string(),
  goals: z.array(GoalFieldsSchema.extend({ id })),
});
export type Strategy = z.output<typeof StrategySchema>;

const GoalStatusSchema = z.enum(['met', 'on_track', 'behind', 'no_data']);

export const DashboardSchema = z.object({
  strategy: StrategySchema.nullable(),
  strategies: z.array(z.object({ id, title: z.string(), fromYear: z.number().int(), toYear: z.number().int() })),
  /** The strategy's years up to this year: the trend's x axis. */
  years: z.array(z.number().int()),
  goals: z.array(
    z.object({
      id,
      theme: z.enum(themes),
      measure: z.enum(goalMeasures),
      title: z.string(),
      target: z.number(),
      values: z.array(
        z.object({
          year: z.number().int(),
          value: z.number().nullable(),
          num: z.number(),
          den: z.number(),
          status: GoalStatusSchema,
        }),
      ),
    }),
  ),
});
export type Dashboard = z.output<typeof DashboardSchema>;

export const PlanQuerySchema = z.strictObject({
  /** Quarters from this date's quarter on; defaults to the current quarter. */
  from: isoDate.optional(),
  department: text(120).optional(),
});

export const PlannedCaseSchema = z.object({
  id,
  caseNumber: z.string(),
  title: z.string(),
  department: z.string(),
  phase: PhaseSchema,
  estimatedValue: z.number(),
  plannedNoticeDate: isoDate,
  plannedAwardDate: isoDate.nullable(),
  plannedContractStart: isoDate.nullable(),
});

export const PlanSchema = z.object({
  quarters: z.array(
    z.object({
      year: z.number().int(),
      quarter: z.number().int().min(1).max(4),
      cases: z.array(PlannedCaseSchema),
      value: z.number(),
    }),
  ),
  /** Still being planned although the planned notice date has passed. */
  late: z.array(PlannedCaseSchema),
  /** Cases still being planned that have no planned notice date yet. */
  unscheduled: z.array(PlannedCaseSchema.extend({ plannedNoticeDate: isoDate.nullable() })),
});

export const PortfolioQuerySchema = z.strictObject({
  department: text(120).optional(),
  /** Cases in contract follow-up are many and long; they are shown only when asked for. */
  includeFollowup: z.boolean().default(false),
});

export const PortfolioRowSchema = z.object({
  id,
  caseNumber: z.string(),
  title: z.string(),
  department: z.string(),
  phase: PhaseSchema,
  /** Stretches of time per stage, from the phase events; the last runs to today. */
  segments: z.array(z.object({ stage: z.enum(stages), from: isoDate, to: isoDate })),
  plannedNoticeDate: isoDate.nullable(),
  plannedAwardDate: isoDate.nullable(),
  plannedContractStart: isoDate.nullable(),
});
export const PortfolioSchema = z.object({ rows: z.array(PortfolioRowSchema), from: isoDate, to: isoDate });
