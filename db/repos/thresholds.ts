import type { Db } from '../open.js';
import { StatementCache } from './statements.js';

export interface OfficeThresholdRow {
  id: number;
  validFrom: string;
  minimum: number;
  national: number;
  eea: Record<string, number>;
  designContest: number | null;
  regulation: string;
  url: string;
  note: string;
  enteredBy: string;
  enteredAt: string;
}

export type OfficeThresholdInput = Omit<OfficeThresholdRow, 'id' | 'enteredAt'>;

const COLUMNS = `id, valid_from AS validFrom, minimum, national, eea, design_contest AS designContest, regulation, url, note, entered_by AS enteredBy, entered_at AS enteredAt`;
const read = (r: Omit<OfficeThresholdRow, 'eea'> & { eea: string }): OfficeThresholdRow => ({ ...r, eea: JSON.parse(r.eea) as Record<string, number> });

/** Threshold periods the office entered itself; withdrawn ones are kept but no longer apply. */
export class ThresholdsRepo {
  private readonly st: StatementCache;
  constructor(db: Db) {
    this.st = new StatementCache(db.$client);
  }

  /** The periods in force (not withdrawn), oldest first. */
  active(): OfficeThresholdRow[] {
    return (this.st.get(`SELECT ${COLUMNS} FROM office_thresholds WHERE withdrawn_at IS NULL ORDER BY valid_from, id`).all() as (Omit<OfficeThresholdRow, 'eea'> & { eea: string })[]).map(read);
  }

  get(id: number): (OfficeThresholdRow & { withdrawnAt: string | null }) | null {
    const r = this.st.get(`SELECT ${COLUMNS}, withdrawn_at AS withdrawnAt FROM office_thresholds WHERE id = ?`).get(id) as (Omit<OfficeThresholdRow, 'eea'> & { eea: string; withdrawnAt: string | null }) | undefined;
    return r ? { ...read(r), withdrawnAt: r.withdrawnAt } : null;
  }

  add(p: OfficeThresholdInput): number {
    const r = this.st
      .get('INSERT INTO office_thresholds (valid_from, minimum, national, eea, design_contest, regulation, url, note, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(p.validFrom, p.minimum, p.national, JSON.stringify(p.eea), p.designContest, p.regulation, p.url, p.note, p.enteredBy);
    return Number(r.lastInsertRowid);
  }

  /** Withdraws a period; false when it is unknown or already withdrawn. */
  withdraw(id: number, by: string): boolean {
    return this.st.get("UPDATE office_thresholds SET withdrawn_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'), withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL").run(by, id).changes > 0;
  }
}
