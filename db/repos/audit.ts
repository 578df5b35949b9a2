import type { AuditEntity, FieldChange } from '../../core/index.js';
import type { Db } from '../open.js';
import { StatementCache } from './statements.js';

/** Where an imported entry came from: the bundle file, who exported it and when, and who imported it here and when. */
export interface AuditImport {
  fileName: string;
  exportedBy: string;
  exportedAt: string;
  at: string;
  by: string;
}

/** An entry of another PC's history, as its bundle carries it (already checked). */
export interface ImportedEntry {
  at: string;
  by: string;
  method: string;
  /** JSON of the changes. */
  changes: string;
}

/** Changes stored as JSON; an entry from before imports were checked may hold anything, and is shown as what it holds. */
function readChanges(raw: string): FieldChange[] {
  try {
    const v = JSON.parse(raw) as unknown;
    if (Array.isArray(v) && v.every((c) => c !== null && typeof c === 'object' && typeof (c as FieldChange).field === 'string')) return v as FieldChange[];
  } catch {
    // Shown below as the text it is.
  }
  return [{ field: 'changes', before: null, after: raw.slice(0, 500) }];
}

/** The audit trail: appended to, read, never changed. */
export class AuditRepo {
  private readonly st: StatementCache;
  constructor(db: Db) {
    this.st = new StatementCache(db.$client);
  }

  append(e: { by: string; entity: AuditEntity; entityId: number; method: string; changes: readonly FieldChange[] }): void {
    this.st.get('INSERT INTO audit_log (by, entity, entity_id, method, changes) VALUES (?, ?, ?, ?, ?)').run(e.by, e.entity, e.entityId, e.method, JSON.stringify(e.changes));
  }

  /** Records that a bundle's history is being taken in; its entries then name this import. */
  startImport(i: { by: string; fileName: string; exportedBy: string; exportedAt: string }): number {
    const { id } = this.st.get('INSERT INTO audit_imports (by, file_name, exported_by, exported_at) VALUES (?, ?, ?, ?) RETURNING id').get(i.by, i.fileName, i.exportedBy, i.exportedAt) as { id: number };
    return id;
  }

  /**
   * Another PC's entries for a record, kept with their time and author but
   * marked with the import. One the record already has (the same time,
   * author and write: the same bundle taken in twice) is not added again.
   */
  appendImported(importId: number, entity: AuditEntity, entityId: number, entries: readonly ImportedEntry[]): void {
    const have = new Set(this.st.get('SELECT at, by, method FROM audit_log WHERE entity = ? AND entity_id = ?').all(entity, entityId).map((r) => JSON.stringify(Object.values(r as object))));
    const insert = this.st.get('INSERT INTO audit_log (at, by, entity, entity_id, method, changes, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const e of entries) {
      const key = JSON.stringify([e.at, e.by, e.method]);
      if (have.has(key)) continue;
      have.add(key);
      insert.run(e.at, e.by, entity, entityId, e.method, e.changes, importId);
    }
  }

  forRecord(entity: AuditEntity, id: number): { at: string; by: string; method: string; changes: FieldChange[]; imported: AuditImport | null }[] {
    const rows = this.st
      .get(
        `SELECT a.at, a.by, a.method, a.changes, i.file_name AS fileName, i.exported_by AS exportedBy, i.exported_at AS exportedAt, i.at AS importedAt, i.by AS importedBy
         FROM audit_log a LEFT JOIN audit_imports i ON i.id = a.import_id WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id DESC`,
      )
      .all(entity, id) as { at: string; by: string; method: string; changes: string; fileName: string | null; exportedBy: string; exportedAt: string; importedAt: string; importedBy: string }[];
    return rows.map((r) => ({
      at: r.at,
      by: r.by,
      method: r.method,
      changes: readChanges(r.changes),
      imported: r.fileName === null ? null : { fileName: r.fileName, exportedBy: r.exportedBy, exportedAt: r.exportedAt, at: r.importedAt, by: r.importedBy },
    }));
  }
}
