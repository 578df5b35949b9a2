import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictRows, reapplied } from '../../renderer/src/components/ConflictPanel.js';

// «Bruk mine» after a stale save (lib/useEditConflict.tsx): the user's edit
// reapplied on the version someone else saved meanwhile.

const value = fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 3 }), fc.constant(null));
const keys = ['title', 'owner', 'administrator', 'value', 'notes'] as const;
const record = fc.record(
  Object.fromEntries(keys.map((k) => [k, value])) as Record<(typeof keys)[number], typeof value>,
);

describe('reapplying the user’s edit on their version', () => {
  it('keeps each field the user changed as the user has it, and every other field as they saved it', () => {
    fc.assert(
      fc.property(record, record, record, (opened, mine, theirs) => {
        const out = reapplied(mine, opened, theirs);
        for (const k of keys) expect(out[k]).toEqual(mine[k] !== opened[k] ? mine[k] : theirs[k]);
      }),
    );
  });

  it('is their version when the user changed nothing, and the user’s when they changed nothing', () => {
    fc.assert(
      fc.property(record, record, (opened, other) => {
        expect(reapplied(opened, opened, other)).toEqual(other);
        expect(reapplied(other, opened, opened)).toEqual(other);
      }),
    );
  });

  it('compares lists and records by what they hold, not by identity', () => {
    const opened = { options: [{ lengthMonths: 12 }], owner: 'Nina' };
    const mine = { options: [{ lengthMonths: 12 }], owner: 'Jon' };
    const theirs = { options: [{ lengthMonths: 24 }], owner: 'Nina' };
    expect(reapplied(mine, opened, theirs)).toEqual({ options: [{ lengthMonths: 24 }], owner: 'Jon' });
  });
});

describe('the panel’s rows', () => {
  it('are exactly the fields where the two differ', () => {
    fc.assert(
      fc.property(record, record, (mine, theirs) => {
        expect(conflictRows(mine, theirs)).toEqual(keys.filter((k) => mine[k] !== theirs[k]));
      }),
    );
  });
});
