import { describe, expect, it } from 'vitest';
import { SETTINGS_RECORD_ID, type Input } from '../../core/index.js';
import type { Service } from '../../service/service.js';
import { err, ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

// "Min oversikt" on 25 November 2026 (TODAY): the quarter runs 1 October to 31 December.
const ME = 'Kari Nordmann';

function setup() {
  const s = tempService();
  ok(s, 'settings.set', { userName: ME });
  const sup = ok(s, 'suppliers.create', sampleSupplier());
  let n = 0;
  const kase = (over: Partial<Input<'cases.create'>> = {}) =>
    ok(s, 'cases.create', sampleCase({ caseNumber: `2026/${100 + ++n}`, registeredDate: '2026-11-20', ...over }));
  return { s, sup, kase };
}

const rows = (s: Service, filter: Input<'overview.get'> = {}) => ok(s, 'overview.get', filter).rows;
const kinds = (s: Service, caseId: number, filter: Input<'overview.get'> = {}) =>
  rows(s, filter)
    .filter((r) => r.caseId === caseId)
    .map((r) => r.kind);

function move(s: Service, id: number, phase: Input<'cases.changePhase'>['phase'], date: string, overrideReason = '') {
  const v = ok(s, 'cases.get', { id }).version;
  return ok(s, 'cases.changePhase', { id, version: v, phase, date, overrideReason });
}

describe('Min oversikt', () => {
  it('lists a notice planned this quarter, not one planned for the next; an earlier one still unpublished is overdue', () => {
    const { s, kase } = setup();
    const soon = kase({ plannedNoticeDate: '2026-12-01' });
    const later = kase({ plannedNoticeDate: '2027-01-04' });
    const late = kase({ plannedNoticeDate: '2026-11-02' });
    const r = rows(s);
    expect(r.find((x) => x.caseId === soon.id)).toMatchObject({ kind: 'notice', date: '2026-12-01', urgency: 'soon' });
    expect(r.find((x) => x.caseId === late.id)).toMatchObject({
      kind: 'notice',
      date: '2026-11-02',
      urgency: 'overdue',
    });
    expect(kinds(s, later.id)).toEqual([]);
    // Once published, it is no longer something to do.
    move(s, soon.id, 'kunngjoring', '2026-11-24');
    expect(kinds(s, soon.id)).toEqual([]);
    // A notice in the quarter but more than 14 days off is listed without a tag.
    const quiet = kase({ plannedNoticeDate: '2026-12-30' });
    expect(rows(s).find((x) => x.caseId === quiet.id)).toMatchObject({ kind: 'notice', urgency: null });
  });

  it('lists the planned tender deadline while the notice is out, near or passed, and not once the deadline is recorded', () => {
    const { s, kase } = setup();
    const c = kase({ plannedNoticeDate: '2026-11-21', plannedTenderDeadline: '2026-12-03' });
    // Not yet announced: the notice is what to do, not the tenders.
    expect(kinds(s, c.id)).toEqual(['notice']);
    move(s, c.id, 'kunngjoring', '2026-11-21');
    expect(rows(s).find((x) => x.caseId === c.id)).toMatchObject({
      kind: 'tender',
      date: '2026-12-03',
      urgency: 'soon',
    });
    const late = kase({ plannedTenderDeadline: '2026-11-24' });
    move(s, late.id, 'kunngjoring', '2026-11-20');
    expect(rows(s).find((x) => x.caseId === late.id)).toMatchObject({ kind: 'tender', urgency: 'overdue' });
    // The deadline recorded as passed: the tenders are in, nothing more to remind.
    move(s, late.id, 'tilbudsfrist', '2026-11-24');
    expect(kinds(s, late.id)).not.toContain('tender');
    // The case keeps the date, as planned, and shows it.
    expect(ok(s, 'cases.get', { id: c.id }).plannedTenderDeadline).toBe('2026-12-03');
  });

  it('lists answers from the market dialogue not yet shared with all, until the case moves to the competition', () => {
    const { s, sup, kase } = setup();
    const c = kase({ plannedNoticeDate: '2027-02-01' });
    expect(kinds(s, c.id)).toEqual([]);
    const meeting = ok(s, 'dialogues.create', {
      caseId: c.id,
      form: 'en_til_en',
      date: '2026-11-21',
      title: 'Møte',
      suppliers: [{ supplierId: sup.id, attended: true }],
    });
    ok(s, 'dialogues.addItem', {
      dialogueId: meeting.id,
      askedBy: sup.id,
      question: 'Godtas leasing?',
      answer: 'Ja.',
      answeredDate: '2026-11-21',
    });
    ok(s, 'dialogues.addItem', {
      dialogueId: meeting.id,
      askedBy: sup.id,
      question: 'Når kommer kunngjøringen?',
      answer: 'I februar.',
      answeredDate: '2026-11-21',
    });
    expect(rows(s).find((x) => x.caseId === c.id)).toMatchObject({
      kind: 'unshared',
      n: 2,
      date: '2027-02-01',
      urgency: null,
    });
    move(s, c.id, 'kunngjoring', '2026-11-24', 'Svarene står i konkurransegrunnlaget.');
    expect(kinds(s, c.id)).toEqual([]);
  });

  it('lists the planned award while the competition runs, and the standstill’s end once awarded, until a contract is signed', () => {
    const { s, sup, kase } = setup();
    const c = kase({ plannedAwardDate: '2026-12-05' });
    expect(kinds(s, c.id)).toEqual([]);
    move(s, c.id, 'evaluering', '2026-11-23');
    expect(rows(s).find((x) => x.caseId === c.id)).toMatchObject({
      kind: 'award',
      date: '2026-12-05',
      urgency: 'soon',
    });
    move(s, c.id, 'tildeling', '2026-11-24');
    // Awarded: no planned award any more, and no standstill until the protocol records its end.
    expect(kinds(s, c.id)).toEqual([]);
    ok(s, 'protocol.save', {
      caseId: c.id,
      version: 0,
      awardNoticeDate: '2026-11-24',
      standstillEndDate: '2026-12-05',
    });
    expect(rows(s).find((x) => x.caseId === c.id)).toMatchObject({
      kind: 'standstill',
      date: '2026-12-05',
      urgency: 'soon',
    });
    // Signed after the standstill: it is behind it; the protocol is now due (it is not finalised), and in Del III the contract award notice.
    ok(s, 'contracts.create', {
      caseId: c.id,
      title: 'Avtale',
      supplierIds: [sup.id],
      value: 500_000,
      signedDate: '2026-12-07',
      startDate: '2027-01-01',
      endDate: '2028-12-31',
      owner: ME,
    });
    expect(kinds(s, c.id)).toEqual(['protocol', 'resultNotice']);
  });

  it('lists a signed contract whose case’s protocol is not finalised, and not a contract with no signing date', () => {
    const { s, sup, kase } = setup();
    const c = kase({ kind: 'varer', estimatedValue: 90_000, procedure: null });
    move(s, c.id, 'tildeling', '2026-11-21');
    const k = ok(s, 'contracts.create', {
      caseId: c.id,
      title: 'Avtale',
      supplierIds: [sup.id],
      value: 90_000,
      startDate: '2027-01-01',
      endDate: '2028-12-31',
      owner: ME,
    });
    expect(kinds(s, c.id)).toEqual([]);
    ok(s, 'contracts.update', {
      id: k.id,
      version: k.version,
      title: k.title,
      supplierIds: [sup.id],
      value: 90_000,
      signedDate: '2026-11-22',
      startDate: '2027-01-01',
      endDate: '2028-12-31',
      owner: ME,
      administrator: '',
      noticeMonths: 0,
      paySector: null,
      apprenticeDecision: null,
      apprenticeNote: '',
    });
    expect(rows(s).find((x) => x.caseId === c.id)).toMatchObject({
      kind: 'protocol',
      date: '2026-11-22',
      urgency: 'overdue',
      contractId: null,
    });
  });

  it('lists a case longer in its phase than the office’s norm, and follows the norm set under Innstillinger', () => {
    const { s, kase } = setup();
    const slow = kase({ registeredDate: '2026-09-01' });
    const fresh = kase({ registeredDate: '2026-11-01' });
    // Needs assessment: 60 days by default; 85 days have passed.
    expect(rows(s).find((x) => x.caseId === slow.id)).toMatchObject({
      kind: 'stalled',
      phase: 'behovsavklaring',
      n: 85,
      norm: 60,
      date: '2026-10-31',
      urgency: 'overdue',
    });
    expect(kinds(s, fresh.id)).toEqual([]);
    const set = ok(s, 'settings.set', { phaseNorms: { behovsavklaring: 90 } });
    expect(set.phaseNorms).toMatchObject({ behovsavklaring: 90, markedsdialog: 60 });
    // Recorded in the settings' history like any other setting.
    const last = ok(s, 'audit.forRecord', { entity: 'settings', id: SETTINGS_RECORD_ID })[0]!;
    expect(last.changes.map((c) => c.field)).toEqual(['phaseNorms']);
    expect(kinds(s, slow.id)).toEqual([]);
    ok(s, 'settings.set', { phaseNorms: { behovsavklaring: 20 } });
    expect(kinds(s, fresh.id)).toEqual(['stalled']);
    // A closed case has no norm.
    move(s, slow.id, 'avsluttet', '2026-11-25');
    expect(kinds(s, slow.id)).toEqual([]);
    // A norm must be whole days within bounds, refused on its field.
    expect(err(s, 'settings.set', { phaseNorms: { evaluering: 0 } }).issues?.[0]?.path).toBe('phaseNorms.evaluering');
  });

  it('lists a contract’s options, expiry and pay controls from the same deadlines as Frister, near ones marked', () => {
    const { s, sup, kase } = setup();
    const c = kase({ kind: 'tjenester', estimatedValue: 3_000_000 });
    move(s, c.id, 'tildeling', '2026-11-21');
    let k = ok(s, 'contracts.create', {
      caseId: c.id,
      title: 'Renhold',
      supplierIds: [sup.id],
      value: 3_000_000,
      startDate: '2025-12-01',
      endDate: '2027-02-20',
      owner: ME,
      paySector: 'landsomfattende',
      options: [{ lengthMonths: 12, decideBy: '2026-12-01' }],
    });
    // Covered by the pay-and-conditions regulation and never assessed.
    expect(
      rows(s)
        .filter((r) => r.contractId === k.id)
        .map((r) => [r.kind, r.date, r.urgency]),
    ).toEqual([
      ['riskAssessment', '2025-12-01', 'overdue'],
      ['option', '2026-12-01', 'soon'],
      ['expiry', '2027-02-20', null],
    ]);
    k = ok(s, 'contracts.addFollowup', {
      contractId: k.id,
      kind: 'risk_assessment',
      date: '2025-12-15',
      title: 'Risikovurdering',
      riskLevel: 'high',
      nextControlDue: '2026-11-01',
    });
    expect(
      rows(s)
        .filter((r) => r.contractId === k.id)
        .map((r) => [r.kind, r.urgency]),
    ).toEqual([
      ['control', 'overdue'],
      ['option', 'soon'],
      ['expiry', null],
    ]);
    // The same facts Frister shows, nothing computed twice.
    const frister = ok(s, 'contracts.deadlines', { months: 3 }).filter((d) => d.contractId === k.id);
    expect(frister.map((d) => [d.kind, d.date])).toEqual(
      rows(s)
        .filter((r) => r.contractId === k.id)
        .map((r) => [r.kind, r.date]),
    );
  });

  it('does not ask for a risk assessment where the regulation does not apply', () => {
    const { s, sup, kase } = setup();
    const goods = kase({ kind: 'varer', estimatedValue: 3_000_000 });
    move(s, goods.id, 'tildeling', '2026-11-21');
    ok(s, 'contracts.create', {
      caseId: goods.id,
      title: 'Biler',
      supplierIds: [sup.id],
      value: 3_000_000,
      startDate: '2026-01-01',
      endDate: '2029-12-31',
      owner: ME,
      paySector: 'landsomfattende',
    });
    const small = kase({ kind: 'tjenester', estimatedValue: 1_000_000 });
    move(s, small.id, 'tildeling', '2026-11-21');
    ok(s, 'contracts.create', {
      caseId: small.id,
      title: 'Vask',
      supplierIds: [sup.id],
      value: 1_000_000,
      startDate: '2026-01-01',
      endDate: '2029-12-31',
      owner: ME,
      paySector: 'landsomfattende',
    });
    expect(rows(s).filter((r) => r.kind === 'riskAssessment')).toEqual([]);
  });

  it('shows the user’s own cases by default; another buyer, all buyers, and a department on request', () => {
    const { s, sup, kase } = setup();
    const mine = kase({ registeredDate: '2026-08-01', department: 'Helse og omsorg' });
    const theirs = kase({ registeredDate: '2026-08-01', buyer: 'Per Hansen', department: 'Eiendom' });
    // A contract on Per's case that I follow up: its deadlines are mine too.
    move(s, theirs.id, 'tildeling', '2026-11-21');
    const k = ok(s, 'contracts.create', {
      caseId: theirs.id,
      title: 'Vedlikehold',
      supplierIds: [sup.id],
      value: 500_000,
      startDate: '2025-01-01',
      endDate: '2026-12-31',
      owner: ME,
    });
    const o = ok(s, 'overview.get', {});
    expect(o).toMatchObject({ buyer: ME, department: null, me: ME });
    expect(new Set(o.rows.map((r) => r.caseId))).toEqual(new Set([mine.id, theirs.id]));
    expect(o.rows.filter((r) => r.caseId === theirs.id).map((r) => [r.kind, r.contractId])).toEqual([['expiry', k.id]]);
    expect(new Set(rows(s, { buyer: 'Per Hansen' }).map((r) => r.kind))).toEqual(new Set(['expiry']));
    expect(new Set(rows(s, { buyer: null }).map((r) => r.caseId))).toEqual(new Set([mine.id, theirs.id]));
    expect(
      rows(s, { buyer: null })
        .filter((r) => r.caseId === theirs.id)
        .map((r) => r.kind),
    ).toEqual(['expiry']);
    expect(new Set(rows(s, { buyer: null, department: 'Helse og omsorg' }).map((r) => r.caseId))).toEqual(
      new Set([mine.id]),
    );
    expect(rows(s, { buyer: 'Per Hansen', department: 'Helse og omsorg' })).toEqual([]);
    // An archived case is not something to do.
    ok(s, 'cases.archive', { id: mine.id, version: ok(s, 'cases.get', { id: mine.id }).version });
    expect(kinds(s, mine.id)).toEqual([]);
  });
});

describe('Frister', () => {
  it('keeps a contract whose first decision is more than 12 months away in its contract list, with that decision', () => {
    const { s, sup, kase } = setup();
    const c = kase();
    move(s, c.id, 'tildeling', '2026-11-21');
    const far = ok(s, 'contracts.create', {
      caseId: c.id,
      title: 'Langt fram',
      supplierIds: [sup.id],
      value: 500_000,
      startDate: '2026-11-01',
      endDate: '2028-11-30',
      owner: 'Per Hansen',
      options: [{ lengthMonths: 12, decideBy: '2028-05-31' }],
    });
    expect(ok(s, 'contracts.deadlines', { months: 12 }).map((d) => d.contractId)).not.toContain(far.id);
    expect(ok(s, 'contracts.running', {})).toEqual([
      {
        contractId: far.id,
        contractTitle: 'Langt fram',
        caseId: c.id,
        caseNumber: c.caseNumber,
        owner: 'Per Hansen',
        currentEnd: '2028-11-30',
        next: { kind: 'option', date: '2028-05-31', optionSeq: 1 },
      },
    ]);
    // Beside the deadlines of a period: only the contracts with none in it.
    expect(ok(s, 'contracts.running', { months: 12 }).map((k) => k.contractId)).toEqual([far.id]);
    const near = ok(s, 'contracts.create', {
      caseId: c.id,
      title: 'Snart',
      supplierIds: [sup.id],
      value: 500_000,
      startDate: '2026-11-01',
      endDate: '2027-01-31',
      owner: 'Per Hansen',
    });
    expect(ok(s, 'contracts.running', {}).map((k) => k.contractId)).toEqual([near.id, far.id]);
    expect(ok(s, 'contracts.running', { months: 3 }).map((k) => k.contractId)).toEqual([far.id]);
    ok(s, 'contracts.terminate', {
      id: near.id,
      version: near.version,
      date: '2026-11-25',
      reason: 'Bortfall av behov',
    });
    // Filtered by buyer (the case's buyer or the contract's owner) and department.
    expect(ok(s, 'contracts.running', { buyer: 'Per Hansen' })).toHaveLength(1);
    expect(ok(s, 'contracts.running', { buyer: ME })).toHaveLength(1);
    expect(ok(s, 'contracts.running', { buyer: 'Ola Nordmann' })).toEqual([]);
    expect(ok(s, 'contracts.running', { department: 'Eiendom' })).toEqual([]);
    // A terminated contract has left the list.
    ok(s, 'contracts.terminate', { id: far.id, version: far.version, date: '2026-11-25', reason: 'Bortfall av behov' });
    expect(ok(s, 'contracts.running', {})).toEqual([]);
  });

  it('filters deadlines by buyer and department', () => {
    const { s, sup, kase } = setup();
    const c = kase({ department: 'Eiendom', buyer: 'Per Hansen' });
    move(s, c.id, 'tildeling', '2026-11-21');
    ok(s, 'contracts.create', {
      caseId: c.id,
      title: 'Snart slutt',
      supplierIds: [sup.id],
      value: 500_000,
      startDate: '2025-01-01',
      endDate: '2026-12-31',
      owner: 'Per Hansen',
    });
    expect(ok(s, 'contracts.deadlines', { months: 3 })).toHaveLength(1);
    expect(ok(s, 'contracts.deadlines', { months: 3, buyer: 'Per Hansen', department: 'Eiendom' })).toHaveLength(1);
    expect(ok(s, 'contracts.deadlines', { months: 3, buyer: ME })).toEqual([]);
    expect(ok(s, 'contracts.deadlines', { months: 3, department: 'Helse og omsorg' })).toEqual([]);
  });
});
