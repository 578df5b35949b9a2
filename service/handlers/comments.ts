import { AppError, type Output, type ParsedInput } from '../../core/index.js';
import type { CaseRow } from '../../db/index.js';
import type { HandlerContext } from '../context.js';
import { inScope } from '../reads/departmentScope.js';
import { actorName } from '../reads/settings.js';
import { anyone, commenters, reads, recordsItself, writes } from '../registry.js';
import { caseNotFound } from './fieldError.js';

// Comments on a case between the procurement office and the need owners of
// the case's department (issue 18: a need owner "reads and comments on the
// cases of their own departments"). A need owner reaches only their own
// departments' cases; another's is as unknown as one that is not there.

function caseInScope(ctx: HandlerContext, caseId: number): CaseRow {
  const row = ctx.repos.cases.get(caseId);
  if (!row || !inScope(ctx, row.department)) throw caseNotFound(ctx.locale, caseId);
  return row;
}

export const commentMethods = {
  'comments.forCase': reads(anyone)(
    (q: ParsedInput<'comments.forCase'>, ctx: HandlerContext): Output<'comments.forCase'> => {
      caseInScope(ctx, q.caseId);
      return ctx.repos.comments.forCase(q.caseId);
    },
  ),

  // Recorded on the case: who commented, and what.
  'comments.add': writes(
    commenters,
    recordsItself('case'),
  )((q: ParsedInput<'comments.add'>, ctx: HandlerContext): Output<'comments.add'> => {
    return ctx.tx(() => {
      if (caseInScope(ctx, q.caseId).archived) throw new AppError('conflict', 'caseArchived');
      ctx.repos.comments.insert(q.caseId, actorName(ctx), q.text);
      ctx.audit.record('case', q.caseId, [{ field: 'comment', before: null, after: q.text }]);
      return ctx.repos.comments.forCase(q.caseId);
    });
  }),
};
