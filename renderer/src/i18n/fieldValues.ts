import {
  baselineKindDefs,
  codeName,
  confidentialityBasisDefs,
  dialogueFormDefs,
  followupKindDefs,
  formatDate,
  formatDateTime,
  formatNok,
  apprenticeDecisionDefs,
  callOffMethodDefs,
  complaintKindDefs,
  complaintOutcomeDefs,
  dialogueStatusDefs,
  formatPercent,
  goalMeasureDefs,
  noticeKindDefs,
  noticePlatformDefs,
  standstillExceptionDefs,
  frameworkCallOffDefs,
  frameworkSupplierDefs,
  paySectorDefs,
  groundDefs,
  kindDefs,
  phaseDefs,
  procedureDefs,
  riskLevelDefs,
  sanctionDefs,
  themeDefs,
  type CodeDef,
  type Locale,
} from '../../../core/index.js';
import { CASE_FIELD_LABELS, SUPPLIER_FIELD_LABELS } from './fieldLabels.js';
import { contractStrings } from './strings.contracts.js';
import { jointStrings } from './strings.joint.js';
import type { StringKey } from './strings.js';

/** An option's status (open, used, not used) in the contract page's own words. */
const optionStatusDefs: readonly CodeDef[] = Object.entries(contractStrings.optionStatus.options).map(([code, w]) => ({
  code,
  ...w,
}));

// A field's value as the forms show it, for the history and the import's
// preview: a phase or a procedure by its name, not its code; sums in
// kroner; dates as Norwegians write them; a supplier in the protocol as
// "Renhold Øst AS (912345678): Ba om å delta, Ga tilbud", not as the
// stored record.

/** A joint procurement participant's share unit in the panel's own words ("kroner", "prosent av samlet verdi"). */
const shareUnitDefs: readonly CodeDef[] = [
  { code: 'nok', ...jointStrings.jointUnitNok },
  { code: 'pct', ...jointStrings.jointUnitPct },
];

/** Fields (at any depth) that hold a code of a reference list. */
const CODED: Record<string, readonly CodeDef[]> = {
  phase: phaseDefs,
  procedure: procedureDefs,
  procedureGround: groundDefs,
  // A case's kind and a contract follow-up's kind share the key; their codes do not overlap.
  // A notice's and a complaint's kinds too (the case's notices and complaints are recorded on the case).
  kind: [...kindDefs, ...followupKindDefs, ...noticeKindDefs, ...complaintKindDefs],
  platform: noticePlatformDefs,
  outcome: complaintOutcomeDefs,
  themes: themeDefs,
  theme: themeDefs,
  form: dialogueFormDefs,
  baselineKind: baselineKindDefs,
  riskLevel: riskLevelDefs,
  sanction: sanctionDefs,
  outcomeConfidential: confidentialityBasisDefs,
  answerConfidential: confidentialityBasisDefs,
  minutesConfidential: confidentialityBasisDefs,
  notesConfidential: confidentialityBasisDefs,
  standstillException: standstillExceptionDefs,
  exception: standstillExceptionDefs,
  measure: goalMeasureDefs,
  shareUnit: shareUnitDefs,
  paySector: paySectorDefs,
  apprenticeDecision: apprenticeDecisionDefs,
  // Inside a contract's options (a contract's own status is not recorded; its codes do not overlap).
  // A dialogue's status too; the codes do not overlap.
  status: [...optionStatusDefs, ...dialogueStatusDefs],
  // A framework's terms and its call-offs.
  callOff: frameworkCallOffDefs,
  // A framework's suppliers (one or several); a contract's suppliers are records, not codes.
  suppliers: frameworkSupplierDefs,
  method: callOffMethodDefs,
};

/** Fields that hold a sum in kroner. */
const MONEY = new Set([
  'estimatedValue',
  'shareNok',
  'value',
  'baselineValue',
  'awardedValue',
  'amount',
  'total',
  'perYear',
  'minimum',
  'national',
  'designContest',
  'varer',
  'tjenester',
  'bygg_anlegg',
  'helse_sosial',
  'saerlige_tjenester',
  'maxValue',
]);

/** Words for the keys of a record inside a field, beyond the case and supplier forms' own. */
const KEY_LABELS: Record<string, StringKey> = {
  // A comment on a case, and an account's fields (Innstillinger → Brukere).
  comment: 'commentField',
  username: 'accUsername',
  role: 'accRole',
  departments: 'accDepartments',
  disabled: 'accDisabled',
  password: 'accPassword',
  requested: 'protocolRequested',
  selected: 'protocolSelected',
  tendered: 'protocolTendered',
  rejected: 'protocolRejected',
  rejectionReason: 'protocolRejectionReason',
  abnormallyLow: 'protocolAbnormallyLow',
  eliminated: 'protocolEliminated',
  eliminationReason: 'protocolEliminationReason',
  awarded: 'protocolAwarded',
  paySector: 'fieldPaySector',
  apprenticeDecision: 'fieldApprenticeDecision',
  // A framework's terms and its call-offs (contracts.setFramework, contracts.addCallOff).
  framework: 'frameworkHeading',
  callOffs: 'callOffsHeading',
  callOff: 'frameworkCallOff',
  maxValue: 'frameworkMaxValue',
  maxQuantity: 'frameworkMaxQuantity',
  quantityUnit: 'frameworkQuantityUnit',
  entitled: 'frameworkEntitledShort',
  durationGround: 'frameworkDurationGround',
  department: 'callOffDepartment',
  supplierName: 'callOffSupplier',
  description: 'callOffDescription',
  method: 'callOffMethod',
  invitationDate: 'callOffInvitation',
  tenderCount: 'callOffTenders',
  awardReason: 'callOffReason',
  overMaximumReason: 'callOffOverMaximum',
  quantity: 'callOffQuantity',
  apprenticeNote: 'fieldApprenticeNote',
  // A dialogue or negotiation round's log.
  roundRevealed: 'fieldRoundRevealed',
  roundConsentScope: 'fieldRoundConsentScope',
  roundConsentDate: 'fieldRoundConsentDate',
  // A threshold period the office entered (Innstillinger).
  validFrom: 'keyValidFrom',
  minimum: 'thrMinimum',
  national: 'thrNational',
  eea: 'thrHeading',
  varer: 'thrVarer',
  tjenester: 'thrTjenester',
  bygg_anlegg: 'thrByggAnlegg',
  helse_sosial: 'thrHelseSosial',
  saerlige_tjenester: 'thrSaerlige',
  designContest: 'thrDesignContest',
  regulation: 'keyRegulation',
  url: 'thrUrl',
  enteredBy: 'keyEnteredBy',
  withdrawnAt: 'keyWithdrawnAt',
  withdrawnBy: 'keyWithdrawnBy',
  enteredAt: 'keyEnteredAt',
  orgnr: 'colOrgnr',
  date: 'fieldDate',
  note: 'fieldNotes',
  archived: 'archived',
  userName: 'settingsUserName',
  organisationName: 'settingsOrgName',
  organisationOrgnr: 'settingsOrgnr',
  optionLeadMonths: 'settingsOptionLead',
  backupFolder: 'extraFolder',
  restoredBackup: 'historyRestoredBackup',
  safetyCopy: 'historySafetyCopy',
  // A phase move is recorded as the timeline's newest event (its phase, date, note and reason).
  lastEvent: 'timeline',
  // A case imported with its phase: the whole timeline it was given.
  timeline: 'timeline',
  overrideReason: 'overrideReason',
  saving: 'savingsCase',
  baselineKind: 'baselineKind',
  baselineValue: 'baselineValue',
  awardedValue: 'awardedValue',
  periodMonths: 'periodMonths',
  noticeMonths: 'noticeMonths',
  total: 'savingTotal',
  perYear: 'savingPerYear',
  // A contract's options, and the reason given when a decision on one was undone.
  options: 'options',
  currentEnd: 'currentEnd',
  latestEnd: 'latestEnd',
  seq: 'optionSeq',
  lengthMonths: 'optionLength',
  decideBy: 'optionDecideBy',
  decidedDate: 'decisionDate',
  status: 'optionDecision',
  reason: 'undoReason',
  // A joint procurement's participant (its name and organisation number read as they are).
  participant: 'jointHeading',
  shareUnit: 'jointShareUnit',
  share: 'jointShare',
  shareNok: 'jointColShare',
  lead: 'jointColLead',
};

/** A participant's share as the panel writes it: per cent or kroner by its unit. */
const shareText = (x: number, unit: unknown, locale: Locale) =>
  unit === 'pct' ? formatPercent(x, locale) : unit === 'nok' ? formatNok(x, locale) : String(x);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Fields that hold an instant (when a backup was made), read as a date and time in Norway. */
const INSTANT_FIELDS = new Set(['restoredBackup', 'safetyCopy']);

export type Words = (key: StringKey) => string;

/** The word for a field or a record's key, else the key as stored. */
export function fieldWord(key: string, t: Words): string {
  const k = CASE_FIELD_LABELS[key] ?? SUPPLIER_FIELD_LABELS[key] ?? KEY_LABELS[key];
  return k ? t(k) : key;
}

/** A value of `field` as the office reads it; "–" for nothing. */
export function fieldValueText(field: string, v: unknown, t: Words, locale: Locale): string {
  if (v === null || v === undefined || v === '') return '–';
  // Names in a list read as a list ("Klima og miljø, Innovasjon"); records (suppliers, events) one after another.
  if (Array.isArray(v))
    return (
      v
        .map((x) => fieldValueText(field, x, t, locale))
        .join(v.some((x) => x !== null && typeof x === 'object') ? '; ' : ', ') || '–'
    );
  if (typeof v === 'boolean') return v ? '✓' : '–';
  if (typeof v === 'string') {
    const defs = CODED[field];
    if (defs) return codeName(defs, v, locale);
    if (INSTANT_FIELDS.has(field) && !Number.isNaN(Date.parse(v))) return formatDateTime(v, locale);
    return ISO_DATE.test(v) ? formatDate(v, locale) : v;
  }
  if (typeof v === 'number') return MONEY.has(field) ? formatNok(v, locale) : String(v);
  // A record (a supplier in the protocol, a timeline event, an option): its name first, then what
  // is true of it by name, then its other filled-in fields as "word: value".
  const r = v as Record<string, unknown>;
  const head =
    typeof r.name === 'string' && r.name
      ? `${r.name}${typeof r.orgnr === 'string' && r.orgnr ? ` (${r.orgnr})` : ''}`
      : '';
  const rest = Object.entries(r)
    .filter(
      ([k, x]) =>
        !(head && (k === 'name' || k === 'orgnr')) &&
        x !== null &&
        x !== '' &&
        x !== false &&
        !(Array.isArray(x) && x.length === 0),
    )
    .map(([k, x]) =>
      x === true
        ? fieldWord(k, t)
        : `${fieldWord(k, t)}: ${k === 'share' && typeof x === 'number' ? shareText(x, r.shareUnit, locale) : fieldValueText(k, x, t, locale)}`,
    )
    .join(', ');
  return [head, rest].filter(Boolean).join(': ') || '–';
}
