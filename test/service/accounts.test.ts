import { describe, expect, it } from 'vitest';
import type { Input, Locale, Method, Output } from '../../core/index.js';
import type { Caller } from '../../service/context.js';
import type { Service } from '../../service/service.js';
import { tempService } from '../helpers/tempService.js';

// Accounts administration on the office server: an administrator lists,
// adds, changes and sets passwords; the last active administrator stays one;
// no answer and no audit entry carries a password or its hash.

const LONG = 'riktig hest batteri stift';
const admin: Caller = { username: 'admin', name: 'Ada Admin', role: 'administrator', departments: [] };

async function call<M extends Method>(s: Service, m: M, input: Input<M>, caller?: Caller, locale: Locale = 'nb') {
  return s.call(m, input, locale, caller);
}
async function ok<M extends Method>(s: Service, m: M, input: Input<M>, caller?: Caller): Promise<Output<M>> {
  const r = await call(s, m, input, caller);
  if (!r.ok) throw new Error(`${m} failed: ${JSON.stringify(r.body)}`);
  return r.value as Output<M>;
}

async function withAdmin() {
  const s = tempService();
  await s.office.create({ username: 'admin', name: 'Ada Admin', role: 'administrator', departments: [] }, LONG);
  return s;
}

describe('accounts administration', () => {
  it('adds an account that can sign in, lists it, and records it in the audit trail without its password', async () => {
    const s = await withAdmin();
    const a = await ok(
      s,
      'accounts.create',
      { username: 'Nina', name: 'Nina Holm', role: 'avdeling', departments: ['Helse og omsorg'], password: LONG },
      admin,
    );
    expect(a).toMatchObject({ username: 'nina', role: 'avdeling', departments: ['Helse og omsorg'], disabled: false });
    expect(JSON.stringify(a)).not.toContain('scrypt');
    expect((await ok(s, 'accounts.list', {}, admin)).map((x) => x.username)).toEqual(['admin', 'nina']);
    expect(await s.office.signIn('nina', LONG)).toMatchObject({ role: 'avdeling', departments: ['Helse og omsorg'] });
    const trail = await ok(s, 'audit.forRecord', { entity: 'account', id: a.id }, admin);
    expect(trail[0]).toMatchObject({ by: 'Ada Admin', method: 'accounts.create' });
    expect(JSON.stringify(trail)).not.toMatch(/scrypt|riktig hest/);
  });

  it('refuses a short password and a user name in use on their fields, in the user’s language', async () => {
    const s = await withAdmin();
    const short = await call(
      s,
      'accounts.create',
      { username: 'ola', name: 'Ola', role: 'leser', password: 'kort' },
      admin,
      'nn',
    );
    expect(short.ok).toBe(false);
    if (short.ok) return;
    expect(short.body.error.issues).toEqual([
      expect.objectContaining({ path: 'password', message: 'Passordet må ha minst 12 teikn.' }),
    ]);
    const taken = await call(
      s,
      'accounts.create',
      { username: 'ADMIN', name: 'Ny', role: 'leser', password: LONG },
      admin,
    );
    expect(taken.ok || taken.body.error.issues?.[0]).toMatchObject({
      path: 'username',
      message: 'Brukernavnet admin er allerede i bruk.',
    });
    const badName = await call(
      s,
      'accounts.create',
      { username: 'ola nordmann', name: 'Ola', role: 'leser', password: LONG },
      admin,
    );
    expect(badName.ok || badName.body.error.issues?.[0]?.path).toBe('username');
  });

  it('changes role, departments and disabled with a version, 409 on a stale one, and a disabled account cannot sign in', async () => {
    const s = await withAdmin();
    const a = await ok(
      s,
      'accounts.create',
      { username: 'kari', name: 'Kari', role: 'innkjøper', password: LONG },
      admin,
    );
    const b = await ok(
      s,
      'accounts.update',
      { id: a.id, version: a.version, name: 'Kari Nordmann', role: 'leser', departments: [], disabled: true },
      admin,
    );
    expect(b).toMatchObject({ name: 'Kari Nordmann', role: 'leser', disabled: true, version: a.version + 1 });
    expect(await s.office.signIn('kari', LONG)).toBeNull();
    const stale = await call(
      s,
      'accounts.update',
      { id: a.id, version: a.version, name: 'Kari', role: 'innkjøper', departments: [], disabled: false },
      admin,
    );
    expect(stale.ok ? 200 : stale.status).toBe(409);
    const trail = await ok(s, 'audit.forRecord', { entity: 'account', id: a.id }, admin);
    expect(trail.map((e) => e.method)).toContain('accounts.update');
  });

  it('keeps the last active administrator: no demoting or disabling them, in words', async () => {
    const s = await withAdmin();
    const [me] = await ok(s, 'accounts.list', {}, admin);
    const demote = await call(
      s,
      'accounts.update',
      { id: me!.id, version: me!.version, name: me!.name, role: 'innkjøper', departments: [], disabled: false },
      admin,
    );
    expect(demote.ok || demote.body.error.issues?.[0]).toMatchObject({
      path: 'role',
      message: expect.stringContaining('Ada Admin er den siste aktive administratoren'),
    });
    const disable = await call(
      s,
      'accounts.update',
      { id: me!.id, version: me!.version, name: me!.name, role: 'administrator', departments: [], disabled: true },
      admin,
    );
    expect(disable.ok || disable.body.error.issues?.[0]?.path).toBe('disabled');
    // With a second administrator, the first may step down.
    await ok(s, 'accounts.create', { username: 'bjorn', name: 'Bjørn', role: 'administrator', password: LONG }, admin);
    await ok(
      s,
      'accounts.update',
      { id: me!.id, version: me!.version, name: me!.name, role: 'innkjøper', departments: [], disabled: false },
      admin,
    );
  });

  it('lets an administrator set a password and a user change their own, with the old one', async () => {
    const s = await withAdmin();
    const a = await ok(
      s,
      'accounts.create',
      { username: 'kari', name: 'Kari', role: 'innkjøper', password: LONG },
      admin,
    );
    await ok(s, 'accounts.setPassword', { id: a.id, password: 'et helt nytt passord' }, admin);
    expect(await s.office.signIn('kari', LONG)).toBeNull();
    const kari = (await s.office.signIn('kari', 'et helt nytt passord'))!;
    const wrong = await call(
      s,
      'access.changeOwnPassword',
      { oldPassword: LONG, newPassword: 'mitt eget passord' },
      kari,
      'en',
    );
    expect(wrong.ok || wrong.body.error.issues?.[0]).toMatchObject({
      path: 'oldPassword',
      message: 'The current password is not right.',
    });
    await ok(
      s,
      'access.changeOwnPassword',
      { oldPassword: 'et helt nytt passord', newPassword: 'mitt eget passord' },
      kari,
    );
    expect(await s.office.signIn('kari', 'mitt eget passord')).not.toBeNull();
    const trail = await ok(s, 'audit.forRecord', { entity: 'account', id: a.id }, admin);
    expect(trail.map((e) => e.by)).toEqual(expect.arrayContaining(['Ada Admin', 'Kari']));
    expect(JSON.stringify(trail)).not.toMatch(/scrypt|passord/);
    // On one PC there is no own password to change.
    const none = await call(s, 'access.changeOwnPassword', { oldPassword: LONG, newPassword: LONG });
    expect(none.ok ? 200 : none.status).toBe(401);
  });
});
