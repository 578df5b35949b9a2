import { describe, expect, it } from 'vitest';
import { columns, openSqlite, p, sql, Statements } from '../../db/index.js';
import { cases } from '../../db/schema.js';

// The tagged template the repositories write SQL with: parameters by name,
// column lists from the drizzle schema, statements prepared once.

describe('sql``', () => {
  it('binds parameters by name, once however often a name is used', () => {
    const q = sql<{ a: number; b: string }>`SELECT ${p('a')} + ${p('a')} AS twice, ${p('b')} AS b`.rows<{
      twice: number;
      b: string;
    }>();
    expect(q.text).toBe('SELECT @a + @a AS twice, @b AS b');
    const st = new Statements(openSqlite(':memory:'));
    expect(st.get(q, { a: 2, b: 'x' })).toEqual({ twice: 4, b: 'x' });
    // @ts-expect-error a parameter the statement does not declare is a compile error
    void sql<{ a: number }>`SELECT ${p('typo')}`;
  });

  it('prepares each statement once per connection and reuses it', () => {
    const sqlite = openSqlite(':memory:');
    let prepared = 0;
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((text: string) => {
      prepared++;
      return prepare(text);
    }) as typeof sqlite.prepare;
    const st = new Statements(sqlite);
    const q = sql<{ n: number }>`SELECT ${p('n')} AS n`.rows<{ n: number }>();
    for (let n = 0; n < 100; n++) expect(st.get(q, { n })!.n).toBe(n);
    expect(prepared).toBe(1);
  });

  it('reads and writes booleans as SQLite keeps them (0 and 1), typed by the schema', () => {
    const st = new Statements(openSqlite(':memory:'));
    st.run(sql`CREATE TABLE cases (id INTEGER PRIMARY KEY, archived INTEGER NOT NULL, case_number TEXT NOT NULL)`);
    st.run(
      sql<{
        archived: boolean;
        caseNumber: string;
      }>`INSERT INTO cases (archived, case_number) VALUES (${p('archived')}, ${p('caseNumber')})`,
      { archived: true, caseNumber: '2026/1' },
    );
    const CASE = columns(cases, 'c', ['id', 'archived', 'caseNumber']);
    expect(CASE.text).toBe('c.id, c.archived, c.case_number AS "caseNumber"');
    const row = st.get(sql`SELECT ${CASE} FROM cases c`.rows(CASE));
    expect(row).toEqual({ id: 1, archived: true, caseNumber: '2026/1' });
    // A column the schema does not have is a compile error (and would throw).
    // @ts-expect-error not a column of cases
    const misspelt = () => columns(cases, 'c', ['archivd']);
    expect(misspelt).toThrow();
  });
});
