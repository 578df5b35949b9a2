import type { Db } from '../open.js';
import { officeThresholds } from '../schema.js';
import { columns, insertOf, p, sql, Statements } from '../sql.js';

const PERIOD = columns(officeThresholds, null, [
  'id',
  'validFrom',
  'minimum',
  'national',
  'eea',
  'designContest',
  'regulation',
  'url',
  'note',
  'enteredBy',
  'enteredAt',
]);
const WITHDRAWN = columns(officeThresholds, null, ['withdrawnAt']);

export type OfficeThresholdRow = Omit<(typeof PERIOD)['_row'], 'eea'> & { eea: Record<string, number> };
export type OfficeThresholdInput = Omit<OfficeThresholdRow, 'id' | 'enteredAt'>;

const read = <R extends { eea: string }>(r: R): Omit<R, 'eea'> & { eea: Record<string, number> } => ({
  ...r,
  eea: JSON.parse(r.eea) as Record<string, number>,
});

const ACTIVE = sql`SELECT ${PERIOD} FROM office_thresholds WHERE withdrawn_at IS NULL ORDER BY valid_from, id`.rows(
  PERIOD,
);
const GET = sql<{ id: number }>`SELECT ${PERIOD.and(WITHDRAWN)} FROM office_thresholds WHERE id = ${p('id')}`.rows(
  PERIOD.and(WITHDRAWN),
);
const ADD = sql<Omit<typeof officeThresholds.$inferInsert, 'id' | 'enteredAt' | 'withdrawnAt' | 'withdrawnBy'>>`
  INSERT INTO office_thresholds ${insertOf(officeThresholds, ['validFrom', 'minimum', 'national', 'eea', 'designContest', 'regulation', 'url', 'note', 'enteredBy'])}`;
const WITHDRAW = sql<{ id: number; by: string }>`
  UPDATE office_thresholds SET withdrawn_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'), withdrawn_by = ${p('by')} WHERE id = ${p('id')} AND withdrawn_at IS NULL`;

/** Threshold periods the office entered itself; withdrawn ones are kept but no longer apply. */
export class ThresholdsRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  /** The periods in force (not withdrawn), oldest first. */
  active(): OfficeThresholdRow[] {
    return this.st.all(ACTIVE).map(read);
  }

  get(id: number): (OfficeThresholdRow & { withdrawnAt: string | null }) | null {
    const r = this.st.get(GET, { id });
    return r ? read(r) : null;
  }

  add(p: OfficeThresholdInput): number {
    return Number(this.st.run(ADD, { ...p, eea: JSON.stringify(p.eea) }).lastInsertRowid);
  }

  /** Withdraws a period; false when it is unknown or already withdrawn. */
  withdraw(id: number, by: string): boolean {
    return this.st.run(WITHDRAW, { id, by }).changes > 0;
  }
}
