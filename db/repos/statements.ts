import type Database from 'better-sqlite3';

/** Prepares each SQL text once per connection and reuses it. */
export class StatementCache {
  private readonly stmts = new Map<string, Database.Statement>();
  constructor(readonly sqlite: Database.Database) {}

  get(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.sqlite.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}
