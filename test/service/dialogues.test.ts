import { describe, expect, it } from 'vitest';
import { err, ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

function setup() {
  const s = tempService();
  const c = ok(s, 'cases.create', sampleCase());
  const a = ok(s, 'suppliers.create', sampleSupplier());
  const b = ok(s, 'suppliers.create', sampleSupplier({ orgnr: '701730496', name: 'Bilpool Nord AS', contacts: [] }));
  return { s, c, a, b };
}

describe('market dialogue', () => {
  it('records activities with who was invited and came, and shows them on the case timeline', () => {
    const { s, c, a, b } = setup();
    const conf = ok(s, 'dialogues.create', {
      caseId: c.id,
      form: 'dialogkonferanse',
      date: '2026-10-01',
      time: '09:00',
      title: 'Dialogkonferanse om utslippsfri transport',
      agenda: 'Behov, marked, spørsmål',
      minutes: 'Leverandørene pekte på at lading på natt er kritisk.',
      outcome: 'Krav om ladeinfrastruktur tatt inn i kravspesifikasjonen.',
      participants: 'Kari Nordmann, Nina Holm',
      suppliers: [
        { supplierId: a.id, attended: true },
        { supplierId: b.id, attended: false },
      ],
    });
    expect(conf.suppliers.map((p) => [p.name, p.invited, p.attended])).toEqual([
      ['Bilpool Nord AS', true, false],
      ['Grønn Mobilitet AS', true, true],
    ]);
    const detail = ok(s, 'cases.get', { id: c.id });
    expect(detail.activities).toEqual([
      {
        id: conf.id,
        date: '2026-10-01',
        time: '09:00',
        form: 'dialogkonferanse',
        title: 'Dialogkonferanse om utslippsfri transport',
      },
    ]);
  });

  it('refuses dialogue on an unknown or archived case, on the field, writing nothing', () => {
    const { s, c } = setup();
    expect(err(s, 'dialogues.create', { caseId: 999, form: 'rfi', date: '2026-10-01', title: 'RFI' }).issues).toEqual([
      { path: 'caseId', message: 'Fant ikke sak 999.' },
    ]);
    const archived = ok(s, 'cases.archive', { id: c.id, version: c.version });
    expect(err(s, 'dialogues.create', { caseId: c.id, form: 'rfi', date: '2026-10-01', title: 'RFI' }).issues).toEqual([
      { path: 'caseId', message: 'Saken er arkivert; hent den fram før du registrerer dialog.' },
    ]);
    expect(archived.activities).toEqual([]);
    expect(ok(s, 'dialogues.list', { caseId: c.id })).toEqual([]);
  });

  it('tracks what one supplier was told until it is shared with all, and never shares an answer before it is given', () => {
    const { s, c, a, b } = setup();
    const meeting = ok(s, 'dialogues.create', {
      caseId: c.id,
      form: 'en_til_en',
      date: '2026-10-02',
      title: 'Møte',
      suppliers: [{ supplierId: a.id, attended: true }],
    });
    expect(
      err(s, 'dialogues.addItem', { dialogueId: meeting.id, askedBy: b.id, question: 'Hvem?' }).issues?.[0]?.path,
    ).toBe('askedBy');
    const q = ok(s, 'dialogues.addItem', {
      dialogueId: meeting.id,
      askedBy: a.id,
      question: 'Godtas leasing i stedet for kjøp?',
    });
    expect(q.shared).toBe(false);
    expect(ok(s, 'cases.get', { id: c.id }).unsharedItems).toBe(1);

    const early = err(s, 'dialogues.shareItem', {
      id: q.id,
      version: q.version,
      sharedDate: '2026-10-05',
      how: 'E-post til alle',
    });
    expect(early.issues).toEqual([{ path: 'sharedDate', message: 'Et svar kan ikke deles med alle før det er gitt.' }]);
    expect(
      err(s, 'dialogues.updateItem', {
        id: q.id,
        version: q.version,
        askedBy: a.id,
        question: q.question,
        answer: 'Ja.',
      }).issues?.[0]?.path,
    ).toBe('answeredDate');
    const answered = ok(s, 'dialogues.updateItem', {
      id: q.id,
      version: q.version,
      askedBy: a.id,
      question: q.question,
      answer: 'Ja, leasing godtas.',
      answeredDate: '2026-10-06',
    });
    expect(
      err(s, 'dialogues.shareItem', { id: q.id, version: answered.version, sharedDate: '2026-10-05', how: 'E-post' })
        .issues,
    ).toEqual([{ path: 'sharedDate', message: 'Svaret kan ikke være delt før det ble gitt (06.10.2026).' }]);
    const shared = ok(s, 'dialogues.shareItem', {
      id: q.id,
      version: answered.version,
      sharedDate: '2026-10-07',
      how: 'Publisert i konkurransegjennomføringsverktøyet',
    });
    expect(shared).toMatchObject({ shared: true, sharedDate: '2026-10-07' });
    expect(ok(s, 'cases.get', { id: c.id }).unsharedItems).toBe(0);

    // Changing the answer afterwards is new information: it must be shared again.
    const changed = ok(s, 'dialogues.updateItem', {
      id: q.id,
      version: shared.version,
      askedBy: a.id,
      question: q.question,
      answer: 'Ja, leasing i inntil fire år.',
      answeredDate: '2026-10-08',
    });
    expect(changed.shared).toBe(false);
  });

  it('warns when the case moves on to notice with unshared items, and keeps the stated reason on the timeline', () => {
    const { s, c, a } = setup();
    const meeting = ok(s, 'dialogues.create', {
      caseId: c.id,
      form: 'en_til_en',
      date: '2026-10-02',
      title: 'Møte',
      suppliers: [{ supplierId: a.id }],
    });
    ok(s, 'dialogues.addItem', {
      dialogueId: meeting.id,
      askedBy: a.id,
      question: 'Spørsmål',
      answer: 'Svar',
      answeredDate: '2026-10-03',
    });
    const refused = err(s, 'cases.changePhase', {
      id: c.id,
      version: c.version,
      phase: 'kunngjoring',
      date: '2026-11-01',
    });
    expect(refused.issues).toEqual([
      {
        path: 'overrideReason',
        message:
          '1 spørsmål og svar fra markedsdialogen er ikke gjort kjent for alle leverandører. Del dem først, eller skriv hvorfor saken likevel kan gå videre.',
      },
    ]);
    // Moves within planning are not held up.
    const c2 = ok(s, 'cases.changePhase', {
      id: c.id,
      version: c.version,
      phase: 'konkurransegrunnlag',
      date: '2026-10-10',
    });
    const moved = ok(s, 'cases.changePhase', {
      id: c.id,
      version: c2.version,
      phase: 'kunngjoring',
      date: '2026-11-01',
      overrideReason: 'Svaret står i konkurransegrunnlaget som alle får.',
    });
    expect(moved.timeline.at(-1)).toMatchObject({
      phase: 'kunngjoring',
      overrideReason: 'Svaret står i konkurransegrunnlaget som alle får.',
    });
  });

  it('finds activities and answers by a word from their minutes, with case and supplier filters', () => {
    const { s, c, a, b } = setup();
    const c2 = ok(s, 'cases.create', sampleCase({ caseNumber: '2026/2', title: 'Renhold' }));
    const m1 = ok(s, 'dialogues.create', {
      caseId: c.id,
      form: 'en_til_en',
      date: '2026-10-02',
      title: 'Møte A',
      minutes: 'Hurtiglading krever nettforsterkning.',
      suppliers: [{ supplierId: a.id }],
    });
    ok(s, 'dialogues.create', {
      caseId: c2.id,
      form: 'en_til_en',
      date: '2026-10-03',
      title: 'Møte B',
      minutes: 'Hurtiglading ikke relevant.',
      suppliers: [{ supplierId: b.id }],
    });
    const item = ok(s, 'dialogues.addItem', {
      dialogueId: m1.id,
      askedBy: a.id,
      question: 'Hvor mange hurtigladere?',
      answer: 'Seks.',
      answeredDate: '2026-10-04',
    });
    const all = ok(s, 'dialogues.search', { q: 'hurtiglad' });
    expect(all).toHaveLength(3);
    expect(all.find((h) => h.itemId === item.id)?.snippet).toContain('[[hurtigladere]]');
    expect(ok(s, 'dialogues.search', { q: 'hurtiglad', caseId: c2.id }).map((h) => h.title)).toEqual(['Møte B']);
    expect(
      ok(s, 'dialogues.search', { q: 'hurtiglad', supplierId: a.id })
        .map((h) => h.kind)
        .sort(),
    ).toEqual(['activity', 'item']);
    expect(ok(s, 'dialogues.search', { q: 'nettforsterkning' })[0]!.snippet).toContain('[[nettforsterkning]]');
  });

  it('gives a public view that contains none of the confidential content, and says what was left out', () => {
    const { s, c, a } = setup();
    const secret = 'Prisen per bil er 4 150 kr i måneden';
    const m = ok(s, 'dialogues.create', {
      caseId: c.id,
      form: 'en_til_en',
      date: '2026-10-02',
      title: 'Møte',
      minutes: `Leverandøren la fram sin modell. ${secret}.`,
      minutesConfidential: 'foa_7_4',
      outcome: 'Vi endret kravet til rekkevidde.',
      suppliers: [{ supplierId: a.id }],
    });
    ok(s, 'dialogues.addItem', {
      dialogueId: m.id,
      askedBy: a.id,
      question: 'Pris?',
      answer: `Hemmelig teknisk løsning: batteribytte`,
      answeredDate: '2026-10-03',
      answerConfidential: 'fvl_13',
    });
    const internal = ok(s, 'dialogues.forCase', { caseId: c.id });
    expect(JSON.stringify(internal)).toContain(secret);
    const pub = ok(s, 'dialogues.forCase', { caseId: c.id, view: 'public' });
    const text = JSON.stringify(pub);
    expect(text).not.toContain(secret);
    expect(text).not.toContain('batteribytte');
    expect(text).toContain('Vi endret kravet til rekkevidde.');
    expect(pub.activities[0]!.redactions).toEqual([
      { path: 'minutes', basis: 'foa_7_4' },
      { path: 'items.0.answer', basis: 'fvl_13' },
    ]);
  });
});

describe('competitive dialogue', () => {
  it('holds rounds only with prequalified suppliers, per supplier and round, until the dialogue is closed', () => {
    const { s, a, b } = setup();
    const c = ok(
      s,
      'cases.create',
      sampleCase({ caseNumber: '2026/50', procedure: 'dialog', estimatedValue: 30_000_000 }),
    );
    const round = (supplierId: number, n: number, date: string) =>
      s.dispatch(
        'dialogues.create',
        {
          caseId: c.id,
          form: 'dialogrunde',
          round: n,
          date,
          title: `Runde ${n}`,
          suppliers: [{ supplierId, attended: true }],
        },
        'nb',
      );
    expect(round(a.id, 1, '2026-10-01')).toMatchObject({
      ok: false,
      body: {
        error: {
          issues: [{ path: 'suppliers.0.supplierId', message: 'Leverandøren er ikke prekvalifisert i denne saken.' }],
        },
      },
    });
    ok(s, 'competitiveDialogue.prequalify', { caseId: c.id, supplierIds: [a.id, b.id] });
    expect(round(a.id, 1, '2026-10-01').ok).toBe(true);
    expect(round(b.id, 1, '2026-10-02').ok).toBe(true);
    expect(round(a.id, 2, '2026-10-20').ok).toBe(true);
    const v = ok(s, 'competitiveDialogue.get', { caseId: c.id });
    expect(v.rounds).toEqual([1, 2]);
    expect(v.cells.map((x) => [x.supplierId, x.round])).toEqual([
      [a.id, 1],
      [b.id, 1],
      [a.id, 2],
    ]);
    expect(err(s, 'competitiveDialogue.prequalify', { caseId: c.id, supplierIds: [b.id] }).issues?.[0]?.message).toBe(
      'Grønn Mobilitet AS har allerede hatt dialog- eller forhandlingsrunder og kan ikke fjernes.',
    );
    expect(err(s, 'competitiveDialogue.close', { caseId: c.id, closedDate: '2026-10-10' }).issues?.[0]?.path).toBe(
      'closedDate',
    );
    const closed = ok(s, 'competitiveDialogue.close', {
      caseId: c.id,
      closedDate: '2026-10-25',
      finalTendersInvitedDate: '2026-10-26',
    });
    expect(closed).toMatchObject({ closedDate: '2026-10-25', finalTendersInvitedDate: '2026-10-26' });
    expect(round(b.id, 2, '2026-11-01')).toMatchObject({ ok: false, body: { error: { issues: [{ path: 'date' }] } } });
  });

  it('refuses rounds on a case with another procedure', () => {
    const { s, c, a } = setup();
    expect(
      err(s, 'dialogues.create', {
        caseId: c.id,
        form: 'dialogrunde',
        round: 1,
        date: '2026-10-01',
        title: 'R1',
        suppliers: [{ supplierId: a.id }],
      }).issues,
    ).toEqual([
      {
        path: 'form',
        message:
          'Dialog- og forhandlingsrunder hører til saker med konkurransepreget dialog, konkurranse med forhandling, innovasjonspartnerskap eller tilbudskonkurranse med dialog.',
      },
    ]);
  });
});
