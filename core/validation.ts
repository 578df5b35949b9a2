import type { z } from 'zod';
import { isMessageKey, render, serviceMessages, type Locale, type MessageKey } from './i18n.js';

export interface FieldIssue {
  /** Dotted path to the field, e.g. "title" or "themes.1"; "" for the whole input. */
  path: string;
  message: string;
  /** The message's key and parameters, so a form can say it again in another language (core/i18n/service.ts). */
  key?: MessageKey;
  params?: Record<string, string | number>;
}

/** The issue's words in `locale`: from its key where it has one, else as sent. */
export function issueText(issue: FieldIssue, locale: Locale): string {
  return issue.key && isMessageKey(issue.key)
    ? render(serviceMessages[issue.key], locale, issue.params)
    : issue.message;
}

/** An issue from a key of the service's messages. */
export function keyedIssue(
  path: string,
  key: MessageKey,
  locale: Locale,
  params?: Record<string, string | number>,
): FieldIssue {
  const issue: FieldIssue = { path, key, message: '' };
  if (params) issue.params = params;
  return { ...issue, message: issueText(issue, locale) };
}

type Issue = z.core.$ZodIssue;

type Keyed = [MessageKey, Record<string, string | number>?];

function messageFor(issue: Issue): Keyed {
  // Schema-level messages in this codebase are catalogue keys (see schemas/).
  if (isMessageKey(issue.message)) return [issue.message];
  // A missing field is "required" whatever rule it would have broken.
  if (issue.code !== 'unrecognized_keys' && (issue.input === undefined || issue.input === null || issue.input === ''))
    return ['required'];
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? ['notInteger'] : ['invalidType'];
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1 ? ['required'] : ['tooShort', { min: Number(issue.minimum) }];
      if (issue.origin === 'array' || issue.origin === 'set') return ['tooFewItems', { min: Number(issue.minimum) }];
      return ['tooSmall', { min: Number(issue.minimum) }];
    case 'too_big':
      if (issue.origin === 'string') return ['tooLong', { max: Number(issue.maximum) }];
      if (issue.origin === 'array' || issue.origin === 'set') return ['tooManyItems', { max: Number(issue.maximum) }];
      return ['tooBig', { max: Number(issue.maximum) }];
    case 'invalid_value':
      return ['invalidOption'];
    case 'unrecognized_keys':
      return ['unknownField', { keys: issue.keys.join(', ') }];
    case 'invalid_format':
      return issue.format === 'date' ? ['invalidDate'] : ['invalidType'];
    case 'not_multiple_of':
      return ['notInteger'];
    default:
      return ['invalidType'];
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
    const [key, params] = messageFor(issue);
    out.push(keyedIssue(path, key, locale, params));
  }
  return out;
}

export type Validated<T> = { ok: true; data: T } | { ok: false; issues: FieldIssue[] };

/** Validates with a contract schema and returns field-level issues in the user's language. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): Validated<z.output<S>> {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, data: r.data } : { ok: false, issues: localiseIssues(r.error.issues, locale) };
}
