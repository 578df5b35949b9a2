import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  missingItems,
  phaseIndex,
  phases,
  protocolChecklist,
  ProtocolFieldsSchema,
  protocolRef,
  PROTOCOL_SECTION,
  type Phase,
  type ProtocolFacts,
} from '../../core/index.js';

const fields = ProtocolFieldsSchema.parse({});
const facts = (over: Partial<ProtocolFacts>): ProtocolFacts => ({
  regime: 'partI',
  procedure: 'apen_tilbud',
  phase: 'behovsavklaring',
  awarded: false,
  cancellationReason: null,
  competitionStarted: false,
  fields,
  ...over,
});
const item = (f: ProtocolFacts, code: string) => protocolChecklist(f).find((i) => i.item === code)!;

describe('when the protocol asks for the reasons for the award', () => {
  it('from the award decision on, before any contract is signed, in every part of the regulation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...phases),
        fc.constantFrom('partI', 'partII', 'partIII') as fc.Arbitrary<'partI' | 'partII' | 'partIII'>,
        (phase: Phase, regime) => {
          const reason = item(facts({ phase, regime }), 'awardReason');
          const decided = phase !== 'avlyst' && phaseIndex(phase) >= phaseIndex('tildeling');
          expect(reason.required).toBe(decided);
        },
      ),
    );
    // In the standstill period the reasons are due; the winner's contract is not yet.
    const standstill = facts({ phase: 'karensperiode' });
    expect(item(standstill, 'awardReason')).toMatchObject({ required: true, done: false });
    expect(item(standstill, 'winner')).toMatchObject({ required: false });
    expect(
      item(
        { ...standstill, fields: { ...fields, awardReason: 'Best forhold mellom pris og kvalitet.' } },
        'awardReason',
      ).done,
    ).toBe(true);
    // A recorded contract makes both due whatever the phase says.
    expect(item(facts({ phase: 'evaluering', awarded: true }), 'awardReason').required).toBe(true);
  });
});

describe('the protocol by the section its part follows (FOA § 7-1, § 10-5, § 25-5)', () => {
  const required = (f: ProtocolFacts) =>
    protocolChecklist(f)
      .filter((i) => i.required)
      .map((i) => i.item);
  it('cites § 10-5 for parts II, IV and V, § 25-5 for part III, § 7-1 for part I, each item by its letter', () => {
    expect(PROTOCOL_SECTION).toMatchObject({
      partI: 'foa_7_1',
      partII: 'foa_10_5',
      partIV: 'foa_10_5',
      partV: 'foa_10_5',
      partIII: 'foa_25_5',
      under100k: null,
    });
    expect(protocolRef('lotsReason', 'foa_25_5', 'nb')).toBe('§ 25-5 annet ledd bokstav c');
    expect(protocolRef('subcontractors', 'foa_10_5', 'en')).toBe('§ 10-5 (2) l');
    expect(protocolRef('lotsReason', 'foa_10_5', 'nb')).toBe('');
  });

  it('asks why the procedure only where the law requires a ground, not everywhere', () => {
    expect(required(facts({ regime: 'partIII', procedure: 'apen_anbud' }))).not.toContain('procedureReason');
    expect(required(facts({ regime: 'partIII', procedure: 'forhandling', grounded: true }))).toContain(
      'procedureReason',
    );
    expect(required(facts({ regime: 'partI', procedure: 'direkte' }))).toEqual([
      'buyer',
      'subject',
      'value',
      'procedure',
    ]);
    const withGround = facts({
      regime: 'partIII',
      procedure: 'forhandling',
      grounded: true,
      groundRecorded: true,
      groundExplained: true,
    });
    expect(missingItems(protocolChecklist(withGround))).not.toContain('procedureReason');
  });

  it('part III asks for lots, part II does not; both ask for subcontractors once awarded', () => {
    expect(required(facts({ regime: 'partIII' }))).toContain('lotsReason');
    expect(required(facts({ regime: 'partII' }))).not.toContain('lotsReason');
    expect(required(facts({ regime: 'partII', awarded: true, phase: 'kontraktsoppfolging' }))).toContain(
      'subcontractors',
    );
  });

  it("does not take a participants list with one row as complete: each supplier's role must be stated", () => {
    const started = facts({ regime: 'partII', phase: 'evaluering', competitionStarted: true });
    const one = {
      ...fields,
      participants: [
        {
          name: 'Renhold AS',
          orgnr: '',
          requested: false,
          selected: false,
          tendered: false,
          rejected: false,
          rejectionReason: '',
          abnormallyLow: false,
          eliminated: false,
          eliminationReason: '',
          awarded: false,
        },
      ],
    };
    expect(item({ ...started, fields: one }, 'participants').done).toBe(false);
    expect(
      item(
        { ...started, fields: { ...one, participants: [{ ...one.participants[0]!, tendered: true }] } },
        'participants',
      ).done,
    ).toBe(true);
    const eliminated = { ...one, participants: [{ ...one.participants[0]!, tendered: true, eliminated: true }] };
    expect(item({ ...started, regime: 'partIII', fields: eliminated }, 'eliminations')).toMatchObject({
      required: true,
      done: false,
    });
  });

  it('asks for the selection where participants are limited, the dialogue log where rounds were held, market dialogue measures where it was held, and the award notice and standstill from the decision', () => {
    expect(required(facts({ regime: 'partIII', procedure: 'begrenset_anbud', competitionStarted: true }))).toContain(
      'selectionReason',
    );
    expect(required(facts({ regime: 'partIII', procedure: 'apen_anbud', competitionStarted: true }))).not.toContain(
      'selectionReason',
    );
    expect(required(facts({ regime: 'partII', hasRounds: true }))).toContain('dialogueLog');
    expect(required(facts({ regime: 'partII', hasMarketDialogue: true }))).toContain('marketDialogue');
    expect(required(facts({ regime: 'partII', phase: 'karensperiode' }))).toContain('awardNotice');
    expect(required(facts({ regime: 'partI', phase: 'karensperiode' }))).not.toContain('awardNotice');
    const noticed = {
      ...fields,
      awardNoticeDate: '2026-05-01',
      standstillNone: 'Bare én leverandør ga tilbud (§ 10-2 tredje ledd b).',
    };
    expect(item(facts({ regime: 'partII', phase: 'karensperiode', fields: noticed }), 'awardNotice').done).toBe(true);
  });
});
