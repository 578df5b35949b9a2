import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { now } from './columns.js';

// What the office keeps about its own work: briefing packs made, the audit trail, settings.

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
 * A bundle whose history was taken into this register: the file, who
 * exported it and when (as the file says), and who imported it here and
 * when. History entries that came with a bundle point to it, so they are
 * shown as imported and never pass for this PC's own.
 */
export const auditImports = sqliteTable('audit_imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull().default(now),
  by: text('by').notNull(),
  fileName: text('file_name').notNull(),
  exportedBy: text('exported_by').notNull(),
  exportedAt: text('exported_at').notNull(),
});

/**
 * Who changed what, when: one row per write to a case, supplier, dialogue
 * activity, contract, strategy or the settings, with each changed field's
 * value before and after (JSON). Written by the service in the write's own
 * transaction; the API has no way to change or delete it. An entry another
 * PC wrote, taken in with a bundle, names its import (`import_id`).
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
    importId: integer('import_id').references(() => auditImports.id, { onDelete: 'restrict' }),
  },
  (t) => [index('audit_log_record_idx').on(t.entity, t.entityId, t.id)],
);

/** The app's settings, as key and value (e.g. the name the audit trail records). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * Threshold values the office entered itself (Innstillinger), for a period
 * the app's shipped data does not yet know: a new amending regulation, with
 * its source and date in force. Laid over the shipped table from that date;
 * withdrawn, never deleted, so the audit trail and old judgements can be
 * traced.
 */
export const officeThresholds = sqliteTable(
  'office_thresholds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    validFrom: text('valid_from').notNull(),
    minimum: integer('minimum').notNull(),
    national: integer('national').notNull(),
    /** JSON: { varer, tjenester, bygg_anlegg, helse_sosial, saerlige_tjenester } in kroner. */
    eea: text('eea').notNull(),
    designContest: integer('design_contest'),
    regulation: text('regulation').notNull(),
    url: text('url').notNull().default(''),
    note: text('note').notNull().default(''),
    enteredBy: text('entered_by').notNull(),
    enteredAt: text('entered_at').notNull().default(now),
    withdrawnAt: text('withdrawn_at'),
    withdrawnBy: text('withdrawn_by'),
  },
  (t) => [index('office_thresholds_from_idx').on(t.validFrom)],
);
