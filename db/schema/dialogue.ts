import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ConfidentialityBasis, DialogueForm, DialogueStatus } from '../../core/index.js';
import { now } from './columns.js';
import { cases } from './cases.js';
import { suppliers } from './suppliers.js';

// Market dialogue: activities, who took part, questions and answers, competitive dialogue.

export const dialogues = sqliteTable(
  'dialogues',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The record's identity across PCs (an exchange bundle matches by it); random, set on insert. */
    uid: text('uid'),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    form: text('form').$type<DialogueForm>().notNull(),
    /** Planned, held or cancelled (core/reference/dialogue.ts); migration 0018 set the rows before it by their date. */
    status: text('status').$type<DialogueStatus>().notNull().default('held'),
    date: text('date').notNull(),
    time: text('time').notNull().default(''),
    title: text('title').notNull(),
    agenda: text('agenda').notNull().default(''),
    minutes: text('minutes').notNull().default(''),
    minutesConfidential: text('minutes_confidential').$type<ConfidentialityBasis>(),
    outcome: text('outcome').notNull().default(''),
    outcomeConfidential: text('outcome_confidential').$type<ConfidentialityBasis>(),
    participants: text('participants').notNull().default(''),
    round: integer('round'),
    /** A round's log: what the participant revealed (solutions, confidential information) that may not go to the others, FOA § 23-10 (2). */
    roundRevealed: text('round_revealed').notNull().default(''),
    /** Consent to pass particular information on, and when it was given (null: none). */
    roundConsentScope: text('round_consent_scope').notNull().default(''),
    roundConsentDate: text('round_consent_date'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('dialogues_uid_uq').on(t.uid),
    index('dialogues_case_idx').on(t.caseId, t.date, t.id),
    index('dialogues_date_idx').on(t.date),
  ],
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
  (t) => [
    primaryKey({ columns: [t.dialogueId, t.supplierId] }),
    index('dialogue_suppliers_supplier_idx').on(t.supplierId, t.dialogueId),
  ],
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
    answerConfidential: text('answer_confidential').$type<ConfidentialityBasis>(),
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
