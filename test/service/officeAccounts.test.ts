import { describe, expect, it } from 'vitest';
import type { Caller } from '../../service/context.js';
import { ok, sampleCase, tempService } from '../helpers/tempService.js';

// The office server's foundation: accounts with scrypt passwords, a
// signed-in caller's role checked before anything else, and the audit trail
// naming the caller instead of the PC's user name.

const LONG = 'riktig hest batteri stift';

describe('office accounts', () => {
  it('signs in with the right password only, whatever the case of the user name, and never a disabled account', async () => {
    const s = tempService();
    expect(s.office.hasAccounts()).toBe(false);
    const id = await s.office.create(
      { username: 'Kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] },
      LONG,
    );
    expect(s.office.hasAccounts()).toBe(true);
    expect(await s.office.signIn('kari', LONG)).toMatchObject({ username: 'kari', role: 'innkjøper' });
    expect(await s.office.signIn('KARI ', LONG)).not.toBeNull();
    expect(await s.office.signIn('kari', LONG + 'x')).toBeNull();
    expect(await s.office.signIn('ola', LONG)).toBeNull();
    const row = s.database.sqlite.prepare('SELECT password_hash AS h, version FROM accounts WHERE id = ?').get(id) as {
      h: string;
      version: number;
    };
    expect(row.h).toMatch(/^scrypt\$/);
    expect(row.h).not.toContain(LONG);
    s.database.sqlite.prepare('UPDATE accounts SET disabled = 1 WHERE id = ?').run(id);
    expect(await s.office.signIn('kari', LONG)).toBeNull();
    expect(s.office.current('kari')).toBeNull();
  });

  it('refuses a short password and a user name taken, in the user’s words', async () => {
    const s = tempService();
    await expect(
      s.office.create({ username: 'ola', name: 'Ola', role: 'leser', departments: [] }, 'kort'),
    ).rejects.toMatchObject({ code: 'invalid_input', key: 'passwordTooShort' });
    await s.office.create({ username: 'ola', name: 'Ola', role: 'leser', departments: [] }, LONG);
    await expect(
      s.office.create({ username: 'OLA', name: 'Ola 2', role: 'leser', departments: [] }, LONG),
    ).rejects.toMatchObject({ code: 'conflict', key: 'accountExists' });
  });
});

describe('a signed-in caller', () => {
  const reader: Caller = { username: 'leder', name: 'Lise Leder', role: 'leser', departments: [] };
  const buyer: Caller = { username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] };

  it('is refused a method their role may not call, with 403 in their language, before the input is read', () => {
    const s = tempService();
    const r = s.dispatch('cases.create', { nonsense: true }, 'nn', reader);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(403);
    expect(r.body.error).toMatchObject({ code: 'forbidden', key: 'forbidden' });
    expect(r.body.error.message).toBe(
      'Rolla di (lesar) gir ikkje tilgang til dette. Spør ein administrator om du treng det.',
    );
    expect(s.dispatch('cases.list', {}, 'nb', reader).ok).toBe(true);
  });

  it('is named in the audit trail, not the PC’s user name', () => {
    const s = tempService();
    ok(s, 'settings.set', { userName: 'PC-navnet' });
    const r = s.dispatch('cases.create', sampleCase(), 'nb', buyer);
    if (!r.ok) throw new Error(JSON.stringify(r.body));
    const id = (r.value as { id: number }).id;
    const trail = ok(s, 'audit.forRecord', { entity: 'case', id });
    expect(trail[0]?.by).toBe('Kari Nordmann');
  });

  it('is told what they may call, so the screens offer no more', () => {
    const s = tempService();
    const mine = s.dispatch('access.mine', {}, 'nb', reader);
    if (!mine.ok) throw new Error(JSON.stringify(mine.body));
    const { user, methods } = mine.value as { user: Caller; methods: string[] };
    expect(user).toMatchObject({ name: 'Lise Leder', role: 'leser' });
    expect(methods).toContain('cases.list');
    expect(methods).not.toContain('cases.create');
    const alone = ok(s, 'access.mine', {});
    expect(alone.user).toBeNull();
    expect(alone.methods).toContain('cases.create');
  });

  it('on one PC (no caller) may do everything, as before', () => {
    const s = tempService();
    expect(s.dispatch('cases.create', sampleCase(), 'nb').ok).toBe(true);
  });
});
