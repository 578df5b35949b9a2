import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type {
  ApprenticeDecision,
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
