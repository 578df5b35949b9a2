import { describe, expect, it } from 'vitest';
import { CaseCreateSchema, validate } from '../../core/index.js';

describe('validation messages', () => {
  it('names each missing or wrong field in Norwegian by default, English on request', () => {
    const nb = validate(
      CaseCreateSchema,
      { caseNumber: '1234', title: 'ab', estimatedValue: 1.5, kind: 'biler' },
      'nb',
    );
    expect(nb.ok).toBe(false);
    if (nb.ok) return;
    const byPath = Object.fromEntries(nb.issues.map((i) => [i.path, i.message]));
    expect(byPath).toMatchObject({
      caseNumber: 'Saksnummer skrives som år/løpenummer, f.eks. 2026/1234.',
      title: 'Må ha minst 3 tegn.',
      department: 'Må fylles ut.',
      buyer: 'Må fylles ut.',
      estimatedValue: 'Må være et helt tall.',
      kind: 'Ugyldig valg.',
    });
    const en = validate(CaseCreateSchema, { caseNumber: '1234' }, 'en');
    expect(en.ok || en.issues.find((i) => i.path === 'title')?.message).toBe('Required.');
  });

  it('rejects fields the contract does not know and impossible dates', () => {
    const r = validate(CaseCreateSchema, { hacker: 1, registeredDate: '2026-02-30' }, 'nb');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.find((i) => i.path === '')?.message).toBe('Ukjent felt: hacker.');
    expect(r.issues.find((i) => i.path === 'registeredDate')?.message).toBe(
      'Må være en gyldig dato, f.eks. 25.11.2026.',
    );
  });
});
