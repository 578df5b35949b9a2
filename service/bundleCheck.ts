import {
  AppError,
  bundleTableWords,
  FIRST_PHASE,
  localiseIssues,
  t,
  transitionProblem,
  type Locale,
  type MessageKey,
  type Phase,
  TRANSITION_MESSAGES,
} from '../core/index.js';
import {
  BundleAuditSchema,
  bundleRecordSchema,
  bundleRoots,
  recordLabel,
  UidSchema,
  type BundleRepo,
  type RootSpec,
  type RootTable,
} from '../db/index.js';
import type { Envelope } from './bundleRead.js';

// Every record of a bundle is checked before anything is written: each
// field by its table's schema (db/bundleRecords.ts: the database's columns
// with the contract's rules), the rules that span fields (a timeline that
// follows the phase rules, a contract that ends after it starts), keys that
// must be unique, and references, which must name a record in the bundle
// or in this register. The first problem found refuses the whole bundle,
// saying which record and field. Checked values replace the file's.

type Row = Record<string, unknown>;

/** Child rows that may appear once per record, by the columns that make them one (none: at most one row). */
const ONE_PER: Record<string, string[]> = {
  case_themes: ['theme'],
  case_benefits: ['theme'],
  realised_savings: ['year'],
  contract_options: ['seq'],
  dialogue_suppliers: ['supplier_id'],
  contract_suppliers: ['supplier_id'],
  case_prequalified: ['supplier_id'],
  case_savings: [],
  case_protocols: [],
  case_dialogue_closing: [],
  contract_frameworks: [],
};

/** Text from the file as a message may quote it: one line, not too long. */
const oneLine = (s: string) => s.replace(/\p{Cc}+/gu, ' ').slice(0, 80);

class Refusal {
  constructor(
    readonly where: string,
    readonly field: string,
    readonly problem: string,
  ) {}
}

export function checkBundle(env: Envelope, file: string, repo: BundleRepo, locale: Locale, today: string): void {
  try {
    check(env, repo, locale, today);
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    throw new AppError('invalid_input', 'bundleInvalid', {
      file,
      where: e.where,
      field: e.field.slice(0, 60),
      problem: e.problem,
    });
  }
}

function check(env: Envelope, repo: BundleRepo, locale: Locale, today: string): void {
  const say = (key: MessageKey, params: Record<string, string | number> = {}) => t(key, locale, params);
  const inBundle = new Map<RootTable, Set<string>>();
  for (const spec of bundleRoots) inBundle.set(spec.table, new Set((env.tables[spec.table] ?? []).map((r) => r.uid)));
  const local = new Map<RootTable, Set<string>>();
  const known = (table: RootTable, uid: string) => {
    if (inBundle.get(table)!.has(uid)) return true;
    let l = local.get(table);
    if (!l) local.set(table, (l = repo.uids(table)));
    return l.has(uid);
  };

  for (const spec of bundleRoots) {
    const seen = new Set<string>();
    const naturalKeys = new Set<string>();
    (env.tables[spec.table] ?? []).forEach((rec, i) => {
      const where = say('bundleWhere', {
        table: bundleTableWords[spec.table]![locale],
        label: oneLine(recordLabel(spec, rec.row)),
        n: i + 1,
      });
      const refuse = (field: string, problem: string): never => {
        throw new Refusal(where, field, problem);
      };
      if (!UidSchema.safeParse(rec.uid).success) refuse('uid', say('invalidType'));
      if (seen.has(rec.uid)) refuse('uid', say('bundleDuplicate'));
      seen.add(rec.uid);
      if (rec.row.uid !== rec.uid) refuse('uid', say('bundleNotItsUid'));
      rec.row = checked(spec.table, rec.row, [], where, locale);
      if (spec.naturalKey) {
        // One live supplier per organisation number, one case per case number: as the register's own unique indexes say.
        const live = spec.table !== 'suppliers' || rec.row.merged_into === null || rec.row.merged_into === undefined;
        const k = String(rec.row[spec.naturalKey]);
        if (live && naturalKeys.has(k)) refuse(spec.naturalKey, say('bundleDuplicate'));
        if (live) naturalKeys.add(k);
      }
      for (const [col, target] of Object.entries(spec.refs)) {
        const v = rec.row[col];
        if (v !== null && v !== undefined && !known(target, v as string)) refuse(col, say('bundleRefMissing'));
      }
      for (const c of spec.children) {
        const rows = rec.children[c.table] ?? [];
        const once = ONE_PER[c.table];
        const keys = new Set<string>();
        rec.children[c.table] = rows.map((row, j) => {
          const childWhere = say('bundleWhereChild', {
            record: where,
            table: bundleTableWords[c.table]![locale],
            n: j + 1,
          });
          const kid = checked(c.table, row, [c.parent], childWhere, locale);
          if (once) {
            const k = JSON.stringify(once.map((col) => kid[col]));
            if (keys.has(k)) throw new Refusal(childWhere, once[0] ?? c.table, say('bundleDuplicate'));
            keys.add(k);
          }
          for (const [col, target] of Object.entries(c.refs ?? {})) {
            const v = kid[col];
            if (v !== null && v !== undefined && !known(target, v as string))
              throw new Refusal(childWhere, col, say('bundleRefMissing'));
          }
          return kid;
        });
      }
      rec.audit = rec.audit.map((a, j) => {
        const r = BundleAuditSchema.safeParse(a, { reportInput: true });
        if (!r.success) {
          const issue = localiseIssues(r.error.issues, locale)[0]!;
          throw new Refusal(
            say('bundleWhereChild', { record: where, table: bundleTableWords.audit![locale], n: j + 1 }),
            issue.path,
            issue.message,
          );
        }
        return r.data;
      });
      acrossFields(spec, rec.row, rec.children, where, say, today);
    });
  }
  mergeCycles(env, repo, say, locale);
}

/** A row checked by its table's schema: the checked values, or a refusal naming the first field that fails. */
function checked(table: string, row: Row, skip: string[], where: string, locale: Locale): Row {
  const r = bundleRecordSchema(table, skip).safeParse(row, { reportInput: true });
  if (r.success) return r.data as Row;
  const first = r.error.issues[0]!;
  const issue = localiseIssues([first], locale)[0]!;
  // A column this record may not bring (its id): the field is the column itself.
  throw new Refusal(
    where,
    first.code === 'unrecognized_keys' ? first.keys.join(', ') : issue.path || table,
    issue.message,
  );
}

type Say = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Rules that span the fields of a record and its rows, as the service holds them on every write. */
function acrossFields(
  spec: RootSpec,
  row: Row,
  children: Record<string, Row[]>,
  where: string,
  say: Say,
  today: string,
): void {
  const refuse = (field: string, key: MessageKey, params: Record<string, string | number> = {}): never => {
    throw new Refusal(where, field, say(key, params));
  };
  switch (spec.table) {
    case 'cases': {
      // The timeline as the phase rules let it grow: from needs assessment, each move allowed from the one before.
      const events = [...(children.case_events ?? [])]
        .map((e, i) => ({ e, i }))
        .sort((a, b) => (a.e.date as string).localeCompare(b.e.date as string) || a.i - b.i);
      const first = events[0]?.e;
      if (!first || first.phase !== FIRST_PHASE || first.from_phase !== null) refuse('case_events', 'bundleFirstPhase');
      for (let k = 1; k < events.length; k++) {
        const [a, b] = [events[k - 1]!.e, events[k]!.e];
        if (b.from_phase !== a.phase) refuse('case_events', 'bundleFromPhase');
        // As on this PC: a phase move dated after today is refused here too.
        const problem = transitionProblem({
          from: a.phase as Phase,
          to: b.phase as Phase,
          date: b.date as string,
          note: b.note as string,
          lastEventDate: a.date as string,
          today,
        });
        if (problem) refuse('case_events', TRANSITION_MESSAGES[problem], { date: a.date as string });
      }
      return;
    }
    case 'strategies':
      if ((row.to_year as number) < (row.from_year as number)) refuse('to_year', 'strategyYears');
      if ((row.to_year as number) - (row.from_year as number) > 10) refuse('to_year', 'strategyTooLong');
      return;
    case 'contracts':
      if ((row.end_date as string) < (row.start_date as string)) refuse('end_date', 'endBeforeStart');
      return;
    case 'dialogues':
      for (const item of children.dialogue_items ?? []) {
        const answered = item.answered_date as string | null;
        const answer = String(item.answer ?? '').trim();
        if (answer && !answered) refuse('dialogue_items', 'answerNeedsDate');
        if (!answer && answered) refuse('dialogue_items', 'answerDateNeedsAnswer');
        const shared = item.shared_date as string | null;
        if (shared && (!answered || !answer)) refuse('dialogue_items', 'shareBeforeAnswer');
        if (shared && answered && shared < answered)
          refuse('dialogue_items', 'shareBeforeAnswerDate', { date: answered });
      }
      return;
  }
}

/** A supplier merged into one that is (through others) merged into it would hide them all: refused. Each supplier is followed once. */
function mergeCycles(env: Envelope, repo: BundleRepo, say: Say, locale: Locale): void {
  const into = repo.mergedInto();
  const names = new Map<string, string>();
  const records = new Map<string, { label: string; n: number }>();
  const spec = bundleRoots.find((r) => r.table === 'suppliers')!;
  (env.tables.suppliers ?? []).forEach((rec, i) => {
    into.set(rec.uid, (rec.row.merged_into as string | null) ?? null);
    names.set(rec.uid, String(rec.row.name ?? ''));
    records.set(rec.uid, { label: recordLabel(spec, rec.row), n: i + 1 });
  });
  const state = new Map<string, 'open' | 'done'>();
  for (const start of names.keys()) {
    const path: string[] = [];
    let at: string | null = start;
    while (at && !state.has(at)) {
      state.set(at, 'open');
      path.push(at);
      at = into.get(at) ?? null;
    }
    if (at && state.get(at) === 'open') {
      const ring = path.slice(path.indexOf(at)).map((u) => oneLine(names.get(u) ?? u));
      const first = records.get(path[path.indexOf(at)]!) ?? { label: ring[0]!, n: 1 };
      const where = say('bundleWhere', {
        table: bundleTableWords.suppliers![locale],
        label: oneLine(first.label),
        n: first.n,
      });
      throw new Refusal(where, 'merged_into', say('bundleMergeCycle', { names: ring.slice(0, 5).join(', ') }));
    }
    for (const u of path) state.set(u, 'done');
  }
}
