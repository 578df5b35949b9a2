import { describe, expect, it } from 'vitest';
import { methods, roles, type Method, type Role } from '../../core/index.js';
import type { Caller } from '../../service/context.js';
import { fileExporter } from '../../service/exporter.js';
import { registry } from '../../service/handlers/index.js';
import type { PdfPrinter } from '../../service/print/printer.js';
import { ok, sampleCase, sampleSupplier, tempService } from '../helpers/tempService.js';

// The office server's roles, method by method: each role is refused (403,
// before its input is read) exactly the methods it may not call, and what a
// role may call is what the office expects of it: a reader reads, a need
// owner reads their own departments' cases and nothing else of the office's.

const callers: Record<Role, Caller> = {
  administrator: { username: 'ada', name: 'Ada Admin', role: 'administrator', departments: [] },
  innkjøper: { username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] },
  leser: { username: 'lise', name: 'Lise Leder', role: 'leser', departments: [] },
  avdeling: { username: 'nina', name: 'Nina Holm', role: 'avdeling', departments: ['Helse og omsorg'] },
};

/** What a need owner may call: their departments' cases and comments on them, reference data, and their own account. */
const NEED_OWNER_MAY: readonly Method[] = [
  'access.mine',
  'access.changeOwnPassword',
  'reference.get',
  'reference.cpv',
  'cases.list',
  'cases.facets',
  'cases.get',
  'comments.forCase',
  'comments.add',
  'settings.get',
  'thresholds.list',
  'system.status',
];
/** What only an administrator may call: accounts, settings, the rules' values, backups, restores, the demo. */
const ADMIN_ONLY: readonly Method[] = [
  'accounts.list',
  'accounts.create',
  'accounts.update',
  'accounts.setPassword',
  'settings.set',
  'thresholds.add',
  'thresholds.withdraw',
  'backup.list',
  'backup.restore',
  'backup.setFolder',
  'demo.seed',
];

describe('every method × every role', () => {
  it('refuses a role a method does not declare with 403 before the input is read, and never refuses one it declares', async () => {
    const s = tempService();
    const wrong: string[] = [];
    for (const m of methods)
      for (const role of roles) {
        // Input no method accepts: a permitted role gets 400 (or another answer), a refused one 403.
        const r = await s.call(m, { notAField: true }, 'nb', callers[role]);
        const refused = !r.ok && r.status === 403;
        const declared = registry[m].roles.includes(role);
        if (refused === declared) wrong.push(`${m} × ${role}: ${r.ok ? 200 : r.status}`);
        if (refused && !r.ok) expect(r.body.error).toMatchObject({ code: 'forbidden', key: 'forbidden' });
      }
    expect(wrong).toEqual([]);
  });

  it('gives each role what it is for: administrators everything, buyers all but administration, readers no writes, need owners their cases only', () => {
    const may = (role: Role) => methods.filter((m) => registry[m].roles.includes(role));
    expect(may('administrator')).toEqual(methods);
    expect(methods.filter((m) => !registry[m].roles.includes('innkjøper')).sort()).toEqual([...ADMIN_ONLY].sort());
    // A reader changes nothing in the register but their own password.
    expect(may('leser').filter((m) => registry[m].writes)).toEqual(['access.changeOwnPassword']);
    expect(may('avdeling').sort()).toEqual([...NEED_OWNER_MAY].sort());
  });
});

describe('roles in practice', () => {
  it('lets a reader read but not write, in their language', async () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase());
    const r = await s.call('cases.create', sampleCase({ caseNumber: '2026/2' }), 'en', callers.leser);
    expect(r.ok ? 200 : r.status).toBe(403);
    if (!r.ok)
      expect(r.body.error.message).toBe(
        'Your role (reader) does not give access to this. Ask an administrator if you need it.',
      );
    const u = await s.call('cases.update', { id: c.id, version: c.version, title: 'Endret' }, 'nb', callers.leser);
    expect(u.ok ? 200 : u.status).toBe(403);
    expect(ok(s, 'cases.get', { id: c.id }).title).toBe(c.title);
    expect((await s.call('protocol.get', { caseId: c.id }, 'nb', callers.leser)).ok).toBe(true);
  });

  it('shows a need owner only their own departments’ cases, in the list, the search, the facets and one by one', async () => {
    const s = tempService();
    const own = ok(s, 'cases.create', sampleCase({ caseNumber: '2026/1', title: 'Elbiler til hjemmetjenesten' }));
    const other = ok(
      s,
      'cases.create',
      sampleCase({ caseNumber: '2026/2', title: 'Elbiler til skolene', department: 'Oppvekst' }),
    );
    const nina = callers.avdeling;
    const list = await s.call('cases.list', {}, 'nb', nina);
    expect(list.ok && (list.value as { items: { id: number }[]; total: number })).toMatchObject({
      items: [{ id: own.id }],
      total: 1,
    });
    const search = await s.call('cases.list', { q: 'elbiler' }, 'nb', nina);
    expect(search.ok && (search.value as { items: { id: number }[] }).items.map((c) => c.id)).toEqual([own.id]);
    const facets = await s.call('cases.facets', {}, 'nb', nina);
    expect(facets.ok && (facets.value as { departments: string[] }).departments).toEqual(['Helse og omsorg']);
    // Another department's case is as unknown as one that is not there.
    const theirs = await s.call('cases.get', { id: other.id }, 'nb', nina);
    expect(theirs.ok ? 200 : theirs.status).toBe(404);
    expect((await s.call('cases.get', { id: own.id }, 'nb', nina)).ok).toBe(true);
    // The office still sees both.
    const all = await s.call('cases.list', {}, 'nb', callers.leser);
    expect(all.ok && (all.value as { total: number }).total).toBe(2);
  });

  it('shows a need owner no confidential text of their own case, and none of the office’s dialogues, suppliers or contracts', async () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase());
    const sup = ok(s, 'suppliers.create', sampleSupplier());
    const secret = 'Prisen per bil er 4 150 kr i måneden';
    const d = ok(s, 'dialogues.create', {
      caseId: c.id,
      form: 'en_til_en',
      date: '2026-10-02',
      title: 'Møte',
      minutes: secret,
      minutesConfidential: 'foa_7_4',
      suppliers: [{ supplierId: sup.id }],
    });
    const nina = callers.avdeling;
    const detail = await s.call('cases.get', { id: c.id }, 'nb', nina);
    expect(detail.ok).toBe(true);
    expect(JSON.stringify(detail)).not.toContain(secret);
    for (const [m, input] of [
      ['dialogues.get', { id: d.id, view: 'internal' }],
      ['dialogues.forCase', { caseId: c.id }],
      ['dialogues.search', { q: 'prisen' }],
      ['suppliers.get', { id: sup.id, view: 'internal' }],
      ['contracts.list', {}],
      ['protocol.get', { caseId: c.id }],
      ['audit.forRecord', { entity: 'case', id: c.id }],
    ] as const) {
      const r = await s.call(m, input, 'nb', nina);
      expect(r.ok ? `${m} 200` : `${m} ${r.status}`).toBe(`${m} 403`);
    }
  });

  it('lets a need owner comment on their own departments’ cases only, named as themselves; a reader does not comment', async () => {
    const s = tempService();
    const own = ok(s, 'cases.create', sampleCase({ caseNumber: '2026/1' }));
    const other = ok(s, 'cases.create', sampleCase({ caseNumber: '2026/2', department: 'Oppvekst' }));
    const nina = callers.avdeling;
    const added = await s.call('comments.add', { caseId: own.id, text: 'Vi trenger bilene før 1. mars.' }, 'nb', nina);
    expect(added.ok && added.value).toMatchObject([{ author: 'Nina Holm', text: 'Vi trenger bilene før 1. mars.' }]);
    const theirs = await s.call('comments.add', { caseId: other.id, text: 'Hei' }, 'nb', nina);
    expect(theirs.ok ? 200 : theirs.status).toBe(404);
    const read = await s.call('comments.forCase', { caseId: other.id }, 'nb', nina);
    expect(read.ok ? 200 : read.status).toBe(404);
    const reader = await s.call('comments.add', { caseId: own.id, text: 'Hei' }, 'nb', callers.leser);
    expect(reader.ok ? 200 : reader.status).toBe(403);
    // The office reads it, and the case's history says who commented.
    expect(ok(s, 'comments.forCase', { caseId: own.id }).map((c) => c.author)).toEqual(['Nina Holm']);
    expect(ok(s, 'audit.forRecord', { entity: 'case', id: own.id })[0]).toMatchObject({
      by: 'Nina Holm',
      method: 'comments.add',
    });
  });

  it('refuses a need owner the files that hold every department’s cases (a list as .xlsx), and gives them to a reader', async () => {
    const s = tempService();
    ok(s, 'cases.create', sampleCase());
    const noPrinter: PdfPrinter = { pdf: () => Promise.reject(new Error('not used')), close: () => Promise.resolve() };
    const exporter = fileExporter(s, noPrinter, 'test');
    const spec = { list: 'cases', query: {} };
    const refused = await exporter('xlsx', spec, 'nb', 'http://127.0.0.1/', callers.avdeling);
    expect(refused.ok || refused.status).toBe(403);
    const made = await exporter('xlsx', spec, 'nb', 'http://127.0.0.1/', callers.leser);
    expect(made.ok).toBe(true);
  });

  it('lets an administrator manage accounts and no one else', async () => {
    const s = tempService();
    const input = { username: 'ny', name: 'Ny Bruker', role: 'leser', password: 'riktig hest batteri stift' };
    for (const role of ['innkjøper', 'leser', 'avdeling'] as const) {
      const r = await s.call('accounts.create', input, 'nb', callers[role]);
      expect(r.ok ? 200 : r.status).toBe(403);
    }
    const made = await s.call('accounts.create', input, 'nb', callers.administrator);
    expect(made.ok).toBe(true);
    const list = await s.call('accounts.list', {}, 'nb', callers.administrator);
    expect(list.ok && (list.value as { username: string }[]).map((a) => a.username)).toEqual(['ny']);
  });
});
