// The audit trail's arithmetic: what changed between two snapshots of a
// record. Snapshots are plain JSON objects; a field is changed when its JSON
// differs, and the change keeps both values as they were.

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  const out: FieldChange[] = [];
  for (const field of keys) {
    const b = before?.[field];
    const a = after?.[field];
    if (JSON.stringify(b) !== JSON.stringify(a)) out.push({ field, before: b ?? null, after: a ?? null });
  }
  return out;
}

export const auditEntities = ['case', 'supplier', 'dialogue', 'contract', 'strategy'] as const;
export type AuditEntity = (typeof auditEntities)[number];
