import { describe, expect, it } from 'vitest';
import { stringAreas, strings } from '../../renderer/src/i18n/strings.js';

describe('UI strings', () => {
  it('every word exists in both bokmål and English', () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.nb).sort());
    for (const [k, v] of Object.entries(strings.nb)) expect(v.trim(), k).not.toBe('');
  });

  it('no two areas define the same key (the later would silently win)', () => {
    const areas = stringAreas;
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, table] of Object.entries(areas)) {
      for (const key of Object.keys(table.nb)) {
        if (owner.has(key)) clashes.push(`${key}: ${owner.get(key)} and ${area}`);
        owner.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
    // Each area is merged into the catalogue: a table left out of `strings` would make its words show as keys.
    const merged = Object.values(areas).reduce((n, a) => n + Object.keys(a.nb).length, 0);
    expect(Object.keys(strings.nb).length).toBe(merged);
  });
});
