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

/**
 * A part of a record that its handler audits itself (on the record it belongs
 * to) and that has a version of its own: the input's field naming the record,
 * the read that shows the part as its form edits it, and the prefix of the
 * part's fields in the record's history (whose newest entry says who and when).
 */
interface Part {
  entity: AuditEntity;
  key: string;
  method: Method;
  fields: string;
}
/** The protocol, part of its case's record (service/handlers/protocol.ts). */
const protocol: Part = { entity: 'case', key: 'caseId', method: 'protocol.get', fields: 'protocol.' };
const partOf: Partial<Record<Method, Part>> = {
  'protocol.save': protocol,
  'protocol.recordAward': protocol,
  'protocol.finalise': protocol,
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
 * The conflict of a refused edit of one record or one part of it (a method
 * audited on one record, or named in `partOf`, that sends the version it
 * read), or null for any other refusal. `read` runs the record's read as the
 * caller (their role and language).
 */
export function editConflict(
  method: Method,
  audit: AuditTrait,
  input: Record<string, unknown>,
  ctx: HandlerContext,
  read: (method: Method, input: Record<string, number>) => { ok: true; value: unknown } | { ok: false },
): EditConflict | null {
  if (typeof input.version !== 'number') return null;
  const part = partOf[method];
  if (part) return partConflict(part, input, ctx, read);
  if (audit.kind !== 'record' || !audit.before) return null;
  const reader = readerOf[audit.entity];
  const id = audit.before(input, ctx);
  if (!reader || id === null) return null;
  const now = read(reader, { id });
  if (!now.ok) return null;
  const latest = ctx.repos.audit.forRecord(audit.entity, id)[0];
  return { by: latest?.by ?? null, at: latest?.at ?? null, method: reader, current: now.value };
}

/** A part's conflict: who changed the part last (not the record's other fields) and when, and the part as it is now. */
function partConflict(
  part: Part,
  input: Record<string, unknown>,
  ctx: HandlerContext,
  read: (method: Method, input: Record<string, number>) => { ok: true; value: unknown } | { ok: false },
): EditConflict | null {
  const id = input[part.key];
  if (typeof id !== 'number') return null;
  const now = read(part.method, { [part.key]: id });
  if (!now.ok) return null;
  const latest = ctx.repos.audit
    .forRecord(part.entity, id)
    .find((e) => e.changes.some((c) => c.field.startsWith(part.fields)));
  return { by: latest?.by ?? null, at: latest?.at ?? null, method: part.method, current: now.value };
}
