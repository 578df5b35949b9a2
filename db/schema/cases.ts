import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type {
  ComplaintKind,
  ComplaintOutcome,
  JointShareUnit,
  Kind,
  NoticeKind,
  NoticePlatform,
  Phase,
  Procedure,
  StandstillException,
  Theme,
} from '../../core/index.js';
import { now } from './columns.js';

// Procurement cases, their phase events and themes.

export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The record's identity across PCs (an exchange bundle matches by it); random, set on insert. */
    uid: text('uid'),
    caseNumber: text('case_number').notNull(),
    /** Zero-padded "YYYY/NNNNNN" so case numbers sort as people expect (2026/99 before 2026/100). */
    caseNumberSort: text('case_number_sort').notNull(),
    title: text('title').notNull(),
    /** Norwegian alphabetical sort key of the title (core/rules/sortKey.ts). */
    titleSort: text('title_sort').notNull(),
    description: text('description').notNull().default(''),
    department: text('department').notNull(),
    needOwner: text('need_owner').notNull().default(''),
    buyer: text('buyer').notNull(),
    estimatedValue: integer('estimated_value').notNull(),
    kind: text('kind').$type<Kind>().notNull(),
    procedure: text('procedure').$type<Procedure>(),
    /** The legal ground the procedure rests on (core/reference/grounds.ts, e.g. foa_13_2_c), and why it is met. */
    procedureGround: text('procedure_ground'),
    procedureGroundNote: text('procedure_ground_note').notNull().default(''),
    /** Current phase: the phase of the newest event, kept here for the list's filters and sort. */
    phase: text('phase').$type<Phase>().notNull(),
    phaseSince: text('phase_since').notNull(),
    registeredDate: text('registered_date').notNull(),
    registeredYear: integer('registered_year').notNull(),
    plannedNoticeDate: text('planned_notice_date'),
    /** When tenders are due, as planned (the notice states it); "Min oversikt" reminds the buyer until the deadline is recorded as passed. */
    plannedTenderDeadline: text('planned_tender_deadline'),
    plannedAwardDate: text('planned_award_date'),
    plannedContractStart: text('planned_contract_start'),
    climateWeightPct: integer('climate_weight_pct'),
    climateRequirements: integer('climate_requirements', { mode: 'boolean' }).notNull().default(false),
    /** FOA § 7-9 (5): no duty, the footprint is insignificant. */
    climateExempt: integer('climate_exempt', { mode: 'boolean' }).notNull().default(false),
    /** Why requirements replace the weight (§ 7-9 (4)) or why the footprint is insignificant (§ 7-9 (5)). */
    climateJustification: text('climate_justification').notNull().default(''),
    /** The date the case was first awarded (core's AWARDED_PHASES), kept by the repository when the phase changes. */
    awardDate: text('award_date'),
    cpvCode: text('cpv_code'),
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('cases_uid_uq').on(t.uid),
    uniqueIndex('cases_case_number_uq').on(t.caseNumber),
    // One index per list sort, led by `archived` (the default filter) and
    // ending in id, so keyset paging is an index range scan at any depth.
    index('cases_updated_idx').on(t.archived, t.updatedAt, t.id),
    index('cases_number_idx').on(t.archived, t.caseNumberSort, t.id),
    index('cases_title_idx').on(t.archived, t.titleSort, t.id),
    index('cases_value_idx').on(t.archived, t.estimatedValue, t.id),
    index('cases_phase_since_idx').on(t.archived, t.phaseSince, t.id),
    index('cases_registered_idx').on(t.archived, t.registeredDate, t.id),
    index('cases_phase_idx').on(t.phase, t.updatedAt),
    index('cases_department_idx').on(t.department),
    index('cases_buyer_idx').on(t.buyer),
    index('cases_procedure_idx').on(t.procedure),
    index('cases_year_idx').on(t.registeredYear),
    index('cases_award_idx').on(t.awardDate),
  ],
);

export const caseEvents = sqliteTable(
  'case_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    phase: text('phase').$type<Phase>().notNull(),
    fromPhase: text('from_phase').$type<Phase>(),
    date: text('date').notNull(),
    note: text('note').notNull().default(''),
    /** Why the case moved on to the competition although equal-treatment items were not yet shared with all. */
    overrideReason: text('override_reason'),
    createdAt: text('created_at').notNull().default(now),
  },
  // By date too: a briefing pack asks which cases had events in its period.
  (t) => [index('case_events_case_idx').on(t.caseId, t.date, t.id), index('case_events_date_idx').on(t.date, t.caseId)],
);

export const caseThemes = sqliteTable(
  'case_themes',
  {
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    theme: text('theme').$type<Theme>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.theme] }), index('case_themes_theme_idx').on(t.theme, t.caseId)],
);

/**
 * How many cases there are, archived and not, kept by triggers (migration
 * 0002) so the unfiltered list's total costs nothing however large the
 * register grows. A derived number, kept because counting 100,000 rows on
 * every page was the list's main cost.
 */
export const caseCounts = sqliteTable('case_counts', {
  archived: integer('archived').primaryKey(),
  n: integer('n').notNull(),
});

/**
 * The procurement protocol's own entries for a case (what the register does
 * not already hold): why no lots, why this procedure, who took part and
 * what became of them, the award's reasons, subcontractors, conflicts of
 * interest. The rest of the protocol is read from the case and its contracts.
 */
export const caseProtocols = sqliteTable('case_protocols', {
  caseId: integer('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  lotsReason: text('lots_reason').notNull().default(''),
  procedureReason: text('procedure_reason').notNull().default(''),
  /** JSON: [{ name, orgnr, requested, selected, tendered, rejected, rejectionReason }]. */
  participants: text('participants').notNull().default('[]'),
  awardReason: text('award_reason').notNull().default(''),
  subcontractors: text('subcontractors').notNull().default(''),
  conflictsOfInterest: text('conflicts_of_interest').notNull().default(''),
  notes: text('notes').notNull().default(''),
  /** Letters of FOA § 10-5 / § 25-5 and the award notice and standstill (core/reference/protocol.ts). */
  electronicException: integer('electronic_exception', { mode: 'boolean' }).notNull().default(false),
  electronicExceptionReason: text('electronic_exception_reason').notNull().default(''),
  selectionReason: text('selection_reason').notNull().default(''),
  dialogueLog: text('dialogue_log').notNull().default(''),
  marketDialogueMeasures: text('market_dialogue_measures').notNull().default(''),
  awardNoticeDate: text('award_notice_date'),
  standstillEndDate: text('standstill_end_date'),
  standstillNone: text('standstill_none').notNull().default(''),
  /** The standstill's length the notice gave (null: the part's proposal). */
  standstillDays: integer('standstill_days'),
  awardNoticeByPost: integer('award_notice_by_post', { mode: 'boolean' }).notNull().default(false),
  /** JSON: the names the notice of the award went to. */
  awardNoticeTo: text('award_notice_to').notNull().default('[]'),
  /** Why no standstill applies (core/reference/standstill.ts), if one is recorded. */
  standstillException: text('standstill_exception').$type<StandstillException>(),
  version: integer('version').notNull().default(1),
  updatedAt: text('updated_at').notNull().default(now),
  finalisedAt: text('finalised_at'),
  finalisedBy: text('finalised_by'),
});

/** A case's notices in Doffin and TED (core/reference/notices.ts): kind, service, its number there and date. */
export const caseNotices = sqliteTable(
  'case_notices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<NoticeKind>().notNull(),
    platform: text('platform').$type<NoticePlatform>().notNull(),
    ref: text('ref').notNull(),
    date: text('date').notNull(),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('case_notices_case_idx').on(t.caseId, t.date, t.id)],
);

/** A case's complaints and review (core/reference/complaints.ts): to the office, to KOFA, a court injunction. */
export const caseComplaints = sqliteTable(
  'case_complaints',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ComplaintKind>().notNull(),
    date: text('date').notNull(),
    supplier: text('supplier').notNull(),
    concerns: text('concerns').notNull().default(''),
    answerDue: text('answer_due'),
    answer: text('answer').notNull().default(''),
    closedDate: text('closed_date'),
    outcome: text('outcome').$type<ComplaintOutcome>(),
    kofaCaseNo: text('kofa_case_no').notNull().default(''),
    fee: integer('fee', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('case_complaints_case_idx').on(t.caseId, t.date, t.id)],
);

/** The other contracting authorities a joint procurement is run for (core/rules/joint.ts): the office's own share is derived, never kept. */
export const caseParticipants = sqliteTable(
  'case_participants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    orgnr: text('orgnr').notNull(),
    shareUnit: text('share_unit').$type<JointShareUnit>().notNull(),
    /** NOK, or a percentage of the case's whole value. */
    share: real('share').notNull(),
    lead: integer('lead', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('case_participants_case_idx').on(t.caseId, t.id)],
);
