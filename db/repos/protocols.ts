import type { ProtocolFields } from '../../core/index.js';
import type { Db } from '../open.js';
import { StatementCache } from './statements.js';

export interface ProtocolRow {
  fields: ProtocolFields;
  version: number;
  finalisedAt: string | null;
  finalisedBy: string | null;
}

/** The protocol's own entries per case; the rest of a protocol is read from the case. */
export class ProtocolsRepo {
  private readonly st: StatementCache;
  constructor(db: Db) {
    this.st = new StatementCache(db.$client);
  }

  get(caseId: number): ProtocolRow | null {
    const r = this.st
      .get(
        `SELECT lots_reason AS lotsReason, procedure_reason AS procedureReason, participants, award_reason AS awardReason, subcontractors,
                conflicts_of_interest AS conflictsOfInterest, notes, version, finalised_at AS finalisedAt, finalised_by AS finalisedBy
         FROM case_protocols WHERE case_id = ?`,
      )
      .get(caseId) as (Omit<ProtocolFields, 'participants'> & { participants: string; version: number; finalisedAt: string | null; finalisedBy: string | null }) | undefined;
    if (!r) return null;
    const { version, finalisedAt, finalisedBy, participants, ...rest } = r;
    return { fields: { ...rest, participants: JSON.parse(participants) as ProtocolFields['participants'] }, version, finalisedAt, finalisedBy };
  }

  /** Saves when `version` is the stored one (0 for none yet); a change makes a final protocol a draft again. */
  save(caseId: number, version: number, f: ProtocolFields): boolean {
    const params = [f.lotsReason, f.procedureReason, JSON.stringify(f.participants), f.awardReason, f.subcontractors, f.conflictsOfInterest, f.notes];
    if (version === 0) {
      const r = this.st
        .get(
          `INSERT INTO case_protocols (case_id, lots_reason, procedure_reason, participants, award_reason, subcontractors, conflicts_of_interest, notes)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING`,
        )
        .run(caseId, ...params);
      return r.changes === 1;
    }
    const r = this.st
      .get(
        `UPDATE case_protocols SET lots_reason = ?, procedure_reason = ?, participants = ?, award_reason = ?, subcontractors = ?, conflicts_of_interest = ?, notes = ?,
           version = version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'), finalised_at = NULL, finalised_by = NULL
         WHERE case_id = ? AND version = ?`,
      )
      .run(...params, caseId, version);
    return r.changes === 1;
  }

  finalise(caseId: number, version: number, by: string): boolean {
    return this.st.get("UPDATE case_protocols SET finalised_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'), finalised_by = ?, version = version + 1 WHERE case_id = ? AND version = ?").run(by, caseId, version).changes === 1;
  }
}
