// Forms of supplier market dialogue (markedsdialog) and the legal bases for
// keeping supplier information confidential (taushetsplikt).
export const dialogueFormDefs = [
  { code: 'dialogkonferanse', nb: 'Dialogkonferanse', en: 'Dialogue conference' },
  { code: 'en_til_en', nb: 'En-til-en-møte', en: 'One-to-one meeting' },
  { code: 'rfi', nb: 'Skriftlig forespørsel (RFI)', en: 'Request for information (RFI)' },
  { code: 'horing', nb: 'Høring av utkast til konkurransegrunnlag', en: 'Hearing of draft tender documents' },
  { code: 'besok', nb: 'Besøk eller messe', en: 'Visit or fair' },
  { code: 'dialogrunde', nb: 'Dialogrunde (konkurransepreget dialog)', en: 'Competitive dialogue round' },
] as const;
export type DialogueForm = (typeof dialogueFormDefs)[number]['code'];
export const dialogueForms = dialogueFormDefs.map((d) => d.code) as unknown as readonly [DialogueForm, ...DialogueForm[]];

export const confidentialityBasisDefs = [
  {
    code: 'foa_7_4',
    nb: 'Taushetsplikt, anskaffelsesforskriften § 7-4',
    en: 'Duty of confidentiality, Public Procurement Regulation § 7-4',
  },
  {
    code: 'fvl_13',
    nb: 'Taushetsplikt, forvaltningsloven § 13 første ledd nr. 2',
    en: 'Duty of confidentiality, Public Administration Act § 13 (1) no. 2',
  },
] as const;
export type ConfidentialityBasis = (typeof confidentialityBasisDefs)[number]['code'];
export const confidentialityBases = confidentialityBasisDefs.map((d) => d.code) as unknown as readonly [ConfidentialityBasis, ...ConfidentialityBasis[]];
