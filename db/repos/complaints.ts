import type { Complaint, ComplaintFields } from '../../core/index.js';
import type { Db } from '../open.js';
import { caseComplaints } from '../schema.js';
import { assignmentsOf, columns, insertOf, p, sql, Statements } from '../sql.js';

const KEYS = [
  'kind',
  'date',
  'supplier',
  'concerns',
  'answerDue',
  'answer',
  'closedDate',
  'outcome',
  'kofaCaseNo',
  'fee',
] as const satisfies readonly (keyof ComplaintFields)[];
const COMPLAINT = columns(caseComplaints, null, ['id', 'caseId', ...KEYS]);
const OF_CASE = sql<{ caseId: number }>`
  SELECT ${COMPLAINT} FROM case_complaints WHERE case_id = ${p('caseId')} ORDER BY date, id`.rows(COMPLAINT);
const GET = sql<{ id: number }>`SELECT ${COMPLAINT} FROM case_complaints WHERE id = ${p('id')}`.rows(COMPLAINT);
const ALL = sql`SELECT ${COMPLAINT} FROM case_complaints ORDER BY date, id`.rows(COMPLAINT);
const OPEN = sql`SELECT ${COMPLAINT} FROM case_complaints WHERE closed_date IS NULL ORDER BY date, id`.rows(COMPLAINT);
const INSERT = sql<ComplaintFields & { caseId: number }>`
  INSERT INTO case_complaints ${insertOf(caseComplaints, ['caseId', ...KEYS])}`;
const UPDATE = sql<ComplaintFields & { id: number }>`
  UPDATE case_complaints SET ${assignmentsOf(caseComplaints, KEYS)} WHERE id = ${p('id')}`;
const REMOVE = sql<{ id: number }>`DELETE FROM case_complaints WHERE id = ${p('id')}`;

/** A case's complaints: to the office, to KOFA, court injunctions. */
export class ComplaintsRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  forCase(caseId: number): Complaint[] {
    return this.st.all(OF_CASE, { caseId });
  }

  get(id: number): Complaint | null {
    return this.st.get(GET, { id }) ?? null;
  }

  /** Every complaint of every case, open or closed, oldest first (the office's register of complaints). */
  all(): Complaint[] {
    return this.st.all(ALL);
  }

  /** Every complaint not yet closed, of every case. */
  open(): Complaint[] {
    return this.st.all(OPEN);
  }

  insert(caseId: number, c: ComplaintFields): void {
    this.st.run(INSERT, { ...c, caseId });
  }

  update(id: number, c: ComplaintFields): void {
    this.st.run(UPDATE, { ...c, id });
  }

  remove(id: number): void {
    this.st.run(REMOVE, { id });
  }
}
