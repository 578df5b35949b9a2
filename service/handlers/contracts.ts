import {
  signedAfterStandstill,
  INTENTION_WAIT,
  intentionWaitEnd,
  type Regime,
  AppError,
  contractStatus,
  currentEnd,
  deadlines,
  formatDate,
  nextDeadlines,
  type Deadline,
  latestEnd,
  optionPeriodStart,
  periodEndBefore,
  apprenticeScope,
  payConditionsScope,
  t,
  isAwarded,
  urgency,
  type Output,
  type ParsedInput,
} from '../../core/index.js';
import type { ContractRow, FollowupRow, OptionRow } from '../../db/index.js';
import type { HandlerContext } from '../context.js';
import { caseRegime } from './cases.js';
import { caseNotFound, fieldError } from './fieldError.js';
import { frameworkView } from './frameworkView.js';
import { buyers, byInputId, byOutputId, office, reads, recorded, writes } from '../registry.js';

function load(ctx: HandlerContext, id: number): ContractRow {
  const row = ctx.repos.contracts.get(id);
  if (!row)
    throw new AppError('not_found', 'notFound', { what: t('recordName', ctx.locale, { record: 'contract', id }) });
  return row;
}

/** The next pay-and-conditions control that is planned and not yet done. */
function controlDue(followups: readonly Pick<FollowupRow, 'kind' | 'date' | 'nextControlDue'>[]): string | null {
  const lastRisk = [...followups].reverse().find((f) => f.kind === 'risk_assessment' && f.nextControlDue);
  if (!lastRisk) return null;
  const controlledSince = followups.some((f) => f.kind === 'control' && f.date >= lastRisk.date);
  return controlledSince ? null : lastRisk.nextControlDue;
}

function dates(ctx: HandlerContext, row: ContractRow) {
  const options = ctx.repos.contracts.options(row.id);
  const followups = ctx.repos.contracts.followups(row.id);
  const d = { startDate: row.startDate, endDate: row.endDate, terminatedDate: row.terminatedDate, options };
  return { options, followups, d, controlDue: controlDue(followups) };
}

export function contractDetail(ctx: HandlerContext, id: number): Output<'contracts.get'> {
  const row = load(ctx, id);
  const { options, followups, d, controlDue: due } = dates(ctx, row);
  const pay = payConditionsScope({ kind: row.caseKind, value: row.value, sector: row.paySector });
  const apprentices = apprenticeScope({
    kind: row.caseKind,
    value: row.value,
    startDate: row.startDate,
    endDate: row.endDate,
  });
  const framework = frameworkView(ctx, {
    id: row.id,
    caseId: row.caseId,
    startDate: row.startDate,
    latestEnd: latestEnd(d),
  });
  return {
    id: row.id,
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    caseTitle: row.caseTitle,
    title: row.title,
    suppliers: ctx.repos.contracts.suppliersOf(id),
    value: row.value,
    signedDate: row.signedDate,
    startDate: row.startDate,
    endDate: row.endDate,
    noticeMonths: row.noticeMonths,
    owner: row.owner,
    administrator: row.administrator,
    options: options.map(({ contractId: _c, ...o }) => o),
    currentEnd: currentEnd(d),
    latestEnd: latestEnd(d),
    status: contractStatus(d, ctx.today),
    terminatedDate: row.terminatedDate,
    terminationReason: row.terminationReason,
    paySector: row.paySector,
    payConditionsCovered: pay.applies === true,
    payConditionsScope: { applies: pay.applies, why: pay.applies === true ? null : pay.why },
    apprenticeScope: { applies: apprentices.applies, why: apprentices.applies ? null : apprentices.why },
    apprenticeDecision: row.apprenticeDecision,
    apprenticeNote: row.apprenticeNote,
    warnings: [
      ...(pay.applies === null ? [{ code: 'paySectorMissing', message: t('paySectorMissing', ctx.locale) }] : []),
      ...(apprentices.applies && !row.apprenticeDecision
        ? [{ code: 'apprenticeDecisionMissing', message: t('apprenticeDecisionMissing', ctx.locale) }]
        : []),
    ],
    controlDue: due,
    followups: followups.map(({ contractId: _c, ...f }) => f),
    framework,
    version: row.version,
  };
}

/** Contracts as the lists show them: all, or those of one case or supplier (a supplier's page reads them too). */
export function contractSummaries(
  ctx: HandlerContext,
  filter: { caseId?: number; supplierId?: number },
): Output<'contracts.list'> {
  return ctx.repos.contracts.list(filter).map((row) => {
    const { d } = dates(ctx, row);
    return {
      id: row.id,
      caseId: row.caseId,
      caseNumber: row.caseNumber,
      title: row.title,
      value: row.value,
      startDate: row.startDate,
      currentEnd: currentEnd(d),
      latestEnd: latestEnd(d),
      status: contractStatus(d, ctx.today),
      owner: row.owner,
      suppliers: ctx.repos.contracts.suppliersOf(row.id).map((s) => s.name),
    };
  });
}

/** Every contract of a case in full, as its page shows it (the protocol and the OCDS export read them). */
export function caseContracts(ctx: HandlerContext, caseId: number): Output<'contracts.get'>[] {
  return contractSummaries(ctx, { caseId }).map((c) => contractDetail(ctx, c.id));
}

function checkSuppliers(ctx: HandlerContext, ids: readonly number[]): void {
  ids.forEach((id, i) => {
    const s = ctx.repos.suppliers.get(id);
    if (!s || s.mergedInto !== null) throw fieldError(`supplierIds.${i}`, 'supplierUnknown', { id });
  });
}

/**
 * A contract may be signed only after the standstill of its case's award
 * (FOA § 10-2 (1), § 25-2 (1), § 30-9 (1); the end as recorded with the award, core/rules/standstill.ts),
 * unless an exception from the standstill is recorded.
 */
function checkStandstill(ctx: HandlerContext, caseId: number, signedDate: string | null): void {
  if (!signedDate) return;
  const injunction = ctx.repos.complaints.forCase(caseId).find((x) => x.kind === 'injunction' && !x.closedDate);
  if (injunction) throw fieldError('signedDate', 'signedUnderInjunction', { supplier: injunction.supplier });
  const f = ctx.repos.protocols.get(caseId)?.fields;
  const end = f && !f.standstillException ? f.standstillEndDate : null;
  if (!signedAfterStandstill(signedDate, end))
    throw fieldError('signedDate', 'signedInStandstill', { end: formatDate(end!, ctx.locale) });
  // After an intention notice: ten days in which a request for an injunction suspends the signing.
  const regime = caseRegime(ctx, caseId) as Regime | null;
  const intention = ctx.repos.notices
    .forCase(caseId)
    .filter((n) => n.kind === 'intention')
    .map((n) => intentionWaitEnd(regime, n.date))
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  if (intention && signedDate <= intention)
    throw fieldError('signedDate', 'signedInIntentionWait', {
      end: formatDate(intention, ctx.locale),
      basis: INTENTION_WAIT[regime ?? 'partIII']!.basis,
    });
}

function checkPeriod(start: string, end: string): void {
  if (end < start) throw fieldError('endDate', 'endBeforeStart');
}

/** Each option must be decided by the end of the period it would extend (creation and correction alike; `skip`: options kept as decided). */
function checkOptions(
  ctx: HandlerContext,
  endDate: string,
  options: readonly { lengthMonths: number; decideBy: string }[],
  skip: (seq: number) => boolean = () => false,
): void {
  options.forEach((o, i) => {
    const seq = i + 1;
    const end = periodEndBefore(endDate, options, seq);
    if (!skip(seq) && o.decideBy > end)
      throw fieldError(`options.${i}.decideBy`, 'optionDecideAfterEnd', { seq, date: formatDate(end, ctx.locale) });
  });
}

/**
 * The options a correction gives, against those stored: a decided option
 * must come back as it is (its length and decide-by date are what was
 * decided on) and cannot be left out; the open ones are replaced.
 */
function checkDecidedKept(
  stored: readonly OptionRow[],
  given: readonly { lengthMonths: number; decideBy: string }[],
): void {
  for (const o of stored) {
    if (o.status === 'open') continue;
    const g = given[o.seq - 1];
    const i = Math.min(o.seq, given.length + 1) - 1;
    if (!g) throw fieldError(i < given.length ? `options.${i}` : 'options', 'optionDecidedLocked', { seq: o.seq });
    if (g.lengthMonths !== o.lengthMonths)
      throw fieldError(`options.${o.seq - 1}.lengthMonths`, 'optionDecidedLocked', { seq: o.seq });
    if (g.decideBy !== o.decideBy)
      throw fieldError(`options.${o.seq - 1}.decideBy`, 'optionDecidedLocked', { seq: o.seq });
  }
}

function assertWritable(ctx: HandlerContext, row: ContractRow, version: number): void {
  if (row.terminatedDate) throw new AppError('conflict', 'contractTerminated');
  if (row.version !== version) throw new AppError('conflict', 'staleContract');
  if (!ctx.repos.contracts.touch(row.id, version)) throw new AppError('conflict', 'staleContract');
}

export const contractMethods = {
  'contracts.list': reads(office)((q: ParsedInput<'contracts.list'>, ctx: HandlerContext): Output<'contracts.list'> => {
    return contractSummaries(ctx, q);
  }),

  'contracts.get': reads(office)((q: ParsedInput<'contracts.get'>, ctx: HandlerContext): Output<'contracts.get'> => {
    return contractDetail(ctx, q.id);
  }),

  'contracts.create': writes(
    buyers,
    recorded('contract', { after: byOutputId }),
  )((f: ParsedInput<'contracts.create'>, ctx: HandlerContext): Output<'contracts.create'> => {
    const id = ctx.tx(() => {
      const c = ctx.repos.cases.get(f.caseId);
      if (!c) throw caseNotFound(ctx.locale, f.caseId, 'caseId');
      if (c.archived) throw fieldError('caseId', 'dialogueOnArchived');
      // A contract comes out of an award: the case must have reached tildeling (and not be cancelled).
      if (!isAwarded(c.phase)) throw fieldError('caseId', 'contractNeedsAward');
      checkSuppliers(ctx, f.supplierIds);
      checkPeriod(f.startDate, f.endDate);
      checkStandstill(ctx, f.caseId, f.signedDate);
      checkOptions(ctx, f.endDate, f.options);
      const id = ctx.repos.contracts.insert(f);
      ctx.repos.goals.refreshContract(id);
      return id;
    });
    return contractDetail(ctx, id);
  }),

  'contracts.update': writes(
    buyers,
    recorded('contract', { before: byInputId, after: byOutputId }),
  )((input: ParsedInput<'contracts.update'>, ctx: HandlerContext): Output<'contracts.update'> => {
    const { id, version, options, ...f } = input;
    ctx.tx(() => {
      const row = load(ctx, id);
      if (row.terminatedDate) throw new AppError('conflict', 'contractTerminated');
      if (row.version !== version) throw new AppError('conflict', 'staleContract');
      checkSuppliers(ctx, f.supplierIds);
      checkPeriod(f.startDate, f.endDate);
      if (f.signedDate !== row.signedDate) checkStandstill(ctx, row.caseId, f.signedDate);
      if (options) {
        const stored = ctx.repos.contracts.options(id);
        checkDecidedKept(stored, options);
        checkOptions(ctx, f.endDate, options, (seq) => stored.some((o) => o.seq === seq && o.status !== 'open'));
      }
      if (!ctx.repos.contracts.update(id, version, f)) throw new AppError('conflict', 'staleContract');
      if (options) ctx.repos.contracts.replaceOpenOptions(id, options);
      ctx.repos.goals.refreshContract(id);
    });
    return contractDetail(ctx, id);
  }),

  'contracts.decideOption': writes(
    buyers,
    recorded('contract', { before: byInputId, after: byOutputId }),
  )((q: ParsedInput<'contracts.decideOption'>, ctx: HandlerContext): Output<'contracts.decideOption'> => {
    ctx.tx(() => {
      const row = load(ctx, q.id);
      const options = ctx.repos.contracts.options(q.id);
      const o = options.find((x) => x.seq === q.seq);
      if (!o) throw fieldError('seq', 'optionUnknown', { seq: q.seq });
      if (o.status !== 'open') throw fieldError('seq', 'optionDecided', { seq: q.seq });
      const earlier = options.filter((x) => x.seq < q.seq);
      const pending = earlier.find((x) => x.status === 'open');
      if (pending) throw fieldError('seq', 'optionOutOfOrder', { seq: q.seq, first: pending.seq });
      if (q.decision === 'exercised' && earlier.some((x) => x.status === 'declined'))
        throw fieldError('seq', 'optionAfterDecline', { seq: q.seq });
      if (q.date > ctx.today) throw fieldError('date', 'optionDateInFuture', { seq: q.seq });
      assertWritable(ctx, row, q.version);
      ctx.repos.contracts.decideOption(q.id, q.seq, q.decision, q.date);
      // Declining one option lets the later ones lapse: they extend a period that will not come.
      if (q.decision === 'declined')
        for (const x of options.filter((x) => x.seq > q.seq && x.status === 'open'))
          ctx.repos.contracts.decideOption(q.id, x.seq, 'declined', q.date);
      ctx.repos.goals.refreshContract(q.id);
    });
    return contractDetail(ctx, q.id);
  }),

  'contracts.undoOptionDecision': writes(
    buyers,
    recorded('contract', { before: byInputId, after: byOutputId, reason: (i) => i.reason as string }),
  )((q: ParsedInput<'contracts.undoOptionDecision'>, ctx: HandlerContext): Output<'contracts.undoOptionDecision'> => {
    ctx.tx(() => {
      const row = load(ctx, q.id);
      const options = ctx.repos.contracts.options(q.id);
      const o = options.find((x) => x.seq === q.seq);
      if (!o) throw fieldError('seq', 'optionUnknown', { seq: q.seq });
      if (o.status === 'open') throw fieldError('seq', 'optionNotDecided', { seq: q.seq });
      // A later option decided on its own stands on this one: undo that first. Those that lapsed with a decline come back with it.
      const later = options.filter((x) => x.seq > q.seq && x.status !== 'open');
      const first = later.find((x) => x.status === 'declined') ?? later.at(-1);
      if (o.status === 'exercised' && first)
        throw fieldError('seq', 'optionLaterDecided', { seq: q.seq, later: first.seq });
      const start = optionPeriodStart(row.endDate, options, q.seq);
      if (ctx.today >= start)
        throw fieldError('seq', 'optionPeriodStarted', { seq: q.seq, date: formatDate(start, ctx.locale) });
      assertWritable(ctx, row, q.version);
      ctx.repos.contracts.reopenOption(q.id, q.seq);
      if (o.status === 'declined') for (const x of later) ctx.repos.contracts.reopenOption(q.id, x.seq);
      ctx.repos.goals.refreshContract(q.id);
    });
    return contractDetail(ctx, q.id);
  }),

  'contracts.terminate': writes(
    buyers,
    recorded('contract', { before: byInputId, after: byOutputId }),
  )((q: ParsedInput<'contracts.terminate'>, ctx: HandlerContext): Output<'contracts.terminate'> => {
    ctx.tx(() => {
      const row = load(ctx, q.id);
      if (q.date < row.startDate) throw fieldError('date', 'endBeforeStart');
      assertWritable(ctx, row, q.version);
      ctx.repos.contracts.terminate(q.id, q.date, q.reason);
      ctx.repos.goals.refreshContract(q.id);
    });
    return contractDetail(ctx, q.id);
  }),

  'contracts.addFollowup': writes(
    buyers,
    recorded('contract', { before: (i) => i.contractId as number, after: byOutputId }),
  )((f: ParsedInput<'contracts.addFollowup'>, ctx: HandlerContext): Output<'contracts.addFollowup'> => {
    ctx.tx(() => {
      const row = load(ctx, f.contractId);
      if (row.terminatedDate && f.date > row.terminatedDate) throw new AppError('conflict', 'contractTerminated');
      if (f.kind === 'risk_assessment' && !f.riskLevel) throw fieldError('riskLevel', 'riskNeedsLevel');
      if (f.kind === 'control' && !f.findings.trim()) throw fieldError('findings', 'controlNeedsFindings');
      if (f.kind === 'sanction' && !f.sanction) throw fieldError('sanction', 'sanctionNeedsType');
      if (f.date > ctx.today && f.kind !== 'status_meeting') throw fieldError('date', 'transition_dateInFuture');
      const { contractId, ...rest } = f;
      ctx.repos.contracts.addFollowup(contractId, {
        ...rest,
        riskLevel: f.kind === 'risk_assessment' ? f.riskLevel : null,
        nextControlDue: f.kind === 'risk_assessment' ? f.nextControlDue : null,
        sanction: f.kind === 'sanction' ? f.sanction : null,
        closedDate: f.kind === 'deviation' ? f.closedDate : null,
      });
      ctx.repos.goals.refreshContract(contractId);
    });
    return contractDetail(ctx, f.contractId);
  }),

  'contracts.deadlines': reads(office)(
    (q: ParsedInput<'contracts.deadlines'>, ctx: HandlerContext): Output<'contracts.deadlines'> => {
      return deadlineRows(ctx, ctx.today, q.months, { buyer: q.buyer ?? null, department: q.department ?? null });
    },
  ),

  'contracts.running': reads(office)(
    (q: ParsedInput<'contracts.running'>, ctx: HandlerContext): Output<'contracts.running'> => {
      return runningContracts(ctx, { buyer: q.buyer ?? null, department: q.department ?? null }, q.months);
    },
  ),
};

/** Whose and which department's contracts: the case's buyer or the contract's owner, the case's department (null: any). */
export interface AttentionFilter {
  buyer: string | null;
  department: string | null;
}
export const ALL_CONTRACTS: AttentionFilter = { buyer: null, department: null };

function matches(r: ContractRow, f: AttentionFilter): boolean {
  return (
    (f.buyer === null || r.caseBuyer === f.buyer || r.owner === f.buyer) &&
    (f.department === null || r.caseDepartment === f.department)
  );
}

/** The contracts a filter takes in, each with what its deadlines are computed from; options and follow-up of all contracts in two reads, not two per contract. */
function forDeadlines(ctx: HandlerContext, filter: AttentionFilter) {
  const rows = ctx.repos.contracts.list().filter((r) => matches(r, filter));
  const options = ctx.repos.contracts.allOptions();
  const followups = ctx.repos.contracts.allRiskAndControls();
  const input = rows.map((row) => ({
    id: row.id,
    startDate: row.startDate,
    endDate: row.endDate,
    terminatedDate: row.terminatedDate,
    options: options.get(row.id) ?? [],
    controlDue: controlDue(followups.get(row.id) ?? []),
  }));
  return { rows, byId: new Map(rows.map((r) => [r.id, r])), input, followups };
}

/** Options to decide, contracts expiring and controls due within `months` of `asOf` (overdue ones always), each with its contract as read. */
export function contractDeadlines(
  ctx: HandlerContext,
  asOf: string,
  months: number,
  filter: AttentionFilter = ALL_CONTRACTS,
): { deadline: Deadline; contract: ContractRow }[] {
  const { input, byId } = forDeadlines(ctx, filter);
  return deadlines(input, asOf, months).map((deadline) => ({ deadline, contract: byId.get(deadline.contractId)! }));
}

/** Options to decide, contracts expiring and controls due within `months` of `asOf`, overdue ones always; with case and owner. */
export function deadlineRows(
  ctx: HandlerContext,
  asOf: string,
  months: number,
  filter: AttentionFilter = ALL_CONTRACTS,
): Output<'contracts.deadlines'> {
  return contractDeadlines(ctx, asOf, months, filter).map(({ deadline: d, contract: r }) => ({
    kind: d.kind,
    date: d.date,
    urgency: urgency(d.date, asOf),
    contractId: d.contractId,
    contractTitle: r.title,
    caseId: r.caseId,
    caseNumber: r.caseNumber,
    owner: r.owner,
    administrator: r.administrator,
    optionSeq: d.optionSeq ?? null,
  }));
}

/**
 * Every live contract (not terminated, not expired) with its next deadline
 * however far off, soonest first, those with none last. With `months`, only
 * those with no deadline within them: Frister lists the others by deadline.
 */
export function runningContracts(
  ctx: HandlerContext,
  filter: AttentionFilter,
  months?: number,
): Output<'contracts.running'> {
  const { rows, input } = forDeadlines(ctx, filter);
  const next = nextDeadlines(input, ctx.today);
  const within = new Set(months === undefined ? [] : deadlines(input, ctx.today, months).map((d) => d.contractId));
  const live = input.filter(
    (c) => !within.has(c.id) && ['active', 'not_started'].includes(contractStatus(c, ctx.today)),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out = live.map((c) => {
    const r = byId.get(c.id)!;
    const d = next.get(c.id);
    return {
      contractId: c.id,
      contractTitle: r.title,
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      owner: r.owner,
      currentEnd: currentEnd(c),
      next: d ? { kind: d.kind, date: d.date, optionSeq: d.optionSeq ?? null } : null,
    };
  });
  const key = (x: (typeof out)[number]) => x.next?.date ?? '9999-12-31';
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.contractId - b.contractId));
}

/**
 * Live contracts the pay-and-conditions regulation covers (payConditionsScope)
 * with no risk assessment recorded yet. The regulation asks for «nødvendig
 * kontroll» adapted to the risk (FOR-2008-02-08-112 § 7); DFØ: «Som et minimum
 * forventes det at oppdragsgiver foretar en risikovurdering av alle kontrakter
 * som omfattes av forskriften» (anskaffelser.no, guidance, not law).
 */
export function contractsWithoutRiskAssessment(ctx: HandlerContext, filter: AttentionFilter): ContractRow[] {
  const { rows, input, followups } = forDeadlines(ctx, filter);
  const live = new Set(
    input.filter((c) => ['active', 'not_started'].includes(contractStatus(c, ctx.today))).map((c) => c.id),
  );
  return rows.filter(
    (r) =>
      live.has(r.id) &&
      payConditionsScope({ kind: r.caseKind, value: r.value, sector: r.paySector }).applies === true &&
      !(followups.get(r.id) ?? []).some((f) => f.kind === 'risk_assessment'),
  );
}
