import type { StringKey } from './strings.js';

/** The supplier form's words for each supplier field. */
export const SUPPLIER_FIELD_LABELS: Record<string, StringKey> = {
  orgnr: 'fieldOrgnr',
  name: 'fieldName',
  address: 'fieldAddress',
  postalCode: 'fieldPostalCode',
  city: 'fieldCity',
  notes: 'fieldNotes',
};

/** The case form's words for each case field, by field name: used by the form's error summary, the history, the import and the bundle's conflicts. */
export const CASE_FIELD_LABELS: Record<string, StringKey> = {
  caseNumber: 'fieldCaseNumber',
  title: 'fieldTitle',
  description: 'fieldDescription',
  department: 'fieldDepartment',
  needOwner: 'fieldNeedOwner',
  buyer: 'fieldBuyer',
  estimatedValue: 'fieldValue',
  kind: 'fieldKind',
  procedure: 'fieldProcedure',
  procedureGround: 'fieldProcedureGround',
  procedureGroundNote: 'fieldProcedureGroundNote',
  themes: 'fieldThemes',
  registeredDate: 'fieldRegistered',
  plannedNoticeDate: 'fieldPlannedNotice',
  plannedTenderDeadline: 'fieldPlannedTenderDeadline',
  plannedAwardDate: 'fieldPlannedAward',
  plannedContractStart: 'fieldPlannedStart',
  climateWeightPct: 'fieldClimateWeight',
  climateRequirements: 'fieldClimateRequirements',
  cpvCode: 'fieldCpv',
  phase: 'colPhase',
  phaseSince: 'colPhaseSince',
  importedFrom: 'fieldImportedFrom',
  // The protocol's own entries, as the case's history names them.
  'protocol.lotsReason': 'protocolLotsReason',
  'protocol.procedureReason': 'protocolProcedureReason',
  'protocol.participants': 'protocolSuppliersHeading',
  'protocol.awardReason': 'protocolAwardReason',
  'protocol.subcontractors': 'protocolSubcontractors',
  'protocol.conflictsOfInterest': 'protocolConflictsHeading',
  'protocol.notes': 'protocolNotesHeading',
  'protocol.electronicException': 'protocolElectronicException',
  'protocol.electronicExceptionReason': 'protocolElectronicExceptionReason',
  'protocol.selectionReason': 'protocolSelectionReason',
  'protocol.dialogueLog': 'protocolDialogueLog',
  'protocol.marketDialogueMeasures': 'protocolMarketDialogue',
  'protocol.awardNoticeDate': 'protocolAwardNoticeDate',
  'protocol.standstillEndDate': 'protocolStandstillEnd',
  'protocol.standstillNone': 'protocolStandstillNone',
  'protocol.standstillDays': 'awardDays',
  'protocol.awardNoticeByPost': 'awardByPost',
  climateExempt: 'fieldClimateExempt',
  climateJustification: 'fieldClimateJustification',
  'protocol.final': 'protocolFinalised',
};

/** A stored column ("estimated_value") or a bundle's child table ("case_events") in the form's words, else as it is. */
export function columnLabel(column: string, t: (k: StringKey) => string): string {
  if (column === 'case_events') return t('timeline');
  if (column === 'supplier_contacts') return t('contacts');
  const field = column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const key = CASE_FIELD_LABELS[field] ?? SUPPLIER_FIELD_LABELS[field];
  return key ? t(key) : column;
}
