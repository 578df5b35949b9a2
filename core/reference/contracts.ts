// Contract follow-up: kinds of activity, risk levels, sanctions.
export const followupKindDefs = [
  { code: 'status_meeting', nb: 'Statusmøte', nn: 'Statusmøte', en: 'Status meeting' },
  { code: 'deviation', nb: 'Avvik', nn: 'Avvik', en: 'Deviation' },
  {
    code: 'risk_assessment',
    nb: 'Risikovurdering (lønns- og arbeidsvilkår)',
    nn: 'Risikovurdering (løns- og arbeidsvilkår)',
    en: 'Risk assessment (pay and working conditions)',
  },
  {
    code: 'control',
    nb: 'Kontroll (lønns- og arbeidsvilkår)',
    nn: 'Kontroll (løns- og arbeidsvilkår)',
    en: 'Control (pay and working conditions)',
  },
  { code: 'sanction', nb: 'Sanksjon', nn: 'Sanksjon', en: 'Sanction' },
] as const;
export type FollowupKind = (typeof followupKindDefs)[number]['code'];
export const followupKinds = followupKindDefs.map((d) => d.code) as unknown as readonly [
  FollowupKind,
  ...FollowupKind[],
];

export const riskLevelDefs = [
  { code: 'low', nb: 'Lav', nn: 'Låg', en: 'Low' },
  { code: 'medium', nb: 'Middels', nn: 'Middels', en: 'Medium' },
  { code: 'high', nb: 'Høy', nn: 'Høg', en: 'High' },
] as const;
export type RiskLevel = (typeof riskLevelDefs)[number]['code'];
export const riskLevels = riskLevelDefs.map((d) => d.code) as unknown as readonly [RiskLevel, ...RiskLevel[]];

export const sanctionDefs = [
  { code: 'correction', nb: 'Krav om retting', nn: 'Krav om retting', en: 'Demand for correction' },
  { code: 'daily_fine', nb: 'Dagmulkt', nn: 'Dagmulkt', en: 'Daily fine' },
  { code: 'withheld_payment', nb: 'Tilbakeholdt betaling', nn: 'Tilbakehalden betaling', en: 'Withheld payment' },
  { code: 'termination', nb: 'Heving', nn: 'Heving', en: 'Termination' },
] as const;
export type Sanction = (typeof sanctionDefs)[number]['code'];
export const sanctions = sanctionDefs.map((d) => d.code) as unknown as readonly [Sanction, ...Sanction[]];

export const optionStatuses = ['open', 'exercised', 'declined'] as const;
export type OptionStatus = (typeof optionStatuses)[number];
