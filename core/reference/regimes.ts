import type { CodeDef } from './codeName.js';
import type { GroundSet } from './grounds.js';
import { procedures, type Procedure } from './procedures.js';

// Which part of the regulation (anskaffelsesforskriften, FOR-2016-08-12-974)
// applies, and what each part says about the procedure. Kept as data so a
// change in the rules is a change of this table, not of code.
//
// `free`: procedures the part allows without any condition.
// `grounded`: procedures it allows only on a ground in a given section,
// which the case must record (FOA §§ 5-2, 13-1 (3), 13-2, 13-3, 13-4).
// Anything else is not a procedure of that part.
//
// Sources: § 5-1 (which part applies); Del I has no procedure rules (the
// ministry's guide, ch. 5; DFØ: "Ingen spesiell prosedyre"); Del II § 8-3
// (åpen or begrenset tilbudskonkurranse, with dialogue and negotiation in
// them by § 9-2 (3) and § 9-3) and § 5-2 (contracts Del II does not apply
// to); Del III § 13-1 to § 13-4; special services above their EEA threshold
// § 5-2 (2), § 8-17 (4) and (5) b, § 8-19, § 10-2 (2); Del IV § 30-1 (1)
// (the office sets the procedure) and § 30-5 (4); Del V chapter 31.

const ALL: readonly Procedure[] = procedures;
const except = (...p: Procedure[]) => ALL.filter((x) => !p.includes(x));
/** Call-offs under a framework agreement: allowed in every part (§ 11-1, § 26-2, § 26-3). */
const CALL_OFFS: Procedure[] = ['minikonkurranse', 'avrop'];

export interface RegimeDef extends CodeDef {
  /** The sections that make it apply and hold its procedure rules. */
  basis: string;
  free: readonly Procedure[];
  grounded: Partial<Record<Procedure, GroundSet>>;
}

export const regimeDefs = [
  {
    code: 'under100k',
    nb: 'Under 100 000 kr: utenfor anskaffelsesloven og -forskriften',
    nn: 'Under 100 000 kr: utanfor anskaffingslova og -forskrifta',
    en: 'Below NOK 100,000: outside the procurement act and regulation',
    basis: 'anskaffelsesloven § 2; FOA § 1-1',
    free: ALL,
    grounded: {},
  },
  {
    code: 'partI',
    nb: 'Del I: grunnleggende regler, ingen prosedyreregler (dokumentasjonsplikt, § 7-1)',
    nn: 'Del I: grunnleggjande reglar, ingen prosedyrereglar (dokumentasjonsplikt, § 7-1)',
    en: 'Part I: basic rules, no procedure rules (duty to document, § 7-1)',
    basis: 'FOA § 5-1 (1); kapittel 1–7',
    free: ALL,
    grounded: {},
  },
  {
    code: 'partII',
    nb: 'Del II: nasjonale regler, kunngjøring i Doffin, fritt valg av gjennomføring',
    nn: 'Del II: nasjonale reglar, kunngjering i Doffin, fritt val av gjennomføring',
    en: "Part II: national rules, notice in Doffin, the procedure is the office's choice",
    basis: 'FOA § 5-1 (2); §§ 8-3, 9-2, 9-3; § 5-2',
    free: except('direkte', 'forhandling_uten_kunngjoring'),
    grounded: { direkte: 'foa_5_2', forhandling_uten_kunngjoring: 'foa_5_2' },
  },
  {
    code: 'partIIEea',
    nb: 'Del II, særlige tjenester over EØS-terskelverdien: også kunngjøring i TED og karensperiode',
    nn: 'Del II, særlege tenester over EØS-terskelverdien: òg kunngjering i TED og karensperiode',
    en: 'Part II, special services above the EEA threshold: also a TED notice and a standstill period',
    basis: 'FOA § 5-1 (2) b; §§ 5-2 (2), 8-17 (4) og (5) b, 8-19, 10-2 (2)',
    free: except('direkte', 'forhandling_uten_kunngjoring'),
    grounded: { direkte: 'foa_13_4', forhandling_uten_kunngjoring: 'foa_13_3' },
  },
  {
    code: 'partIII',
    nb: 'Del III: over EØS-terskelverdi',
    nn: 'Del III: over EØS-terskelverdi',
    en: 'Part III: above the EEA threshold',
    basis: 'FOA § 5-1 (3); §§ 13-1 til 13-4',
    free: ['apen_anbud', 'begrenset_anbud', ...CALL_OFFS],
    grounded: {
      forhandling: 'foa_13_2',
      dialog: 'foa_13_2',
      innovasjonspartnerskap: 'foa_13_1_3',
      forhandling_uten_kunngjoring: 'foa_13_3',
      direkte: 'foa_13_4',
    },
  },
  {
    code: 'partIV',
    nb: 'Del IV: helse- og sosialtjenester over EØS-terskelverdien, egne og enklere regler',
    nn: 'Del IV: helse- og sosialtenester over EØS-terskelverdien, eigne og enklare reglar',
    en: 'Part IV: health and social services above the EEA threshold, lighter rules of their own',
    basis: 'FOA § 5-1 (4); §§ 30-1 til 30-10',
    free: except('direkte', 'forhandling_uten_kunngjoring'),
    grounded: { direkte: 'foa_13_4', forhandling_uten_kunngjoring: 'foa_13_3' },
  },
  {
    code: 'partV',
    nb: 'Del V: plan- og designkonkurranser',
    nn: 'Del V: plan- og designkonkurransar',
    en: 'Part V: design contests',
    basis: 'FOA § 5-1 (5); kapittel 31',
    free: ['plan_design', 'plan_design_begrenset'],
    grounded: {},
  },
] as const satisfies readonly RegimeDef[];

export type Regime = (typeof regimeDefs)[number]['code'];

export function regimeDef(code: Regime): RegimeDef {
  return regimeDefs.find((r) => r.code === code)!;
}
