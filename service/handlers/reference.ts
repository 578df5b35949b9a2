import {
  formatCpv,
  groundDefs,
  kindDefs,
  phaseDefs,
  procedureDefs,
  regimeDefs,
  themeDefs,
  thresholdsChecked,
  type Output,
  type ParsedInput,
} from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { anyone, reads } from '../registry.js';
import { searchCpv } from '../reference/cpv.js';
import { thresholdTableFor } from './thresholds.js';

function getReference(ctx: HandlerContext): Output<'reference.get'> {
  return {
    phases: phaseDefs.map((p) => ({ ...p })),
    procedures: procedureDefs.map((p) => ({ ...p })),
    kinds: kindDefs.map((k) => ({ ...k })),
    themes: themeDefs.map((t) => ({ ...t })),
    regimes: regimeDefs.map((r) => ({ ...r, free: [...r.free], grounded: { ...r.grounded } })),
    grounds: groundDefs.map((g) => ({ ...g, ref: { ...g.ref } })),
    thresholds: thresholdTableFor(ctx).map((t) => ({ ...t, eea: { ...t.eea }, source: { ...t.source } })),
    thresholdsChecked: { ...thresholdsChecked },
  };
}

function searchCpvCodes(q: ParsedInput<'reference.cpv'>, ctx: HandlerContext): Output<'reference.cpv'> {
  return searchCpv(q.q, ctx.locale, q.limit).map((e) => ({
    code: e.code,
    check: e.check,
    label: `${formatCpv(e.code, e.check)} ${e[ctx.locale]}`,
    kind: e.kind,
  }));
}

export const referenceMethods = {
  'reference.get': reads(anyone)((_: ParsedInput<'reference.get'>, ctx: HandlerContext) => getReference(ctx)),
  'reference.cpv': reads(anyone)(searchCpvCodes),
};
