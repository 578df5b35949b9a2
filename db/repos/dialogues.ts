import type { ConfidentialityBasis, DialogueFields, DialogueForm } from '../../core/index.js';
import type { Db } from '../open.js';
import { expandedMatch } from './ftsExpand.js';
import { ftsQuery } from './ftsQuery.js';
import { matchesAll, queryWords, snippetOf } from './textMatch.js';
import { nowIso, StatementCache } from './statements.js';

export interface DialogueRow {
  id: number;
  caseId: number;
  caseNumber: string;
  caseTitle: string;
  form: DialogueForm;
  date: string;
  time: string;
  title: string;
  agenda: string;
  minutes: string;
  minutesConfidential: ConfidentialityBasis | null;
  outcome: string;
  outcomeConfidential: ConfidentialityBasis | null;
  participants: string;
  round: number | null;
  roundRevealed: string;
  roundConsentScope: string;
  roundConsentDate: string | null;
  version: number;
}

export interface ItemRow {
  id: number;
  dialogueId: number;
  caseId: number;
  askedBy: number | null;
  askedByName: string | null;
  question: string;
  answer: string;
  answeredDate: string | null;
  answerConfidential: ConfidentialityBasis | null;
  sharedDate: string | null;
  sharedHow: string;
  version: number;
  dialogueDate: string;
  dialogueForm: DialogueForm;
}

export interface ItemFieldsRow {
  askedBy: number | null;
  question: string;
  answer: string;
  answeredDate: string | null;
  answerConfidential: ConfidentialityBasis | null;
}

const DIALOGUE_COLUMNS = `d.id, d.case_id AS caseId, c.case_number AS caseNumber, c.title AS caseTitle, d.form, d.date, d.time, d.title, d.agenda,
  d.minutes, d.minutes_confidential AS minutesConfidential, d.outcome, d.outcome_confidential AS outcomeConfidential, d.participants, d.round,
  d.round_revealed AS roundRevealed, d.round_consent_scope AS roundConsentScope, d.round_consent_date AS roundConsentDate, d.version`;
const ITEM_COLUMNS = `i.id, i.dialogue_id AS dialogueId, d.case_id AS caseId, i.asked_by AS askedBy, s.name AS askedByName, i.question, i.answer,
  i.answered_date AS answeredDate, i.answer_confidential AS answerConfidential, i.shared_date AS sharedDate, i.shared_how AS sharedHow, i.version,
  d.date AS dialogueDate, d.form AS dialogueForm`;

/** An item still to be made known to all: not shared, and not an answer that is confidential. */
const UNSHARED = 'i.shared_date IS NULL AND i.answer_confidential IS NULL';

/** Market dialogue storage: activities, participants, equal-treatment items, competitive dialogue. Callers own the transaction. */
export class DialoguesRepo {
  private readonly st: StatementCache;
  constructor(db: Db) {
    this.st = new StatementCache(db.$client);
  }

  insert(f: DialogueFields, now = nowIso()): number {
    const { id } = this.st
      .get(
        `INSERT INTO dialogues (uid, case_id, form, date, time, title, agenda, minutes, minutes_confidential, outcome, outcome_confidential, participants, round,
           round_revealed, round_consent_scope, round_consent_date, created_at, updated_at)
         VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(f.caseId, f.form, f.date, f.time, f.title, f.agenda, f.minutes, f.minutesConfidential, f.outcome, f.outcomeConfidential, f.participants, f.round, f.roundRevealed, f.roundConsentScope, f.roundConsentDate, now, now) as {
      id: number;
    };
    this.replaceParticipants(id, f.suppliers);
    return id;
  }

  update(id: number, version: number, f: Omit<DialogueFields, 'caseId'>): boolean {
    const r = this.st
      .get(
        `UPDATE dialogues SET form = ?, date = ?, time = ?, title = ?, agenda = ?, minutes = ?, minutes_confidential = ?, outcome = ?, outcome_confidential = ?,
           participants = ?, round = ?, round_revealed = ?, round_consent_scope = ?, round_consent_date = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
      )
      .run(f.form, f.date, f.time, f.title, f.agenda, f.minutes, f.minutesConfidential, f.outcome, f.outcomeConfidential, f.participants, f.round, f.roundRevealed, f.roundConsentScope, f.roundConsentDate, nowIso(), id, version);
    if (r.changes === 0) return false;
    this.replaceParticipants(id, f.suppliers);
    return true;
  }

  private replaceParticipants(id: number, list: DialogueFields['suppliers']): void {
    this.st.get('DELETE FROM dialogue_suppliers WHERE dialogue_id = ?').run(id);
    const ins = this.st.get('INSERT INTO dialogue_suppliers (dialogue_id, supplier_id, invited, attended) VALUES (?, ?, ?, ?)');
    for (const p of list) ins.run(id, p.supplierId, p.invited ? 1 : 0, p.attended ? 1 : 0);
  }

  get(id: number): DialogueRow | null {
    return (this.st.get(`SELECT ${DIALOGUE_COLUMNS} FROM dialogues d JOIN cases c ON c.id = d.case_id WHERE d.id = ?`).get(id) as DialogueRow | undefined) ?? null;
  }

  participants(id: number) {
    const rows = this.st
      .get(
        `SELECT p.supplier_id AS supplierId, s.name, s.orgnr, p.invited, p.attended FROM dialogue_suppliers p JOIN suppliers s ON s.id = p.supplier_id
         WHERE p.dialogue_id = ? ORDER BY s.name_sort`,
      )
      .all(id) as { supplierId: number; name: string; orgnr: string; invited: number; attended: number }[];
    return rows.map((r) => ({ ...r, invited: Boolean(r.invited), attended: Boolean(r.attended) }));
  }

  itemsOf(dialogueId: number): ItemRow[] {
    return this.st
      .get(`SELECT ${ITEM_COLUMNS} FROM dialogue_items i JOIN dialogues d ON d.id = i.dialogue_id LEFT JOIN suppliers s ON s.id = i.asked_by WHERE i.dialogue_id = ? ORDER BY i.id`)
      .all(dialogueId) as ItemRow[];
  }

  forCase(caseId: number) {
    return this.st
      .get(
        `SELECT d.id, d.case_id AS caseId, d.form, d.date, d.time, d.title, d.round,
           (SELECT count(*) FROM dialogue_suppliers p WHERE p.dialogue_id = d.id) AS suppliers,
           (SELECT count(*) FROM dialogue_suppliers p WHERE p.dialogue_id = d.id AND p.attended = 1) AS attended,
           (SELECT count(*) FROM dialogue_items i WHERE i.dialogue_id = d.id) AS items,
           (SELECT count(*) FROM dialogue_items i WHERE i.dialogue_id = d.id AND ${UNSHARED} AND d.form <> 'dialogrunde') AS unshared
         FROM dialogues d WHERE d.case_id = ? ORDER BY d.date, d.time, d.id`,
      )
      .all(caseId) as {
      id: number;
      caseId: number;
      form: DialogueForm;
      date: string;
      time: string;
      title: string;
      round: number | null;
      suppliers: number;
      attended: number;
      items: number;
      unshared: number;
    }[];
  }

  /**
   * Equal-treatment items of a case that have not yet been made known to all:
   * market dialogue before the competition only (never a round's, which must
   * not be shared), and not answers marked confidential, which cannot be.
   */
  unsharedCount(caseId: number): number {
    return (
      this.st.get(`SELECT count(*) AS n FROM dialogue_items i JOIN dialogues d ON d.id = i.dialogue_id WHERE d.case_id = ? AND ${UNSHARED} AND d.form <> 'dialogrunde'`).get(caseId) as {
        n: number;
      }
    ).n;
  }

  getItem(id: number): ItemRow | null {
    return (
      (this.st
        .get(`SELECT ${ITEM_COLUMNS} FROM dialogue_items i JOIN dialogues d ON d.id = i.dialogue_id LEFT JOIN suppliers s ON s.id = i.asked_by WHERE i.id = ?`)
        .get(id) as ItemRow | undefined) ?? null
    );
  }

  insertItem(dialogueId: number, f: ItemFieldsRow, now = nowIso()): number {
    const { id } = this.st
      .get(
        `INSERT INTO dialogue_items (dialogue_id, asked_by, question, answer, answered_date, answer_confidential, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(dialogueId, f.askedBy, f.question, f.answer, f.answeredDate, f.answerConfidential, now) as { id: number };
    return id;
  }

  updateItem(id: number, version: number, f: ItemFieldsRow): boolean {
    return (
      this.st
        .get(
          `UPDATE dialogue_items SET asked_by = ?, question = ?, answer = ?, answered_date = ?, answer_confidential = ?, version = version + 1
           WHERE id = ? AND version = ?`,
        )
        .run(f.askedBy, f.question, f.answer, f.answeredDate, f.answerConfidential, id, version).changes > 0
    );
  }

  shareItem(id: number, version: number, date: string, how: string): boolean {
    return this.st.get('UPDATE dialogue_items SET shared_date = ?, shared_how = ?, version = version + 1 WHERE id = ? AND version = ?').run(date, how, id, version).changes > 0;
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
    const activityCols = `'activity' AS kind, d.id AS dialogueId, NULL AS itemId, d.case_id AS caseId, c.case_number AS caseNumber, d.date, d.form, d.title,
      snippet(dialogues_fts, -1, '[[', ']]', ' … ', 16) AS snippet, d.created_at AS recorded`;
    const itemCols = `'item' AS kind, d.id AS dialogueId, i.id AS itemId, d.case_id AS caseId, c.case_number AS caseNumber, d.date, d.form, d.title,
      snippet(items_fts, -1, '[[', ']]', ' … ', 16) AS snippet, i.created_at AS recorded`;
    // Which dialogues the filters allow, as a driving row source (or none: drive from the index).
    const scope: { sql: string; params: unknown[] } | null =
      opts.caseId && opts.supplierId
        ? { sql: 'SELECT d0.id FROM dialogues d0 JOIN dialogue_suppliers p ON p.dialogue_id = d0.id WHERE d0.case_id = ? AND p.supplier_id = ?', params: [opts.caseId, opts.supplierId] }
        : opts.caseId
          ? { sql: 'SELECT id FROM dialogues WHERE case_id = ?', params: [opts.caseId] }
          : opts.supplierId
            ? { sql: 'SELECT dialogue_id AS id FROM dialogue_suppliers WHERE supplier_id = ?', params: [opts.supplierId] }
            : null;
    let activities: SearchHitRow[];
    let items: SearchHitRow[];
    if (!scope) {
      const am = expandedMatch(this.st, 'dialogues_fts_vocab', q);
      const im = expandedMatch(this.st, 'items_fts_vocab', q);
      activities = am
        ? (this.st
            .get(`SELECT ${activityCols} FROM dialogues_fts f CROSS JOIN dialogues d ON d.id = f.rowid JOIN cases c ON c.id = d.case_id WHERE dialogues_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?`)
            .all(am, opts.limit) as SearchHitRow[])
        : [];
      items = im
        ? (this.st
            .get(
              `SELECT ${itemCols} FROM items_fts f CROSS JOIN dialogue_items i ON i.id = f.rowid JOIN dialogues d ON d.id = i.dialogue_id JOIN cases c ON c.id = d.case_id
               WHERE items_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?`,
            )
            .all(im, opts.limit) as SearchHitRow[])
        : [];
    } else {
      // Few rows in scope: read them and apply the same rule in JS (textMatch.ts).
      const words = queryWords(q);
      const rows = this.st
        .get(
          `SELECT d.id AS dialogueId, d.case_id AS caseId, c.case_number AS caseNumber, d.date, d.form, d.title, d.agenda, d.minutes, d.outcome, d.created_at AS recorded
           FROM (${scope.sql}) s JOIN dialogues d ON d.id = s.id JOIN cases c ON c.id = d.case_id ORDER BY d.id DESC`,
        )
        .all(...scope.params) as (Omit<SearchHitRow, 'kind' | 'itemId' | 'snippet'> & { agenda: string; minutes: string; outcome: string })[];
      activities = rows
        .filter((r) => matchesAll([r.title, r.agenda, r.minutes, r.outcome], words))
        .slice(0, opts.limit)
        .map(({ agenda, minutes, outcome, ...r }) => ({ ...r, kind: 'activity', itemId: null, snippet: snippetOf([r.title, agenda, minutes, outcome], words) }));
      // Items of those dialogues, and for a supplier also the questions it asked elsewhere.
      const supplierOnly = opts.supplierId && !opts.caseId;
      const itemScope = supplierOnly
        ? `SELECT i0.id FROM dialogue_items i0 WHERE i0.dialogue_id IN (${scope.sql}) UNION SELECT id FROM dialogue_items WHERE asked_by = ?`
        : `SELECT i0.id FROM dialogue_items i0 WHERE i0.dialogue_id IN (${scope.sql})`;
      const itemRows = this.st
        .get(
          `SELECT d.id AS dialogueId, i.id AS itemId, d.case_id AS caseId, c.case_number AS caseNumber, d.date, d.form, d.title, i.question, i.answer, i.created_at AS recorded
           FROM (${itemScope}) s JOIN dialogue_items i ON i.id = s.id JOIN dialogues d ON d.id = i.dialogue_id JOIN cases c ON c.id = d.case_id ORDER BY i.id DESC`,
        )
        .all(...scope.params, ...(supplierOnly ? [opts.supplierId] : [])) as (Omit<SearchHitRow, 'kind' | 'snippet'> & { question: string; answer: string })[];
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
    this.st.get("UPDATE dialogue_items SET shared_date = NULL, shared_how = '' WHERE id = ?").run(id);
  }

  // Competitive dialogue.
  prequalified(caseId: number) {
    return this.st
      .get(
        'SELECT q.supplier_id AS supplierId, s.name, s.orgnr FROM case_prequalified q JOIN suppliers s ON s.id = q.supplier_id WHERE q.case_id = ? ORDER BY s.name_sort',
      )
      .all(caseId) as { supplierId: number; name: string; orgnr: string }[];
  }

  setPrequalified(caseId: number, supplierIds: readonly number[]): void {
    this.st.get('DELETE FROM case_prequalified WHERE case_id = ?').run(caseId);
    const ins = this.st.get('INSERT INTO case_prequalified (case_id, supplier_id) VALUES (?, ?)');
    for (const s of supplierIds) ins.run(caseId, s);
  }

  roundCells(caseId: number) {
    return this.st
      .get(
        `SELECT p.supplier_id AS supplierId, d.round, d.id AS dialogueId, d.date FROM dialogues d JOIN dialogue_suppliers p ON p.dialogue_id = d.id
         WHERE d.case_id = ? AND d.form = 'dialogrunde' AND d.round IS NOT NULL ORDER BY d.round, d.date`,
      )
      .all(caseId) as { supplierId: number; round: number; dialogueId: number; date: string }[];
  }

  closing(caseId: number): { closedDate: string; finalTendersInvitedDate: string | null } | null {
    return (
      (this.st.get('SELECT closed_date AS closedDate, final_tenders_invited_date AS finalTendersInvitedDate FROM case_dialogue_closing WHERE case_id = ?').get(caseId) as
        | { closedDate: string; finalTendersInvitedDate: string | null }
        | undefined) ?? null
    );
  }

  setClosing(caseId: number, closedDate: string, invited: string | null): void {
    this.st
      .get(
        `INSERT INTO case_dialogue_closing (case_id, closed_date, final_tenders_invited_date) VALUES (?, ?, ?)
         ON CONFLICT (case_id) DO UPDATE SET closed_date = excluded.closed_date, final_tenders_invited_date = excluded.final_tenders_invited_date`,
      )
      .run(caseId, closedDate, invited);
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
