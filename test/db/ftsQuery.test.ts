import { openSqlite } from '../../db/sqlite.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ftsQuery } from '../../db/index.js';

describe('search text to FTS5 query', () => {
  const db = openSqlite(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 0', prefix='2 3')");
  db.prepare('INSERT INTO t (body) VALUES (?)').run('Brøyting og strøing av kommunale veier 2026/1234');

  it('never builds a query FTS5 rejects, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (input) => {
        const q = ftsQuery(input);
        if (q !== null) expect(() => db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').get(q)).not.toThrow();
      }),
    );
  });

  it('matches word prefixes, case-insensitively, with Norwegian letters kept apart', () => {
    const hits = (s: string) =>
      (db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?').get(ftsQuery(s)) as { n: number }).n;
    expect(hits('brøyt')).toBe(1);
    expect(hits('BRØYTING veier')).toBe(1);
    expect(hits('2026/1234')).toBe(1);
    expect(hits('broyting')).toBe(0);
    expect(hits('"AND OR NOT *')).toBe(0);
    expect(ftsQuery('  !!  ')).toBeNull();
  });
});
