import type { CodeDef } from './codeName.js';
import type { Theme } from './themes.js';

// The measures a goal of the procurement strategy can be tied to, each
// computed from the register (DOMAIN.md: Reporting to leadership). `unit`
// says how target and value are read: a share (0–1), a count per year, or
// NOK per year.
export const goalMeasureDefs = [
  {
    code: 'climate_share',
    unit: 'share',
    theme: 'klima_miljo',
    nb: 'Andel tildelte saker kunngjort fra 1.1.2024 som oppfyller FOA § 7-9: klima og miljø vektet minst 30 %, eller begrunnede krav i kravspesifikasjonen (unntatte saker telles ikke)',
    nn: 'Del av tildelte saker kunngjorde frå 1.1.2024 som oppfyller FOA § 7-9: klima og miljø vekta minst 30 %, eller grunngitte krav i kravspesifikasjonen (unnatekne saker blir ikkje talde)',
    en: 'Share of awarded cases notified from 1 Jan 2024 that meet FOA § 7-9: climate and environment weighted at least 30 %, or justified requirements in the specification (exempt cases not counted)',
  },
  {
    code: 'pay_conditions_share',
    unit: 'share',
    theme: 'seriositet',
    nb: 'Andel kontrakter med lønns- og arbeidsvilkårsplikt som har risikovurdering og kontroll i året',
    nn: 'Del av kontraktar med plikt om løns- og arbeidsvilkår som har risikovurdering og kontroll i året',
    en: 'Share of contracts with the pay-and-conditions duty that have a risk assessment and a control in the year',
  },
  {
    code: 'dialogue_activities',
    unit: 'count',
    theme: 'innovasjon',
    nb: 'Markedsdialogaktiviteter gjennomført i året',
    nn: 'Marknadsdialogaktivitetar gjennomførte i året',
    en: 'Market dialogue activities held in the year',
  },
  {
    code: 'savings',
    unit: 'nok',
    theme: 'baerekraft',
    nb: 'Gevinst (kontraktsperioden) for saker tildelt i året',
    nn: 'Gevinst (kontraktsperioden) for saker tildelte i året',
    en: 'Savings (contract period) of cases awarded in the year',
  },
  {
    code: 'effort_share',
    unit: 'share',
    theme: 'baerekraft',
    nb: 'Andel av porteføljens tid brukt i planlegging (behov) og kontraktsoppfølging',
    nn: 'Del av tida i porteføljen brukt i planlegging (behov) og kontraktsoppfølging',
    en: "Share of the portfolio's time spent in planning (needs) and contract follow-up",
  },
] as const satisfies readonly (CodeDef & { unit: 'share' | 'count' | 'nok'; theme: Theme })[];

export type GoalMeasure = (typeof goalMeasureDefs)[number]['code'];
export type GoalUnit = (typeof goalMeasureDefs)[number]['unit'];
export const goalMeasures = goalMeasureDefs.map((d) => d.code) as unknown as readonly [GoalMeasure, ...GoalMeasure[]];

export function goalMeasureDef(code: GoalMeasure) {
  const d = goalMeasureDefs.find((m) => m.code === code);
  if (!d) throw new Error(`unknown goal measure ${code}`);
  return d;
}

/**
 * The climate rule, FOA § 7-9 as amended by FOR-2023-08-01-1305 (in force
 * 1 January 2024; https://lovdata.no/forskrift/2016-08-12-974/§7-9):
 * (2) climate and environment weighted at least thirty per cent; (4)
 * requirements in the specification instead, only where that clearly gives
 * a better effect and is justified in the procurement documents; (5) no duty
 * where the footprint and environmental burden are insignificant
 * ("uvesentlig"), justified. It applies to procurements notified (or, with
 * no notice, started by an invitation or direct request) from 1 January
 * 2024 (DFØ's guide on climate and environment, ch. 1; FOA § 32-2 (1)).
 * DFØ's Doffin code lists say § 7-9 moves into the act (anskaffelsesloven
 * § 5b) from 1 July 2026 with the 30 % kept: not verified against Lovdata,
 * so the app applies § 7-9 as it read on 1 Dec 2025 (docs/DOMAIN.md).
 */
export const CLIMATE_RULE = {
  minWeightPct: 30,
  from: '2024-01-01',
  source: 'FOA § 7-9 (FOR-2023-08-01-1305, i kraft 1.1.2024)',
} as const;
export const CLIMATE_MIN_WEIGHT_PCT = CLIMATE_RULE.minWeightPct;
