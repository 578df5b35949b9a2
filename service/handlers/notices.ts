import { AppError, type Output, type ParsedInput } from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { caseDetail, writableCase } from './cases.js';
import { fieldError } from './fieldError.js';
import { buyers, office, reads, recordsItself, writes } from '../registry.js';

/** A case's notices in Doffin and TED, oldest first (the protocol and OCDS read them here too). */
export function noticesOf(ctx: HandlerContext, caseId: number): Output<'notices.list'> {
  return ctx.repos.notices.forCase(caseId);
}

export const noticeMethods = {
  'notices.list': reads(office)((q: ParsedInput<'notices.list'>, ctx: HandlerContext): Output<'notices.list'> => {
    caseDetail(ctx, q.caseId);
    return noticesOf(ctx, q.caseId);
  }),
  'notices.add': writes(
    buyers,
    recordsItself('case'),
  )((q: ParsedInput<'notices.add'>, ctx: HandlerContext): Output<'notices.add'> => {
    ctx.tx(() => {
      writableCase(ctx, q.caseId);
      const n = q.notice;
      if (noticesOf(ctx, q.caseId).some((x) => x.platform === n.platform && x.ref === n.ref))
        throw fieldError('notice.ref', 'noticeDuplicate');
      ctx.repos.notices.insert(q.caseId, n);
      ctx.audit.record('case', q.caseId, [{ field: 'notice', before: null, after: { ...n } }]);
    });
    return noticesOf(ctx, q.caseId);
  }),
  'notices.remove': writes(
    buyers,
    recordsItself('case'),
  )((q: ParsedInput<'notices.remove'>, ctx: HandlerContext): Output<'notices.remove'> => {
    const n = ctx.repos.notices.get(q.id);
    if (!n) throw new AppError('not_found', 'notFound', { what: `#${q.id}` });
    ctx.tx(() => {
      writableCase(ctx, n.caseId);
      ctx.repos.notices.remove(q.id);
      const { id: _id, caseId: _c, ...before } = n;
      ctx.audit.record('case', n.caseId, [{ field: 'notice', before, after: null }]);
    });
    return noticesOf(ctx, n.caseId);
  }),
};
