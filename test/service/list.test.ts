import { describe, expect, it } from 'vitest';
import { caseSorts, type CaseSummary } from '../../core/index.js';
import { ok, tempService } from '../helpers/tempService.js';

function demoService(cases = 300) {
  const s = tempService();
  ok(s, 'demo.seed', { cases });
  return s;
}

describe('cases.list', () => {
  it('walks the whole list by cursor, every case once, in order, for every sort and direction', () => {
    const s = demoService();
    for (const sort of caseSorts) {
      for (const dir of ['asc', 'desc'] as const) {
        const seen: CaseSummary[] = [];
        let cursor: string | undefined;
        let page = ok(s, 'cases.list', { sort, dir, limit: 37 });
        for (;;) {
          seen.push(...page.items);
          if (!page.nextCursor) break;
          cursor = page.nextCursor;
          page = ok(s, 'cases.list', { sort, dir, limit: 37, cursor });
        }
        expect(new Set(seen.map((c) => c.id)).size).toBe(page.total);
        expect(seen).toHaveLength(page.total);
        const byOffset = ok(s, 'cases.list', { sort, dir, limit: 500 }).items.map((c) => c.id);
        expect(seen.map((c) => c.id)).toEqual(byOffset);
      }
    }
  });

  it('filters by phase, department, theme, year and procedure, and counts what matches', () => {
    const s = demoService();
    const all = ok(s, 'cases.list', { limit: 500 }).items;
    const check = (input: Parameters<typeof ok<'cases.list'>>[2], pred: (c: CaseSummary) => boolean) => {
      const r = ok(s, 'cases.list', { ...input, limit: 500 });
      expect(r.total).toBe(all.filter(pred).length);
      expect(r.items.every(pred)).toBe(true);
    };
    check({ phase: 'kontraktsoppfolging' }, (c) => c.phase === 'kontraktsoppfolging');
    check({ department: 'Eiendom' }, (c) => c.department === 'Eiendom');
    check({ theme: 'klima_miljo' }, (c) => c.themes.includes('klima_miljo'));
    check({ year: 2025 }, (c) => c.registeredDate.startsWith('2025'));
    check(
      { procedure: 'direkte', department: 'Teknisk drift' },
      (c) => c.procedure === 'direkte' && c.department === 'Teknisk drift',
    );
  });

  it('finds cases by words in the title, description and case number, as you type', () => {
    const s = demoService();
    const r = ok(s, 'cases.list', { q: 'brøyt', limit: 500 });
    expect(r.total).toBeGreaterThan(0);
    expect(r.items.every((c) => /brøyt/i.test(c.title))).toBe(true);
    const first = ok(s, 'cases.list', { limit: 1 }).items[0]!;
    expect(ok(s, 'cases.list', { q: first.caseNumber }).items.map((c) => c.id)).toContain(first.id);
    const byDescription = ok(s, 'cases.list', { q: 'gummigranulat' });
    expect(byDescription.items.every((c) => c.title.startsWith('Kunstgressbane'))).toBe(true);
  });

  it('sorts titles in Norwegian alphabetical order', () => {
    const s = tempService();
    const base = { department: 'Eiendom', buyer: 'Ola', estimatedValue: 1000, kind: 'varer' as const };
    ['Åsen skole', 'Ølen bru', 'Ærfugl', 'zebra', 'Alna'].forEach((title, i) =>
      ok(s, 'cases.create', { ...base, title, caseNumber: `2026/${i + 1}` }),
    );
    expect(ok(s, 'cases.list', { sort: 'title', dir: 'asc' }).items.map((c) => c.title)).toEqual([
      'Alna',
      'zebra',
      'Ærfugl',
      'Ølen bru',
      'Åsen skole',
    ]);
  });

  it('counts and pages search results the same whichever way it is sorted, archived cases left out', () => {
    const s = demoService();
    const hits = ok(s, 'cases.list', { q: 'rammeavtale', limit: 500 });
    expect(hits.total).toBeGreaterThan(3);
    const ids = hits.items.map((c) => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a)); // a search lists the newest first
    const first = ok(s, 'cases.get', { id: ids[0]! });
    ok(s, 'cases.archive', { id: first.id, version: first.version });
    const after = ok(s, 'cases.list', { q: 'rammeavtale', limit: 500 });
    expect(after.total).toBe(hits.total - 1);
    expect(after.items.map((c) => c.id)).not.toContain(first.id);
    expect(ok(s, 'cases.list', { q: 'rammeavtale', includeArchived: true }).total).toBe(hits.total);
    const byTitle = ok(s, 'cases.list', { q: 'rammeavtale', sort: 'title', dir: 'asc', limit: 500 });
    expect(byTitle.total).toBe(after.total);
    expect(new Set(byTitle.items.map((c) => c.id))).toEqual(new Set(after.items.map((c) => c.id)));
    // Paging a search by cursor gives the same rows as one big page.
    const paged: number[] = [];
    let page = ok(s, 'cases.list', { q: 'rammeavtale', limit: 3 });
    for (;;) {
      paged.push(...page.items.map((c) => c.id));
      if (!page.nextCursor) break;
      page = ok(s, 'cases.list', { q: 'rammeavtale', limit: 3, cursor: page.nextCursor });
    }
    expect(paged).toEqual(after.items.map((c) => c.id));
  });

  it('keeps the unfiltered total right through creates and archiving', () => {
    const s = demoService(50);
    const total = () => ok(s, 'cases.list', {}).total;
    const all = () => ok(s, 'cases.list', { includeArchived: true }).total;
    expect([total(), all()]).toEqual([50, 50]);
    const c = ok(s, 'cases.create', {
      caseNumber: '2099/1',
      title: 'Ny sak',
      department: 'Eiendom',
      buyer: 'Ola',
      estimatedValue: 5,
      kind: 'varer',
    });
    expect([total(), all()]).toEqual([51, 51]);
    const a = ok(s, 'cases.archive', { id: c.id, version: c.version });
    expect([total(), all()]).toEqual([50, 51]);
    ok(s, 'cases.archive', { id: c.id, version: a.version, archived: false });
    expect([total(), all()]).toEqual([51, 51]);
  });

  it('refuses a forged cursor with a clear message', () => {
    const s = tempService();
    const r = s.dispatch('cases.list', { cursor: 'not-a-cursor' }, 'nb');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.body.error.issues).toMatchObject([
        { path: 'cursor', message: 'Ugyldig sidemarkør; start listen på nytt.' },
      ]);
  });

  it('offers demo data only for an empty database', () => {
    const s = demoService(20);
    const r = s.dispatch('demo.seed', { cases: 5 }, 'nb');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.body.error).toMatchObject({
        code: 'conflict',
        message: 'Demodata kan bare legges inn i en tom database.',
      });
    expect(ok(s, 'cases.list', { includeArchived: true }).total).toBe(20);
  });
});

describe('demo data', () => {
  it('holds a municipality whose market dialogue keeps the rules it teaches', () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 440 });
    const db = s.database.sqlite;
    const suppliers = ok(s, 'suppliers.list', {});
    expect(suppliers.total).toBeGreaterThanOrEqual(40);
    const activities = (db.prepare('SELECT count(*) AS n FROM dialogues').get() as { n: number }).n;
    expect(activities).toBeGreaterThan(50);
    // No answer shared before it was given, and no case went into the competition with unshared items.
    expect(
      db
        .prepare(
          'SELECT count(*) AS n FROM dialogue_items WHERE shared_date IS NOT NULL AND shared_date < answered_date',
        )
        .get(),
    ).toEqual({ n: 0 });
    const heldBack = db
      .prepare(
        `SELECT count(*) AS n FROM dialogue_items i JOIN dialogues d ON d.id = i.dialogue_id JOIN cases c ON c.id = d.case_id
         WHERE i.shared_date IS NULL AND c.phase NOT IN ('behovsavklaring', 'markedsdialog', 'konkurransestrategi', 'konkurransegrunnlag')`,
      )
      .get();
    expect(heldBack).toEqual({ n: 0 });
    // Awarded cases have their contracts, and the deadlines view has something to show.
    const contracts = ok(s, 'contracts.list', {});
    expect(contracts.length).toBeGreaterThan(50);
    expect(contracts.some((k) => k.status === 'active')).toBe(true);
    expect(ok(s, 'contracts.deadlines', { months: 12 }).length).toBeGreaterThan(5);
    // Four years of savings to report, as the municipality in DOMAIN.md does.
    const totals = ok(s, 'savings.totals', {});
    expect(totals.years.every((y) => y.casesHandled > 50)).toBe(true);
    expect(totals.years.slice(1).every((y) => y.savedContractPeriod > 0)).toBe(true);
    expect(totals.sentence).toMatch(
      /^I 2026 har innkjøp håndtert \d+ saker (og realisert gevinster på|med forventet gevinst på) .*\smill\.\skr.*; om lag .*\smill\.\skr de siste fire årene \((realisert|forventet|realisert der det er registrert, ellers forventet)\)\.$/,
    );
    // Every organisation number is valid.
    for (const sup of suppliers.items) ok(s, 'suppliers.get', { id: sup.id });
  });
});
