import type { CaseListQuery, CaseSort, Theme } from '../../core/index.js';
import { cases } from '../schema.js';
import { columnName, columns, join, p, raw, sql, type Sql } from '../sql.js';
import { ftsQuery } from './ftsQuery.js';

// The case list's SQL: filters, sort columns, keyset cursors, and the count
// and page statements. CasesRepo.list runs them; the benchmark runs the very
// same statements raw.

const SORT_COLUMN: Record<CaseSort, string> = {
  updatedAt: columnName(cases, 'updatedAt'),
  newest: columnName(cases, 'id'),
  caseNumber: columnName(cases, 'caseNumberSort'),
  title: columnName(cases, 'titleSort'),
  estimatedValue: columnName(cases, 'estimatedValue'),
  phaseSince: columnName(cases, 'phaseSince'),
  registeredDate: columnName(cases, 'registeredDate'),
};

/** A case as the list shows it (and the start of its full row): the schema's columns, checked against its row type. */
export const SUMMARY = columns(cases, 'c', [
  'id',
  'caseNumber',
  'title',
  'department',
  'buyer',
  'estimatedValue',
  'kind',
  'procedure',
  'phase',
  'phaseSince',
  'registeredDate',
  'archived',
  'updatedAt',
]);
export type SummaryRow = (typeof SUMMARY)['_row'] & { themes: Theme[] };
// A case's themes in the same statement as the row: one query per page, not two.
const THEMES_COLUMN = raw(`(SELECT group_concat(theme, ',') FROM case_themes t WHERE t.case_id = c.id) AS themes`);
export const splitThemes = (s: string | null): Theme[] => (s ? (s.split(',').sort() as Theme[]) : []);

/** What the list's statements are run with: each filter, the search, the cursor and the page, by name. */
export interface ListParams {
  match?: string;
  phase?: string;
  procedure?: string;
  department?: string;
  /** A need owner's departments (JSON array): only their cases. */
  departmentsJson?: string;
  buyer?: string;
  year?: number;
  theme?: string;
  cursorValue?: string | number;
  cursorId?: number;
  limit: number;
  offset: number;
}
type ListSql = Sql<ListParams>;

/** A keyset cursor: the sort value and id of the last row of the page before. */
export type Cursor = [string | number, number];

export class InvalidCursorError extends Error {}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(s: string): Cursor {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(v) &&
      v.length === 2 &&
      (typeof v[0] === 'string' || typeof v[0] === 'number') &&
      Number.isInteger(v[1])
    ) {
      return v as Cursor;
    }
  } catch {
    /* fall through */
  }
  throw new InvalidCursorError();
}

/**
 * The SQL of a list query: a count and a page, and the parameters both are
 * run with. Keyset paging (cursor) costs the same at any depth; offset
 * paging lets a virtualised list jump to a row. Exported so the benchmark
 * can run the very same statements raw.
 */
export function listStatements(
  q: CaseListQuery,
  match: string | null = ftsQuery(q.q),
  departments: readonly string[] | null = null,
): { count: Sql<ListParams, { n: number }>; page: Sql<ListParams>; params: ListParams } {
  const { conds, params, sortColumn, filtered } = listWhere(q, match, departments);
  const dir = raw(q.dir === 'asc' ? 'ASC' : 'DESC');
  const cmp = raw(q.dir === 'asc' ? '>' : '<');
  // A search is driven from the FTS index (CROSS JOIN fixes the join order),
  // so it costs what its matches cost; sorted newest first, the index even
  // hands the rows over in order (FTS rowid = case id) and stops at the page.
  // Left to itself the planner walks a sort index and probes every case.
  const from = raw(match ? 'cases_fts f CROSS JOIN cases c ON c.id = f.rowid' : 'cases c');
  const byRowid = Boolean(match) && sortColumn === 'id';
  const orderColumn = raw(byRowid ? 'f.rowid' : `c.${sortColumn}`);
  const baseConds: ListSql[] = match ? [sql<ListParams>`cases_fts MATCH ${p('match')}`, ...conds] : conds;
  if (match) params.match = match;
  const pageConds = [...baseConds];
  if (q.cursor) {
    const [v, id] = decodeCursor(q.cursor);
    pageConds.push(
      byRowid
        ? sql<ListParams>`f.rowid ${cmp} ${p('cursorId')}`
        : sql<ListParams>`(${orderColumn}, c.id) ${cmp} (${p('cursorValue')}, ${p('cursorId')})`,
    );
    params.cursorId = id;
    if (!byRowid) params.cursorValue = v;
  }
  params.limit = q.limit;
  params.offset = q.cursor ? 0 : q.offset;
  const whereOf = (c: ListSql[]) => (c.length ? sql<ListParams>` WHERE ${join(c, ' AND ')}` : sql<ListParams>``);

  let count: Sql<ListParams, { n: number }>;
  if (!match && !filtered) {
    // The whole register: the counter the triggers keep (migration 0002).
    count =
      sql<ListParams>`SELECT coalesce(sum(n), 0) AS n FROM case_counts${raw(q.includeArchived ? '' : ' WHERE archived = 0')}`.rows<{
        n: number;
      }>();
  } else if (match && !filtered) {
    // Matches counted in the index alone, less the archived ones among them.
    count = (
      q.includeArchived
        ? sql<ListParams>`SELECT count(*) AS n FROM cases_fts WHERE cases_fts MATCH ${p('match')}`
        : sql<ListParams>`SELECT (SELECT count(*) FROM cases_fts WHERE cases_fts MATCH ${p('match')})
         - CASE WHEN (SELECT n FROM case_counts WHERE archived = 1) > 0
             THEN (SELECT count(*) FROM cases c WHERE c.archived = 1 AND c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ${p('match')}))
             ELSE 0 END AS n`
    ).rows<{ n: number }>();
  } else {
    count = sql<ListParams>`SELECT count(*) AS n FROM ${from}${whereOf(baseConds)}`.rows<{ n: number }>();
  }
  const then = raw(byRowid ? '' : `, c.id ${q.dir === 'asc' ? 'ASC' : 'DESC'}`);
  return {
    count,
    page: sql<ListParams>`SELECT ${SUMMARY}, ${THEMES_COLUMN}, c.${raw(sortColumn)} AS sortValue FROM ${from}${whereOf(pageConds)}
       ORDER BY ${orderColumn} ${dir}${then} LIMIT ${p('limit')} OFFSET ${p('offset')}`,
    params,
  };
}

function listWhere(
  q: CaseListQuery,
  match: string | null,
  departments: readonly string[] | null,
): { conds: ListSql[]; params: ListParams; sortColumn: string; filtered: boolean } {
  const conds: ListSql[] = [];
  const params: ListParams = { limit: q.limit, offset: q.offset };
  if (!q.includeArchived) conds.push(sql`c.archived = 0`);
  if (departments) {
    conds.push(sql<ListParams>`c.department IN (SELECT value FROM json_each(${p('departmentsJson')}))`);
    params.departmentsJson = JSON.stringify(departments);
  }
  const equal: [keyof ListParams, string | number | undefined, ListSql][] = [
    ['phase', q.phase, sql<ListParams>`c.phase = ${p('phase')}`],
    ['procedure', q.procedure, sql<ListParams>`c.procedure = ${p('procedure')}`],
    ['department', q.department, sql<ListParams>`c.department = ${p('department')}`],
    ['buyer', q.buyer, sql<ListParams>`c.buyer = ${p('buyer')}`],
    ['year', q.year, sql<ListParams>`c.registered_year = ${p('year')}`],
    ['theme', q.theme, sql<ListParams>`c.id IN (SELECT case_id FROM case_themes WHERE theme = ${p('theme')})`],
  ];
  let filtered = departments !== null;
  for (const [name, value, cond] of equal) {
    if (value === undefined || value === '') continue;
    conds.push(cond);
    (params as unknown as Record<string, unknown>)[name] = value;
    filtered = true;
  }
  const sort = q.sort ?? (match ? 'newest' : 'updatedAt');
  return { conds, params, sortColumn: SORT_COLUMN[sort], filtered };
}
