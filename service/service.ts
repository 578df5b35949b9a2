import {
  AppError,
  contract,
  DEFAULT_LOCALE,
  errorStatus,
  isMethod,
  localiseIssues,
  t,
  todayInOslo,
  validate,
  type ApiErrorBody,
  type ErrorCode,
  type Locale,
  type Method,
} from '../core/index.js';
import { AuditRepo, BriefingRepo, CasesRepo, SettingsRepo, ContractsRepo, DialoguesRepo, GoalsRepo, InvalidCursorError, PlanRepo, SavingsRepo, StrategiesRepo, SuppliersRepo, type Opened } from '../db/index.js';
import { userInfo } from 'node:os';
import { auditedMethods, changedFields, snapshot } from './audit.js';
import { USER_NAME } from './handlers/settings.js';
import type { HandlerContext } from './context.js';
import { handlers } from './handlers/index.js';

export type DispatchResult = { ok: true; status: 200; value: unknown } | { ok: false; status: number; body: ApiErrorBody };

export interface ServiceOptions {
  /** Fixes "today" (ISO date) for tests and demo data. */
  today?: () => string;
  /** Check every output against the contract (tests); costs time, so off in production. */
  checkOutputs?: boolean;
  log?: (msg: string, err?: unknown) => void;
  /** Who the audit trail names for writes made through this service (the host knows the OS user). */
  actor?: string;
}

export interface Service {
  dispatch(method: string, input: unknown, locale?: Locale): DispatchResult;
  readonly database: Opened;
}

function failure(code: ErrorCode, message: string, issues?: { path: string; message: string }[]): DispatchResult {
  return { ok: false, status: errorStatus[code], body: { error: { code, message, ...(issues ? { issues } : {}) } } };
}

/**
 * The transport-agnostic service: validates input with the contract, runs
 * the handler, and turns every failure into the error body both transports
 * send. IPC and HTTP call this and nothing else.
 */
export function createService(database: Opened, opts: ServiceOptions = {}): Service {
  const repos = {
    cases: new CasesRepo(database.db),
    suppliers: new SuppliersRepo(database.db),
    dialogues: new DialoguesRepo(database.db),
    contracts: new ContractsRepo(database.db),
    savings: new SavingsRepo(database.db),
    goals: new GoalsRepo(database.db),
    strategies: new StrategiesRepo(database.db),
    plan: new PlanRepo(database.db),
    briefing: new BriefingRepo(database.db),
    audit: new AuditRepo(database.db),
    settings: new SettingsRepo(database.db),
  };
  // A migration that added or changed derived data asks for it to be rebuilt from the records.
  if (repos.goals.isStale()) repos.cases.transaction(() => repos.goals.rebuild());
  const today = opts.today ?? (() => todayInOslo());
  const actor = opts.actor ?? userInfo().username;
  const log = opts.log ?? ((msg, err) => console.error(msg, err));

  function dispatch(method: string, input: unknown, locale: Locale = DEFAULT_LOCALE): DispatchResult {
    if (!isMethod(method)) return failure('not_found', t('unknownMethod', locale, { method: method.slice(0, 80) }));
    const def = contract[method];
    const v = validate(def.input, input ?? {}, locale);
    if (!v.ok) return failure('invalid_input', t('invalidInput', locale, { n: v.issues.length }), v.issues);
    const ctx: HandlerContext = { locale, today: today(), repos, actor };
    try {
      const handler = handlers[method] as (i: unknown, c: HandlerContext) => unknown;
      const audited = auditedMethods[method];
      const value = audited ? withAudit(audited, method, v.data as Record<string, unknown>, ctx, () => handler(v.data, ctx)) : handler(v.data, ctx);
      if (opts.checkOutputs) {
        const out = def.output.safeParse(value);
        if (!out.success) throw new Error(`output of ${method} breaks the contract: ${JSON.stringify(localiseIssues(out.error.issues, 'en'))}`);
      }
      return { ok: true, status: 200, value };
    } catch (e) {
      if (e instanceof AppError) {
        const issues = e.fieldKeys.map((f) => ({ path: f.path, message: t(f.key, locale, f.params ?? {}) }));
        return failure(e.code, t(e.key, locale, e.params), issues.length ? issues : undefined);
      }
      if (e instanceof InvalidCursorError) {
        return failure('invalid_input', t('invalidCursor', locale), [{ path: 'cursor', message: t('invalidCursor', locale) }]);
      }
      log(`anskaff: ${method} failed`, e);
      return failure('internal', t('internal', locale));
    }
  }

  /**
   * A write and its audit entry in one transaction (the handler's own
   * transaction nests inside): both are kept, or neither.
   */
  function withAudit(a: NonNullable<(typeof auditedMethods)[Method]>, method: Method, input: Record<string, unknown>, ctx: HandlerContext, run: () => unknown): unknown {
    return database.sqlite
      .transaction(() => {
        const beforeId = a.before?.(input, ctx) ?? null;
        const before = beforeId === null ? null : snapshot(a.entity, beforeId, ctx);
        const output = run() as Record<string, unknown>;
        const id = a.after({ input, output });
        const changes = changedFields(beforeId === id ? before : null, snapshot(a.entity, id, ctx));
        if (changes.length) repos.audit.append({ by: repos.settings.get(USER_NAME) || actor, entity: a.entity, entityId: id, method, changes });
        return output;
      })
      .immediate();
  }

  return { dispatch, database };
}
