import { norwegianSortKey, type SupplierFields } from '../../core/index.js';
import type { Db } from '../open.js';
import { supplierContacts, suppliers } from '../schema.js';
import { assignmentsOf, columns, insertOf, join, namesOf, p, paramsOf, sql, Statements, type Sql } from '../sql.js';
import { nowIso } from './statements.js';

/** A supplier's own fields (insert and update), the schema's columns. */
const FIELD_KEYS = [
  'orgnr',
  'name',
  'nameSort',
  'address',
  'postalCode',
  'city',
  'notes',
  'notesConfidential',
] as const;
const SUPPLIER = columns(suppliers, null, [
  'id',
  'orgnr',
  'name',
  'address',
  'postalCode',
  'city',
  'notes',
  'notesConfidential',
  'mergedInto',
  'version',
  'createdAt',
  'updatedAt',
]);
const CONTACT = columns(supplierContacts, null, ['id', 'name', 'role', 'email', 'phone']);
export type SupplierRow = (typeof SUPPLIER)['_row'] & { contacts: (typeof CONTACT)['_row'][] };

type Fields = Pick<typeof suppliers.$inferInsert, (typeof FIELD_KEYS)[number]>;
const LIVE_BY_ORGNR = sql<{
  orgnr: string;
}>`SELECT id, name FROM suppliers WHERE orgnr = ${p('orgnr')} AND merged_into IS NULL`.rows<{
  id: number;
  name: string;
}>();
const INSERT = sql<Fields & { now: string }>`
  INSERT INTO suppliers (uid, ${namesOf(suppliers, FIELD_KEYS)}, created_at, updated_at) VALUES (lower(hex(randomblob(16))), ${paramsOf(FIELD_KEYS)}, ${p('now')}, ${p('now')})`;
const UPDATE = sql<Fields & { id: number; version: number; now: string }>`
  UPDATE suppliers SET ${assignmentsOf(suppliers, FIELD_KEYS)}, version = version + 1, updated_at = ${p('now')} WHERE id = ${p('id')} AND version = ${p('version')} AND merged_into IS NULL`;
const CONTACTS_DELETE = sql<{ id: number }>`DELETE FROM supplier_contacts WHERE supplier_id = ${p('id')}`;
const CONTACT_INSERT = sql<
  Omit<typeof supplierContacts.$inferInsert, 'id'>
>`INSERT INTO supplier_contacts ${insertOf(supplierContacts, ['supplierId', 'name', 'role', 'email', 'phone'])}`;
const GET = sql<{ id: number }>`SELECT ${SUPPLIER} FROM suppliers WHERE id = ${p('id')}`.rows(SUPPLIER);
const CONTACTS = sql<{
  id: number;
}>`SELECT ${CONTACT} FROM supplier_contacts WHERE supplier_id = ${p('id')} ORDER BY id`.rows(CONTACT);
const MERGED_FROM = sql<{
  id: number;
}>`SELECT orgnr, name, merged_at AS mergedAt FROM suppliers WHERE merged_into = ${p('id')} ORDER BY merged_at`.rows<{
  orgnr: string;
  name: string;
  mergedAt: string;
}>();
const CASES = sql<{ id: number }>`
  SELECT c.id, c.case_number AS caseNumber, c.title,
    EXISTS (SELECT 1 FROM case_prequalified q WHERE q.case_id = c.id AND q.supplier_id = ${p('id')}) AS prequalified,
    (SELECT count(*) FROM dialogues d JOIN dialogue_suppliers p ON p.dialogue_id = d.id WHERE d.case_id = c.id AND p.supplier_id = ${p('id')}) AS activities
  FROM cases c
  WHERE c.id IN (SELECT case_id FROM case_prequalified WHERE supplier_id = ${p('id')}
                 UNION SELECT d.case_id FROM dialogues d JOIN dialogue_suppliers p ON p.dialogue_id = d.id WHERE p.supplier_id = ${p('id')})
  ORDER BY c.case_number_sort DESC`.rows<{
  id: number;
  caseNumber: string;
  title: string;
  prequalified: number;
  activities: number;
}>();
const ACTIVITIES = sql<{ id: number }>`
  SELECT d.id, d.case_id AS caseId, c.case_number AS caseNumber, d.date, d.form, d.title, p.invited, p.attended
  FROM dialogue_suppliers p JOIN dialogues d ON d.id = p.dialogue_id JOIN cases c ON c.id = d.case_id
  WHERE p.supplier_id = ${p('id')} ORDER BY d.date DESC, d.id DESC`.rows<{
  id: number;
  caseId: number;
  caseNumber: string;
  date: string;
  form: string;
  title: string;
  invited: number;
  attended: number;
}>();
type Merge = { keepId: number; mergeId: number; keepVersion: number; notes: string; basis: string | null; now: string };
const MERGE_KEEP = sql<Merge>`
  UPDATE suppliers SET notes = CASE WHEN ${p('notes')} = '' THEN notes WHEN notes = '' THEN ${p('notes')} ELSE notes || char(10) || char(10) || ${p('notes')} END,
    notes_confidential = coalesce(notes_confidential, ${p('basis')}), version = version + 1, updated_at = ${p('now')}
  WHERE id = ${p('keepId')} AND version = ${p('keepVersion')} AND merged_into IS NULL`;
type Move = { keepId: number; mergeId: number };
const MERGE_CONTACTS = sql<Move>`UPDATE supplier_contacts SET supplier_id = ${p('keepId')} WHERE supplier_id = ${p('mergeId')}`;
// Where both took part in the same activity, keep the stronger facts (invited/attended).
const MERGE_PARTICIPATION = sql<Move>`
  INSERT INTO dialogue_suppliers (dialogue_id, supplier_id, invited, attended)
  SELECT dialogue_id, ${p('keepId')}, invited, attended FROM dialogue_suppliers WHERE supplier_id = ${p('mergeId')}
  ON CONFLICT (dialogue_id, supplier_id) DO UPDATE SET invited = max(invited, excluded.invited), attended = max(attended, excluded.attended)`;
const DROP_PARTICIPATION = sql<Move>`DELETE FROM dialogue_suppliers WHERE supplier_id = ${p('mergeId')}`;
const MERGE_ASKED = sql<Move>`UPDATE dialogue_items SET asked_by = ${p('keepId')} WHERE asked_by = ${p('mergeId')}`;
const MERGE_PREQUALIFIED = sql<Move>`INSERT OR IGNORE INTO case_prequalified (case_id, supplier_id) SELECT case_id, ${p('keepId')} FROM case_prequalified WHERE supplier_id = ${p('mergeId')}`;
const DROP_PREQUALIFIED = sql<Move>`DELETE FROM case_prequalified WHERE supplier_id = ${p('mergeId')}`;
const MARK_MERGED = sql<
  Move & { now: string }
>`UPDATE suppliers SET merged_into = ${p('keepId')}, merged_at = ${p('now')}, version = version + 1, updated_at = ${p('now')} WHERE id = ${p('mergeId')}`;
const MERGE_CHAIN = sql<Move>`UPDATE suppliers SET merged_into = ${p('keepId')} WHERE merged_into = ${p('mergeId')}`;

type ListParams = { like?: string; digits?: string; anyDigits?: string; limit: number; offset: number };
const fieldsOf = (f: SupplierFields): Fields => ({
  orgnr: f.orgnr,
  name: f.name,
  nameSort: norwegianSortKey(f.name),
  address: f.address,
  postalCode: f.postalCode,
  city: f.city,
  notes: f.notes,
  notesConfidential: f.notesConfidential,
});

/** Supplier storage. Callers own the transaction. */
export class SuppliersRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  /** The live (not merged) supplier with this organisation number. */
  findLiveByOrgnr(orgnr: string): { id: number; name: string } | null {
    return this.st.get(LIVE_BY_ORGNR, { orgnr }) ?? null;
  }

  insert(f: SupplierFields): number {
    const id = Number(this.st.run(INSERT, { ...fieldsOf(f), now: nowIso() }).lastInsertRowid);
    this.replaceContacts(id, f.contacts);
    return id;
  }

  update(id: number, version: number, f: SupplierFields): boolean {
    if (this.st.run(UPDATE, { ...fieldsOf(f), id, version, now: nowIso() }).changes === 0) return false;
    this.replaceContacts(id, f.contacts);
    return true;
  }

  private replaceContacts(id: number, contacts: SupplierFields['contacts']): void {
    this.st.run(CONTACTS_DELETE, { id });
    for (const c of contacts)
      this.st.run(CONTACT_INSERT, { supplierId: id, name: c.name, role: c.role, email: c.email, phone: c.phone });
  }

  get(id: number): SupplierRow | null {
    const row = this.st.get(GET, { id });
    return row ? { ...row, contacts: this.st.all(CONTACTS, { id }) } : null;
  }

  /** Live suppliers matching what is typed: name, organisation number, or a contact's name, e-mail or phone. */
  list(q: string, limit: number, offset: number) {
    const term = q.trim();
    const conds: Sql<ListParams>[] = [sql`s.merged_into IS NULL`];
    const params: ListParams = { limit, offset };
    if (term) {
      const digits = term.replace(/[\s+]/g, '');
      params.like = `%${norwegianSortKey(term).replace(/[%_]/g, '')}%`;
      const anyOf: Sql<ListParams>[] = [
        sql<ListParams>`s.name_sort LIKE ${p('like')}`,
        sql<ListParams>`lower(k.name) LIKE ${p('like')}`,
        sql<ListParams>`lower(k.email) LIKE ${p('like')}`,
      ];
      if (/^\d+$/.test(digits)) {
        anyOf.push(
          sql<ListParams>`s.orgnr LIKE ${p('digits')}`,
          sql<ListParams>`replace(replace(k.phone, ' ', ''), '+', '') LIKE ${p('anyDigits')}`,
        );
        params.digits = `${digits}%`;
        params.anyDigits = `%${digits}%`;
      }
      // Supplier fields and contact fields in one pass: a LEFT JOIN on contacts, de-duplicated.
      conds.push(
        sql<ListParams>`s.id IN (SELECT s.id FROM suppliers s LEFT JOIN supplier_contacts k ON k.supplier_id = s.id WHERE (${join(anyOf, ') OR (')}))`,
      );
    }
    const where = join(conds, ' AND ');
    const total = this.st.get(
      sql<ListParams>`SELECT count(*) AS n FROM suppliers s WHERE ${where}`.rows<{ n: number }>(),
      params,
    )!.n;
    const items = this.st.all(
      sql<ListParams>`SELECT s.id, s.orgnr, s.name, s.city,
           (SELECT count(*) FROM supplier_contacts k WHERE k.supplier_id = s.id) AS contacts,
           (SELECT count(*) FROM dialogue_suppliers p WHERE p.supplier_id = s.id) AS activities
         FROM suppliers s WHERE ${where} ORDER BY s.name_sort, s.id LIMIT ${p('limit')} OFFSET ${p('offset')}`.rows<{
        id: number;
        orgnr: string;
        name: string;
        city: string;
        contacts: number;
        activities: number;
      }>(),
      params,
    );
    return { items, total };
  }

  mergedFrom(id: number): { orgnr: string; name: string; mergedAt: string }[] {
    return this.st.all(MERGED_FROM, { id });
  }

  /** Cases the supplier took part in: prequalified, or in a dialogue activity. */
  cases(id: number): { id: number; caseNumber: string; title: string; prequalified: boolean; activities: number }[] {
    const rows = this.st.all(CASES, { id });
    return rows.map((r) => ({ ...r, prequalified: Boolean(r.prequalified) }));
  }

  activities(id: number) {
    const rows = this.st.all(ACTIVITIES, { id });
    return rows.map((r) => ({ ...r, invited: Boolean(r.invited), attended: Boolean(r.attended) }));
  }

  /**
   * Moves everything linked to `mergeId` onto `keepId` (contacts, dialogue
   * participation, questions asked, prequalifications), keeps the merged
   * record as history, and adds its notes to the kept one. Nothing is deleted.
   */
  merge(keepId: number, mergeId: number, keepVersion: number): boolean {
    const now = nowIso();
    const merged = this.get(mergeId)!;
    if (
      this.st.run(MERGE_KEEP, {
        keepId,
        mergeId,
        keepVersion,
        notes: merged.notes,
        basis: merged.notes ? merged.notesConfidential : null,
        now,
      }).changes === 0
    )
      return false;
    const move = { keepId, mergeId };
    for (const step of [
      MERGE_CONTACTS,
      MERGE_PARTICIPATION,
      DROP_PARTICIPATION,
      MERGE_ASKED,
      MERGE_PREQUALIFIED,
      DROP_PREQUALIFIED,
    ])
      this.st.run(step, move);
    this.st.run(MARK_MERGED, { ...move, now });
    this.st.run(MERGE_CHAIN, move);
    return true;
  }
}
