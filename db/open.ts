import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DatabaseOpenError } from './errors.js';
import * as schema from './schema.js';

/** Written into the file header so Anskaff recognises its own databases ("ANSK"). */
export const APPLICATION_ID = 0x414e534b;

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenOptions {
  /** Folder holding drizzle-kit's SQL files and meta/_journal.json. */
  migrationsDir: string;
  /** Where the copy made before a migration goes; defaults to a "backups" folder beside the file. */
  backupDir?: string;
  /** Path to a better-sqlite3 binary built for another ABI (the Electron build). */
  nativeBinding?: string;
}

export interface Opened {
  db: Db;
  sqlite: Database.Database;
  file: string;
  /** Schema versions before and after opening; a backup path when a migration ran on existing data. */
  migratedFrom: number;
  schemaVersion: number;
  backupFile: string | null;
  close(): void;
}

export function knownSchemaVersion(migrationsDir: string): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
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

  const sqlite = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  const fail = (problem: 'damaged' | 'tooNew' | 'notAnskaff', details: Record<string, string | number> = {}): never => {
    sqlite.close();
    throw new DatabaseOpenError(problem, file, details);
  };

  let userVersion = 0;
  let appId = 0;
  try {
    sqlite.pragma('busy_timeout = 5000');
    if (existed) {
      const check = sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok') fail('damaged', { check: String(check) });
    }
    userVersion = sqlite.pragma('user_version', { simple: true }) as number;
    appId = sqlite.pragma('application_id', { simple: true }) as number;
  } catch (e) {
    if (e instanceof DatabaseOpenError) throw e;
    fail('damaged', { reason: (e as Error).message });
  }
  if (existed && appId !== APPLICATION_ID) {
    // An empty database someone created by hand has no tables: take it over.
    const tables = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (appId !== 0 || tables.n > 0) fail('notAnskaff');
  }
  if (userVersion > known) fail('tooNew', { found: userVersion, known });

  let backupFile: string | null = null;
  if (existed && userVersion < known) {
    const dir = opts.backupDir ?? path.join(path.dirname(file), 'backups');
    mkdirSync(dir, { recursive: true });
    backupFile = path.join(dir, `anskaff-before-migration-v${userVersion}-to-v${known}-${stamp()}.sqlite`);
    sqlite.prepare('VACUUM INTO ?').run(backupFile);
  }

  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // A register of 100,000 cases is ~30 MB: keep it in memory rather than
  // asking the OS for every page (SQLite's default cache is 2 MB).
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('mmap_size = 268435456');

  const db = drizzle(sqlite, { schema }) as Db;
  if (userVersion < known) {
    migrate(db, { migrationsFolder: opts.migrationsDir });
    sqlite.pragma(`user_version = ${known}`);
    sqlite.pragma(`application_id = ${APPLICATION_ID}`);
  }
  return {
    db,
    sqlite,
    file,
    migratedFrom: userVersion,
    schemaVersion: known,
    backupFile,
    close: () => {
      if (sqlite.open) {
        sqlite.pragma('optimize');
        sqlite.close();
      }
    },
  };
}
