import { AppError, changedFields, UNRECORDED_FIELDS, type AuditEntity, type Method } from '../core/index.js';
import type { AuditSink, HandlerContext } from './context.js';
import { actorName } from './reads/settings.js';
import type { AuditTrait } from './registry.js';
import { accountSnapshot } from './handlers/accounts.js';
import { caseDetail } from './handlers/cases.js';
import { contractDetail } from './handlers/contracts.js';
import { contractForAudit } from './handlers/frameworkView.js';
import { dialogueDetail } from './handlers/dialogues.js';
import { savingsView } from './handlers/savings.js';
import { settingsView } from './handlers/settings.js';
import { strategyView } from './handlers/strategy.js';
import { supplierDetail } from './handlers/suppliers.js';

// How a write is recorded in the audit trail, by its method's audit trait
// (service/registry.ts), and how a record looks for it. A snapshot is the
// record as the app shows it (its page's own read, internal view), less
// what is computed or bumped on every write.

/**
 * Runs a handler by its audit trait. `record`: the write and its entry in
 * one transaction (the handler's own transaction nests inside), both kept or
 * neither, the record snapshotted before and after. `itself`: the handler
 * records through `ctx.audit`. `none`: as it is.
 */
export function runAudited(
  method: Method,
  audit: AuditTrait,
  input: Record<string, unknown>,
  ctx: HandlerContext,
  run: () => unknown,
): unknown {
  if (audit.kind !== 'record') return run();
  return ctx.tx(() => {
    // Whoever writes is named as they were named before the write (a change of the name itself included).
    const by = actorName(ctx);
    const beforeId = audit.before?.(input, ctx) ?? null;
    const before = beforeId === null ? null : snapshot(audit.entity, beforeId, ctx);
    const output = run() as Record<string, unknown>;
    const id = audit.after({ input, output });
    const changes = changedFields(beforeId === id ? before : null, snapshot(audit.entity, id, ctx));
    // A reason the record does not keep is part of the entry, beside what it changed.
    if (audit.reason && changes.length) changes.push({ field: 'reason', before: null, after: audit.reason(input) });
    if (changes.length) ctx.repos.audit.append({ by, entity: audit.entity, entityId: id, method, changes });
    return output;
  });
}

/** What a handler records its own entries through: only a method whose trait says so, and only on the records it names. */
export function auditSink(method: Method, audit: AuditTrait, ctx: Omit<HandlerContext, 'audit'>): AuditSink {
  let by: string | null = null;
  return {
    record(entity, id, changes) {
      if (audit.kind !== 'itself' || !audit.entities.includes(entity))
        throw new Error(`${method} does not declare that it records ${entity} entries itself (service/registry.ts)`);
      // Named as before the write: the name is read once, at the first entry.
      by ??= actorName(ctx);
      ctx.repos.audit.append({ by, entity, entityId: id, method, changes });
    },
  };
}

function strip(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (UNRECORDED_FIELDS.has(k)) continue;
    // In lists (contacts, options, events) a row's own id is storage, not content: contacts are rewritten on
    // every save. A phase event's running day count grows by itself; the phase, date and note are what was recorded.
    out[k] = Array.isArray(v)
      ? v.map((e: unknown) =>
          e && typeof e === 'object'
            ? withoutKeys(e as Record<string, unknown>, k === 'timeline' ? ['id', 'days', 'current'] : ['id'])
            : e,
        )
      : v;
  }
  return out;
}

function withoutKeys(o: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
}

/**
 * A record as the audit trail sees it, read by the same functions its page
 * reads it with. Null only when the record is not there (a creation has no
 * "before"); any other failure to read it fails the write it belongs to.
 */
export function snapshot(entity: AuditEntity, id: number, ctx: HandlerContext): Record<string, unknown> | null {
  const internal = { ...ctx, locale: 'nb' as const };
  try {
    return recordOf(entity, id, internal);
  } catch (e) {
    if (e instanceof AppError && e.code === 'not_found') return null;
    throw e;
  }
}

const plain = <T extends object>(o: T) => o as unknown as Record<string, unknown>;

function recordOf(entity: AuditEntity, id: number, ctx: HandlerContext): Record<string, unknown> | null {
  switch (entity) {
    case 'case': {
      // The timeline only ever grows: its newest event (phase, date, note, reason) is what a phase move changed.
      const { timeline, ...c } = strip(plain(caseDetail(ctx, id))) as { timeline: Record<string, unknown>[] };
      const last = timeline.at(-1);
      const lastEvent = last
        ? { phase: last.phase, date: last.date, note: last.note, overrideReason: last.overrideReason }
        : null;
      return { ...c, lastEvent, saving: strip(plain(savingsView(ctx, id))) };
    }
    case 'supplier':
      return strip(plain(supplierDetail(ctx, id, 'internal')));
    case 'dialogue':
      return strip(plain(dialogueDetail(ctx, id, 'internal')));
    case 'contract':
      return strip(plain(contractForAudit(contractDetail(ctx, id))));
    case 'strategy':
      return strip(plain(strategyView(ctx, id)));
    case 'settings': {
      // Every setting as Innstillinger shows it, but what is derived from the others (the OS user, whether a name is set).
      const { userNameDefault: _default, userNameSet: _set, ...recorded } = settingsView(ctx);
      return { ...recorded, phaseNorms: { ...recorded.phaseNorms } };
    }
    case 'account':
      // Name, user name, role, departments, disabled: never the password or its hash.
      return accountSnapshot(ctx, id);
    case 'threshold': {
      const r = ctx.repos.thresholds.get(id);
      if (!r) return null;
      const { id: _id, eea, ...rest } = r;
      return { ...rest, eea: { ...eea } };
    }
  }
}
