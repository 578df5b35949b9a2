import {
  AppError,
  contractStatus,
  currentEnd,
  formatDate,
  formatNok,
  spendAgainst,
  t,
  usedShare,
  type CallOffFields,
  type Output,
  type ParsedInput,
} from '../../core/index.js';
import type { ContractRow } from '../../db/index.js';
import type { HandlerContext } from '../context.js';
import { ALL_CONTRACTS, contractDetail, type AttentionFilter } from './contracts.js';
import { fieldError } from './fieldError.js';
import { buyers, byInputId, byOutputId, office, reads, recorded, writes } from '../registry.js';

// Framework agreements and their call-offs (core/reference/frameworks.ts):
// a contract's terms as a framework, each call-off counted against its
// maximum, and every framework's spend for Frister. Recorded on the
// contract: its snapshot (contractDetail) holds the terms and call-offs.

function loadContract(ctx: HandlerContext, id: number): ContractRow {
  const row = ctx.repos.contracts.get(id);
  if (!row)
    throw new AppError('not_found', 'notFound', { what: t('recordName', ctx.locale, { record: 'contract', id }) });
  return row;
}

function loadCallOff(ctx: HandlerContext, id: number) {
  const row = ctx.repos.frameworks.callOff(id);
  if (!row)
    throw new AppError('not_found', 'notFound', { what: t('recordName', ctx.locale, { record: 'callOff', id }) });
  return row;
}

/** The contract a call-off belongs to (the audit trail's record for its writes); null when it is gone. */
const contractOfCallOff = (i: Record<string, unknown>, ctx: HandlerContext): number | null =>
  ctx.repos.frameworks.callOff(i.id as number)?.contractId ?? null;

/**
 * A call-off checked against its framework: the framework's supplier, its
 * period (start to current end, options exercised), its terms' way of
 * calling off, and a mini-competition's record. A direct call-off keeps no
 * mini-competition fields.
 */
export function checkedCallOff(ctx: HandlerContext, row: ContractRow, f: CallOffFields): CallOffFields {
  const terms = ctx.repos.frameworks.terms(row.id);
  if (!terms) throw new AppError('conflict', 'notAFramework');
  if (row.terminatedDate && f.date > row.terminatedDate) throw new AppError('conflict', 'contractTerminated');
  if (!ctx.repos.contracts.suppliersOf(row.id).some((s) => s.id === f.supplierId))
    throw fieldError('supplierId', 'callOffSupplierNotParty');
  const end = currentEnd({ ...row, options: ctx.repos.contracts.options(row.id) });
  if (f.date < row.startDate || f.date > end)
    throw fieldError('date', 'callOffOutsidePeriod', {
      start: formatDate(row.startDate, ctx.locale),
      end: formatDate(end, ctx.locale),
    });
  if (f.date > ctx.today) throw fieldError('date', 'transition_dateInFuture');
  if (f.method === 'mini_competition') {
    if (terms.callOff === 'ranked') throw fieldError('method', 'callOffNotMini');
    if (!f.invitationDate) throw fieldError('invitationDate', 'callOffNeedsInvitation');
    if (f.invitationDate > f.date) throw fieldError('invitationDate', 'endBeforeStart');
    if (!f.tenderCount) throw fieldError('tenderCount', 'callOffNeedsTenders');
    if (!f.awardReason.trim()) throw fieldError('awardReason', 'callOffNeedsReason');
    return f;
  }
  if (terms.callOff === 'mini_competition') throw fieldError('method', 'callOffNotDirect');
  return { ...f, invitationDate: null, tenderCount: null, awardReason: '' };
}

/**
 * A framework whose maximum is reached is in principle used up
 * (core/reference/frameworks.ts): a new call-off is refused unless it names
 * the lawful change of the framework it rests on. A corrected one is judged
 * as if it were new: by the spend of the others (`without`, its stored value
 * and quantity).
 */
export function refuseIfReached(
  ctx: HandlerContext,
  contractId: number,
  overMaximumReason = '',
  without: { value: number; quantity: number | null } = { value: 0, quantity: null },
): void {
  if (overMaximumReason.trim()) return;
  const terms = ctx.repos.frameworks.terms(contractId)!;
  const all = ctx.repos.frameworks.totalOf(contractId);
  const so = { total: all.total - without.value, quantity: all.quantity - (without.quantity ?? 0) };
  if (spendAgainst(terms, so.total, so.quantity).level !== 'reached') return;
  const max =
    terms.maxValue !== null && so.total >= terms.maxValue
      ? formatNok(terms.maxValue, ctx.locale)
      : `${terms.maxQuantity} ${terms.quantityUnit}`.trim();
  throw fieldError('overMaximumReason', 'frameworkMaximumReached', { max });
}

export const frameworkMethods = {
  'contracts.setFramework': writes(
    buyers,
    recorded('contract', { before: byInputId, after: byOutputId }),
  )((q: ParsedInput<'contracts.setFramework'>, ctx: HandlerContext): Output<'contracts.setFramework'> => {
    ctx.tx(() => {
      const row = loadContract(ctx, q.id);
      if (row.terminatedDate) throw new AppError('conflict', 'contractTerminated');
      if (row.version !== q.version) throw new AppError('conflict', 'staleContract');
      const f = q.framework;
      if (f === null) {
        const n = ctx.repos.frameworks.callOffCount(q.id);
        if (n > 0) throw new AppError('conflict', 'frameworkHasCallOffs', { n });
      } else {
        if (f.maxValue === null && f.maxQuantity === null)
          throw fieldError('framework.maxValue', 'frameworkNeedsMaximum');
        const n = ctx.repos.contracts.suppliersOf(q.id).length;
        if (f.suppliers === 'single' && n > 1) throw fieldError('framework.suppliers', 'frameworkSingleHasMany', { n });
        if (f.suppliers === 'single' && f.callOff !== 'ranked')
          throw fieldError('framework.callOff', 'frameworkSingleNoMini');
      }
      if (!ctx.repos.contracts.touch(q.id, q.version)) throw new AppError('conflict', 'staleContract');
      if (f === null) ctx.repos.frameworks.removeTerms(q.id);
      else ctx.repos.frameworks.setTerms(q.id, f);
    });
    return contractDetail(ctx, q.id);
  }),

  'contracts.addCallOff': writes(
    buyers,
    recorded('contract', { before: (i) => i.contractId as number, after: byOutputId }),
  )((q: ParsedInput<'contracts.addCallOff'>, ctx: HandlerContext): Output<'contracts.addCallOff'> => {
    const { contractId, ...fields } = q;
    ctx.tx(() => {
      const row = loadContract(ctx, contractId);
      const f = checkedCallOff(ctx, row, fields);
      refuseIfReached(ctx, contractId, f.overMaximumReason);
      ctx.repos.frameworks.addCallOff(contractId, f);
    });
    return contractDetail(ctx, contractId);
  }),

  'contracts.updateCallOff': writes(
    buyers,
    recorded('contract', { before: contractOfCallOff, after: byOutputId }),
  )((q: ParsedInput<'contracts.updateCallOff'>, ctx: HandlerContext): Output<'contracts.updateCallOff'> => {
    const { id, version, ...fields } = q;
    const contractId = ctx.tx(() => {
      const stored = loadCallOff(ctx, id);
      if (stored.version !== version) throw new AppError('conflict', 'staleCallOff');
      const f = checkedCallOff(ctx, loadContract(ctx, stored.contractId), fields);
      // Raising a call-off's value past a used-up maximum is a call-off past it too.
      if (f.value > stored.value || (f.quantity ?? 0) > (stored.quantity ?? 0))
        refuseIfReached(ctx, stored.contractId, f.overMaximumReason, stored);
      if (!ctx.repos.frameworks.updateCallOff(id, version, f)) throw new AppError('conflict', 'staleCallOff');
      return stored.contractId;
    });
    return contractDetail(ctx, contractId);
  }),

  'contracts.deleteCallOff': writes(
    buyers,
    recorded('contract', { before: contractOfCallOff, after: byOutputId }),
  )((q: ParsedInput<'contracts.deleteCallOff'>, ctx: HandlerContext): Output<'contracts.deleteCallOff'> => {
    const contractId = ctx.tx(() => {
      const stored = loadCallOff(ctx, q.id);
      if (!ctx.repos.frameworks.deleteCallOff(q.id, q.version)) throw new AppError('conflict', 'staleCallOff');
      return stored.contractId;
    });
    return contractDetail(ctx, contractId);
  }),

  'contracts.frameworkSpend': reads(office)(
    (q: ParsedInput<'contracts.frameworkSpend'>, ctx: HandlerContext): Output<'contracts.frameworkSpend'> =>
      frameworkSpendRows(ctx, { buyer: q.buyer ?? null, department: q.department ?? null }, q.minLevel),
  ),
};

/**
 * Every live framework's spend against its maximum (the sums from SQL, one
 * aggregate), highest share first; with `minLevel` warning, only those at
 * 80 % or more. Filtered as Frister filters contracts.
 */
export function frameworkSpendRows(
  ctx: HandlerContext,
  filter: AttentionFilter = ALL_CONTRACTS,
  minLevel: 'none' | 'warning' = 'none',
): Output<'contracts.frameworkSpend'> {
  const totals = ctx.repos.frameworks.allTotals();
  if (totals.length === 0) return [];
  const options = ctx.repos.contracts.allOptions();
  const out: Output<'contracts.frameworkSpend'> = [];
  for (const r of totals) {
    if (filter.buyer !== null && r.caseBuyer !== filter.buyer && r.owner !== filter.buyer) continue;
    if (filter.department !== null && r.caseDepartment !== filter.department) continue;
    const d = { ...r, options: options.get(r.contractId) ?? [] };
    if (!['active', 'not_started'].includes(contractStatus(d, ctx.today))) continue;
    const s = spendAgainst(r, r.total, r.quantity);
    if (minLevel === 'warning' && s.level === 'none') continue;
    out.push({
      contractId: r.contractId,
      contractTitle: r.title,
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      owner: r.owner,
      maxValue: r.maxValue,
      maxQuantity: r.maxQuantity,
      total: r.total,
      quantity: r.quantity,
      ...s,
      currentEnd: currentEnd(d),
    });
  }
  return out.sort((a, b) => usedShare(b) - usedShare(a) || a.contractId - b.contractId);
}
