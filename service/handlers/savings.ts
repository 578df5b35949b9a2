import {
  casesHandledIn,
  saving,
  savingsSentence,
  savingsTotals,
  type CaseForTotals,
  type Output,
  type ParsedInput,
} from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { caseNotFound } from './fieldError.js';
import { buyers, byCaseId, byInputCaseId, office, reads, recorded, writes } from '../registry.js';

/** A case's savings as its page shows them (the case's audit snapshot reads them too). */
export function savingsView(ctx: HandlerContext, caseId: number): Output<'savings.get'> {
  if (!ctx.repos.cases.get(caseId)) throw caseNotFound(ctx.locale, caseId);
  const s = ctx.repos.savings.get(caseId);
  return {
    caseId,
    saving: s
      ? {
          baselineKind: s.baselineKind,
          baselineValue: s.baselineValue,
          awardedValue: s.awardedValue,
          periodMonths: s.periodMonths,
          note: s.note,
          ...saving(s),
        }
      : null,
    realised: ctx.repos.savings.realised(caseId),
    awardYear: ctx.repos.savings.awardYear(caseId),
    benefits: ctx.repos.savings.benefits(caseId),
  };
}

export const savingsMethods = {
  'savings.get': reads(office)((q: ParsedInput<'savings.get'>, ctx: HandlerContext): Output<'savings.get'> => {
    return savingsView(ctx, q.caseId);
  }),

  'savings.set': writes(
    buyers,
    recorded('case', { before: byCaseId, after: byInputCaseId }),
  )((q: ParsedInput<'savings.set'>, ctx: HandlerContext): Output<'savings.set'> => {
    ctx.tx(() => {
      const c = ctx.repos.cases.get(q.caseId);
      if (!c) throw caseNotFound(ctx.locale, q.caseId, 'caseId');
      ctx.repos.savings.set(q);
      ctx.repos.goals.refreshCase(q.caseId);
    });
    return savingsView(ctx, q.caseId);
  }),

  'savings.setRealised': writes(
    buyers,
    recorded('case', { before: byCaseId, after: byInputCaseId }),
  )((q: ParsedInput<'savings.setRealised'>, ctx: HandlerContext): Output<'savings.setRealised'> => {
    ctx.tx(() => {
      if (!ctx.repos.cases.get(q.caseId)) throw caseNotFound(ctx.locale, q.caseId, 'caseId');
      ctx.repos.savings.setRealised(q.caseId, q.year, q.amount, q.note);
    });
    return savingsView(ctx, q.caseId);
  }),

  'savings.setBenefit': writes(
    buyers,
    recorded('case', { before: byCaseId, after: byInputCaseId }),
  )((q: ParsedInput<'savings.setBenefit'>, ctx: HandlerContext): Output<'savings.setBenefit'> => {
    ctx.tx(() => {
      if (!ctx.repos.cases.get(q.caseId)) throw caseNotFound(ctx.locale, q.caseId, 'caseId');
      ctx.repos.savings.setBenefit(q.caseId, q.theme, q.text);
    });
    return savingsView(ctx, q.caseId);
  }),

  'savings.totals': reads(office)((q: ParsedInput<'savings.totals'>, ctx: HandlerContext): Output<'savings.totals'> => {
    const to = q.toYear ?? Number(ctx.today.slice(0, 4));
    const years = Array.from({ length: q.years }, (_, i) => to - q.years + 1 + i);
    const { handled, awarded, realised } = ctx.repos.savings.totalsInput(years[0]!, to);
    const byCase = new Map<number, CaseForTotals>();
    const get = (id: number) => {
      let c = byCase.get(id);
      if (!c) byCase.set(id, (c = { handledYears: [], awardYear: null, saving: null, realised: [] }));
      return c;
    };
    for (const h of handled) get(h.caseId).handledYears = h.years.split(',').map(Number);
    for (const a of awarded)
      Object.assign(get(a.caseId), {
        awardYear: a.awardDate ? Number(a.awardDate.slice(0, 4)) : null,
        awardDate: a.awardDate,
        saving: a,
      });
    for (const r of realised) (get(r.caseId).realised as { year: number; amount: number }[]).push(r);
    const list = savingsTotals([...byCase.values()], years);
    return {
      years: list,
      casesHandled: casesHandledIn([...byCase.values()], years),
      sentence: savingsSentence(list, ctx.locale),
    };
  }),
};
