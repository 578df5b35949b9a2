import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { now } from './columns.js';

// The office server's accounts (README "Kontorserver"). A register on one PC
// has none. Never carried by a bundle (db/repos/bundle.ts names the tables it
// carries); a backup holds them like every other table.

export const accounts = sqliteTable(
  'accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** How the user signs in: stored in lower case, so «Kari» and «kari» are one account. */
    username: text('username').notNull(),
    /** The name the audit trail records. */
    name: text('name').notNull(),
    /** administrator, innkjøper, leser or avdeling (core/reference/roles.ts). */
    role: text('role').notNull(),
    /** The departments a need owner (avdeling) sees, JSON array. */
    departments: text('departments').notNull().default('[]'),
    /** scrypt (service/office/passwords.ts); null for an account that signs in against the directory only. */
    passwordHash: text('password_hash'),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('accounts_username_idx').on(t.username)],
);
