import type Database from 'better-sqlite3';
import { openSqlite } from './sqlite.js';

// Names and checks of backup files. The name holds when and why, so a
// folder of backups can be read without a catalogue that could itself be lost.
const NAME = /^anskaff-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+)\.sqlite$/;

export function backupFileName(at: Date, reason: string): string {
  return `anskaff-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.sqlite`;
}

export function parseBackupFileName(name: string): { at: string; reason: string } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [d, t] = m[1]!.split('T') as [string, string];
  const [hh, mm, ss, ms] = t.slice(0, -1).split('-');
  return { at: `${d}T${hh}:${mm}:${ss}.${ms}Z`, reason: m[2]! };
}

export interface BackupCheck {
  ok: boolean;
  schemaVersion: number | null;
  counts: { cases: number; suppliers: number; contracts: number } | null;
  problem: string | null;
}

function count(db: Database.Database, table: string): number {
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } catch {
    // An old backup from before the table existed holds none.
    return 0;
  }
}

/**
 * Opens a backup read-only, runs SQLite's integrity check and counts what it
 * holds. Never writes to the file (so a backup on a read-only USB disk works).
 */
export function checkBackupFile(file: string, expectedAppId: number): BackupCheck {
  let db: Database.Database | null = null;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { ok: false, schemaVersion: null, counts: null, problem: String(check) };
    if (db.pragma('application_id', { simple: true }) !== expectedAppId) return { ok: false, schemaVersion: null, counts: null, problem: 'not an Anskaff database' };
    return {
      ok: true,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      counts: { cases: count(db, 'cases'), suppliers: count(db, 'suppliers'), contracts: count(db, 'contracts') },
      problem: null,
    };
  } catch (e) {
    return { ok: false, schemaVersion: null, counts: null, problem: (e as Error).message };
  } finally {
    db?.close();
  }
}
