import { formatDate, ROUND_PROCEDURES, type Output, type ParsedInput } from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { caseNotFound, fieldError } from './fieldError.js';
import { buyers, byCaseId, byInputCaseId, office, reads, recorded, writes } from '../registry.js';

function view(ctx: HandlerContext, caseId: number): Output<'competitiveDialogue.get'> {
  const c = ctx.repos.cases.get(caseId);
  if (!c) throw caseNotFound(ctx.locale, caseId);
  const cells = ctx.repos.dialogues.roundCells(caseId);
  const closing = ctx.repos.dialogues.closing(caseId);
  return {
    caseId,
    applies: c.procedure !== null && ROUND_PROCEDURES.includes(c.procedure),
    prequalified: ctx.repos.dialogues.prequalified(caseId),
    rounds: [...new Set(cells.map((x) => x.round))].sort((a, b) => a - b),
    cells,
    closedDate: closing?.closedDate ?? null,
    finalTendersInvitedDate: closing?.finalTendersInvitedDate ?? null,
  };
}

function assertDialogueCase(ctx: HandlerContext, caseId: number) {
  const c = ctx.repos.cases.get(caseId);
  if (!c) throw caseNotFound(ctx.locale, caseId, 'caseId');
  if (c.archived) throw fieldError('caseId', 'dialogueOnArchived');
  if (!c.procedure || !ROUND_PROCEDURES.includes(c.procedure)) throw fieldError('caseId', 'notDialogueProcedure');
}

export const competitiveMethods = {
  'competitiveDialogue.get': reads(office)(
    (q: ParsedInput<'competitiveDialogue.get'>, ctx: HandlerContext): Output<'competitiveDialogue.get'> => {
      return view(ctx, q.caseId);
    },
  ),

  'competitiveDialogue.prequalify': writes(
    buyers,
    recorded('case', { before: byCaseId, after: byInputCaseId }),
  )(
    (
      q: ParsedInput<'competitiveDialogue.prequalify'>,
      ctx: HandlerContext,
    ): Output<'competitiveDialogue.prequalify'> => {
      ctx.tx(() => {
        assertDialogueCase(ctx, q.caseId);
        const ids = [...new Set(q.supplierIds)];
        ids.forEach((id, i) => {
          const s = ctx.repos.suppliers.get(id);
          if (!s || s.mergedInto !== null) throw fieldError(`supplierIds.${i}`, 'supplierUnknown', { id });
        });
        // A supplier that has had rounds stays: removing it would rewrite what happened.
        const cells = ctx.repos.dialogues.roundCells(q.caseId);
        for (const p of ctx.repos.dialogues.prequalified(q.caseId)) {
          if (!ids.includes(p.supplierId) && cells.some((c) => c.supplierId === p.supplierId))
            throw fieldError('supplierIds', 'prequalifiedInRounds', { name: p.name });
        }
        ctx.repos.dialogues.setPrequalified(q.caseId, ids);
      });
      return view(ctx, q.caseId);
    },
  ),

  'competitiveDialogue.close': writes(
    buyers,
    recorded('case', { before: byCaseId, after: byInputCaseId }),
  )((q: ParsedInput<'competitiveDialogue.close'>, ctx: HandlerContext): Output<'competitiveDialogue.close'> => {
    ctx.tx(() => {
      assertDialogueCase(ctx, q.caseId);
      const last = ctx.repos.dialogues.roundCells(q.caseId).reduce((m, c) => (c.date > m ? c.date : m), '');
      if (last && q.closedDate < last)
        throw fieldError('closedDate', 'closeBeforeRounds', { date: formatDate(last, ctx.locale) });
      if (q.closedDate > ctx.today) throw fieldError('closedDate', 'transition_dateInFuture');
      if (q.finalTendersInvitedDate && q.finalTendersInvitedDate < q.closedDate)
        throw fieldError('finalTendersInvitedDate', 'invitedBeforeClosed');
      if (q.finalTendersInvitedDate && q.finalTendersInvitedDate > ctx.today)
        throw fieldError('finalTendersInvitedDate', 'transition_dateInFuture');
      ctx.repos.dialogues.setClosing(q.caseId, q.closedDate, q.finalTendersInvitedDate);
    });
    return view(ctx, q.caseId);
  }),
};
