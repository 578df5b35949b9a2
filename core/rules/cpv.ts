import type { Kind } from '../reference/kinds.js';
import { serviceAnnexOf } from '../reference/serviceAnnexes.js';

// CPV codes (Common Procurement Vocabulary, 2008). The vocabulary itself is
// data (core/data/cpv2008.json, read by the service); these are the rules
// about a code that need no list.

export const CPV_CODE_RE = /^\d{8}$/;

/**
 * The kind of contract a code suggests: the regulation's annex 3 is health
 * and social services, annex 2 special services (core/reference/
 * serviceAnnexes.ts); otherwise division 45 is works, 50 and up services,
 * below 50 goods (as the CPV's own division ranges run).
 */
export function cpvKind(code: string): Kind {
  const annex = serviceAnnexOf(code);
  if (annex === 3) return 'helse_sosial';
  if (annex === 2) return 'saerlige_tjenester';
  const division = Number(code.slice(0, 2));
  if (division === 45) return 'bygg_anlegg';
  return division >= 50 ? 'tjenester' : 'varer';
}

/** "03000000-1": the code with its check digit, as notices and Doffin write it. */
export function formatCpv(code: string, check: string): string {
  return `${code}-${check}`;
}
