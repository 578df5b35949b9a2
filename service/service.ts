import {
  AppError,
  BriefingSpecSchema,
  contract,
  DEFAULT_LOCALE,
  errorStatus,
  formatDateTime,
  isMethod,
  localiseIssues,
  keyedIssue,
  type FieldIssue,
  t,
  todayInOslo,
  validate,
  SETTINGS_RECORD_ID,
  type ApiErrorBody,
  type ErrorCode,
  type Locale,
  type ChangeEvent,
  type Method,
  type Role,
} from '../core/index.js';
import {
  DatabaseOpenError,
  InvalidCursorError,
  reposOver,
  unitOfWork,
  type Opened,
  type Repos,
  type Tx,
} from '../db/index.js';
import { userInfo } from 'node:os';
import { auditSink, runAudited } from './audit.js';
import { ChangeFeed, WriteRecords, type ChangeListener } from './changes.js';
import { editConflict } from './conflicts.js';
import { actorName } from './reads/settings.js';
import type { BackupHost, Caller, HandlerContext } from './context.js';
import { registry } from './handlers/index.js';
import { recordPack } from './handlers/briefing.js';
import { officeAccounts, type OfficeAccounts } from './office/accounts.js';
import type { AuditTrait, Entry } from './registry.js';

export type DispatchResult =
  { ok: true; status: 200; value: unknown } | { ok: false; status: number; body: ApiErrorBody };

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
  /**
   * Runs a method that answers at once (every method but backup.now and
   * backup.restore). With a `caller` (the office server's signed-in user),
   * a method their role may not call is refused (403) and the audit trail
   * names them; without one (one PC) every method may be called.
   */
  dispatch(method: string, input: unknown, locale?: Locale, caller?: Caller): DispatchResult;
  /** Runs any method; the transports use this. */
  call(method: string, input: unknown, locale?: Locale, caller?: Caller): Promise<DispatchResult>;
  /**
   * Records a briefing pack the service's file maker made, with the hash and
   * size of `file`. Not a contract method: neither transport reaches it, so
   * no caller can enter a pack with a hash of its own.
   */
  recordPack(
    r: { spec: unknown; format: 'pdf' | 'docx'; file: Uint8Array; by: string },
    locale?: Locale,
    caller?: Caller,
  ): DispatchResult;
  /** The open database; throws when the register was refused at start. */
  readonly database: Opened;
  /** The office server's accounts: signing in, and its first administrator (not contract methods). */
  readonly office: OfficeAccounts;
  /** The backup operations over this service's data folder (null without one). */
  readonly backups: BackupHost | null;
  /**
   * Hears which records each write changed, once its transaction has
   * committed (service/changes.ts); a write that fails tells nothing.
   * Returns the way to stop listening.
   */
  onChange(listener: ChangeListener): () => void;
}

function failure(
  code: ErrorCode,
  message: string,
  issues?: FieldIssue[],
  keyed?: Pick<FieldIssue, 'key' | 'params'>,
): DispatchResult {
  return {
    ok: false,
    status: errorStatus[code],
    body: {
      error: {
        code,
        message,
        ...(issues ? { issues } : {}),
        ...(keyed?.key ? { key: keyed.key, ...(keyed.params ? { params: keyed.params } : {}) } : {}),
      },
    },
  };
}

/** A signed-in caller's role may not do this (a method, or a kind of file): 403, naming the role in the caller's words. */
export function roleRefused(roleCode: Role, locale: Locale): DispatchResult & { ok: false } {
  const role = t(`role_${roleCode}`, locale);
  return failure('forbidden', t('forbidden', locale, { role }), undefined, {
    key: 'forbidden',
    params: { role },
  }) as DispatchResult & { ok: false };
}

/** The register a service runs on: open, or refused at start (then only the status and the backups answer). */
class Register {
  live: { database: Opened; repos: Repos; tx: Tx } | null = null;
  refused: DatabaseOpenError | null = null;

  constructor(opened: Opened | DatabaseOpenError) {
    this.attach(opened);
  }

  attach(o: Opened | DatabaseOpenError): void {
    if (o instanceof DatabaseOpenError) {
      this.live = null;
      this.refused = o;
      return;
    }
    const repos = reposOver(o.db);
    const tx = unitOfWork(o.sqlite);
    // A migration that added or changed derived data asks for it to be rebuilt from the records.
    if (repos.goals.isStale()) tx(() => repos.goals.rebuild());
    this.live = { database: o, repos, tx };
    this.refused = null;
  }

  /** Why there is no register, in the caller's language. */
  unavailable(locale: Locale): DispatchResult {
    return failure('unavailable', t('databaseUnavailable', locale, { problem: this.refused?.messageIn(locale) ?? '' }));
  }
}

/** The backup operations over a data folder, for one caller's language. */
function backupHostOver(folder: DataFolder | null, register: Register, locale: Locale): BackupHost | null {
  return (
    folder && {
      dataDir: folder.dataDir,
      knownSchemaVersion: folder.knownSchemaVersion,
      schemaObjects: folder.schemaObjects,
      locale,
      live: () => register.live?.database ?? null,
      refused: () => register.refused,
      reopen: () => {
        register.live?.database.close();
        try {
          register.attach(folder.open());
        } catch (e) {
          if (!(e instanceof DatabaseOpenError)) throw e;
          register.attach(e);
        }
      },
    }
  );
}

/** A failure as both transports send it: an AppError in the caller's words, a bad cursor, or (logged) an internal error. */
function caught(method: Method, locale: Locale, e: unknown, log: (msg: string, err?: unknown) => void): DispatchResult {
  if (e instanceof AppError) {
    const issues = e.fieldKeys.map((f) => keyedIssue(f.path, f.key, locale, f.params));
    return failure(e.code, t(e.key, locale, e.params), issues.length ? issues : undefined, {
      key: e.key,
      params: e.params,
    });
  }
  if (e instanceof InvalidCursorError) {
    return failure('invalid_input', t('invalidCursor', locale), [keyedIssue('cursor', 'invalidCursor', locale)]);
  }
  log(`anskaff: ${method} failed`, e);
  return failure('internal', t('internal', locale));
}

/**
 * A host method by its audit trait. `around`: the change is to a file no
 * transaction holds (the extra backup folder's setting), so the entry's
 * transaction runs around it; a change refused leaves no entry, and only a
 * failed commit after the file is written could leave it unrecorded.
 * `after`: the register file itself is swapped (a restore), outside any
 * transaction; the entry is written at once into the register it brought
 * back (also when it was refused before). A change of folder is not
 * recorded while the register is refused (there is none to record it in).
 */
function runHost(
  register: Register,
  actor: Pick<HandlerContext, 'actor' | 'caller'>,
  method: Method,
  audit: AuditTrait,
  exec: () => unknown,
  host: BackupHost,
): unknown {
  if (audit.kind !== 'host') return exec();
  const append = (by: string, before: unknown, output: unknown) => {
    const changes = audit.changes(before, output);
    if (changes.length && register.live)
      register.live.repos.audit.append({ by, entity: audit.entity, entityId: SETTINGS_RECORD_ID, method, changes });
  };
  if (audit.when === 'around') {
    if (!register.live) return exec();
    const { repos, tx } = register.live;
    return tx(() => {
      const by = actorName({ repos, ...actor });
      const before = audit.before(host);
      const output = exec();
      append(by, before, output);
      return output;
    });
  }
  const before = audit.before(host);
  return Promise.resolve(exec()).then((output) => {
    if (register.live) append(actorName({ repos: register.live.repos, ...actor }), before, output);
    return output;
  });
}

/** A request checked against the contract (and against a refused register), or the failure to send. */
function prepare(
  register: Register,
  method: string,
  input: unknown,
  locale: Locale,
  caller: Caller | null,
): { fail: DispatchResult } | { method: Method; data: unknown } {
  if (!isMethod(method))
    return { fail: failure('not_found', t('unknownMethod', locale, { method: method.slice(0, 80) })) };
  // The role before the input: a caller learns nothing of a method they may not call.
  if (caller && !registry[method].roles.includes(caller.role)) return { fail: roleRefused(caller.role, locale) };
  const v = validate(contract[method].input, input ?? {}, locale);
  if (!v.ok) return { fail: failure('invalid_input', t('invalidInput', locale, { n: v.issues.length }), v.issues) };
  if (!register.live && !registry[method].whileRefused) return { fail: register.unavailable(locale) };
  return { method, data: v.data };
}

/** A method's answer; with `check` (tests), one that breaks the contract is a bug, not an answer. */
function answer(method: Method, value: unknown, check: boolean | undefined): DispatchResult {
  if (check) {
    const out = contract[method].output.safeParse(value);
    if (!out.success)
      throw new Error(
        `output of ${method} breaks the contract: ${JSON.stringify(localiseIssues(out.error.issues, 'en'))}`,
      );
  }
  return { ok: true, status: 200, value };
}

/**
 * The transport-agnostic service: validates input with the contract, runs
 * the handler, and turns every failure into the error body both transports
 * send. IPC and HTTP call this and nothing else. Over a data folder it can
 * also start without a database (one refused as damaged): then only the
 * status and the backups answer, so the user can restore.
 */
export function createService(
  opened: Opened | DatabaseOpenError,
  opts: ServiceOptions = {},
  folder: DataFolder | null = null,
): Service {
  const register = new Register(opened);
  const today = opts.today ?? (() => todayInOslo());
  const actor = opts.actor ?? userInfo().username;
  const log = opts.log ?? ((msg, err) => console.error(msg, err));
  const feed = new ChangeFeed(log);

  function contextFor(
    locale: Locale,
    method: Method,
    audit: AuditTrait,
    caller: Caller | null,
    records?: WriteRecords,
  ): HandlerContext {
    const may = (m: Method) => !caller || registry[m].roles.includes(caller.role);
    const base = { locale, today: today(), repos: register.live!.repos, tx: register.live!.tx, actor, caller, may };
    const sink = auditSink(method, audit, base);
    return {
      ...base,
      audit: records
        ? {
            record(entity, id, changes) {
              sink.record(entity, id, changes);
              records.add(entity, id);
            },
          }
        : sink,
    };
  }

  /** Runs a checked request by its method's traits: a handler (audited as its trait says) or a host method, which may answer later. */
  function run(method: Method, data: unknown, locale: Locale, caller: Caller | null, records: WriteRecords): unknown {
    const entry = registry[method] as Entry<Method>;
    if (entry.host) {
      const host = backupHostOver(folder, register, locale);
      if (!host) throw new AppError('not_found', 'unknownMethod', { method });
      return runHost(register, { actor, caller }, method, entry.audit, () => entry.run(data as never, host), host);
    }
    const ctx = contextFor(locale, method, entry.audit, caller, records);
    return runAudited(method, entry.audit, data as Record<string, unknown>, ctx, () => entry.run(data as never, ctx));
  }

  /** After a write has committed: which records it changed, to the listeners. Never fails the write it tells of. */
  function told(method: Method, data: unknown, output: unknown, caller: Caller | null, records: WriteRecords): void {
    const entry = registry[method] as Entry<Method>;
    if (!entry.writes) return;
    try {
      const live = register.live;
      const by = live ? actorName({ repos: live.repos, actor, caller }) : (caller?.name ?? actor);
      const events: ChangeEvent[] = records.events(
        method,
        entry.audit,
        { input: data as Record<string, unknown>, output },
        by,
        new Date().toISOString(),
      );
      feed.emit(events);
    } catch (e) {
      log(`anskaff: telling of ${method} failed`, e);
    }
  }

  /** A stale edit's 409 with who changed the record, when, and the record as it is now (conflicts.ts). */
  function withConflict(r: DispatchResult, method: Method, data: unknown, locale: Locale, caller?: Caller) {
    const entry = registry[method] as Entry<Method>;
    // Only a stale version (the `stale…` messages): a rule's refusal (409 too) is about the request, not another's edit.
    if (r.ok || !r.body.error.key?.startsWith('stale') || !register.live || entry.host) return r;
    let c: ReturnType<typeof editConflict>;
    try {
      const ctx = contextFor(locale, method, entry.audit, caller ?? null);
      c = editConflict(method, entry.audit, data as Record<string, unknown>, ctx, (m, i) =>
        dispatch(m, i, locale, caller),
      );
    } catch (e) {
      // The refusal stands as it is; only what it could say besides is missing.
      log(`anskaff: reading the conflict of ${method} failed`, e);
      return r;
    }
    if (!c) return r;
    const who = c.by && c.at ? ` ${t('changedByAt', locale, { by: c.by, when: formatDateTime(c.at, locale) })}` : '';
    return { ...r, body: { error: { ...r.body.error, message: r.body.error.message + who, conflict: c } } };
  }

  function dispatch(method: string, input: unknown, locale: Locale = DEFAULT_LOCALE, caller?: Caller): DispatchResult {
    const p = prepare(register, method, input, locale, caller ?? null);
    if ('fail' in p) return p.fail;
    try {
      const records = new WriteRecords();
      const value = run(p.method, p.data, locale, caller ?? null, records);
      if (value instanceof Promise) {
        value.catch(() => {});
        throw new Error(`${p.method} answers later; use call()`);
      }
      const result = answer(p.method, value, opts.checkOutputs);
      told(p.method, p.data, value, caller ?? null, records);
      return result;
    } catch (e) {
      return withConflict(caught(p.method, locale, e, log), p.method, p.data, locale, caller);
    }
  }

  async function call(
    method: string,
    input: unknown,
    locale: Locale = DEFAULT_LOCALE,
    caller?: Caller,
  ): Promise<DispatchResult> {
    const p = prepare(register, method, input, locale, caller ?? null);
    if ('fail' in p) return p.fail;
    try {
      const records = new WriteRecords();
      const value: unknown = await run(p.method, p.data, locale, caller ?? null, records);
      const result = answer(p.method, value, opts.checkOutputs);
      told(p.method, p.data, value, caller ?? null, records);
      return result;
    } catch (e) {
      return withConflict(caught(p.method, locale, e, log), p.method, p.data, locale, caller);
    }
  }

  function recordPackFor(
    r: { spec: unknown; format: 'pdf' | 'docx'; file: Uint8Array; by: string },
    locale: Locale = DEFAULT_LOCALE,
    caller?: Caller,
  ): DispatchResult {
    const v = validate(BriefingSpecSchema, r.spec, locale);
    if (!v.ok) return failure('invalid_input', t('invalidInput', locale, { n: v.issues.length }), v.issues);
    if (!register.live) return register.unavailable(locale);
    try {
      return {
        ok: true,
        status: 200,
        value: recordPack(
          { spec: v.data, format: r.format, file: r.file, by: r.by },
          contextFor(locale, 'briefing.build', registry['briefing.build'].audit, caller ?? null),
        ),
      };
    } catch (e) {
      return caught('briefing.build', locale, e, log);
    }
  }

  return {
    dispatch,
    call,
    recordPack: recordPackFor,
    get database(): Opened {
      if (!register.live) throw register.refused ?? new Error('no database');
      return register.live.database;
    },
    get backups() {
      return backupHostOver(folder, register, DEFAULT_LOCALE);
    },
    onChange: (listener) => feed.listen(listener),
    office: officeAccounts(() => {
      if (!register.live) throw register.refused ?? new Error('no database');
      return register.live;
    }),
  };
}
