import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** An SQL statement as SQLite keeps it in sqlite_master, reduced to compare: spaces collapsed, no closing semicolon. */
export const normalSql = (sql: string) => sql.replace(/\s+/g, ' ').trim().replace(/;$/, '').trim();

const schemaObjectCache = new Map<string, ReadonlySet<string>>();

/**
 * Every trigger and view Anskaff's migrations create, at any version, as
 * their SQL: a file whose schema holds any other (or one of these names with
 * another body) was not made by Anskaff and is not opened for use.
 */
export function schemaObjects(migrationsDir: string): ReadonlySet<string> {
  const hit = schemaObjectCache.get(migrationsDir);
  if (hit) return hit;
  const found = new Set<string>();
  for (const f of readdirSync(migrationsDir).filter((n) => n.endsWith('.sql'))) {
    for (const stmt of readFileSync(path.join(migrationsDir, f), 'utf8').split('--> statement-breakpoint')) {
      const sql = normalSql(stmt.replace(/^\s*--[^\n]*\n/gm, ''));
      if (/^CREATE\s+(TEMP\s+|TEMPORARY\s+)?(TRIGGER|VIEW)\b/i.test(sql)) found.add(sql);
    }
  }
  schemaObjectCache.set(migrationsDir, found);
  return found;
}
