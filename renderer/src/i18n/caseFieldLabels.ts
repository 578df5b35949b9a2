import type { StringKey } from './strings.js';

/** The case form's words for each case field, by field name: used by the form's error summary and the history. */
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
  themes: 'fieldThemes',
  registeredDate: 'fieldRegistered',
  plannedNoticeDate: 'fieldPlannedNotice',
  plannedAwardDate: 'fieldPlannedAward',
  plannedContractStart: 'fieldPlannedStart',
  climateWeightPct: 'fieldClimateWeight',
  climateRequirements: 'fieldClimateRequirements',
  cpvCode: 'fieldCpv',
  phase: 'colPhase',
  importedFrom: 'fieldImportedFrom',
};
