import { useCallback, useState } from 'react';
import { contract, validate, type FieldIssue, type Input, type Method } from '../../../core/index.js';
import { ApiError } from '../api/client.js';
import { useLocale } from '../i18n/locale.js';

const at = (issuePath: string, path: string) => issuePath === path || issuePath.startsWith(`${path}.`);

/**
 * A form's issues: found before sending by the contract's own schema for the
 * method the form calls (`check`), or sent back by the service; each shown
 * beside its field (`errorOf`), anything not about a field apart (`general`).
 * The one way forms handle what is wrong, in the user's language, the same
 * words whether the screen or the service found it. `prefix`: where a form
 * edits part of a method's input (the briefing composer edits `spec`).
 */
export function useIssues(opts: { prefix?: string } = {}) {
  const { locale } = useLocale();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const prefix = opts.prefix ?? '';
  const errorOf = useCallback((path: string) => issues.find((i) => at(i.path, path) || (prefix !== '' && at(i.path, `${prefix}${path}`)))?.message, [issues, prefix]);
  const fromError = useCallback((e: unknown) => {
    if (e instanceof ApiError && e.issues.length) setIssues(e.issues);
    else setGeneral(e instanceof Error ? e.message : String(e));
  }, []);
  const clear = useCallback((path?: string) => {
    if (path === undefined) {
      setIssues([]);
      setGeneral(null);
    } else setIssues((list) => (list.some((i) => at(i.path, path)) ? list.filter((i) => !at(i.path, path)) : list));
  }, []);
  /** Checks an input against the contract's schema for `method`: true when it may be sent; else its issues are shown. */
  const check = useCallback(
    <M extends Method>(method: M, input: unknown): input is Input<M> => {
      const v = validate(contract[method].input, input, locale);
      setGeneral(null);
      setIssues(v.ok ? [] : v.issues);
      return v.ok;
    },
    [locale],
  );
  /** What is not about one of these fields (and any general error), to show above them. */
  const others = useCallback(
    (fields: readonly string[]) => [...issues.filter((i) => !fields.some((f) => at(i.path, f))).map((i) => i.message), ...(general ? [general] : [])],
    [issues, general],
  );
  return { issues, setIssues, general, setGeneral, errorOf, fromError, clear, check, others };
}
