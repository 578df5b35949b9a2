import {
  AppError,
  complaintIssues,
  kofaAnswerDue,
  type ComplaintFields,
  type Output,
  type ParsedInput,
} from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { caseDetail, writableCase } from './cases.js';
import { fieldError } from './fieldError.js';
import { buyers, office, reads, recordsItself, writes } from '../registry.js';

/** A case's complaints, oldest first. */
export function complaintsOf(ctx: HandlerContext, caseId: number): Output<'complaints.list'> {
  return ctx.repos.complaints.forCase(caseId);
}

/** Refuses what the schema could not check without today: dates that have happened lying in the future. */
function checkToday(ctx: HandlerContext, c: ComplaintFields): void {
  const [issue] = complaintIssues(c, ctx.today);
  if (issue) throw fieldError(`complaint.${issue.field}`, issue.key);
}

/** A complaint to KOFA with no answer date given: KOFA's own deadline, ten working days from its letter. */
function withKofaDue<T extends { kind: string; date: string; answerDue: string | null }>(c: T): T {
  return c.kind === 'kofa' && c.answerDue === null ? { ...c, answerDue: kofaAnswerDue(c.date) } : c;
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
    checkToday(ctx, q.complaint);
    const complaint = withKofaDue(q.complaint);
    ctx.tx(() => {
      writableCase(ctx, q.caseId);
      ctx.repos.complaints.insert(q.caseId, complaint);
      ctx.audit.record('case', q.caseId, [{ field: 'complaint', before: null, after: { ...complaint } }]);
    });
    return complaintsOf(ctx, q.caseId);
  }),
  'complaints.update': writes(
    buyers,
    recordsItself('case'),
  )((q: ParsedInput<'complaints.update'>, ctx: HandlerContext): Output<'complaints.update'> => {
    const old = ctx.repos.complaints.get(q.id);
    if (!old) throw new AppError('not_found', 'notFound', { what: `#${q.id}` });
    checkToday(ctx, q.complaint);
    const complaint = withKofaDue(q.complaint);
    ctx.tx(() => {
      writableCase(ctx, old.caseId);
      ctx.repos.complaints.update(q.id, complaint);
      const { id: _id, caseId: _c, ...before } = old;
      ctx.audit.record('case', old.caseId, [{ field: 'complaint', before, after: { ...complaint } }]);
    });
    return complaintsOf(ctx, old.caseId);
  }),
  'complaints.remove': writes(
    buyers,
    recordsItself('case'),
  )((q: ParsedInput<'complaints.remove'>, ctx: HandlerContext): Output<'complaints.remove'> => {
    const old = ctx.repos.complaints.get(q.id);
    if (!old) throw new AppError('not_found', 'notFound', { what: `#${q.id}` });
    ctx.tx(() => {
      writableCase(ctx, old.caseId);
      ctx.repos.complaints.remove(q.id);
      const { id: _id, caseId: _c, ...before } = old;
      ctx.audit.record('case', old.caseId, [{ field: 'complaint', before, after: null }]);
    });
    return complaintsOf(ctx, old.caseId);
  }),
};
