import { AppError, t, type Locale, type MessageKey } from '../../core/index.js';

/** A refusal tied to one field, in the same shape as a schema's issues. */
export function fieldError(path: string, key: MessageKey, params: Record<string, string | number> = {}): AppError {
  return new AppError('invalid_input', key, params, [{ path, key, params }]);
}

/** "Fant ikke sak 12." as a 404, or on a field when the case is named in another record's input. */
export function caseNotFound(locale: Locale, id: number, path?: string): AppError {
  const what = t('recordName', locale, { record: 'case', id });
  return path ? fieldError(path, 'notFound', { what }) : new AppError('not_found', 'notFound', { what });
}
