import type Database from 'better-sqlite3';
import {
  caseNumberSortKey,
  FIRST_PHASE,
  isAwarded,
  norwegianSortKey,
  type CaseFields,
  type CaseListQuery,
  type Kind,
  type Phase,
  type Procedure,
  type Theme,
} from '../../core/index.js';
import type { Db } from '../open.js';
import { encodeCursor, listStatements, splitThemes, SUMMARY_COLUMNS } from './caseList.js';
import { expandedMatch } from './ftsExpand.js';
import { GoalsRepo } from './goals.js';
import { nowIso, StatementCache } from './statements.js';

export interface CaseRow {
  id: number;
  caseNumber: string;
  title: string;
  description: string;
  department: string;
  needOwner: string;
  buyer: string;
  estimatedValue: number;
  kind: Kind;
  procedure: Procedure | null;
  procedureGround: string | null;
  procedureGroundNote: string;
  phase: Phase;
  phaseSince: string;
  registeredDate: string;
  plannedNoticeDate: string | null;
  plannedAwardDate: string | null;
  plannedContractStart: string | null;
  climateWeightPct: number | null;
  climateRequirements: boolean;
  climateExempt: boolean;
  climateJustification: string;
  awardDate: string | null;
  cpvCode: string | null;
  archived: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  themes: Theme[];
}

export interface EventRow {
  id: number;
  phase: Phase;
  fromPhase: Phase | null;
  date: string;
  note: string;
  overrideReason: string | null;
  createdAt: string;
}

export type SummaryRow = Omit<CaseRow, 'description' | 'needOwner' | 'plannedNoticeDate' | 'plannedAwardDate' | 'plannedContractStart' | 'version' | 'createdAt'>;

function derived(f: CaseFields) {
  return { caseNumberSort: caseNumberSortKey(f.caseNumber), titleSort: norwegianSortKey(f.title) };
}

/**
 * Case storage (the list's statements are built in caseList.ts). Statements are prepared once
 * and cached: drizzle's query builder prepares anew on every call, which cost
 * 3 ms a case when filling a database. The schema itself is drizzle's (schema.ts).
 */
export class CasesRepo {
  private readonly sqlite: Database.Database;
  private readonly st: StatementCache;

  private readonly goals: GoalsRepo;

  constructor(db: Db) {
    this.sqlite = db.$client;
    this.st = new StatementCache(db.$client);
    this.goals = new GoalsRepo(db);
  }

  private stmt(sql: string): Database.Statement {
    return this.st.get(sql);
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

  count(): number {
    return (this.stmt('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  }

  /** Ids of the cases registered in a period (archived ones too: they are part of the record), oldest first. */
  idsRegistered(from: string, to: string): number[] {
    return this.stmt('SELECT id FROM cases WHERE registered_date BETWEEN ? AND ? ORDER BY registered_date, id').pluck().all(from, to) as number[];
  }

  caseNumberTaken(caseNumber: string, exceptId?: number): boolean {
    const row = this.stmt('SELECT id FROM cases WHERE case_number = ?').get(caseNumber) as { id: number } | undefined;
    return row !== undefined && row.id !== exceptId;
  }

  insert(f: CaseFields, registeredDate: string, now = nowIso()): number {
    // lastInsertRowid, not RETURNING: RETURNING made each insert three times slower (10,000-row imports).
    const id = Number(
      this.stmt(
        `INSERT INTO cases (uid, ${FIELD_COLUMNS}, case_number_sort, title_sort, phase, phase_since, registered_date, registered_year, created_at, updated_at)
         VALUES (lower(hex(randomblob(16))), ${FIELD_PARAMS}, @caseNumberSort, @titleSort, @firstPhase, @registeredDate, @registeredDate, @registeredYear, @now, @now)`,
      ).run({ ...fieldParams(f), firstPhase: FIRST_PHASE, registeredDate, registeredYear: Number(registeredDate.slice(0, 4)), now }).lastInsertRowid,
    );
    this.replaceThemes(id, f.themes);
    this.stmt(`INSERT INTO case_events (case_id, phase, from_phase, date, note, created_at) VALUES (?, ?, NULL, ?, '', ?)`).run(id, FIRST_PHASE, registeredDate, now);
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
    const triggers = this.sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('cases_fts_ai', 'case_counts_ai')").pluck().all() as string[];
    const { maxId } = this.sqlite.prepare('SELECT coalesce(max(id), 0) AS maxId FROM cases').get() as { maxId: number };
    this.sqlite.exec('DROP TRIGGER cases_fts_ai; DROP TRIGGER case_counts_ai;');
    const out = fn();
    this.sqlite
      .prepare('INSERT INTO cases_fts(rowid, case_number, title, description, department, buyer) SELECT id, case_number, title, description, department, buyer FROM cases WHERE id > ?')
      .run(maxId);
    this.sqlite.prepare('UPDATE case_counts SET n = n + (SELECT count(*) FROM cases c WHERE c.id > ? AND c.archived = case_counts.archived)').run(maxId);
    for (const sql of triggers) this.sqlite.exec(sql);
    return out;
  }

  /** Updates when the version matches; returns false for a stale version. */
  update(id: number, version: number, f: CaseFields): boolean {
    const r = this.stmt(
      `UPDATE cases SET ${FIELD_ASSIGN}, case_number_sort = @caseNumberSort, title_sort = @titleSort, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    ).run({ ...fieldParams(f), id, version, now: nowIso() });
    if (r.changes === 0) return false;
    this.replaceThemes(id, f.themes);
    return true;
  }

  /**
   * Records a phase change. The stretch of the phase left behind is added to
   * the days per phase, and the first award sets the award date (both read
   * by the strategy dashboard; see GoalsRepo).
   */
  addEvent(id: number, version: number, e: { phase: Phase; fromPhase: Phase; date: string; note: string; overrideReason?: string | null }, now = nowIso()): boolean {
    const before = this.stmt('SELECT phase, phase_since AS since FROM cases WHERE id = ? AND version = ?').get(id, version) as { phase: Phase; since: string } | undefined;
    if (!before) return false;
    this.stmt('UPDATE cases SET phase = ?, phase_since = ?, award_date = coalesce(award_date, ?), version = version + 1, updated_at = ? WHERE id = ?').run(
      e.phase,
      e.date,
      isAwarded(e.phase) ? e.date : null,
      now,
      id,
    );
    this.goals.addPhaseSpan(before.phase, before.since, e.date);
    this.goals.moveOpenStretch(before.phase, before.since, -1);
    this.goals.moveOpenStretch(e.phase, e.date, 1);
    this.stmt('INSERT INTO case_events (case_id, phase, from_phase, date, note, override_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      id,
      e.phase,
      e.fromPhase,
      e.date,
      e.note,
      e.overrideReason || null,
      now,
    );
    return true;
  }

  setArchived(id: number, version: number, archived: boolean): boolean {
    const r = this.stmt('UPDATE cases SET archived = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?').run(archived ? 1 : 0, nowIso(), id, version);
    return r.changes > 0;
  }

  get(id: number): CaseRow | null {
    const row = this.stmt(
      `SELECT ${SUMMARY_COLUMNS}, description, need_owner AS needOwner, planned_notice_date AS plannedNoticeDate,
        planned_award_date AS plannedAwardDate, planned_contract_start AS plannedContractStart, version, created_at AS createdAt,
        climate_weight_pct AS climateWeightPct, climate_requirements AS climateRequirements, award_date AS awardDate, cpv_code AS cpvCode,
        procedure_ground AS procedureGround, procedure_ground_note AS procedureGroundNote, climate_exempt AS climateExempt, climate_justification AS climateJustification
       FROM cases c WHERE c.id = ?`,
    ).get(id) as (Omit<CaseRow, 'archived' | 'themes' | 'climateRequirements' | 'climateExempt'> & { archived: number; climateRequirements: number; climateExempt: number }) | undefined;
    if (!row) return null;
    return { ...row, archived: Boolean(row.archived), climateRequirements: row.climateRequirements === 1, climateExempt: row.climateExempt === 1, themes: this.themesOf([id]).get(id) ?? [] };
  }

  /** Cases that may be one purchase with another (FOA § 5-4): same department, CPV code starting with the group, registered in the window, not cancelled. */
  similarCases(department: string, cpvGroup: string, from: string, to: string): { id: number; caseNumber: string; value: number }[] {
    return this.stmt(
      `SELECT id, case_number AS caseNumber, estimated_value AS value FROM cases
       WHERE department = ? AND substr(cpv_code, 1, ?) = ? AND registered_date BETWEEN ? AND ? AND phase <> 'avlyst' ORDER BY case_number_sort`,
    ).all(department, cpvGroup.length, cpvGroup, from, to) as { id: number; caseNumber: string; value: number }[];
  }

  events(id: number): EventRow[] {
    return this.stmt(
      'SELECT id, phase, from_phase AS fromPhase, date, note, override_reason AS overrideReason, created_at AS createdAt FROM case_events WHERE case_id = ? ORDER BY date, id',
    ).all(id) as EventRow[];
  }

  private replaceThemes(id: number, themes: readonly Theme[]): void {
    this.stmt('DELETE FROM case_themes WHERE case_id = ?').run(id);
    const ins = this.stmt('INSERT INTO case_themes (case_id, theme) VALUES (?, ?)');
    for (const t of themes) ins.run(id, t);
  }

  private themesOf(ids: readonly number[]): Map<number, Theme[]> {
    const out = new Map<number, Theme[]>();
    if (ids.length === 0) return out;
    const rows = this.stmt(`SELECT case_id AS id, theme FROM case_themes WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY theme`).all(
      JSON.stringify(ids),
    ) as { id: number; theme: Theme }[];
    for (const r of rows) {
      const list = out.get(r.id) ?? [];
      list.push(r.theme);
      out.set(r.id, list);
    }
    return out;
  }

  /**
   * The filtered, sorted list. Keyset paging (cursor) costs the same at any
   * depth; offset paging lets a virtualised list jump to a row.
   */
  list(q: CaseListQuery): { items: SummaryRow[]; total: number; nextCursor: string | null } {
    const match = this.matchFor(q.q);
    if (match === '') return { items: [], total: 0, nextCursor: null };
    const st = listStatements(q, match);
    const total = (this.stmt(st.countSql).get(...st.countParams) as { n: number }).n;
    const rows = this.stmt(st.pageSql).all(...st.pageParams) as (Omit<SummaryRow, 'archived' | 'themes'> & { sortValue: string | number; archived: number; themes: string | null })[];
    const items = rows.map(({ sortValue: _s, ...r }) => ({ ...r, archived: Boolean(r.archived), themes: splitThemes(r.themes) }));
    const last = rows.at(-1);
    const offset = q.cursor ? 0 : q.offset;
    const more = rows.length === q.limit && (q.cursor ? true : offset + rows.length < total);
    return { items, total, nextCursor: last && more ? encodeCursor([last.sortValue, last.id]) : null };
  }

  /** Every live case's phase events in order, with what the analytics group by. */
  timelines(year?: number): Map<number, { procedure: string | null; department: string; year: number; events: { phase: Phase; date: string }[] }> {
    const rows = this.stmt(
      `SELECT c.id, c.procedure, c.department, c.registered_year AS year, e.phase, e.date FROM case_events e JOIN cases c ON c.id = e.case_id
       WHERE c.archived = 0 AND (? IS NULL OR c.registered_year = ?) ORDER BY e.case_id, e.date, e.id`,
    ).all(year ?? null, year ?? null) as { id: number; procedure: string | null; department: string; year: number; phase: Phase; date: string }[];
    const out = new Map<number, { procedure: string | null; department: string; year: number; events: { phase: Phase; date: string }[] }>();
    for (const r of rows) {
      let c = out.get(r.id);
      if (!c) out.set(r.id, (c = { procedure: r.procedure, department: r.department, year: r.year, events: [] }));
      c.events.push({ phase: r.phase, date: r.date });
    }
    return out;
  }

  facets(): { departments: string[]; buyers: string[]; years: number[] } {
    const col = (sql: string) => (this.stmt(sql).all() as { v: string | number }[]).map((r) => r.v);
    return {
      departments: col('SELECT DISTINCT department AS v FROM cases ORDER BY department') as string[],
      buyers: col('SELECT DISTINCT buyer AS v FROM cases ORDER BY buyer') as string[],
      years: col('SELECT DISTINCT registered_year AS v FROM cases ORDER BY registered_year DESC') as number[],
    };
  }
}

// The editable fields: column name and parameter name, in one list.
const FIELDS = [
  ['case_number', 'caseNumber'],
  ['title', 'title'],
  ['description', 'description'],
  ['department', 'department'],
  ['need_owner', 'needOwner'],
  ['buyer', 'buyer'],
  ['estimated_value', 'estimatedValue'],
  ['kind', 'kind'],
  ['procedure', 'procedure'],
  ['procedure_ground', 'procedureGround'],
  ['procedure_ground_note', 'procedureGroundNote'],
  ['planned_notice_date', 'plannedNoticeDate'],
  ['planned_award_date', 'plannedAwardDate'],
  ['planned_contract_start', 'plannedContractStart'],
  ['climate_weight_pct', 'climateWeightPct'],
  ['climate_requirements', 'climateRequirements'],
  ['climate_exempt', 'climateExempt'],
  ['climate_justification', 'climateJustification'],
  ['cpv_code', 'cpvCode'],
] as const;
const FIELD_COLUMNS = FIELDS.map(([c]) => c).join(', ');
const FIELD_PARAMS = FIELDS.map(([, p]) => `@${p}`).join(', ');
const FIELD_ASSIGN = FIELDS.map(([c, p]) => `${c} = @${p}`).join(', ');

function fieldParams(f: CaseFields): Record<string, unknown> {
  // SQLite has no boolean: bind true/false as 1/0.
  const out: Record<string, unknown> = Object.fromEntries(FIELDS.map(([, p]) => [p, typeof f[p] === 'boolean' ? Number(f[p]) : f[p]]));
  return { ...out, ...derived(f) };
}
