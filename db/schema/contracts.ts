import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type {
  ApprenticeDecision,
  CallOffMethod,
  FrameworkCallOff,
  FrameworkSuppliers,
  FollowupKind,
  OptionStatus,
  PaySector,
  RiskLevel,
  Sanction,
} from '../../core/index.js';
import { now } from './columns.js';
import { cases } from './cases.js';
import { suppliers } from './suppliers.js';

// Contracts, their suppliers, options and follow-up.

export const contracts = sqliteTable(
  'contracts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The record's identity across PCs (an exchange bundle matches by it); random, set on insert. */
    uid: text('uid'),
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
    /** The sector for the pay-and-conditions duty (core/reference/payConditions.ts), null until recorded. */
    paySector: text('pay_sector').$type<PaySector>(),
    /** What the office decided about apprentices (lærlingforskriften § 6), and why. */
    apprenticeDecision: text('apprentice_decision').$type<ApprenticeDecision>(),
    apprenticeNote: text('apprentice_note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('contracts_uid_uq').on(t.uid),
    index('contracts_case_idx').on(t.caseId),
    index('contracts_end_idx').on(t.endDate),
  ],
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
  (t) => [
    primaryKey({ columns: [t.contractId, t.supplierId] }),
    index('contract_suppliers_supplier_idx').on(t.supplierId),
  ],
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
    status: text('status').$type<OptionStatus>().notNull().default('open'),
    decidedDate: text('decided_date'),
  },
  (t) => [
    primaryKey({ columns: [t.contractId, t.seq] }),
    index('contract_options_decide_idx').on(t.status, t.decideBy),
  ],
);

export const contractFollowups = sqliteTable(
  'contract_followups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<FollowupKind>().notNull(),
    date: text('date').notNull(),
    title: text('title').notNull(),
    notes: text('notes').notNull().default(''),
    riskLevel: text('risk_level').$type<RiskLevel>(),
    nextControlDue: text('next_control_due'),
    findings: text('findings').notNull().default(''),
    reportWritten: integer('report_written', { mode: 'boolean' }).notNull().default(false),
    sanction: text('sanction').$type<Sanction>(),
    closedDate: text('closed_date'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('contract_followups_contract_idx').on(t.contractId, t.date)],
);

/**
 * A contract that is a framework agreement (rammeavtale): its terms as
 * announced. One row per framework; a contract without one is an ordinary
 * contract. The duration is the contract's own (start to end, with options).
 * Rules and sources: core/reference/frameworks.ts.
 */
export const contractFrameworks = sqliteTable('contract_frameworks', {
  contractId: integer('contract_id')
    .primaryKey()
    .references(() => contracts.id, { onDelete: 'cascade' }),
  /** single | multiple: one supplier or several. */
  suppliers: text('suppliers').$type<FrameworkSuppliers>().notNull(),
  /** ranked | mini_competition | both: how call-offs are made under its terms. */
  callOff: text('call_off').$type<FrameworkCallOff>().notNull(),
  /** The maximum value as announced (NOK excl. VAT), or null when the maximum is a quantity. */
  maxValue: integer('max_value'),
  /** The maximum quantity as announced, with its unit, or null. */
  maxQuantity: integer('max_quantity'),
  quantityUnit: text('quantity_unit').notNull().default(''),
  /** The departments and other authorities entitled to call off, one per line. */
  entitled: text('entitled').notNull().default(''),
  /** The special ground for a duration beyond four years (FOA § 26-1), empty until recorded. */
  durationGround: text('duration_ground').notNull().default(''),
});

/** Call-offs (avrop) under a framework: each counts against its maximum. */
export const callOffs = sqliteTable(
  'call_offs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contractId: integer('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    department: text('department').notNull(),
    supplierId: integer('supplier_id')
      .notNull()
      .references(() => suppliers.id, { onDelete: 'restrict' }),
    value: integer('value').notNull(),
    quantity: integer('quantity'),
    /** What was bought. */
    description: text('description').notNull(),
    /** direct (by the framework's terms) | mini_competition */
    method: text('method').$type<CallOffMethod>().notNull(),
    /** A mini-competition's invitation date, number of tenders and award reasons. */
    invitationDate: text('invitation_date'),
    tenderCount: integer('tender_count'),
    awardReason: text('award_reason').notNull().default(''),
    /** A call-off after the maximum was reached: the lawful change it rests on. */
    overMaximumReason: text('over_maximum_reason').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    // Every framework's spend is summed from this index alone (bench: framework_spend_ms_100k); a framework's call-offs by date from the other.
    index('call_offs_spend_idx').on(t.contractId, t.value, t.quantity),
    index('call_offs_contract_idx').on(t.contractId, t.date),
    index('call_offs_supplier_idx').on(t.supplierId),
  ],
);
