import { norwegianSortKey, type ConfidentialityBasis, type SupplierFields } from '../../core/index.js';
import type { Db } from '../open.js';
import { nowIso, StatementCache } from './statements.js';

export interface SupplierRow {
  id: number;
  orgnr: string;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  notes: string;
  notesConfidential: ConfidentialityBasis | null;
  mergedInto: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  contacts: { id: number; name: string; role: string; email: string; phone: string }[];
}

const COLUMNS = `id, orgnr, name, address, postal_code AS postalCode, city, notes, notes_confidential AS notesConfidential,
  merged_into AS mergedInto, version, created_at AS createdAt, updated_at AS updatedAt`;

/** Supplier storage. Callers own the transaction. */
export class SuppliersRepo {
  private readonly st: StatementCache;
  constructor(db: Db) {
    this.st = new StatementCache(db.$client);
  }

  /** The live (not merged) supplier with this organisation number. */
  findLiveByOrgnr(orgnr: string): { id: number; name: string } | null {
    return (this.st.get('SELECT id, name FROM suppliers WHERE orgnr = ? AND merged_into IS NULL').get(orgnr) as { id: number; name: string } | undefined) ?? null;
  }

  insert(f: SupplierFields): number {
    const now = nowIso();
    const id = Number(
      this.st
        .get(
          `INSERT INTO suppliers (uid, orgnr, name, name_sort, address, postal_code, city, notes, notes_confidential, created_at, updated_at)
           VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(f.orgnr, f.name, norwegianSortKey(f.name), f.address, f.postalCode, f.city, f.notes, f.notesConfidential, now, now).lastInsertRowid,
    );
    this.replaceContacts(id, f.contacts);
    return id;
  }

  update(id: number, version: number, f: SupplierFields): boolean {
    const r = this.st
      .get(
        `UPDATE suppliers SET orgnr = ?, name = ?, name_sort = ?, address = ?, postal_code = ?, city = ?, notes = ?, notes_confidential = ?,
           version = version + 1, updated_at = ? WHERE id = ? AND version = ? AND merged_into IS NULL`,
      )
      .run(f.orgnr, f.name, norwegianSortKey(f.name), f.address, f.postalCode, f.city, f.notes, f.notesConfidential, nowIso(), id, version);
    if (r.changes === 0) return false;
    this.replaceContacts(id, f.contacts);
    return true;
  }

  private replaceContacts(id: number, contacts: SupplierFields['contacts']): void {
    this.st.get('DELETE FROM supplier_contacts WHERE supplier_id = ?').run(id);
    const ins = this.st.get('INSERT INTO supplier_contacts (supplier_id, name, role, email, phone) VALUES (?, ?, ?, ?, ?)');
    for (const c of contacts) ins.run(id, c.name, c.role, c.email, c.phone);
  }

  get(id: number): SupplierRow | null {
    const row = this.st.get(`SELECT ${COLUMNS} FROM suppliers WHERE id = ?`).get(id) as Omit<SupplierRow, 'contacts'> | undefined;
    if (!row) return null;
    const contacts = this.st.get('SELECT id, name, role, email, phone FROM supplier_contacts WHERE supplier_id = ? ORDER BY id').all(id) as SupplierRow['contacts'];
    return { ...row, contacts };
  }

  /** Live suppliers matching what is typed: name, organisation number, or a contact's name, e-mail or phone. */
  list(q: string, limit: number, offset: number) {
    const term = q.trim();
    const conds = ['s.merged_into IS NULL'];
    const params: unknown[] = [];
    if (term) {
      const digits = term.replace(/[\s+]/g, '');
      const like = `%${norwegianSortKey(term).replace(/[%_]/g, '')}%`;
      const anyOf = ['s.name_sort LIKE ?', 'lower(k.name) LIKE ?', 'lower(k.email) LIKE ?'];
      const anyParams: unknown[] = [like, like, like];
      if (/^\d+$/.test(digits)) {
        anyOf.push('s.orgnr LIKE ?', "replace(replace(k.phone, ' ', ''), '+', '') LIKE ?");
        anyParams.push(`${digits}%`, `%${digits}%`);
      }
      // Supplier fields and contact fields in one pass: a LEFT JOIN on contacts, de-duplicated.
      conds.push(`s.id IN (SELECT s.id FROM suppliers s LEFT JOIN supplier_contacts k ON k.supplier_id = s.id WHERE ${anyOf.map((c) => `(${c})`).join(' OR ')})`);
      params.push(...anyParams);
    }
    const where = `WHERE ${conds.join(' AND ')}`;
    const total = (this.st.get(`SELECT count(*) AS n FROM suppliers s ${where}`).get(...params) as { n: number }).n;
    const items = this.st
      .get(
        `SELECT s.id, s.orgnr, s.name, s.city,
           (SELECT count(*) FROM supplier_contacts k WHERE k.supplier_id = s.id) AS contacts,
           (SELECT count(*) FROM dialogue_suppliers p WHERE p.supplier_id = s.id) AS activities
         FROM suppliers s ${where} ORDER BY s.name_sort, s.id LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset) as { id: number; orgnr: string; name: string; city: string; contacts: number; activities: number }[];
    return { items, total };
  }

  mergedFrom(id: number): { orgnr: string; name: string; mergedAt: string }[] {
    return this.st.get('SELECT orgnr, name, merged_at AS mergedAt FROM suppliers WHERE merged_into = ? ORDER BY merged_at').all(id) as {
      orgnr: string;
      name: string;
      mergedAt: string;
    }[];
  }

  /** Cases the supplier took part in: prequalified, or in a dialogue activity. */
  cases(id: number): { id: number; caseNumber: string; title: string; prequalified: boolean; activities: number }[] {
    const rows = this.st
      .get(
        `SELECT c.id, c.case_number AS caseNumber, c.title,
           EXISTS (SELECT 1 FROM case_prequalified q WHERE q.case_id = c.id AND q.supplier_id = ?) AS prequalified,
           (SELECT count(*) FROM dialogues d JOIN dialogue_suppliers p ON p.dialogue_id = d.id WHERE d.case_id = c.id AND p.supplier_id = ?) AS activities
         FROM cases c
         WHERE c.id IN (SELECT case_id FROM case_prequalified WHERE supplier_id = ?
                        UNION SELECT d.case_id FROM dialogues d JOIN dialogue_suppliers p ON p.dialogue_id = d.id WHERE p.supplier_id = ?)
         ORDER BY c.case_number_sort DESC`,
      )
      .all(id, id, id, id) as { id: number; caseNumber: string; title: string; prequalified: number; activities: number }[];
    return rows.map((r) => ({ ...r, prequalified: Boolean(r.prequalified) }));
  }

  activities(id: number) {
    const rows = this.st
      .get(
        `SELECT d.id, d.case_id AS caseId, c.case_number AS caseNumber, d.date, d.form, d.title, p.invited, p.attended
         FROM dialogue_suppliers p JOIN dialogues d ON d.id = p.dialogue_id JOIN cases c ON c.id = d.case_id
         WHERE p.supplier_id = ? ORDER BY d.date DESC, d.id DESC`,
      )
      .all(id) as { id: number; caseId: number; caseNumber: string; date: string; form: string; title: string; invited: number; attended: number }[];
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
    const r = this.st
      .get(
        `UPDATE suppliers SET notes = CASE WHEN ? = '' THEN notes WHEN notes = '' THEN ? ELSE notes || char(10) || char(10) || ? END,
           notes_confidential = coalesce(notes_confidential, ?), version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND merged_into IS NULL`,
      )
      .run(merged.notes, merged.notes, merged.notes, merged.notes ? merged.notesConfidential : null, now, keepId, keepVersion);
    if (r.changes === 0) return false;
    this.st.get('UPDATE supplier_contacts SET supplier_id = ? WHERE supplier_id = ?').run(keepId, mergeId);
    // Where both took part in the same activity, keep the stronger facts (invited/attended).
    this.st
      .get(
        `INSERT INTO dialogue_suppliers (dialogue_id, supplier_id, invited, attended)
         SELECT dialogue_id, ?, invited, attended FROM dialogue_suppliers WHERE supplier_id = ?
         ON CONFLICT (dialogue_id, supplier_id) DO UPDATE SET invited = max(invited, excluded.invited), attended = max(attended, excluded.attended)`,
      )
      .run(keepId, mergeId);
    this.st.get('DELETE FROM dialogue_suppliers WHERE supplier_id = ?').run(mergeId);
    this.st.get('UPDATE dialogue_items SET asked_by = ? WHERE asked_by = ?').run(keepId, mergeId);
    this.st.get('INSERT OR IGNORE INTO case_prequalified (case_id, supplier_id) SELECT case_id, ? FROM case_prequalified WHERE supplier_id = ?').run(keepId, mergeId);
    this.st.get('DELETE FROM case_prequalified WHERE supplier_id = ?').run(mergeId);
    this.st.get('UPDATE suppliers SET merged_into = ?, merged_at = ?, version = version + 1, updated_at = ? WHERE id = ?').run(keepId, now, now, mergeId);
    this.st.get('UPDATE suppliers SET merged_into = ? WHERE merged_into = ?').run(keepId, mergeId);
    return true;
  }
}
