import type { Words } from '../i18n/messages.js';
import type { CodeDef } from './codeName.js';
import type { Procedure } from './procedures.js';

// Forms of supplier market dialogue (markedsdialog) and the legal bases for
// keeping supplier information confidential (taushetsplikt), each with the
// law it rests on by itself (for the closed version's mark, core/printMarks.ts).
//
// The first five are market dialogue before the competition (FOA § 8-1/§ 12-1):
// what one supplier learns there must be evened out before the competition
// (§ 8-2/§ 12-2), e.g. by sharing it with all. A round is dialogue or
// negotiation inside the competition (Del II § 9-3; Del III §§ 23-7, 23-8,
// 23-10): there one participant's solutions and confidential information
// must NOT go to the others without its consent, which covers particular
// information (§ 9-3 (5), § 23-10 (2)); the round keeps a log instead.
export const dialogueFormDefs = [
  { code: 'dialogkonferanse', nb: 'Dialogkonferanse', nn: 'Dialogkonferanse', en: 'Dialogue conference' },
  { code: 'en_til_en', nb: 'En-til-en-møte', nn: 'Ein-til-ein-møte', en: 'One-to-one meeting' },
  {
    code: 'rfi',
    nb: 'Skriftlig forespørsel (RFI)',
    nn: 'Skriftleg førespurnad (RFI)',
    en: 'Request for information (RFI)',
  },
  {
    code: 'horing',
    nb: 'Høring av utkast til konkurransegrunnlag',
    nn: 'Høyring av utkast til konkurransegrunnlag',
    en: 'Hearing of draft tender documents',
  },
  { code: 'besok', nb: 'Besøk eller messe', nn: 'Besøk eller messe', en: 'Visit or fair' },
  {
    code: 'dialogrunde',
    nb: 'Dialog- eller forhandlingsrunde',
    nn: 'Dialog- eller forhandlingsrunde',
    en: 'Dialogue or negotiation round',
  },
] as const;
export type DialogueForm = (typeof dialogueFormDefs)[number]['code'];

/**
 * Where an activity stands: planned (ahead; no one has attended, no minutes yet), held (took place; minutes
 * may be written, and its date cannot be in the future), cancelled (did not take place).
 */
export const dialogueStatusDefs = [
  { code: 'planned', nb: 'Planlagt', nn: 'Planlagd', en: 'Planned' },
  { code: 'held', nb: 'Gjennomført', nn: 'Gjennomført', en: 'Held' },
  { code: 'cancelled', nb: 'Avlyst', nn: 'Avlyst', en: 'Cancelled' },
] as const;
export type DialogueStatus = (typeof dialogueStatusDefs)[number]['code'];
export const dialogueStatuses = dialogueStatusDefs.map((d) => d.code) as unknown as readonly [
  DialogueStatus,
  ...DialogueStatus[],
];

/** Forms whose questions and answers are market dialogue before the competition: shared with all to keep equal treatment. */
export const PRE_COMPETITION_FORMS: readonly DialogueForm[] = [
  'dialogkonferanse',
  'en_til_en',
  'rfi',
  'horing',
  'besok',
];

/** Procedures with rounds of dialogue or negotiation with selected participants (Del II tilbudskonkurranse with dialogue, § 9-3; Del III §§ 23-7, 23-8). */
export const ROUND_PROCEDURES: readonly Procedure[] = [
  'dialog',
  'forhandling',
  'forhandling_uten_kunngjoring',
  'innovasjonspartnerskap',
  'apen_tilbud',
  'begrenset_tilbud',
];
export const dialogueForms = dialogueFormDefs.map((d) => d.code) as unknown as readonly [
  DialogueForm,
  ...DialogueForm[],
];

export const confidentialityBasisDefs = [
  {
    code: 'foa_7_4',
    nb: 'Taushetsplikt, anskaffelsesforskriften § 7-4',
    nn: 'Teieplikt, anskaffingsforskrifta § 7-4',
    en: 'Duty of confidentiality, Public Procurement Regulation § 7-4',
    law: {
      nb: 'anskaffelsesforskriften § 7-4',
      nn: 'anskaffingsforskrifta § 7-4',
      en: 'Public Procurement Regulation § 7-4',
    },
  },
  {
    code: 'fvl_13',
    nb: 'Taushetsplikt, forvaltningsloven § 13 første ledd nr. 2',
    nn: 'Teieplikt, forvaltningslova § 13 første ledd nr. 2',
    en: 'Duty of confidentiality, Public Administration Act § 13 (1) no. 2',
    law: {
      nb: 'forvaltningsloven § 13 første ledd nr. 2',
      nn: 'forvaltningslova § 13 første ledd nr. 2',
      en: 'Public Administration Act § 13 (1) no. 2',
    },
  },
] as const satisfies readonly (CodeDef & { law: Words<string> })[];
export type ConfidentialityBasis = (typeof confidentialityBasisDefs)[number]['code'];
export const confidentialityBases = confidentialityBasisDefs.map((d) => d.code) as unknown as readonly [
  ConfidentialityBasis,
  ...ConfidentialityBasis[],
];
