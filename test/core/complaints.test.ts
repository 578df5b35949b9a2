import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  isWorkingDay,
  kofaAnswerDue,
  complaintIssues,
  ComplaintInputSchema,
  complaintKinds,
  KOFA_CASE_NUMBER,
  localiseIssues,
  type ComplaintDates,
  type ComplaintKind,
} from '../../core/index.js';

const date = fc.integer({ min: 0, max: 365 * 20 }).map((d) => addDays('2015-01-01', d));
const kind = fc.constantFrom<ComplaintKind>(...complaintKinds);
const outcome = fc.constantFrom(null, 'upheld', 'rejected', 'decisionChanged');

const complaint = fc.record<ComplaintDates>({
  kind,
  date,
  answerDue: fc.option(date, { nil: null }),
  closedDate: fc.option(date, { nil: null }),
  outcome,
  fee: fc.boolean(),
  kofaCaseNo: fc.constantFrom('', '2024/1234', '2015/65', 'KOFA-1', '24/1234'),
});

const fields = (c: ReturnType<typeof complaintIssues>) => c.map((i) => i.field);

describe("a complaint's dates (core/rules/complaints.ts)", () => {
  it('refuses a closing date before the complaint came in, and only then', () => {
    fc.assert(
      fc.property(complaint, (c) => {
        const closedEarly = c.closedDate !== null && c.closedDate < c.date;
        expect(fields(complaintIssues(c)).includes('closedDate')).toBe(closedEarly);
      }),
    );
  });

  it('refuses an answer due before the complaint came in, and only then', () => {
    fc.assert(
      fc.property(complaint, (c) => {
        expect(fields(complaintIssues(c)).includes('answerDue')).toBe(c.answerDue !== null && c.answerDue < c.date);
      }),
    );
  });

  it('wants an outcome (and KOFA’s fee) only with the date of the answer or decision', () => {
    fc.assert(
      fc.property(complaint, (c) => {
        const f = fields(complaintIssues(c));
        expect(f.includes('outcome')).toBe(c.closedDate === null && c.outcome !== null && c.kind !== 'injunction');
        expect(f.includes('fee')).toBe(c.closedDate === null && c.fee && c.kind === 'kofa');
      }),
    );
  });

  it('with today, refuses what has happened lying after it; without, never', () => {
    fc.assert(
      fc.property(complaint, date, (c, today) => {
        const f = fields(complaintIssues(c, today));
        expect(f.includes('date')).toBe(c.date > today);
        if (c.closedDate !== null && c.closedDate >= c.date)
          expect(f.includes('closedDate')).toBe(c.closedDate > today);
        expect(fields(complaintIssues(c))).not.toContain('date');
        // An answer due date is the office's own: it may lie ahead.
        const ahead = addDays(today, 30);
        if (ahead >= c.date)
          expect(fields(complaintIssues({ ...c, answerDue: ahead }, today))).not.toContain('answerDue');
      }),
    );
  });

  it('a consistent complaint has no issues', () => {
    fc.assert(
      fc.property(kind, date, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (k, d, a, b) => {
        const closed = addDays(d, a);
        const c: ComplaintDates = {
          kind: k,
          date: d,
          answerDue: addDays(d, b),
          closedDate: closed,
          outcome: k === 'injunction' ? null : 'upheld',
          fee: k === 'kofa',
          kofaCaseNo: k === 'kofa' ? `${d.slice(0, 4)}/${b + 1}` : '',
        };
        expect(complaintIssues(c, closed)).toEqual([]);
      }),
    );
  });

  it('names each broken rule in words, on its field, by kind', () => {
    const base = {
      kind: 'kofa' as const,
      date: '2026-11-06',
      supplier: 'Lade AS',
      closedDate: '2026-11-01',
      kofaCaseNo: '2026-412',
    };
    const r = ComplaintInputSchema.safeParse(base);
    expect(r.success).toBe(false);
    expect(localiseIssues(r.error!.issues, 'nb')).toEqual([
      {
        path: 'kofaCaseNo',
        key: 'complaintKofaCaseNo',
        message: 'Skriv saksnummeret slik KOFA gir det: årstall, skråstrek og løpenummer, f.eks. 2024/1234.',
      },
      {
        path: 'closedDate',
        key: 'complaintDecidedBeforeFiled',
        message:
          'KOFA kan ikke ha avgjort saken før klagen kom inn til KOFA. Sjekk datoen for avgjørelsen og mottaksdatoen.',
      },
    ]);
    const lifted = ComplaintInputSchema.safeParse({ ...base, kind: 'injunction', kofaCaseNo: '' });
    expect(localiseIssues(lifted.error!.issues, 'nn').map((i) => i.message)).toEqual([
      'Åtgjerda kan ikkje vere oppheva før ho vart gitt. Sjekk datoen ho vart oppheva og datoen ho kom.',
    ]);
    const outcome = ComplaintInputSchema.safeParse({ ...base, kind: 'office', closedDate: null, outcome: 'upheld' });
    expect(localiseIssues(outcome.error!.issues, 'en')).toMatchObject([
      {
        path: 'outcome',
        message: 'An outcome belongs to an answer: write when the complaint was answered, or clear the outcome.',
      },
    ]);
  });

  it("takes KOFA's case numbers as KOFA writes them", () => {
    for (const ok of ['2022/1168', '2022/913', '2020/403', '2015/65', '2026/0412'])
      expect(ok).toMatch(KOFA_CASE_NUMBER);
    for (const bad of ['2022-1168', '22/1168', '2022/', 'sak 2022/1168', '2022/1168 '])
      expect(bad).not.toMatch(KOFA_CASE_NUMBER);
  });

  it('proposes KOFA’s answer deadline: ten working days from its letter, past weekends and public holidays', () => {
    // A letter dated Friday 27 November 2026: two working weeks on, Friday 11 December.
    expect(kofaAnswerDue('2026-11-27')).toBe('2026-12-11');
    // Over Christmas and New Year (Boxing Day a Saturday, 1 January a Friday): Tuesday 5 January 2027.
    expect(kofaAnswerDue('2026-12-18')).toBe('2027-01-05');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 20 }).map((d) => addDays('2015-01-01', d)),
        fc.integer({ min: 1, max: 30 }),
        (d, n) => {
          const end = addWorkingDays(d, n);
          expect(isWorkingDay(end)).toBe(true);
          let count = 0;
          for (let x = addDays(d, 1); x <= end; x = addDays(x, 1)) if (isWorkingDay(x)) count += 1;
          expect(count).toBe(n);
        },
      ),
    );
  });
});
