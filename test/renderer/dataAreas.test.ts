import { describe, expect, it } from 'vitest';
import { methods } from '../../core/index.js';
import { reads, writes } from '../../renderer/src/api/dataAreas.js';

// After a write, the screens ask again exactly for the answers that show what
// it changed: so every method must say which it is, a read (and what it
// shows) or a write (and what it changes).
describe('what each method reads or changes', () => {
  it('lists every method of the contract once, as a read or as a write', () => {
    const listed = [...Object.keys(reads), ...Object.keys(writes)];
    expect([...listed].sort()).toEqual([...methods].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('has every write change at least its own area, except the one that only keeps a pack for printing', () => {
    for (const [m, areas] of Object.entries(writes))
      if (m !== 'briefing.prepare') expect(areas.length, m).toBeGreaterThan(0);
  });
});
