import { describe, expect, it } from 'vitest';
import { accessOf } from '../../renderer/src/api/access.js';

// What a screen offers follows the service's own answer of what the user may call.
describe('what the screens offer by role', () => {
  it('offers nothing until the answer has come, then exactly the methods the role may call', () => {
    const none = accessOf(undefined);
    expect(none.ready).toBe(false);
    expect(none.can('cases.create')).toBe(false);
    const reader = accessOf({
      user: { username: 'lise', name: 'Lise Leder', role: 'leser', departments: [] },
      methods: ['cases.list', 'cases.get'],
    });
    expect(reader).toMatchObject({ ready: true, user: { role: 'leser' } });
    expect(reader.can('cases.get')).toBe(true);
    expect(reader.can('cases.create')).toBe(false);
    expect(reader.can('accounts.list')).toBe(false);
  });

  it('offers everything on one PC, where the service names no user and allows every method', () => {
    const onePc = accessOf({ user: null, methods: ['cases.create', 'accounts.list', 'backup.restore'] });
    expect(onePc.user).toBeNull();
    expect(['cases.create', 'accounts.list', 'backup.restore'].every((m) => onePc.can(m as never))).toBe(true);
  });
});
