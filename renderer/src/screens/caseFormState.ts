import {
  formatAmount,
  parseMoney,
  type CaseDetail,
  type Input,
  type Kind,
  type Procedure,
  type Theme,
} from '../../../core/index.js';

/** What the form holds: text as typed, so "1 300 000" can be typed and corrected. */
export interface CaseFormState {
  caseNumber: string;
  title: string;
  description: string;
  department: string;
  needOwner: string;
  buyer: string;
  value: string;
  /** Empty until chosen: a new case has no kind by default (required). */
  kind: Kind | '';
  procedure: Procedure | '';
  /** The ground the procedure rests on (core/reference/grounds.ts), and why it is met. */
  procedureGround: string;
  procedureGroundNote: string;
  themes: Theme[];
  registeredDate: string;
  plannedNoticeDate: string;
  plannedTenderDeadline: string;
  plannedAwardDate: string;
  plannedContractStart: string;
  /** Per cent as typed; only sent while the climate theme is chosen. */
  climateWeight: string;
  climateRequirements: boolean;
  climateExempt: boolean;
  climateJustification: string;
  cpvCode: string;
  /** The chosen code's label, for display ("90910000-9 Rengjøring"). */
  cpvLabel: string;
}

export function emptyForm(today: string): CaseFormState {
  return {
    caseNumber: '',
    title: '',
    description: '',
    department: '',
    needOwner: '',
    buyer: '',
    value: '',
    kind: '',
    procedure: '',
    procedureGround: '',
    procedureGroundNote: '',
    themes: [],
    registeredDate: today,
    plannedNoticeDate: '',
    plannedTenderDeadline: '',
    plannedAwardDate: '',
    plannedContractStart: '',
    climateWeight: '',
    climateRequirements: false,
    climateExempt: false,
    climateJustification: '',
    cpvCode: '',
    cpvLabel: '',
  };
}

export function formFromCase(c: CaseDetail): CaseFormState {
  return {
    caseNumber: c.caseNumber,
    title: c.title,
    description: c.description,
    department: c.department,
    needOwner: c.needOwner,
    buyer: c.buyer,
    value: formatAmount(c.estimatedValue),
    kind: c.kind,
    procedure: c.procedure ?? '',
    procedureGround: c.procedureGround ?? '',
    procedureGroundNote: c.procedureGroundNote,
    themes: c.themes,
    registeredDate: c.registeredDate,
    plannedNoticeDate: c.plannedNoticeDate ?? '',
    plannedTenderDeadline: c.plannedTenderDeadline ?? '',
    plannedAwardDate: c.plannedAwardDate ?? '',
    plannedContractStart: c.plannedContractStart ?? '',
    climateWeight: c.climateWeightPct === null ? '' : String(c.climateWeightPct),
    climateRequirements: c.climateRequirements,
    climateExempt: c.climateExempt,
    climateJustification: c.climateJustification,
    cpvCode: c.cpvCode ?? '',
    cpvLabel: c.cpvLabel ?? '',
  };
}

/** The contract input from the form. An amount that cannot be read is left out; the form's check says why (useIssues, `money`). */
export function formToFields(f: CaseFormState): Omit<Input<'cases.create'>, 'registeredDate'> {
  const read = parseMoney(f.value);
  return {
    caseNumber: f.caseNumber,
    title: f.title,
    description: f.description,
    department: f.department,
    needOwner: f.needOwner,
    buyer: f.buyer,
    estimatedValue: (read.ok ? read.value : undefined) as number,
    kind: (f.kind || undefined) as Kind,
    procedure: f.procedure || null,
    procedureGround: (f.procedureGround || null) as Input<'cases.create'>['procedureGround'],
    procedureGroundNote: f.procedureGroundNote,
    themes: f.themes,
    plannedNoticeDate: f.plannedNoticeDate || null,
    plannedTenderDeadline: f.plannedTenderDeadline || null,
    plannedAwardDate: f.plannedAwardDate || null,
    plannedContractStart: f.plannedContractStart || null,
    // FOA § 7-9 applies to every procurement, whatever its themes.
    climateWeightPct:
      f.climateWeight.trim() === ''
        ? null
        : ((/^\s*\d+\s*%?\s*$/.test(f.climateWeight) ? parseInt(f.climateWeight, 10) : f.climateWeight) as number),
    climateRequirements: f.climateRequirements,
    climateExempt: f.climateExempt,
    climateJustification: f.climateJustification,
    cpvCode: f.cpvCode || null,
  };
}
