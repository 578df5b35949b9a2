import { AppError, type Output, type ParsedInput } from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { caseDetail } from './cases.js';
import { buyers, office, reads, recordsItself, writes } from '../registry.js';

/** A case's complaints, oldest first. */
export function complaintsOf(ctx: HandlerContext, caseId: number): Output<'complaints.list'> {
  return ctx.repos.complaints.forCase(caseId);
}

export const complaintMethods = {
  'complaints.list': reads(office)(
    (q: ParsedInput<'complaints.list'>, ctx: HandlerContext): Output<'complaints.list'> => {
      caseDetail(ctx, q.caseId);
      return complaintsOf(ctx, q.caseId);
    },
  ),
  'complaints.add': writes(
    buyers,
    recordsItself('case'),
  )((q: ParsedInput<'complaints.add'>, ctx: HandlerContext): Output<'complaints.add'> => {
    ctx.tx(() => {
      caseDetail(ctx, q.caseId);
      ctx.repos.complaints.insert(q.caseId, q.complaint);
      ctx.audit.record('case', q.caseId, [{ field: 'complaint', before: null, after: { ...q.complaint } }]);
    });
    return complaintsOf(ctx, q.caseId);
  }),
  'complaints.update': writes(
    buyers,
    recordsItself('case'),
  )((q: ParsedInput<'complaints.update'>, ctx: HandlerContext): Output<'complaints.update'> => {
    const old = ctx.repos.complaints.get(q.id);
    if (!old) throw new AppError('not_found', 'notFound', { what: `#${q.id}` });
    ctx.tx(() => {
      ctx.repos.complaints.update(q.id, q.complaint);
      const { id: _id, caseId: _c, ...before } = old;
      ctx.audit.record('case', old.caseId, [{ field: 'complaint', before, after: { ...q.complaint } }]);
    });
    return complaintsOf(ctx, old.caseId);
  }),
};
