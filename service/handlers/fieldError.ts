import { AppError, type MessageKey } from '../../core/index.js';

/** A refusal tied to one field, in the same shape as a schema's issues. */
export function fieldError(path: string, key: MessageKey, params: Record<string, string | number> = {}): AppError {
  return new AppError('invalid_input', key, params, [{ path, key, params }]);
}
