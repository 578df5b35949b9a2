import type Database from 'better-sqlite3';
import { normalSql } from './schemaObjects.js';
import { openSqlite } from './sqlite.js';

// Names and checks of backup files. The name holds whose (the register's own
// id), when and why, so a folder of backups (one several PCs may share) can
// be read without a catalogue that could itself be lost. Names from before
// registers had ids carry none.
const NAME = /^anskaff-(?:([0-9a-f]{12})-)?(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+)\.sqlite$/;

export function backupFileName(at: Date, reason: string, registerId: string): string {
  return `anskaff-${registerId}-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.sqlite`;
}

export function parseBackupFileName(name: string): { registerId: string | null; at: string; reason: string } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [d, t] = m[2]!.split('T') as [string, string];
  const [hh, mm, ss, ms] = t.slice(0, -1).split('-');
  const at = `${d}T${hh}:${mm}:${ss}.${ms}Z`;
  // A name that looks right but is no real instant (month 13, 25 o'clock) is not one of ours.
  const time = Date.parse(at);
  if (!Number.isFinite(time) || new Date(time).toISOString() !== at) return null;
  return { registerId: m[1] ?? null, at, reason: m[3]! };
}

/**
 * Whose copy a file is, read from the file itself without the full check
 * (quick enough for every file of a folder at every rotation): null when it
 * cannot be opened as an Anskaff database or names no register.
 */
export function registerIdInFile(file: string, expectedAppId: number): string | null {
  let db: Database.Database | null = null;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true, untrusted: true });
    return db.pragma('application_id', { simple: true }) === expectedAppId ? registerIdOf(db) : null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/**
 * A fresh copy made self-contained: out of WAL mode, so checking or restoring
 * it never needs to write -wal/-shm files beside it (a copy on a read-only
 * USB disk stays readable, and nothing is left behind in a shared folder).
 */
export function settleCopy(file: string): void {
  const db = openSqlite(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

export interface BackupCheck {
  ok: boolean;
  schemaVersion: number | null;
  counts: { cases: number; suppliers: number; contracts: number } | null;
  /** The register the copy is of (null in copies made before registers had ids). */
  registerId: string | null;
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

function registerIdOf(db: Database.Database): string | null {
  try {
    return (
      (db.prepare("SELECT value FROM settings WHERE key = 'registerId'").pluck().get() as string | undefined) ?? null
    );
  } catch {
    return null;
  }
}

const failed = (problem: string): BackupCheck => ({
  ok: false,
  schemaVersion: null,
  counts: null,
  registerId: null,
  problem,
});

/**
 * Opens a backup read-only as a file from anywhere (db/sqlite.ts, untrusted),
 * runs SQLite's integrity check, checks that it is Anskaff's and that its
 * schema holds no trigger or view Anskaff's migrations do not make
 * (`knownObjects`, from db/open.ts schemaObjects), and counts what it holds.
 * Never writes to the file (so a backup on a read-only USB disk works).
 */
export function checkBackupFile(file: string, expectedAppId: number, knownObjects: ReadonlySet<string>): BackupCheck {
  let db: Database.Database | null = null;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true, untrusted: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return failed(String(check));
    if (db.pragma('application_id', { simple: true }) !== expectedAppId) return failed('not an Anskaff database');
    const foreign = (
      db.prepare("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')").all() as {
        type: string;
        name: string;
        sql: string | null;
      }[]
    ).filter((o) => !o.sql || !knownObjects.has(normalSql(o.sql)));
    if (foreign.length)
      return failed(`it holds ${foreign.map((o) => `${o.type} ${o.name}`).join(', ')}, which Anskaff does not make`);
    return {
      ok: true,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      counts: { cases: count(db, 'cases'), suppliers: count(db, 'suppliers'), contracts: count(db, 'contracts') },
      registerId: registerIdOf(db),
      problem: null,
    };
  } catch (e) {
    return failed((e as Error).message);
  } finally {
    db?.close();
  }
}
