import type { ErrorCode } from './contract.js';
import type { MessageKey } from './i18n.js';

/**
 * An error a handler raises on purpose. It carries a message key, not text,
 * so the transport can say it in the caller's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    /** Field-level problems, as message keys per dotted path. */
    readonly fieldKeys: { path: string; key: MessageKey; params?: Record<string, string | number> }[] = [],
  ) {
    super(`${code}: ${key}`);
    this.name = 'AppError';
  }
}
