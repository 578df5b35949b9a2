import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phaseIndex, phases, protocolChecklist, ProtocolFieldsSchema, type Phase, type ProtocolFacts } from '../../core/index.js';

const fields = ProtocolFieldsSchema.parse({});
const facts = (over: Partial<ProtocolFacts>): ProtocolFacts => ({ regime: 'partI', procedure: 'apen_tilbud', phase: 'behovsavklaring', awarded: false, cancellationReason: null, competitionStarted: false, fields, ...over });
const item = (f: ProtocolFacts, code: string) => protocolChecklist(f).find((i) => i.item === code)!;

describe('when the protocol asks for the reasons for the award', () => {
  it('from the award decision on, before any contract is signed, in every part of the regulation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...phases), fc.constantFrom('partI', 'partII', 'partIII') as fc.Arbitrary<'partI' | 'partII' | 'partIII'>, (phase: Phase, regime) => {
        const reason = item(facts({ phase, regime }), 'awardReason');
        const decided = phase !== 'avlyst' && phaseIndex(phase) >= phaseIndex('tildeling');
        expect(reason.required).toBe(decided);
      }),
    );
    // In the standstill period the reasons are due; the winner's contract is not yet.
    const standstill = facts({ phase: 'karensperiode' });
    expect(item(standstill, 'awardReason')).toMatchObject({ required: true, done: false });
    expect(item(standstill, 'winner')).toMatchObject({ required: false });
    expect(item({ ...standstill, fields: { ...fields, awardReason: 'Best forhold mellom pris og kvalitet.' } }, 'awardReason').done).toBe(true);
    // A recorded contract makes both due whatever the phase says.
    expect(item(facts({ phase: 'evaluering', awarded: true }), 'awardReason').required).toBe(true);
  });
});
