import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases.js';
import { now } from './columns.js';

// Comments on a case between the procurement office and the need owners of
// the case's department (office server, role avdeling; on one PC whoever
// keeps the register). Never carried by a bundle (db/repos/bundle.ts names
// the tables it carries); a backup holds them like every other table.

export const caseComments = sqliteTable(
  'case_comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** Who wrote it, as the audit trail names them (the signed-in user, or this PC's name). */
    author: text('author').notNull(),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('case_comments_case_idx').on(t.caseId, t.id)],
);
