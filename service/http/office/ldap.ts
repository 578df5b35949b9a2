import { readFileSync } from 'node:fs';
import { Client, EqualityFilter, InvalidCredentialsError, OrFilter, type Filter } from 'ldapts';
import { z } from 'zod';
import { RoleSchema, type Role } from '../../../core/index.js';

// Signing in against the municipality's directory (Active Directory, or any
// LDAP server) over LDAPS: the server binds as the user with the password
// they typed (it keeps no directory password of its own), reads their name
// and groups, and maps the groups to a role. A user in none of the mapped
// groups is refused. The local account is made on first sign-in and given
// the directory's name and role on each (service.office.fromDirectory).

export const LdapConfigSchema = z.strictObject({
  /** `ldaps://dc1.kommune.no` (plain `ldap://` only to the loopback, for tests and a local proxy). */
  url: z.string().regex(/^ldaps?:\/\/\S+$/),
  /** Where users and groups are searched, e.g. `DC=kommune,DC=no`. */
  baseDn: z.string().min(1),
  /**
   * What the user binds as: `{username}` is replaced by the (escaped) user name, e.g.
   * `{username}@kommune.no` (Active Directory) or `uid={username},ou=people,dc=kommune,dc=no`.
   */
  bindAs: z.string().includes('{username}').default('{username}'),
  /** Group DN → role, in order: the first group the user is in decides. */
  groupRoles: z.array(z.strictObject({ group: z.string().min(1), role: RoleSchema })).min(1),
  /** The CA certificate (PEM file) that signed the directory's certificate, when it is not a public one. */
  caFile: z.string().optional(),
});
export type LdapConfig = z.infer<typeof LdapConfigSchema>;

/** `CN=Innkjøp,OU=Grupper,DC=kommune,DC=no=innkjøper` → the group and the role (split at the last `=`). */
export function parseGroupRole(value: string): { group: string; role: Role } {
  const at = value.lastIndexOf('=');
  const role = RoleSchema.safeParse(value.slice(at + 1).trim());
  if (at <= 0 || !role.success)
    throw new Error(
      `--ldap-group-role må være «gruppens DN=rolle» (rolle: administrator, innkjøper, leser, avdeling), ikke «${value}».\n` +
        `(--ldap-group-role must be "group DN=role" (role: administrator, innkjøper, leser, avdeling), not "${value}".)`,
    );
  return { group: value.slice(0, at).trim(), role: role.data };
}

/** A DN's value with its special characters escaped (RFC 4514), so a user name cannot change what is bound to. */
export function escapeDnValue(v: string): string {
  return v
    .replace(/[\\,+"<>;=#]/g, (c) => `\\${c}`)
    .replace(/^ /, '\\ ')
    .replace(/ $/, '\\ ');
}

/** DNs compared as directories do: case and spaces around separators do not count. */
const normalDn = (dn: string) =>
  dn
    .split(',')
    .map((p) => p.trim().replace(/\s*=\s*/, '='))
    .join(',')
    .toLowerCase();

const text = (v: unknown): string | undefined =>
  Array.isArray(v) ? text(v[0]) : Buffer.isBuffer(v) ? v.toString('utf8') : typeof v === 'string' ? v : undefined;
const list = (v: unknown): string[] =>
  v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => text(x) ?? '').filter((x) => x !== '');

export interface DirectoryUser {
  username: string;
  name: string;
  role: Role;
}

/**
 * Checks a user name and password against the directory: the user (name and
 * role) when the bind succeeds and they are in a mapped group, else null.
 * A directory that cannot be reached throws (the sign-in is then a 500, not
 * "wrong password").
 */
export function directorySignIn(config: LdapConfig) {
  const ca = config.caFile ? readFileSync(config.caFile, 'utf8') : undefined;
  return async (username: string, password: string): Promise<DirectoryUser | null> => {
    // An empty password is an anonymous bind, which many directories accept: never a sign-in.
    if (password === '' || username.trim() === '') return null;
    const client = new Client({
      url: config.url,
      timeout: 10_000,
      connectTimeout: 5_000,
      tlsOptions: ca ? { ca, minVersion: 'TLSv1.2' } : { minVersion: 'TLSv1.2' },
    });
    try {
      const bindDn = config.bindAs.replaceAll('{username}', escapeDnValue(username));
      try {
        await client.bind(bindDn, password);
      } catch (e) {
        if (e instanceof InvalidCredentialsError) return null;
        throw e;
      }
      // The user's own entry: by the DN bound to, else by the names directories give a login.
      const who: Filter = new OrFilter({
        filters: ['uid', 'sAMAccountName', 'userPrincipalName'].map(
          (attribute) =>
            new EqualityFilter({ attribute, value: attribute === 'userPrincipalName' ? bindDn : username }),
        ),
      });
      const attributes = ['cn', 'displayName', 'memberOf'];
      const { searchEntries } = await client.search(config.baseDn, {
        scope: 'sub',
        filter: who,
        attributes,
        sizeLimit: 2,
      });
      const entry = searchEntries.length === 1 ? searchEntries[0]! : undefined;
      const dn = entry?.dn ?? bindDn;
      // Groups: the user's memberOf (Active Directory), and groups that list the user as a member (OpenLDAP).
      const groups = new Set(list(entry?.memberOf).map(normalDn));
      const { searchEntries: listing } = await client.search(config.baseDn, {
        scope: 'sub',
        filter: new OrFilter({
          filters: [
            new EqualityFilter({ attribute: 'member', value: dn }),
            new EqualityFilter({ attribute: 'memberUid', value: username }),
          ],
        }),
        attributes: ['dn'],
      });
      for (const g of listing) groups.add(normalDn(g.dn));
      const match = config.groupRoles.find((m) => groups.has(normalDn(m.group)));
      if (!match) return null;
      const name = text(entry?.displayName) ?? text(entry?.cn) ?? username;
      return { username: username.trim(), name, role: match.role };
    } finally {
      await client.unbind().catch(() => undefined);
    }
  };
}
