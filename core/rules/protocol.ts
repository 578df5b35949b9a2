import { LIMITED_PROCEDURES, PROTOCOL_SECTION, protocolItemDefs, type ProtocolItem } from '../reference/protocol.js';
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
  /** The procedure needs a ground in its part (FOA §§ 5-2, 13-1 (3), 13-2 to 13-4), and whether the case records one and says why. */
  grounded?: boolean;
  groundRecorded?: boolean;
  groundExplained?: boolean;
  /** Dialogue or negotiation rounds were held. */
  hasRounds?: boolean;
  /** Market dialogue before the competition was held. */
  hasMarketDialogue?: boolean;
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
      return Boolean(f.groundRecorded) && (Boolean(f.groundExplained) || filled(p.procedureReason));
    case 'electronicException':
      return filled(p.electronicExceptionReason);
    case 'participants':
      // A list with a row is not enough: each supplier's role must be stated.
      return (
        p.participants.length > 0 &&
        p.participants.every((x) => x.requested || x.selected || x.tendered || x.rejected || x.eliminated || x.awarded)
      );
    case 'selectionReason':
      return filled(p.selectionReason);
    case 'rejections':
      return p.participants.every((x) => !x.rejected || filled(x.rejectionReason));
    case 'eliminations':
      return p.participants.every((x) => !x.eliminated || filled(x.eliminationReason));
    case 'dialogueLog':
      return filled(p.dialogueLog);
    case 'marketDialogue':
      return filled(p.marketDialogueMeasures);
    case 'conflicts':
      return filled(p.conflictsOfInterest);
    case 'winner':
      return f.awarded;
    case 'awardReason':
      return filled(p.awardReason);
    case 'awardNotice':
      return p.awardNoticeDate !== null && (p.standstillEndDate !== null || filled(p.standstillNone));
    case 'subcontractors':
      return filled(p.subcontractors);
    case 'cancellation':
      return f.cancellationReason !== null && filled(f.cancellationReason);
    case 'otherMatters':
      return filled(p.notes);
  }
}

/**
 * The protocol's checklist for a case: each item, whether the section its
 * part follows has it and the case makes it relevant now, and whether it is
 * recorded. A protocol is final only when nothing required is missing.
 */
export function protocolChecklist(f: ProtocolFacts): { item: ProtocolItem; required: boolean; done: boolean }[] {
  // No thresholds registered for the case's date: the part cannot be told, so
  // the protocol asks for everything part III would rather than nothing.
  const regime = f.regime ?? 'partIII';
  const section = PROTOCOL_SECTION[regime];
  const cancelled = f.phase === 'avlyst';
  const competition = f.competitionStarted || phaseDef(f.phase).stage === 'followup';
  const decided = f.awarded || (!cancelled && phaseIndex(f.phase) >= phaseIndex('tildeling'));
  const due: Record<(typeof protocolItemDefs)[number]['when'], boolean> = {
    always: true,
    competition,
    decided,
    awarded: f.awarded,
    cancelled,
    grounded: Boolean(f.grounded),
    limited: competition && f.procedure !== null && LIMITED_PROCEDURES.includes(f.procedure),
    rounds: Boolean(f.hasRounds),
    marketDialogue: Boolean(f.hasMarketDialogue),
    eliminated: f.fields.participants.some((x) => x.eliminated),
    electronic: f.fields.electronicException,
    standstill: decided,
    never: false,
  };
  return protocolItemDefs.map((d) => ({
    item: d.code,
    required: section !== null && section in d.letters && due[d.when],
    done: done(d.code, f),
  }));
}

export const missingItems = (list: ReturnType<typeof protocolChecklist>) =>
  list.filter((i) => i.required && !i.done).map((i) => i.item);
