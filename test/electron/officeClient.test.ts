import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import {
  OfficeClient,
  officeOrigin,
  probeOffice,
  readOfficePin,
  sameFingerprint,
  writeOfficePin,
  type OfficePin,
} from '../../electron/officeClient.js';
import { generate } from 'selfsigned';
import type { OfficeHost } from '../../service/http/office/host.js';
import { startTestOffice, testCertificate } from '../helpers/office.js';
import { ok, sampleCase, tempDir, tempService } from '../helpers/tempService.js';

// The desktop app's HTTPS client of the office server, against a real
// office server (startOfficeHost) with a self-signed certificate, serving the real service.

const PASSWORD = 'riktig hest batteri stift';
const servers: OfficeHost[] = [];
const clients: OfficeClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) await s.close();
});

async function office() {
  const service = tempService();
  await service.office.create(
    { username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] },
    PASSWORD,
  );
  await service.office.create({ username: 'leder', name: 'Lise Leder', role: 'leser', departments: [] }, PASSWORD);
  ok(service, 'cases.create', sampleCase({ title: 'Skoleskyss 2027' }));
  const certificate = await testCertificate();
  const server = await startTestOffice(service, certificate);
  servers.push(server);
  return { service, server, certificate };
}

/** What the user does in Innstillinger: the address, the fingerprint shown and confirmed, then sign in. */
async function accepted(server: OfficeHost): Promise<OfficePin> {
  const p = await probeOffice(server.url, 'nb');
  if (!p.ok) throw new Error(JSON.stringify(p.body));
  return p.probe;
}

const client = (pin: OfficePin) => {
  const c = new OfficeClient(pin);
  clients.push(c);
  return c;
};

describe('the office client', () => {
  it('shows the fingerprint the server prints, and once accepted signs in and reads the server’s cases', async () => {
    const { server, certificate } = await office();
    const pin = await accepted(server);
    // The same SHA-256 the server prints (AA:BB:…, as browsers show it).
    expect(pin.fingerprint).toBe(new X509Certificate(certificate.cert).fingerprint256);
    expect(pin.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const c = client(pin);
    const signedIn = await c.signIn('kari', PASSWORD, 'nb');
    expect(signedIn).toMatchObject({ ok: true, user: { username: 'kari', name: 'Kari Nordmann', role: 'innkjøper' } });
    const cases = await c.call('cases.list', {}, 'nb');
    expect(cases.ok && JSON.stringify(cases.value)).toContain('Skoleskyss 2027');
    // A write is the signed-in user's, in the server's audit trail.
    const made = await c.call('cases.create', sampleCase({ caseNumber: '2026/9', title: 'Renhold' }), 'nb');
    expect(made.ok).toBe(true);
    const mine = await c.call('access.mine', {}, 'nb');
    expect(mine.ok && (mine.value as { user: { name: string } }).user.name).toBe('Kari Nordmann');
  });

  it('refuses a server whose certificate changed, saying so with the new fingerprint, and sends it nothing', async () => {
    const { server } = await office();
    const pin = await accepted(server);
    const c = client(pin);
    expect((await c.signIn('kari', PASSWORD, 'nb')).ok).toBe(true);
    const impostor = await testCertificate();
    server.setCertificate(impostor);
    let requests = 0;
    server.server.on('request', () => requests++);
    const r = await c.call('cases.list', {}, 'nb');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.body.error.code).toBe('unavailable');
    expect(r.body.error.key).toBe('officeCertificateChanged');
    expect(r.body.error.message).toMatch(/^Serverens sertifikat er endret/);
    expect(r.body.error.message).toContain(new X509Certificate(impostor.cert).fingerprint256);
    // Nor in a fresh session: the password is never sent to the changed server.
    const again = await client(pin).signIn('kari', PASSWORD, 'en');
    expect(again).toMatchObject({ ok: false, body: { error: { key: 'officeCertificateChanged' } } });
    expect(!again.ok && again.body.error.message).toMatch(/^The server’s certificate has changed/);
    expect(requests).toBe(0);
  });

  it('says a wrong password in the user’s language, and keeps no session', async () => {
    const { server } = await office();
    const c = client(await accepted(server));
    const r = await c.signIn('kari', PASSWORD + 'x', 'nn');
    expect(r).toMatchObject({ ok: false, status: 401, body: { error: { message: 'Feil brukarnamn eller passord.' } } });
    expect(c.signedIn).toBe(false);
    expect(await c.call('cases.list', {}, 'nb')).toMatchObject({
      ok: false,
      status: 401,
      body: { error: { code: 'unauthorized', key: 'officeSignInRequired' } },
    });
  });

  it('passes a 403 through with the server’s message, and files from /export', async () => {
    const { server } = await office();
    const c = client(await accepted(server));
    expect((await c.signIn('leder', PASSWORD, 'nb')).ok).toBe(true);
    const r = await c.call('cases.create', sampleCase({ caseNumber: '2026/7' }), 'nb');
    expect(r).toMatchObject({
      ok: false,
      status: 403,
      body: {
        error: {
          code: 'forbidden',
          message: 'Rollen din (leser) gir ikke tilgang til dette. Spør en administrator om du trenger det.',
        },
      },
    });
    const file = await c.exportFile('xlsx', { list: 'cases' }, 'nb');
    expect(file.ok && file.fileName).toMatch(/\.xlsx$/);
    expect(file.ok && Buffer.from(file.bytes.subarray(0, 2)).toString()).toBe('PK');
  });

  it('says the server cannot be reached when it is gone, with its address', async () => {
    const { server } = await office();
    const pin = await accepted(server);
    const c = client(pin);
    expect((await c.signIn('kari', PASSWORD, 'nb')).ok).toBe(true);
    await server.close();
    servers.splice(0);
    const r = await c.call('cases.list', {}, 'en');
    expect(r).toMatchObject({
      ok: false,
      status: 503,
      body: { error: { code: 'unavailable', key: 'officeUnreachable' } },
    });
    expect(!r.ok && r.body.error.message).toContain(pin.origin);
  });
});

describe('certificates as servers have them', () => {
  const leaf = [
    { name: 'basicConstraints' as const, cA: false },
    { name: 'keyUsage' as const, digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage' as const, serverAuth: true },
  ];

  it('pins a strict self-signed certificate (no CA, server use only), and the municipality’s own, issued by its CA', async () => {
    const service = tempService();
    await service.office.create(
      { username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] },
      PASSWORD,
    );
    const strict = await generate([{ name: 'commonName', value: 'anskaff.kommune.test' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      extensions: leaf,
    });
    const ca = await generate([{ name: 'commonName', value: 'Kommunens rot-CA' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      extensions: [
        { name: 'basicConstraints', cA: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true },
      ],
    });
    const issued = await generate([{ name: 'commonName', value: 'anskaff.kommune.no' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      extensions: leaf,
      ca: { key: ca.private, cert: ca.cert },
    });
    for (const c of [strict, issued]) {
      const server = await startTestOffice(service, { cert: c.cert, key: c.private });
      servers.push(server);
      const pin = await accepted(server);
      expect(pin.fingerprint).toBe(new X509Certificate(c.cert).fingerprint256);
      expect((await client(pin).signIn('kari', PASSWORD, 'nb')).ok).toBe(true);
    }
  });
});

describe('a session the server ended', () => {
  it('asks for sign-in again, and forgets the session here', async () => {
    const { server } = await office();
    const c = client(await accepted(server));
    expect((await c.signIn('kari', PASSWORD, 'nb')).ok).toBe(true);
    server.auth.sessions.endAll();
    expect(await c.call('cases.list', {}, 'nb')).toMatchObject({
      ok: false,
      status: 401,
      body: { error: { code: 'unauthorized' } },
    });
    expect(c.signedIn).toBe(false);
    expect(c.user).toBeNull();
  });
});

describe('the server’s address and the accepted certificate', () => {
  const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/);
  const hostName = fc.array(label, { minLength: 1, maxLength: 4 }).map((l) => l.join('.'));
  const port = fc.oneof(fc.constant(443), fc.constant(8443), fc.integer({ min: 1, max: 65535 }));

  it('reads any host and port typed, with or without https://, as that origin; never plain HTTP', () => {
    fc.assert(
      fc.property(hostName, port, fc.boolean(), (host, p, scheme) => {
        const typed = `${scheme ? 'https://' : ''}${host}:${p}`;
        expect(officeOrigin(typed, 'nb')).toEqual({ ok: true, origin: `https://${host}:${p}` });
        expect(officeOrigin(`http://${host}:${p}`, 'nb').ok).toBe(false);
      }),
    );
  });

  it('compares fingerprints however they are written, and never a short one', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const hex = Buffer.from(bytes).toString('hex');
        const shown = hex.toUpperCase().match(/../g)!.join(':');
        expect(sameFingerprint(shown, hex)).toBe(true);
        expect(sameFingerprint(shown, hex.match(/..../g)!.join(' '))).toBe(true);
        const other = (bytes[0]! ^ 1).toString(16).padStart(2, '0') + hex.slice(2);
        expect(sameFingerprint(shown, other)).toBe(false);
        expect(sameFingerprint(shown.slice(0, 20), hex.slice(0, 14))).toBe(false);
      }),
    );
  });

  it('reads an address as typed, refusing plain HTTP', () => {
    expect(officeOrigin('anskaff.kommune.no', 'nb')).toEqual({ ok: true, origin: 'https://anskaff.kommune.no:8443' });
    expect(officeOrigin(' https://anskaff.kommune.no ', 'nb')).toEqual({
      ok: true,
      origin: 'https://anskaff.kommune.no:443',
    });
    expect(officeOrigin('10.0.0.5:9443', 'nb')).toEqual({ ok: true, origin: 'https://10.0.0.5:9443' });
    expect(officeOrigin('anskaff.kommune.no:443', 'nb')).toEqual({
      ok: true,
      origin: 'https://anskaff.kommune.no:443',
    });
    expect(officeOrigin('[::1]:8443', 'nb')).toEqual({ ok: true, origin: 'https://[::1]:8443' });
    expect(officeOrigin('http://anskaff.kommune.no', 'nb')).toMatchObject({
      ok: false,
      body: { error: { key: 'officeAddressNotHttps' } },
    });
    expect(officeOrigin('https://a.no/sti', 'nb')).toMatchObject({
      ok: false,
      body: { error: { key: 'officeAddressInvalid' } },
    });
    expect(officeOrigin('', 'nb')).toMatchObject({ ok: false });
  });

  it('keeps the accepted server in a file of the app’s data folder, and refuses a file whose fingerprint is not its certificate’s', async () => {
    const dir = tempDir();
    expect(readOfficePin(dir)).toBeNull();
    const { cert } = await testCertificate();
    const pin = {
      origin: 'https://anskaff.kommune.no:8443',
      fingerprint: new X509Certificate(cert).fingerprint256,
      certificate: cert,
    };
    writeOfficePin(dir, pin);
    expect(readOfficePin(dir)).toEqual(pin);
    const other = await testCertificate();
    writeOfficePin(dir, { ...pin, certificate: other.cert });
    expect(readOfficePin(dir)).toBeNull();
    writeOfficePin(dir, null);
    expect(readOfficePin(dir)).toBeNull();
  });
});
