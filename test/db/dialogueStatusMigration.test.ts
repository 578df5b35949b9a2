import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/index.js';
import { migrationsDir } from '../../service/repoPaths.js';
import { tempDir } from '../helpers/tempService.js';

/** The migrations folder as an Anskaff before migration 0018 had it. */
function before0018(): string {
  const dir = path.join(tempDir(), 'migrations');
  cpSync(migrationsDir, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < '0018');
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

describe("migration 0018: a dialogue activity's status", () => {
  it('sets the activities recorded before it held when dated before today, else planned', () => {
    const file = path.join(tempDir(), 'anskaff.sqlite');
    const old = openDatabase(file, { migrationsDir: before0018() });
    old.sqlite
      .prepare(
        `INSERT INTO cases (case_number, case_number_sort, title, title_sort, department, buyer, estimated_value, kind, phase, phase_since, registered_date, registered_year)
         VALUES ('2024/1', '2024/000001', 'Gammel sak', 'gammel sak', 'Eiendom', 'Ola', 1000, 'varer', 'behovsavklaring', '2024-01-01', '2024-01-01', 2024)`,
      )
      .run();
    const insert = old.sqlite.prepare(`INSERT INTO dialogues (case_id, form, date, title) VALUES (1, 'rfi', ?, ?)`);
    insert.run('2024-03-01', 'Holdt');
    insert.run('2999-01-01', 'Fram i tid');
    old.close();

    const o = openDatabase(file, { migrationsDir });
    expect(o.sqlite.prepare('SELECT title, status FROM dialogues ORDER BY id').all()).toEqual([
      { title: 'Holdt', status: 'held' },
      { title: 'Fram i tid', status: 'planned' },
    ]);
    o.close();
  });
});
