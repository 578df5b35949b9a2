import type { AuditEntity, FieldChange, Locale, Method, Role } from '../core/index.js';
import type { DatabaseOpenError, Opened, Repos, Tx } from '../db/index.js';

/** A signed-in user of the office server: the audit trail names them, and their role decides what they may call. */
export interface Caller {
  username: string;
  /** The name the audit trail records. */
  name: string;
  role: Role;
  /** The departments whose cases a need owner (role `avdeling`) sees. */
  departments: readonly string[];
}

/** What every handler gets besides its input. */
export interface HandlerContext {
  locale: Locale;
  /** Today's date (Europe/Oslo) as ISO; injectable so tests can fix the clock. */
  today: string;
  repos: Repos;
  /** The unit of work: runs its function in one transaction (nested ones are savepoints). */
  tx: Tx;
  /** Who the host says is at the keyboard (the OS user), when no name is set. */
  actor: string;
  /** The signed-in user of the office server; null on one PC, where there are no accounts. */
  caller: Caller | null;
  /** Whether the caller's role may call a method (always, on one PC): for what a screen should offer. */
  may: (method: Method) => boolean;
  /**
   * The audit trail, for a method whose trait says it records its own
   * entries (`recordsItself` in service/registry.ts: imports, bundles, the
   * protocol); any other method that calls it fails.
   */
  audit: AuditSink;
}

/** How a handler that writes many records (or a part of one) records each in the audit trail. */
export interface AuditSink {
  /** An entry for this method on one record: who wrote it is the name as it was before the write. */
  record(entity: AuditEntity, id: number, changes: readonly FieldChange[]): void;
}

/** What the backup methods (host methods) get: the data folder and the database's life cycle, not a handler's context. */
export interface BackupHost {
  dataDir: string;
  /** The open database, or null when it was refused at start. */
  live(): Opened | null;
  refused(): DatabaseOpenError | null;
  /** Closes the database (if open) and opens the file again, migrating an older backup. */
  reopen(): void;
  knownSchemaVersion: number;
  /** The triggers and views Anskaff makes (db/schemaObjects.ts): a backup holding others is refused. */
  schemaObjects: ReadonlySet<string>;
  locale: Locale;
}
