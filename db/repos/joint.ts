import type { JointParticipantFields, JointShareUnit } from '../../core/index.js';
import type { Db } from '../open.js';
import { caseParticipants } from '../schema.js';
import { assignmentsOf, columns, insertOf, p, sql, Statements } from '../sql.js';

export interface ParticipantRow {
  id: number;
  caseId: number;
  name: string;
  orgnr: string;
  shareUnit: JointShareUnit;
  share: number;
  lead: boolean;
}

const ROW = columns(caseParticipants, null, ['id', 'caseId', 'name', 'orgnr', 'shareUnit', 'share', 'lead']);
const OF_CASE = sql<{ caseId: number }>`
  SELECT ${ROW} FROM case_participants WHERE case_id = ${p('caseId')} ORDER BY id`.rows(ROW);
const GET = sql<{ id: number }>`SELECT ${ROW} FROM case_participants WHERE id = ${p('id')}`.rows(ROW);
const ALL = sql`SELECT ${ROW} FROM case_participants ORDER BY case_id, id`.rows(ROW);
const INSERT = sql<JointParticipantFields & { caseId: number }>`
  INSERT INTO case_participants ${insertOf(caseParticipants, ['caseId', 'name', 'orgnr', 'shareUnit', 'share', 'lead'])}`;
const UPDATE = sql<JointParticipantFields & { id: number }>`
  UPDATE case_participants SET ${assignmentsOf(caseParticipants, ['name', 'orgnr', 'shareUnit', 'share', 'lead'])} WHERE id = ${p('id')}`;
const REMOVE = sql<{ id: number }>`DELETE FROM case_participants WHERE id = ${p('id')}`;

/** The other contracting authorities of joint procurements. */
export class JointRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  forCase(caseId: number): ParticipantRow[] {
    return this.st.all(OF_CASE, { caseId });
  }

  get(id: number): ParticipantRow | null {
    return this.st.get(GET, { id }) ?? null;
  }

  /** Every joint case's participants, by case (the pack and the office's figures read them at once). */
  byCase(): Map<number, ParticipantRow[]> {
    const m = new Map<number, ParticipantRow[]>();
    for (const r of this.st.all(ALL)) {
      const list = m.get(r.caseId);
      if (list) list.push(r);
      else m.set(r.caseId, [r]);
    }
    return m;
  }

  insert(caseId: number, f: JointParticipantFields): void {
    this.st.run(INSERT, { ...f, caseId });
  }

  update(id: number, f: JointParticipantFields): void {
    this.st.run(UPDATE, { ...f, id });
  }

  remove(id: number): void {
    this.st.run(REMOVE, { id });
  }
}
