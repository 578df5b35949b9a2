import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Input, Method } from '../../../core/index.js';
import { call, clientLocale } from './client.js';
import { areasRead, type DataArea } from './dataAreas.js';

/**
 * A contract method's answer as a query: its key is the method, its input
 * and the language it is asked in (an answer with words in it is asked again
 * when the language changes), so every screen that shows the same answer
 * shares it, and a write can find the answers it makes stale by method.
 */
export function query<M extends Method>(method: M, input: Input<M>) {
  return queryOptions({
    queryKey: [method, input, clientLocale()] as const,
    queryFn: () => call(method, input),
    // While the same answer is asked again in another language, the screen keeps the one it has: a change of language
    // never empties a page or unmounts a form half filled in (its errors are said again from their keys).
    placeholderData: (previous, previousQuery) =>
      previousQuery &&
      previousQuery.queryKey[0] === method &&
      JSON.stringify(previousQuery.queryKey[1]) === JSON.stringify(input)
        ? previous
        : undefined,
  });
}

/** Marks stale the answers that show any of these areas (after a write made outside call(), e.g. a pack recorded on export). */
export function changed(qc: QueryClient, areas: readonly DataArea[]): Promise<void> {
  return qc.invalidateQueries({ predicate: (q) => areasRead(String(q.queryKey[0])).some((a) => areas.includes(a)) });
}
