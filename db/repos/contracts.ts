import type { ContractFields } from '../../core/index.js';
import type { Db } from '../open.js';
import { cases, contractFollowups, contractOptions, contracts } from '../schema.js';
import { assignmentsOf, columns, insertOf, namesOf, p, paramsOf, sql, Statements } from '../sql.js';
import { nowIso } from './statements.js';

/** A contract's own fields (insert and update), the schema's columns. */
const FIELD_KEYS = [
  'title',
  'value',
  'signedDate',
  'startDate',
  'endDate',
  'noticeMonths',
  'owner',
  'administrator',
  'paySector',
  'apprenticeDecision',
  'apprenticeNote',
] as const satisfies readonly (keyof ContractFields)[];
/** A contract as read, with its case's number, title, kind, buyer, department and phase. */
const CONTRACT = columns(contracts, 'k', [
  'id',
  'caseId',
  ...FIELD_KEYS,
  'terminatedDate',
  'terminationReason',
  'version',
]).and(
  columns(cases, 'c', ['caseNumber'], {
    caseTitle: 'title',
    caseKind: 'kind',
    caseBuyer: 'buyer',
    caseDepartment: 'department',
    casePhase: 'phase',
  }),
);
export type ContractRow = (typeof CONTRACT)['_row'];
const OPTION = columns(contractOptions, null, [
  'contractId',
  'seq',
  'lengthMonths',
  'decideBy',
  'status',
  'decidedDate',
]);
export type OptionRow = (typeof OPTION)['_row'];
const FOLLOWUP = columns(contractFollowups, null, [
  'id',
  'contractId',
  'kind',
  'date',
  'title',
  'notes',
  'riskLevel',
  'nextControlDue',
  'findings',
  'reportWritten',
  'sanction',
  'closedDate',
  'createdAt',
]);
export type FollowupRow = (typeof FOLLOWUP)['_row'];
const RISK_AND_CONTROL = columns(contractFollowups, null, ['contractId', 'kind', 'date', 'nextControlDue']);

type Fields = Pick<typeof contracts.$inferInsert, (typeof FIELD_KEYS)[number]>;
const INSERT = sql<Fields & { caseId: number; now: string }>`
  INSERT INTO contracts (uid, case_id, ${namesOf(contracts, FIELD_KEYS)}, created_at, updated_at)
  VALUES (lower(hex(randomblob(16))), ${p('caseId')}, ${paramsOf(FIELD_KEYS)}, ${p('now')}, ${p('now')}) RETURNING id`.rows<{
  id: number;
}>();
const OPTION_INSERT = sql<
  Omit<typeof contractOptions.$inferInsert, 'status' | 'decidedDate'>
>`INSERT INTO contract_options ${insertOf(contractOptions, ['contractId', 'seq', 'lengthMonths', 'decideBy'])}`;
const UPDATE = sql<Fields & { id: number; version: number; now: string }>`
  UPDATE contracts SET ${assignmentsOf(contracts, FIELD_KEYS)}, version = version + 1, updated_at = ${p('now')} WHERE id = ${p('id')} AND version = ${p('version')}`;
const SUPPLIERS_DELETE = sql<{ id: number }>`DELETE FROM contract_suppliers WHERE contract_id = ${p('id')}`;
const SUPPLIER_INSERT = sql<{
  id: number;
  supplierId: number;
}>`INSERT OR IGNORE INTO contract_suppliers (contract_id, supplier_id) VALUES (${p('id')}, ${p('supplierId')})`;
const TOUCH = sql<{
  id: number;
  version: number;
  now: string;
}>`UPDATE contracts SET version = version + 1, updated_at = ${p('now')} WHERE id = ${p('id')} AND version = ${p('version')}`;
const DECIDE = sql<{ id: number; seq: number; status: 'exercised' | 'declined'; date: string }>`
  UPDATE contract_options SET status = ${p('status')}, decided_date = ${p('date')} WHERE contract_id = ${p('id')} AND seq = ${p('seq')}`;
const REOPEN = sql<{
  id: number;
  seq: number;
}>`UPDATE contract_options SET status = 'open', decided_date = NULL WHERE contract_id = ${p('id')} AND seq = ${p('seq')}`;
const OPTION_UPSERT = sql<{ contractId: number; seq: number; lengthMonths: number; decideBy: string }>`
  INSERT INTO contract_options (contract_id, seq, length_months, decide_by) VALUES (${p('contractId')}, ${p('seq')}, ${p('lengthMonths')}, ${p('decideBy')})
  ON CONFLICT (contract_id, seq) DO UPDATE SET length_months = excluded.length_months, decide_by = excluded.decide_by WHERE contract_options.status = 'open'`;
const OPEN_OPTIONS_AFTER = sql<{
  id: number;
  seq: number;
}>`DELETE FROM contract_options WHERE contract_id = ${p('id')} AND seq > ${p('seq')} AND status = 'open'`;
const TERMINATE = sql<{
  id: number;
  date: string;
  reason: string;
}>`UPDATE contracts SET terminated_date = ${p('date')}, termination_reason = ${p('reason')} WHERE id = ${p('id')}`;
const FOLLOWUP_INSERT = sql<Omit<typeof contractFollowups.$inferInsert, 'id'>>`
  INSERT INTO contract_followups ${insertOf(contractFollowups, ['contractId', 'kind', 'date', 'title', 'notes', 'riskLevel', 'nextControlDue', 'findings', 'reportWritten', 'sanction', 'closedDate', 'createdAt'])}`;
const GET = sql<{
  id: number;
}>`SELECT ${CONTRACT} FROM contracts k JOIN cases c ON c.id = k.case_id WHERE k.id = ${p('id')}`.rows(CONTRACT);
const OF_CASE = sql<{
  caseId: number;
}>`SELECT ${CONTRACT} FROM contracts k JOIN cases c ON c.id = k.case_id WHERE k.case_id = ${p('caseId')} ORDER BY k.start_date DESC, k.id`.rows(
  CONTRACT,
);
const OF_SUPPLIER = sql<{ supplierId: number }>`
  SELECT ${CONTRACT} FROM contract_suppliers s JOIN contracts k ON k.id = s.contract_id JOIN cases c ON c.id = k.case_id WHERE s.supplier_id = ${p('supplierId')} ORDER BY k.start_date DESC, k.id`.rows(
  CONTRACT,
);
const ALL =
  sql`SELECT ${CONTRACT} FROM contracts k JOIN cases c ON c.id = k.case_id ORDER BY k.start_date DESC, k.id`.rows(
    CONTRACT,
  );
const SUPPLIERS_OF = sql<{ id: number }>`
  SELECT s.id, s.name, s.orgnr FROM contract_suppliers k JOIN suppliers s ON s.id = k.supplier_id WHERE k.contract_id = ${p('id')} ORDER BY s.name_sort`.rows<{
  id: number;
  name: string;
  orgnr: string;
}>();
const OPTIONS_OF = sql<{
  id: number;
}>`SELECT ${OPTION} FROM contract_options WHERE contract_id = ${p('id')} ORDER BY seq`.rows(OPTION);
const FOLLOWUPS_OF = sql<{
  id: number;
}>`SELECT ${FOLLOWUP} FROM contract_followups WHERE contract_id = ${p('id')} ORDER BY date, id`.rows(FOLLOWUP);
const ALL_OPTIONS = sql`SELECT ${OPTION} FROM contract_options ORDER BY contract_id, seq`.rows(OPTION);
const ALL_RISK_AND_CONTROLS =
  sql`SELECT ${RISK_AND_CONTROL} FROM contract_followups WHERE kind IN ('risk_assessment', 'control') ORDER BY contract_id, date, id`.rows(
    RISK_AND_CONTROL,
  );

const fieldsOf = (f: Omit<ContractFields, 'caseId' | 'options'>): Fields => ({
  title: f.title,
  value: f.value,
  signedDate: f.signedDate,
  startDate: f.startDate,
  endDate: f.endDate,
  noticeMonths: f.noticeMonths,
  owner: f.owner,
  administrator: f.administrator,
  paySector: f.paySector,
  apprenticeDecision: f.apprenticeDecision,
  apprenticeNote: f.apprenticeNote,
});

/** Contracts, their options and follow-up. Callers own the transaction. */
export class ContractsRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  insert(f: ContractFields): number {
    const { id } = this.st.get(INSERT, { ...fieldsOf(f), caseId: f.caseId, now: nowIso() })!;
    this.setSuppliers(id, f.supplierIds);
    f.options.forEach((o, i) =>
      this.st.run(OPTION_INSERT, { contractId: id, seq: i + 1, lengthMonths: o.lengthMonths, decideBy: o.decideBy }),
    );
    return id;
  }

  update(id: number, version: number, f: Omit<ContractFields, 'caseId' | 'options'>): boolean {
    if (this.st.run(UPDATE, { ...fieldsOf(f), id, version, now: nowIso() }).changes === 0) return false;
    this.setSuppliers(id, f.supplierIds);
    return true;
  }

  private setSuppliers(id: number, supplierIds: readonly number[]): void {
    this.st.run(SUPPLIERS_DELETE, { id });
    for (const supplierId of supplierIds) this.st.run(SUPPLIER_INSERT, { id, supplierId });
  }

  /** Bumps the version so a concurrent edit sees it; false when stale. */
  touch(id: number, version: number): boolean {
    return this.st.run(TOUCH, { id, version, now: nowIso() }).changes > 0;
  }

  decideOption(id: number, seq: number, status: 'exercised' | 'declined', date: string): void {
    this.st.run(DECIDE, { id, seq, status, date });
  }

  /** An option back to open, its decision taken back. */
  reopenOption(id: number, seq: number): void {
    this.st.run(REOPEN, { id, seq });
  }

  /** The options as corrected: the open ones rewritten in order (seq 1, 2, …), those beyond the list removed; decided ones are left as they are. */
  replaceOpenOptions(id: number, options: readonly { lengthMonths: number; decideBy: string }[]): void {
    options.forEach((o, i) =>
      this.st.run(OPTION_UPSERT, { contractId: id, seq: i + 1, lengthMonths: o.lengthMonths, decideBy: o.decideBy }),
    );
    this.st.run(OPEN_OPTIONS_AFTER, { id, seq: options.length });
  }

  terminate(id: number, date: string, reason: string): void {
    this.st.run(TERMINATE, { id, date, reason });
  }

  addFollowup(contractId: number, f: Omit<FollowupRow, 'id' | 'contractId' | 'createdAt'>): void {
    this.st.run(FOLLOWUP_INSERT, { ...f, contractId, createdAt: nowIso() });
  }

  get(id: number): ContractRow | null {
    return this.st.get(GET, { id }) ?? null;
  }

  /** All contracts, or those of one case or supplier. */
  list(filter: { caseId?: number; supplierId?: number } = {}): ContractRow[] {
    if (filter.caseId) return this.st.all(OF_CASE, { caseId: filter.caseId });
    if (filter.supplierId) return this.st.all(OF_SUPPLIER, { supplierId: filter.supplierId });
    return this.st.all(ALL);
  }

  suppliersOf(id: number): { id: number; name: string; orgnr: string }[] {
    return this.st.all(SUPPLIERS_OF, { id });
  }

  options(id: number): OptionRow[] {
    return this.st.all(OPTIONS_OF, { id });
  }

  followups(id: number): FollowupRow[] {
    return this.st.all(FOLLOWUPS_OF, { id });
  }

  /** Every contract's options, by contract: one read instead of one per contract (deadlines, packs). */
  allOptions(): Map<number, OptionRow[]> {
    return byContract(this.st.all(ALL_OPTIONS));
  }

  /** Every contract's risk assessments and controls (what deadlines need), by contract, in date order. */
  allRiskAndControls(): Map<number, Pick<FollowupRow, 'contractId' | 'kind' | 'date' | 'nextControlDue'>[]> {
    return byContract(this.st.all(ALL_RISK_AND_CONTROLS));
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
