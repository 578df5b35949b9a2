import { type z } from 'zod';
import type { Words } from '../i18n/messages.js';
import { codeName } from './codeName.js';
import { complaintKindDefs, complaintOutcomeDefs } from './complaints.js';
import { cellWords, type ListColumn } from './listExports.js';
import type { DeadlineRowSchema } from '../schemas/contract.js';
import type { Complaint } from '../schemas/complaint.js';
import type { RunningContractSchema } from '../schemas/overview.js';

type Deadline = z.output<typeof DeadlineRowSchema>;

// Frister's spreadsheet (its deadlines, the frameworks near their maximum and
// the running contracts without a deadline in the period) and the office's
// register of complaints: the columns of the lists that follow the award's
// and the contracts' deadlines (the other lists: listExports.ts).

/** The award's deadlines Frister shows beside the contracts' (overview.awardDeadlines). */
export type AwardDeadlineKind = 'standstill' | 'resultNotice' | 'complaint';

/**
 * A row of Frister's spreadsheet: a contract's deadline (contracts.deadlines)
 * or an award's (overview.awardDeadlines), with its case's title and buyer;
 * an award's row has no contract, and so no owner or administrator.
 */
export interface FristerRow {
  kind: Deadline['kind'] | AwardDeadlineKind;
  date: string;
  urgency: Deadline['urgency'];
  optionSeq: number | null;
  caseNumber: string;
  caseTitle: string;
  buyer: string;
  contractTitle: string | null;
  owner: string;
  administrator: string;
}

/** What each row of Frister's spreadsheet is due for, in the "Hva" column. */
export const deadlineKindWords: Record<FristerRow['kind'], Words<string>> = {
  option: { nb: 'Opsjon må avgjøres', nn: 'Opsjon må avgjerast', en: 'Option to decide' },
  expiry: { nb: 'Kontrakten utløper', nn: 'Kontrakten går ut', en: 'Contract expires' },
  control: {
    nb: 'Kontroll lønns- og arbeidsvilkår',
    nn: 'Kontroll løns- og arbeidsvilkår',
    en: 'Pay and conditions control',
  },
  standstill: { nb: 'Karensperioden går ut', nn: 'Karensperioden går ut', en: 'Standstill period ends' },
  resultNotice: {
    nb: 'Konkurranseresultatet må kunngjøres',
    nn: 'Konkurranseresultatet må kunngjerast',
    en: 'Contract award notice due',
  },
  complaint: { nb: 'Klagen må besvares', nn: 'Klaga må svarast på', en: 'Complaint to answer' },
};
export const deadlineColumns: ListColumn<FristerRow>[] = [
  { nb: 'Frist', nn: 'Frist', en: 'Due', kind: 'date', width: 12, value: (r) => r.date },
  {
    nb: 'Hva',
    nn: 'Kva',
    en: 'What',
    kind: 'text',
    width: 34,
    value: (r, l) => `${deadlineKindWords[r.kind][l]}${r.optionSeq ? ` ${r.optionSeq}` : ''}`,
  },
  {
    nb: 'Forfalt',
    nn: 'Forfalle',
    en: 'Overdue',
    kind: 'text',
    width: 9,
    value: (r, l) => (r.urgency === 'overdue' ? cellWords('yes', l) : ''),
  },
  { nb: 'Kontrakt', nn: 'Kontrakt', en: 'Contract', kind: 'text', width: 40, value: (r) => r.contractTitle },
  { nb: 'Saksnummer', nn: 'Saksnummer', en: 'Case number', kind: 'text', width: 12, value: (r) => r.caseNumber },
  { nb: 'Sak', nn: 'Sak', en: 'Case', kind: 'text', width: 40, value: (r) => r.caseTitle },
  { nb: 'Innkjøper', nn: 'Innkjøpar', en: 'Buyer', kind: 'text', width: 18, value: (r) => r.buyer },
  { nb: 'Kontraktseier', nn: 'Kontraktseigar', en: 'Owner', kind: 'text', width: 18, value: (r) => r.owner },
  {
    nb: 'Kontraktsforvalter',
    nn: 'Kontraktsforvaltar',
    en: 'Administrator',
    kind: 'text',
    width: 18,
    value: (r) => r.administrator,
  },
];

type Running = z.output<typeof RunningContractSchema>;

/** Frister's last panel: every other running contract with its next deadline however far off (contracts.running). */
export const runningColumns: ListColumn<Running>[] = [
  { nb: 'Kontrakt', nn: 'Kontrakt', en: 'Contract', kind: 'text', width: 40, value: (r) => r.contractTitle },
  { nb: 'Saksnummer', nn: 'Saksnummer', en: 'Case number', kind: 'text', width: 12, value: (r) => r.caseNumber },
  {
    nb: 'Neste frist',
    nn: 'Neste frist',
    en: 'Next deadline',
    kind: 'date',
    width: 12,
    value: (r) => r.next?.date ?? null,
  },
  {
    nb: 'Hva',
    nn: 'Kva',
    en: 'What',
    kind: 'text',
    width: 34,
    value: (r, l) =>
      r.next ? `${deadlineKindWords[r.next.kind][l]}${r.next.optionSeq ? ` ${r.next.optionSeq}` : ''}` : '',
  },
  { nb: 'Slutt nå', nn: 'Slutt no', en: 'Current end', kind: 'date', width: 12, value: (r) => r.currentEnd },
  { nb: 'Kontraktseier', nn: 'Kontraktseigar', en: 'Owner', kind: 'text', width: 18, value: (r) => r.owner },
];

/** A complaint as the office's register of complaints has it: with its case. */
export type ComplaintRegisterRow = Complaint & {
  caseNumber: string;
  caseTitle: string;
  buyer: string;
  department: string;
};

/** Every complaint of the office, open or closed, with its case (core/reference/complaints.ts); what the complaint said and the answer are on the case's page. */
export const complaintColumns: ListColumn<ComplaintRegisterRow>[] = [
  { nb: 'Mottatt', nn: 'Motteken', en: 'Received', kind: 'date', width: 12, value: (r) => r.date },
  {
    nb: 'Type',
    nn: 'Type',
    en: 'Kind',
    kind: 'text',
    width: 24,
    value: (r, l) => codeName(complaintKindDefs, r.kind, l),
  },
  { nb: 'Leverandør', nn: 'Leverandør', en: 'Supplier', kind: 'text', width: 28, value: (r) => r.supplier },
  { nb: 'Saksnummer', nn: 'Saksnummer', en: 'Case number', kind: 'text', width: 12, value: (r) => r.caseNumber },
  { nb: 'Sak', nn: 'Sak', en: 'Case', kind: 'text', width: 40, value: (r) => r.caseTitle },
  { nb: 'Avdeling', nn: 'Avdeling', en: 'Department', kind: 'text', width: 22, value: (r) => r.department },
  { nb: 'Innkjøper', nn: 'Innkjøpar', en: 'Buyer', kind: 'text', width: 18, value: (r) => r.buyer },
  { nb: 'Svarfrist', nn: 'Svarfrist', en: 'Answer due', kind: 'date', width: 12, value: (r) => r.answerDue },
  {
    nb: 'Avsluttet',
    nn: 'Avslutta',
    en: 'Closed',
    kind: 'date',
    width: 12,
    value: (r) => r.closedDate,
  },
  {
    nb: 'Utfall',
    nn: 'Utfall',
    en: 'Outcome',
    kind: 'text',
    width: 24,
    value: (r, l) => (r.outcome ? codeName(complaintOutcomeDefs, r.outcome, l) : ''),
  },
  {
    nb: 'KOFAs saksnummer',
    nn: 'Saksnummeret til KOFA',
    en: 'KOFA case number',
    kind: 'text',
    width: 14,
    value: (r) => r.kofaCaseNo,
  },
  {
    nb: 'Overtredelsesgebyr ilagt',
    nn: 'Brotsgebyr pålagt',
    en: 'Infringement fine imposed',
    kind: 'text',
    width: 10,
    value: (r, l) => (r.fee ? cellWords('yes', l) : ''),
  },
];

/** Frister's second sheet: the running frameworks at 80 % of their maximum or more, as its panel shows them. */
export const nearMaximumSheetName = {
  nb: 'Nær maksimum',
  nn: 'Nær maksimum',
  en: 'Near maximum',
} as const satisfies Words<string>;

/** Frister's third sheet: the running contracts with no deadline in the period, as its last panel shows them. */
export const runningSheetName = {
  nb: 'Uten frist i perioden',
  nn: 'Utan frist i perioden',
  en: 'No deadline in period',
} as const satisfies Words<string>;
