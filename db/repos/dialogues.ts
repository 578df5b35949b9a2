import type { ConfidentialityBasis, DialogueFields, DialogueForm, DialogueStatus } from '../../core/index.js';
import type { Db } from '../open.js';
import {
  caseDialogueClosing,
  casePrequalified,
  cases,
  dialogueItems,
  dialogues,
  dialogueSuppliers,
  suppliers,
} from '../schema.js';
import { assignmentsOf, columns, insertOf, namesOf, p, paramsOf, raw, sql, Statements, type Sql } from '../sql.js';
import { expandedMatch } from './ftsExpand.js';
import { ftsQuery } from './ftsQuery.js';
import { matchesAll, queryWords, snippetOf } from './textMatch.js';
import { nowIso } from './statements.js';

/** An activity's own fields (insert and update), the schema's columns. */
const FIELD_KEYS = [
  'form',
  'status',
  'date',
  'time',
  'title',
  'agenda',
  'minutes',
  'minutesConfidential',
  'outcome',
  'outcomeConfidential',
  'participants',
  'round',
  'roundRevealed',
  'roundConsentScope',
  'roundConsentDate',
] as const satisfies readonly (keyof DialogueFields)[];
const DIALOGUE = columns(dialogues, 'd', ['id', 'caseId'])
  .and(columns(cases, 'c', ['caseNumber'], { caseTitle: 'title' }))
  .and(columns(dialogues, 'd', [...FIELD_KEYS, 'version']));
export type DialogueRow = (typeof DIALOGUE)['_row'];
const ITEM = columns(dialogueItems, 'i', ['id', 'dialogueId'])
  .and(columns(dialogues, 'd', ['caseId']))
  .and(columns(dialogueItems, 'i', ['askedBy']))
  .and(columns(suppliers, 's', [], { askedByName: 'name' }))
  .and(
    columns(dialogueItems, 'i', [
      'question',
      'answer',
      'answeredDate',
      'answerConfidential',
      'sharedDate',
      'sharedHow',
      'version',
    ]),
  )
  .and(columns(dialogues, 'd', [], { dialogueDate: 'date', dialogueForm: 'form' }));
// (The supplier's name is null for a question no one in particular asked: the join is a LEFT JOIN.)
export type ItemRow = Omit<(typeof ITEM)['_row'], 'askedByName'> & { askedByName: string | null };
const ITEM_FIELD_KEYS = ['askedBy', 'question', 'answer', 'answeredDate', 'answerConfidential'] as const;
export type ItemFieldsRow = Pick<typeof dialogueItems.$inferInsert, (typeof ITEM_FIELD_KEYS)[number]> & {
  askedBy: number | null;
  answeredDate: string | null;
  answerConfidential: ConfidentialityBasis | null;
  answer: string;
};
const PARTICIPANT = columns(dialogueSuppliers, 'p', ['supplierId'])
  .and(columns(suppliers, 's', ['name', 'orgnr']))
  .and(columns(dialogueSuppliers, 'p', ['invited', 'attended']));

/** An item still to be made known to all: not shared, and not an answer that is confidential. */
const UNSHARED = raw('i.shared_date IS NULL AND i.answer_confidential IS NULL');

type Fields = Pick<typeof dialogues.$inferInsert, (typeof FIELD_KEYS)[number]>;
const INSERT = sql<Fields & { caseId: number; now: string }>`
  INSERT INTO dialogues (uid, case_id, ${namesOf(dialogues, FIELD_KEYS)}, created_at, updated_at)
  VALUES (lower(hex(randomblob(16))), ${p('caseId')}, ${paramsOf(FIELD_KEYS)}, ${p('now')}, ${p('now')}) RETURNING id`.rows<{
  id: number;
}>();
const UPDATE = sql<Fields & { id: number; version: number; now: string }>`
  UPDATE dialogues SET ${assignmentsOf(dialogues, FIELD_KEYS)}, version = version + 1, updated_at = ${p('now')} WHERE id = ${p('id')} AND version = ${p('version')}`;
const PARTICIPANTS_DELETE = sql<{ id: number }>`DELETE FROM dialogue_suppliers WHERE dialogue_id = ${p('id')}`;
const PARTICIPANT_INSERT = sql<
  typeof dialogueSuppliers.$inferInsert
>`INSERT INTO dialogue_suppliers ${insertOf(dialogueSuppliers, ['dialogueId', 'supplierId', 'invited', 'attended'])}`;
const GET = sql<{
  id: number;
}>`SELECT ${DIALOGUE} FROM dialogues d JOIN cases c ON c.id = d.case_id WHERE d.id = ${p('id')}`.rows(DIALOGUE);
const PARTICIPANTS = sql<{ id: number }>`
  SELECT ${PARTICIPANT} FROM dialogue_suppliers p JOIN suppliers s ON s.id = p.supplier_id WHERE p.dialogue_id = ${p('id')} ORDER BY s.name_sort`.rows(
  PARTICIPANT,
);
const ITEMS_OF = sql<{ id: number }>`
  SELECT ${ITEM} FROM dialogue_items i JOIN dialogues d ON d.id = i.dialogue_id LEFT JOIN suppliers s ON s.id = i.asked_by WHERE i.dialogue_id = ${p('id')} ORDER BY i.id`.rows<ItemRow>();
const OVERVIEW_COLUMNS = `d.id, d.case_id AS caseId, c.case_number AS caseNumber, c.title AS caseTitle, d.form, d.status, d.date, d.time, d.title`;
type OverviewRow = {
  id: number;
  caseId: number;
  caseNumber: string;
  caseTitle: string;
  form: DialogueForm;
  status: DialogueStatus;
  date: string;
  time: string;
  title: string;
};
const UPCOMING = sql<{ today: string }>`
  SELECT ${raw(OVERVIEW_COLUMNS)} FROM dialogues d JOIN cases c ON c.id = d.case_id
  WHERE d.date >= ${p('today')} AND c.archived = 0 ORDER BY d.date, d.time, d.id LIMIT 100`.rows<OverviewRow>();
const RECENT = sql<{ today: string; from: string }>`
  SELECT ${raw(OVERVIEW_COLUMNS)} FROM dialogues d JOIN cases c ON c.id = d.case_id
  WHERE d.date < ${p('today')} AND d.date >= ${p('from')} AND c.archived = 0 ORDER BY d.date DESC, d.time DESC, d.id DESC LIMIT 100`.rows<OverviewRow>();
const FOR_CASE = sql<{ caseId: number }>`
  SELECT d.id, d.case_id AS caseId, d.form, d.status, d.date, d.time, d.title, d.round,
    (SELECT count(*) FROM dialogue_suppliers p WHERE p.dialogue_id = d.id) AS suppliers,
    (SELECT count(*) FROM dialogue_suppliers p WHERE p.dialogue_id = d.id AND p.attended = 1) AS attended,
    (SELECT count(*) FROM dialogue_items i WHERE i.dialogue_id = d.id) AS items,
    (SELECT count(*) FROM dialogue_items i WHERE i.dialogue_id = d.id AND ${UNSHARED} AND d.form <> 'dialogrunde') AS unshared
  FROM dialogues d WHERE d.case_id = ${p('caseId')} ORDER BY d.date, d.time, d.id`.rows<{
  id: number;
  caseId: number;
  form: DialogueForm;
  status: DialogueStatus;
  date: string;
  time: string;
  title: string;
  round: number | null;
  suppliers: number;
  attended: number;
  items: number;
  unshared: number;
}>();
const UNSHARED_COUNT = sql<{ caseId: number }>`
  SELECT count(*) AS n FROM dialogue_items i JOIN dialogues d ON d.id = i.dialogue_id WHERE d.case_id = ${p('caseId')} AND ${UNSHARED} AND d.form <> 'dialogrunde'`.rows<{
  n: number;
}>();
const UNSHARED_BY_CASE = sql`
  SELECT d.case_id AS caseId, count(*) AS n FROM dialogue_items i JOIN dialogues d ON d.id = i.dialogue_id WHERE ${UNSHARED} AND d.form <> 'dialogrunde' GROUP BY d.case_id`.rows<{
  caseId: number;
  n: number;
}>();
const GET_ITEM = sql<{ id: number }>`
  SELECT ${ITEM} FROM dialogue_items i JOIN dialogues d ON d.id = i.dialogue_id LEFT JOIN suppliers s ON s.id = i.asked_by WHERE i.id = ${p('id')}`.rows<ItemRow>();
const INSERT_ITEM = sql<ItemFieldsRow & { dialogueId: number; now: string }>`
  INSERT INTO dialogue_items (dialogue_id, ${namesOf(dialogueItems, ITEM_FIELD_KEYS)}, created_at) VALUES (${p('dialogueId')}, ${paramsOf(ITEM_FIELD_KEYS)}, ${p('now')}) RETURNING id`.rows<{
  id: number;
}>();
const UPDATE_ITEM = sql<ItemFieldsRow & { id: number; version: number }>`
  UPDATE dialogue_items SET ${assignmentsOf(dialogueItems, ITEM_FIELD_KEYS)}, version = version + 1 WHERE id = ${p('id')} AND version = ${p('version')}`;
const SHARE_ITEM = sql<{ id: number; version: number; date: string; how: string }>`
  UPDATE dialogue_items SET shared_date = ${p('date')}, shared_how = ${p('how')}, version = version + 1 WHERE id = ${p('id')} AND version = ${p('version')}`;
const UNSHARE_ITEM = sql<{
  id: number;
}>`UPDATE dialogue_items SET shared_date = NULL, shared_how = '' WHERE id = ${p('id')}`;
const PREQUALIFIED = sql<{ caseId: number }>`
  SELECT q.supplier_id AS supplierId, s.name, s.orgnr FROM case_prequalified q JOIN suppliers s ON s.id = q.supplier_id WHERE q.case_id = ${p('caseId')} ORDER BY s.name_sort`.rows<{
  supplierId: number;
  name: string;
  orgnr: string;
}>();
const PREQUALIFIED_DELETE = sql<{ caseId: number }>`DELETE FROM case_prequalified WHERE case_id = ${p('caseId')}`;
const PREQUALIFIED_INSERT = sql<
  typeof casePrequalified.$inferInsert
>`INSERT INTO case_prequalified ${insertOf(casePrequalified, ['caseId', 'supplierId'])}`;
const ROUND_CELLS = sql<{ caseId: number }>`
  SELECT p.supplier_id AS supplierId, d.round, d.id AS dialogueId, d.date FROM dialogues d JOIN dialogue_suppliers p ON p.dialogue_id = d.id
  WHERE d.case_id = ${p('caseId')} AND d.form = 'dialogrunde' AND d.round IS NOT NULL ORDER BY d.round, d.date`.rows<{
  supplierId: number;
  round: number;
  dialogueId: number;
  date: string;
}>();
const CLOSING_COLUMNS = columns(caseDialogueClosing, null, ['closedDate', 'finalTendersInvitedDate']);
const CLOSING = sql<{
  caseId: number;
}>`SELECT ${CLOSING_COLUMNS} FROM case_dialogue_closing WHERE case_id = ${p('caseId')}`.rows(CLOSING_COLUMNS);
const SET_CLOSING = sql<typeof caseDialogueClosing.$inferInsert>`
  INSERT INTO case_dialogue_closing ${insertOf(caseDialogueClosing, ['caseId', 'closedDate', 'finalTendersInvitedDate'])}
  ON CONFLICT (case_id) DO UPDATE SET closed_date = excluded.closed_date, final_tenders_invited_date = excluded.final_tenders_invited_date`;

// Search: the columns of a hit, and the statements driven from each index (FTS5 MATCH, newest first) or by the rows in scope.
const ACTIVITY_HIT =
  raw(`'activity' AS kind, d.id AS dialogueId, NULL AS itemId, d.case_id AS caseId, c.case_number AS caseNumber, d.date, d.form, d.title,
  snippet(dialogues_fts, -1, '[[', ']]', ' … ', 16) AS snippet, d.created_at AS recorded`);
const ITEM_HIT =
  raw(`'item' AS kind, d.id AS dialogueId, i.id AS itemId, d.case_id AS caseId, c.case_number AS caseNumber, d.date, d.form, d.title,
  snippet(items_fts, -1, '[[', ']]', ' … ', 16) AS snippet, i.created_at AS recorded`);
type Match = { match: string; limit: number };
const ACTIVITY_MATCHES = sql<Match>`
  SELECT ${ACTIVITY_HIT} FROM dialogues_fts f CROSS JOIN dialogues d ON d.id = f.rowid JOIN cases c ON c.id = d.case_id WHERE dialogues_fts MATCH ${p('match')} ORDER BY f.rowid DESC LIMIT ${p('limit')}`.rows<SearchHitRow>();
const ITEM_MATCHES = sql<Match>`
  SELECT ${ITEM_HIT} FROM items_fts f CROSS JOIN dialogue_items i ON i.id = f.rowid JOIN dialogues d ON d.id = i.dialogue_id JOIN cases c ON c.id = d.case_id
  WHERE items_fts MATCH ${p('match')} ORDER BY f.rowid DESC LIMIT ${p('limit')}`.rows<SearchHitRow>();
type Scope = { caseId?: number; supplierId?: number };
// Which dialogues the filters allow, as a driving row source.
const SCOPE_BOTH = sql<Scope>`SELECT d0.id FROM dialogues d0 JOIN dialogue_suppliers p ON p.dialogue_id = d0.id WHERE d0.case_id = ${p('caseId')} AND p.supplier_id = ${p('supplierId')}`;
const SCOPE_CASE = sql<Scope>`SELECT id FROM dialogues WHERE case_id = ${p('caseId')}`;
const SCOPE_SUPPLIER = sql<Scope>`SELECT dialogue_id AS id FROM dialogue_suppliers WHERE supplier_id = ${p('supplierId')}`;

/** Market dialogue storage: activities, participants, equal-treatment items, competitive dialogue. Callers own the transaction. */
export class DialoguesRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  insert(f: DialogueFields, now = nowIso()): number {
    const { id } = this.st.get(INSERT, { ...fieldsOf(f), caseId: f.caseId, now })!;
    this.replaceParticipants(id, f.suppliers);
    return id;
  }

  update(id: number, version: number, f: Omit<DialogueFields, 'caseId'>): boolean {
    if (this.st.run(UPDATE, { ...fieldsOf(f), id, version, now: nowIso() }).changes === 0) return false;
    this.replaceParticipants(id, f.suppliers);
    return true;
  }

  private replaceParticipants(id: number, list: DialogueFields['suppliers']): void {
    this.st.run(PARTICIPANTS_DELETE, { id });
    for (const x of list)
      this.st.run(PARTICIPANT_INSERT, {
        dialogueId: id,
        supplierId: x.supplierId,
        invited: x.invited,
        attended: x.attended,
      });
  }

  get(id: number): DialogueRow | null {
    return this.st.get(GET, { id }) ?? null;
  }

  participants(id: number) {
    return this.st.all(PARTICIPANTS, { id });
  }

  itemsOf(dialogueId: number): ItemRow[] {
    return this.st.all(ITEMS_OF, { id: dialogueId });
  }

  /** Activities across the cases in use: ahead from `today`, and back to `from`, newest first. */
  overview(today: string, from: string) {
    return { upcoming: this.st.all(UPCOMING, { today }), recent: this.st.all(RECENT, { today, from }) };
  }

  forCase(caseId: number) {
    return this.st.all(FOR_CASE, { caseId });
  }

  /**
   * Equal-treatment items of a case that have not yet been made known to all:
   * market dialogue before the competition only (never a round's, which must
   * not be shared), and not answers marked confidential, which cannot be.
   */
  unsharedCount(caseId: number): number {
    return this.st.get(UNSHARED_COUNT, { caseId })!.n;
  }

  /** How many answers each case has not yet shared with all (the same rule as unsharedCount), for the cases that have any. */
  unsharedCounts(): Map<number, number> {
    return new Map(this.st.all(UNSHARED_BY_CASE).map((r) => [r.caseId, r.n]));
  }

  getItem(id: number): ItemRow | null {
    return this.st.get(GET_ITEM, { id }) ?? null;
  }

  insertItem(dialogueId: number, f: ItemFieldsRow, now = nowIso()): number {
    return this.st.get(INSERT_ITEM, { ...itemFieldsOf(f), dialogueId, now })!.id;
  }

  updateItem(id: number, version: number, f: ItemFieldsRow): boolean {
    return this.st.run(UPDATE_ITEM, { ...itemFieldsOf(f), id, version }).changes > 0;
  }

  shareItem(id: number, version: number, date: string, how: string): boolean {
    return this.st.run(SHARE_ITEM, { id, version, date, how }).changes > 0;
  }

  /**
   * Full-text search over activities and items, most recently recorded first.
   * Unfiltered, each side is driven from its FTS index in rowid order and
   * stops at `limit`. With a case or supplier filter the rows in scope are
   * few; they are read and matched by the same rule in JS (textMatch.ts).
   * Probing the index per row re-merges a prefix's doclists each time, and
   * walking all matches to find one case's grows with the whole register.
   */
  search(q: string, opts: { caseId?: number; supplierId?: number; limit: number }) {
    if (!ftsQuery(q)) return [];
    // Which dialogues the filters allow, as a driving row source (or none: drive from the index).
    const scope: Sql<Scope> | null =
      opts.caseId && opts.supplierId ? SCOPE_BOTH : opts.caseId ? SCOPE_CASE : opts.supplierId ? SCOPE_SUPPLIER : null;
    const inScope: Scope = { caseId: opts.caseId, supplierId: opts.supplierId };
    let activities: SearchHitRow[];
    let items: SearchHitRow[];
    if (!scope) {
      const am = expandedMatch(this.st, 'dialogues_fts_vocab', q);
      const im = expandedMatch(this.st, 'items_fts_vocab', q);
      activities = am ? this.st.all(ACTIVITY_MATCHES, { match: am, limit: opts.limit }) : [];
      items = im ? this.st.all(ITEM_MATCHES, { match: im, limit: opts.limit }) : [];
    } else {
      // Few rows in scope: read them and apply the same rule in JS (textMatch.ts).
      const words = queryWords(q);
      const rows = this.st.all(
        sql<Scope>`SELECT d.id AS dialogueId, d.case_id AS caseId, c.case_number AS caseNumber, d.date, d.form, d.title, d.agenda, d.minutes, d.outcome, d.created_at AS recorded
           FROM (${scope}) s JOIN dialogues d ON d.id = s.id JOIN cases c ON c.id = d.case_id ORDER BY d.id DESC`.rows<
          Omit<SearchHitRow, 'kind' | 'itemId' | 'snippet'> & { agenda: string; minutes: string; outcome: string }
        >(),
        inScope,
      );
      activities = rows
        .filter((r) => matchesAll([r.title, r.agenda, r.minutes, r.outcome], words))
        .slice(0, opts.limit)
        .map(({ agenda, minutes, outcome, ...r }) => ({
          ...r,
          kind: 'activity',
          itemId: null,
          snippet: snippetOf([r.title, agenda, minutes, outcome], words),
        }));
      // Items of those dialogues, and for a supplier also the questions it asked elsewhere.
      const supplierOnly = opts.supplierId && !opts.caseId;
      const itemScope = supplierOnly
        ? sql<Scope>`SELECT i0.id FROM dialogue_items i0 WHERE i0.dialogue_id IN (${scope}) UNION SELECT id FROM dialogue_items WHERE asked_by = ${p('supplierId')}`
        : sql<Scope>`SELECT i0.id FROM dialogue_items i0 WHERE i0.dialogue_id IN (${scope})`;
      const itemRows = this.st.all(
        sql<Scope>`SELECT d.id AS dialogueId, i.id AS itemId, d.case_id AS caseId, c.case_number AS caseNumber, d.date, d.form, d.title, i.question, i.answer, i.created_at AS recorded
           FROM (${itemScope}) s JOIN dialogue_items i ON i.id = s.id JOIN dialogues d ON d.id = i.dialogue_id JOIN cases c ON c.id = d.case_id ORDER BY i.id DESC`.rows<
          Omit<SearchHitRow, 'kind' | 'snippet'> & { question: string; answer: string }
        >(),
        inScope,
      );
      items = itemRows
        .filter((r) => matchesAll([r.question, r.answer], words))
        .slice(0, opts.limit)
        .map(({ question, answer, ...r }) => ({ ...r, kind: 'item', snippet: snippetOf([question, answer], words) }));
    }
    return [...activities, ...items]
      .sort((a, b) => (a.recorded < b.recorded ? 1 : a.recorded > b.recorded ? -1 : 0))
      .slice(0, opts.limit)
      .map(({ recorded: _r, ...hit }) => hit);
  }

  unshareItem(id: number): void {
    this.st.run(UNSHARE_ITEM, { id });
  }

  // Competitive dialogue.
  prequalified(caseId: number) {
    return this.st.all(PREQUALIFIED, { caseId });
  }

  setPrequalified(caseId: number, supplierIds: readonly number[]): void {
    this.st.run(PREQUALIFIED_DELETE, { caseId });
    for (const supplierId of supplierIds) this.st.run(PREQUALIFIED_INSERT, { caseId, supplierId });
  }

  roundCells(caseId: number) {
    return this.st.all(ROUND_CELLS, { caseId });
  }

  closing(caseId: number): { closedDate: string; finalTendersInvitedDate: string | null } | null {
    return this.st.get(CLOSING, { caseId }) ?? null;
  }

  setClosing(caseId: number, closedDate: string, invited: string | null): void {
    this.st.run(SET_CLOSING, { caseId, closedDate, finalTendersInvitedDate: invited });
  }
}

export interface SearchHitRow {
  kind: 'activity' | 'item';
  dialogueId: number;
  itemId: number | null;
  caseId: number;
  caseNumber: string;
  date: string;
  form: DialogueForm;
  title: string;
  snippet: string;
  recorded: string;
}

const fieldsOf = (f: Omit<DialogueFields, 'caseId'>): Fields => ({
  form: f.form,
  // The service always says (service/handlers/dialogues.ts); written below it, an activity is one that was held.
  status: f.status ?? 'held',
  date: f.date,
  time: f.time,
  title: f.title,
  agenda: f.agenda,
  minutes: f.minutes,
  minutesConfidential: f.minutesConfidential,
  outcome: f.outcome,
  outcomeConfidential: f.outcomeConfidential,
  participants: f.participants,
  round: f.round,
  roundRevealed: f.roundRevealed,
  roundConsentScope: f.roundConsentScope,
  roundConsentDate: f.roundConsentDate,
});
const itemFieldsOf = (f: ItemFieldsRow): ItemFieldsRow => ({
  askedBy: f.askedBy,
  question: f.question,
  answer: f.answer,
  answeredDate: f.answeredDate,
  answerConfidential: f.answerConfidential,
});
