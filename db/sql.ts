import type Database from 'better-sqlite3';
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Sqlite } from './sqlite.js';

// The SQL the query builder cannot express (FTS5, keyset paging, the goals'
// sums) or would make slow (drizzle's builder prepares anew on every call),
// written as a tagged template whose parameters are bound by name:
//
//   const FIND = sql<{ id: number }>`SELECT ${CASE} FROM cases c WHERE c.id = ${p('id')}`.rows(CASE);
//   st.get(FIND, { id })
//
// A statement is a constant: its text is fixed when the module loads, so
// each connection prepares it once and keeps it (Statements below). Column
// lists come from the drizzle schema (`columns`), so a row's type is the
// schema's `$inferSelect` and a misspelt column is a compile error; values
// never enter the text (only `p(name)`, column lists and other statements do).

type Params = Record<string, unknown>;
type Row = Record<string, unknown>;

/** A parameter, bound by name from the object the statement is run with. */
export class Param<N extends string = string> {
  constructor(readonly name: N) {}
}

/** `${p('id')}`: the parameter `id` (`@id` in SQLite's syntax). */
export const p = <N extends string>(name: N): Param<N> => new Param(name);

/** Text that is SQL already, made of constants only (a table or column name from the schema, a sort direction). */
export class Raw {
  constructor(readonly text: string) {}
}

/** SQL made of constants; never a value from outside. */
export const raw = (text: string): Raw => new Raw(text);

/** A column list: SQL text, the row type it reads, and how its booleans are read (SQLite stores 0 and 1). */
export class Columns<R> {
  declare readonly _row: R;
  constructor(
    readonly text: string,
    readonly booleans: readonly string[],
  ) {}

  /** This list and another, in one SELECT. */
  and<R2>(other: Columns<R2>): Columns<R & R2> {
    return new Columns<R & R2>(`${this.text}, ${other.text}`, [...this.booleans, ...other.booleans]);
  }

  /** Reads a row as the list's type: 0/1 as booleans. */
  decode(row: Row): R {
    for (const k of this.booleans) if (row[k] !== null && row[k] !== undefined) row[k] = row[k] === 1;
    return row as R;
  }
}

type Select<T extends SQLiteTable> = T['$inferSelect'];
type Insert<T extends SQLiteTable> = T['$inferInsert'];

const isBoolean = (c: { columnType: string }) => c.columnType === 'SQLiteBoolean';

/**
 * The columns `keys` of `table` (as `alias.column AS "key"`), and any
 * renamed (`{ caseTitle: 'title' }`: `alias.title AS "caseTitle"`), typed as
 * the schema's row: the keys are checked against `$inferSelect` at compile time.
 */
export function columns<
  T extends SQLiteTable,
  K extends keyof Select<T> & string,
  N extends Record<string, keyof Select<T> & string> = Record<never, never>,
>(
  table: T,
  alias: string | null,
  keys: readonly K[],
  renamed?: N,
): Columns<Pick<Select<T>, K> & { [X in keyof N]: Select<T>[N[X]] }> {
  const cols = getTableColumns(table) as Record<string, { name: string; columnType: string }>;
  const at = alias ? `${alias}.` : '';
  const pairs: [string, string][] = [...keys.map((k) => [k, k] as [string, string]), ...Object.entries(renamed ?? {})];
  const text = pairs.map(([as, key]) => {
    const name = cols[key]!.name;
    return name === as ? `${at}${name}` : `${at}${name} AS "${as}"`;
  });
  return new Columns(
    text.join(', '),
    pairs.filter(([, key]) => isBoolean(cols[key]!)).map(([as]) => as),
  );
}

/** Every column of `table` but `left` (its bookkeeping: uid, sort keys), typed as the schema's row without them: a column added to the schema is read without another line. */
export function columnsExcept<T extends SQLiteTable, K extends keyof Select<T> & string>(
  table: T,
  alias: string | null,
  left: readonly K[],
): Columns<Omit<Select<T>, K>> {
  const keys = Object.keys(getTableColumns(table)).filter(
    (k) => !(left as readonly string[]).includes(k),
  ) as (keyof Select<T> & string)[];
  return columns(table, alias, keys) as unknown as Columns<Omit<Select<T>, K>>;
}

/** The insert of `keys` of `table`: `(column, …) VALUES (@key, …)`, the keys checked against `$inferInsert`. */
export function insertOf<T extends SQLiteTable, K extends keyof Insert<T> & string>(
  table: T,
  keys: readonly K[],
): Raw & { _params?: Pick<Insert<T>, K> } {
  const cols = getTableColumns(table) as Record<string, { name: string }>;
  return raw(`(${keys.map((k) => cols[k]!.name).join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`);
}

/** The database names of `keys` of `table`, for a column list put together from parts: `column, …`. */
export function namesOf<T extends SQLiteTable, K extends keyof Insert<T> & string>(table: T, keys: readonly K[]): Raw {
  const cols = getTableColumns(table) as Record<string, { name: string }>;
  return raw(keys.map((k) => cols[k]!.name).join(', '));
}

/** The parameters named `keys`: `@key, …`. */
export const paramsOf = (keys: readonly string[]): Raw => raw(keys.map((k) => `@${k}`).join(', '));

/** The assignments of `keys` of `table` for an UPDATE: `column = @key, …`. */
export function assignmentsOf<T extends SQLiteTable, K extends keyof Insert<T> & string>(
  table: T,
  keys: readonly K[],
): Raw {
  const cols = getTableColumns(table) as Record<string, { name: string }>;
  return raw(keys.map((k) => `${cols[k]!.name} = @${k}`).join(', '));
}

/** The database name of a column of the schema (for SQL put together from parts). */
export function columnName<T extends SQLiteTable>(table: T, key: keyof Select<T> & string): string {
  return (getTableColumns(table) as Record<string, { name: string }>)[key]!.name;
}

/** A statement: its text with parameters by name, and the row it reads. */
export class Sql<P extends object = Record<never, never>, R = unknown> {
  declare readonly _params: P;
  constructor(
    readonly text: string,
    readonly columns: Columns<R> | null = null,
  ) {}

  /** The same statement, its rows read by a column list (booleans as booleans) and typed as it. */
  rows<R2>(cols: Columns<R2>): Sql<P, R2>;
  /** The same statement, its rows typed as given (computed columns: counts, sums). */
  rows<R2>(): Sql<P, R2>;
  rows<R2>(cols?: Columns<R2>): Sql<P, R2> {
    return new Sql<P, R2>(this.text, cols ?? null);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Part<P> = Param<Extract<keyof P, string>> | Raw | Columns<any> | Sql<any, any>;

/** The tagged template: parameters by name (`${p('id')}`), column lists, constants (`raw`) and other statements as parts. */
export function sql<P extends object = Record<never, never>>(
  strings: TemplateStringsArray,
  ...parts: Part<P>[]
): Sql<P> {
  let text = strings[0]!;
  parts.forEach((part, i) => {
    text += (part instanceof Param ? `@${part.name}` : part.text) + strings[i + 1]!;
  });
  return new Sql<P>(text);
}

/** Joins statements' texts (conditions, alternatives) with a separator. */
export function join<P extends object>(parts: readonly Sql<P>[], separator: string): Sql<P> {
  return new Sql<P>(parts.map((x) => x.text).join(separator));
}

type Args<P> = keyof P extends never ? [] : [params: P];

// SQLite has no boolean: true and false are bound as 1 and 0.
function bound(input: object | undefined): Params | undefined {
  if (!input) return undefined;
  const params = input as Params;
  for (const k in params) {
    if (typeof params[k] === 'boolean') {
      const out: Params = {};
      for (const j in params) out[j] = typeof params[j] === 'boolean' ? Number(params[j]) : params[j];
      return out;
    }
  }
  return params;
}

/**
 * One connection's statements, each prepared once and kept: the statement
 * objects are reused however often a repository runs them.
 */
export class Statements {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(readonly sqlite: Sqlite) {}

  /** The prepared statement of a text (kept for the connection's life). */
  prepare(text: string): Database.Statement {
    let s = this.cache.get(text);
    if (!s) {
      s = this.sqlite.prepare(text);
      this.cache.set(text, s);
    }
    return s;
  }

  private run$(q: Sql<object, unknown>, params: object | undefined, how: 'all' | 'get' | 'iterate'): unknown {
    const st = this.prepare(q.text);
    const b = bound(params);
    return b ? st[how](b) : st[how]();
  }

  all<P extends object, R>(q: Sql<P, R>, ...params: Args<P>): R[] {
    const rows = this.run$(q as Sql<object, unknown>, params[0], 'all') as Row[];
    const cols = q.columns;
    return cols ? rows.map((r) => cols.decode(r)) : (rows as R[]);
  }

  get<P extends object, R>(q: Sql<P, R>, ...params: Args<P>): R | undefined {
    const row = this.run$(q as Sql<object, unknown>, params[0], 'get') as Row | undefined;
    return row && q.columns ? q.columns.decode(row) : (row as R | undefined);
  }

  /** The first column of each row. */
  column<P extends object, V>(q: Sql<P, { [k: string]: V }>, ...params: Args<P>): V[] {
    const st = this.prepare(q.text).pluck();
    const b = bound(params[0]);
    const out = (b ? st.all(b) : st.all()) as V[];
    st.pluck(false);
    return out;
  }

  /** Rows one at a time (a large read; nothing may be written on the connection until it is done). */
  *iterate<P extends object, R>(q: Sql<P, R>, ...params: Args<P>): Generator<R> {
    const cols = q.columns;
    for (const r of this.run$(q as Sql<object, unknown>, params[0], 'iterate') as Iterable<Row>)
      yield cols ? cols.decode(r) : (r as R);
  }

  run<P extends object>(q: Sql<P, unknown>, ...params: Args<P>): Database.RunResult {
    const st = this.prepare(q.text);
    const b = bound(params[0]);
    return b ? st.run(b) : st.run();
  }
}
