import { AppError } from '../../core/index.js';
import type { AccountInput, Repos, Tx } from '../../db/index.js';
import type { Caller } from '../context.js';
import { decoyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';

// Signing in to the office server and making its first administrator: not
// contract methods (no caller may read a hash or sign in as someone through
// the API); the hosts reach them through the service's `office`.

export interface OfficeAccounts {
  /** Whether any account exists: an office server without one needs its first administrator. */
  hasAccounts(): boolean;
  /** The caller for a user name and password, or null (unknown, wrong password, or disabled). */
  signIn(username: string, password: string): Promise<Caller | null>;
  /** The caller an account is now (its role may have changed since sign-in), or null when it is gone or disabled. */
  current(username: string): Caller | null;
  /** Adds an account with a password (the command line's first administrator, and tests). */
  create(a: AccountInput, password: string): Promise<number>;
  /**
   * The caller for a user the directory (LDAPS) vouched for: its local account made on first sign-in
   * (without a password) or given the directory's name and role; null when the local account is disabled.
   */
  fromDirectory(a: { username: string; name: string; role: Caller['role'] }): Caller | null;
}

export function callerOf(a: { username: string; name: string; role: Caller['role']; departments: string[] }): Caller {
  return { username: a.username, name: a.name, role: a.role, departments: a.departments };
}

/** Refuses a password shorter than the floor, on its field (`path`: the form's name for it). */
export function checkPassword(password: string, path = 'password'): void {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw new AppError('invalid_input', 'passwordTooShort', { min: MIN_PASSWORD_LENGTH }, [
      { path, key: 'passwordTooShort', params: { min: MIN_PASSWORD_LENGTH } },
    ]);
}

export function officeAccounts(live: () => { repos: Repos; tx: Tx }): OfficeAccounts {
  return {
    hasAccounts: () => live().repos.accounts.count() > 0,
    async signIn(username, password) {
      const a = live().repos.accounts.forSignIn(username);
      const ok = await verifyPassword(password, a?.passwordHash ?? (await decoyHash()));
      return a && ok && a.passwordHash && !a.disabled ? callerOf(a) : null;
    },
    current(username) {
      const a = live().repos.accounts.forSignIn(username);
      return a && !a.disabled ? callerOf(a) : null;
    },
    fromDirectory(d) {
      const { repos, tx } = live();
      return tx(() => {
        const a = repos.accounts.forSignIn(d.username);
        if (!a) {
          repos.accounts.insert({ ...d, departments: [] }, null);
        } else {
          if (a.disabled) return null;
          if (a.name !== d.name || a.role !== d.role)
            repos.accounts.update(a.id, a.version, {
              name: d.name,
              role: d.role,
              departments: a.departments,
              disabled: false,
            });
        }
        const now = repos.accounts.forSignIn(d.username)!;
        return callerOf(now);
      });
    },
    async create(a, password) {
      checkPassword(password);
      const hash = await hashPassword(password);
      const { repos, tx } = live();
      return tx(() => {
        if (repos.accounts.forSignIn(a.username))
          throw new AppError('conflict', 'accountExists', { username: a.username }, [
            { path: 'username', key: 'accountExists', params: { username: a.username } },
          ]);
        return repos.accounts.insert(a, hash);
      });
    },
  };
}
