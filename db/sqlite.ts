import Database from 'better-sqlite3';

// The one way Anskaff opens an SQLite handle (the register, its read-only
// probes, backups, restores). better-sqlite3's default binary is built for
// Node; the desktop app runs under Electron's ABI, where only the binary
// given as `nativeBinding` loads. A handle opened anywhere without it works
// in tests and browser mode and fails only in the desktop app, which is how
// backups once broke there: so the binding is set once, at start, here, and
// a lint rule forbids `new Database(` anywhere else.

export type Sqlite = Database.Database;

let nativeBinding: string | undefined;

/**
 * The better-sqlite3 binary every handle uses from now on: the desktop shell
 * calls this once, before opening anything, with the Electron-ABI build.
 * Node hosts (browser mode, the CLIs, tests) never call it.
 */
export function useNativeBinding(file: string): void {
  if (nativeBinding !== undefined && nativeBinding !== file)
    throw new Error(`the SQLite driver is already set to ${nativeBinding}`);
  nativeBinding = file;
}

export interface SqliteOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
  /**
   * A file that may come from anywhere (a backup on a share or USB disk):
   * read with SQLite's defences against hostile files ("Defense against the
   * dark arts", sqlite.org/security.html): cells checked for size as they are
   * read, and no memory-mapping of the file, on top of what every handle has
   * (better-sqlite3 turns SQLITE_DBCONFIG_DEFENSIVE on for every connection;
   * trusted_schema off, below). Such files are opened read-only, and their
   * schema is checked before use (db/backupFiles.ts).
   */
  untrusted?: boolean;
}

/** Opens an SQLite file (or ':memory:') with the driver set at start. */
export function openSqlite(file: string, opts: SqliteOptions = {}): Sqlite {
  const { untrusted, ...open } = opts;
  const db = new Database(file, { ...open, ...(nativeBinding ? { nativeBinding } : {}) });
  // A view or trigger in a file may not call functions with side effects or
  // use virtual tables not marked safe: the schema of a file is not trusted.
  db.pragma('trusted_schema = OFF');
  if (untrusted) {
    db.pragma('cell_size_check = ON');
    db.pragma('mmap_size = 0');
  }
  return db;
}
