import type { AuditEntity, FieldChange } from '../../core/index.js';
import type { Db } from '../open.js';
import { auditImports, auditLog } from '../schema.js';
import { insertOf, p, sql, Statements } from '../sql.js';

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
    if (
      Array.isArray(v) &&
      v.every((c) => c !== null && typeof c === 'object' && typeof (c as FieldChange).field === 'string')
    )
      return v as FieldChange[];
  } catch {
    // Shown below as the text it is.
  }
  return [{ field: 'changes', before: null, after: raw.slice(0, 500) }];
}

type Entry = { by: string; entity: AuditEntity; entityId: number; method: string; changes: string };
const APPEND = sql<Entry>`INSERT INTO audit_log ${insertOf(auditLog, ['by', 'entity', 'entityId', 'method', 'changes'])}`;
const START_IMPORT = sql<{ by: string; fileName: string; exportedBy: string; exportedAt: string }>`
  INSERT INTO audit_imports ${insertOf(auditImports, ['by', 'fileName', 'exportedBy', 'exportedAt'])} RETURNING id`.rows<{
  id: number;
}>();
const HAVE = sql<{
  entity: AuditEntity;
  entityId: number;
}>`SELECT at, by, method FROM audit_log WHERE entity = ${p('entity')} AND entity_id = ${p('entityId')}`.rows<{
  at: string;
  by: string;
  method: string;
}>();
const APPEND_IMPORTED = sql<
  Entry & { at: string; importId: number }
>`INSERT INTO audit_log ${insertOf(auditLog, ['at', 'by', 'entity', 'entityId', 'method', 'changes', 'importId'])}`;
const FOR_RECORD = sql<{ entity: AuditEntity; id: number }>`
  SELECT a.at, a.by, a.method, a.changes, i.file_name AS fileName, i.exported_by AS exportedBy, i.exported_at AS exportedAt, i.at AS importedAt, i.by AS importedBy
  FROM audit_log a LEFT JOIN audit_imports i ON i.id = a.import_id WHERE a.entity = ${p('entity')} AND a.entity_id = ${p('id')} ORDER BY a.id DESC`.rows<{
  at: string;
  by: string;
  method: string;
  changes: string;
  fileName: string | null;
  exportedBy: string;
  exportedAt: string;
  importedAt: string;
  importedBy: string;
}>();

/** The audit trail: appended to, read, never changed. */
export class AuditRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  append(e: {
    by: string;
    entity: AuditEntity;
    entityId: number;
    method: string;
    changes: readonly FieldChange[];
  }): void {
    this.st.run(APPEND, { ...e, changes: JSON.stringify(e.changes) });
  }

  /** Records that a bundle's history is being taken in; its entries then name this import. */
  startImport(i: { by: string; fileName: string; exportedBy: string; exportedAt: string }): number {
    return this.st.get(START_IMPORT, i)!.id;
  }

  /**
   * Another PC's entries for a record, kept with their time and author but
   * marked with the import. One the record already has (the same time,
   * author and write: the same bundle taken in twice) is not added again.
   */
  appendImported(importId: number, entity: AuditEntity, entityId: number, entries: readonly ImportedEntry[]): void {
    const have = new Set(this.st.all(HAVE, { entity, entityId }).map((r) => JSON.stringify([r.at, r.by, r.method])));
    for (const e of entries) {
      const key = JSON.stringify([e.at, e.by, e.method]);
      if (have.has(key)) continue;
      have.add(key);
      this.st.run(APPEND_IMPORTED, {
        at: e.at,
        by: e.by,
        entity,
        entityId,
        method: e.method,
        changes: e.changes,
        importId,
      });
    }
  }

  forRecord(
    entity: AuditEntity,
    id: number,
  ): { at: string; by: string; method: string; changes: FieldChange[]; imported: AuditImport | null }[] {
    const rows = this.st.all(FOR_RECORD, { entity, id });
    return rows.map((r) => ({
      at: r.at,
      by: r.by,
      method: r.method,
      changes: readChanges(r.changes),
      imported:
        r.fileName === null
          ? null
          : {
              fileName: r.fileName,
              exportedBy: r.exportedBy,
              exportedAt: r.exportedAt,
              at: r.importedAt,
              by: r.importedBy,
            },
    }));
  }
}
