import { describe, expect, it } from 'vitest';
import { formatNok } from '../../core/index.js';
import { err, ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

// Issue 14 at the service: the rules as the case page, the protocol and the
// pack show them.

describe('thresholds past their last check', () => {
  it('the case, its protocol and a pack say which values are applied and that newer ones may apply', () => {
    const s = tempService();
    const later = ok(
      s,
      'cases.create',
      sampleCase({ caseNumber: '2026/1', registeredDate: '2026-09-01', plannedNoticeDate: '2027-02-01' }),
    );
    expect(later.regime).toBe('partIII');
    expect(later.warnings.map((w) => w.code)).toContain('lastKnownThresholds');
    const p = ok(s, 'protocol.get', { caseId: later.id });
    expect(p.ruleNotes).toEqual([
      expect.stringContaining('Anskaff bruker terskelverdiene som gjelder fra 14.03.2024 (FOR-2024-03-14-449)'),
    ]);
    expect(p.ruleNotes[0]).toContain('Nyere terskelverdier kan gjelde for 01.02.2027');

    const earlier = ok(
      s,
      'cases.create',
      sampleCase({ caseNumber: '2025/1', registeredDate: '2025-06-01', plannedNoticeDate: '2025-09-01' }),
    );
    expect(earlier.warnings).toEqual([]);
    expect(ok(s, 'protocol.get', { caseId: earlier.id }).ruleNotes).toEqual([]);

    const pack = ok(s, 'briefing.build', {
      title: 'Orientering',
      from: '2026-01-01',
      to: '2026-12-31',
      version: 'public',
    });
    // The plan looks twelve months ahead of today (25.11.2026), so the pack speaks of dates up to 25.11.2027.
    expect(pack.ruleNotes).toEqual([
      expect.stringContaining(
        'Rapporten omtaler datoer fram til 25.11.2027, og nyere terskelverdier kan gjelde før den tid',
      ),
    ]);
  });
});

describe('threshold values the office enters itself', () => {
  const period = {
    validFrom: '2026-03-01',
    minimum: 100_000,
    national: 1_300_000,
    eea: {
      varer: 2_400_000,
      tjenester: 2_400_000,
      bygg_anlegg: 60_000_000,
      helse_sosial: 8_000_000,
      saerlige_tjenester: 8_000_000,
    },
    designContest: 1_550_000,
    regulation: 'FOR-2026-02-20-300',
    url: 'https://lovdata.no/dokument/LTI/forskrift/2026-02-20-300',
  };

  it('applies from their date in force, shown apart from the shipped values, audited, and can be withdrawn', () => {
    const s = tempService();
    const c = ok(
      s,
      'cases.create',
      sampleCase({ kind: 'tjenester', estimatedValue: 2_350_000, procedure: null, registeredDate: '2026-09-01' }),
    );
    expect(c.regime).toBe('partIII');
    expect(c.warnings.map((w) => w.code)).toEqual(['lastKnownThresholds']);

    const v = ok(s, 'thresholds.add', period);
    expect(v.shipped.every((p) => p.origin === 'shipped')).toBe(true);
    expect(v.office).toEqual([
      expect.objectContaining({
        validFrom: '2026-03-01',
        origin: 'office',
        enteredBy: expect.any(String),
        source: expect.objectContaining({ regulation: 'FOR-2026-02-20-300', confidence: 'office' }),
      }),
    ]);
    expect(v.table.at(-2)).toMatchObject({ validFrom: '2024-03-14', validTo: '2026-02-28', origin: 'shipped' });

    const after = ok(s, 'cases.get', { id: c.id });
    expect(after.regime).toBe('partII');
    expect(after.warnings).toEqual([
      {
        code: 'officeThresholds',
        message:
          'Terskelverdiene fra 01.03.2026 er lagt inn av kontoret (FOR-2026-02-20-300), ikke levert med Anskaff.',
      },
    ]);
    expect(ok(s, 'protocol.get', { caseId: c.id }).ruleNotes).toEqual([after.warnings[0]!.message]);
    expect(ok(s, 'reference.get', {}).thresholds.at(-1)).toMatchObject({ origin: 'office', validFrom: '2026-03-01' });

    const id = v.office[0]!.id!;
    const w = ok(s, 'thresholds.withdraw', { id });
    expect(w.office).toEqual([]);
    expect(ok(s, 'cases.get', { id: c.id }).regime).toBe('partIII');
    const history = ok(s, 'audit.forRecord', { entity: 'threshold', id });
    expect(history.map((e) => e.method)).toEqual(['thresholds.withdraw', 'thresholds.add']);
    expect(history[1]!.changes).toContainEqual({ field: 'regulation', before: null, after: 'FOR-2026-02-20-300' });
    expect(history[0]!.changes).toContainEqual(expect.objectContaining({ field: 'withdrawnAt', before: null }));
  });

  it('refuses a period that would rewrite the shipped ones, values out of order, and a date already used', () => {
    const s = tempService();
    expect(err(s, 'thresholds.add', { ...period, validFrom: '2024-01-01' }).issues).toEqual([
      {
        path: 'validFrom',
        message: 'En ny periode må begynne etter 14.03.2024, da den siste perioden Anskaff kjenner trådte i kraft.',
      },
    ]);
    expect(err(s, 'thresholds.add', { ...period, eea: { ...period.eea, varer: 1_000_000 } }).issues?.[0]?.path).toBe(
      'eea.varer',
    );
    expect(err(s, 'thresholds.add', { ...period, regulation: '' }).issues?.[0]?.path).toBe('regulation');
    ok(s, 'thresholds.add', period);
    expect(err(s, 'thresholds.add', period).issues?.[0]?.path).toBe('validFrom');
    expect(ok(s, 'thresholds.list', {}).office).toHaveLength(1);
  });
});

describe('market dialogue before the competition versus the rounds of a dialogue or negotiation (§ 8-2/§ 12-2 versus § 9-3 (5)/§ 23-10 (2))', () => {
  function setup(procedure: 'dialog' | 'forhandling' = 'dialog', estimatedValue = 30_000_000) {
    const s = tempService();
    const c = ok(
      s,
      'cases.create',
      sampleCase({
        procedure,
        estimatedValue,
        kind: 'tjenester',
        procedureGround: procedure === 'dialog' ? 'foa_13_2_b' : null,
      }),
    );
    const a = ok(s, 'suppliers.create', sampleSupplier());
    const b = ok(s, 'suppliers.create', sampleSupplier({ orgnr: '701730496', name: 'Bilpool Nord AS', contacts: [] }));
    ok(s, 'competitiveDialogue.prequalify', { caseId: c.id, supplierIds: [a.id, b.id] });
    return { s, c, a, b };
  }

  it('never counts or shares what a participant said in a round; the round keeps a log of what may not be passed on and any consent', () => {
    const { s, c, a } = setup();
    const round = ok(s, 'dialogues.create', {
      caseId: c.id,
      form: 'dialogrunde',
      round: 1,
      date: '2026-10-01',
      title: 'Runde 1 med Grønn Mobilitet',
      minutes: 'Gjennomgang av løsningsforslaget.',
      roundRevealed: 'Batteribyttemodell og prisoppbygging per kjøretøy.',
      suppliers: [{ supplierId: a.id, attended: true }],
    });
    expect(round).toMatchObject({
      roundRevealed: 'Batteribyttemodell og prisoppbygging per kjøretøy.',
      roundConsentScope: '',
      roundConsentDate: null,
    });
    const item = ok(s, 'dialogues.addItem', {
      dialogueId: round.id,
      askedBy: a.id,
      question: 'Kan vi tilby batteribytte?',
      answer: 'Ja, som opsjon.',
      answeredDate: '2026-10-01',
    });
    expect(ok(s, 'cases.get', { id: c.id }).unsharedItems).toBe(0);
    expect(
      err(s, 'dialogues.shareItem', {
        id: item.id,
        version: item.version,
        sharedDate: '2026-10-02',
        how: 'E-post til alle',
      }),
    ).toMatchObject({
      status: 409,
      message:
        'Spørsmål og svar i en dialog- eller forhandlingsrunde deles ikke med de andre deltakerne uten samtykke (FOA § 23-10 annet ledd, § 9-3 femte ledd). Før samtykket i runden i stedet.',
    });
    // A consent covers particular information: both the scope and the date.
    expect(
      err(s, 'dialogues.update', {
        id: round.id,
        version: round.version,
        form: 'dialogrunde',
        round: 1,
        date: '2026-10-01',
        title: 'Runde 1',
        roundConsentDate: '2026-10-03',
        suppliers: [{ supplierId: a.id, attended: true }],
      }).issues,
    ).toEqual([{ path: 'roundConsentScope', message: 'Et samtykke gjelder bestemte opplysninger: skriv hvilke.' }]);
    const consented = ok(s, 'dialogues.update', {
      id: round.id,
      version: round.version,
      form: 'dialogrunde',
      round: 1,
      date: '2026-10-01',
      title: 'Runde 1',
      roundRevealed: round.roundRevealed!,
      roundConsentScope: 'At batteribytte kan tilbys som opsjon.',
      roundConsentDate: '2026-10-03',
      suppliers: [{ supplierId: a.id, attended: true }],
    });
    expect(consented).toMatchObject({
      roundConsentScope: 'At batteribytte kan tilbys som opsjon.',
      roundConsentDate: '2026-10-03',
    });
    // What a participant revealed is confidential by nature: public views leave it out.
    const pub = ok(s, 'dialogues.get', { id: round.id, view: 'public' });
    expect(pub.roundRevealed).toBeNull();
    expect(pub.redactions).toContainEqual({ path: 'roundRevealed', basis: 'foa_7_4' });
  });

  it('holds rounds for negotiations too, not only competitive dialogue', () => {
    const { s, c, a } = setup('forhandling', 1_500_000);
    expect(ok(s, 'competitiveDialogue.get', { caseId: c.id }).applies).toBe(true);
    expect(
      ok(s, 'dialogues.create', {
        caseId: c.id,
        form: 'dialogrunde',
        round: 1,
        date: '2026-10-01',
        title: 'Forhandlingsmøte 1',
        suppliers: [{ supplierId: a.id, attended: true }],
      }).form,
    ).toBe('dialogrunde');
  });

  it('counts before the competition only what can be shared: an answer marked confidential is not', () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase());
    const a = ok(s, 'suppliers.create', sampleSupplier());
    const m = ok(s, 'dialogues.create', {
      caseId: c.id,
      form: 'en_til_en',
      date: '2026-10-02',
      title: 'Møte',
      suppliers: [{ supplierId: a.id, attended: true }],
    });
    ok(s, 'dialogues.addItem', {
      dialogueId: m.id,
      askedBy: a.id,
      question: 'Godtas leasing?',
      answer: 'Ja.',
      answeredDate: '2026-10-02',
    });
    ok(s, 'dialogues.addItem', {
      dialogueId: m.id,
      askedBy: a.id,
      question: 'Vår modell?',
      answer: 'Svar om leverandørens egen løsning.',
      answeredDate: '2026-10-02',
      answerConfidential: 'foa_7_4',
    });
    expect(ok(s, 'cases.get', { id: c.id }).unsharedItems).toBe(1);
  });
});

describe('climate and environment in the pack (FOA § 7-9)', () => {
  it('counts exempt cases apart, not as failures, and cases notified before 2024 as outside the rule', () => {
    const s = tempService();
    const award = (caseNumber: string, over: Parameters<typeof sampleCase>[0], notice: string) => {
      let c = ok(s, 'cases.create', sampleCase({ caseNumber, themes: [], registeredDate: '2023-06-01', ...over }));
      c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'kunngjoring', date: notice });
      return ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'tildeling', date: '2026-03-01' });
    };
    expect(award('2023/1', { climateWeightPct: 40 }, '2023-11-01').climateStatus).toBe('outside');
    expect(award('2023/2', { climateWeightPct: 30 }, '2024-01-01').climateStatus).toBe('met');
    expect(
      award('2023/3', { climateExempt: true, climateJustification: 'Juridisk rådgivning.' }, '2025-01-01')
        .climateStatus,
    ).toBe('exempt');
    expect(award('2023/4', { climateWeightPct: 10 }, '2025-02-01').climateStatus).toBe('notMet');
    const pack = ok(s, 'briefing.build', {
      title: 'Orientering',
      from: '2026-01-01',
      to: '2026-12-31',
      version: 'public',
    });
    expect(pack.summary.climate).toEqual({ met: 1, notMet: 1, exempt: 1, outside: 1 });
    expect(pack.summary.sentences).toContain(
      'Klimaregelen i FOA § 7-9 gjaldt 3 saker tildelt i perioden: 1 av 2 oppfyller den, og 1 sak er unntatt fordi klimaavtrykket er uvesentlig (begrunnet), ikke brudd; 1 sak kunngjort før 1.1.2024 er utenfor regelen.',
    );
  });
});

describe('pay and working conditions and apprentices on a contract', () => {
  function awarded() {
    const s = tempService();
    let c = ok(
      s,
      'cases.create',
      sampleCase({ kind: 'tjenester', estimatedValue: 3_000_000, registeredDate: '2025-01-10' }),
    );
    c = ok(s, 'cases.changePhase', { id: c.id, version: c.version, phase: 'tildeling', date: '2025-03-01' });
    const sup = ok(s, 'suppliers.create', sampleSupplier());
    return { s, c, sup };
  }

  it('covers a contract only above 2.05 M and in a sector with an agreement; asks for the sector until it is recorded', () => {
    const { s, c, sup } = awarded();
    const small = ok(s, 'contracts.create', {
      caseId: c.id,
      title: 'Vindusvask',
      supplierIds: [sup.id],
      value: 150_000,
      startDate: '2025-04-01',
      endDate: '2025-12-31',
      paySector: 'renhold',
    });
    expect(small).toMatchObject({
      payConditionsCovered: false,
      payConditionsScope: { applies: false, why: 'value' },
      warnings: [],
    });
    const big = ok(s, 'contracts.create', {
      caseId: c.id,
      title: 'Renhold',
      supplierIds: [sup.id],
      value: 3_000_000,
      startDate: '2025-04-01',
      endDate: '2027-03-31',
    });
    expect(big.payConditionsScope).toEqual({ applies: null, why: 'sectorUnknown' });
    expect(big.warnings.map((w) => w.code)).toEqual(['paySectorMissing', 'apprenticeDecisionMissing']);
    const { id, version, caseId: _c, options: _o, suppliers: _s, ...rest } = big;
    const u = ok(s, 'contracts.update', {
      id,
      version,
      title: rest.title,
      supplierIds: [sup.id],
      value: rest.value,
      startDate: rest.startDate,
      endDate: rest.endDate,
      paySector: 'renhold',
      apprenticeDecision: 'krav_stilt',
      apprenticeNote: 'Renholdsoperatørfaget har underdekning.',
    });
    expect(u).toMatchObject({
      payConditionsCovered: true,
      apprenticeScope: { applies: true, why: null },
      apprenticeDecision: 'krav_stilt',
      warnings: [],
    });
  });

  it("counts controls within the office's own interval (a local policy, Innstillinger), not a yearly duty of the regulation", () => {
    const { s, c, sup } = awarded();
    ok(s, 'strategy.save', {
      strategy: {
        title: 'Strategi',
        fromYear: 2025,
        toYear: 2026,
        adoptedDate: '2024-12-12',
        adoptedBy: 'Kommunestyret',
        goals: [{ theme: 'seriositet', measure: 'pay_conditions_share', target: 0.8 }],
      },
    });
    const k = ok(s, 'contracts.create', {
      caseId: c.id,
      title: 'Renhold',
      supplierIds: [sup.id],
      value: 3_000_000,
      startDate: '2025-04-01',
      endDate: '2027-03-31',
      paySector: 'renhold',
    });
    ok(s, 'contracts.addFollowup', {
      contractId: k.id,
      kind: 'risk_assessment',
      date: '2025-04-15',
      title: 'Risikovurdering',
      riskLevel: 'medium',
    });
    ok(s, 'contracts.addFollowup', {
      contractId: k.id,
      kind: 'control',
      date: '2025-10-01',
      title: 'Kontroll',
      findings: 'Ingen avvik.',
    });
    const share = () => ok(s, 'strategy.dashboard', {}).goals[0]!.values.map((v) => [v.year, v.value]);
    expect(ok(s, 'settings.get', {}).payControlIntervalMonths).toBe(12);
    expect(share()).toEqual([
      [2025, 1],
      [2026, 0],
    ]);
    ok(s, 'settings.set', { payControlIntervalMonths: 24 });
    expect(share()).toEqual([
      [2025, 1],
      [2026, 1],
    ]);
  });
});

describe('splitting a purchase to stay under a threshold (FOA § 5-4 (4))', () => {
  it("adds up the office's cases in the same CPV group and department within twelve months, and warns when their sum crosses a threshold each stays under", () => {
    const s = tempService();
    const mk = (caseNumber: string, over: Parameters<typeof sampleCase>[0]) =>
      ok(
        s,
        'cases.create',
        sampleCase({
          caseNumber,
          kind: 'varer',
          procedure: 'direkte',
          cpvCode: '30213000',
          department: 'Oppvekst og utdanning',
          estimatedValue: 1_200_000,
          registeredDate: '2025-02-01',
          ...over,
        }),
      );
    const a = mk('2025/1', {});
    expect(a.warnings.map((w) => w.code)).not.toContain('splitting');
    const b = mk('2025/2', { cpvCode: '30237000', registeredDate: '2025-06-01' });
    const w = b.warnings.find((x) => x.code === 'splitting');
    expect(w?.message).toBe(
      `Saker i samme CPV-gruppe (302) og avdeling innen tolv måneder er til sammen ${formatNok(2_400_000, 'nb')} (2 saker: 2025/1, 2025/2). Summen er over EØS-terskelverdien på ${formatNok(2_300_000, 'nb')}, som hver sak alene er under. En kontrakt skal ikke deles opp for å unnta den fra forskriften (FOA § 5-4 fjerde ledd): vurder om dette er én anskaffelse.`,
    );
    expect(ok(s, 'cases.get', { id: a.id }).warnings.map((x) => x.code)).toContain('splitting');
    // Another department, another CPV group, or more than twelve months apart: no sum.
    expect(
      mk('2025/3', { department: 'Teknisk drift', registeredDate: '2025-03-01' }).warnings.map((x) => x.code),
    ).not.toContain('splitting');
    expect(
      mk('2025/4', { cpvCode: '39160000', registeredDate: '2025-03-01' }).warnings.map((x) => x.code),
    ).not.toContain('splitting');
    expect(mk('2026/5', { registeredDate: '2026-09-01' }).warnings.map((x) => x.code)).not.toContain('splitting');
    // The office chooses how many digits of the CPV code make a group (the regulation names none).
    ok(s, 'settings.set', { splittingCpvDigits: 5 });
    expect(ok(s, 'cases.get', { id: b.id }).warnings.map((x) => x.code)).not.toContain('splitting');
  });
});
