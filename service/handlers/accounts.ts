import { AppError, changedFields, type Output, type ParsedInput } from '../../core/index.js';
import type { AccountRow } from '../../db/index.js';
import type { HandlerContext } from '../context.js';
import { checkPassword } from '../office/accounts.js';
import { hashPassword, verifyPassword } from '../office/passwords.js';
import { admins, anyone, byInputId, byOutputId, reads, recorded, recordsItself, writes } from '../registry.js';
import { fieldError } from './fieldError.js';

// The office server's accounts, managed by its administrators, and a user's
// own password. No output and no audit entry carries a password or its hash:
// a password change is recorded as the fact that one was set (`password`: true).
//
// Without a caller (one PC, or the browser host on the loopback) these work
// too: there the person at the keyboard holds the whole register and may do
// everything, and accounts made there travel with the database file when the
// register moves to the office server (issue 18: "the first administrator
// imports the existing register"). Refusing them there would only hide what
// the register file will hold; the server's first administrator is made from
// its command line either way. A user's own password needs a signed-in user.

/** An account as its administrator and the audit trail see it: never a hash. */
export function accountRecord(ctx: HandlerContext, id: number): Output<'accounts.update'> {
  const row = ctx.repos.accounts.get(id);
  if (!row) throw new AppError('not_found', 'accountNotFound', { id });
  return shown(row);
}

const shown = (r: AccountRow): Output<'accounts.update'> => ({
  id: r.id,
  username: r.username,
  name: r.name,
  role: r.role,
  departments: [...r.departments],
  disabled: Boolean(r.disabled),
  version: r.version,
});

/** The audit trail's fields of an account (service/audit.ts): what an administrator set, not its key or version. */
export function accountSnapshot(ctx: HandlerContext, id: number): Record<string, unknown> {
  const { id: _id, version: _version, ...rest } = accountRecord(ctx, id);
  return rest;
}

const isActiveAdmin = (a: { role: string; disabled: boolean }) => a.role === 'administrator' && !a.disabled;

export const accountMethods = {
  'accounts.list': reads(admins)((_: ParsedInput<'accounts.list'>, ctx: HandlerContext): Output<'accounts.list'> =>
    ctx.repos.accounts.list().map(shown),
  ),

  // Async (scrypt runs on the thread pool), so the handler records its own entry in its own transaction.
  'accounts.create': writes(
    admins,
    recordsItself('account'),
  )(async (q: ParsedInput<'accounts.create'>, ctx: HandlerContext): Promise<Output<'accounts.create'>> => {
    checkPassword(q.password);
    const hash = await hashPassword(q.password);
    return ctx.tx(() => {
      if (ctx.repos.accounts.forSignIn(q.username))
        throw fieldError('username', 'accountExists', { username: q.username.trim().toLowerCase() });
      const id = ctx.repos.accounts.insert(
        { username: q.username, name: q.name, role: q.role, departments: q.departments },
        hash,
      );
      ctx.audit.record('account', id, changedFields(null, accountSnapshot(ctx, id)));
      return accountRecord(ctx, id);
    });
  }),

  'accounts.update': writes(
    admins,
    recorded('account', { before: byInputId, after: byOutputId }),
  )((q: ParsedInput<'accounts.update'>, ctx: HandlerContext): Output<'accounts.update'> => {
    return ctx.tx(() => {
      const before = accountRecord(ctx, q.id);
      if (before.version !== q.version) throw new AppError('conflict', 'staleVersion');
      // The last administrator who can sign in stays one: else no one could manage accounts, settings or backups.
      if (isActiveAdmin(before) && !isActiveAdmin(q) && ctx.repos.accounts.activeAdministrators() <= 1)
        throw fieldError(q.role === 'administrator' ? 'disabled' : 'role', 'lastAdministrator', { name: before.name });
      if (!ctx.repos.accounts.update(q.id, q.version, q)) throw new AppError('conflict', 'staleVersion');
      return accountRecord(ctx, q.id);
    });
  }),

  'accounts.setPassword': writes(
    admins,
    recordsItself('account'),
  )(async (q: ParsedInput<'accounts.setPassword'>, ctx: HandlerContext): Promise<Output<'accounts.setPassword'>> => {
    accountRecord(ctx, q.id);
    checkPassword(q.password);
    const hash = await hashPassword(q.password);
    return ctx.tx(() => {
      accountRecord(ctx, q.id);
      ctx.repos.accounts.setPassword(q.id, hash);
      ctx.audit.record('account', q.id, [{ field: 'password', before: null, after: true }]);
      return accountRecord(ctx, q.id);
    });
  }),

  'access.changeOwnPassword': writes(
    anyone,
    recordsItself('account'),
  )(
    async (
      q: ParsedInput<'access.changeOwnPassword'>,
      ctx: HandlerContext,
    ): Promise<Output<'access.changeOwnPassword'>> => {
      if (!ctx.caller) throw new AppError('unauthorized', 'ownPasswordNeedsSignIn');
      const mine = ctx.repos.accounts.forSignIn(ctx.caller.username);
      if (!mine?.passwordHash || !(await verifyPassword(q.oldPassword, mine.passwordHash)))
        throw fieldError('oldPassword', 'oldPasswordWrong');
      checkPassword(q.newPassword, 'newPassword');
      const hash = await hashPassword(q.newPassword);
      ctx.tx(() => {
        ctx.repos.accounts.setPassword(mine.id, hash);
        ctx.audit.record('account', mine.id, [{ field: 'password', before: null, after: true }]);
      });
      return { changed: true };
    },
  ),
};
