import {
  AppError,
  BriefingSpecSchema,
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
  SETTINGS_RECORD_ID,
  type Method,
  type Output,
} from '../core/index.js';
import { unitOfWork, type Tx, AuditRepo, BriefingRepo, BundleRepo, CasesRepo, DatabaseOpenError, SettingsRepo, ContractsRepo, DialoguesRepo, GoalsRepo, InvalidCursorError, PlanRepo, ProtocolsRepo, SavingsRepo, StrategiesRepo, SuppliersRepo, ThresholdsRepo, type Opened } from '../db/index.js';
import { hostMethods, runHostMethod, worksWhileRefused, type BackupHost, type HostMethod } from './backup/methods.js';
import { userInfo } from 'node:os';
import { auditedMethods, backupFolderChange, changedFields, snapshot } from './audit.js';
import { readBackupSettings } from './backup/folders.js';
import { USER_NAME } from './reads/settings.js';
import type { HandlerContext } from './context.js';
import { handlers } from './handlers/index.js';
import { recordPack } from './handlers/briefing.js';

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

/** The data folder a service was opened on, and how to open its file again (after a restore). */
export interface DataFolder {
  dataDir: string;
  open: () => Opened;
  knownSchemaVersion: number;
  /** The triggers and views the migrations make (db/schemaObjects.ts). */
  schemaObjects: ReadonlySet<string>;
}

export interface Service {
  /** Runs a method that answers at once (every method but backup.now and backup.restore). */
  dispatch(method: string, input: unknown, locale?: Locale): DispatchResult;
  /** Runs any method; the transports use this. */
  call(method: string, input: unknown, locale?: Locale): Promise<DispatchResult>;
  /**
   * Records a briefing pack the service's file maker made, with the hash and
   * size of `file`. Not a contract method: neither transport reaches it, so
   * no caller can enter a pack with a hash of its own.
   */
  recordPack(r: { spec: unknown; format: 'pdf' | 'docx'; file: Uint8Array; by: string }, locale?: Locale): DispatchResult;
  /** The open database; throws when the register was refused at start. */
  readonly database: Opened;
  /** The backup operations over this service's data folder (null without one). */
  readonly backups: BackupHost | null;
}

function failure(code: ErrorCode, message: string, issues?: { path: string; message: string }[]): DispatchResult {
  return { ok: false, status: errorStatus[code], body: { error: { code, message, ...(issues ? { issues } : {}) } } };
}

type Repos = HandlerContext['repos'];

function reposOver(database: Opened): Repos {
  return {
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
    protocols: new ProtocolsRepo(database.db),
    bundle: new BundleRepo(database.db),
    thresholds: new ThresholdsRepo(database.db),
  };
}

/**
 * The transport-agnostic service: validates input with the contract, runs
 * the handler, and turns every failure into the error body both transports
 * send. IPC and HTTP call this and nothing else. Over a data folder it can
 * also start without a database (one refused as damaged): then only the
 * status and the backups answer, so the user can restore.
 */
export function createService(opened: Opened | DatabaseOpenError, opts: ServiceOptions = {}, folder: DataFolder | null = null): Service {
  let live: { database: Opened; repos: Repos; tx: Tx } | null = null;
  let refused: DatabaseOpenError | null = null;
  function attach(o: Opened | DatabaseOpenError): void {
    if (o instanceof DatabaseOpenError) {
      live = null;
      refused = o;
      return;
    }
    const repos = reposOver(o);
    const tx = unitOfWork(o.sqlite);
    // A migration that added or changed derived data asks for it to be rebuilt from the records.
    if (repos.goals.isStale()) tx(() => repos.goals.rebuild());
    live = { database: o, repos, tx };
    refused = null;
  }
  attach(opened);

  const today = opts.today ?? (() => todayInOslo());
  const actor = opts.actor ?? userInfo().username;
  const log = opts.log ?? ((msg, err) => console.error(msg, err));

  const backupHost = (locale: Locale): BackupHost | null =>
    folder && {
      dataDir: folder.dataDir,
      knownSchemaVersion: folder.knownSchemaVersion,
      schemaObjects: folder.schemaObjects,
      locale,
      live: () => live?.database ?? null,
      refused: () => refused,
      reopen: () => {
        live?.database.close();
        try {
          attach(folder.open());
        } catch (e) {
          if (!(e instanceof DatabaseOpenError)) throw e;
          attach(e);
        }
      },
    };

  function prepare(method: string, input: unknown, locale: Locale): { fail: DispatchResult } | { method: Method; data: unknown } {
    if (!isMethod(method)) return { fail: failure('not_found', t('unknownMethod', locale, { method: method.slice(0, 80) })) };
    const v = validate(contract[method].input, input ?? {}, locale);
    if (!v.ok) return { fail: failure('invalid_input', t('invalidInput', locale, { n: v.issues.length }), v.issues) };
    if (!live && !worksWhileRefused.includes(method)) {
      return { fail: failure('unavailable', t('databaseUnavailable', locale, { problem: refused?.messageIn(locale) ?? '' })) };
    }
    return { method, data: v.data };
  }

  function answer(method: Method, value: unknown): DispatchResult {
    if (opts.checkOutputs) {
      const out = contract[method].output.safeParse(value);
      if (!out.success) throw new Error(`output of ${method} breaks the contract: ${JSON.stringify(localiseIssues(out.error.issues, 'en'))}`);
    }
    return { ok: true, status: 200, value };
  }

  function caught(method: Method, locale: Locale, e: unknown): DispatchResult {
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

  function contextFor(locale: Locale): HandlerContext {
    const ctx: HandlerContext = { locale, today: today(), repos: live!.repos, tx: live!.tx, actor };
    return ctx;
  }

  /** Runs a checked request: a handler (in its audit transaction when audited) or a backup operation, which may answer later. */
  function run(method: Method, data: unknown, locale: Locale): unknown {
    if ((hostMethods as readonly string[]).includes(method)) {
      const host = backupHost(locale);
      if (!host) throw new AppError('not_found', 'unknownMethod', { method });
      if (method === 'backup.setFolder' && live) return withFolderAudit(host, data);
      if (method === 'backup.restore') return withRestoreAudit(host, data);
      return runHostMethod(method as HostMethod, data, host);
    }
    const ctx: HandlerContext = { locale, today: today(), repos: live!.repos, tx: live!.tx, actor };
    const handler = handlers[method as keyof typeof handlers] as (i: unknown, c: HandlerContext) => unknown;
    const audited = auditedMethods[method];
    return audited ? withAudit(audited, method, data as Record<string, unknown>, ctx, () => handler(data, ctx)) : handler(data, ctx);
  }

  function dispatch(method: string, input: unknown, locale: Locale = DEFAULT_LOCALE): DispatchResult {
    const p = prepare(method, input, locale);
    if ('fail' in p) return p.fail;
    try {
      const value = run(p.method, p.data, locale);
      if (value instanceof Promise) {
        value.catch(() => {});
        throw new Error(`${p.method} answers later; use call()`);
      }
      return answer(p.method, value);
    } catch (e) {
      return caught(p.method, locale, e);
    }
  }

  async function call(method: string, input: unknown, locale: Locale = DEFAULT_LOCALE): Promise<DispatchResult> {
    const p = prepare(method, input, locale);
    if ('fail' in p) return p.fail;
    try {
      return answer(p.method, await run(p.method, p.data, locale));
    } catch (e) {
      return caught(p.method, locale, e);
    }
  }

  /**
   * The extra backup folder's setting and its audit entry: the setting is
   * a file (service/backup/folders.ts), which no transaction holds, so the
   * entry's transaction runs around the change. A folder refused leaves no
   * entry; only a failed commit after the file is written could leave the
   * change unrecorded.
   */
  function withFolderAudit(host: BackupHost, data: unknown): unknown {
    const { database, repos } = live!;
    return database.sqlite
      .transaction(() => {
        const by = repos.settings.get(USER_NAME) || actor;
        const before = readBackupSettings(host.dataDir).extraFolder;
        const output = runHostMethod('backup.setFolder', data, host) as Output<'backup.setFolder'>;
        const changes = backupFolderChange(before, output.extraFolder);
        if (changes.length) repos.audit.append({ by, entity: 'settings', entityId: SETTINGS_RECORD_ID, method: 'backup.setFolder', changes });
        return output;
      })
      .immediate();
  }

  /**
   * A restore, recorded in the history of the register it brings back: which
   * backup, and the safety copy of the register it replaced. The file is
   * swapped outside any transaction (it is the transaction's database that is
   * replaced); the entry is written at once into the restored register.
   */
  async function withRestoreAudit(host: BackupHost, data: unknown): Promise<Output<'backup.restore'>> {
    const r = (await runHostMethod('backup.restore', data, host)) as Output<'backup.restore'>;
    if (live) {
      const { repos } = live;
      repos.audit.append({
        by: repos.settings.get(USER_NAME) || actor,
        entity: 'settings',
        entityId: SETTINGS_RECORD_ID,
        method: 'backup.restore',
        changes: [
          { field: 'restoredBackup', before: null, after: r.restored.at },
          { field: 'safetyCopy', before: null, after: r.safetyCopy?.at ?? null },
        ],
      });
    }
    return r;
  }

  /**
   * A write and its audit entry in one transaction (the handler's own
   * transaction nests inside): both are kept, or neither.
   */
  function withAudit(a: NonNullable<(typeof auditedMethods)[Method]>, method: Method, input: Record<string, unknown>, ctx: HandlerContext, run: () => unknown): unknown {
    const { database, repos } = live!;
    return database.sqlite
      .transaction(() => {
        // Whoever writes is named as they were named before the write (a change of the name itself included).
      const by = repos.settings.get(USER_NAME) || actor;
      const beforeId = a.before?.(input, ctx) ?? null;
        const before = beforeId === null ? null : snapshot(a.entity, beforeId, ctx);
        const output = run() as Record<string, unknown>;
        const id = a.after({ input, output });
        const changes = changedFields(beforeId === id ? before : null, snapshot(a.entity, id, ctx));
        if (changes.length) repos.audit.append({ by, entity: a.entity, entityId: id, method, changes });
        return output;
      })
      .immediate();
  }

  function recordPackFor(r: { spec: unknown; format: 'pdf' | 'docx'; file: Uint8Array; by: string }, locale: Locale = DEFAULT_LOCALE): DispatchResult {
    const v = validate(BriefingSpecSchema, r.spec, locale);
    if (!v.ok) return failure('invalid_input', t('invalidInput', locale, { n: v.issues.length }), v.issues);
    if (!live) return failure('unavailable', t('databaseUnavailable', locale, { problem: refused?.messageIn(locale) ?? '' }));
    try {
      return { ok: true, status: 200, value: recordPack({ spec: v.data, format: r.format, file: r.file, by: r.by }, contextFor(locale)) };
    } catch (e) {
      return caught('briefing.build', locale, e);
    }
  }

  return {
    dispatch,
    call,
    recordPack: recordPackFor,
    get database(): Opened {
      if (!live) throw refused ?? new Error('no database');
      return live.database;
    },
    get backups() {
      return backupHost(DEFAULT_LOCALE);
    },
  };
}
