import { describe, expect, it } from 'vitest';
import { appendixTable, type Input, type NoticeKind, type NoticePlatform } from '../../core/index.js';
import type { Service } from '../../service/service.js';
import { bundleFile } from '../helpers/bundles.js';
import { err, ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

// Recording the award on a case (today is 25 November 2026 in the temp service): the standstill's end from the part's
// rule, signing held back until it is over unless an exception is recorded, and the award notice due after signing.

function awardedCase(over: Partial<Input<'cases.create'>> = {}) {
  const s = tempService();
  const sup = ok(s, 'suppliers.create', sampleSupplier());
  const c = ok(s, 'cases.create', sampleCase(over));
  for (const [phase, date] of [
    ['kunngjoring', '2026-10-01'],
    ['tilbudsfrist', '2026-11-01'],
    ['evaluering', '2026-11-02'],
    ['tildeling', '2026-11-04'],
  ] as const) {
    const v = ok(s, 'cases.get', { id: c.id }).version;
    ok(s, 'cases.changePhase', { id: c.id, version: v, phase, date, overrideReason: '' });
  }
  return { s, sup, c };
}

const contract = (caseId: number, supplierId: number, signedDate: string | null) => ({
  caseId,
  title: 'Avtale',
  supplierIds: [supplierId],
  value: 5_000_000,
  signedDate,
  startDate: '2027-01-01',
  endDate: '2028-12-31',
  owner: 'Kari Nordmann',
});

const record = (s: Service, caseId: number, over: Partial<Input<'protocol.recordAward'>> = {}) =>
  ok(s, 'protocol.recordAward', {
    caseId,
    version: ok(s, 'protocol.get', { caseId }).version,
    noticeDate: '2026-11-04',
    told: ['Elbil AS', 'Lade AS'],
    reasons: 'Beste forhold mellom pris og kvalitet.',
    ...over,
  });

describe('the award and its standstill', () => {
  it('computes the standstill’s end from the notice by the part’s rule, and keeps the notice, whom it went to and the reasons in the protocol', () => {
    const { s, c } = awardedCase();
    const p = record(s, c.id);
    expect(p.regime).toBe('partIII');
    // Sent Wednesday 4 November: the tenth day is Saturday 14 November, so it ends Monday 16 November.
    expect(p.award.standstillEnd).toBe('2026-11-16');
    expect(p.award.rule).toMatchObject({ days: 10, verified: true });
    expect(p.fields).toMatchObject({
      awardNoticeDate: '2026-11-04',
      awardNoticeTo: ['Elbil AS', 'Lade AS'],
      awardReason: 'Beste forhold mellom pris og kvalitet.',
      standstillEndDate: '2026-11-16',
      standstillException: null,
    });
    // The case's history says what was recorded.
    const trail = ok(s, 'audit.forRecord', { entity: 'case', id: c.id });
    expect(trail[0]!.method).toBe('protocol.recordAward');
    expect(trail[0]!.changes.map((x) => x.field)).toContain('protocol.standstillEndDate');
  });

  it('keeps the protocol’s own award reasons when none are given with the award', () => {
    const { s, c } = awardedCase();
    ok(s, 'protocol.save', { caseId: c.id, version: 0, awardReason: 'Lavest pris.' });
    expect(record(s, c.id, { reasons: '' }).fields.awardReason).toBe('Lavest pris.');
  });

  it('refuses a contract signed within the standstill, on the signing date, and takes it from the day after', () => {
    const { s, sup, c } = awardedCase();
    record(s, c.id);
    const refused = err(s, 'contracts.create', contract(c.id, sup.id, '2026-11-16'));
    expect(refused.issues).toEqual([
      {
        path: 'signedDate',
        message:
          'Kontrakten kan ikke signeres før karensperioden er over: den varer til og med 16.11.2026. Signer tidligst dagen etter, eller registrer et unntak fra karensperioden på tildelingen.',
      },
    ]);
    // Not signed yet: the contract can be recorded, and its signing date set later, once the standstill is over.
    const k = ok(s, 'contracts.create', contract(c.id, sup.id, null));
    const early = { ...contract(c.id, sup.id, '2026-11-10'), id: k.id, version: k.version };
    const { caseId: _c, ...update } = early;
    const base = { administrator: '', noticeMonths: 0, paySector: null, apprenticeDecision: null, apprenticeNote: '' };
    expect(err(s, 'contracts.update', { ...update, ...base }, 'en').message).toMatch(
      /runs until 16 Nov 2026 inclusive/,
    );
    expect(ok(s, 'contracts.update', { ...update, ...base, signedDate: '2026-11-17' }).signedDate).toBe('2026-11-17');
  });

  it('lets the contract be signed at once where an exception is recorded, and asks why', () => {
    const { s, sup, c } = awardedCase();
    const why = err(s, 'protocol.recordAward', {
      caseId: c.id,
      version: 0,
      noticeDate: '2026-11-04',
      exception: 'singleTenderer',
    });
    expect(why.issues?.[0]?.path).toBe('exceptionNote');
    const p = record(s, c.id, { exception: 'singleTenderer', exceptionNote: 'Bare Elbil AS ga tilbud.' });
    expect(p.award.standstillEnd).toBeNull();
    expect(p.fields.standstillNone).toBe('Bare Elbil AS ga tilbud.');
    expect(ok(s, 'contracts.create', contract(c.id, sup.id, '2026-11-05')).signedDate).toBe('2026-11-05');
  });

  it('keeps the longer standstill the notice gave and holds the signing to it; refuses one shorter than Del III allows', () => {
    const { s, sup, c } = awardedCase();
    // Sent Wednesday 4 November with 14 days: the fourteenth day is Wednesday 18 November.
    const p = record(s, c.id, { days: 14 });
    expect(p.award.standstillEnd).toBe('2026-11-18');
    expect(p.fields).toMatchObject({ standstillDays: 14, awardNoticeByPost: false });
    expect(err(s, 'contracts.create', contract(c.id, sup.id, '2026-11-17')).issues?.[0]?.path).toBe('signedDate');
    const short = err(s, 'protocol.recordAward', {
      caseId: c.id,
      version: p.version,
      noticeDate: '2026-11-04',
      days: 7,
    });
    expect(short.issues?.[0]?.path).toBe('days');
    expect(short.message).toMatch(/minst 10 dager når meddelelsen sendes elektronisk/);
    expect(short.message).toMatch(/16\.11\.2026/);
    // Nothing changed: the 14 days stand.
    expect(ok(s, 'protocol.get', { caseId: c.id }).award.standstillEnd).toBe('2026-11-18');
  });

  it('asks for fifteen days in Del III when the notice was not sent electronically', () => {
    const { s, c } = awardedCase();
    // Fifteen days from Wednesday 4 November: Thursday 19 November.
    expect(record(s, c.id, { byPost: true }).award.standstillEnd).toBe('2026-11-19');
    const v = ok(s, 'protocol.get', { caseId: c.id }).version;
    const short = err(
      s,
      'protocol.recordAward',
      { caseId: c.id, version: v, noticeDate: '2026-11-04', byPost: true, days: 10 },
      'en',
    );
    expect(short.message).toMatch(/at least 15 days when the notice is not sent electronically/);
    // Nor can the protocol's own end date be set earlier than the minimum allows.
    const p = ok(s, 'protocol.get', { caseId: c.id });
    const early = err(s, 'protocol.save', {
      caseId: c.id,
      version: p.version,
      ...p.fields,
      standstillEndDate: '2026-11-16',
    });
    expect(early.issues?.[0]?.path).toBe('standstillEndDate');
  });

  it('takes the protocol’s exception from electronic communication as the reason for fifteen days', () => {
    const { s, c } = awardedCase();
    const p0 = ok(s, 'protocol.get', { caseId: c.id });
    ok(s, 'protocol.save', {
      caseId: c.id,
      version: p0.version,
      ...p0.fields,
      electronicException: true,
      electronicExceptionReason: 'Modeller måtte leveres fysisk.',
    });
    const p = record(s, c.id);
    expect(p.fields.awardNoticeByPost).toBe(true);
    expect(p.award.standstillEnd).toBe('2026-11-19');
  });

  it('lets the office set a shorter, reasonable standstill in Del II, where the regulation sets no number of days', () => {
    const { s, sup, c } = awardedCase({ estimatedValue: 1_500_000, kind: 'varer' });
    const p = record(s, c.id, { days: 5 });
    expect(p.regime).toBe('partII');
    expect(p.award.rule).toMatchObject({ days: 10, minimum: false, verified: true });
    // Five days from Wednesday 4 November: Monday 9 November.
    expect(p.award.standstillEnd).toBe('2026-11-09');
    expect(err(s, 'contracts.create', contract(c.id, sup.id, '2026-11-09')).issues?.[0]?.path).toBe('signedDate');
    expect(ok(s, 'contracts.create', contract(c.id, sup.id, '2026-11-10')).signedDate).toBe('2026-11-10');
  });

  it('offers only the exceptions the case’s part gives: no dynamic purchasing system in Del II', () => {
    const { s, c } = awardedCase({ estimatedValue: 1_500_000, kind: 'varer' });
    const refused = err(s, 'protocol.recordAward', {
      caseId: c.id,
      version: 0,
      noticeDate: '2026-11-04',
      exception: 'dynamicPurchasing',
      exceptionNote: 'Tildelt i ordningen.',
    });
    expect(refused.issues?.[0]?.path).toBe('exception');
    expect(refused.message).toMatch(/FOA §§ 10-1, 10-2/);
    expect(refused.message).toMatch(/Kontrakten tildeles under en rammeavtale/);
    // The framework exception is Del II's § 10-2 (3) c.
    expect(
      record(s, c.id, { exception: 'frameworkCallOff', exceptionNote: 'Avrop på rammeavtalen.' }).award.standstillEnd,
    ).toBeNull();
  });

  it('refuses the exception for no duty to publish after an open procedure, whether recorded on the award or saved in the protocol', () => {
    const { s, c } = awardedCase();
    const onAward = err(s, 'protocol.recordAward', {
      caseId: c.id,
      version: 0,
      noticeDate: '2026-11-04',
      exception: 'noPriorNotice',
      exceptionNote: 'Ikke kunngjort.',
    });
    expect(onAward.issues?.[0]?.path).toBe('exception');
    expect(onAward.message).toMatch(/FOA §§ 13-3, 13-4/);
    const p = record(s, c.id);
    const inProtocol = err(s, 'protocol.save', {
      caseId: c.id,
      version: p.version,
      ...p.fields,
      standstillException: 'noPriorNotice',
      standstillNone: 'Ikke kunngjort.',
    });
    expect(inProtocol.issues?.[0]?.path).toBe('standstillException');
    // The standstill stands as recorded.
    expect(ok(s, 'protocol.get', { caseId: c.id }).award.standstillEnd).toBe('2026-11-16');
  });

  it('asks for no contract award notice for a call-off under a framework (FOA § 21-6 (2))', () => {
    const { s, sup, c } = awardedCase({ procedure: 'avrop' });
    record(s, c.id, { exception: 'frameworkCallOff', exceptionNote: 'Avrop etter rammeavtalens vilkår.' });
    ok(s, 'contracts.create', contract(c.id, sup.id, '2026-11-05'));
    const p = ok(s, 'protocol.get', { caseId: c.id });
    expect(p.award.resultNoticeDue).toBeNull();
    expect(p.award.resultNoticeBasis).toBeNull();
    expect(ok(s, 'overview.awardDeadlines', { buyer: null }).filter((r) => r.kind === 'resultNotice')).toEqual([]);
  });

  it('holds the signing back ten days after an intention notice, when a request for an injunction would suspend it', () => {
    const { s, sup, c } = awardedCase({ procedure: 'direkte' });
    ok(s, 'notices.add', {
      caseId: c.id,
      notice: { kind: 'intention', platform: 'doffin', ref: '2026-104455', date: '2026-11-04' },
    });
    // Ten days from Wednesday 4 November: Saturday 14 November, so the wait runs to Monday 16 November.
    const early = err(s, 'contracts.create', contract(c.id, sup.id, '2026-11-16'));
    expect(early.issues?.[0]?.path).toBe('signedDate');
    expect(early.message).toMatch(/intensjonskunngjøringen/);
    expect(early.message).toMatch(/16\.11\.2026/);
    expect(early.message).toMatch(/FOA § 25-3 \(1\) b/);
    expect(ok(s, 'contracts.create', contract(c.id, sup.id, '2026-11-17')).signedDate).toBe('2026-11-17');
  });

  it('has no standstill in Del I, so nothing holds the signing back', () => {
    const { s, sup, c } = awardedCase({ estimatedValue: 300_000, kind: 'varer' });
    const p = record(s, c.id);
    expect(p.regime).toBe('partI');
    expect(p.award.rule).toBeNull();
    expect(p.award.standstillEnd).toBeNull();
    expect(ok(s, 'contracts.create', contract(c.id, sup.id, '2026-11-05')).signedDate).toBe('2026-11-05');
  });

  it('shows the standstill ending on Frister, then the award notice due 30 days after signing until its number is recorded', () => {
    const { s, sup, c } = awardedCase();
    record(s, c.id, { noticeDate: '2026-11-20' });
    const all = { buyer: null };
    expect(ok(s, 'overview.awardDeadlines', all)).toMatchObject([
      { kind: 'standstill', caseId: c.id, date: '2026-11-30', urgency: 'soon' },
    ]);
    ok(s, 'contracts.create', contract(c.id, sup.id, '2026-12-01'));
    expect(ok(s, 'overview.awardDeadlines', all)).toMatchObject([
      { kind: 'resultNotice', caseId: c.id, date: '2026-12-31' },
    ]);
    expect(ok(s, 'protocol.get', { caseId: c.id }).award.resultNoticeDue).toBe('2026-12-31');
    // A number in the wrong service's shape is refused beside its field; recorded, the deadline is met.
    const bad = err(s, 'notices.add', {
      caseId: c.id,
      notice: { kind: 'award', platform: 'ted', ref: '2026-12345', date: '2026-12-10' },
    });
    expect(bad.issues).toEqual([
      {
        path: 'notice.ref',
        message: 'Skriv nummeret slik TED gir det: løpenummer, bindestrek og årstall, f.eks. 123456-2026.',
      },
    ]);
    ok(s, 'notices.add', {
      caseId: c.id,
      notice: { kind: 'award', platform: 'ted', ref: '654321-2026', date: '2026-12-10' },
    });
    expect(ok(s, 'protocol.get', { caseId: c.id }).award.resultNoticeRef).toBe('654321-2026');
    expect(ok(s, 'overview.awardDeadlines', all)).toEqual([]);
  });
});

describe('the demo municipality', () => {
  it('holds awards with their notice and standstill, award notices with TED numbers, and award notices still due', () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 440 });
    const rows = ok(s, 'overview.awardDeadlines', { buyer: null });
    expect(rows.some((r) => r.kind === 'standstill')).toBe(true);
    const ids = ok(s, 'cases.list', { limit: 500, includeArchived: true }).items.map((c) => c.id);
    const protocols = ids.map((caseId) => ok(s, 'protocol.get', { caseId })).filter((p) => p.fields.awardNoticeDate);
    expect(protocols.length).toBeGreaterThan(10);
    expect(protocols.every((p) => p.fields.awardNoticeTo.length > 0)).toBe(true);
    expect(protocols.some((p) => /^\d{6}-\d{4}$/.test(p.award.resultNoticeRef))).toBe(true);
    // Complaints after the award: answered ones, and a case at KOFA.
    const complaints = ids.flatMap((caseId) => ok(s, 'complaints.list', { caseId }));
    expect(complaints.some((x) => x.kind === 'office' && x.closedDate && x.outcome)).toBe(true);
    expect(complaints.some((x) => x.kind === 'kofa' && /^\d{4}\/\d{4}$/.test(x.kofaCaseNo))).toBe(true);
    // The demo's standstills are the rule's: each ends on a working day at least ten days after its notice.
    for (const p of protocols.filter((x) => x.award.rule))
      expect(p.fields.standstillEndDate! > p.fields.awardNoticeDate!).toBe(true);
  });
});

describe('the notices in OCDS', () => {
  it('carries the contract notice and corrections as tender documents and the award notice with the awards, by their numbers', () => {
    const { s, sup, c } = awardedCase();
    ok(s, 'settings.set', { organisationName: 'Nordby kommune', organisationOrgnr: '974760673' });
    const add = (kind: NoticeKind, platform: NoticePlatform, ref: string, date: string, note = '') =>
      ok(s, 'notices.add', { caseId: c.id, notice: { kind, platform, ref, date, note } });
    add('contract', 'doffin', '2026-104233', '2026-10-01');
    add('contract', 'ted', '612345-2026', '2026-10-02');
    add('correction', 'doffin', '2026-105001', '2026-10-08', 'Ny tilbudsfrist.');
    record(s, c.id);
    ok(s, 'contracts.create', contract(c.id, sup.id, '2026-11-17'));
    add('award', 'ted', '700001-2026', '2026-11-20');
    // The same number twice on a case is refused.
    expect(
      err(s, 'notices.add', {
        caseId: c.id,
        notice: { kind: 'award', platform: 'ted', ref: '700001-2026', date: '2026-11-21' },
      }).issues?.[0]?.path,
    ).toBe('notice.ref');
    const release = ok(s, 'exchange.ocds', { caseIds: [c.id] }).releases[0] as {
      tender: { documents: { id: string; documentType: string; title: string; datePublished: string }[] };
      awards: { documents?: { id: string; documentType: string }[] }[];
    };
    expect(release.tender.documents.map((d) => [d.id, d.documentType])).toEqual([
      ['doffin-2026-104233', 'tenderNotice'],
      ['ted-612345-2026', 'tenderNotice'],
      ['doffin-2026-105001', 'tenderNotice'],
    ]);
    expect(release.tender.documents[2]!.title).toBe('Rettelse (Doffin 2026-105001)');
    expect(release.awards.at(-1)!.documents).toEqual([
      expect.objectContaining({ id: 'ted-700001-2026', documentType: 'awardNotice' }),
    ]);
    // The pack's appendix lists each case's notices by service and number.
    const appendix = ok(s, 'briefing.build', {
      title: 'Orientering',
      from: '2026-01-01',
      to: '2026-12-31',
      version: 'closed',
      part: 'appendix',
    }).appendix;
    expect(appendix.find((x) => x.caseNumber === sampleCase().caseNumber)?.notices).toEqual([
      'Doffin 2026-104233',
      'TED 612345-2026',
      'Doffin 2026-105001',
      'TED 700001-2026',
    ]);
    // The protocol lists them, oldest first.
    expect(ok(s, 'protocol.get', { caseId: c.id }).notices.map((n) => n.ref)).toEqual([
      '2026-104233',
      '612345-2026',
      '2026-105001',
      '700001-2026',
    ]);
  });
});

describe('the award and notices in a bundle', () => {
  it('carries the notice of the award, whom it went to, the exception and the notices to another PC', () => {
    const { s: a, c } = awardedCase();
    record(a, c.id, { exception: 'singleTenderer', exceptionNote: 'Bare én tilbyder.' });
    ok(a, 'notices.add', {
      caseId: c.id,
      notice: { kind: 'contract', platform: 'doffin', ref: '2026-104233', date: '2026-10-01' },
    });
    const b = tempService();
    const file = bundleFile(a);
    ok(b, 'bundle.import', file);
    const inB = ok(b, 'cases.list', {}).items.find((x) => x.caseNumber === sampleCase().caseNumber)!;
    const p = ok(b, 'protocol.get', { caseId: inB.id });
    expect(p.fields).toMatchObject({
      awardNoticeDate: '2026-11-04',
      awardNoticeTo: ['Elbil AS', 'Lade AS'],
      standstillException: 'singleTenderer',
      standstillNone: 'Bare én tilbyder.',
    });
    expect(p.notices.map((n) => [n.platform, n.ref])).toEqual([['doffin', '2026-104233']]);
    // Taken in again: nothing new.
    expect(ok(b, 'bundle.preview', file).counts.find((x) => x.table === 'cases')).toMatchObject({ new: 0, same: 1 });
  });
});

describe('complaints and injunctions', () => {
  const complaint = (over: Partial<Input<'complaints.add'>['complaint']> = {}) => ({
    kind: 'office' as const,
    date: '2026-11-06',
    supplier: 'Lade AS',
    concerns: 'Evalueringen av kvalitet.',
    answerDue: '2026-11-16',
    ...over,
  });

  it('shows an open complaint’s answer date on Frister until it is answered, with the outcome kept', () => {
    const { s, c } = awardedCase();
    const [x] = ok(s, 'complaints.add', { caseId: c.id, complaint: complaint() });
    expect(ok(s, 'overview.awardDeadlines', { buyer: null })).toMatchObject([
      { kind: 'complaint', caseId: c.id, date: '2026-11-16', urgency: 'overdue' },
    ]);
    const { id, caseId: _c, ...fields } = x!;
    const after = ok(s, 'complaints.update', {
      id,
      complaint: { ...fields, closedDate: '2026-11-12', outcome: 'upheld', answer: 'Evalueringen står seg.' },
    });
    expect(after[0]).toMatchObject({ closedDate: '2026-11-12', outcome: 'upheld' });
    expect(ok(s, 'overview.awardDeadlines', { buyer: null })).toEqual([]);
    const trail = ok(s, 'audit.forRecord', { entity: 'case', id: c.id }).map((e) => e.method);
    expect(trail.slice(0, 2)).toEqual(['complaints.update', 'complaints.add']);
  });

  it('keeps KOFA’s case number, decision and any fee', () => {
    const { s, c } = awardedCase();
    const [k] = ok(s, 'complaints.add', {
      caseId: c.id,
      complaint: complaint({ kind: 'kofa', kofaCaseNo: '2026/0412', answerDue: null }),
    });
    const { id, caseId: _c, ...fields } = k!;
    expect(
      ok(s, 'complaints.update', {
        id,
        complaint: { ...fields, closedDate: '2026-11-20', outcome: 'decisionChanged', fee: true, answer: 'Brudd.' },
      })[0],
    ).toMatchObject({ kind: 'kofa', kofaCaseNo: '2026/0412', fee: true, outcome: 'decisionChanged' });
  });

  it('refuses the signing while an injunction stands, whatever the standstill, and allows it once lifted', () => {
    const { s, sup, c } = awardedCase();
    record(s, c.id, { exception: 'singleTenderer', exceptionNote: 'Bare én.' });
    const [inj] = ok(s, 'complaints.add', {
      caseId: c.id,
      complaint: complaint({ kind: 'injunction', answerDue: null, supplier: 'Lade AS' }),
    });
    expect(err(s, 'contracts.create', contract(c.id, sup.id, '2026-11-20')).issues).toEqual([
      {
        path: 'signedDate',
        message:
          'Kontrakten kan ikke signeres mens begjæringen om midlertidig forføyning fra Lade AS stanser signeringen (FOA § 25-3): til tingretten har avgjort den, og er forføyning gitt, til den er opphevet. Registrer først at stansen er over.',
      },
    ]);
    // The closed pack's appendix names it; the public one has no such column.
    const pack = (version: 'closed' | 'public') =>
      ok(s, 'briefing.build', { title: 'Orientering', from: '2026-01-01', to: '2026-12-31', version, part: 'appendix' })
        .appendix[0]!;
    expect(pack('closed').complaints).toEqual(['Begjæring om midlertidig forføyning (Lade AS)']);
    expect(pack('public').complaints).toBeUndefined();
    expect(appendixTable([pack('closed')], 'nb').head.at(-1)).toBe('Åpne klager');
    expect(appendixTable([pack('public')], 'nb').head.at(-1)).toBe('Kunngjøringer');
    // An injunction has no answer date: it is not on Frister as one to answer.
    expect(ok(s, 'overview.awardDeadlines', { buyer: null })).toEqual([]);
    const { id, caseId: _c, ...fields } = inj!;
    ok(s, 'complaints.update', { id, complaint: { ...fields, closedDate: '2026-11-25' } });
    expect(ok(s, 'contracts.create', contract(c.id, sup.id, '2026-11-26')).signedDate).toBe('2026-11-26');
  });
});
