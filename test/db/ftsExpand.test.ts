import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandedMatch, ftsQuery, openDatabase, StatementCache } from '../../db/index.js';
import { migrationsDir } from '../../service/repoPaths.js';
import { tempDir } from '../helpers/tempService.js';

// The plain prefix query is the oracle: the expanded one must find exactly the same rows.
describe('prefix expansion for search', () => {
  it('finds the same rows as the prefix query, whatever is typed', () => {
    const o = openDatabase(`${tempDir()}/a.sqlite`, { migrationsDir });
    const words = ['krav', 'kravene', 'kravspesifikasjon', 'leverandør', 'leverandørene', 'lev', 'batteribytte', 'bil', 'bilpool', 'Ærlig', 'åpen', 'åpning', '2026', '20261'];
    const ins = o.sqlite.prepare(
      `INSERT INTO cases (case_number, case_number_sort, title, title_sort, department, buyer, estimated_value, kind, phase, phase_since, registered_date, registered_year)
       VALUES (?, ?, ?, '', 'Eiendom', 'Ola', 1, 'varer', 'behovsavklaring', '2026-01-01', '2026-01-01', 2026)`,
    );
    for (let i = 1; i <= 300; i++) ins.run(`2026/${i}`, String(i), Array.from({ length: 4 }, (_, k) => words[(i * (k + 3)) % words.length]).join(' '));
    const st = new StatementCache(o.sqlite);
    const ids = (m: string) => (o.sqlite.prepare('SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? ORDER BY rowid').all(m) as { rowid: number }[]).map((r) => r.rowid);
    const typed = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom('kr', 'kra', 'krav', 'leve', 'leverandø', 'bi', 'bilp', 'åp', 'åpe', 'ærl', 'zzz', '202')), { minLength: 1, maxLength: 3 }).map((a) => a.join(' '));
    fc.assert(
      fc.property(typed, (q) => {
        const expanded = expandedMatch(st, 'cases_fts_vocab', q);
        const plain = ftsQuery(q)!;
        expect(expanded === '' ? [] : ids(expanded!)).toEqual(ids(plain));
      }),
      { numRuns: 500 },
    );
    o.close();
  });
});
