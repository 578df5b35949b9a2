import { kindDefs, phaseDefs, procedureDefs, regimeDefs, themeDefs, thresholdPeriods, type Output } from '../../core/index.js';

export function getReference(): Output<'reference.get'> {
  return {
    phases: phaseDefs.map((p) => ({ ...p })),
    procedures: procedureDefs.map((p) => ({ ...p })),
    kinds: kindDefs.map((k) => ({ ...k })),
    themes: themeDefs.map((t) => ({ ...t })),
    regimes: regimeDefs.map((r) => ({ ...r, allowed: [...r.allowed] })),
    thresholds: thresholdPeriods.map((t) => ({ ...t, eea: { ...t.eea } })),
  };
}
