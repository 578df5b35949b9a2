import { useEffect, useState } from 'react';
import type { CaseSort, Phase, Procedure, Theme } from '../../../core/index.js';

export interface CaseFilters {
  q: string;
  phase?: Phase;
  procedure?: Procedure;
  department?: string;
  buyer?: string;
  theme?: Theme;
  year?: number;
  includeArchived: boolean;
  /** Unset: the service's default (recently changed first; for a search, newest first). */
  sort?: CaseSort;
  dir: 'asc' | 'desc';
}

const KEY = 'anskaff.caseFilters';
export const DEFAULT_FILTERS: CaseFilters = { q: '', includeArchived: false, dir: 'desc' };

// Filters survive going to a case and back (session storage), as a buyer
// working through a list expects; a new session starts clean.
export function useCaseFilters() {
  const [filters, setFilters] = useState<CaseFilters>(() => {
    try {
      return { ...DEFAULT_FILTERS, ...(JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Partial<CaseFilters>) };
    } catch {
      return DEFAULT_FILTERS;
    }
  });
  useEffect(() => sessionStorage.setItem(KEY, JSON.stringify(filters)), [filters]);
  const active = Boolean(
    filters.q ||
    filters.phase ||
    filters.procedure ||
    filters.department ||
    filters.buyer ||
    filters.theme ||
    filters.year ||
    filters.includeArchived,
  );
  return { filters, setFilters, active, reset: () => setFilters(DEFAULT_FILTERS) };
}
