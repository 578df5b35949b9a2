import {
  addDays,
  AppError,
  formatDate,
  PRE_COMPETITION_FORMS,
  ROUND_PROCEDURES,
  t,
  type DialogueFields,
  type Output,
  type ParsedInput,
} from '../../core/index.js';
import type { DialogueRow, ItemRow } from '../../db/index.js';
import type { HandlerContext } from '../context.js';
import { caseNotFound, fieldError } from './fieldError.js';
import { guarded, type Redactions, type View } from './publicView.js';
import { buyers, byInputId, byOutputId, office, reads, recorded, writes } from '../registry.js';

function loadDialogue(ctx: HandlerContext, id: number, path?: string): DialogueRow {
  const row = ctx.repos.dialogues.get(id);
  if (!row) {
    const what = t('recordName', ctx.locale, { record: 'dialogue', id });
    if (path) throw fieldError(path, 'notFound', { what });
    throw new AppError('not_found', 'notFound', { what });
  }
  return row;
}

function loadItem(ctx: HandlerContext, id: number): ItemRow {
  const row = ctx.repos.dialogues.getItem(id);
  if (!row)
    throw new AppError('not_found', 'notFound', { what: t('recordName', ctx.locale, { record: 'question', id }) });
  return row;
}

function assertCaseOpen(ctx: HandlerContext, caseId: number, path: string) {
  const c = ctx.repos.cases.get(caseId);
  if (!c) throw caseNotFound(ctx.locale, caseId, path);
  if (c.archived) throw fieldError(path, 'dialogueOnArchived');
  return c;
}

function toItem(r: ItemRow, view: View, path: string, redactions: Redactions): Output<'dialogues.addItem'> {
  return {
    id: r.id,
    dialogueId: r.dialogueId,
    askedBy: r.askedBy,
    askedByName: r.askedByName,
    question: r.question,
    answer: guarded(r.answer, r.answerConfidential, view, `${path}.answer`, redactions),
    answeredDate: r.answeredDate,
    answerConfidential: r.answerConfidential,
    shared: r.sharedDate !== null,
    sharedDate: r.sharedDate,
    sharedHow: r.sharedHow,
    version: r.version,
  };
}

export function dialogueDetail(ctx: HandlerContext, id: number, view: View = 'internal'): Output<'dialogues.get'> {
  const d = loadDialogue(ctx, id);
  const redactions: Redactions = [];
  return {
    id: d.id,
    caseId: d.caseId,
    caseNumber: d.caseNumber,
    caseTitle: d.caseTitle,
    form: d.form,
    status: d.status,
    date: d.date,
    time: d.time,
    title: d.title,
    agenda: d.agenda,
    minutes: guarded(d.minutes, d.minutesConfidential, view, 'minutes', redactions),
    minutesConfidential: d.minutesConfidential,
    outcome: guarded(d.outcome, d.outcomeConfidential, view, 'outcome', redactions),
    outcomeConfidential: d.outcomeConfidential,
    participants: d.participants,
    round: d.round,
    // What a participant revealed in a round is confidential by nature (FOA § 23-10 (2), § 7-4).
    roundRevealed: guarded(d.roundRevealed, d.roundRevealed ? 'foa_7_4' : null, view, 'roundRevealed', redactions),
    roundConsentScope: d.roundConsentScope,
    roundConsentDate: d.roundConsentDate,
    suppliers: ctx.repos.dialogues.participants(id),
    items: ctx.repos.dialogues.itemsOf(id).map((r, i) => toItem(r, view, `items.${i}`, redactions)),
    version: d.version,
    redactions,
  };
}

/** The rules an activity must meet beyond its schema: a live case, known suppliers, and for a dialogue round the competitive-dialogue rules. */
function checkActivity(
  ctx: HandlerContext,
  caseId: number,
  given: Omit<DialogueFields, 'caseId'>,
  selfId?: number,
): Omit<DialogueFields, 'caseId'> {
  const c = assertCaseOpen(ctx, caseId, 'caseId');
  if (given.status === null && given.date > ctx.today && given.minutes.trim())
    throw fieldError('date', 'transition_dateInFuture');
  // Where an activity stands: one not given a status is planned when ahead, else held.
  const f = { ...given, status: given.status ?? (given.date > ctx.today ? 'planned' : 'held') };
  if (f.status === 'held' && f.date > ctx.today) throw fieldError('date', 'dialogueHeldInFuture');
  if (f.status !== 'held' && f.minutes.trim()) throw fieldError('minutes', 'dialogueMinutesNotHeld');
  const attended = f.suppliers.findIndex((p) => p.attended);
  if (f.status !== 'held' && attended >= 0)
    throw fieldError(`suppliers.${attended}.attended`, 'dialogueAttendedNotHeld');
  f.suppliers.forEach((p, i) => {
    const s = ctx.repos.suppliers.get(p.supplierId);
    if (!s || s.mergedInto !== null)
      throw fieldError(`suppliers.${i}.supplierId`, 'supplierUnknown', { id: p.supplierId });
  });
  if (f.form !== 'dialogrunde')
    return { ...f, round: null, roundRevealed: '', roundConsentScope: '', roundConsentDate: null };
  if (!c.procedure || !ROUND_PROCEDURES.includes(c.procedure)) throw fieldError('form', 'roundNeedsDialogueProcedure');
  // A consent covers particular information (§ 23-10 (2) second sentence): what, and when.
  if (f.roundConsentDate && !f.roundConsentScope.trim()) throw fieldError('roundConsentScope', 'consentNeedsScope');
  if (f.roundConsentScope.trim() && !f.roundConsentDate) throw fieldError('roundConsentDate', 'consentNeedsDate');
  if (f.round === null) throw fieldError('round', 'roundNeedsNumber');
  if (f.suppliers.length !== 1) throw fieldError('suppliers', 'roundOneSupplier');
  if (!ctx.repos.dialogues.prequalified(caseId).some((p) => p.supplierId === f.suppliers[0]!.supplierId))
    throw fieldError('suppliers.0.supplierId', 'roundNotPrequalified');
  const closing = ctx.repos.dialogues.closing(caseId);
  if (closing && f.date > closing.closedDate && selfId === undefined)
    throw fieldError('date', 'dialogueClosed', { date: formatDate(closing.closedDate, ctx.locale) });
  return f;
}

function checkItem(
  ctx: HandlerContext,
  d: DialogueRow,
  f: { askedBy: number | null; answer: string; answeredDate: string | null },
) {
  assertCaseOpen(ctx, d.caseId, 'dialogueId');
  if (f.askedBy !== null && !ctx.repos.dialogues.participants(d.id).some((p) => p.supplierId === f.askedBy))
    throw fieldError('askedBy', 'askedByNotParticipant');
  const answered = f.answer.trim().length > 0;
  if (answered && !f.answeredDate) throw fieldError('answeredDate', 'answerNeedsDate');
  if (!answered && f.answeredDate) throw fieldError('answer', 'answerDateNeedsAnswer');
  if (f.answeredDate && f.answeredDate < d.date)
    throw fieldError('answeredDate', 'answerBeforeActivity', { date: formatDate(d.date, ctx.locale) });
  if (f.answeredDate && f.answeredDate > ctx.today) throw fieldError('answeredDate', 'transition_dateInFuture');
}

// The dialogue activity an item belongs to: the record its write changes.
const itemDialogue = (i: Record<string, unknown>, ctx: HandlerContext) =>
  ctx.repos.dialogues.getItem(i.id as number)?.dialogueId ?? null;
const byOutputDialogue = ({ output }: { output: Record<string, unknown> }) => output.dialogueId as number;

export const dialogueMethods = {
  'dialogues.forCase': reads(office)(
    (q: ParsedInput<'dialogues.forCase'>, ctx: HandlerContext): Output<'dialogues.forCase'> => {
      if (!ctx.repos.cases.get(q.caseId)) throw caseNotFound(ctx.locale, q.caseId);
      return {
        activities: ctx.repos.dialogues.forCase(q.caseId).map((d) => dialogueDetail(ctx, d.id, q.view)),
        unsharedItems: ctx.repos.dialogues.unsharedCount(q.caseId),
      };
    },
  ),

  'dialogues.list': reads(office)((q: ParsedInput<'dialogues.list'>, ctx: HandlerContext): Output<'dialogues.list'> => {
    return ctx.repos.dialogues.forCase(q.caseId);
  }),

  'dialogues.get': reads(office)((q: ParsedInput<'dialogues.get'>, ctx: HandlerContext): Output<'dialogues.get'> => {
    return dialogueDetail(ctx, q.id, q.view);
  }),

  'dialogues.create': writes(
    buyers,
    recorded('dialogue', { after: byOutputId }),
  )((f: ParsedInput<'dialogues.create'>, ctx: HandlerContext): Output<'dialogues.create'> => {
    const id = ctx.tx(() => ctx.repos.dialogues.insert({ ...checkActivity(ctx, f.caseId, f), caseId: f.caseId }));
    return dialogueDetail(ctx, id);
  }),

  'dialogues.update': writes(
    buyers,
    recorded('dialogue', { before: byInputId, after: byOutputId }),
  )((input: ParsedInput<'dialogues.update'>, ctx: HandlerContext): Output<'dialogues.update'> => {
    const { id, version, ...f } = input;
    ctx.tx(() => {
      const d = loadDialogue(ctx, id);
      if (d.version !== version) throw new AppError('conflict', 'staleDialogue');
      if (!ctx.repos.dialogues.update(id, version, checkActivity(ctx, d.caseId, f, id)))
        throw new AppError('conflict', 'staleDialogue');
    });
    return dialogueDetail(ctx, id);
  }),

  'dialogues.addItem': writes(
    buyers,
    recorded('dialogue', { before: (i) => i.dialogueId as number, after: byOutputDialogue }),
  )((f: ParsedInput<'dialogues.addItem'>, ctx: HandlerContext): Output<'dialogues.addItem'> => {
    const id = ctx.tx(() => {
      const d = loadDialogue(ctx, f.dialogueId, 'dialogueId');
      checkItem(ctx, d, f);
      return ctx.repos.dialogues.insertItem(d.id, f);
    });
    return toItem(loadItem(ctx, id), 'internal', '', []);
  }),

  'dialogues.updateItem': writes(
    buyers,
    recorded('dialogue', { before: itemDialogue, after: byOutputDialogue }),
  )((input: ParsedInput<'dialogues.updateItem'>, ctx: HandlerContext): Output<'dialogues.updateItem'> => {
    const { id, version, ...f } = input;
    ctx.tx(() => {
      const item = loadItem(ctx, id);
      if (item.version !== version) throw new AppError('conflict', 'staleDialogueItem');
      checkItem(ctx, loadDialogue(ctx, item.dialogueId), f);
      if (!ctx.repos.dialogues.updateItem(id, version, f)) throw new AppError('conflict', 'staleDialogueItem');
      // A changed question or answer is new information: what was shared before no longer covers it.
      if (item.sharedDate && (item.answer !== f.answer || item.question !== f.question))
        ctx.repos.dialogues.unshareItem(id);
    });
    return toItem(loadItem(ctx, id), 'internal', '', []);
  }),

  'dialogues.shareItem': writes(
    buyers,
    recorded('dialogue', { before: itemDialogue, after: byOutputDialogue }),
  )((input: ParsedInput<'dialogues.shareItem'>, ctx: HandlerContext): Output<'dialogues.shareItem'> => {
    ctx.tx(() => {
      const item = loadItem(ctx, input.id);
      assertCaseOpen(ctx, item.caseId, 'id');
      if (item.version !== input.version) throw new AppError('conflict', 'staleDialogueItem');
      if (item.sharedDate)
        throw new AppError('conflict', 'alreadyShared', { date: formatDate(item.sharedDate, ctx.locale) });
      if (!PRE_COMPETITION_FORMS.includes(item.dialogueForm)) throw new AppError('conflict', 'roundItemNotShared');
      if (!item.answer.trim() || !item.answeredDate) throw fieldError('sharedDate', 'shareBeforeAnswer');
      if (input.sharedDate < item.answeredDate)
        throw fieldError('sharedDate', 'shareBeforeAnswerDate', { date: formatDate(item.answeredDate, ctx.locale) });
      if (input.sharedDate > ctx.today) throw fieldError('sharedDate', 'transition_dateInFuture');
      if (!ctx.repos.dialogues.shareItem(input.id, input.version, input.sharedDate, input.how))
        throw new AppError('conflict', 'staleDialogueItem');
    });
    return toItem(loadItem(ctx, input.id), 'internal', '', []);
  }),

  'dialogues.overview': reads(office)(
    (q: ParsedInput<'dialogues.overview'>, ctx: HandlerContext): Output<'dialogues.overview'> => {
      return ctx.repos.dialogues.overview(ctx.today, addDays(ctx.today, -q.days));
    },
  ),

  'dialogues.search': reads(office, { internalOnly: true })(
    (q: ParsedInput<'dialogues.search'>, ctx: HandlerContext): Output<'dialogues.search'> => {
      return ctx.repos.dialogues.search(q.q, { caseId: q.caseId, supplierId: q.supplierId, limit: q.limit });
    },
  ),
};
