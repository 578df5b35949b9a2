import type { ApprenticeDecision, ContractFields, FollowupKind, Kind, OptionStatus, PaySector, RiskLevel, Sanction } from '../../core/index.js';
import type { Db } from '../open.js';
import { nowIso, StatementCache } from './statements.js';

export interface ContractRow {
  id: number;
  caseId: number;
  caseNumber: string;
  caseTitle: string;
  caseKind: Kind;
  title: string;
  value: number;
  signedDate: string | null;
  startDate: string;
  endDate: string;
  noticeMonths: number;
  owner: string;
  administrator: string;
  terminatedDate: string | null;
  terminationReason: string;
  paySector: PaySector | null;
  apprenticeDecision: ApprenticeDecision | null;
  apprenticeNote: string;
  version: number;
}

export interface OptionRow {
  contractId: number;
  seq: number;
  lengthMonths: number;
  decideBy: string;
  status: OptionStatus;
  decidedDate: string | null;
}

export interface FollowupRow {
  id: number;
  contractId: number;
  kind: FollowupKind;
  date: string;
  title: string;
  notes: string;
  riskLevel: RiskLevel | null;
  nextControlDue: string | null;
  findings: string;
  reportWritten: boolean;
  sanction: Sanction | null;
  closedDate: string | null;
  createdAt: string;
}

const COLUMNS = `k.id, k.case_id AS caseId, c.case_number AS caseNumber, c.title AS caseTitle, c.kind AS caseKind, k.title, k.value, k.signed_date AS signedDate,
  k.start_date AS startDate, k.end_date AS endDate, k.notice_months AS noticeMonths, k.owner, k.administrator, k.terminated_date AS terminatedDate,
  k.termination_reason AS terminationReason, k.pay_sector AS paySector, k.apprentice_decision AS apprenticeDecision, k.apprentice_note AS apprenticeNote, k.version`;

/** Contracts, their options and follow-up. Callers own the transaction. */
export class ContractsRepo {
  private readonly st: StatementCache;
  constructor(db: Db) {
    this.st = new StatementCache(db.$client);
  }

  insert(f: ContractFields): number {
    const now = nowIso();
    const { id } = this.st
      .get(
        `INSERT INTO contracts (uid, case_id, title, value, signed_date, start_date, end_date, notice_months, owner, administrator, pay_sector, apprentice_decision, apprentice_note, created_at, updated_at)
         VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(f.caseId, f.title, f.value, f.signedDate, f.startDate, f.endDate, f.noticeMonths, f.owner, f.administrator, f.paySector, f.apprenticeDecision, f.apprenticeNote, now, now) as { id: number };
    this.setSuppliers(id, f.supplierIds);
    const ins = this.st.get('INSERT INTO contract_options (contract_id, seq, length_months, decide_by) VALUES (?, ?, ?, ?)');
    f.options.forEach((o, i) => ins.run(id, i + 1, o.lengthMonths, o.decideBy));
    return id;
  }

  update(id: number, version: number, f: Omit<ContractFields, 'caseId' | 'options'>): boolean {
    const r = this.st
      .get(
        `UPDATE contracts SET title = ?, value = ?, signed_date = ?, start_date = ?, end_date = ?, notice_months = ?, owner = ?, administrator = ?,
           pay_sector = ?, apprentice_decision = ?, apprentice_note = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
      )
      .run(f.title, f.value, f.signedDate, f.startDate, f.endDate, f.noticeMonths, f.owner, f.administrator, f.paySector, f.apprenticeDecision, f.apprenticeNote, nowIso(), id, version);
    if (r.changes === 0) return false;
    this.setSuppliers(id, f.supplierIds);
    return true;
  }

  private setSuppliers(id: number, supplierIds: readonly number[]): void {
    this.st.get('DELETE FROM contract_suppliers WHERE contract_id = ?').run(id);
    const ins = this.st.get('INSERT OR IGNORE INTO contract_suppliers (contract_id, supplier_id) VALUES (?, ?)');
    for (const s of supplierIds) ins.run(id, s);
  }

  /** Bumps the version so a concurrent edit sees it; false when stale. */
  touch(id: number, version: number): boolean {
    return this.st.get('UPDATE contracts SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?').run(nowIso(), id, version).changes > 0;
  }

  decideOption(id: number, seq: number, status: 'exercised' | 'declined', date: string): void {
    this.st.get('UPDATE contract_options SET status = ?, decided_date = ? WHERE contract_id = ? AND seq = ?').run(status, date, id, seq);
  }

  terminate(id: number, date: string, reason: string): void {
    this.st.get('UPDATE contracts SET terminated_date = ?, termination_reason = ? WHERE id = ?').run(date, reason, id);
  }

  addFollowup(contractId: number, f: Omit<FollowupRow, 'id' | 'contractId' | 'createdAt'>): void {
    this.st
      .get(
        `INSERT INTO contract_followups (contract_id, kind, date, title, notes, risk_level, next_control_due, findings, report_written, sanction, closed_date, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(contractId, f.kind, f.date, f.title, f.notes, f.riskLevel, f.nextControlDue, f.findings, f.reportWritten ? 1 : 0, f.sanction, f.closedDate, nowIso());
  }

  get(id: number): ContractRow | null {
    return (this.st.get(`SELECT ${COLUMNS} FROM contracts k JOIN cases c ON c.id = k.case_id WHERE k.id = ?`).get(id) as ContractRow | undefined) ?? null;
  }

  /** All contracts, or those of one case or supplier. */
  list(filter: { caseId?: number; supplierId?: number } = {}): ContractRow[] {
    if (filter.caseId) return this.st.get(`SELECT ${COLUMNS} FROM contracts k JOIN cases c ON c.id = k.case_id WHERE k.case_id = ? ORDER BY k.start_date DESC, k.id`).all(filter.caseId) as ContractRow[];
    if (filter.supplierId)
      return this.st
        .get(`SELECT ${COLUMNS} FROM contract_suppliers s JOIN contracts k ON k.id = s.contract_id JOIN cases c ON c.id = k.case_id WHERE s.supplier_id = ? ORDER BY k.start_date DESC, k.id`)
        .all(filter.supplierId) as ContractRow[];
    return this.st.get(`SELECT ${COLUMNS} FROM contracts k JOIN cases c ON c.id = k.case_id ORDER BY k.start_date DESC, k.id`).all() as ContractRow[];
  }

  suppliersOf(id: number): { id: number; name: string; orgnr: string }[] {
    return this.st.get('SELECT s.id, s.name, s.orgnr FROM contract_suppliers k JOIN suppliers s ON s.id = k.supplier_id WHERE k.contract_id = ? ORDER BY s.name_sort').all(id) as {
      id: number;
      name: string;
      orgnr: string;
    }[];
  }

  options(id: number): OptionRow[] {
    return this.st
      .get('SELECT contract_id AS contractId, seq, length_months AS lengthMonths, decide_by AS decideBy, status, decided_date AS decidedDate FROM contract_options WHERE contract_id = ? ORDER BY seq')
      .all(id) as OptionRow[];
  }

  followups(id: number): FollowupRow[] {
    const rows = this.st
      .get(
        `SELECT id, contract_id AS contractId, kind, date, title, notes, risk_level AS riskLevel, next_control_due AS nextControlDue, findings,
           report_written AS reportWritten, sanction, closed_date AS closedDate, created_at AS createdAt
         FROM contract_followups WHERE contract_id = ? ORDER BY date, id`,
      )
      .all(id) as (Omit<FollowupRow, 'reportWritten'> & { reportWritten: number })[];
    return rows.map((r) => ({ ...r, reportWritten: Boolean(r.reportWritten) }));
  }

  /** Every contract's options, by contract: one read instead of one per contract (deadlines, packs). */
  allOptions(): Map<number, OptionRow[]> {
    const rows = this.st
      .get('SELECT contract_id AS contractId, seq, length_months AS lengthMonths, decide_by AS decideBy, status, decided_date AS decidedDate FROM contract_options ORDER BY contract_id, seq')
      .all() as OptionRow[];
    return byContract(rows);
  }

  /** Every contract's risk assessments and controls (what deadlines need), by contract, in date order. */
  allRiskAndControls(): Map<number, Pick<FollowupRow, 'contractId' | 'kind' | 'date' | 'nextControlDue'>[]> {
    const rows = this.st
      .get("SELECT contract_id AS contractId, kind, date, next_control_due AS nextControlDue FROM contract_followups WHERE kind IN ('risk_assessment', 'control') ORDER BY contract_id, date, id")
      .all() as Pick<FollowupRow, 'contractId' | 'kind' | 'date' | 'nextControlDue'>[];
    return byContract(rows);
  }
}

function byContract<T extends { contractId: number }>(rows: readonly T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    const list = m.get(r.contractId);
    if (list) list.push(r);
    else m.set(r.contractId, [r]);
  }
  return m;
}
