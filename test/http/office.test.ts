import { statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileExporter } from '../../service/exporter.js';
import type { PdfPrinter } from '../../service/print/printer.js';
import { startOfficeHost, type OfficeHost } from '../../service/http/office/host.js';
import { selfSignedCertificate, type Certificate } from '../../service/http/office/tls.js';
import { OfficeSessions } from '../../service/http/office/sessions.js';
import { cookieOf, officeRequest } from '../helpers/office.js';
import { ok, sampleCase, tempService } from '../helpers/tempService.js';

// The office server over real HTTPS on 127.0.0.1 with its own self-signed
// certificate, the real service on a temp register, and real accounts.

const PASSWORD = 'korrekt hest batteri stift';
const hosts: OfficeHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

// Bundles and spreadsheets are made without printing; a printer that is never asked is enough.
const noPrinter: PdfPrinter = { pdf: () => Promise.reject(new Error('not used')), close: () => Promise.resolve() };

async function office(opts: { sessions?: OfficeSessions } = {}) {
  const service = tempService();
  const cert: Certificate = await selfSignedCertificate(service.dataDir);
  const h = await startOfficeHost({
    service,
    tls: { key: cert.key, cert: cert.cert },
    exporter: fileExporter(service, noPrinter, 'server-os-user'),
    ...opts,
  });
  hosts.push(h);
  await service.office.create(
    { username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] },
    PASSWORD,
  );
  await service.office.create({ username: 'lise', name: 'Lise Leder', role: 'leser', departments: [] }, PASSWORD);
  const send = (p: string, body?: unknown, headers: Record<string, string> = {}) =>
    officeRequest(`${h.url}${p}`, { body: body ?? {}, headers, ca: cert.cert });
  const signIn = (username: string, password = PASSWORD, headers: Record<string, string> = {}) =>
    send('/auth/signin', { username, password }, headers);
  return { service, cert, h, send, signIn };
}

describe('office server over HTTPS', () => {
  it('keeps its key readable by its user only, and reports the fingerprint browsers show', async () => {
    const { service, cert, h } = await office();
    expect(h.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(statSync(path.join(service.dataDir, 'tls', 'key.pem')).mode & 0o777).toBe(0o600);
    expect(cert.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    // The second start keeps the same certificate: the fingerprint PCs pinned still holds.
    expect((await selfSignedCertificate(service.dataDir)).fingerprint).toBe(cert.fingerprint);
  });

  it('asks for sign-in (401 signInRequired) before any method, in the language asked for', async () => {
    const { send } = await office();
    const r = await send('/rpc/cases.list', {}, { 'accept-language': 'en' });
    expect(r.status).toBe(401);
    expect(r.body.error).toMatchObject({ code: 'unauthorized', key: 'signInRequired' });
    expect(r.body.error.message).toBe("Sign in to use the office's register.");
  });

  it('refuses a wrong password with 401 signInFailed and sets no cookie', async () => {
    const { signIn } = await office();
    for (const [username, password] of [
      ['kari', 'feil passord her'],
      ['nobody', PASSWORD],
    ]) {
      const r = await signIn(username!, password);
      expect(r.status).toBe(401);
      expect(r.body.error).toMatchObject({ code: 'unauthorized', key: 'signInFailed' });
      expect(r.body.error.message).toBe('Feil brukernavn eller passord.');
      expect(r.headers['set-cookie']).toBeUndefined();
    }
  });

  it('says which field is empty (400, attached to the field)', async () => {
    const { signIn } = await office();
    const r = await signIn('', '', { 'accept-language': 'nn' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['username', 'password']);
    expect(r.body.error.message).toBe('Skriv inn brukarnamn og passord.');
  });

  it('gives a session cookie that is HttpOnly, Secure, SameSite=Strict and expires, and the user', async () => {
    const { signIn } = await office();
    const r = await signIn('kari');
    expect(r.status).toBe(200);
    expect(r.body.user).toEqual({ username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] });
    const set = String(r.headers['set-cookie']);
    expect(set).toMatch(/^anskaff_office=[A-Za-z0-9_-]{43}; /);
    expect(set).toContain('; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=43200');
  });

  it('rate-limits sign-in: after 5 failures for a user name, 429 with Retry-After, even with the right password', async () => {
    const { signIn } = await office();
    for (let i = 0; i < 5; i++) expect((await signIn('kari', `gjett nummer ${i}`)).status).toBe(401);
    const r = await signIn('kari', PASSWORD, { 'accept-language': 'en' });
    expect(r.status).toBe(429);
    expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(r.body.error).toMatchObject({ code: 'too_many_requests', key: 'signInThrottled' });
    expect(r.body.error.message).toMatch(/^Too many failed attempts\. Wait \d+ seconds/);
    // Another user is not held up by Kari's failures.
    expect((await signIn('lise')).status).toBe(200);
  });

  it('acts as the signed-in user: 403 for what their role may not do, the audit trail names them', async () => {
    const { service, send, signIn } = await office();
    const reader = cookieOf(await signIn('lise'));
    const refused = await send('/rpc/cases.create', sampleCase(), { cookie: reader });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'forbidden', key: 'forbidden' });
    expect((await send('/rpc/cases.list', {}, { cookie: reader })).status).toBe(200);

    const buyer = cookieOf(await signIn('kari'));
    const created = await send('/rpc/cases.create', sampleCase(), { cookie: buyer });
    expect(created.status).toBe(200);
    const trail = ok(service, 'audit.forRecord', { entity: 'case', id: created.body.id });
    expect(trail[0]?.by).toBe('Kari Nordmann');
    const mine = await send('/rpc/access.mine', {}, { cookie: buyer });
    expect(mine.body.user).toMatchObject({ name: 'Kari Nordmann', role: 'innkjøper' });
  });

  it('checks the role for files too: a reader gets no bundle, a buyer does', async () => {
    const { send, signIn } = await office();
    const reader = cookieOf(await signIn('lise'));
    const refused = await send('/export/bundle', {}, { cookie: reader });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'forbidden', key: 'forbidden', params: { role: 'leser' } });
    const buyer = cookieOf(await signIn('kari'));
    const made = await send('/export/bundle', {}, { cookie: buyer });
    expect(made.status).toBe(200);
    expect(made.headers['content-type']).toBe('application/gzip');
  });

  it('re-reads the account on every request: a disabled account is signed out at once', async () => {
    const { service, send, signIn } = await office();
    const buyer = cookieOf(await signIn('kari'));
    service.database.sqlite.prepare(`UPDATE accounts SET disabled = 1 WHERE username = 'kari'`).run();
    expect((await send('/rpc/cases.list', {}, { cookie: buyer })).status).toBe(401);
  });

  it('ends the session on sign-out', async () => {
    const { send, signIn } = await office();
    const cookie = cookieOf(await signIn('kari'));
    expect((await send('/rpc/cases.list', {}, { cookie })).status).toBe(200);
    const out = await send('/auth/signout', undefined, { cookie });
    expect(out.status).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await send('/rpc/cases.list', {}, { cookie })).status).toBe(401);
  });

  it('ends a session after 8 hours idle and 12 hours after sign-in', async () => {
    let now = Date.UTC(2026, 10, 25, 7);
    const { send, signIn } = await office({ sessions: new OfficeSessions(() => now) });
    const cookie = cookieOf(await signIn('kari'));
    const hour = 3600_000;
    for (let i = 0; i < 3; i++) {
      now += 4 * hour - 1;
      expect((await send('/rpc/cases.list', {}, { cookie })).status, `after ${(i + 1) * 4} h`).toBe(200);
    }
    now += 3;
    expect((await send('/rpc/cases.list', {}, { cookie })).status).toBe(401);
    const idle = cookieOf(await signIn('kari'));
    now += 8 * hour;
    expect((await send('/rpc/cases.list', {}, { cookie: idle })).status).toBe(401);
  });

  it('gives its printer a one-time address that acts as the user who asked for the print, once', async () => {
    const { service, cert, h, send } = await office();
    const kari = service.office.current('kari')!;
    const address = h.oneTimeUrl('/', kari);
    const traded = await officeRequest(address, { method: 'GET', ca: cert.cert });
    expect(traded.status).toBe(303);
    const cookie = cookieOf(traded);
    expect((await send('/rpc/access.mine', {}, { cookie })).body.user.name).toBe('Kari Nordmann');
    const again = await officeRequest(address, { method: 'GET', ca: cert.cert });
    expect(again.headers['set-cookie']).toBeUndefined();
    // Without a user, an address gives nothing.
    expect(
      (await officeRequest(h.oneTimeUrl('/'), { method: 'GET', ca: cert.cert })).headers['set-cookie'],
    ).toBeUndefined();
  });

  it('answers only its own names and origin', async () => {
    const { send, signIn, h } = await office();
    const port = new URL(h.url).port;
    expect((await send('/rpc/cases.list', {}, { host: `evil.example:${port}` })).status).toBe(403);
    expect((await signIn('kari', PASSWORD, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await signIn('kari', PASSWORD, { origin: `https://localhost:${port}` })).status).toBe(200);
  });

  it('refuses plain HTTP on any address but the loopback, in both languages', async () => {
    const service = tempService();
    for (const host of ['0.0.0.0', '::', '10.0.0.5'])
      await expect(startOfficeHost({ service, host }), host).rejects.toThrow(/bare HTTPS.*only HTTPS/s);
  });
});
