import {
  roles,
  type AuditEntity,
  type FieldChange,
  type Method,
  type Output,
  type ParsedInput,
  type Role,
} from '../core/index.js';
import type { BackupHost, HandlerContext } from './context.js';

// The method registry's vocabulary: each contract method is declared once,
// beside its handler, with its traits in one line (the idea of Actual
// Budget's `app.method(name, mutator(undoable(fn)))`):
//
//   'cases.update': writes(buyers, recorded('case', { before: byInputId, after: byOutputId }))((input, ctx) => …),
//   'protocol.get': reads(anyone, { pages: ['main', 'print'] })((q, ctx) => …),
//
// service.ts reads the traits (audit, refused register, host method, and
// `roles` for a signed-in caller of the office server), electron/security.ts
// reads `pages`. handlers/index.ts gathers every area's table into one
// `registry` and the type makes a missing method a compile error.

/** Who may call a method on the office server: the service refuses any other role (403). */
export { roles, type Role } from '../core/index.js';

/**
 * Everyone with an account: what a need owner (avdeling) may read too. Only
 * reads scoped to the caller's departments (service/reads/departmentScope.ts:
 * the cases) or holding nothing of any case (reference data, thresholds).
 */
export const anyone: readonly Role[] = roles;
/**
 * The procurement office itself (not a department): every department's
 * cases and what hangs on them (contracts, dialogues, protocols, suppliers,
 * plans, packs), and text under the duty of confidentiality as the office sees it.
 */
export const office: readonly Role[] = ['administrator', 'innkjøper', 'leser'];
/** Those who keep the register: its writes. */
export const buyers: readonly Role[] = ['administrator', 'innkjøper'];
/** Those who talk about a case: the office's buyers and the case's own department (not readers). */
export const commenters: readonly Role[] = ['administrator', 'innkjøper', 'avdeling'];
/** The register as a whole: settings, backups, restores, the rules' values. */
export const admins: readonly Role[] = ['administrator'];

/** The desktop app's pages that may call a method (electron/security.ts): the main page, and the print page for what its reports read. */
export type Page = 'main' | 'print';

type Io = { input: Record<string, unknown>; output: Record<string, unknown> };

/** How a method's write is recorded in the audit trail (service/audit.ts snapshots a record). */
export type AuditTrait =
  /** One record, snapshotted before and after, the entry in the write's transaction. */
  | {
      kind: 'record';
      entity: AuditEntity;
      before?: (input: Record<string, unknown>, ctx: HandlerContext) => number | null;
      after: (io: Io) => number;
      /** The reason the caller gave, which the record itself does not keep (an option's decision undone): recorded as the entry's `reason`. */
      reason?: (input: Record<string, unknown>) => string;
    }
  /** The handler records each record it writes through `ctx.audit` (many records, or a part of one), in its own transaction. */
  | { kind: 'itself'; entities: readonly AuditEntity[] }
  /**
   * A host method that changes something beside the register (the backup
   * folder's file, the register file itself), recorded on the settings:
   * `around` in a transaction around the change, `after` once it is done.
   */
  | {
      kind: 'host';
      entity: 'settings';
      when: 'around' | 'after';
      before: (host: BackupHost) => unknown;
      changes: (before: unknown, output: unknown) => FieldChange[];
    }
  /** Not recorded, and why. */
  | { kind: 'none'; why: string };

export interface Traits {
  /** Whether it changes what the register holds (or its settings). */
  writes: boolean;
  audit: AuditTrait;
  roles: readonly Role[];
  pages: readonly Page[];
  /** Reads text under the duty of confidentiality as the office sees it, with no public view: no public output may call it. */
  internalOnly: boolean;
  /** Works when the register could not be opened at start: enough to see why and restore. */
  whileRefused: boolean;
}

export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: HandlerContext) => Output<M> | Promise<Output<M>>;
export type HostHandler<M extends Method> = (input: ParsedInput<M>, host: BackupHost) => Output<M> | Promise<Output<M>>;

export type Entry<M extends Method> = Traits & ({ host: false; run: Handler<M> } | { host: true; run: HostHandler<M> });
/** Every contract method with its handler and traits. */
export type Registry = { readonly [M in Method]: Entry<M> };

type More = Partial<Pick<Traits, 'pages' | 'internalOnly' | 'whileRefused'>>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (input: any, ctx: any) => unknown;

function traits(writes: boolean, roleList: readonly Role[], audit: AuditTrait, more: More): Traits {
  return {
    writes,
    audit,
    roles: roleList,
    pages: more.pages ?? ['main'],
    internalOnly: more.internalOnly ?? false,
    whileRefused: more.whileRefused ?? false,
  };
}

/** A method that only reads. */
export const reads =
  (roleList: readonly Role[], more: More = {}) =>
  <F extends AnyFn>(run: F) => ({
    ...traits(false, roleList, { kind: 'none', why: 'reads only' }, more),
    host: false as const,
    run,
  });

/** A method that writes, and how the write is audited. */
export const writes =
  (roleList: readonly Role[], audit: AuditTrait, more: More = {}) =>
  <F extends AnyFn>(run: F) => ({ ...traits(true, roleList, audit, more), host: false as const, run });

/** A host method (the backups, the register's state): runs over the data folder, not a handler's context. */
export const hostMethod =
  (roleList: readonly Role[], opts: { writes: boolean; audit?: AuditTrait } & More) =>
  <F extends AnyFn>(run: F) => ({
    ...traits(opts.writes, roleList, opts.audit ?? { kind: 'none', why: 'reads only' }, opts),
    host: true as const,
    run,
  });

/** Audited on one record of `entity`: which one before the write (none for a creation) and after it. */
export const recorded = (
  entity: AuditEntity,
  ids: {
    before?: (input: Record<string, unknown>, ctx: HandlerContext) => number | null;
    after: (io: Io) => number;
    reason?: (input: Record<string, unknown>) => string;
  },
): AuditTrait => ({ kind: 'record', entity, ...ids });
/** The handler records what it wrote itself, through `ctx.audit`, on these kinds of record. */
export const recordsItself = (...entities: AuditEntity[]): AuditTrait => ({ kind: 'itself', entities });
/** A write the audit trail does not record, and why. */
export const unaudited = (why: string): AuditTrait => ({ kind: 'none', why });

// The usual ways to find the record a write changed.
export const byInputId = (i: Record<string, unknown>) => i.id as number;
export const byOutputId = ({ output }: Io) => output.id as number;
export const byCaseId = (i: Record<string, unknown>) => i.caseId as number;
export const byInputCaseId = ({ input }: Io) => input.caseId as number;
