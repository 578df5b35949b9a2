import type { ConfidentialityBasis } from '../../core/index.js';

export type View = 'internal' | 'public';
export type Redactions = { path: string; basis: ConfidentialityBasis }[];

/**
 * Text under the duty of confidentiality, as a given view may show it: the
 * office sees it; the public view gets null and a note of what was left out
 * and why, so every public output can say that something was omitted.
 */
export function guarded(
  value: string,
  basis: ConfidentialityBasis | null,
  view: View,
  path: string,
  redactions: Redactions,
): string | null {
  if (basis && view === 'public') {
    redactions.push({ path, basis });
    return null;
  }
  return value;
}
