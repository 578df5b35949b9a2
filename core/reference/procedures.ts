// Procurement procedures (anskaffelsesprosedyrer). `ocds` maps each to the
// OCDS 1.1 `method` code list (core/data/ocds/codelists/method.csv: open,
// selective, limited, direct) as the OCDS for eForms mapping does
// (open-contracting/european-union-support, procurement-procedure-type.csv:
// restricted, neg-w-call, comp-dial, innovation → selective; neg-wo-call →
// limited) and the OCDS framework guidance (a mini-competition keeps the
// first stage's method, "most often selective"; a call-off without
// competition goes to one supplier: direct). A direct award after asking
// several suppliers is `limited` ("contacts a number of suppliers of its
// choice"): core/rules/ocds.ts decides that from the protocol.
export const procedureDefs = [
  { code: 'direkte', nb: 'Direkte anskaffelse', nn: 'Direkte anskaffing', en: 'Direct award', ocds: 'direct' },
  {
    code: 'apen_tilbud',
    nb: 'Åpen tilbudskonkurranse',
    nn: 'Open tilbodskonkurranse',
    en: 'Open competition (national)',
    ocds: 'open',
  },
  {
    code: 'begrenset_tilbud',
    nb: 'Begrenset tilbudskonkurranse',
    nn: 'Avgrensa tilbodskonkurranse',
    en: 'Restricted competition (national)',
    ocds: 'selective',
  },
  {
    code: 'apen_anbud',
    nb: 'Åpen anbudskonkurranse',
    nn: 'Open anbodskonkurranse',
    en: 'Open procedure',
    ocds: 'open',
  },
  {
    code: 'begrenset_anbud',
    nb: 'Begrenset anbudskonkurranse',
    nn: 'Avgrensa anbodskonkurranse',
    en: 'Restricted procedure',
    ocds: 'selective',
  },
  {
    code: 'forhandling',
    nb: 'Konkurranse med forhandling',
    nn: 'Konkurranse med forhandling',
    en: 'Competitive procedure with negotiation',
    ocds: 'selective',
  },
  {
    code: 'forhandling_uten_kunngjoring',
    nb: 'Konkurranse med forhandling uten forutgående kunngjøring',
    nn: 'Konkurranse med forhandling utan førehandskunngjering',
    en: 'Negotiated procedure without prior publication',
    ocds: 'limited',
  },
  {
    code: 'dialog',
    nb: 'Konkurransepreget dialog',
    nn: 'Konkurranseprega dialog',
    en: 'Competitive dialogue',
    ocds: 'selective',
  },
  {
    code: 'innovasjonspartnerskap',
    nb: 'Innovasjonspartnerskap',
    nn: 'Innovasjonspartnarskap',
    en: 'Innovation partnership',
    ocds: 'selective',
  },
  {
    code: 'minikonkurranse',
    nb: 'Minikonkurranse under rammeavtale',
    nn: 'Minikonkurranse under rammeavtale',
    en: 'Mini-competition under a framework agreement',
    ocds: 'selective',
  },
  {
    code: 'avrop',
    nb: 'Avrop på rammeavtale uten ny konkurranse',
    nn: 'Avrop på rammeavtale utan ny konkurranse',
    en: 'Call-off under a framework agreement without competition',
    ocds: 'direct',
  },
  {
    code: 'plan_design',
    nb: 'Åpen plan- og designkonkurranse',
    nn: 'Open plan- og designkonkurranse',
    en: 'Open design contest',
    ocds: 'open',
  },
  {
    code: 'plan_design_begrenset',
    nb: 'Begrenset plan- og designkonkurranse',
    nn: 'Avgrensa plan- og designkonkurranse',
    en: 'Restricted design contest',
    ocds: 'selective',
  },
] as const;

export type Procedure = (typeof procedureDefs)[number]['code'];
export const procedures = procedureDefs.map((p) => p.code) as unknown as readonly [Procedure, ...Procedure[]];

/** Design contests: part V from its own lower limit (FOA § 5-1 (5)). */
export const DESIGN_CONTESTS: readonly Procedure[] = ['plan_design', 'plan_design_begrenset'];
