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
    nb: 'Andel tildelte saker der klima og miljø er vektet minst 30 % eller ivaretatt med dokumenterte krav',
    en: 'Share of awarded cases with climate and environment weighted at least 30 % or covered by documented requirements',
  },
  {
    code: 'pay_conditions_share',
    unit: 'share',
    theme: 'seriositet',
    nb: 'Andel kontrakter med lønns- og arbeidsvilkårsplikt som har risikovurdering og kontroll i året',
    en: 'Share of contracts with the pay-and-conditions duty that have a risk assessment and a control in the year',
  },
  {
    code: 'dialogue_activities',
    unit: 'count',
    theme: 'innovasjon',
    nb: 'Markedsdialogaktiviteter gjennomført i året',
    en: 'Market dialogue activities held in the year',
  },
  {
    code: 'savings',
    unit: 'nok',
    theme: 'baerekraft',
    nb: 'Gevinst (kontraktsperioden) for saker tildelt i året',
    en: 'Savings (contract period) of cases awarded in the year',
  },
  {
    code: 'effort_share',
    unit: 'share',
    theme: 'baerekraft',
    nb: 'Andel av porteføljens tid brukt i planlegging (behov) og kontraktsoppfølging',
    en: "Share of the portfolio's time spent in planning (needs) and contract follow-up",
  },
] as const satisfies readonly { code: string; unit: 'share' | 'count' | 'nok'; theme: Theme; nb: string; en: string }[];

export type GoalMeasure = (typeof goalMeasureDefs)[number]['code'];
export type GoalUnit = (typeof goalMeasureDefs)[number]['unit'];
export const goalMeasures = goalMeasureDefs.map((d) => d.code) as unknown as readonly [GoalMeasure, ...GoalMeasure[]];

export function goalMeasureDef(code: GoalMeasure) {
  const d = goalMeasureDefs.find((m) => m.code === code);
  if (!d) throw new Error(`unknown goal measure ${code}`);
  return d;
}

/** The climate rule since 2024 (FOA § 7-9): weighted at least this share, or documented requirements. */
export const CLIMATE_MIN_WEIGHT_PCT = 30;
