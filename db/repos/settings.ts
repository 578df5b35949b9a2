import type { Db } from '../open.js';
import { StatementCache } from './statements.js';

/** Settings by key; an empty value removes the setting, so its default applies again. */
export class SettingsRepo {
  private readonly st: StatementCache;
  constructor(db: Db) {
    this.st = new StatementCache(db.$client);
  }

  get(key: string): string | null {
    return (this.st.get('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
  }

  set(key: string, value: string): void {
    if (!value) this.st.get('DELETE FROM settings WHERE key = ?').run(key);
    else this.st.get('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }
}
