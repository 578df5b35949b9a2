import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { backupFileName, settleCopy } from './backupFiles.js';
import { DatabaseOpenError } from './errors.js';
import * as schema from './schema.js';
import { openSqlite } from './sqlite.js';

/** A register's id: 12 hex digits (db/backupFiles.ts puts it in backup names). */
export const REGISTER_ID = /^[0-9a-f]{12}$/;

/** Written into the file header so Anskaff recognises its own databases ("ANSK"). */
export const APPLICATION_ID = 0x414e534b;

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenOptions {
  /** Folder holding drizzle-kit's SQL files and meta/_journal.json. */
  migrationsDir: string;
  /** Where the copy made before a migration goes; defaults to a "backups" folder beside the file. */
  backupDir?: string;
}

export interface Opened {
  db: Db;
  sqlite: Database.Database;
  file: string;
  /** Schema versions before and after opening; a backup path when a migration ran on existing data. */
  migratedFrom: number;
  schemaVersion: number;
  backupFile: string | null;
  /** This register's own id (12 hex digits), made at its first open and kept in its settings: its backups carry it. */
  registerId: string;
  close(): void;
}

export function knownSchemaVersion(migrationsDir: string): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** What an existing file says of itself, read without writing a byte; a file that fails is never opened for writing. */
function probeExisting(file: string, known: number): { userVersion: number; registerId: string | null } {
  const fail = (problem: 'damaged' | 'tooNew' | 'notAnskaff', details: Record<string, string | number> = {}): never => {
    throw new DatabaseOpenError(problem, file, details);
  };
  let probe: Database.Database | null = null;
  let userVersion = 0;
  let appId = 0;
  let tables = 0;
  let registerId: string | null = null;
  try {
    probe = openSqlite(file, { readonly: true, fileMustExist: true });
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') fail('damaged', { check: String(check) });
    userVersion = probe.pragma('user_version', { simple: true }) as number;
    appId = probe.pragma('application_id', { simple: true }) as number;
    tables = (probe.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
    if (probe.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get()) {
      const kept = probe.prepare("SELECT value FROM settings WHERE key = 'registerId'").pluck().get();
      if (typeof kept === 'string' && REGISTER_ID.test(kept)) registerId = kept;
    }
  } catch (e) {
    if (e instanceof DatabaseOpenError) throw e;
    fail('damaged', { reason: (e as Error).message });
  } finally {
    probe?.close();
  }
  // An empty database someone created by hand has no tables: take it over.
  if (appId !== APPLICATION_ID && (appId !== 0 || tables > 0)) fail('notAnskaff');
  if (userVersion > known) fail('tooNew', { found: userVersion, known });
  return { userVersion, registerId };
}

/**
 * A copy of the file as it was, before any migration writes to it. Named like
 * every other backup, so the restore screen lists it. VACUUM INTO (not the
 * asynchronous online backup API) because opening is synchronous; it gives
 * the same consistent copy, taken before anything is written.
 */
function backUpBeforeMigration(
  sqlite: Database.Database,
  file: string,
  backupDir: string | undefined,
  registerId: string,
): string {
  const dir = backupDir ?? path.join(path.dirname(file), 'backups');
  mkdirSync(dir, { recursive: true });
  const backupFile = path.join(dir, backupFileName(new Date(), 'before-migration', registerId));
  sqlite.prepare('VACUUM INTO ?').run(backupFile);
  settleCopy(backupFile);
  return backupFile;
}

function tune(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // A register of 100,000 cases is ~30 MB: keep it in memory rather than
  // asking the OS for every page (SQLite's default cache is 2 MB).
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('mmap_size = 268435456');
}

/**
 * Opens (creating if needed) an Anskaff database. Order matters: nothing is
 * written until the file has passed its integrity check and proved to be an
 * Anskaff database of a version we know; an existing file is copied aside
 * before any migration touches it.
 */
export function openDatabase(file: string, opts: OpenOptions): Opened {
  mkdirSync(path.dirname(file), { recursive: true });
  const existed = existsSync(file) && statSync(file).size > 0;
  const known = knownSchemaVersion(opts.migrationsDir);
  const probed = existed ? probeExisting(file, known) : { userVersion: 0, registerId: null };
  const userVersion = probed.userVersion;
  // The register's id: its own if it has one, else a new one it keeps from now on.
  const registerId = probed.registerId ?? randomBytes(6).toString('hex');

  const sqlite = openSqlite(file);
  sqlite.pragma('busy_timeout = 5000');
  const backupFile =
    existed && userVersion < known ? backUpBeforeMigration(sqlite, file, opts.backupDir, registerId) : null;
  tune(sqlite);

  const db = drizzle(sqlite, { schema }) as Db;
  if (userVersion < known) {
    migrate(db, { migrationsFolder: opts.migrationsDir });
    sqlite.pragma(`user_version = ${known}`);
    sqlite.pragma(`application_id = ${APPLICATION_ID}`);
  }
  // A register gets its id once; a backup restored keeps the id it was made with.
  // (Backup file names carry it, so anything but the id's own form is replaced.)
  if (sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get())
    sqlite
      .prepare(
        "INSERT INTO settings (key, value) VALUES ('registerId', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE settings.value <> excluded.value",
      )
      .run(registerId);
  return {
    db,
    sqlite,
    file,
    migratedFrom: userVersion,
    schemaVersion: known,
    backupFile,
    registerId,
    close: () => {
      if (sqlite.open) {
        sqlite.pragma('optimize');
        sqlite.close();
      }
    },
  };
}
