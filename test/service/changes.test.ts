import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../core/index.js';
import type { Caller } from '../../service/context.js';
import { ok, sampleCase, tempService } from '../helpers/tempService.js';

/** A case's fields as an edit sends them (the registration date is set once, at creation). */
const { registeredDate: _registered, ...fields } = sampleCase();

// Which records a write changed, told once its transaction has committed
// (service.onChange; the hosts' GET /events sends it on).

describe('change events', () => {
  it('tells which case a write changed, who and when, after the write has committed', () => {
    const s = tempService();
    const seen: { event: ChangeEvent; inTransaction: boolean; title: unknown }[] = [];
    s.onChange((event) =>
      seen.push({
        event,
        inTransaction: s.database.sqlite.inTransaction,
        title: (s.database.sqlite.prepare('SELECT title FROM cases WHERE id = ?').get(event.id) as { title?: string })
          ?.title,
      }),
    );
    ok(s, 'settings.set', { userName: 'Kari Nordmann' });
    seen.length = 0;
    const c = ok(s, 'cases.create', sampleCase());
    const before = Date.now();
    ok(s, 'cases.update', { ...fields, id: c.id, version: c.version, title: 'Elbiler til hjemmetjenesten' });
    expect(seen.map((x) => x.event)).toEqual([
      { entity: 'case', id: c.id, method: 'cases.create', by: 'Kari Nordmann', at: expect.any(String) },
      { entity: 'case', id: c.id, method: 'cases.update', by: 'Kari Nordmann', at: expect.any(String) },
    ]);
    // Told once committed: outside the transaction, and the new title is there to read.
    expect(seen[1]).toMatchObject({ inTransaction: false, title: 'Elbiler til hjemmetjenesten' });
    expect(Date.parse(seen[1]!.event.at)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('tells nothing of a write that failed (a stale version, bad input, a role refused)', () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase());
    ok(s, 'cases.update', { ...fields, id: c.id, version: c.version, title: 'Ny tittel' });
    const seen: ChangeEvent[] = [];
    s.onChange((e) => seen.push(e));
    expect(
      s.dispatch('cases.update', { ...fields, id: c.id, version: c.version, title: 'Gammel versjon' }).status,
    ).toBe(409);
    expect(s.dispatch('cases.update', { id: c.id, version: c.version + 1, title: '' }).status).toBe(400);
    const reader: Caller = { username: 'leder', name: 'Lise Leder', role: 'leser', departments: [] };
    expect(s.dispatch('cases.create', sampleCase(), 'nb', reader).status).toBe(403);
    // Reads tell nothing either.
    ok(s, 'cases.get', { id: c.id });
    expect(seen).toEqual([]);
  });

  it('tells the records a handler records itself, names the signed-in caller, and stops when unsubscribed', () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase());
    const seen: ChangeEvent[] = [];
    const stop = s.onChange((e) => seen.push(e));
    const buyer: Caller = { username: 'ola', name: 'Ola Hansen', role: 'innkjøper', departments: [] };
    const r = s.dispatch('protocol.save', { caseId: c.id, version: 0, lotsReason: 'Én leveranse.' }, 'nb', buyer);
    expect(r.ok).toBe(true);
    expect(seen).toEqual([
      { entity: 'case', id: c.id, method: 'protocol.save', by: 'Ola Hansen', at: expect.any(String) },
    ]);
    stop();
    ok(s, 'cases.update', { ...fields, id: c.id, version: ok(s, 'cases.get', { id: c.id }).version, title: 'Etter' });
    expect(seen).toHaveLength(1);
  });

  it('tells a write on no one record with entity and id left empty, so listeners refresh by its method', () => {
    const s = tempService();
    const seen: ChangeEvent[] = [];
    s.onChange((e) => seen.push(e));
    ok(s, 'demo.seed', { cases: 3 });
    expect(seen).toEqual([
      { entity: null, id: null, method: 'demo.seed', by: expect.any(String), at: expect.any(String) },
    ]);
  });

  it('tells a spreadsheet import of many cases once per kind of record, not once per row', async () => {
    const s = tempService();
    const head =
      'Saksnr.;Tittel;Avdeling;Innkjøper;Estimert verdi (eks. mva);Type anskaffelse;Konkurranseform;Registrert';
    const rows = (n: number, from: number) =>
      Array.from(
        { length: n },
        (_, i) => `2026/${from + i};Renhold ${i + 1};Eiendom;Ola Hansen;100000;tjenester;;01.09.2026`,
      );
    const file = (n: number, from: number) =>
      Buffer.from([head, ...rows(n, from)].join('\r\n') + '\r\n', 'utf8').toString('base64');
    const seen: ChangeEvent[] = [];
    s.onChange((e) => seen.push(e));
    const few = await s.call('import.commit', { target: 'cases', fileName: 'saker.csv', data: file(3, 600) });
    expect(few.ok).toBe(true);
    expect(seen.map((e) => [e.entity, e.method])).toEqual([
      ['case', 'import.commit'],
      ['case', 'import.commit'],
      ['case', 'import.commit'],
    ]);
    expect(new Set(seen.map((e) => e.id)).size).toBe(3);
    seen.length = 0;
    const many = await s.call('import.commit', { target: 'cases', fileName: 'flere.csv', data: file(80, 700) });
    expect(many.ok || many.body).toBe(true);
    expect(seen).toEqual([
      { entity: 'case', id: null, method: 'import.commit', by: expect.any(String), at: expect.any(String) },
    ]);
  });

  it('goes on telling the other listeners when one of them throws', () => {
    const s = tempService();
    const seen: ChangeEvent[] = [];
    s.onChange(() => {
      throw new Error('listener broke');
    });
    s.onChange((e) => seen.push(e));
    const c = ok(s, 'cases.create', sampleCase());
    expect(seen).toEqual([expect.objectContaining({ entity: 'case', id: c.id })]);
  });
});

describe('an edit refused as stale (409)', () => {
  it('says who changed the record and when, in the caller’s language, and carries the record as it is now', () => {
    const s = tempService();
    const c = ok(s, 'cases.create', sampleCase());
    const kari: Caller = { username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] };
    const ola: Caller = { username: 'ola', name: 'Ola Hansen', role: 'innkjøper', departments: [] };
    const saved = s.dispatch(
      'cases.update',
      { ...fields, id: c.id, version: c.version, title: 'Karis tittel' },
      'nb',
      kari,
    );
    expect(saved.ok).toBe(true);
    const r = s.dispatch('cases.update', { ...fields, id: c.id, version: c.version, title: 'Olas tittel' }, 'en', ola);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(409);
    const { conflict, message } = r.body.error;
    expect(conflict).toMatchObject({ by: 'Kari Nordmann', method: 'cases.get' });
    expect(conflict!.current).toMatchObject({ id: c.id, title: 'Karis tittel', version: c.version + 1 });
    expect(message).toMatch(
      /^The case was changed by someone else .* Last changed by Kari Nordmann at \d+ \w+ \d{4} \d\d:\d\d\.$/,
    );
    // Nothing of Ola's was written.
    expect(ok(s, 'cases.get', { id: c.id }).title).toBe('Karis tittel');
  });

  it('is a plain refusal for a conflict that is not a stale edit of one record', () => {
    const s = tempService();
    ok(s, 'cases.create', sampleCase());
    const r = s.dispatch('demo.seed', { cases: 5 }, 'nb');
    expect(r.ok || r.body.error).toMatchObject({ code: 'conflict' });
    expect(r.ok || r.body.error.conflict).toBeUndefined();
  });
});
