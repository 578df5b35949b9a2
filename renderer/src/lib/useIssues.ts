import { useCallback, useState } from 'react';
import type { FieldIssue } from '../../../core/index.js';
import { ApiError } from '../api/client.js';

/** Field issues of a form: from client-side validation or from the service's answer; general errors apart. */
export function useIssues() {
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const errorOf = useCallback((path: string) => issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message, [issues]);
  const fromError = useCallback((e: unknown) => {
    if (e instanceof ApiError && e.issues.length) setIssues(e.issues);
    else setGeneral(e instanceof Error ? e.message : String(e));
  }, []);
  const clear = useCallback((path?: string) => {
    if (path === undefined) {
      setIssues([]);
      setGeneral(null);
    } else setIssues((list) => (list.some((i) => i.path === path) ? list.filter((i) => i.path !== path) : list));
  }, []);
  return { issues, setIssues, general, setGeneral, errorOf, fromError, clear };
}
