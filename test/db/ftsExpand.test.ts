import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandedMatch, openDatabase, Statements } from '../../db/index.js';
import { ruleQuery } from '../helpers/searchRule.js';
import { migrationsDir } from '../../service/repoPaths.js';
import { tempDir } from '../helpers/tempService.js';

// The search rule as one query over the known words is the oracle: the expansion through the index's vocabulary must find exactly the same rows.
describe('prefix and inflection expansion for search', () => {
  it('finds the same rows as the rule, whatever is typed', () => {
    const o = openDatabase(`${tempDir()}/a.sqlite`, { migrationsDir });
    const words = [
      'krav',
      'kravene',
      'kravspesifikasjon',
      'leverandør',
      'leverandørene',
      'lev',
      'batteribytte',
      'bil',
      'bilpool',
      'biler',
      'bilene',
      'Ærlig',
      'åpen',
      'åpning',
      '2026',
      '20261',
      'svanemerket',
      'svanemerkede',
      'svanemerke',
      'møbler',
      'møblene',
    ];
    const ins = o.sqlite.prepare(
      `INSERT INTO cases (case_number, case_number_sort, title, title_sort, department, buyer, estimated_value, kind, phase, phase_since, registered_date, registered_year)
       VALUES (?, ?, ?, '', 'Eiendom', 'Ola', 1, 'varer', 'behovsavklaring', '2026-01-01', '2026-01-01', 2026)`,
    );
    for (let i = 1; i <= 300; i++)
      ins.run(
        `2026/${i}`,
        String(i),
        Array.from({ length: 4 }, (_, k) => words[(i * (k + 3)) % words.length]).join(' '),
      );
    const st = new Statements(o.sqlite);
    const ids = (m: string) =>
      (
        o.sqlite.prepare('SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? ORDER BY rowid').all(m) as {
          rowid: number;
        }[]
      ).map((r) => r.rowid);
    const typed = fc
      .array(
        fc.oneof(
          fc.constantFrom(...words),
          fc.constantFrom(
            'kr',
            'kra',
            'krav',
            'leve',
            'leverandø',
            'bi',
            'bilp',
            'bile',
            'åp',
            'åpe',
            'ærl',
            'zzz',
            '202',
            'svanemerk',
            'møbel',
            'møbelen',
          ),
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map((a) => a.join(' '));
    fc.assert(
      fc.property(typed, (q) => {
        const expanded = expandedMatch(st, 'cases_fts_vocab', q);
        const rule = ruleQuery(q, words)!;
        expect(expanded === '' ? [] : ids(expanded!)).toEqual(ids(rule));
      }),
      { numRuns: 500 },
    );
    o.close();
  });
});
