import type { Role } from '../../core/index.js';
import type { Db } from '../open.js';
import { accounts } from '../schema.js';
import { columns, p, sql, Statements } from '../sql.js';
import { nowIso } from './statements.js';

/** An account as the office server reads it; the password hash never leaves the service's sign-in. */
const ACCOUNT = columns(accounts, null, ['id', 'username', 'name', 'role', 'departments', 'disabled', 'version']);
export type AccountRow = Omit<(typeof ACCOUNT)['_row'], 'role' | 'departments'> & {
  role: Role;
  departments: string[];
};

export interface AccountInput {
  username: string;
  name: string;
  role: Role;
  departments: readonly string[];
}

const LIST = sql`SELECT ${ACCOUNT} FROM accounts ORDER BY name COLLATE NOCASE, id`.rows(ACCOUNT);
const GET = sql<{ id: number }>`SELECT ${ACCOUNT} FROM accounts WHERE id = ${p('id')}`.rows(ACCOUNT);
const BY_USERNAME = sql<{ username: string }>`
  SELECT ${ACCOUNT}, password_hash AS passwordHash FROM accounts WHERE username = ${p('username')}`.rows<
  (typeof ACCOUNT)['_row'] & { passwordHash: string | null }
>();
const COUNT = sql`SELECT count(*) AS n FROM accounts`.rows<{ n: number }>();
const ADMINS = sql`SELECT count(*) AS n FROM accounts WHERE role = 'administrator' AND NOT disabled`.rows<{
  n: number;
}>();
const INSERT = sql<AccountInput & { departmentsJson: string; passwordHash: string | null }>`
  INSERT INTO accounts (username, name, role, departments, password_hash)
  VALUES (${p('username')}, ${p('name')}, ${p('role')}, ${p('departmentsJson')}, ${p('passwordHash')}) RETURNING id`.rows<{
  id: number;
}>();
const UPDATE = sql<{
  id: number;
  version: number;
  name: string;
  role: string;
  departmentsJson: string;
  disabled: number;
  now: string;
}>`
  UPDATE accounts SET name = ${p('name')}, role = ${p('role')}, departments = ${p('departmentsJson')},
    disabled = ${p('disabled')}, version = version + 1, updated_at = ${p('now')}
  WHERE id = ${p('id')} AND version = ${p('version')}`;
const SET_PASSWORD = sql<{ id: number; passwordHash: string | null; now: string }>`
  UPDATE accounts SET password_hash = ${p('passwordHash')}, version = version + 1, updated_at = ${p('now')} WHERE id = ${p('id')}`;

/** A user name as it is stored and looked up: trimmed, lower case. */
export const usernameKey = (username: string): string => username.trim().toLowerCase();

function parsed<R extends { role: string; departments: string }>(
  r: R,
): Omit<R, 'role' | 'departments'> & {
  role: Role;
  departments: string[];
} {
  return { ...r, role: r.role as Role, departments: JSON.parse(r.departments) as string[] };
}

/** The office server's accounts. */
export class AccountsRepo {
  private readonly st: Statements;
  constructor(db: Db) {
    this.st = new Statements(db.$client);
  }

  list(): AccountRow[] {
    return this.st.all(LIST).map(parsed);
  }

  get(id: number): AccountRow | null {
    const r = this.st.get(GET, { id });
    return r ? parsed(r) : null;
  }

  /** The account with its password hash, for signing in only. */
  forSignIn(username: string): (AccountRow & { passwordHash: string | null }) | null {
    const r = this.st.get(BY_USERNAME, { username: usernameKey(username) });
    return r ? parsed(r) : null;
  }

  count(): number {
    return this.st.get(COUNT)!.n;
  }

  /** Administrators who can sign in: the last one may not be removed or demoted. */
  activeAdministrators(): number {
    return this.st.get(ADMINS)!.n;
  }

  insert(a: AccountInput, passwordHash: string | null): number {
    return this.st.get(INSERT, {
      ...a,
      username: usernameKey(a.username),
      departmentsJson: JSON.stringify(a.departments),
      passwordHash,
    })!.id;
  }

  /** Changes name, role, departments and whether the account is disabled when the version matches; false for a stale version. */
  update(id: number, version: number, a: Omit<AccountInput, 'username'> & { disabled: boolean }): boolean {
    return (
      this.st.run(UPDATE, {
        id,
        version,
        name: a.name,
        role: a.role,
        departmentsJson: JSON.stringify(a.departments),
        disabled: a.disabled ? 1 : 0,
        now: nowIso(),
      }).changes === 1
    );
  }

  setPassword(id: number, passwordHash: string | null): void {
    this.st.run(SET_PASSWORD, { id, passwordHash, now: nowIso() });
  }
}
