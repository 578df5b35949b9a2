import {
  addDays,
  daysBetween,
  isAwarded,
  isNormPhase,
  OVERVIEW_HORIZON_MONTHS,
  phaseDef,
  quarterOf,
  resultNoticeDue,
  urgency,
  type Regime,
  type Output,
  type ParsedInput,
} from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { actorName, phaseNorms } from '../reads/settings.js';
import { office, reads } from '../registry.js';
import { caseRegime } from './cases.js';
import { thresholdTableFor } from './thresholds.js';
import { contractDeadlines, contractsWithoutRiskAssessment, type AttentionFilter } from './contracts.js';

type Row = Output<'overview.get'>['rows'][number];
type ContractRow = ReturnType<typeof contractsWithoutRiskAssessment>[number];

/** What a row about a contract says of where it belongs: its case, buyer, department and the contract. */
const contractRow = (k: ContractRow) => ({
  caseId: k.caseId,
  caseNumber: k.caseNumber,
  caseTitle: k.caseTitle,
  buyer: k.caseBuyer,
  department: k.caseDepartment,
  contractId: k.id,
  contractTitle: k.title,
  phase: k.casePhase,
  n: null,
  norm: null,
});

/**
 * "Min oversikt": what needs a buyer's attention, each row one thing to do
 * with its date. Contracts' deadlines come from the same read as "Frister"
 * (contractDeadlines); the rest from the cases under way, their protocols
 * and their market dialogue. Sorted by date, those with none last.
 */
export function overview(ctx: HandlerContext, filter: AttentionFilter): Row[] {
  const today = ctx.today;
  const rows: Row[] = [];
  const at = (date: string | null) => urgency(date, today);

  // Contracts: options, expiries and controls within the horizon (overdue ones always); covered contracts with no risk assessment.
  for (const { deadline: d, contract: k } of contractDeadlines(ctx, today, OVERVIEW_HORIZON_MONTHS, filter)) {
    rows.push({ ...contractRow(k), kind: d.kind, date: d.date, urgency: at(d.date), optionSeq: d.optionSeq ?? null });
  }
  for (const k of contractsWithoutRiskAssessment(ctx, filter)) {
    rows.push({
      ...contractRow(k),
      kind: 'riskAssessment',
      date: k.startDate,
      urgency: at(k.startDate),
      optionSeq: null,
    });
  }

  // Cases under way.
  const cases = ctx.repos.cases.underWay(filter);
  const unshared = ctx.repos.dialogues.unsharedCounts();
  const protocols = ctx.repos.protocols.states();
  const awardPublished = ctx.repos.notices.awardPublished();
  const toAnswer = new Map<number, string>();
  for (const x of ctx.repos.complaints.open())
    if (x.kind !== 'injunction' && x.answerDue && (!toAnswer.has(x.caseId) || x.answerDue < toAnswer.get(x.caseId)!))
      toAnswer.set(x.caseId, x.answerDue);
  const norms = phaseNorms(ctx);
  const quarter = quarterOf(today);
  const thresholds = thresholdTableFor(ctx);
  // Signed contracts by case (any contract of the case, whoever owns it: the protocol is the case's).
  const signed = new Map<number, string>();
  for (const k of ctx.repos.contracts.list())
    if (k.signedDate && (!signed.has(k.caseId) || k.signedDate < signed.get(k.caseId)!))
      signed.set(k.caseId, k.signedDate);

  for (const c of cases) {
    const base = {
      caseId: c.id,
      caseNumber: c.caseNumber,
      caseTitle: c.title,
      buyer: c.buyer,
      department: c.department,
      contractId: null,
      contractTitle: null,
      optionSeq: null,
      phase: c.phase,
      n: null,
      norm: null,
    };
    const stage = phaseDef(c.phase).stage;
    const protocol = protocols.get(c.id);
    // A notice planned this quarter, or earlier and not yet published.
    if (stage === 'planning' && c.plannedNoticeDate && c.plannedNoticeDate <= quarter.to)
      rows.push({ ...base, kind: 'notice', date: c.plannedNoticeDate, urgency: at(c.plannedNoticeDate) });
    // Answers from the market dialogue to share with all before the competition (the notice, if planned, is when).
    const n = unshared.get(c.id) ?? 0;
    if (stage === 'planning' && n > 0)
      rows.push({ ...base, kind: 'unshared', date: c.plannedNoticeDate, urgency: at(c.plannedNoticeDate), n });
    // Announced, tenders not yet in: the tender deadline as planned (the notice states it; questions and their answers run until then).
    if (c.phase === 'kunngjoring' && c.plannedTenderDeadline)
      rows.push({ ...base, kind: 'tender', date: c.plannedTenderDeadline, urgency: at(c.plannedTenderDeadline) });
    // In the competition, before the award: the award planned.
    if (stage === 'competition' && !isAwarded(c.phase) && c.plannedAwardDate)
      rows.push({ ...base, kind: 'award', date: c.plannedAwardDate, urgency: at(c.plannedAwardDate) });
    // Awarded, not yet signed: the standstill's end, where the protocol records it.
    if (isAwarded(c.phase) && !signed.has(c.id) && stage === 'competition' && protocol?.standstillEndDate)
      rows.push({
        ...base,
        kind: 'standstill',
        date: protocol.standstillEndDate,
        urgency: at(protocol.standstillEndDate),
      });
    // A complaint to answer: the earliest answer date of the case's open complaints.
    const answerDue = toAnswer.get(c.id);
    if (answerDue) rows.push({ ...base, kind: 'complaint', date: answerDue, urgency: at(answerDue) });
    const signedDate = signed.get(c.id);
    // Signed after a recorded award: the contract award notice is due within its deadline until its number is recorded (the part decides whether one is required).
    if (signedDate && protocol && !awardPublished.has(c.id)) {
      const due = resultNoticeDue(
        caseRegime(ctx, c.id, thresholds) as Regime | null,
        signedDate,
        ctx.repos.cases.get(c.id)?.procedure ?? null,
        protocol.standstillException,
      );
      if (due) rows.push({ ...base, kind: 'resultNotice', date: due, urgency: at(due) });
    }
    // A signed contract and a protocol not finalised: due from the signing.
    if (signedDate && !protocol?.finalisedAt)
      rows.push({ ...base, kind: 'protocol', date: signedDate, urgency: at(signedDate) });
    // Longer in the phase than the office's norm.
    if (isNormPhase(c.phase)) {
      const due = addDays(c.phaseSince, norms[c.phase]);
      if (due < today)
        rows.push({
          ...base,
          kind: 'stalled',
          date: due,
          urgency: 'overdue',
          n: daysBetween(c.phaseSince, today),
          norm: norms[c.phase],
        });
    }
  }
  const key = (r: Row) => r.date ?? '9999-12-31';
  return rows.sort((a, b) =>
    key(a) < key(b)
      ? -1
      : key(a) > key(b)
        ? 1
        : a.caseNumber < b.caseNumber
          ? -1
          : a.caseNumber > b.caseNumber
            ? 1
            : (a.contractId ?? 0) - (b.contractId ?? 0),
  );
}

/** The award's deadlines for "Frister": standstills ending and contract award notices due, of every case under way (by buyer and department). */
export function awardDeadlines(ctx: HandlerContext, filter: AttentionFilter): Row[] {
  return overview(ctx, filter).filter(
    (r) => r.kind === 'standstill' || r.kind === 'resultNotice' || r.kind === 'complaint',
  );
}

export const overviewMethods = {
  'overview.awardDeadlines': reads(office)(
    (q: ParsedInput<'overview.awardDeadlines'>, ctx: HandlerContext): Output<'overview.awardDeadlines'> =>
      awardDeadlines(ctx, { buyer: q.buyer ?? null, department: q.department ?? null }),
  ),
  'overview.get': reads(office)((q: ParsedInput<'overview.get'>, ctx: HandlerContext): Output<'overview.get'> => {
    const me = actorName(ctx);
    const filter = { buyer: q.buyer === undefined ? me : q.buyer, department: q.department ?? null };
    return { ...filter, me, rows: overview(ctx, filter) };
  }),
};
