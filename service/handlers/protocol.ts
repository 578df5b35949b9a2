import {
  AppError,
  changedFields,
  missingItems,
  protocolChecklist,
  codeName,
  formatDate,
  groundDef,
  PRE_COMPETITION_FORMS,
  PROTOCOL_SECTION,
  THRESHOLD_NOTE_CODES,
  protocolItemDefs,
  ProtocolFieldsSchema,
  RESULT_NOTICE,
  resultNoticeDue,
  resultNoticeRequired,
  minimumStandstillDays,
  periodEnd,
  STANDSTILL,
  standstillEnd,
  standstillExceptionDefs,
  standstillExceptionsFor,
  type Locale,
  type Output,
  type ParsedInput,
  type Procedure,
  type Regime,
} from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { caseDetail, writableCase } from './cases.js';
import { fieldError } from './fieldError.js';
import { noticesOf } from './notices.js';
import { jointOf } from './joint.js';
import { complaintsOf } from './complaints.js';
import { caseContracts } from './contracts.js';
import { actorName, ORGANISATION_NAME, ORGANISATION_ORGNR, RETENTION_PLAN } from '../reads/settings.js';
import { buyers, office, reads, recordsItself, writes } from '../registry.js';

const EMPTY = ProtocolFieldsSchema.parse({});

/** An exception from the standstill the case's part does not give is refused (saved, it would let the contract be signed at once). */
function checkException(
  regime: Regime | null,
  procedure: string | null,
  exception: string | null,
  path: string,
  locale: Locale,
): void {
  if (!exception) return;
  const allowed = standstillExceptionsFor(regime, procedure);
  if (allowed.some((d) => d.code === exception)) return;
  throw fieldError(path, exception === 'noPriorNotice' ? 'exceptionNeedsNoNotice' : 'exceptionNotInPart', {
    basis: STANDSTILL[regime ?? 'partIII']?.basis ?? '',
    allowed: allowed.map((d) => codeName(standstillExceptionDefs, d.code, locale)).join('; ') || '–',
  });
}

/**
 * A standstill shorter than the part allows is refused, whether given as a
 * length on the award or as an end date in the protocol: the contract could
 * otherwise be signed early on the register's word.
 */
function checkStandstillLength(
  regime: Regime | null,
  noticeDate: string | null,
  byPost: boolean,
  given: { days: number | null; end: string | null },
  path: string,
  locale: Locale,
): void {
  const min = minimumStandstillDays(regime, byPost);
  if (min === null || !noticeDate) return;
  const basis = STANDSTILL[regime ?? 'partIII']?.basis ?? '';
  const earliest = periodEnd(noticeDate, min);
  if ((given.days !== null && given.days < min) || (given.end !== null && given.end < earliest))
    throw fieldError(path, byPost ? 'standstillTooShortByPost' : 'standstillTooShort', {
      min,
      basis,
      earliest: formatDate(earliest, locale),
    });
}

/** The whole protocol of a case: its own entries, what the case already records, and the checklist for its regime (a bundle's import checks it too). */
export function protocolOf(caseId: number, ctx: HandlerContext): Output<'protocol.get'> {
  const kase = caseDetail(ctx, caseId);
  const row = ctx.repos.protocols.get(caseId);
  const fields = row?.fields ?? EMPTY;
  const contracts = caseContracts(ctx, caseId);
  const cancel = kase.phase === 'avlyst' ? (kase.timeline.at(-1)?.note ?? '') : null;
  const grounded = kase.groundedProcedures.some((g) => g.procedure === kase.procedure);
  const activities = ctx.repos.dialogues.forCase(caseId);
  const ground = kase.procedureGround ? groundDef(kase.procedureGround) : undefined;
  const regime = kase.regime as Regime | null;
  const notices = noticesOf(ctx, caseId);
  const items = protocolChecklist({
    regime,
    procedure: kase.procedure as Procedure | null,
    phase: kase.phase,
    awarded: contracts.length > 0,
    cancellationReason: cancel,
    competitionStarted: kase.timeline.some((e) => e.phase === 'kunngjoring'),
    grounded,
    groundRecorded:
      ground !== undefined &&
      (!grounded || kase.groundedProcedures.find((g) => g.procedure === kase.procedure)!.set === ground.set),
    groundExplained: kase.procedureGroundNote.trim().length > 0,
    hasRounds: activities.some((a) => a.form === 'dialogrunde'),
    hasMarketDialogue: activities.some((a) => PRE_COMPETITION_FORMS.includes(a.form)),
    fields,
  });
  const marketDialogueSuppliers = [
    ...new Set(
      activities
        .filter((a) => PRE_COMPETITION_FORMS.includes(a.form))
        .flatMap((a) =>
          ctx.repos.dialogues
            .participants(a.id)
            .filter((p) => p.attended || p.invited)
            .map((p) => p.name),
        ),
    ),
  ].sort();
  return {
    caseId,
    caseNumber: kase.caseNumber,
    title: kase.title,
    description: kase.description,
    department: kase.department,
    buyer: kase.buyer,
    organisation: {
      name: ctx.repos.settings.get(ORGANISATION_NAME) ?? '',
      orgnr: ctx.repos.settings.get(ORGANISATION_ORGNR) ?? '',
    },
    estimatedValue: kase.estimatedValue,
    kind: kase.kind,
    procedure: kase.procedure,
    regime: kase.regime,
    phase: kase.phase,
    cpvLabel: kase.cpvLabel,
    timeline: kase.timeline.map((e) => ({ phase: e.phase, date: e.date, note: e.note })),
    dialogue: kase.activities.map((a) => ({ date: a.date, form: a.form, title: a.title })),
    contracts: contracts.map((c) => ({
      title: c.title,
      suppliers: c.suppliers.map((s) => ({ name: s.name, orgnr: s.orgnr })),
      value: c.value,
      startDate: c.startDate,
      endDate: c.endDate,
      latestEnd: c.latestEnd,
      signedDate: c.signedDate,
    })),
    cancellationReason: cancel,
    section: PROTOCOL_SECTION[regime ?? 'partIII'],
    ground: ground
      ? { ref: `FOA ${ground.ref[ctx.locale]}`, text: ground[ctx.locale], note: kase.procedureGroundNote }
      : null,
    marketDialogueSuppliers,
    retentionPlan: ctx.repos.settings.get(RETENTION_PLAN) ?? '',
    ruleNotes: kase.warnings
      .filter((w) => (THRESHOLD_NOTE_CODES as readonly string[]).includes(w.code))
      .map((w) => w.message),
    fields,
    version: row?.version ?? 0,
    items,
    missing: missingItems(items),
    required: kase.regime !== 'under100k',
    finalisedAt: row?.finalisedAt ?? null,
    finalisedBy: row?.finalisedBy ?? null,
    award: awardOf(regime, kase.procedure, fields, contracts, notices),
    notices,
    joint: ((j) => (j.participants.length ? j : null))(jointOf(ctx, caseId, kase.estimatedValue)),
    complaints: complaintsOf(ctx, caseId).map(({ caseId: _c, answer: _a, ...x }) => x),
  };
}

/** The standstill the case's part sets, its end as recorded, and when the award notice is due after the first signing. */
function awardOf(
  regime: Regime | null,
  procedure: string | null,
  fields: Output<'protocol.get'>['fields'],
  contracts: readonly { signedDate: string | null }[],
  notices: Output<'protocol.get'>['notices'],
): Output<'protocol.get'>['award'] {
  const part = regime ?? 'partIII';
  const signed = contracts
    .map((c) => c.signedDate)
    .filter((d): d is string => d !== null)
    .sort()[0];
  return {
    rule: STANDSTILL[part],
    standstillEnd: fields.standstillException ? null : fields.standstillEndDate,
    resultNoticeDue: resultNoticeDue(regime, signed ?? null, procedure, fields.standstillException),
    resultNoticeBasis: resultNoticeRequired(regime, procedure, fields.standstillException)
      ? (RESULT_NOTICE[part]?.basis ?? null)
      : null,
    resultNoticeDays: RESULT_NOTICE[part]?.days ?? null,
    resultNoticeRef: notices.find((n) => n.kind === 'award')?.ref ?? '',
  };
}

const by = actorName;

export const protocolMethods = {
  'protocol.get': reads(office, { pages: ['main', 'print'] })(
    (q: ParsedInput<'protocol.get'>, ctx: HandlerContext): Output<'protocol.get'> => {
      return protocolOf(q.caseId, ctx);
    },
  ),
  'protocol.save': writes(
    buyers,
    recordsItself('case'),
  )((q: ParsedInput<'protocol.save'>, ctx: HandlerContext): Output<'protocol.save'> => {
    const { caseId, version, ...fields } = q;
    ctx.tx(() => {
      const kase = caseDetail(ctx, caseId);
      checkException(
        kase.regime as Regime | null,
        kase.procedure,
        fields.standstillException,
        'standstillException',
        ctx.locale,
      );
      if (!fields.standstillException)
        checkStandstillLength(
          kase.regime as Regime | null,
          fields.awardNoticeDate,
          fields.awardNoticeByPost || fields.electronicException,
          { days: null, end: fields.standstillEndDate },
          'standstillEndDate',
          ctx.locale,
        );
      const before = ctx.repos.protocols.get(caseId);
      if (!ctx.repos.protocols.save(caseId, version, fields)) throw new AppError('conflict', 'staleProtocol');
      // The protocol is part of the case's record: its changes are in the case's history.
      const changes = changedFields(before ? { ...before.fields } : { ...EMPTY }, { ...fields }).map((c) => ({
        ...c,
        field: `protocol.${c.field}`,
      }));
      if (changes.length) ctx.audit.record('case', caseId, changes);
    });
    return protocolOf(caseId, ctx);
  }),
  'protocol.recordAward': writes(
    buyers,
    recordsItself('case'),
  )((q: ParsedInput<'protocol.recordAward'>, ctx: HandlerContext): Output<'protocol.recordAward'> => {
    const { caseId, version } = q;
    ctx.tx(() => {
      const kase = writableCase(ctx, caseId);
      if (q.exception && !q.exceptionNote.trim()) throw fieldError('exceptionNote', 'exceptionNeedsNote');
      const regime = kase.regime as Regime | null;
      checkException(regime, kase.procedure, q.exception, 'exception', ctx.locale);
      const before = ctx.repos.protocols.get(caseId);
      const old = before?.fields ?? EMPTY;
      // An exception from electronic communication recorded in the protocol means the longer minimum (§ 25-2 (1), § 30-9 (1)).
      const byPost = q.byPost || old.electronicException;
      if (!q.exception)
        checkStandstillLength(regime, q.noticeDate, byPost, { days: q.days, end: null }, 'days', ctx.locale);
      const fields = {
        ...old,
        awardNoticeDate: q.noticeDate,
        awardNoticeTo: q.told,
        awardReason: q.reasons.trim() ? q.reasons : old.awardReason,
        standstillException: q.exception,
        standstillNone: q.exception ? q.exceptionNote : '',
        standstillDays: q.exception ? null : q.days,
        awardNoticeByPost: byPost,
        standstillEndDate: standstillEnd({
          regime,
          noticeDate: q.noticeDate,
          exception: q.exception,
          days: q.days,
          byPost,
        }),
      };
      if (!ctx.repos.protocols.save(caseId, version, fields)) throw new AppError('conflict', 'staleProtocol');
      const changes = changedFields({ ...old }, { ...fields }).map((c) => ({ ...c, field: `protocol.${c.field}` }));
      if (changes.length) ctx.audit.record('case', caseId, changes);
    });
    return protocolOf(caseId, ctx);
  }),
  'protocol.finalise': writes(
    buyers,
    recordsItself('case'),
  )((q: ParsedInput<'protocol.finalise'>, ctx: HandlerContext): Output<'protocol.finalise'> => {
    ctx.tx(() => {
      const p = protocolOf(q.caseId, ctx);
      if (p.version === 0) throw new AppError('invalid_input', 'protocolNotSaved');
      if (p.missing.length) {
        const items = p.missing.map((m) => codeName(protocolItemDefs, m, ctx.locale)).join('; ');
        throw new AppError('invalid_input', 'protocolMissing', { items });
      }
      if (!ctx.repos.protocols.finalise(q.caseId, q.version, by(ctx))) throw new AppError('conflict', 'staleProtocol');
      ctx.audit.record('case', q.caseId, [{ field: 'protocol.final', before: false, after: true }]);
    });
    return protocolOf(q.caseId, ctx);
  }),
};
