import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startOfficeHost, type OfficeHost } from '../../service/http/office/host.js';
import { directorySignIn, LdapConfigSchema, parseGroupRole } from '../../service/http/office/ldap.js';
import { cookieOf, officeRequest } from '../helpers/office.js';
import { slapdPresent, startSlapd, SUFFIX } from '../helpers/slapd.js';
import { tempService } from '../helpers/tempService.js';

// Sign-in against a real OpenLDAP server over LDAPS: the user binds with
// their own password, their groups decide the role, and the local account is
// made on first sign-in and follows the directory's name and role.

const PEOPLE = `ou=people,${SUFFIX}`;
const GROUPS = `ou=groups,${SUFFIX}`;
const LDIF = `dn: ${PEOPLE}
objectClass: organizationalUnit
ou: people

dn: ${GROUPS}
objectClass: organizationalUnit
ou: groups

dn: uid=kari,${PEOPLE}
objectClass: inetOrgPerson
uid: kari
cn: Kari Nordmann
sn: Nordmann
displayName: Kari Nordmann
userPassword: katalog-passord-1

dn: uid=lise,${PEOPLE}
objectClass: inetOrgPerson
uid: lise
cn: Lise Leder
sn: Leder
userPassword: katalog-passord-2

dn: uid=per,${PEOPLE}
objectClass: inetOrgPerson
uid: per
cn: Per Utenfor
sn: Utenfor
userPassword: katalog-passord-3

dn: cn=Innkjøp,${GROUPS}
objectClass: groupOfNames
cn: Innkjøp
member: uid=kari,${PEOPLE}

dn: cn=Ledelse,${GROUPS}
objectClass: groupOfNames
cn: Ledelse
member: uid=lise,${PEOPLE}
member: uid=kari,${PEOPLE}
`;

// Without Debian's slapd (.ci/run installs `slapd`), the tests are skipped and their name says why.
describe.skipIf(!slapdPresent)(
  slapdPresent
    ? 'office sign-in against OpenLDAP (LDAPS)'
    : 'office sign-in against OpenLDAP: SKIPPED, /usr/sbin/slapd is not installed (apt-get install slapd)',
  () => {
    let dir: string;
    let slapd: Awaited<ReturnType<typeof startSlapd>>;
    const hosts: OfficeHost[] = [];
    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'anskaff-slapd-'));
      slapd = await startSlapd(dir, LDIF);
    }, 30_000);
    afterAll(async () => {
      for (const h of hosts.splice(0)) await h.close();
      await slapd?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    const config = () =>
      LdapConfigSchema.parse({
        url: slapd.url,
        baseDn: SUFFIX,
        bindAs: `uid={username},${PEOPLE}`,
        // Order decides: Kari is in both groups and is a buyer.
        groupRoles: [
          parseGroupRole(`CN=Innkjøp, OU=groups,DC=kommune,DC=no=innkjøper`),
          parseGroupRole(`cn=Ledelse,${GROUPS}=leser`),
        ],
        caFile: slapd.caFile,
      });

    it('binds as the user and maps their groups to a role; a wrong password or no group is refused', async () => {
      const signIn = directorySignIn(config());
      expect(await signIn('kari', 'katalog-passord-1')).toEqual({
        username: 'kari',
        name: 'Kari Nordmann',
        role: 'innkjøper',
      });
      expect(await signIn('lise', 'katalog-passord-2')).toEqual({
        username: 'lise',
        name: 'Lise Leder',
        role: 'leser',
      });
      expect(await signIn('kari', 'feil')).toBeNull();
      expect(await signIn('kari', '')).toBeNull();
      expect(await signIn('per', 'katalog-passord-3')).toBeNull();
      // A user name that tries to change the DN bound to gets nowhere.
      expect(await signIn('kari,ou=people', 'katalog-passord-1')).toBeNull();
    });

    it('refuses a directory whose certificate it does not trust', async () => {
      const signIn = directorySignIn({ ...config(), caFile: undefined });
      await expect(signIn('kari', 'katalog-passord-1')).rejects.toThrow();
    });

    it('signs in on the office server, making the local account on first sign-in', async () => {
      const service = tempService();
      const h = await startOfficeHost({ service, directory: directorySignIn(config()) });
      hosts.push(h);
      const signIn = (username: string, password: string) =>
        officeRequest(`${h.url}/auth/signin`, { body: { username, password } });
      const r = await signIn('kari', 'katalog-passord-1');
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.user).toEqual({ username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] });
      expect(service.office.current('kari')).toMatchObject({ role: 'innkjøper' });
      const mine = await officeRequest(`${h.url}/rpc/access.mine`, { body: {}, headers: { cookie: cookieOf(r) } });
      expect(mine.body.user.name).toBe('Kari Nordmann');
      expect((await signIn('lise', 'feil')).status).toBe(401);
      expect((await signIn('per', 'katalog-passord-3')).status).toBe(401);
      // The directory's name and role count at each sign-in (here as if Kari had moved to the leadership group).
      expect(service.office.fromDirectory({ username: 'kari', name: 'Kari N. Berg', role: 'leser' })).toMatchObject({
        name: 'Kari N. Berg',
        role: 'leser',
      });
      expect((await signIn('kari', 'katalog-passord-1')).body.user).toMatchObject({
        name: 'Kari Nordmann',
        role: 'innkjøper',
      });
      // Disabled here, the directory's word does not let them in.
      service.database.sqlite.prepare(`UPDATE accounts SET disabled = 1 WHERE username = 'kari'`).run();
      expect((await signIn('kari', 'katalog-passord-1')).status).toBe(401);
    });
  },
);
