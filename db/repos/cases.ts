import { getTableColumns } from 'drizzle-orm';
import {
  CaseFieldsSchema,
  caseNumberSortKey,
  FIRST_PHASE,
  isAwarded,
  norwegianSortKey,
  type CaseFields,
  type CaseListQuery,
  type Phase,
  TERMINAL_PHASES,
  type Theme,
} from '../../core/index.js';
import type { Db } from '../open.js';
import { caseEvents, cases, caseThemes } from '../schema.js';
import {
  assignmentsOf,
  columns,
  Columns,
  columnsExcept,
  insertOf,
  namesOf,
  p,
  paramsOf,
  raw,
  sql,
  Statements,
} from '../sql.js';
import { encodeCursor, listStatements, splitThemes, SUMMARY, type SummaryRow } from './caseList.js';
import { expandedMatch } from './ftsExpand.js';
import { GoalsRepo, NOTIFIED_SQL } from './goals.js';
import { nowIso } from './statements.js';

export type { SummaryRow };

const TERMINAL_JSON = JSON.stringify(TERMINAL_PHASES);

export interface UnderWayRow {
  id: number;
  caseNumber: string;
  title: string;
  buyer: string;
  department: string;
  phase: Phase;
  phaseSince: string;
  plannedNoticeDate: string | null;
  plannedTenderDeadline: string | null;
  plannedAwardDate: string | null;
}

/**
 * The fields a person edits on a case that are columns of its own: the
 * contract's fields (CaseFieldsSchema) that the schema's cases table has.
 * A field added to both is inserted, updated, read and shown (caseDetail)
 * with no other line here or in the service.
 */
export type CaseFieldKey = Extract<keyof CaseFields, keyof typeof cases.$inferInsert>;
export const CASE_FIELD_KEYS = Object.keys(CaseFieldsSchema.shape).filter(
  (k) => k in getTableColumns(cases),
) as CaseFieldKey[];
const FIELD_KEYS = CASE_FIELD_KEYS;

/** A case as stored, read whole (but its bookkeeping: uid and sort keys), typed by the schema. */
const CASE = columnsExcept(cases, 'c', ['uid', 'caseNumberSort', 'titleSort', 'registeredYear']);
export type CaseRow = (typeof CASE)['_row'] & { themes: Theme[] };

const EVENT = columns(caseEvents, null, ['id', 'phase', 'fromPhase', 'date', 'note', 'overrideReason', 'createdAt']);
export type EventRow = (typeof EVENT)['_row'];

type Fields = Pick<typeof cases.$inferInsert, CaseFieldKey> & { caseNumberSort: string; titleSort: string };

// lastInsertRowid, not RETURNING: RETURNING made each insert three times slower (10,000-row imports).
const INSERT = sql<Fields & { firstPhase: Phase; registeredDate: string; registeredYear: number; now: string }>`
  INSERT INTO cases (uid, ${namesOf(cases, FIELD_KEYS)}, case_number_sort, title_sort, phase, phase_since, registered_date, registered_year, created_at, updated_at)
  VALUES (lower(hex(randomblob(16))), ${paramsOf(FIELD_KEYS)}, ${p('caseNumberSort')}, ${p('titleSort')}, ${p('firstPhase')}, ${p('registeredDate')}, ${p('registeredDate')}, ${p('registeredYear')}, ${p('now')}, ${p('now')})`;
const FIRST_EVENT = sql<{ caseId: number; phase: Phase; date: string; now: string }>`
  INSERT INTO case_events (case_id, phase, from_phase, date, note, created_at) VALUES (${p('caseId')}, ${p('phase')}, NULL, ${p('date')}, '', ${p('now')})`;
const UPDATE = sql<Fields & { id: number; version: number; now: string }>`
  UPDATE cases SET ${assignmentsOf(cases, FIELD_KEYS)}, case_number_sort = ${p('caseNumberSort')}, title_sort = ${p('titleSort')}, version = version + 1, updated_at = ${p('now')}
  WHERE id = ${p('id')} AND version = ${p('version')}`;
const COUNT = sql`SELECT count(*) AS n FROM cases`.rows<{ n: number }>();
const REGISTERED = sql<{
  from: string;
  to: string;
}>`SELECT id FROM cases WHERE registered_date BETWEEN ${p('from')} AND ${p('to')} ORDER BY registered_date, id`.rows<{
  id: number;
}>();
const BY_NUMBER = sql<{ caseNumber: string }>`SELECT id FROM cases WHERE case_number = ${p('caseNumber')}`.rows<{
  id: number;
}>();
const PHASE_NOW = sql<{
  id: number;
  version: number;
}>`SELECT phase, phase_since AS since FROM cases WHERE id = ${p('id')} AND version = ${p('version')}`.rows<{
  phase: Phase;
  since: string;
}>();
const MOVE = sql<{ id: number; phase: Phase; date: string; awardDate: string | null; now: string }>`
  UPDATE cases SET phase = ${p('phase')}, phase_since = ${p('date')}, award_date = coalesce(award_date, ${p('awardDate')}), version = version + 1, updated_at = ${p('now')} WHERE id = ${p('id')}`;
const EVENT_INSERT = sql<
  Omit<typeof caseEvents.$inferInsert, 'id'>
>`INSERT INTO case_events ${insertOf(caseEvents, ['caseId', 'phase', 'fromPhase', 'date', 'note', 'overrideReason', 'createdAt'])}`;
const ARCHIVE = sql<{ id: number; version: number; archived: boolean; now: string }>`
  UPDATE cases SET archived = ${p('archived')}, version = version + 1, updated_at = ${p('now')} WHERE id = ${p('id')} AND version = ${p('version')}`;
const GET = sql<{ id: number }>`SELECT ${CASE} FROM cases c WHERE c.id = ${p('id')}`.rows(CASE);
const SIMILAR = sql<{ department: string; group: string; from: string; to: string }>`
  SELECT id, case_number AS caseNumber, estimated_value AS value FROM cases
  WHERE department = ${p('department')} AND substr(cpv_code, 1, length(${p('group')})) = ${p('group')} AND registered_date BETWEEN ${p('from')} AND ${p('to')} AND phase <> 'avlyst' ORDER BY case_number_sort`.rows<{
  id: number;
  caseNumber: string;
  value: number;
}>();
const EVENTS = sql<{ id: number }>`SELECT ${EVENT} FROM case_events WHERE case_id = ${p('id')} ORDER BY date, id`.rows(
  EVENT,
);
const THEMES_DELETE = sql<{ id: number }>`DELETE FROM case_themes WHERE case_id = ${p('id')}`;
const THEME_INSERT = sql<
  typeof caseThemes.$inferInsert
>`INSERT INTO case_themes ${insertOf(caseThemes, ['caseId', 'theme'])}`;
const THEMES_OF = sql<{
  ids: string;
}>`SELECT case_id AS id, theme FROM case_themes WHERE case_id IN (SELECT value FROM json_each(${p('ids')})) ORDER BY theme`.rows<{
  id: number;
  theme: Theme;
}>();
const TIMELINES = sql<{ year: number | null }>`
  SELECT c.id, c.procedure, c.department, c.registered_year AS year, e.phase, e.date FROM case_events e JOIN cases c ON c.id = e.case_id
  WHERE c.archived = 0 AND (${p('year')} IS NULL OR c.registered_year = ${p('year')}) ORDER BY e.case_id, e.date, e.id`.rows<{
  id: number;
  procedure: string | null;
  department: string;
  year: number;
  phase: Phase;
  date: string;
}>();
const BATCHED_TRIGGERS =
  sql`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('cases_fts_ai', 'case_counts_ai')`.rows<{
    sql: string;
  }>();
const MAX_ID = sql`SELECT coalesce(max(id), 0) AS maxId FROM cases`.rows<{ maxId: number }>();
const INDEX_NEW = sql<{
  maxId: number;
}>`INSERT INTO cases_fts(rowid, case_number, title, description, department, buyer) SELECT id, case_number, title, description, department, buyer FROM cases WHERE id > ${p('maxId')}`;
const COUNT_NEW = sql<{
  maxId: number;
}>`UPDATE case_counts SET n = n + (SELECT count(*) FROM cases c WHERE c.id > ${p('maxId')} AND c.archived = case_counts.archived)`;
/** The cases still under way (not archived, not closed or cancelled), by buyer and department (null: any), for "Min oversikt". */
const UNDER_WAY = sql<{ buyer: string | null; department: string | null; terminal: string }>`
  SELECT id, case_number AS caseNumber, title, buyer, department, phase, phase_since AS phaseSince, planned_notice_date AS plannedNoticeDate, planned_tender_deadline AS plannedTenderDeadline, planned_award_date AS plannedAwardDate, estimated_value AS estimatedValue, kind, registered_date AS registeredDate
  FROM cases WHERE archived = 0 AND phase NOT IN (SELECT value FROM json_each(${p('terminal')}))
    AND (${p('buyer')} IS NULL OR buyer = ${p('buyer')}) AND (${p('department')} IS NULL OR department = ${p('department')})
  ORDER BY case_number_sort`.rows<UnderWayRow>();
const DEPARTMENTS = sql`SELECT DISTINCT department AS v FROM cases ORDER BY department`.rows<{ v: string }>();
const BUYERS = sql`SELECT DISTINCT buyer AS v FROM cases ORDER BY buyer`.rows<{ v: string }>();
const YEARS = sql`SELECT DISTINCT registered_year AS v FROM cases ORDER BY registered_year DESC`.rows<{ v: number }>();

function derived(f: CaseFields) {
  return { caseNumberSort: caseNumberSortKey(f.caseNumber), titleSort: norwegianSortKey(f.title) };
}

/**
 * Case storage (the list's statements are built in caseList.ts). Statements are prepared once
 * and cached: drizzle's query builder prepares anew on every call, which cost
 * 3 ms a case when filling a database. The schema itself is drizzle's (schema.ts).
 */
/** What a case list's spreadsheet adds to the list's row, for every case: CPV, planned dates, the date its thresholds apply from, the signed value. */
const EXPORT_FACTS = sql`
  SELECT c.id, c.cpv_code AS cpvCode, c.planned_notice_date AS plannedNoticeDate, c.planned_award_date AS plannedAwardDate,
    c.planned_contract_start AS plannedContractStart, c.procedure_ground AS procedureGround, ${raw(NOTIFIED_SQL)} AS notifiedDate,
    (SELECT sum(k.value) FROM contracts k WHERE k.case_id = c.id) AS contractValue
  FROM cases c`.rows<CaseExportFacts>();
export interface CaseExportFacts {
  id: number;
  cpvCode: string | null;
  plannedNoticeDate: string | null;
  plannedAwardDate: string | null;
  plannedContractStart: string | null;
  procedureGround: string | null;
  notifiedDate: string | null;
  contractValue: number | null;
}

export class CasesRepo {
  private readonly st: Statements;
  private readonly goals: GoalsRepo;

  constructor(db: Db) {
    this.st = new Statements(db.$client);
    this.goals = new GoalsRepo(db);
  }

  /** Every case's facts for a list's spreadsheet, by id. */
  exportFacts(): Map<number, CaseExportFacts> {
    return new Map(this.st.all(EXPORT_FACTS).map((r) => [r.id, r]));
  }

  private get sqlite() {
    return this.st.sqlite;
  }

  /** The MATCH expression for the list's free text ('' when nothing can match, null when none was typed). */
  matchFor(text: string): string | null {
    return expandedMatch(this.st, 'cases_fts_vocab', text);
  }

  /** After a bulk write (demo data, an import): fold the WAL back into the file so reads stay fast. */
  checkpoint(): void {
    this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    this.sqlite.pragma('optimize');
  }

  /** The cases under way (not archived, closed or cancelled) of a buyer and department (null: any). */
  underWay(filter: { buyer: string | null; department: string | null }): UnderWayRow[] {
    return this.st.all(UNDER_WAY, { ...filter, terminal: TERMINAL_JSON });
  }

  count(): number {
    return this.st.get(COUNT)!.n;
  }

  /** Ids of the cases registered in a period (archived ones too: they are part of the record), oldest first. */
  idsRegistered(from: string, to: string): number[] {
    return this.st.column(REGISTERED, { from, to });
  }

  caseNumberTaken(caseNumber: string, exceptId?: number): boolean {
    const row = this.st.get(BY_NUMBER, { caseNumber });
    return row !== undefined && row.id !== exceptId;
  }

  insert(f: CaseFields, registeredDate: string, now = nowIso()): number {
    const id = Number(
      this.st.run(INSERT, {
        ...fieldParams(f),
        firstPhase: FIRST_PHASE,
        registeredDate,
        registeredYear: Number(registeredDate.slice(0, 4)),
        now,
      }).lastInsertRowid,
    );
    this.replaceThemes(id, f.themes);
    this.st.run(FIRST_EVENT, { caseId: id, phase: FIRST_PHASE, date: registeredDate, now });
    this.goals.moveOpenStretch(FIRST_PHASE, registeredDate, 1);
    return id;
  }

  /**
   * Runs many inserts (a spreadsheet import) with the search index and the
   * count kept by triggers brought up to date once at the end instead of row
   * by row: several times faster. Must run inside the caller's transaction,
   * so the triggers are back, or the whole batch undone, whatever happens.
   */
  withBatchedIndexing<T>(fn: () => T): T {
    if (!this.sqlite.inTransaction) throw new Error('withBatchedIndexing needs a transaction');
    const triggers = this.st.column(BATCHED_TRIGGERS);
    const maxId = this.st.get(MAX_ID)!.maxId;
    this.sqlite.exec('DROP TRIGGER cases_fts_ai; DROP TRIGGER case_counts_ai;');
    const out = fn();
    this.st.run(INDEX_NEW, { maxId });
    this.st.run(COUNT_NEW, { maxId });
    for (const sql of triggers) this.sqlite.exec(sql);
    return out;
  }

  /** Updates when the version matches; returns false for a stale version. */
  update(id: number, version: number, f: CaseFields): boolean {
    const r = this.st.run(UPDATE, { ...fieldParams(f), id, version, now: nowIso() });
    if (r.changes === 0) return false;
    this.replaceThemes(id, f.themes);
    return true;
  }

  /**
   * Records a phase change. The stretch of the phase left behind is added to
   * the days per phase, and the first award sets the award date (both read
   * by the strategy dashboard; see GoalsRepo).
   */
  addEvent(
    id: number,
    version: number,
    e: { phase: Phase; fromPhase: Phase; date: string; note: string; overrideReason?: string | null },
    now = nowIso(),
  ): boolean {
    const before = this.st.get(PHASE_NOW, { id, version });
    if (!before) return false;
    this.st.run(MOVE, { id, phase: e.phase, date: e.date, awardDate: isAwarded(e.phase) ? e.date : null, now });
    this.goals.addPhaseSpan(before.phase, before.since, e.date);
    this.goals.moveOpenStretch(before.phase, before.since, -1);
    this.goals.moveOpenStretch(e.phase, e.date, 1);
    this.st.run(EVENT_INSERT, {
      caseId: id,
      phase: e.phase,
      fromPhase: e.fromPhase,
      date: e.date,
      note: e.note,
      overrideReason: e.overrideReason || null,
      createdAt: now,
    });
    return true;
  }

  setArchived(id: number, version: number, archived: boolean): boolean {
    return this.st.run(ARCHIVE, { id, version, archived, now: nowIso() }).changes > 0;
  }

  get(id: number): CaseRow | null {
    const row = this.st.get(GET, { id });
    return row ? { ...row, themes: this.themesOf([id]).get(id) ?? [] } : null;
  }

  /** Cases that may be one purchase with another (FOA § 5-4): same department, CPV code starting with the group, registered in the window, not cancelled. */
  similarCases(
    department: string,
    cpvGroup: string,
    from: string,
    to: string,
  ): { id: number; caseNumber: string; value: number }[] {
    return this.st.all(SIMILAR, { department, group: cpvGroup, from, to });
  }

  events(id: number): EventRow[] {
    return this.st.all(EVENTS, { id });
  }

  private replaceThemes(id: number, themes: readonly Theme[]): void {
    this.st.run(THEMES_DELETE, { id });
    for (const theme of themes) this.st.run(THEME_INSERT, { caseId: id, theme });
  }

  private themesOf(ids: readonly number[]): Map<number, Theme[]> {
    const out = new Map<number, Theme[]>();
    if (ids.length === 0) return out;
    const rows = this.st.all(THEMES_OF, { ids: JSON.stringify(ids) });
    for (const r of rows) {
      const list = out.get(r.id) ?? [];
      list.push(r.theme);
      out.set(r.id, list);
    }
    return out;
  }

  /**
   * The filtered, sorted list (`departments`: only these departments' cases,
   * a need owner's). Keyset paging (cursor) costs the same at any depth;
   * offset paging lets a virtualised list jump to a row.
   */
  list(
    q: CaseListQuery,
    departments: readonly string[] | null = null,
  ): { items: SummaryRow[]; total: number; nextCursor: string | null } {
    const match = this.matchFor(q.q);
    if (match === '') return { items: [], total: 0, nextCursor: null };
    const st = listStatements(q, match, departments);
    const total = this.st.get(st.count, st.params)!.n;
    const rows = this.st.all(st.page.rows(SUMMARY.and(PAGE_EXTRA)), st.params);
    const items = rows.map(({ sortValue: _s, ...r }) => ({ ...r, themes: splitThemes(r.themes) }));
    const last = rows.at(-1);
    const offset = q.cursor ? 0 : q.offset;
    const more = rows.length === q.limit && (q.cursor ? true : offset + rows.length < total);
    return { items, total, nextCursor: last && more ? encodeCursor([last.sortValue, last.id]) : null };
  }

  /** Every live case's phase events in order, with what the analytics group by. */
  timelines(
    year?: number,
  ): Map<
    number,
    { procedure: string | null; department: string; year: number; events: { phase: Phase; date: string }[] }
  > {
    const rows = this.st.all(TIMELINES, { year: year ?? null });
    const out = new Map<
      number,
      { procedure: string | null; department: string; year: number; events: { phase: Phase; date: string }[] }
    >();
    for (const r of rows) {
      let c = out.get(r.id);
      if (!c) out.set(r.id, (c = { procedure: r.procedure, department: r.department, year: r.year, events: [] }));
      c.events.push({ phase: r.phase, date: r.date });
    }
    return out;
  }

  facets(): { departments: string[]; buyers: string[]; years: number[] } {
    return { departments: this.st.column(DEPARTMENTS), buyers: this.st.column(BUYERS), years: this.st.column(YEARS) };
  }
}

// What a list page's rows carry besides a case's list columns: its themes (one statement per page) and its sort value (the cursor).
const PAGE_EXTRA = new Columns<{ themes: string | null; sortValue: string | number }>('', []);

function fieldParams(f: CaseFields): Fields {
  const out = {} as Record<string, unknown>;
  for (const k of FIELD_KEYS) out[k] = f[k];
  return { ...(out as Pick<CaseFields, CaseFieldKey>), ...derived(f) };
}
