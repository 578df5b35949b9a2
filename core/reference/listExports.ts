import { z } from 'zod';
import type { Locale } from '../i18n/locale.js';
import { defineMessages, translator, type Words } from '../i18n/messages.js';
import { codeName } from './codeName.js';
import { kindDefs } from './kinds.js';
import { phaseDefs } from './phases.js';
import { procedureDefs } from './procedures.js';
import { regimeDefs, type Regime } from './regimes.js';
import { themeDefs } from './themes.js';
import { CaseListQuerySchema, type CaseSummary } from '../schemas/case.js';
import type { ContractSummarySchema } from '../schemas/contract.js';
import type { SupplierSummarySchema } from '../schemas/supplier.js';
import type { CallOffSchema, FrameworkSpendRowSchema } from '../schemas/framework.js';
import { callOffMethodDefs } from './frameworks.js';
import { AttentionFilterSchema } from '../schemas/overview.js';
import type { Notice } from '../schemas/notice.js';
import { noticeKindDefs, noticePlatformDefs, type NoticePlatform } from './notices.js';
import { complaintKindDefs, type ComplaintKind } from './complaints.js';

// The app's lists as spreadsheets: which columns each list has, with their
// headings in each language and how each cell is read from the list's row.
// The same rows the screens show (the service's list methods), all of them.

/** A yes in a cell, in the sheet's language (a no is an empty cell). */
export const cellWords = translator(defineMessages({ yes: { nb: 'Ja', nn: 'Ja', en: 'Yes' } }));

export type ColumnKind = 'text' | 'nok' | 'date' | 'int';
export interface ListColumn<R> extends Words<string> {
  kind: ColumnKind;
  width: number;
  value: (row: R, locale: Locale) => string | number | null;
}

/** A case as its list's spreadsheet has it: the list's row with what the register adds (the service's list export joins them). */
export type CaseExportRow = CaseSummary & {
  cpv: string | null;
  plannedNoticeDate: string | null;
  plannedAwardDate: string | null;
  plannedContractStart: string | null;
  /** The case's contracts' value together; null without a contract. */
  contractValue: number | null;
  /** The part of the regulation (FOA § 5-1) at the case's value, kind and date. */
  regime: Regime | null;
  /** A joint procurement's other contracting authorities, by name ('' where the case is the office's alone). */
  jointWith: string;
  /** The office's own share of the estimated value (core/rules/joint.ts): the whole where the case is not joint. */
  ownValue: number;
  /** The case's notices in Doffin and TED (core/reference/notices.ts), oldest first. */
  notices: readonly Pick<Notice, 'kind' | 'platform' | 'ref'>[];
  /** The kinds of the case's complaints not yet closed, oldest first: an injunction among them stands. */
  openComplaints: readonly ComplaintKind[];
};

/** The numbers of the notice that opened the competition (or announced the direct award) in one service: corrections and the result are not it. */
const competitionNoticeRefs = (r: CaseExportRow, platform: NoticePlatform) =>
  r.notices
    .filter((n) => n.platform === platform && (n.kind === 'contract' || n.kind === 'intention'))
    .map((n) => n.ref)
    .join(', ');
const awardNotice = noticeKindDefs.find((d) => d.code === 'award')!;

type Contract = z.output<typeof ContractSummarySchema>;
type Supplier = z.output<typeof SupplierSummarySchema>;

export const caseColumns: ListColumn<CaseExportRow>[] = [
  { nb: 'Saksnummer', nn: 'Saksnummer', en: 'Case number', kind: 'text', width: 12, value: (r) => r.caseNumber },
  { nb: 'Tittel', nn: 'Tittel', en: 'Title', kind: 'text', width: 48, value: (r) => r.title },
  { nb: 'Avdeling', nn: 'Avdeling', en: 'Department', kind: 'text', width: 22, value: (r) => r.department },
  { nb: 'Innkjøper', nn: 'Innkjøpar', en: 'Buyer', kind: 'text', width: 18, value: (r) => r.buyer },
  {
    nb: 'Anslått verdi (kr)',
    nn: 'Anslått verdi (kr)',
    en: 'Estimated value (NOK)',
    kind: 'nok',
    width: 16,
    value: (r) => r.estimatedValue,
  },
  {
    nb: 'Kontraktsverdi (kr)',
    nn: 'Kontraktsverdi (kr)',
    en: 'Contract value (NOK)',
    kind: 'nok',
    width: 16,
    value: (r) => r.contractValue,
  },
  { nb: 'Type', nn: 'Type', en: 'Kind', kind: 'text', width: 16, value: (r, l) => codeName(kindDefs, r.kind, l) },
  {
    nb: 'Del av forskriften',
    nn: 'Del av forskrifta',
    en: 'Part of the regulation',
    kind: 'text',
    width: 34,
    value: (r, l) => (r.regime ? codeName(regimeDefs, r.regime, l) : ''),
  },
  {
    nb: 'Prosedyre',
    nn: 'Prosedyre',
    en: 'Procedure',
    kind: 'text',
    width: 28,
    value: (r, l) => codeName(procedureDefs, r.procedure, l),
  },
  { nb: 'CPV', nn: 'CPV', en: 'CPV', kind: 'text', width: 40, value: (r) => r.cpv },
  { nb: 'Fase', nn: 'Fase', en: 'Phase', kind: 'text', width: 20, value: (r, l) => codeName(phaseDefs, r.phase, l) },
  {
    nb: 'I fasen siden',
    nn: 'I fasen sidan',
    en: 'In phase since',
    kind: 'date',
    width: 12,
    value: (r) => r.phaseSince,
  },
  {
    nb: 'Planlagt kunngjøring',
    nn: 'Planlagd kunngjering',
    en: 'Planned notice',
    kind: 'date',
    width: 12,
    value: (r) => r.plannedNoticeDate,
  },
  {
    nb: 'Planlagt tildeling',
    nn: 'Planlagd tildeling',
    en: 'Planned award',
    kind: 'date',
    width: 12,
    value: (r) => r.plannedAwardDate,
  },
  {
    nb: 'Planlagt kontraktsstart',
    nn: 'Planlagd kontraktsstart',
    en: 'Planned contract start',
    kind: 'date',
    width: 12,
    value: (r) => r.plannedContractStart,
  },
  {
    nb: 'Tema',
    nn: 'Tema',
    en: 'Themes',
    kind: 'text',
    width: 30,
    value: (r, l) => r.themes.map((t) => codeName(themeDefs, t, l)).join(', '),
  },
  { nb: 'Registrert', nn: 'Registrert', en: 'Registered', kind: 'date', width: 12, value: (r) => r.registeredDate },
  {
    nb: 'Innkjøpssamarbeid med',
    nn: 'Innkjøpssamarbeid med',
    en: 'Joint procurement with',
    kind: 'text',
    width: 30,
    value: (r) => r.jointWith,
  },
  {
    nb: 'Kontorets egen andel (kr)',
    nn: 'Delen til kontoret (kr)',
    en: "The office's own share (NOK)",
    kind: 'nok',
    width: 16,
    value: (r) => r.ownValue,
  },
  {
    nb: 'Kunngjort i Doffin',
    nn: 'Kunngjort i Doffin',
    en: 'Doffin notice',
    kind: 'text',
    width: 14,
    value: (r) => competitionNoticeRefs(r, 'doffin'),
  },
  {
    nb: 'Kunngjort i TED',
    nn: 'Kunngjort i TED',
    en: 'TED notice',
    kind: 'text',
    width: 14,
    value: (r) => competitionNoticeRefs(r, 'ted'),
  },
  {
    nb: awardNotice.nb,
    nn: awardNotice.nn,
    en: awardNotice.en,
    kind: 'text',
    width: 26,
    value: (r, l) =>
      r.notices
        .filter((n) => n.kind === 'award')
        .map((n) => `${codeName(noticePlatformDefs, n.platform, l)} ${n.ref}`)
        .join(', '),
  },
  {
    nb: 'Åpen klage',
    nn: 'Open klage',
    en: 'Open complaint',
    kind: 'text',
    width: 24,
    value: (r, l) =>
      [...new Set(r.openComplaints.filter((k) => k !== 'injunction'))]
        .map((k) => codeName(complaintKindDefs, k, l))
        .join(', '),
  },
  {
    nb: 'Forføyning stanser signeringen',
    nn: 'Åtgjerd stansar signeringa',
    en: 'Injunction holds the signing',
    kind: 'text',
    width: 12,
    value: (r, l) => (r.openComplaints.includes('injunction') ? cellWords('yes', l) : ''),
  },
];

export const supplierColumns: ListColumn<Supplier>[] = [
  {
    nb: 'Organisasjonsnummer',
    nn: 'Organisasjonsnummer',
    en: 'Organisation number',
    kind: 'text',
    width: 16,
    value: (r) => r.orgnr,
  },
  { nb: 'Navn', nn: 'Namn', en: 'Name', kind: 'text', width: 40, value: (r) => r.name },
  { nb: 'Sted', nn: 'Stad', en: 'City', kind: 'text', width: 18, value: (r) => r.city },
  { nb: 'Kontaktpersoner', nn: 'Kontaktpersonar', en: 'Contacts', kind: 'int', width: 10, value: (r) => r.contacts },
  {
    nb: 'Dialogaktiviteter',
    nn: 'Dialogaktivitetar',
    en: 'Dialogue activities',
    kind: 'int',
    width: 10,
    value: (r) => r.activities,
  },
];

export const contractColumns: ListColumn<Contract>[] = [
  { nb: 'Saksnummer', nn: 'Saksnummer', en: 'Case number', kind: 'text', width: 12, value: (r) => r.caseNumber },
  { nb: 'Kontrakt', nn: 'Kontrakt', en: 'Contract', kind: 'text', width: 40, value: (r) => r.title },
  { nb: 'Leverandør', nn: 'Leverandør', en: 'Supplier', kind: 'text', width: 30, value: (r) => r.suppliers.join(', ') },
  { nb: 'Verdi (kr)', nn: 'Verdi (kr)', en: 'Value (NOK)', kind: 'nok', width: 16, value: (r) => r.value },
  { nb: 'Start', nn: 'Start', en: 'Start', kind: 'date', width: 12, value: (r) => r.startDate },
  { nb: 'Slutt nå', nn: 'Slutt no', en: 'Current end', kind: 'date', width: 12, value: (r) => r.currentEnd },
  {
    nb: 'Senest med opsjoner',
    nn: 'Seinast med opsjonar',
    en: 'Latest with options',
    kind: 'date',
    width: 12,
    value: (r) => r.latestEnd,
  },
  { nb: 'Status', nn: 'Status', en: 'Status', kind: 'text', width: 12, value: (r) => r.status },
  { nb: 'Kontraktseier', nn: 'Kontraktseigar', en: 'Owner', kind: 'text', width: 18, value: (r) => r.owner },
];

type FrameworkSpend = z.output<typeof FrameworkSpendRowSchema>;
type CallOff = z.output<typeof CallOffSchema>;

/** Every running framework's spend against its maximum (contracts.frameworkSpend). */
export const frameworkColumns: ListColumn<FrameworkSpend>[] = [
  { nb: 'Saksnummer', nn: 'Saksnummer', en: 'Case number', kind: 'text', width: 12, value: (r) => r.caseNumber },
  { nb: 'Rammeavtale', nn: 'Rammeavtale', en: 'Framework', kind: 'text', width: 40, value: (r) => r.contractTitle },
  { nb: 'Maksimum (kr)', nn: 'Maksimum (kr)', en: 'Maximum (NOK)', kind: 'nok', width: 16, value: (r) => r.maxValue },
  { nb: 'Avropt (kr)', nn: 'Avrope (kr)', en: 'Called off (NOK)', kind: 'nok', width: 16, value: (r) => r.total },
  {
    nb: 'Andel av maksimum (%)',
    nn: 'Del av maksimum (%)',
    en: 'Share of maximum (%)',
    kind: 'int',
    width: 12,
    value: (r) => (r.valueShare === null ? null : Math.round(r.valueShare * 100)),
  },
  { nb: 'Slutt nå', nn: 'Slutt no', en: 'Current end', kind: 'date', width: 12, value: (r) => r.currentEnd },
  { nb: 'Kontraktseier', nn: 'Kontraktseigar', en: 'Owner', kind: 'text', width: 18, value: (r) => r.owner },
];

/** A framework's call-offs. */
export const callOffColumns: ListColumn<CallOff>[] = [
  { nb: 'Dato', nn: 'Dato', en: 'Date', kind: 'date', width: 12, value: (r) => r.date },
  { nb: 'Avdeling', nn: 'Avdeling', en: 'Department', kind: 'text', width: 22, value: (r) => r.department },
  { nb: 'Leverandør', nn: 'Leverandør', en: 'Supplier', kind: 'text', width: 28, value: (r) => r.supplierName },
  {
    nb: 'Hva som ble kjøpt',
    nn: 'Kva som vart kjøpt',
    en: 'What was bought',
    kind: 'text',
    width: 40,
    value: (r) => r.description,
  },
  { nb: 'Verdi (kr)', nn: 'Verdi (kr)', en: 'Value (NOK)', kind: 'nok', width: 16, value: (r) => r.value },
  { nb: 'Mengde', nn: 'Mengd', en: 'Quantity', kind: 'int', width: 10, value: (r) => r.quantity },
  {
    nb: 'Hvordan',
    nn: 'Korleis',
    en: 'How',
    kind: 'text',
    width: 22,
    value: (r, locale) => codeName(callOffMethodDefs, r.method, locale),
  },
  {
    nb: 'Invitasjon sendt',
    nn: 'Invitasjon send',
    en: 'Invitation sent',
    kind: 'date',
    width: 12,
    value: (r) => r.invitationDate,
  },
  { nb: 'Antall tilbud', nn: 'Tal på tilbod', en: 'Tenders', kind: 'int', width: 10, value: (r) => r.tenderCount },
  { nb: 'Begrunnelse', nn: 'Grunngiving', en: 'Reasons', kind: 'text', width: 40, value: (r) => r.awardReason },
];

/** Which list to export, with the filters the screen shows it with. */
export const ListExportSchema = z.discriminatedUnion('list', [
  z.strictObject({
    list: z.literal('cases'),
    query: CaseListQuerySchema.omit({ cursor: true, offset: true, limit: true }).prefault({}),
  }),
  z.strictObject({ list: z.literal('suppliers'), q: z.string().trim().max(200).default('') }),
  z.strictObject({ list: z.literal('contracts') }),
  z
    .strictObject({
      list: z.literal('deadlines'),
      months: z.union([z.literal(3), z.literal(6), z.literal(12)]).default(6),
    })
    .extend(AttentionFilterSchema.shape),
  z.strictObject({ list: z.literal('frameworks') }).extend(AttentionFilterSchema.shape),
  z.strictObject({ list: z.literal('callOffs'), contractId: z.number().int().positive() }),
  z.strictObject({ list: z.literal('complaints') }).extend(AttentionFilterSchema.shape),
]);
export type ListExport = z.output<typeof ListExportSchema>;

export const listSheetNames = {
  cases: { nb: 'Saker', nn: 'Saker', en: 'Cases' },
  suppliers: { nb: 'Leverandører', nn: 'Leverandørar', en: 'Suppliers' },
  contracts: { nb: 'Kontrakter', nn: 'Kontraktar', en: 'Contracts' },
  deadlines: { nb: 'Frister', nn: 'Fristar', en: 'Deadlines' },
  frameworks: { nb: 'Rammeavtaler', nn: 'Rammeavtalar', en: 'Frameworks' },
  callOffs: { nb: 'Avrop', nn: 'Avrop', en: 'Call-offs' },
  complaints: { nb: 'Klager', nn: 'Klager', en: 'Complaints' },
} as const satisfies Record<ListExport['list'], Words<string>>;
