import type { CaseListQuery, CaseSort, Theme } from '../../core/index.js';
import { ftsQuery } from './ftsQuery.js';

// The case list's SQL: filters, sort columns, keyset cursors, and the count
// and page statements. CasesRepo.list runs them; the benchmark runs the very
// same statements raw.

const SORT_COLUMN: Record<CaseSort, string> = {
  updatedAt: 'updated_at',
  newest: 'id',
  caseNumber: 'case_number_sort',
  title: 'title_sort',
  estimatedValue: 'estimated_value',
  phaseSince: 'phase_since',
  registeredDate: 'registered_date',
};

export const SUMMARY_COLUMNS = `c.id, c.case_number AS caseNumber, c.title, c.department, c.buyer, c.estimated_value AS estimatedValue, c.kind, c.procedure,
  c.phase, c.phase_since AS phaseSince, c.registered_date AS registeredDate, c.archived, c.updated_at AS updatedAt`;
// A case's themes in the same statement as the row: one query per page, not two.
const THEMES_COLUMN = `(SELECT group_concat(theme, ',') FROM case_themes t WHERE t.case_id = c.id) AS themes`;
export const splitThemes = (s: string | null): Theme[] => (s ? (s.split(',').sort() as Theme[]) : []);

/** A keyset cursor: the sort value and id of the last row of the page before. */
export type Cursor = [string | number, number];

export class InvalidCursorError extends Error {}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(s: string): Cursor {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && (typeof v[0] === 'string' || typeof v[0] === 'number') && Number.isInteger(v[1])) {
      return v as Cursor;
    }
  } catch {
    /* fall through */
  }
  throw new InvalidCursorError();
}

/**
 * The SQL of a list query: a count and a page. Keyset paging (cursor) costs
 * the same at any depth; offset paging lets a virtualised list jump to a row.
 * Exported so the benchmark can run the very same statements raw.
 */
export function listStatements(q: CaseListQuery, match: string | null = ftsQuery(q.q)): { countSql: string; countParams: unknown[]; pageSql: string; pageParams: unknown[] } {
  const { where, params, sortColumn, filtered } = listWhere(q, match);
  const dir = q.dir === 'asc' ? 'ASC' : 'DESC';
  const cmp = q.dir === 'asc' ? '>' : '<';
  // A search is driven from the FTS index (CROSS JOIN fixes the join order),
  // so it costs what its matches cost; sorted newest first, the index even
  // hands the rows over in order (FTS rowid = case id) and stops at the page.
  // Left to itself the planner walks a sort index and probes every case.
  const from = match ? 'cases_fts f CROSS JOIN cases c ON c.id = f.rowid' : 'cases c';
  const orderColumn = match && sortColumn === 'id' ? 'f.rowid' : `c.${sortColumn}`;
  const baseConds = match ? ['cases_fts MATCH ?', ...(where ? [where] : [])] : where ? [where] : [];
  const baseParams = match ? [match, ...params] : params;
  const pageConds = [...baseConds];
  const pageParams = [...baseParams];
  if (q.cursor) {
    const [v, id] = decodeCursor(q.cursor);
    pageConds.push(orderColumn === 'f.rowid' ? `f.rowid ${cmp} ?` : `(${orderColumn}, c.id) ${cmp} (?, ?)`);
    pageParams.push(...(orderColumn === 'f.rowid' ? [id] : [v, id]));
  }
  pageParams.push(q.limit, q.cursor ? 0 : q.offset);
  const whereOf = (conds: string[]) => (conds.length ? ` WHERE ${conds.join(' AND ')}` : '');
  const archivedOnly = q.includeArchived ? '' : ' WHERE archived = 0';

  let countSql: string;
  let countParams: unknown[];
  if (!match && !filtered) {
    // The whole register: the counter the triggers keep (migration 0002).
    countSql = `SELECT coalesce(sum(n), 0) AS n FROM case_counts${archivedOnly}`;
    countParams = [];
  } else if (match && !filtered) {
    // Matches counted in the index alone, less the archived ones among them.
    countSql = q.includeArchived
      ? 'SELECT count(*) AS n FROM cases_fts WHERE cases_fts MATCH ?'
      : `SELECT (SELECT count(*) FROM cases_fts WHERE cases_fts MATCH ?)
         - CASE WHEN (SELECT n FROM case_counts WHERE archived = 1) > 0
             THEN (SELECT count(*) FROM cases c WHERE c.archived = 1 AND c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?))
             ELSE 0 END AS n`;
    countParams = q.includeArchived ? [match] : [match, match];
  } else {
    countSql = `SELECT count(*) AS n FROM ${from}${whereOf(baseConds)}`;
    countParams = baseParams;
  }
  return {
    countSql,
    countParams,
    pageSql: `SELECT ${SUMMARY_COLUMNS}, ${THEMES_COLUMN}, c.${sortColumn} AS sortValue FROM ${from}${whereOf(pageConds)}
       ORDER BY ${orderColumn} ${dir}${orderColumn === 'f.rowid' ? '' : `, c.id ${dir}`} LIMIT ? OFFSET ?`,
    pageParams,
  };
}

function listWhere(q: CaseListQuery, match: string | null): { where: string; params: unknown[]; sortColumn: string; filtered: boolean } {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (!q.includeArchived) conds.push('c.archived = 0');
  const equal: [unknown, string][] = [
    [q.phase, 'c.phase = ?'],
    [q.procedure, 'c.procedure = ?'],
    [q.department, 'c.department = ?'],
    [q.buyer, 'c.buyer = ?'],
    [q.year, 'c.registered_year = ?'],
    [q.theme, 'c.id IN (SELECT case_id FROM case_themes WHERE theme = ?)'],
  ];
  let filtered = false;
  for (const [value, cond] of equal) {
    if (value === undefined || value === '') continue;
    conds.push(cond);
    params.push(value);
    filtered = true;
  }
  const sort = q.sort ?? (match ? 'newest' : 'updatedAt');
  return { where: conds.join(' AND '), params, sortColumn: SORT_COLUMN[sort], filtered };
}
