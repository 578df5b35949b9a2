import {
  AppError,
  formatNok,
  jointSplit,
  normaliseOrgnr,
  shareNok,
  type JointParticipantFields,
  type Output,
  type ParsedInput,
} from '../../core/index.js';
import type { ParticipantRow } from '../../db/index.js';
import type { HandlerContext } from '../context.js';
import { ORGANISATION_ORGNR } from '../reads/settings.js';
import { buyers, office, reads, recordsItself, writes } from '../registry.js';
import { caseDetail, writableCase } from './cases.js';
import { fieldError } from './fieldError.js';

/** A case's participants and the split of its whole value (the protocol, the pack and OCDS read it here too). */
export function jointOf(ctx: HandlerContext, caseId: number, whole: number): Output<'joint.get'> {
  const rows = ctx.repos.joint.forCase(caseId);
  const split = jointSplit(whole, rows);
  return {
    caseId,
    participants: rows.map((r, i) => ({ ...r, shareNok: split.others[i]! })),
    whole,
    own: split.own,
    ownPct: split.ownPct,
    over: split.over,
    officeLeads: !rows.some((r) => r.lead),
  };
}

/**
 * A participant as added or corrected, against the case's others: not the
 * office itself, not one already there, one leader only, and the shares no
 * more than the case's whole value. Refused on the field, in the caller's language.
 */
function checkParticipant(
  ctx: HandlerContext,
  whole: number,
  others: readonly ParticipantRow[],
  p: JointParticipantFields,
): void {
  const own = normaliseOrgnr(ctx.repos.settings.get(ORGANISATION_ORGNR) ?? '');
  if (own && p.orgnr === own) throw fieldError('participant.orgnr', 'jointOwnOrgnr');
  if (others.some((r) => r.orgnr === p.orgnr)) throw fieldError('participant.orgnr', 'jointDuplicate');
  const leader = others.find((r) => r.lead);
  if (p.lead && leader) throw fieldError('participant.lead', 'jointLeadTaken', { name: leader.name });
  const split = jointSplit(whole, [...others, p]);
  if (split.over > 0) {
    const sum = split.others.reduce((a, b) => a + b, 0);
    throw fieldError('participant.share', 'jointSharesOver', {
      sum: formatNok(sum, ctx.locale),
      whole: formatNok(whole, ctx.locale),
    });
  }
}

export const jointMethods = {
  'joint.get': reads(office)((q: ParsedInput<'joint.get'>, ctx: HandlerContext): Output<'joint.get'> => {
    const kase = caseDetail(ctx, q.caseId);
    return jointOf(ctx, q.caseId, kase.estimatedValue);
  }),
  'joint.add': writes(
    buyers,
    recordsItself('case'),
  )((q: ParsedInput<'joint.add'>, ctx: HandlerContext): Output<'joint.add'> => {
    const p = q.participant;
    const whole = ctx.tx(() => {
      const kase = writableCase(ctx, q.caseId);
      checkParticipant(ctx, kase.estimatedValue, ctx.repos.joint.forCase(q.caseId), p);
      ctx.repos.joint.insert(q.caseId, p);
      ctx.audit.record('case', q.caseId, [
        { field: 'participant', before: null, after: { ...p, shareNok: shareNok(p, kase.estimatedValue) } },
      ]);
      return kase.estimatedValue;
    });
    return jointOf(ctx, q.caseId, whole);
  }),
  'joint.update': writes(
    buyers,
    recordsItself('case'),
  )((q: ParsedInput<'joint.update'>, ctx: HandlerContext): Output<'joint.update'> => {
    const p = q.participant;
    const { caseId, whole } = ctx.tx(() => {
      const row = ctx.repos.joint.get(q.id);
      if (!row) throw new AppError('not_found', 'notFound', { what: `#${q.id}` });
      const { id: _id, caseId: _c, ...before } = row;
      if ((Object.keys(q.was) as (keyof typeof q.was)[]).some((k) => q.was[k] !== before[k]))
        throw new AppError('conflict', 'staleParticipant');
      const kase = writableCase(ctx, row.caseId);
      const others = ctx.repos.joint.forCase(row.caseId).filter((r) => r.id !== q.id);
      checkParticipant(ctx, kase.estimatedValue, others, p);
      ctx.repos.joint.update(q.id, p);
      ctx.audit.record('case', row.caseId, [
        {
          field: 'participant',
          before: { ...before, shareNok: shareNok(before, kase.estimatedValue) },
          after: { ...p, shareNok: shareNok(p, kase.estimatedValue) },
        },
      ]);
      return { caseId: row.caseId, whole: kase.estimatedValue };
    });
    return jointOf(ctx, caseId, whole);
  }),
  'joint.remove': writes(
    buyers,
    recordsItself('case'),
  )((q: ParsedInput<'joint.remove'>, ctx: HandlerContext): Output<'joint.remove'> => {
    const row = ctx.repos.joint.get(q.id);
    if (!row) throw new AppError('not_found', 'notFound', { what: `#${q.id}` });
    const whole = ctx.tx(() => {
      const kase = writableCase(ctx, row.caseId);
      ctx.repos.joint.remove(q.id);
      const { id: _id, caseId: _c, ...before } = row;
      ctx.audit.record('case', row.caseId, [{ field: 'participant', before, after: null }]);
      return kase.estimatedValue;
    });
    return jointOf(ctx, row.caseId, whole);
  }),
};
