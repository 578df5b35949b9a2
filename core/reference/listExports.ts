import { z } from 'zod';
import type { Locale } from '../i18n.js';
import { codeName } from './codeName.js';
import { kindDefs } from './kinds.js';
import { phaseDefs } from './phases.js';
import { procedureDefs } from './procedures.js';
import { themeDefs } from './themes.js';
import { CaseListQuerySchema, type CaseSummary } from '../schemas/case.js';
import type { ContractSummarySchema, DeadlineRowSchema } from '../schemas/contract.js';
import type { SupplierSummarySchema } from '../schemas/supplier.js';

// The app's lists as spreadsheets: which columns each list has, with their
// headings in both languages and how each cell is read from the list's row.
// The same rows the screens show (the service's list methods), all of them.

export type ColumnKind = 'text' | 'nok' | 'date' | 'int';
export interface ListColumn<R> {
  nb: string;
  en: string;
  kind: ColumnKind;
  width: number;
  value: (row: R, locale: Locale) => string | number | null;
}


type Contract = z.output<typeof ContractSummarySchema>;
type Deadline = z.output<typeof DeadlineRowSchema>;
type Supplier = z.output<typeof SupplierSummarySchema>;

export const caseColumns: ListColumn<CaseSummary>[] = [
  { nb: 'Saksnummer', en: 'Case number', kind: 'text', width: 12, value: (r) => r.caseNumber },
  { nb: 'Tittel', en: 'Title', kind: 'text', width: 48, value: (r) => r.title },
  { nb: 'Avdeling', en: 'Department', kind: 'text', width: 22, value: (r) => r.department },
  { nb: 'Innkjøper', en: 'Buyer', kind: 'text', width: 18, value: (r) => r.buyer },
  { nb: 'Anslått verdi (kr)', en: 'Estimated value (NOK)', kind: 'nok', width: 16, value: (r) => r.estimatedValue },
  { nb: 'Type', en: 'Kind', kind: 'text', width: 16, value: (r, l) => codeName(kindDefs, r.kind, l) },
  { nb: 'Prosedyre', en: 'Procedure', kind: 'text', width: 28, value: (r, l) => codeName(procedureDefs, r.procedure, l) },
  { nb: 'Fase', en: 'Phase', kind: 'text', width: 20, value: (r, l) => codeName(phaseDefs, r.phase, l) },
  { nb: 'I fasen siden', en: 'In phase since', kind: 'date', width: 12, value: (r) => r.phaseSince },
  { nb: 'Tema', en: 'Themes', kind: 'text', width: 30, value: (r, l) => r.themes.map((t) => codeName(themeDefs, t, l)).join(', ') },
  { nb: 'Registrert', en: 'Registered', kind: 'date', width: 12, value: (r) => r.registeredDate },
];

export const supplierColumns: ListColumn<Supplier>[] = [
  { nb: 'Organisasjonsnummer', en: 'Organisation number', kind: 'text', width: 16, value: (r) => r.orgnr },
  { nb: 'Navn', en: 'Name', kind: 'text', width: 40, value: (r) => r.name },
  { nb: 'Sted', en: 'City', kind: 'text', width: 18, value: (r) => r.city },
  { nb: 'Kontaktpersoner', en: 'Contacts', kind: 'int', width: 10, value: (r) => r.contacts },
  { nb: 'Dialogaktiviteter', en: 'Dialogue activities', kind: 'int', width: 10, value: (r) => r.activities },
];

export const contractColumns: ListColumn<Contract>[] = [
  { nb: 'Saksnummer', en: 'Case number', kind: 'text', width: 12, value: (r) => r.caseNumber },
  { nb: 'Kontrakt', en: 'Contract', kind: 'text', width: 40, value: (r) => r.title },
  { nb: 'Leverandør', en: 'Supplier', kind: 'text', width: 30, value: (r) => r.suppliers.join(', ') },
  { nb: 'Verdi (kr)', en: 'Value (NOK)', kind: 'nok', width: 16, value: (r) => r.value },
  { nb: 'Start', en: 'Start', kind: 'date', width: 12, value: (r) => r.startDate },
  { nb: 'Slutt nå', en: 'Current end', kind: 'date', width: 12, value: (r) => r.currentEnd },
  { nb: 'Senest med opsjoner', en: 'Latest with options', kind: 'date', width: 12, value: (r) => r.latestEnd },
  { nb: 'Status', en: 'Status', kind: 'text', width: 12, value: (r) => r.status },
  { nb: 'Kontraktseier', en: 'Owner', kind: 'text', width: 18, value: (r) => r.owner },
];

const deadlineKinds = { option: { nb: 'Opsjon må avgjøres', en: 'Option to decide' }, expiry: { nb: 'Kontrakten utløper', en: 'Contract expires' }, control: { nb: 'Kontroll lønns- og arbeidsvilkår', en: 'Pay and conditions control' } };
export const deadlineColumns: ListColumn<Deadline>[] = [
  { nb: 'Frist', en: 'Due', kind: 'date', width: 12, value: (r) => r.date },
  { nb: 'Hva', en: 'What', kind: 'text', width: 30, value: (r, l) => `${deadlineKinds[r.kind][l]}${r.optionSeq ? ` ${r.optionSeq}` : ''}` },
  { nb: 'Forfalt', en: 'Overdue', kind: 'text', width: 9, value: (r, l) => (r.overdue ? (l === 'nb' ? 'Ja' : 'Yes') : '') },
  { nb: 'Kontrakt', en: 'Contract', kind: 'text', width: 40, value: (r) => r.contractTitle },
  { nb: 'Saksnummer', en: 'Case number', kind: 'text', width: 12, value: (r) => r.caseNumber },
  { nb: 'Kontraktseier', en: 'Owner', kind: 'text', width: 18, value: (r) => r.owner },
  { nb: 'Kontraktsforvalter', en: 'Administrator', kind: 'text', width: 18, value: (r) => r.administrator },
];

/** Which list to export, with the filters the screen shows it with. */
export const ListExportSchema = z.discriminatedUnion('list', [
  z.strictObject({ list: z.literal('cases'), query: CaseListQuerySchema.omit({ cursor: true, offset: true, limit: true }).prefault({}) }),
  z.strictObject({ list: z.literal('suppliers'), q: z.string().trim().max(200).default('') }),
  z.strictObject({ list: z.literal('contracts') }),
  z.strictObject({ list: z.literal('deadlines'), months: z.union([z.literal(3), z.literal(6), z.literal(12)]).default(6) }),
]);
export type ListExport = z.output<typeof ListExportSchema>;

export const listSheetNames = {
  cases: { nb: 'Saker', en: 'Cases' },
  suppliers: { nb: 'Leverandører', en: 'Suppliers' },
  contracts: { nb: 'Kontrakter', en: 'Contracts' },
  deadlines: { nb: 'Frister', en: 'Deadlines' },
} as const;
