import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import path from 'node:path';
import { selfSignedCertificate } from '../../service/http/office/tls.js';

// A real OpenLDAP server (Debian's `slapd`) for the directory sign-in tests:
// its own config and database in a temp folder, LDAPS on 127.0.0.1 with a
// certificate made for it. .ci/run installs `slapd` and `ldap-utils`.

export const SLAPD = '/usr/sbin/slapd';
export const slapdPresent = existsSync(SLAPD) && existsSync('/usr/sbin/slapadd');
export const SUFFIX = 'dc=kommune,dc=no';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function listening(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`slapd exited (${child.exitCode}): ${log()}`);
    const up = await new Promise<boolean>((r) => {
      const c = connect(port, '127.0.0.1', () => (c.end(), r(true)));
      c.on('error', () => r(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`slapd did not listen: ${log()}`);
}

/** Starts slapd with the entries given (LDIF, under SUFFIX); the URL, the CA to trust and a stop function. */
export async function startSlapd(dir: string, ldif: string) {
  const cert = await selfSignedCertificate(dir, ['127.0.0.1']);
  const db = path.join(dir, 'db');
  mkdirSync(db, { recursive: true });
  const conf = path.join(dir, 'slapd.conf');
  writeFileSync(
    conf,
    [
      'include /etc/ldap/schema/core.schema',
      'include /etc/ldap/schema/cosine.schema',
      'include /etc/ldap/schema/inetorgperson.schema',
      'include /etc/ldap/schema/nis.schema',
      'modulepath /usr/lib/ldap',
      'moduleload back_mdb',
      `pidfile ${path.join(dir, 'slapd.pid')}`,
      `TLSCertificateFile ${cert.certFile}`,
      `TLSCertificateKeyFile ${path.join(dir, 'tls', 'key.pem')}`,
      'database mdb',
      `suffix "${SUFFIX}"`,
      `rootdn "cn=admin,${SUFFIX}"`,
      `directory ${db}`,
      'access to attrs=userPassword by self read by anonymous auth by * none',
      'access to * by users read by * none',
      '',
    ].join('\n'),
  );
  const base = `dn: ${SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\ndc: kommune\no: Kommune\n\n`;
  writeFileSync(path.join(dir, 'data.ldif'), base + ldif);
  const add = spawnSync('/usr/sbin/slapadd', ['-f', conf, '-l', path.join(dir, 'data.ldif')], { encoding: 'utf8' });
  if (add.status !== 0) throw new Error(`slapadd failed: ${add.stderr}`);
  const port = await freePort();
  const url = `ldaps://127.0.0.1:${port}`;
  const child = spawn(SLAPD, ['-f', conf, '-h', `${url}/`, '-d', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  await listening(port, child, () => out);
  return {
    url,
    caFile: cert.certFile,
    stop: () =>
      new Promise<void>((r) => {
        if (child.exitCode !== null) return r();
        child.once('exit', () => r());
        child.kill('SIGTERM');
      }),
  };
}
