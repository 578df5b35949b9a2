import { formatDate } from './format.js';
import type { Locale } from './i18n.js';

/**
 * A report's period as its title and file say it: a whole calendar year as
 * "2026", whole years as "2025–2026", anything else as its dates.
 */
export function periodTitle(from: string, to: string, locale: Locale): string {
  const [fy, fr] = [from.slice(0, 4), from.slice(4)];
  const [ty, tr] = [to.slice(0, 4), to.slice(4)];
  if (fr === '-01-01' && tr === '-12-31') return fy === ty ? fy : `${fy}–${ty}`;
  return `${formatDate(from, locale)}–${formatDate(to, locale)}`;
}
