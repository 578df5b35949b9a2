import { openSqlite } from '../../db/sqlite.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesAll, queryWords, snippetOf } from '../../db/index.js';
import { ruleQuery } from '../helpers/searchRule.js';

// FTS5 itself is the oracle: the JS rule must say "match" exactly when FTS5 does.
describe('text matching for small scopes', () => {
  const db = openSqlite(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize='unicode61 remove_diacritics 0')");
  const ins = db.prepare('INSERT INTO t (rowid, a, b) VALUES (1, ?, ?)');
  const hit = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
  const vocabulary = [
    'Krav',
    'kravene',
    'leverandør',
    'Leverandørene',
    'ÅPEN',
    'åpning',
    'bil',
    'bilpool',
    'el-bil',
    'biler',
    'bilene',
    '2026/1234',
    'Ærlig',
    'øko',
    'e-post',
    'HMS-kort',
    'svanemerket',
    'Svanemerkede',
    'svanemerke',
    'møbler',
    'møblene',
    'kontrakten',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(' ', ', ', '. ', '/', '-', '(', ')')), {
      maxLength: 14,
    })
    .map((a) => a.join(' '));
  const query = fc
    .array(
      fc.oneof(
        fc.constantFrom(...vocabulary),
        fc.constantFrom(
          'kr',
          'lev',
          'åp',
          'bi',
          'e',
          'hms',
          'ø',
          'bile',
          'svanemerkede',
          'møbel',
          'kontrakter',
          'kontrakt',
        ),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((a) => a.join(' '));

  it('agrees with FTS5 on every text and query', () => {
    fc.assert(
      fc.property(text, text, query, (a, b, q) => {
        db.exec('DELETE FROM t');
        ins.run(a, b);
        const fts = ruleQuery(q, vocabulary);
        fc.pre(fts !== null);
        expect(matchesAll([a, b], queryWords(q))).toBe((hit.get(fts) as { n: number }).n === 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the other forms of a word of four letters or more, and nothing else', () => {
    expect(matchesAll(['Svanemerkede møbler til skolene'], queryWords('svanemerket'))).toBe(true);
    expect(matchesAll(['Nye kontrakter for renhold'], queryWords('kontrakten'))).toBe(true);
    expect(matchesAll(['Bilpool for hjemmetjenesten'], queryWords('biler'))).toBe(false);
    expect(matchesAll(['Bilene er elektriske'], queryWords('biler'))).toBe(true);
    // Short typed words stay prefixes only.
    expect(matchesAll(['kravene'], queryWords('kra'))).toBe(true);
    expect(matchesAll(['bilpool'], queryWords('bil'))).toBe(true);
  });

  it('marks the matched words in a passage', () => {
    const s = snippetOf(
      ['', 'Leverandøren spurte om hurtiglading og batteribytte i vinter.'],
      queryWords('hurtig batteri'),
    );
    expect(s).toBe('Leverandøren spurte om [[hurtiglading]] og [[batteribytte]] i vinter.');
  });
});
