import { describe, expect, it } from 'vitest';
import synonymData from '../../core/data/cpv/synonyms.json' with { type: 'json' };
import { alternativesOf, cpvParent, searchCpv } from '../../service/reference/cpv.js';

const codes = (q: string, locale: 'nb' | 'nn' | 'en' = 'nb', limit = 12) =>
  searchCpv(q, locale, limit).map((c) => c.code);

describe('CPV search finds what a buyer calls the thing', () => {
  it('"kontorrekvisita" finds the office-supplies codes first, through the buyers\' words', () => {
    const found = codes('kontorrekvisita');
    expect(found.slice(0, 4)).toEqual(expect.arrayContaining(['30192000', '30192700']));
    expect(found).toContain('30191000');
    // Without the list the word finds nothing: it is in no CPV label.
    expect(alternativesOf('kontorrekvisita')).toContain('kontorutstyr');
    expect(codes('kontorrekvisita', 'nn')).toEqual(found);
  });

  it("matches other forms of a word by the Norwegian stemmer, and the parents' labels", () => {
    expect(codes('snørydding')).toEqual(['90620000']);
    expect(codes('brøyting')).toContain('90620000');
    expect(codes('snømåking')).toContain('90620000');
    // "Kulepenner" sits under "Kontorartikler" (30192700): asked for with the parent's word it is found, after the codes that match on their own.
    const pens = codes('kulepenner kontorartikler', 'nb', 50);
    expect(pens).toContain('30192121');
    expect(codes('kulepenner')).toContain('30192121');
    expect(codes('renholdet')).toEqual(expect.arrayContaining(codes('renhold').slice(0, 3)));
  });

  it("every group of the buyers' words finds at least one code", () => {
    for (const group of synonymData.groups) expect(codes(group[0]!), group.join(', ')).not.toEqual([]);
  });

  it('walks up the code tree, skipping nothing it should not', () => {
    expect(cpvParent('30192121')).toBe('30192120');
    expect(cpvParent('30192000')).toBe('30190000');
    expect(cpvParent('30000000')).toBeNull();
  });
});
