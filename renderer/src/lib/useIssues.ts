import { useCallback, useMemo, useState } from 'react';
import {
  contract,
  issueText,
  keyedIssue,
  MONEY_MESSAGES,
  parseMoney,
  validate,
  type FieldIssue,
  type Input,
  type Method,
} from '../../../core/index.js';
import { ApiError } from '../api/client.js';
import { useLocale } from '../i18n/locale.js';

const at = (issuePath: string, path: string) => issuePath === path || issuePath.startsWith(`${path}.`);

/** A money field's text as the contract's number: the amount read, or nothing (what cannot be read is `check`'s to report). */
export function moneyOf(text: string): number | undefined {
  const r = parseMoney(text);
  return r.ok ? r.value : undefined;
}

/**
 * A form's issues: found before sending by the contract's own schema for the
 * method the form calls (`check`), or sent back by the service; each shown
 * beside its field (`errorOf`), anything not about a field apart (`general`).
 * The one way forms handle what is wrong, in the user's language, the same
 * words whether the screen or the service found it. `prefix`: where a form
 * edits part of a method's input (the briefing composer edits `spec`).
 *
 * The state holds each issue's key and parameters, not only its words, so a
 * change of language says every error again in the new language.
 */
export function useIssues(opts: { prefix?: string } = {}) {
  const { locale } = useLocale();
  const [held, setIssues] = useState<FieldIssue[]>([]);
  const [heldGeneral, setGeneral] = useState<string | ApiError | null>(null);
  const prefix = opts.prefix ?? '';
  const issues = useMemo(() => held.map((i) => (i.key ? { ...i, message: issueText(i, locale) } : i)), [held, locale]);
  const general =
    heldGeneral instanceof ApiError
      ? heldGeneral.key
        ? issueText(
            { path: '', message: heldGeneral.message, key: heldGeneral.key, params: heldGeneral.params },
            locale,
          )
        : heldGeneral.message
      : heldGeneral;
  const errorOf = useCallback(
    (path: string) => {
      const i = held.find((i) => at(i.path, path) || (prefix !== '' && at(i.path, `${prefix}${path}`)));
      return i && issueText(i, locale);
    },
    [held, prefix, locale],
  );
  const fromError = useCallback((e: unknown) => {
    if (e instanceof ApiError && e.issues.length) setIssues(e.issues);
    else setGeneral(e instanceof ApiError ? e : e instanceof Error ? e.message : String(e));
  }, []);
  const clear = useCallback((path?: string) => {
    if (path === undefined) {
      setIssues([]);
      setGeneral(null);
    } else setIssues((list) => (list.some((i) => at(i.path, path)) ? list.filter((i) => !at(i.path, path)) : list));
  }, []);
  /**
   * Checks an input against the contract's schema for `method`: true when it may be sent; else its issues are shown.
   * `money`: the text of each money field by its path; one that cannot be read as an amount is refused in words
   * (core/rules/money.ts), whatever the schema says of the number sent in its place.
   */
  const check = useCallback(
    <M extends Method>(method: M, input: unknown, money: Record<string, string> = {}): input is Input<M> => {
      const own: FieldIssue[] = [];
      for (const [path, text] of Object.entries(money)) {
        const r = parseMoney(text);
        if (!r.ok && r.problem !== 'empty') own.push(keyedIssue(path, MONEY_MESSAGES[r.problem], locale));
      }
      const v = validate(contract[method].input, input, locale);
      const found = [...own, ...(v.ok ? [] : v.issues.filter((i) => !own.some((o) => o.path === i.path)))];
      setGeneral(null);
      setIssues(found);
      return found.length === 0;
    },
    [locale],
  );
  /** What is not about one of these fields (and any general error), to show above them. */
  const others = useCallback(
    (fields: readonly string[]) => [
      ...held.filter((i) => !fields.some((f) => at(i.path, f))).map((i) => issueText(i, locale)),
      ...(general ? [general] : []),
    ],
    [held, general, locale],
  );
  return { issues, setIssues, general, setGeneral, errorOf, fromError, clear, check, others };
}
