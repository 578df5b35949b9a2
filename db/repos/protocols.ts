import { ParticipantSchema, type ProtocolFields } from '../../core/index.js';
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
                conflicts_of_interest AS conflictsOfInterest, notes, electronic_exception AS electronicException, electronic_exception_reason AS electronicExceptionReason,
                selection_reason AS selectionReason, dialogue_log AS dialogueLog, market_dialogue_measures AS marketDialogueMeasures,
                award_notice_date AS awardNoticeDate, standstill_end_date AS standstillEndDate, standstill_none AS standstillNone,
                version, finalised_at AS finalisedAt, finalised_by AS finalisedBy
         FROM case_protocols WHERE case_id = ?`,
      )
      .get(caseId) as
      | (Omit<ProtocolFields, 'participants' | 'electronicException'> & { participants: string; electronicException: number; version: number; finalisedAt: string | null; finalisedBy: string | null })
      | undefined;
    if (!r) return null;
    const { version, finalisedAt, finalisedBy, participants, electronicException, ...rest } = r;
    // Participants saved before a field existed read with its default.
    const list = (JSON.parse(participants) as Partial<ProtocolFields['participants'][number]>[]).map((x) => ParticipantSchema.parse(x));
    return { fields: { ...rest, electronicException: electronicException === 1, participants: list }, version, finalisedAt, finalisedBy };
  }

  /** Saves when `version` is the stored one (0 for none yet); a change makes a final protocol a draft again. */
  save(caseId: number, version: number, f: ProtocolFields): boolean {
    const params = [
      f.lotsReason,
      f.procedureReason,
      JSON.stringify(f.participants),
      f.awardReason,
      f.subcontractors,
      f.conflictsOfInterest,
      f.notes,
      f.electronicException ? 1 : 0,
      f.electronicExceptionReason,
      f.selectionReason,
      f.dialogueLog,
      f.marketDialogueMeasures,
      f.awardNoticeDate,
      f.standstillEndDate,
      f.standstillNone,
    ];
    if (version === 0) {
      const r = this.st
        .get(
          `INSERT INTO case_protocols (case_id, lots_reason, procedure_reason, participants, award_reason, subcontractors, conflicts_of_interest, notes,
             electronic_exception, electronic_exception_reason, selection_reason, dialogue_log, market_dialogue_measures, award_notice_date, standstill_end_date, standstill_none)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING`,
        )
        .run(caseId, ...params);
      return r.changes === 1;
    }
    const r = this.st
      .get(
        `UPDATE case_protocols SET lots_reason = ?, procedure_reason = ?, participants = ?, award_reason = ?, subcontractors = ?, conflicts_of_interest = ?, notes = ?,
           electronic_exception = ?, electronic_exception_reason = ?, selection_reason = ?, dialogue_log = ?, market_dialogue_measures = ?,
           award_notice_date = ?, standstill_end_date = ?, standstill_none = ?,
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
