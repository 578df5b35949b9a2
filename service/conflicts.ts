import type { AuditEntity, Method } from '../core/index.js';
import type { HandlerContext } from './context.js';
import type { AuditTrait } from './registry.js';

// A write refused because the record changed since the caller read it (409):
// who changed it and when (the record's newest entry in the audit trail), and
// the record as it is now, read as its page reads it, so the form can show
// their values beside the caller's own and let them take theirs or reapply
// their own on the new version.

/** The read that shows each kind of record as its form edits it. */
const readerOf: Partial<Record<AuditEntity, Method>> = {
  case: 'cases.get',
  supplier: 'suppliers.get',
  dialogue: 'dialogues.get',
  contract: 'contracts.get',
  strategy: 'strategy.get',
};

export interface EditConflict {
  /** Who made the newest change, as the audit trail names them (null when it holds none). */
  by: string | null;
  /** When (ISO 8601, UTC), or null. */
  at: string | null;
  /** The read the record is shown by, and what it answers now. */
  method: Method;
  current: unknown;
}

/**
 * The conflict of a refused edit of one record (a method audited on one
 * record that sends the version it read), or null for any other refusal.
 * `read` runs the record's read as the caller (their role and language).
 */
export function editConflict(
  audit: AuditTrait,
  input: Record<string, unknown>,
  ctx: HandlerContext,
  read: (method: Method, input: { id: number }) => { ok: true; value: unknown } | { ok: false },
): EditConflict | null {
  if (audit.kind !== 'record' || !audit.before || typeof input.version !== 'number') return null;
  const method = readerOf[audit.entity];
  const id = audit.before(input, ctx);
  if (!method || id === null) return null;
  const now = read(method, { id });
  if (!now.ok) return null;
  const latest = ctx.repos.audit.forRecord(audit.entity, id)[0];
  return { by: latest?.by ?? null, at: latest?.at ?? null, method, current: now.value };
}
