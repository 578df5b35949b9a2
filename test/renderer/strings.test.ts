import { describe, expect, it } from 'vitest';
import { contractStrings } from '../../renderer/src/i18n/strings.contracts.js';
import { dialogueStrings } from '../../renderer/src/i18n/strings.dialogue.js';
import { caseStrings, strings } from '../../renderer/src/i18n/strings.js';

describe('UI strings', () => {
  it('every word exists in both bokmål and English', () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.nb).sort());
    for (const [k, v] of Object.entries(strings.nb)) expect(v.trim(), k).not.toBe('');
  });

  it('no two areas define the same key (the later would silently win)', () => {
    const areas = { caseStrings, dialogueStrings, contractStrings };
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, table] of Object.entries(areas)) {
      for (const key of Object.keys(table.nb)) {
        if (owner.has(key)) clashes.push(`${key}: ${owner.get(key)} and ${area}`);
        owner.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
  });
});
