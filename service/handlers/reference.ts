import { formatCpv, kindDefs, phaseDefs, procedureDefs, regimeDefs, themeDefs, thresholdPeriods, thresholdsChecked, type Output, type ParsedInput } from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { searchCpv } from '../reference/cpv.js';

export function getReference(): Output<'reference.get'> {
  return {
    phases: phaseDefs.map((p) => ({ ...p })),
    procedures: procedureDefs.map((p) => ({ ...p })),
    kinds: kindDefs.map((k) => ({ ...k })),
    themes: themeDefs.map((t) => ({ ...t })),
    regimes: regimeDefs.map((r) => ({ ...r, allowed: [...r.allowed] })),
    thresholds: thresholdPeriods.map((t) => ({ ...t, eea: { ...t.eea } })),
    thresholdsChecked: { ...thresholdsChecked },
  };
}

export function searchCpvCodes(q: ParsedInput<'reference.cpv'>, ctx: HandlerContext): Output<'reference.cpv'> {
  return searchCpv(q.q, ctx.locale, q.limit).map((e) => ({ code: e.code, check: e.check, label: `${formatCpv(e.code, e.check)} ${e[ctx.locale]}`, kind: e.kind }));
}
