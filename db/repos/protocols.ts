import { ParticipantSchema, type ProtocolFields } from '../../core/index.js';
import type { Db } from '../open.js';
import { caseProtocols } from '../schema.js';
import { assignmentsOf, columns, namesOf, p, paramsOf, sql, Statements } from '../sql.js';

export interface ProtocolRow {
  fields: ProtocolFields;
  version: number;
  finalisedAt: string | null;
  finalisedBy: string | null;
}

/** The protocol's own entries: the schema's columns, every field the office records. */
const FIELD_KEYS = [
  'lotsReason',
  'procedureReason',
  'participants',
  'awardReason',
  'subcontractors',
  'conflictsOfInterest',
  'notes',
  'electronicException',
  'electronicExceptionReason',
  'selectionReason',
  'dialogueLog',
  'marketDialogueMeasures',
  'awardNoticeDate',
  'standstillEndDate',
  'standstillNone',
  'standstillDays',
  'awardNoticeByPost',
  'awardNoticeTo',
  'standstillException',
] as const satisfies readonly (keyof ProtocolFields)[];
const PROTOCOL = columns(caseProtocols, null, [...FIELD_KEYS, 'version', 'finalisedAt', 'finalisedBy']);
type Fields = Pick<typeof caseProtocols.$inferInsert, (typeof FIELD_KEYS)[number]>;

const GET = sql<{ caseId: number }>`SELECT ${PROTOCOL} FROM case_protocols WHERE case_id = ${p('caseId')}`.rows(
  PROTOCOL,
);
const STATES =
  sql`SELECT case_id AS caseId, standstill_end_date AS standstillEndDate, standstill_exception AS standstillException, finalised_at AS finalisedAt FROM case_protocols`.rows<{
    caseId: number;
    standstillEndDate: string | null;
    standstillException: string | null;
    finalisedAt: string | null;
  }>();
const INSERT = sql<Fields & { caseId: number }>`
  INSERT INTO case_protocols (case_id, ${namesOf(caseProtocols, FIELD_KEYS)}) VALUES (${p('caseId')}, ${paramsOf(FIELD_KEYS)}) ON CONFLICT (case_id) DO NOTHING`;
const UPDATE = sql<Fields & { caseId: number; version: number }>`
  UPDATE case_protocols SET ${assignmentsOf(caseProtocols, FIELD_KEYS)},
    version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'), finalised_at = NULL, finalised_by = NULL
  WHERE case_id = ${p('caseId')} AND version = ${p('version')}`;
const FINALISE = sql<{ caseId: number; version: number; by: string }>`
  UPDATE case_protocols SET finalised_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'), finalised_by = ${p('by')}, version = version + 1 WHERE case_id = ${p('caseId')} AND version = ${p('version')}`;

/** The protocol's own entries per case; the rest of a protocol is read from the case. */
export class ProtocolsRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  /** Every protocol's standstill end (and exception) and whether it is finalised, by case (a case with no row has none). */
  states(): Map<
    number,
    {
      standstillEndDate: string | null;
      standstillException: string | null;
      finalisedAt: string | null;
    }
  > {
    return new Map(this.st.all(STATES).map(({ caseId, ...r }) => [caseId, r]));
  }

  get(caseId: number): ProtocolRow | null {
    const r = this.st.get(GET, { caseId });
    if (!r) return null;
    const { version, finalisedAt, finalisedBy, participants, awardNoticeTo, ...rest } = r;
    // Participants saved before a field existed read with its default.
    const list = (JSON.parse(participants) as Partial<ProtocolFields['participants'][number]>[]).map((x) =>
      ParticipantSchema.parse(x),
    );
    const told = JSON.parse(awardNoticeTo) as string[];
    return { fields: { ...rest, participants: list, awardNoticeTo: told }, version, finalisedAt, finalisedBy };
  }

  /** Saves when `version` is the stored one (0 for none yet); a change makes a final protocol a draft again. */
  save(caseId: number, version: number, f: ProtocolFields): boolean {
    const params = {
      ...f,
      participants: JSON.stringify(f.participants),
      awardNoticeTo: JSON.stringify(f.awardNoticeTo),
      caseId,
    };
    if (version === 0) return this.st.run(INSERT, params).changes === 1;
    return this.st.run(UPDATE, { ...params, version }).changes === 1;
  }

  finalise(caseId: number, version: number, by: string): boolean {
    return this.st.run(FINALISE, { caseId, version, by }).changes === 1;
  }
}
