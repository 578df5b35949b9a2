import { describe, expect, it } from 'vitest';
import { err, ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

describe('suppliers', () => {
  it('checks the organisation number and says what is wrong with it', () => {
    const s = tempService();
    expect(err(s, 'suppliers.create', sampleSupplier({ orgnr: '974760674' })).issues).toEqual([
      { path: 'orgnr', message: 'Kontrollsifferet stemmer ikke; sjekk at alle sifrene er riktige.' },
    ]);
    expect(err(s, 'suppliers.create', sampleSupplier({ orgnr: '97476067' })).issues).toEqual([
      { path: 'orgnr', message: 'Organisasjonsnummer har ni siffer.' },
    ]);
    expect(err(s, 'suppliers.create', sampleSupplier({ orgnr: '97476067' }), 'en').issues?.[0]?.message).toBe(
      'An organisation number has nine digits.',
    );
    const created = ok(s, 'suppliers.create', sampleSupplier({ orgnr: '974 760 673' }));
    expect(created.orgnr).toBe('974760673');
  });

  it('allows one supplier per organisation number and names the one that has it', () => {
    const s = tempService();
    ok(s, 'suppliers.create', sampleSupplier());
    const e = err(s, 'suppliers.create', sampleSupplier({ name: 'Noe annet AS' }));
    expect(e.issues).toEqual([
      { path: 'orgnr', message: 'Organisasjonsnummeret er allerede registrert på Grønn Mobilitet AS.' },
    ]);
    expect(ok(s, 'suppliers.list', {}).total).toBe(1);
  });

  it('finds suppliers as you type by name, number and contact', () => {
    const s = tempService();
    ok(s, 'suppliers.create', sampleSupplier());
    ok(
      s,
      'suppliers.create',
      sampleSupplier({
        orgnr: '701730496',
        name: 'Østlandske Renhold AS',
        contacts: [{ name: 'Per Ås', email: 'per@renhold.no' }],
      }),
    );
    const names = (q: string) => ok(s, 'suppliers.list', { q }).items.map((i) => i.name);
    expect(names('grønn')).toEqual(['Grønn Mobilitet AS']);
    expect(names('østl')).toEqual(['Østlandske Renhold AS']);
    expect(names('7017')).toEqual(['Østlandske Renhold AS']);
    expect(names('siri')).toEqual(['Grønn Mobilitet AS']);
    expect(names('renhold.no')).toEqual(['Østlandske Renhold AS']);
    expect(names('')).toEqual(['Grønn Mobilitet AS', 'Østlandske Renhold AS']);
  });

  it('merges two records of one company without losing anything linked to either', () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase());
    const a = ok(s, 'suppliers.create', sampleSupplier({ notes: 'Leverte elbiler 2024.' }));
    const b = ok(
      s,
      'suppliers.create',
      sampleSupplier({
        orgnr: '701730496',
        name: 'Grønn Mobilitet (feilregistrert)',
        notes: 'Ringt i mai.',
        contacts: [{ name: 'Ola Vik' }],
      }),
    );
    const meeting = ok(s, 'dialogues.create', {
      caseId: c.id,
      form: 'dialogkonferanse',
      date: '2026-10-01',
      title: 'Dialogkonferanse',
      suppliers: [
        { supplierId: a.id, attended: true },
        { supplierId: b.id, attended: false },
      ],
    });
    const one = ok(s, 'dialogues.create', {
      caseId: c.id,
      form: 'en_til_en',
      date: '2026-10-02',
      title: 'Møte',
      suppliers: [{ supplierId: b.id, attended: true }],
    });
    ok(s, 'dialogues.addItem', { dialogueId: one.id, askedBy: b.id, question: 'Kan vi tilby leasing?' });

    const merged = ok(s, 'suppliers.merge', { keepId: a.id, keepVersion: a.version, mergeId: b.id });
    expect(merged.contacts.map((k) => k.name).sort()).toEqual(['Ola Vik', 'Siri Dahl']);
    expect(merged.notes).toBe('Leverte elbiler 2024.\n\nRingt i mai.');
    expect(merged.mergedFrom).toEqual([
      expect.objectContaining({ orgnr: '701730496', name: 'Grønn Mobilitet (feilregistrert)' }),
    ]);
    expect(merged.activities.map((x) => [x.id, x.attended]).sort()).toEqual([
      [meeting.id, true],
      [one.id, true],
    ]);
    expect(ok(s, 'dialogues.get', { id: one.id }).items[0]!.askedBy).toBe(a.id);
    expect(ok(s, 'suppliers.list', {}).items.map((x) => x.id)).toEqual([a.id]);
    expect(
      err(s, 'suppliers.update', { ...sampleSupplier({ orgnr: '701730496' }), id: b.id, version: 2 }),
    ).toMatchObject({ status: 409 });
    // The merged number is free again for a record of its own.
    expect(ok(s, 'suppliers.create', sampleSupplier({ orgnr: '701730496', name: 'Ekte firma AS' })).name).toBe(
      'Ekte firma AS',
    );
  });

  it('shows a supplier page with every case and activity it appears in, and a public view without confidential notes', () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase());
    const sup = ok(
      s,
      'suppliers.create',
      sampleSupplier({ notes: 'Prisstruktur: 12 % rabatt på volum', notesConfidential: 'foa_7_4' }),
    );
    ok(s, 'dialogues.create', {
      caseId: c.id,
      form: 'en_til_en',
      date: '2026-10-02',
      title: 'Møte om lading',
      suppliers: [{ supplierId: sup.id, attended: true }],
    });
    const page = ok(s, 'suppliers.get', { id: sup.id });
    expect(page.cases).toEqual([expect.objectContaining({ id: c.id, activities: 1, prequalified: false })]);
    expect(page.activities[0]).toMatchObject({ title: 'Møte om lading', attended: true });
    expect(page.notes).toContain('12 %');
    const pub = ok(s, 'suppliers.get', { id: sup.id, view: 'public' });
    expect(JSON.stringify(pub)).not.toContain('12 %');
    expect(pub.redactions).toEqual([{ path: 'notes', basis: 'foa_7_4' }]);
  });
});
