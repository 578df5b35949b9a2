import type { CallOffFields, FrameworkTerms } from '../../core/index.js';
import type { Db } from '../open.js';
import { callOffs, contractFrameworks } from '../schema.js';
import { assignmentsOf, columns, insertOf, p, sql, Statements } from '../sql.js';
import { nowIso } from './statements.js';

const TERM_KEYS = [
  'suppliers',
  'callOff',
  'maxValue',
  'maxQuantity',
  'quantityUnit',
  'entitled',
  'durationGround',
] as const;
const TERMS = columns(contractFrameworks, null, ['contractId', ...TERM_KEYS]);
export type FrameworkRow = (typeof TERMS)['_row'];

const CALL_OFF_KEYS = [
  'date',
  'department',
  'supplierId',
  'value',
  'quantity',
  'description',
  'method',
  'invitationDate',
  'tenderCount',
  'awardReason',
  'overMaximumReason',
] as const;
const CALL_OFF = columns(callOffs, 'o', ['id', 'contractId', ...CALL_OFF_KEYS, 'version']);
export type CallOffRow = (typeof CALL_OFF)['_row'] & { supplierName: string };

type Terms = Pick<typeof contractFrameworks.$inferInsert, (typeof TERM_KEYS)[number]>;
type CallOff = Pick<typeof callOffs.$inferInsert, (typeof CALL_OFF_KEYS)[number]>;

const UPSERT = sql<Terms & { contractId: number }>`
  INSERT INTO contract_frameworks ${insertOf(contractFrameworks, ['contractId', ...TERM_KEYS])}
  ON CONFLICT (contract_id) DO UPDATE SET ${assignmentsOf(contractFrameworks, TERM_KEYS)}`;
const REMOVE = sql<{ contractId: number }>`DELETE FROM contract_frameworks WHERE contract_id = ${p('contractId')}`;
const GET = sql<{
  contractId: number;
}>`SELECT ${TERMS} FROM contract_frameworks WHERE contract_id = ${p('contractId')}`.rows(TERMS);
const INSERT_CALL_OFF = sql<CallOff & { contractId: number; now: string }>`
  INSERT INTO call_offs ${insertOf(callOffs, ['contractId', ...CALL_OFF_KEYS])} RETURNING id`.rows<{ id: number }>();
const UPDATE_CALL_OFF = sql<CallOff & { id: number; version: number; now: string }>`
  UPDATE call_offs SET ${assignmentsOf(callOffs, CALL_OFF_KEYS)}, version = version + 1, updated_at = ${p('now')}
  WHERE id = ${p('id')} AND version = ${p('version')}`;
const DELETE_CALL_OFF = sql<{
  id: number;
  version: number;
}>`DELETE FROM call_offs WHERE id = ${p('id')} AND version = ${p('version')}`;
const CALL_OFF_GET = sql<{ id: number }>`
  SELECT ${CALL_OFF}, s.name AS "supplierName" FROM call_offs o JOIN suppliers s ON s.id = o.supplier_id WHERE o.id = ${p('id')}`.rows<CallOffRow>();
const CALL_OFFS_OF = sql<{ contractId: number }>`
  SELECT ${CALL_OFF}, s.name AS "supplierName" FROM call_offs o JOIN suppliers s ON s.id = o.supplier_id
  WHERE o.contract_id = ${p('contractId')} ORDER BY o.date DESC, o.id DESC`.rows<CallOffRow>();
const COUNT_OF = sql<{
  contractId: number;
}>`SELECT count(*) AS n FROM call_offs WHERE contract_id = ${p('contractId')}`.rows<{ n: number }>();
/**
 * Every framework's maximum and totals in one grouped aggregate, with what
 * Frister shows and filters by (its contract, case, buyer, department). The
 * sums are one pass over call_offs_spend_idx alone (contract, value, quantity).
 */
const ALL_TOTALS = sql`
  SELECT f.contract_id AS "contractId", f.max_value AS "maxValue", f.max_quantity AS "maxQuantity",
    coalesce(t.total, 0) AS total, coalesce(t.quantity, 0) AS quantity,
    k.title, k.case_id AS "caseId", c.case_number AS "caseNumber", k.owner, k.start_date AS "startDate",
    k.end_date AS "endDate", k.terminated_date AS "terminatedDate", c.buyer AS "caseBuyer", c.department AS "caseDepartment"
  FROM contract_frameworks f JOIN contracts k ON k.id = f.contract_id JOIN cases c ON c.id = k.case_id
  LEFT JOIN (SELECT contract_id, sum(value) AS total, sum(quantity) AS quantity FROM call_offs GROUP BY contract_id) t
    ON t.contract_id = f.contract_id
  ORDER BY f.contract_id`.rows<{
  contractId: number;
  maxValue: number | null;
  maxQuantity: number | null;
  total: number;
  quantity: number;
  title: string;
  caseId: number;
  caseNumber: string;
  owner: string;
  startDate: string;
  endDate: string;
  terminatedDate: string | null;
  caseBuyer: string;
  caseDepartment: string;
}>();
const TOTAL_OF = sql<{ contractId: number }>`
  SELECT coalesce(sum(value), 0) AS total, coalesce(sum(quantity), 0) AS quantity FROM call_offs WHERE contract_id = ${p('contractId')}`.rows<{
  total: number;
  quantity: number;
}>();

const termsOf = (t: FrameworkTerms): Terms => ({
  suppliers: t.suppliers,
  callOff: t.callOff,
  maxValue: t.maxValue,
  maxQuantity: t.maxQuantity,
  quantityUnit: t.quantityUnit,
  entitled: t.entitled.join('\n'),
  durationGround: t.durationGround,
});
const callOffOf = (f: CallOffFields): CallOff => ({
  date: f.date,
  department: f.department,
  supplierId: f.supplierId,
  value: f.value,
  quantity: f.quantity,
  description: f.description,
  method: f.method,
  invitationDate: f.invitationDate,
  tenderCount: f.tenderCount,
  awardReason: f.awardReason,
  overMaximumReason: f.overMaximumReason,
});

/** Framework agreements' terms and their call-offs. Callers own the transaction. */
export class FrameworksRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  setTerms(contractId: number, terms: FrameworkTerms): void {
    this.st.run(UPSERT, { ...termsOf(terms), contractId });
  }

  removeTerms(contractId: number): void {
    this.st.run(REMOVE, { contractId });
  }

  /** The terms, with the entitled as a list; null: not a framework. */
  terms(contractId: number): (Omit<FrameworkRow, 'entitled'> & { entitled: string[] }) | null {
    const row = this.st.get(GET, { contractId });
    if (!row) return null;
    return { ...row, entitled: row.entitled === '' ? [] : row.entitled.split('\n') };
  }

  addCallOff(contractId: number, f: CallOffFields): number {
    return this.st.get(INSERT_CALL_OFF, { ...callOffOf(f), contractId, now: nowIso() })!.id;
  }

  /** False when stale (or gone). */
  updateCallOff(id: number, version: number, f: CallOffFields): boolean {
    return this.st.run(UPDATE_CALL_OFF, { ...callOffOf(f), id, version, now: nowIso() }).changes > 0;
  }

  deleteCallOff(id: number, version: number): boolean {
    return this.st.run(DELETE_CALL_OFF, { id, version }).changes > 0;
  }

  callOff(id: number): CallOffRow | null {
    return this.st.get(CALL_OFF_GET, { id }) ?? null;
  }

  callOffs(contractId: number): CallOffRow[] {
    return this.st.all(CALL_OFFS_OF, { contractId });
  }

  callOffCount(contractId: number): number {
    return this.st.get(COUNT_OF, { contractId })!.n;
  }

  /** One framework's totals so far. */
  totalOf(contractId: number): { total: number; quantity: number } {
    return this.st.get(TOTAL_OF, { contractId })!;
  }

  /** Every framework's maximum and totals, summed in SQL, with its contract and case. */
  allTotals() {
    return this.st.all(ALL_TOTALS);
  }
}
