import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// The single source of truth for the database's shape. drizzle-kit derives
// the migrations in ./migrations from this file (npm run db:generate);
// full-text search (FTS5) lives in a hand-written migration, since drizzle
// does not model virtual tables.

export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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
    kind: text('kind').notNull(),
    procedure: text('procedure'),
    /** Current phase: the phase of the newest event, kept here for the list's filters and sort. */
    phase: text('phase').notNull(),
    phaseSince: text('phase_since').notNull(),
    registeredDate: text('registered_date').notNull(),
    registeredYear: integer('registered_year').notNull(),
    plannedNoticeDate: text('planned_notice_date'),
    plannedAwardDate: text('planned_award_date'),
    plannedContractStart: text('planned_contract_start'),
    climateWeightPct: integer('climate_weight_pct'),
    climateRequirements: integer('climate_requirements', { mode: 'boolean' }).notNull().default(false),
    /** The date the case was first awarded (core's AWARDED_PHASES), kept by the repository when the phase changes. */
    awardDate: text('award_date'),
    cpvCode: text('cpv_code'),
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
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
    phase: text('phase').notNull(),
    fromPhase: text('from_phase'),
    date: text('date').notNull(),
    note: text('note').notNull().default(''),
    /** Why the case moved on to the competition although equal-treatment items were not yet shared with all. */
    overrideReason: text('override_reason'),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
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
    theme: text('theme').notNull(),
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

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export const suppliers = sqliteTable(
  'suppliers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orgnr: text('orgnr').notNull(),
    name: text('name').notNull(),
    nameSort: text('name_sort').notNull(),
    address: text('address').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    city: text('city').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** Legal basis when the notes are under the duty of confidentiality; null when they are not. */
    notesConfidential: text('notes_confidential'),
    /** Set when this record was merged into another; it then only keeps history. */
    mergedInto: integer('merged_into'),
    mergedAt: text('merged_at'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    // One live supplier per organisation number; merged records keep theirs for history.
    uniqueIndex('suppliers_orgnr_live_uq').on(t.orgnr).where(sql`merged_into IS NULL`),
    index('suppliers_name_idx').on(t.nameSort),
    index('suppliers_merged_idx').on(t.mergedInto),
  ],
);

export const supplierContacts = sqliteTable(
  'supplier_contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    supplierId: integer('supplier_id')
      .notNull()
      .references(() => suppliers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
  },
  (t) => [index('supplier_contacts_supplier_idx').on(t.supplierId)],
);

export const dialogues = sqliteTable(
  'dialogues',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    form: text('form').notNull(),
    date: text('date').notNull(),
    time: text('time').notNull().default(''),
    title: text('title').notNull(),
    agenda: text('agenda').notNull().default(''),
    minutes: text('minutes').notNull().default(''),
    minutesConfidential: text('minutes_confidential'),
    outcome: text('outcome').notNull().default(''),
    outcomeConfidential: text('outcome_confidential'),
    participants: text('participants').notNull().default(''),
    round: integer('round'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [index('dialogues_case_idx').on(t.caseId, t.date, t.id), index('dialogues_date_idx').on(t.date)],
);

export const dialogueSuppliers = sqliteTable(
  'dialogue_suppliers',
  {
    dialogueId: integer('dialogue_id')
      .notNull()
      .references(() => dialogues.id, { onDelete: 'cascade' }),
    supplierId: integer('supplier_id')
      .notNull()
      .references(() => suppliers.id, { onDelete: 'restrict' }),
    invited: integer('invited', { mode: 'boolean' }).notNull().default(true),
    attended: integer('attended', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.dialogueId, t.supplierId] }), index('dialogue_suppliers_supplier_idx').on(t.supplierId, t.dialogueId)],
);

export const dialogueItems = sqliteTable(
  'dialogue_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dialogueId: integer('dialogue_id')
      .notNull()
      .references(() => dialogues.id, { onDelete: 'cascade' }),
    askedBy: integer('asked_by').references(() => suppliers.id, { onDelete: 'restrict' }),
    question: text('question').notNull(),
    answer: text('answer').notNull().default(''),
    answeredDate: text('answered_date'),
    answerConfidential: text('answer_confidential'),
    sharedDate: text('shared_date'),
    sharedHow: text('shared_how').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('dialogue_items_dialogue_idx').on(t.dialogueId), index('dialogue_items_asked_idx').on(t.askedBy)],
);

/** Competitive dialogue: the suppliers prequalified for a case. */
export const casePrequalified = sqliteTable(
  'case_prequalified',
  {
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    supplierId: integer('supplier_id')
      .notNull()
      .references(() => suppliers.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.supplierId] }), index('case_prequalified_supplier_idx').on(t.supplierId)],
);

/** Competitive dialogue: when the dialogue was closed and final tenders invited. */
export const caseDialogueClosing = sqliteTable('case_dialogue_closing', {
  caseId: integer('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  closedDate: text('closed_date').notNull(),
  finalTendersInvitedDate: text('final_tenders_invited_date'),
});

export const contracts = sqliteTable(
  'contracts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    value: integer('value').notNull(),
    signedDate: text('signed_date'),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    noticeMonths: integer('notice_months').notNull().default(0),
    owner: text('owner').notNull().default(''),
    administrator: text('administrator').notNull().default(''),
    terminatedDate: text('terminated_date'),
    terminationReason: text('termination_reason').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [index('contracts_case_idx').on(t.caseId), index('contracts_end_idx').on(t.endDate)],
);

export const contractSuppliers = sqliteTable(
  'contract_suppliers',
  {
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    supplierId: integer('supplier_id')
      .notNull()
      .references(() => suppliers.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.supplierId] }), index('contract_suppliers_supplier_idx').on(t.supplierId)],
);

export const contractOptions = sqliteTable(
  'contract_options',
  {
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    lengthMonths: integer('length_months').notNull(),
    decideBy: text('decide_by').notNull(),
    /** open | exercised | declined */
    status: text('status').notNull().default('open'),
    decidedDate: text('decided_date'),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.seq] }), index('contract_options_decide_idx').on(t.status, t.decideBy)],
);

export const contractFollowups = sqliteTable(
  'contract_followups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    date: text('date').notNull(),
    title: text('title').notNull(),
    notes: text('notes').notNull().default(''),
    riskLevel: text('risk_level'),
    nextControlDue: text('next_control_due'),
    findings: text('findings').notNull().default(''),
    reportWritten: integer('report_written', { mode: 'boolean' }).notNull().default(false),
    sanction: text('sanction'),
    closedDate: text('closed_date'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('contract_followups_contract_idx').on(t.contractId, t.date)],
);

/** A case's saving: the baseline it is measured against and the awarded value, over the contract period. */
export const caseSavings = sqliteTable('case_savings', {
  caseId: integer('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  baselineKind: text('baseline_kind').notNull(),
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
    theme: text('theme').notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.theme] })],
);

/** The office's adopted procurement strategy: a period and its goals. */
export const strategies = sqliteTable('strategies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
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
    theme: text('theme').notNull(),
    measure: text('measure').notNull(),
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
  (t) => [primaryKey({ columns: [t.source, t.sourceId, t.measure, t.year] }), index('goal_facts_sum_idx').on(t.measure, t.year, t.num, t.den)],
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
    phase: text('phase').notNull(),
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
    phase: text('phase').notNull(),
    since: text('since').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.phase, t.since] })],
);

/** Briefing packs made (PDF or Word): what leadership was told, when, and by whom. */
export const briefingPacks = sqliteTable(
  'briefing_packs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    createdAt: text('created_at').notNull().default(now),
    by: text('by').notNull().default(''),
    title: text('title').notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    meeting: text('meeting').notNull().default(''),
    meetingDate: text('meeting_date'),
    version: text('version').notNull(),
    format: text('format').notNull(),
    sha256: text('sha256').notNull(),
    bytes: integer('bytes').notNull(),
    /** The pack's settings and the figures as printed (JSON), so the pack can be shown again as it was. */
    spec: text('spec').notNull(),
    content: text('content').notNull(),
  },
  (t) => [index('briefing_packs_created_idx').on(t.createdAt)],
);

/**
 * Who changed what, when: one row per write to a case, supplier, dialogue
 * activity, contract or strategy, with each changed field's value before and
 * after (JSON). Written by the service in the write's own transaction; the
 * API has no way to change or delete it.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    by: text('by').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id').notNull(),
    method: text('method').notNull(),
    changes: text('changes').notNull(),
  },
  (t) => [index('audit_log_record_idx').on(t.entity, t.entityId, t.id)],
);

/** The app's settings, as key and value (e.g. the name the audit trail records). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
