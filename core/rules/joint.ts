// Joint procurement (innkjøpssamarbeid): a case run for several contracting
// authorities. The case's estimated value is the whole joint value: it alone
// decides the part of the regulation (FOA § 5-4 (1): the value is the total
// amount payable for the procurement; core/rules/regime.ts reads it as is).
// Each other participant takes a share of it, in NOK or as a percentage of the
// whole; the office's own share is what is left, derived here and never kept.
// The other participants' shares together may not exceed the whole value.
//
// Sources: FOA § 5-4 (lovdata.no/forskrift/2016-08-12-974) on the estimated
// value as the total amount payable, and the ministry's guide to the
// regulation, ch. 5 ("Anvendelsesområde … og terskelverdier", point 5.4 on
// how the value is computed: regjeringen.no/no/dokumenter/veileder-offentlige-
// anskaffelser/id2581234/sec7). Not verified here: the guide's own words on
// joint procurements (they were not found in the sources searched); the
// rule that the joint whole decides the part is read from § 5-4's total and
// is the cautious reading (it can only put a case in a stricter part). The
// provision on joint procurement itself is FOA § 29-1: «(1) Flere
// oppdragsgivere kan gjennomføre anskaffelser i fellesskap. (2) … er de
// felles ansvarlige for å overholde forskriften», also when one runs it on
// behalf of the others; for a joint framework the value is «den maksimale
// verdien av alle kontraktene» expected under it (§ 5-4 (5)).

export const jointShareUnits = ['nok', 'pct'] as const;
export type JointShareUnit = (typeof jointShareUnits)[number];

export interface JointShare {
  shareUnit: JointShareUnit;
  /** NOK (whole kroner) or a percentage of the whole value (up to two decimals). */
  share: number;
}

/** A participant's share of the whole value in NOK (percentages rounded to whole kroner). */
export function shareNok(p: JointShare, whole: number): number {
  return p.shareUnit === 'nok' ? p.share : Math.round((whole * p.share) / 100);
}

export interface JointSplit {
  /** Each other participant's share in NOK, in the order given. */
  others: number[];
  /** The office's own share in NOK: the whole less the others' (never below zero). */
  own: number;
  /** The office's own share as a percentage of the whole (100 when there is no value). */
  ownPct: number;
  /** How far the others' shares go beyond the whole value, in NOK (0 when they fit). */
  over: number;
}

/** Splits the whole value between the other participants and the office. */
export function jointSplit(whole: number, participants: readonly JointShare[]): JointSplit {
  const others = participants.map((p) => shareNok(p, whole));
  const sum = others.reduce((a, b) => a + b, 0);
  const own = Math.max(0, whole - sum);
  return {
    others,
    own,
    ownPct: whole > 0 ? Math.round((own / whole) * 10_000) / 100 : 100,
    over: Math.max(0, sum - whole),
  };
}

/** The office's own share of a case's value: the whole where the case is not joint. */
export function ownValue(whole: number, participants: readonly JointShare[]): number {
  return participants.length ? jointSplit(whole, participants).own : whole;
}

/** The office's part of an amount belonging to a joint case (a saving, a realised gain): in proportion to its own share of the whole. */
export function ownPart(amount: number, whole: number, participants: readonly JointShare[]): number {
  if (!participants.length || whole <= 0) return amount;
  return Math.round((amount * jointSplit(whole, participants).own) / whole);
}
