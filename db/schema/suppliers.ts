import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ConfidentialityBasis } from '../../core/index.js';
import { now } from './columns.js';

// Suppliers and their contact people.

export const suppliers = sqliteTable(
  'suppliers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The record's identity across PCs (an exchange bundle matches by it); random, set on insert. */
    uid: text('uid'),
    orgnr: text('orgnr').notNull(),
    name: text('name').notNull(),
    nameSort: text('name_sort').notNull(),
    address: text('address').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    city: text('city').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** Legal basis when the notes are under the duty of confidentiality; null when they are not. */
    notesConfidential: text('notes_confidential').$type<ConfidentialityBasis>(),
    /** Set when this record was merged into another; it then only keeps history. */
    mergedInto: integer('merged_into'),
    mergedAt: text('merged_at'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('suppliers_uid_uq').on(t.uid),
    // One live supplier per organisation number; merged records keep theirs for history.
    uniqueIndex('suppliers_orgnr_live_uq')
      .on(t.orgnr)
      .where(sql`merged_into IS NULL`),
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
