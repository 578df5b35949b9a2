import { protocolItemDefs, REASONED_PROCEDURES, type ProtocolItem } from '../reference/protocol.js';
import { phaseDef, phaseIndex, type Phase } from '../reference/phases.js';
import type { Procedure } from '../reference/procedures.js';
import type { Regime } from '../reference/regimes.js';
import type { ProtocolFields } from '../schemas/protocol.js';

export interface ProtocolFacts {
  regime: Regime | null;
  procedure: Procedure | null;
  phase: Phase;
  /** The case has a contract (the winner is known). */
  awarded: boolean;
  /** The note of the cancellation event, when cancelled. */
  cancellationReason: string | null;
  /** The case has reached the notice or further. */
  competitionStarted: boolean;
  fields: ProtocolFields;
}

const filled = (s: string) => s.trim().length > 0;

/** Whether each item is recorded, from the protocol's own entries and the case. */
function done(item: ProtocolItem, f: ProtocolFacts): boolean {
  const p = f.fields;
  switch (item) {
    case 'buyer':
    case 'subject':
    case 'value':
      return true;
    case 'procedure':
      return f.procedure !== null;
    case 'lotsReason':
      return filled(p.lotsReason);
    case 'procedureReason':
      return filled(p.procedureReason);
    case 'participants':
      return p.participants.length > 0;
    case 'rejections':
      return p.participants.every((x) => !x.rejected || filled(x.rejectionReason));
    case 'winner':
      return f.awarded;
    case 'awardReason':
      return filled(p.awardReason);
    case 'subcontractors':
      return filled(p.subcontractors);
    case 'conflicts':
      return filled(p.conflictsOfInterest);
    case 'cancellation':
      return f.cancellationReason !== null && filled(f.cancellationReason);
  }
}

/**
 * The protocol's checklist for a case: each item, whether the case's
 * regime and stage require it, and whether it is recorded. A protocol is
 * final only when nothing required is missing.
 */
export function protocolChecklist(f: ProtocolFacts): { item: ProtocolItem; required: boolean; done: boolean }[] {
  // No thresholds registered for the case's date: the part cannot be told, so
  // the protocol asks for everything part III would rather than nothing.
  const regime = f.regime ?? 'partIII';
  const cancelled = f.phase === 'avlyst';
  const due = {
    always: true,
    competition: f.competitionStarted || phaseDef(f.phase).stage === 'followup',
    decided: f.awarded || (!cancelled && phaseIndex(f.phase) >= phaseIndex('tildeling')),
    awarded: f.awarded,
    cancelled,
    reasonedProcedure: f.procedure !== null && REASONED_PROCEDURES.includes(f.procedure),
  };
  return protocolItemDefs.map((d) => ({
    item: d.code,
    required: (d.regimes as readonly string[]).includes(regime) && due[d.when],
    done: done(d.code, f),
  }));
}

export const missingItems = (list: ReturnType<typeof protocolChecklist>) => list.filter((i) => i.required && !i.done).map((i) => i.item);
