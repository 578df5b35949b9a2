import { describe, expect, it } from 'vitest';
import { stringAreas, strings } from '../../renderer/src/i18n/strings.js';
import { catalogueProblems } from '../helpers/catalogues.js';

describe('UI strings', () => {
  it('every word exists in bokmål, nynorsk and English (the type says so), none empty, with the same placeholders, and nynorsk that is nynorsk', () => {
    expect(Object.entries(stringAreas).flatMap(([area, table]) => catalogueProblems(area, table))).toEqual([]);
  });

  it('no two areas define the same key (the later would silently win)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, table] of Object.entries(stringAreas)) {
      for (const key of Object.keys(table)) {
        if (owner.has(key)) clashes.push(`${key}: ${owner.get(key)} and ${area}`);
        owner.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
    // Each area is merged into the catalogue: a table left out of `strings` would make its words show as keys.
    const merged = Object.values(stringAreas).reduce((n, a) => n + Object.keys(a).length, 0);
    expect(Object.keys(strings).length).toBe(merged);
  });
});
