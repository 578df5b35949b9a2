import { openSqlite } from '../../db/sqlite.js';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, DatabaseOpenError, openDatabase } from '../../db/index.js';
import { migrationsDir } from '../../service/repoPaths.js';
import { tempDir } from '../helpers/tempService.js';

/** A copy of the migrations folder holding only the first n migrations: "an older Anskaff". */
function olderMigrations(n: number): string {
  const dir = path.join(tempDir(), 'migrations');
  cpSync(migrationsDir, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, n);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

function expectOpenError(fn: () => unknown, problem: string): DatabaseOpenError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DatabaseOpenError);
    expect((e as DatabaseOpenError).problem).toBe(problem);
    return e as DatabaseOpenError;
  }
  throw new Error('expected the database to be refused');
}

describe('opening a database', () => {
  it('creates a new file with WAL, foreign keys and the current schema', () => {
    const file = path.join(tempDir(), 'a', 'anskaff.sqlite');
    const o = openDatabase(file, { migrationsDir });
    expect(o.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(o.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(o.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(o.schemaVersion).toBeGreaterThanOrEqual(2);
    expect(o.backupFile).toBeNull();
    o.close();
  });

  it('backs up an existing database before migrating it, and keeps its data', () => {
    const dir = tempDir();
    const file = path.join(dir, 'anskaff.sqlite');
    const old = openDatabase(file, { migrationsDir: olderMigrations(1) });
    old.sqlite
      .prepare(
        `INSERT INTO cases (case_number, case_number_sort, title, title_sort, department, buyer, estimated_value, kind, phase, phase_since, registered_date, registered_year)
         VALUES ('2024/1', '2024/000001', 'Gammel sak', 'gammel sak', 'Eiendom', 'Ola', 1000, 'varer', 'behovsavklaring', '2024-01-01', '2024-01-01', 2024)`,
      )
      .run();
    old.close();

    const o = openDatabase(file, { migrationsDir });
    expect(o.migratedFrom).toBe(1);
    expect(o.backupFile).not.toBeNull();
    expect(existsSync(o.backupFile!)).toBe(true);
    const backup = openSqlite(o.backupFile!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT title FROM cases').get()).toEqual({ title: 'Gammel sak' });
    backup.close();
    // The row is intact, and the migration that added search indexed it too.
    expect(o.sqlite.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 1 });
    expect(o.sqlite.prepare("SELECT rowid FROM cases_fts WHERE cases_fts MATCH 'gammel'").all()).toHaveLength(1);
    o.close();
  });

  it('refuses a database written by a newer Anskaff and leaves the file as it was', () => {
    const file = path.join(tempDir(), 'anskaff.sqlite');
    openDatabase(file, { migrationsDir }).close();
    const raw = openSqlite(file);
    raw.pragma('user_version = 99');
    raw.close();
    const before = readFileSync(file);
    const e = expectOpenError(() => openDatabase(file, { migrationsDir }), 'tooNew');
    expect(e.messageIn('nb')).toContain('nyere versjon av Anskaff');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a damaged file, never deletes or changes it, and says what to do', () => {
    const dir = tempDir();
    const file = path.join(dir, 'anskaff.sqlite');
    const garbage = Buffer.from('this is not a database, but a user may still need it '.repeat(200));
    writeFileSync(file, garbage);
    const e = expectOpenError(() => openDatabase(file, { migrationsDir }), 'damaged');
    expect(e.messageIn('nb')).toContain('sikkerhetskopi');
    expect(readFileSync(file).equals(garbage)).toBe(true);
    expect(readdirSync(dir)).toEqual(['anskaff.sqlite']);
  });

  it('refuses a database whose pages are corrupted', () => {
    const file = path.join(tempDir(), 'anskaff.sqlite');
    const o = openDatabase(file, { migrationsDir });
    const ins = o.sqlite.prepare(
      `INSERT INTO cases (case_number, case_number_sort, title, title_sort, department, buyer, estimated_value, kind, phase, phase_since, registered_date, registered_year)
       VALUES (?, ?, ?, ?, 'Eiendom', 'Ola', 1000, 'varer', 'behovsavklaring', '2024-01-01', '2024-01-01', 2024)`,
    );
    for (let i = 1; i <= 3000; i++)
      ins.run(`2024/${i}`, `2024/${String(i).padStart(6, '0')}`, `Sak nummer ${i} med en lang tittel`, `sak ${i}`);
    o.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    o.close();
    const bytes = readFileSync(file);
    // Overwrite the middle pages with noise, as a failing disk might.
    for (let i = 8192; i < bytes.length - 8192; i += 97) bytes[i] = (bytes[i]! + 113) % 256;
    writeFileSync(file, bytes);
    expectOpenError(() => openDatabase(file, { migrationsDir }), 'damaged');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses an SQLite file that is not an Anskaff database', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'other.sqlite');
    const other = openSqlite(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    other.close();
    expectOpenError(() => openDatabase(file, { migrationsDir }), 'notAnskaff');
  });
});
