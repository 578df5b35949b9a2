import { thresholdTableFor } from './thresholds.js';
import {
  AppError,
  entersCompetition,
  formatDate,
  splittingWarning,
  splittingWindow,
  TRANSITION_MESSAGES,
  transitionProblem,
  warningText,
  type Output,
  type ParsedInput,
} from '../../core/index.js';
import type { CaseRow } from '../../db/index.js';
import type { HandlerContext } from '../context.js';
import { regimeOfCase, toDetail, toSummary } from './caseDetail.js';
import { cpvEntry } from '../reference/cpv.js';
import { caseNotFound, fieldError } from './fieldError.js';
import { departmentScope, inScope } from '../reads/departmentScope.js';
import { splittingDigits } from '../reads/settings.js';
import { anyone, buyers, byInputId, byOutputId, reads, recorded, writes } from '../registry.js';

function load(ctx: HandlerContext, id: number): CaseRow {
  const row = ctx.repos.cases.get(id);
  if (!row) throw caseNotFound(ctx.locale, id);
  return row;
}

/** A case as its page shows it: the shared read (the protocol, OCDS and the audit trail read it too). */
export function caseDetail(ctx: HandlerContext, id: number): Output<'cases.get'> {
  const row = load(ctx, id);
  const table = thresholdTableFor(ctx);
  let splitting: ReturnType<typeof splittingWarning> = null;
  if (row.cpvCode) {
    const group = row.cpvCode.slice(0, splittingDigits(ctx));
    const w = splittingWindow(row.registeredDate);
    splitting = splittingWarning(
      { kind: row.kind, date: row.registeredDate, cpvGroup: group },
      ctx.repos.cases.similarCases(row.department, group, w.from, w.to),
      table,
    );
  }
  const d = toDetail(row, ctx.repos.cases.events(id), ctx.repos.dialogues, ctx.today, ctx.locale, table);
  return splitting
    ? { ...d, warnings: [...d.warnings, { code: splitting.code, message: warningText(splitting, ctx.locale) }] }
    : d;
}

/**
 * A case's part of the regulation as its page judges it, without the rest of
 * the page (its splitting check and dialogues): for reads that ask it of many
 * cases, with the thresholds table read once.
 */
/** A case whose records may still change: an archived case is the record as it was closed (its page shows no forms). */
export function writableCase(ctx: HandlerContext, id: number): Output<'cases.get'> {
  const kase = caseDetail(ctx, id);
  if (kase.archived) throw new AppError('conflict', 'caseArchived');
  return kase;
}

export function caseRegime(
  ctx: HandlerContext,
  id: number,
  table: ReturnType<typeof thresholdTableFor> = thresholdTableFor(ctx),
): Output<'cases.get'>['regime'] {
  return regimeOfCase(load(ctx, id), ctx.repos.cases.events(id), table).regime;
}

function assertWritable(row: CaseRow, version: number): void {
  if (row.archived) throw new AppError('conflict', 'caseArchived');
  if (row.version !== version) throw new AppError('conflict', 'staleVersion');
}

/** A CPV code must be one of CPV 2008's. */
function assertCpv(code: string | null): void {
  if (code !== null && !cpvEntry(code)) throw fieldError('cpvCode', 'cpvUnknown', { code });
}

function assertCaseNumberFree(ctx: HandlerContext, caseNumber: string, exceptId?: number): void {
  if (ctx.repos.cases.caseNumberTaken(caseNumber, exceptId)) {
    throw new AppError('invalid_input', 'caseNumberTaken', { caseNumber }, [
      { path: 'caseNumber', key: 'caseNumberTaken', params: { caseNumber } },
    ]);
  }
}

/**
 * Every rule a new case must pass, then the insert; returns the new id. The
 * caller holds the transaction: the spreadsheet import runs thousands in one.
 */
export function insertCase(input: ParsedInput<'cases.create'>, ctx: HandlerContext): number {
  const { registeredDate = ctx.today, ...fields } = input;
  if (registeredDate > ctx.today) {
    throw new AppError('invalid_input', 'transition_dateInFuture', {}, [
      { path: 'registeredDate', key: 'transition_dateInFuture' },
    ]);
  }
  assertCpv(fields.cpvCode);
  assertCaseNumberFree(ctx, fields.caseNumber);
  return ctx.repos.cases.insert(fields, registeredDate);
}

export const caseMethods = {
  // A need owner (avdeling) sees their own departments' cases only: the list, the search, the facets and a case.
  'cases.list': reads(anyone)((q: ParsedInput<'cases.list'>, ctx: HandlerContext): Output<'cases.list'> => {
    const page = ctx.repos.cases.list(q, departmentScope(ctx));
    return { items: page.items.map(toSummary), total: page.total, nextCursor: page.nextCursor };
  }),

  'cases.facets': reads(anyone)((_: ParsedInput<'cases.facets'>, ctx: HandlerContext): Output<'cases.facets'> => {
    const facets = ctx.repos.cases.facets();
    return { ...facets, departments: facets.departments.filter((d) => inScope(ctx, d)) };
  }),

  'cases.get': reads(anyone)((input: ParsedInput<'cases.get'>, ctx: HandlerContext): Output<'cases.get'> => {
    // Another department's case is as unknown to a need owner as one that is not there.
    if (!inScope(ctx, load(ctx, input.id).department)) throw caseNotFound(ctx.locale, input.id);
    return caseDetail(ctx, input.id);
  }),

  'cases.create': writes(
    buyers,
    recorded('case', { after: byOutputId }),
  )((input: ParsedInput<'cases.create'>, ctx: HandlerContext): Output<'cases.create'> => {
    return caseDetail(
      ctx,
      ctx.tx(() => insertCase(input, ctx)),
    );
  }),

  'cases.update': writes(
    buyers,
    recorded('case', { before: byInputId, after: byOutputId }),
  )((input: ParsedInput<'cases.update'>, ctx: HandlerContext): Output<'cases.update'> => {
    const { id, version, ...fields } = input;
    ctx.tx(() => {
      assertWritable(load(ctx, id), version);
      assertCaseNumberFree(ctx, fields.caseNumber, id);
      assertCpv(fields.cpvCode);
      if (!ctx.repos.cases.update(id, version, fields)) throw new AppError('conflict', 'staleVersion');
      ctx.repos.goals.refreshCaseAndContracts(id);
    });
    return caseDetail(ctx, id);
  }),

  'cases.changePhase': writes(
    buyers,
    recorded('case', { before: byInputId, after: byOutputId }),
  )((input: ParsedInput<'cases.changePhase'>, ctx: HandlerContext): Output<'cases.changePhase'> => {
    ctx.tx(() => {
      const row = load(ctx, input.id);
      assertWritable(row, input.version);
      const last = ctx.repos.cases.events(input.id).at(-1)!;
      const problem = transitionProblem({
        from: row.phase,
        to: input.phase,
        date: input.date,
        note: input.note,
        lastEventDate: last.date,
        today: ctx.today,
      });
      if (problem) {
        const key = TRANSITION_MESSAGES[problem];
        const path =
          problem === 'dateBeforeLastEvent' || problem === 'dateInFuture'
            ? 'date'
            : problem === 'cancelNeedsReason' || problem === 'backwardNeedsNote'
              ? 'note'
              : 'phase';
        const params = { date: formatDate(last.date, ctx.locale) };
        throw new AppError('invalid_input', key, params, [{ path, key, params }]);
      }
      // Equal treatment: what one supplier was told in the market dialogue must be
      // known to all before the competition starts, or the reason why not recorded.
      const unshared = entersCompetition(row.phase, input.phase) ? ctx.repos.dialogues.unsharedCount(input.id) : 0;
      if (unshared > 0 && !input.overrideReason.trim()) {
        const params = { n: unshared };
        throw new AppError('invalid_input', 'unsharedBeforeNotice', params, [
          { path: 'overrideReason', key: 'unsharedBeforeNotice', params },
        ]);
      }
      const overrideReason = unshared > 0 ? input.overrideReason : null;
      if (
        !ctx.repos.cases.addEvent(input.id, input.version, {
          phase: input.phase,
          fromPhase: row.phase,
          date: input.date,
          note: input.note,
          overrideReason,
        })
      ) {
        throw new AppError('conflict', 'staleVersion');
      }
      ctx.repos.goals.refreshCase(input.id);
    });
    return caseDetail(ctx, input.id);
  }),

  'cases.archive': writes(
    buyers,
    recorded('case', { before: byInputId, after: byOutputId }),
  )((input: ParsedInput<'cases.archive'>, ctx: HandlerContext): Output<'cases.archive'> => {
    ctx.tx(() => {
      const row = load(ctx, input.id);
      if (row.version !== input.version) throw new AppError('conflict', 'staleVersion');
      if (!ctx.repos.cases.setArchived(input.id, input.version, input.archived))
        throw new AppError('conflict', 'staleVersion');
    });
    return caseDetail(ctx, input.id);
  }),
};
