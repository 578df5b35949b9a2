import type { Procedure } from './procedures.js';

// Which part of the regulation (anskaffelsesforskriften) applies, and the
// procedures each part allows. Kept as data so a change in the rules is a
// change of this table, not of code.
export const regimeDefs = [
  {
    code: 'under100k',
    nb: 'Under 100 000 kr: utenfor forskriftens prosedyreregler (bare grunnleggende plikter)',
    en: 'Below NOK 100,000: outside the procedure rules (basic duties only)',
    allowed: ['direkte', 'apen_tilbud', 'begrenset_tilbud', 'minikonkurranse', 'plan_design'],
  },
  {
    code: 'partI',
    nb: 'Del I: under nasjonal terskelverdi',
    en: 'Part I: below the national threshold',
    allowed: ['direkte', 'apen_tilbud', 'begrenset_tilbud', 'minikonkurranse', 'plan_design', 'innovasjonspartnerskap'],
  },
  {
    code: 'partII',
    nb: 'Del II: over nasjonal terskelverdi, under EØS-terskelverdi',
    en: 'Part II: above the national threshold, below the EEA threshold',
    allowed: ['apen_tilbud', 'begrenset_tilbud', 'minikonkurranse', 'plan_design', 'innovasjonspartnerskap'],
  },
  {
    code: 'partIII',
    nb: 'Del III: over EØS-terskelverdi',
    en: 'Part III: above the EEA threshold',
    allowed: ['apen_anbud', 'begrenset_anbud', 'forhandling', 'dialog', 'innovasjonspartnerskap', 'minikonkurranse', 'plan_design'],
  },
] as const satisfies readonly { code: string; nb: string; en: string; allowed: readonly Procedure[] }[];

export type Regime = (typeof regimeDefs)[number]['code'];
