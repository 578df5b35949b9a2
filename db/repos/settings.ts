import type { Db } from '../open.js';
import { p, sql, Statements } from '../sql.js';

const GET = sql<{ key: string }>`SELECT value FROM settings WHERE key = ${p('key')}`.rows<{ value: string }>();
const REMOVE = sql<{ key: string }>`DELETE FROM settings WHERE key = ${p('key')}`;
const PUT = sql<{
  key: string;
  value: string;
}>`INSERT INTO settings (key, value) VALUES (${p('key')}, ${p('value')}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`;

/** Settings by key; an empty value removes the setting, so its default applies again. */
export class SettingsRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  get(key: string): string | null {
    return this.st.get(GET, { key })?.value ?? null;
  }

  set(key: string, value: string): void {
    if (!value) this.st.run(REMOVE, { key });
    else this.st.run(PUT, { key, value });
  }
}
