import { z } from 'zod';
import { kinds } from '../reference/kinds.js';
import { phases } from '../reference/phases.js';
import { procedures } from '../reference/procedures.js';
import { themes } from '../reference/themes.js';
import { regimeDefs } from '../reference/regimes.js';
import { groundCodes } from '../reference/grounds.js';
import { id, isoDate, line, nok, requiredLine, text } from './common.js';
import { CPV_CODE_RE } from '../rules/cpv.js';

export const PhaseSchema = z.enum(phases);
export const ProcedureSchema = z.enum(procedures);
export const KindSchema = z.enum(kinds);
export const ThemeSchema = z.enum(themes);
export const RegimeSchema = z.enum(regimeDefs.map((r) => r.code) as [string, ...string[]]);

/** Archive case numbers as municipalities write them: 2026/1234 or 26/1234. */
export const CASE_NUMBER_RE = /^(\d{2}|\d{4})\/\d{1,6}$/;

/** The fields a person edits on a case. */
export const CaseFieldsSchema = z.strictObject({
  caseNumber: z.string().trim().regex(CASE_NUMBER_RE, { message: 'caseNumberFormat' }),
  title: requiredLine(200).min(3),
  description: text(20_000).default(''),
  department: requiredLine(120),
  needOwner: line(120).default(''),
  buyer: requiredLine(120),
  estimatedValue: nok,
  kind: KindSchema,
  procedure: ProcedureSchema.nullable().default(null),
  /** The ground in the regulation the procedure rests on, where the part requires one (FOA §§ 5-2, 13-1 (3), 13-2, 13-3, 13-4). */
  procedureGround: z.enum(groundCodes).nullable().default(null),
  /** Why the ground is met, in the office's words. */
  procedureGroundNote: text(8_000).default(''),
  themes: z
    .array(ThemeSchema)
    .max(themes.length)
    .default([])
    .refine((a) => new Set(a).size === a.length, { message: 'duplicateThemes' }),
  plannedNoticeDate: isoDate.nullable().default(null),
  plannedTenderDeadline: isoDate.nullable().default(null),
  plannedAwardDate: isoDate.nullable().default(null),
  plannedContractStart: isoDate.nullable().default(null),
  /** Weight of climate and environment in the award criteria, in per cent (null: not weighted or not yet known). */
  climateWeightPct: z.number().int().min(0).max(100).nullable().default(null),
  /** Climate and environment covered by documented requirements in the specification instead of (or besides) weight. */
  climateRequirements: z.boolean().default(false),
  /** FOA § 7-9 (5): no duty to weight or require, because the footprint and environmental burden are insignificant. */
  climateExempt: z.boolean().default(false),
  /** Why requirements replace the weight (§ 7-9 (4)) or why the footprint is insignificant (§ 7-9 (5)); either needs it. */
  climateJustification: text(8_000).default(''),
  /** The main CPV code (8 digits, without the check digit); checked against the CPV 2008 list by the service. */
  cpvCode: z.string().trim().regex(CPV_CODE_RE, { message: 'cpvFormat' }).nullable().default(null),
});
export type CaseFields = z.output<typeof CaseFieldsSchema>;

export const CaseCreateSchema = CaseFieldsSchema.extend({
  /** When the need was registered; the first event of the timeline. Defaults to today. */
  registeredDate: isoDate.optional(),
});

export const CaseUpdateSchema = CaseFieldsSchema.extend({ id, version: z.number().int().min(1) });

export const ChangePhaseSchema = z.strictObject({
  id,
  version: z.number().int().min(1),
  phase: PhaseSchema,
  date: isoDate,
  note: text(2_000).default(''),
  /** Needed to move on to the competition while equal-treatment items are unshared: why it is still right to. */
  overrideReason: text(2_000).default(''),
});

export const ArchiveSchema = z.strictObject({
  id,
  version: z.number().int().min(1),
  archived: z.boolean().default(true),
});

export const PhaseEventSchema = z.object({
  id,
  phase: PhaseSchema,
  fromPhase: PhaseSchema.nullable(),
  date: isoDate,
  note: z.string(),
  overrideReason: z.string().nullable(),
  /** Calendar days in this phase (to the next event, or to today); null for a closed/cancelled end. */
  days: z.number().int().nullable(),
  current: z.boolean(),
  createdAt: z.string(),
});

export const WarningSchema = z.object({ code: z.string(), message: z.string() });

export const CaseSummarySchema = z.object({
  id,
  caseNumber: z.string(),
  title: z.string(),
  department: z.string(),
  buyer: z.string(),
  estimatedValue: z.number(),
  kind: KindSchema,
  procedure: ProcedureSchema.nullable(),
  phase: PhaseSchema,
  phaseSince: isoDate,
  themes: z.array(ThemeSchema),
  registeredDate: isoDate,
  archived: z.boolean(),
  updatedAt: z.string(),
});
export type CaseSummary = z.output<typeof CaseSummarySchema>;

export const CaseDetailSchema = CaseSummarySchema.extend({
  description: z.string(),
  needOwner: z.string(),
  plannedNoticeDate: isoDate.nullable(),
  plannedTenderDeadline: isoDate.nullable(),
  plannedAwardDate: isoDate.nullable(),
  plannedContractStart: isoDate.nullable(),
  procedureGround: z.string().nullable(),
  procedureGroundNote: z.string(),
  climateWeightPct: z.number().int().nullable(),
  climateRequirements: z.boolean(),
  climateExempt: z.boolean(),
  climateJustification: z.string(),
  /** Where the case stands against FOA § 7-9: pending (not notified yet), outside (notified before 1.1.2024), exempt, met, not met. */
  climateStatus: z.enum(['pending', 'outside', 'exempt', 'met', 'notMet']),
  cpvCode: z.string().nullable(),
  /** The code with its check digit and label in the user's language, e.g. "90910000-9 Rengjøringstjenester". */
  cpvLabel: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  regime: RegimeSchema.nullable(),
  allowedProcedures: z.array(ProcedureSchema),
  /** Procedures the part allows only on a ground the case must record, with the section of that ground. */
  groundedProcedures: z.array(z.object({ procedure: ProcedureSchema, set: z.string() })),
  warnings: z.array(WarningSchema),
  timeline: z.array(PhaseEventSchema),
  /** Market dialogue activities, for the timeline beside the phase events. */
  activities: z.array(z.object({ id, date: isoDate, time: z.string(), form: z.string(), title: z.string() })),
  /** Equal-treatment items not yet made known to all suppliers. */
  unsharedItems: z.number().int(),
});
export type CaseDetail = z.output<typeof CaseDetailSchema>;

/** `newest`: most recently registered first (creation order); the default for a search, which the search index answers fastest. */
export const caseSorts = [
  'updatedAt',
  'newest',
  'caseNumber',
  'title',
  'estimatedValue',
  'phaseSince',
  'registeredDate',
] as const;
export type CaseSort = (typeof caseSorts)[number];

export const CaseListQuerySchema = z.strictObject({
  q: text(200).default(''),
  phase: PhaseSchema.optional(),
  procedure: ProcedureSchema.optional(),
  department: text(120).optional(),
  buyer: text(120).optional(),
  theme: ThemeSchema.optional(),
  year: z.number().int().min(1990).max(2200).optional(),
  includeArchived: z.boolean().default(false),
  /** Default: `updatedAt` for the plain list, `newest` for a search. */
  sort: z.enum(caseSorts).optional(),
  dir: z.enum(['asc', 'desc']).default('desc'),
  /** Opaque keyset cursor from the previous page: stays fast however deep the list goes. */
  cursor: z.string().max(500).optional(),
  /** Offset paging for a virtualised list that jumps into the middle. Ignored when a cursor is given. */
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type CaseListQuery = z.output<typeof CaseListQuerySchema>;

export const CaseListPageSchema = z.object({
  items: z.array(CaseSummarySchema),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});

export const CaseFacetsSchema = z.object({
  departments: z.array(z.string()),
  buyers: z.array(z.string()),
  years: z.array(z.number().int()),
});
