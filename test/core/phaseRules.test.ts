import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  entersCompetition,
  isAwarded,
  phaseIndex,
  phases,
  TERMINAL_PHASES,
  transitionProblem,
  type Phase,
} from '../../core/index.js';

const phase = fc.constantFrom(...phases);
const openPhase = phase.filter((p) => !TERMINAL_PHASES.includes(p));
const TODAY = '2026-11-25';

describe('phase transitions', () => {
  it('forward moves to any later phase are allowed, skipping steps', () => {
    fc.assert(
      fc.property(openPhase, phase, fc.integer({ min: 0, max: 300 }), (from, to, back) => {
        fc.pre(to !== 'avlyst' && phaseIndex(to) > phaseIndex(from));
        const date = addDays(TODAY, -back);
        expect(
          transitionProblem({ from, to, date, note: '', lastEventDate: addDays(date, -1), today: TODAY }),
        ).toBeNull();
      }),
    );
  });

  it('moving back needs a note, and is allowed with one', () => {
    fc.assert(
      fc.property(
        openPhase,
        phase,
        fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0),
        (from, to, note) => {
          fc.pre(to !== 'avlyst' && phaseIndex(to) < phaseIndex(from));
          expect(transitionProblem({ from, to, date: TODAY, note: ' ', lastEventDate: TODAY, today: TODAY })).toBe(
            'backwardNeedsNote',
          );
          expect(transitionProblem({ from, to, date: TODAY, note, lastEventDate: TODAY, today: TODAY })).toBeNull();
        },
      ),
    );
  });

  it('cancellation is possible from any open phase, with a reason only', () => {
    fc.assert(
      fc.property(openPhase, (from) => {
        expect(
          transitionProblem({ from, to: 'avlyst', date: TODAY, note: '', lastEventDate: TODAY, today: TODAY }),
        ).toBe('cancelNeedsReason');
        expect(
          transitionProblem({
            from,
            to: 'avlyst',
            date: TODAY,
            note: 'Ingen tilbud',
            lastEventDate: TODAY,
            today: TODAY,
          }),
        ).toBeNull();
      }),
    );
  });

  it('a closed or cancelled case never moves', () => {
    fc.assert(
      fc.property(fc.constantFrom<Phase>(...TERMINAL_PHASES), phase, (from, to) => {
        fc.pre(from !== to);
        expect(transitionProblem({ from, to, date: TODAY, note: 'x', lastEventDate: TODAY, today: TODAY })).toBe(
          'fromTerminal',
        );
      }),
    );
  });

  it('dates must not go back in time or into the future', () => {
    expect(
      transitionProblem({
        from: 'behovsavklaring',
        to: 'markedsdialog',
        date: '2026-01-01',
        note: '',
        lastEventDate: '2026-02-01',
        today: TODAY,
      }),
    ).toBe('dateBeforeLastEvent');
    expect(
      transitionProblem({
        from: 'behovsavklaring',
        to: 'markedsdialog',
        date: '2026-11-26',
        note: '',
        lastEventDate: '2026-02-01',
        today: TODAY,
      }),
    ).toBe('dateInFuture');
    expect(
      transitionProblem({
        from: 'behovsavklaring',
        to: 'behovsavklaring',
        date: TODAY,
        note: '',
        lastEventDate: TODAY,
        today: TODAY,
      }),
    ).toBe('samePhase');
  });
});

describe('awarded, and entering the competition', () => {
  it('a case is awarded from tildeling on, never when cancelled', () => {
    expect(['behovsavklaring', 'kunngjoring', 'evaluering', 'avlyst'].map((p) => isAwarded(p as Phase))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(
      ['tildeling', 'karensperiode', 'kontraktsignering', 'kontraktsoppfolging', 'avsluttet'].every((p) =>
        isAwarded(p as Phase),
      ),
    ).toBe(true);
  });

  it('entering the competition means leaving planning for a later stage', () => {
    fc.assert(
      fc.property(phase, phase, (from, to) => {
        const fromPlanning = [
          'behovsavklaring',
          'markedsdialog',
          'konkurransestrategi',
          'konkurransegrunnlag',
        ].includes(from);
        const toLater = phaseIndex(to) >= phaseIndex('kunngjoring') && to !== 'avlyst';
        expect(entersCompetition(from, to)).toBe(fromPlanning && toLater);
      }),
    );
  });
});
