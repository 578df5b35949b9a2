import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../service/http/office/tls.js';
import { cookieOf, officeRequest, testCertificate } from '../helpers/office.js';
import { tempDir } from '../helpers/tempService.js';

// `npm run server` as the municipality's IT runs it: the real command line, in a child process.
const cli = ['--import', 'tsx', 'service/cli/server.ts'];
const PASSWORD = 'korrekt hest batteri stift';
const admin = { ANSKAFF_ADMIN_NAME: 'Ada Admin', ANSKAFF_ADMIN_PASSWORD: PASSWORD };
const server = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [...cli, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });

describe('npm run server', () => {
  it('refuses plain HTTP on a network address, in both languages, before opening anything', () => {
    const dir = tempDir();
    const r = server(['--data-dir', dir, '--listen', '0.0.0.0:8443', '--http']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bare HTTPS på nettverket.*only HTTPS on the network/s);
  });

  it('adds the first administrator once, then serves HTTPS with the fingerprint it prints, and a renewed certificate on SIGHUP', async () => {
    const dir = tempDir();
    const added = server(['--data-dir', dir, '--add-admin', 'ada'], admin);
    expect(added.stdout).toContain('administratoren ada er lagt til');
    const again = server(['--data-dir', dir, '--add-admin', 'ada'], admin);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/Brukernavnet ada er allerede i bruk.*The user name ada is already taken/s);

    const child = spawn(process.execPath, [...cli, '--data-dir', dir, '--listen', '127.0.0.1:0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const out = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (c: Buffer) => {
          text += c.toString();
          if (/fingerprint\):\n\s+\S+/.test(text)) resolve(text);
        });
        child.on('exit', (code) => reject(new Error(`server exited (${code}): ${text}`)));
      });
      const url = /kjører på (https:\/\/\S+)/.exec(out)![1]!;
      const cert = readFileSync(path.join(dir, 'tls', 'cert.pem'), 'utf8');
      expect(out).toContain(fingerprintOf(cert));
      const r = await officeRequest(`${url}/auth/signin`, { body: { username: 'ada', password: PASSWORD }, ca: cert });
      expect(r.status).toBe(200);
      expect(r.body.user).toMatchObject({ name: 'Ada Admin', role: 'administrator' });

      // A renewed certificate: the files replaced, SIGHUP (systemctl reload); served at once, and no one signed out.
      const renewed = await testCertificate('anskaff.kommune.test');
      writeFileSync(path.join(dir, 'tls', 'cert.pem'), renewed.cert);
      writeFileSync(path.join(dir, 'tls', 'key.pem'), renewed.key);
      const reloaded = new Promise<string>((resolve) => {
        let text = '';
        child.stdout.on('data', (c: Buffer) => {
          text += c.toString();
          if (/lest på nytt.*SHA-256: \S+\n/.test(text)) resolve(text);
        });
      });
      child.kill('SIGHUP');
      expect(await reloaded).toContain(fingerprintOf(renewed.cert));
      const mine = await officeRequest(`${url}/rpc/access.mine`, {
        body: {},
        headers: { cookie: cookieOf(r) },
        ca: renewed.cert,
      });
      expect(mine.status).toBe(200);
      expect(mine.body.user).toMatchObject({ name: 'Ada Admin' });
      await expect(
        officeRequest(`${url}/rpc/access.mine`, { body: {}, headers: { cookie: cookieOf(r) }, ca: cert }),
      ).rejects.toThrow();
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.on('exit', r));
    }
  });
});
