import {
  AppError,
  bundleTables,
  changedFields,
  codeName,
  protocolItemDefs,
  type AuditEntity,
  type Output,
  type ParsedInput,
} from '../../core/index.js';
import {
  bundleRoots,
  type BundleRepo,
  type ImportedEntry,
  type RecordVerdict,
  type RootTable,
  type WrittenRecord,
} from '../../db/index.js';
import { snapshot } from '../audit.js';
import { checkBundle } from '../bundleCheck.js';
import { readBundle, type Envelope } from '../bundleRead.js';
import type { HandlerContext } from '../context.js';
import { actorName } from '../reads/settings.js';
import { protocolOf } from './protocol.js';
import { buyers, reads, recordsItself, writes } from '../registry.js';

// A bundle from another PC, previewed and imported: records matched by uid,
// new ones added, changed ones only as the user decided. The file itself is
// made by service/bundle.ts.

const keyOf = (v: RecordVerdict) => `${v.table}:${v.uid}`;

/** A bundle file read, and every record in it checked: refused whole, in words, at the first fault. */
function opened(q: { fileName: string; data: string }, ctx: HandlerContext): Envelope {
  const env = readBundle(q, ctx.repos.bundle);
  checkBundle(env, q.fileName, ctx.repos.bundle, ctx.locale, ctx.today);
  return env;
}

function preview(q: ParsedInput<'bundle.preview'>, ctx: HandlerContext): Output<'bundle.preview'> {
  const repo = ctx.repos.bundle;
  const env = opened(q, ctx);
  const verdicts = repo.analyse(env.tables);
  return {
    exportedAt: env.exportedAt,
    exportedBy: env.exportedBy,
    scope: env.scope,
    counts: bundleTables.map((table) => {
      const of = (s: RecordVerdict['status']) => verdicts.filter((v) => v.table === table && v.status === s).length;
      return {
        table,
        new: of('new'),
        same: of('same'),
        changed: of('changed'),
        sameNumber: of('sameNumber'),
        missingParent: of('missingParent'),
      };
    }),
    conflicts: verdicts
      .filter((v) => v.status === 'changed' || v.status === 'sameNumber' || v.status === 'missingParent')
      .map((v) => ({
        key: keyOf(v),
        table: v.table,
        label: v.label,
        status: v.status as 'changed' | 'sameNumber' | 'missingParent',
        fields: v.fields,
      })),
  };
}

const entityOf = Object.fromEntries(bundleRoots.map((r) => [r.table, r.entity])) as Record<RootTable, AuditEntity>;

/**
 * The history of each record written: the entries its bundle carries, kept
 * as the other PC wrote them but marked with this import (the file, who
 * exported it and when), and this PC's own entry for the import, with each
 * field as it was before and is now.
 */
function recordHistory(
  env: Envelope,
  written: WrittenRecord[],
  before: Map<string, Record<string, unknown> | null>,
  who: { by: string; fileName: string },
  ctx: HandlerContext,
): void {
  if (!written.length) return;
  const importId = ctx.repos.audit.startImport({
    by: who.by,
    fileName: who.fileName,
    exportedBy: env.exportedBy,
    exportedAt: env.exportedAt,
  });
  const records = new Map<string, { audit: unknown[] }>(
    bundleRoots.flatMap((r) => (env.tables[r.table] ?? []).map((rec) => [`${r.table}:${rec.uid}`, rec] as const)),
  );
  for (const w of written) {
    const key = `${w.table}:${w.uid}`;
    const entity = entityOf[w.table];
    ctx.repos.audit.appendImported(
      importId,
      entity,
      w.id,
      (records.get(key)?.audit ?? []) as unknown as ImportedEntry[],
    );
    const changes = changedFields(
      w.action === 'replaced' ? (before.get(key) ?? null) : null,
      snapshot(entity, w.id, ctx),
    );
    ctx.audit.record(entity, w.id, [{ field: 'importedFrom', before: null, after: who.fileName }, ...changes]);
  }
}

/**
 * A protocol the file marks final must pass the check finalising makes
 * here, on the case as imported: else the whole import is refused (the
 * caller's transaction rolls back).
 */
function refuseUnfinishedProtocols(written: WrittenRecord[], file: string, ctx: HandlerContext): void {
  for (const w of written) {
    if (w.table !== 'cases') continue;
    const p = protocolOf(w.id, ctx);
    if (p.finalisedAt && p.missing.length) {
      const items = p.missing.map((m) => codeName(protocolItemDefs, m, ctx.locale).toLowerCase()).join(', ');
      throw new AppError('invalid_input', 'bundleProtocolIncomplete', { file, case: p.caseNumber, items });
    }
  }
}

export const bundleMethods = {
  'bundle.preview': reads(buyers)((q: ParsedInput<'bundle.preview'>, ctx: HandlerContext): Output<'bundle.preview'> => {
    return preview(q, ctx);
  }),
  'bundle.import': writes(
    buyers,
    recordsItself('case', 'supplier', 'dialogue', 'contract', 'strategy'),
  )((q: ParsedInput<'bundle.import'>, ctx: HandlerContext): Output<'bundle.import'> => {
    const repo = ctx.repos.bundle;
    const env = opened(q, ctx);
    return ctx.tx(() => {
      const verdicts = repo.analyse(env.tables);
      const undecided = verdicts.filter((v) => v.status === 'changed' && !q.decisions[keyOf(v)]);
      if (undecided.length) throw new AppError('invalid_input', 'bundleUndecided', { n: undecided.length });
      const take = (v: RecordVerdict) => q.decisions[keyOf(v)] === 'theirs';
      const by = actorName(ctx);
      // Each record to be replaced as it is now, for the import's own entry in its history.
      const before = new Map<string, Record<string, unknown> | null>();
      for (const v of verdicts) {
        if (v.status !== 'changed' || !take(v)) continue;
        const id = repo.localId(v.table, v.localUid ?? v.uid);
        if (id !== null) before.set(keyOf(v), snapshot(entityOf[v.table], id, ctx));
      }
      let applied: ReturnType<BundleRepo['apply']>;
      try {
        applied = repo.apply(env.tables, verdicts, take);
      } catch (e) {
        // Checked records cannot break the register's own rules; should one still, it is this file's fault, said in words, and the transaction takes nothing.
        if (String((e as { code?: unknown }).code ?? '').startsWith('SQLITE_CONSTRAINT'))
          throw new AppError('invalid_input', 'bundleConstraint', {
            file: q.fileName,
            detail: (e as Error).message.slice(0, 200),
          });
        throw e;
      }
      const { counts, written } = applied;
      // Derived figures (goal facts, days per phase, award dates) are rebuilt from the records now in place.
      ctx.repos.goals.rebuild();
      refuseUnfinishedProtocols(written, q.fileName, ctx);
      recordHistory(env, written, before, { by, fileName: q.fileName }, ctx);
      const changed = verdicts.filter((v) => v.status === 'changed');
      return {
        added: Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, c.added])),
        replaced: Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, c.replaced])),
        kept: changed.filter((v) => q.decisions[keyOf(v)] === 'keep').length,
        skipped: verdicts.filter((v) => v.status === 'sameNumber' || v.status === 'missingParent').length,
      };
    });
  }),
};
