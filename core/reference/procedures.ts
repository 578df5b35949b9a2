// Procurement procedures (anskaffelsesprosedyrer). `ocds` maps each to the
// OCDS 1.1 `method` code list (core/data/ocds/codelists/method.csv).
export const procedureDefs = [
  { code: 'direkte', nb: 'Direkte anskaffelse', en: 'Direct award', ocds: 'direct' },
  { code: 'apen_tilbud', nb: 'Åpen tilbudskonkurranse', en: 'Open competition (national)', ocds: 'open' },
  { code: 'begrenset_tilbud', nb: 'Begrenset tilbudskonkurranse', en: 'Restricted competition (national)', ocds: 'selective' },
  { code: 'apen_anbud', nb: 'Åpen anbudskonkurranse', en: 'Open procedure', ocds: 'open' },
  { code: 'begrenset_anbud', nb: 'Begrenset anbudskonkurranse', en: 'Restricted procedure', ocds: 'selective' },
  { code: 'forhandling', nb: 'Konkurranse med forhandling', en: 'Competitive procedure with negotiation', ocds: 'selective' },
  { code: 'dialog', nb: 'Konkurransepreget dialog', en: 'Competitive dialogue', ocds: 'selective' },
  { code: 'innovasjonspartnerskap', nb: 'Innovasjonspartnerskap', en: 'Innovation partnership', ocds: 'selective' },
  { code: 'minikonkurranse', nb: 'Minikonkurranse / avrop på rammeavtale', en: 'Call-off under a framework agreement', ocds: 'limited' },
  { code: 'plan_design', nb: 'Plan- og designkonkurranse', en: 'Design contest', ocds: 'open' },
] as const;

export type Procedure = (typeof procedureDefs)[number]['code'];
export const procedures = procedureDefs.map((p) => p.code) as unknown as readonly [Procedure, ...Procedure[]];
