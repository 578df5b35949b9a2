import type { AuditEntity, FieldChange } from '../../core/index.js';
import type { Db } from '../open.js';
import { StatementCache } from './statements.js';

/** The audit trail: appended to, read, never changed. */
export class AuditRepo {
  private readonly st: StatementCache;
  constructor(db: Db) {
    this.st = new StatementCache(db.$client);
  }

  append(e: { by: string; entity: AuditEntity; entityId: number; method: string; changes: readonly FieldChange[] }): void {
    this.st.get('INSERT INTO audit_log (by, entity, entity_id, method, changes) VALUES (?, ?, ?, ?, ?)').run(e.by, e.entity, e.entityId, e.method, JSON.stringify(e.changes));
  }

  forRecord(entity: AuditEntity, id: number): { at: string; by: string; method: string; changes: FieldChange[] }[] {
    const rows = this.st.get('SELECT at, by, method, changes FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC').all(entity, id) as { at: string; by: string; method: string; changes: string }[];
    return rows.map((r) => ({ ...r, changes: JSON.parse(r.changes) as FieldChange[] }));
  }
}
