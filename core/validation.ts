import type { z } from 'zod';
import { isMessageKey, t, type Locale } from './i18n.js';

export interface FieldIssue {
  /** Dotted path to the field, e.g. "title" or "themes.1"; "" for the whole input. */
  path: string;
  message: string;
}

type Issue = z.core.$ZodIssue;

function messageFor(issue: Issue, locale: Locale): string {
  // Schema-level messages in this codebase are catalogue keys (see schemas/).
  if (isMessageKey(issue.message)) return t(issue.message, locale);
  // A missing field is "required" whatever rule it would have broken.
  if (issue.code !== 'unrecognized_keys' && (issue.input === undefined || issue.input === null || issue.input === '')) return t('required', locale);
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? t('notInteger', locale) : t('invalidType', locale);
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? t('required', locale) : t('tooShort', locale, { min: Number(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return t('tooFewItems', locale, { min: Number(issue.minimum) });
      return t('tooSmall', locale, { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('tooLong', locale, { max: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return t('tooManyItems', locale, { max: Number(issue.maximum) });
      return t('tooBig', locale, { max: Number(issue.maximum) });
    case 'invalid_value':
      return t('invalidOption', locale);
    case 'unrecognized_keys':
      return t('unknownField', locale, { keys: issue.keys.join(', ') });
    case 'invalid_format':
      return issue.format === 'date' ? t('invalidDate', locale) : t('invalidType', locale);
    case 'not_multiple_of':
      return t('notInteger', locale);
    default:
      return t('invalidType', locale);
  }
}

/** One message per field (the first rule it breaks), so a person is not told the same thing twice. */
export function localiseIssues(issues: readonly Issue[], locale: Locale): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ path, message: messageFor(issue, locale) });
  }
  return out;
}

export type Validated<T> = { ok: true; data: T } | { ok: false; issues: FieldIssue[] };

/** Validates with a contract schema and returns field-level issues in the user's language. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): Validated<z.output<S>> {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, data: r.data } : { ok: false, issues: localiseIssues(r.error.issues, locale) };
}
