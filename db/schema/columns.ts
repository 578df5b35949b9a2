import { sql } from 'drizzle-orm';

/** A row's creation or change time, set by SQLite as ISO 8601 UTC with milliseconds. */
export const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
