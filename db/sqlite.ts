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
  if (nativeBinding !== undefined && nativeBinding !== file) throw new Error(`the SQLite driver is already set to ${nativeBinding}`);
  nativeBinding = file;
}

export interface SqliteOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
}

/** Opens an SQLite file (or ':memory:') with the driver set at start. */
export function openSqlite(file: string, opts: SqliteOptions = {}): Sqlite {
  return new Database(file, { ...opts, ...(nativeBinding ? { nativeBinding } : {}) });
}
