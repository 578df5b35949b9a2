import type { Kind } from '../reference/kinds.js';
import { thresholdPeriods, thresholdsOn, type RegimeWarning, type ThresholdPeriod } from './regime.js';
import { addMonths } from './contracts.js';

// FOA § 5-4 (4): "Oppdragsgiveren skal ikke velge beregningsmåte eller dele
// opp en kontrakt med det formål å unnta kontrakten fra forskriften." The
// value of similar purchases is added up (§ 5-4 (8) and (9)). The app
// cannot know the purpose; it adds up the office's cases that look like
// one purchase (same department, same CPV group, within twelve months) and
// says when their sum crosses a threshold each of them stays under. How many
// digits of the CPV code make a "group" is the office's choice (Innstillinger):
// neither the regulation nor the ministry's guide sets one.

/** CPV digits that make a group: 2 division, 3 group, 4 class, 5 category (the CPV's own levels). */
export const SPLITTING_CPV_DIGITS = [2, 3, 4, 5] as const;
export const DEFAULT_SPLITTING_CPV_DIGITS = 3;
/** The window around a case: similar cases registered within this many months before or after it. */
export const SPLITTING_WINDOW_MONTHS = 12;

export function splittingWindow(date: string): { from: string; to: string } {
  return { from: addMonths(date, -SPLITTING_WINDOW_MONTHS), to: addMonths(date, SPLITTING_WINDOW_MONTHS) };
}

/**
 * The splitting warning for a case, from the similar cases found (itself
 * included): the highest threshold their sum reaches that every one of them
 * alone stays under.
 */
export function splittingWarning(
  c: { kind: Kind; date: string; cpvGroup: string },
  similar: readonly { caseNumber: string; value: number }[],
  table: readonly ThresholdPeriod[] = thresholdPeriods,
): Extract<RegimeWarning, { code: 'splitting' }> | null {
  if (similar.length < 2) return null;
  const t = thresholdsOn(c.date, table);
  if (!t) return null;
  const sum = similar.reduce((s, x) => s + x.value, 0);
  const max = Math.max(...similar.map((x) => x.value));
  const eea = t.eea[c.kind];
  // Health and social services have no national threshold (FOA § 5-1 (2) a): part I up to their EEA threshold.
  const levels: { level: 'minimum' | 'national' | 'eea'; value: number }[] = [
    { level: 'minimum', value: t.minimum },
    ...(c.kind === 'helse_sosial' ? [] : [{ level: 'national' as const, value: t.national }]),
    ...(eea !== null ? [{ level: 'eea' as const, value: eea }] : []),
  ];
  const crossed = levels.filter((l) => sum >= l.value && max < l.value).at(-1);
  if (!crossed) return null;
  return {
    code: 'splitting',
    group: c.cpvGroup,
    sum,
    cases: similar.map((x) => x.caseNumber).sort(),
    level: crossed.level,
    threshold: crossed.value,
  };
}
