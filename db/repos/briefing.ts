import type { ClimateFields, ConfidentialityBasis, PaySector, DialogueForm, Kind, OptionStatus, Phase, Procedure, Sanction } from '../../core/index.js';
import type { Db } from '../open.js';
import { NOTIFIED_SQL } from './goals.js';
import { StatementCache } from './statements.js';

// What a briefing pack reads for a period: the cases handled in it (an event
// in the period), their counts, the dialogue held, the controls made, the
// savings awarded, and the packs already made. Callers own the transaction.

export interface HandledCase {
  id: number;
  caseNumber: string;
  title: string;
  department: string;
  procedure: Procedure | null;
  phase: Phase;
  estimatedValue: number;
  kind: Kind;
}

const HANDLED = 'SELECT DISTINCT case_id FROM case_events WHERE date BETWEEN ? AND ?';

export class BriefingRepo {
  private readonly st: StatementCache;
  constructor(db: Db) {
    this.st = new StatementCache(db.$client);
  }

  /** Changes made through this connection since it opened: the same number means the same data (every write goes through it). */
  changeCount(): number {
    return (this.st.get('SELECT total_changes() AS n').get() as { n: number }).n;
  }

  handledCases(from: string, to: string): HandledCase[] {
    return this.st
      .get(
        `SELECT id, case_number AS caseNumber, title, department, procedure, phase, estimated_value AS estimatedValue, kind
         FROM cases WHERE id IN (${HANDLED}) ORDER BY case_number_sort`,
      )
      .all(from, to) as HandledCase[];
  }

  handledCount(from: string, to: string): number {
    return (this.st.get(`SELECT count(DISTINCT case_id) AS n FROM case_events WHERE date BETWEEN ? AND ?`).get(from, to) as { n: number }).n;
  }

  themeCounts(from: string, to: string): { key: string; n: number; value: number }[] {
    return this.st
      .get(
        `SELECT t.theme AS key, count(*) AS n, sum(c.estimated_value) AS value FROM case_themes t JOIN cases c ON c.id = t.case_id
         WHERE t.case_id IN (${HANDLED}) GROUP BY t.theme ORDER BY n DESC`,
      )
      .all(from, to) as { key: string; n: number; value: number }[];
  }

  /** The climate fields (FOA § 7-9) of the cases awarded in the period, with when each was notified. */
  climateAwarded(from: string, to: string): (ClimateFields & { notifiedDate: string | null })[] {
    const rows = this.st
      .get(
        `SELECT ${NOTIFIED_SQL} AS notifiedDate, c.climate_weight_pct AS climateWeightPct, c.climate_requirements AS climateRequirements,
           c.climate_exempt AS climateExempt, c.climate_justification AS climateJustification
         FROM cases c WHERE c.award_date BETWEEN ? AND ?`,
      )
      .all(from, to) as (Omit<ClimateFields, 'climateRequirements' | 'climateExempt'> & { notifiedDate: string | null; climateRequirements: number; climateExempt: number })[];
    return rows.map((r) => ({ ...r, climateRequirements: r.climateRequirements === 1, climateExempt: r.climateExempt === 1 }));
  }

  /** Realised savings recorded for the years the period touches. */
  realisedInPeriod(from: string, to: string): number {
    return (this.st.get('SELECT coalesce(sum(amount), 0) AS v FROM realised_savings WHERE year BETWEEN ? AND ?').get(Number(from.slice(0, 4)), Number(to.slice(0, 4))) as { v: number }).v;
  }

  /** Savings of cases awarded in the period whose baseline is the office's own estimate. */
  savedOnEstimateInPeriod(from: string, to: string): number {
    return (
      this.st
        .get("SELECT coalesce(sum(s.baseline_value - s.awarded_value), 0) AS v FROM case_savings s JOIN cases c ON c.id = s.case_id WHERE s.baseline_kind = 'estimate' AND c.award_date BETWEEN ? AND ?")
        .get(from, to) as { v: number }
    ).v;
  }

  /** Savings (contract period) of cases awarded in the period. */
  savedInPeriod(from: string, to: string): number {
    const r = this.st
      .get('SELECT coalesce(sum(s.baseline_value - s.awarded_value), 0) AS v FROM case_savings s JOIN cases c ON c.id = s.case_id WHERE c.award_date BETWEEN ? AND ?')
      .get(from, to) as { v: number };
    return r.v;
  }

  /** Events of the cases handled in the period, in order (for days per phase). */
  timelines(from: string, to: string): { phase: Phase; date: string }[][] {
    const rows = this.st
      .get(`SELECT case_id AS caseId, phase, date FROM case_events WHERE case_id IN (${HANDLED}) ORDER BY case_id, date, id`)
      .all(from, to) as { caseId: number; phase: Phase; date: string }[];
    const out: { phase: Phase; date: string }[][] = [];
    let last = -1;
    for (const r of rows) {
      if (r.caseId !== last) out.push([]);
      last = r.caseId;
      out.at(-1)!.push({ phase: r.phase, date: r.date });
    }
    return out;
  }

  dialogues(from: string, to: string) {
    return this.st
      .get(
        `SELECT d.date, c.case_number AS caseNumber, c.title AS caseTitle, d.form, d.title, d.outcome, d.outcome_confidential AS outcomeConfidential,
           (SELECT count(*) FROM dialogue_suppliers p WHERE p.dialogue_id = d.id AND p.invited = 1) AS invited,
           (SELECT count(*) FROM dialogue_suppliers p WHERE p.dialogue_id = d.id AND p.attended = 1) AS attended
         FROM dialogues d JOIN cases c ON c.id = d.case_id WHERE d.date BETWEEN ? AND ? ORDER BY d.date, d.id`,
      )
      .all(from, to) as {
      date: string;
      caseNumber: string;
      caseTitle: string;
      form: DialogueForm;
      title: string;
      outcome: string;
      outcomeConfidential: ConfidentialityBasis | null;
      invited: number;
      attended: number;
    }[];
  }

  /** Contracts with their case's kind, options and pay-and-conditions follow-up dates (for the period's coverage). */
  contractsForCoverage() {
    const contracts = this.st
      .get('SELECT k.id, k.start_date AS startDate, k.end_date AS endDate, k.terminated_date AS terminatedDate, c.kind, k.value, k.pay_sector AS paySector FROM contracts k JOIN cases c ON c.id = k.case_id')
      .all() as { id: number; startDate: string; endDate: string; terminatedDate: string | null; kind: Kind; value: number; paySector: PaySector | null }[];
    const options = this.st.get('SELECT contract_id AS contractId, length_months AS lengthMonths, decide_by AS decideBy, status FROM contract_options ORDER BY contract_id, seq').all() as {
      contractId: number;
      lengthMonths: number;
      decideBy: string;
      status: OptionStatus;
    }[];
    const followups = this.st.get('SELECT contract_id AS contractId, kind, date FROM contract_followups').all() as { contractId: number; kind: string; date: string }[];
    return { contracts, options, followups };
  }

  controls(from: string, to: string) {
    return this.st
      .get(
        `SELECT f.date, f.kind, k.title AS contractTitle, c.case_number AS caseNumber, f.findings, f.report_written AS reportWritten, f.sanction
         FROM contract_followups f JOIN contracts k ON k.id = f.contract_id JOIN cases c ON c.id = k.case_id
         WHERE f.kind IN ('control', 'sanction') AND f.date BETWEEN ? AND ? ORDER BY f.date, f.id`,
      )
      .all(from, to) as { date: string; kind: string; contractTitle: string; caseNumber: string; findings: string; reportWritten: number; sanction: Sanction | null }[];
  }

  record(r: { by: string; title: string; from: string; to: string; meeting: string; meetingDate: string | null; version: string; format: string; sha256: string; bytes: number; spec: string; content: string }): number {
    const { id } = this.st
      .get(
        `INSERT INTO briefing_packs (by, title, period_from, period_to, meeting, meeting_date, version, format, sha256, bytes, spec, content)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(r.by, r.title, r.from, r.to, r.meeting, r.meetingDate, r.version, r.format, r.sha256, r.bytes, r.spec, r.content) as { id: number };
    return id;
  }

  list(limit: number) {
    return this.st
      .get(
        `SELECT id, created_at AS createdAt, by, title, period_from AS "from", period_to AS "to", meeting, meeting_date AS meetingDate, version, format, sha256, bytes
         FROM briefing_packs ORDER BY created_at DESC, id DESC LIMIT ?`,
      )
      .all(limit) as { id: number; createdAt: string; by: string; title: string; from: string; to: string; meeting: string; meetingDate: string | null; version: 'public' | 'closed'; format: 'pdf' | 'docx'; sha256: string; bytes: number }[];
  }

  /** The settings of the newest pack, as defaults for the next one. */
  lastSpec(): string | null {
    const r = this.st.get('SELECT spec FROM briefing_packs ORDER BY created_at DESC, id DESC LIMIT 1').get() as { spec: string } | undefined;
    return r?.spec ?? null;
  }
}
