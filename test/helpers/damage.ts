import type Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';

/** Noise over a file's middle pages, as a failing disk might leave them. */
export function damage(file: string): void {
  const bytes = readFileSync(file);
  for (let i = 8192; i < bytes.length - 8192; i += 97) bytes[i] = (bytes[i]! + 113) % 256;
  writeFileSync(file, bytes);
}

/**
 * Enough plain cases that the file has middle pages to damage, written
 * straight to disk (checkpointed), so the damage lands in the database file.
 */
export function padAndCheckpoint(sqlite: Database.Database, year: number, n = 3000): void {
  sqlite.exec(`WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < ${n}) INSERT INTO cases (case_number, case_number_sort, title, title_sort, department, buyer, estimated_value, kind, phase, phase_since, registered_date, registered_year)
    SELECT '${year}/' || v, '${year}/' || printf('%06d', v), 'Fyll ' || v, 'fyll', 'Eiendom', 'Ola', 1, 'varer', 'behovsavklaring', '2026-01-01', '2026-01-01', 2026 FROM n`);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}
