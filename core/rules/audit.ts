// The audit trail's arithmetic: what changed between two snapshots of a
// record. Snapshots are plain JSON objects; a field is changed when its JSON
// differs, and the change keeps both values as they were.

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * Fields of a record's snapshot that are bumped or computed on every read or
 * write, or are its own key: not a change anyone made. phaseSince is the
 * newest timeline event's date, which lastEvent holds. Entries written before
 * a field was added here are read without it.
 */
export const UNRECORDED_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'version',
  'updatedAt',
  'createdAt',
  'warnings',
  'allowedProcedures',
  'groundedProcedures',
  'climateStatus',
  'regime',
  'unsharedItems',
  'activities',
  'status',
  'redactions',
  'awardYear',
  'caseId',
  'cpvLabel',
  'phaseSince',
]);

export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  const out: FieldChange[] = [];
  for (const field of keys) {
    const b = before?.[field];
    const a = after?.[field];
    if (JSON.stringify(b) !== JSON.stringify(a)) out.push({ field, before: b ?? null, after: a ?? null });
  }
  return out;
}

/** What the audit trail records writes to; the settings are one record (id 1): the user's name, the organisation, the backup folder, the office's policies. */
export const auditEntities = [
  'case',
  'supplier',
  'dialogue',
  'contract',
  'strategy',
  'settings',
  'threshold',
  'account',
] as const;
/** The settings' one record in the audit trail. */
export const SETTINGS_RECORD_ID = 1;
export type AuditEntity = (typeof auditEntities)[number];
