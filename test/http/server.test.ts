import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { BundleFileSchema, ImportFileSchema, MAX_BODY_BYTES, MAX_FILE_BASE64 } from '../../core/index.js';
import { fileExporter } from '../../service/exporter.js';
import { startHttpHost, type HttpHost } from '../../service/http/server.js';
import type { PdfPrinter } from '../../service/print/printer.js';
import { sampleCase, tempDir, tempService } from '../helpers/tempService.js';

const hosts: HttpHost[] = [];
// No report is printed here; a printer that is never asked is enough.
const noPrinter: PdfPrinter = { pdf: () => Promise.reject(new Error('not used')), close: () => Promise.resolve() };
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

async function host() {
  const service = tempService();
  const h = await startHttpHost({ service, maxBodyBytes: 64 * 1024 });
  hosts.push(h);
  return { h, service };
}

/** A call as a script makes it: with the start's secret as a bearer token, unless `headers` says otherwise. */
async function rpc(h: HttpHost, method: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${h.url}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field below
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('HTTP transport', () => {
  it('is bound to 127.0.0.1', async () => {
    const { h } = await host();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses any address but the loopback, in words, and serves on ::1 with its bracketed Host', async () => {
    const service = tempService();
    for (const address of ['0.0.0.0', '::', '192.168.1.20', 'example.org']) {
      await expect(startHttpHost({ service, host: address }), address).rejects.toThrow(
        /bare på denne maskinen.*only on this machine/s,
      );
    }
    const h = await startHttpHost({ service, host: '::1' });
    hosts.push(h);
    expect(h.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
    expect((await rpc(h, 'cases.list', {})).status).toBe(200);
  });

  it('answers 200 with the output, the same as the handler', async () => {
    const { h, service } = await host();
    const created = await rpc(h, 'cases.create', sampleCase());
    expect(created.status).toBe(200);
    const direct = service.dispatch('cases.get', { id: created.body.id }, 'nb');
    expect(direct.ok && direct.value).toEqual(created.body);
  });

  it('gives field-level issues in the language asked for, with status 400', async () => {
    const { h } = await host();
    const nb = await rpc(h, 'cases.create', { title: 'x' });
    expect(nb.status).toBe(400);
    expect(nb.body.error.code).toBe('invalid_input');
    expect(nb.body.error.issues).toContainEqual(
      expect.objectContaining({ path: 'title', message: 'Må ha minst 3 tegn.' }),
    );
    const en = await rpc(h, 'cases.create', { title: 'x' }, { 'accept-language': 'en-GB,en;q=0.8' });
    expect(en.body.error.issues).toContainEqual(
      expect.objectContaining({
        path: 'title',
        message: 'Must be at least 3 characters.',
        key: 'tooShort',
        params: { min: 3 },
      }),
    );
  });

  it('answers 404 for an unknown method and 409 for a stale version', async () => {
    const { h } = await host();
    expect((await rpc(h, 'cases.drop', {})).body).toEqual({
      error: { code: 'not_found', message: 'Ukjent metode: cases.drop.' },
    });
    const c = (await rpc(h, 'cases.create', sampleCase())).body;
    const { registeredDate: _r, ...fields } = sampleCase();
    await rpc(h, 'cases.update', { ...fields, id: c.id, version: c.version });
    const stale = await rpc(h, 'cases.update', { ...fields, id: c.id, version: c.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
  });

  it('rejects oversized bodies with 413, broken JSON with 400, and other content types with 415', async () => {
    const { h } = await host();
    const big = await rpc(h, 'cases.create', { ...sampleCase(), description: 'x'.repeat(100 * 1024) });
    expect(big.status).toBe(413);
    expect(big.body.error.message).toBe('Forespørselen er for stor.');
    expect((await rpc(h, 'cases.list', '{"q":')).status).toBe(400);
    const form = await fetch(`${h.url}/rpc/cases.list`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${h.token}` },
      body: '{}',
    });
    expect(form.status).toBe(415);
  });

  it('sizes the body limit by route: 1 MiB without a file, a 60 MB file as base64 where a file is sent', async () => {
    const service = tempService();
    const h = await startHttpHost({ service });
    hosts.push(h);
    expect(MAX_BODY_BYTES).toBe(1024 * 1024);
    expect(MAX_FILE_BASE64).toBe(80_000_000);
    const justOver = await rpc(h, 'cases.create', { ...sampleCase(), description: 'x'.repeat(MAX_BODY_BYTES) });
    expect(justOver.status).toBe(413);
    // A spreadsheet of 3 MB (4 MB as base64) is read, not refused for its size.
    const csv = Buffer.from(
      'Saksnummer;Tittel\n' + `2026/1;Skolemøbler ${'og mer '.repeat(10)}\n`.repeat(40_000),
    ).toString('base64');
    const sheet = await rpc(h, 'import.preview', { target: 'cases', fileName: 'saker.csv', data: csv });
    expect(sheet.status).toBe(200);
    // So is the file of the rows an import leaves out, made from a file as large (its padding of empty rows is skipped).
    const exporting = await startHttpHost({ service, exporter: fileExporter(service, noPrinter, 'test') });
    hosts.push(exporting);
    const padded = Buffer.from('Saksnummer;Tittel\n2026/1;Skolemøbler\n' + ';\n'.repeat(800_000)).toString('base64');
    expect(padded.length).toBeGreaterThan(MAX_BODY_BYTES);
    const rejects = await fetch(`${exporting.url}/export/importRejects`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${exporting.token}` },
      body: JSON.stringify({ target: 'cases', fileName: 'saker.csv', data: padded }),
    });
    expect(rejects.status).toBe(200);
    expect(rejects.headers.get('content-disposition')).toContain('utelatte-rader-saker.xlsx');
    // Over the largest legitimate file, the declared length alone is refused, before anything is read.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: new URL(h.url).port,
          path: '/rpc/import.preview',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${h.token}`,
            'content-length': String(MAX_FILE_BASE64 + 9 * 1024 * 1024),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('{"target":"cases","fileName":"x.csv","data":"');
    });
    expect(status).toBe(413);
    expect(ImportFileSchema.shape.data.maxLength).toBe(MAX_FILE_BASE64);
    expect(BundleFileSchema.shape.data.maxLength).toBe(MAX_FILE_BASE64);
  });

  it('refuses calls from other web sites and other host names', async () => {
    const { h } = await host();
    expect((await rpc(h, 'cases.list', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await rpc(h, 'cases.list', {}, { origin: h.url })).status).toBe(200);
    const port = new URL(h.url).port;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/rpc/cases.list',
          method: 'POST',
          headers: {
            host: `rebound.example:${port}`,
            'content-type': 'application/json',
            authorization: `Bearer ${h.token}`,
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('answers a malformed address with 400 and the error body, and goes on serving', async () => {
    const { h } = await host();
    for (const path of ['/rpc/%E0%A4%A', '/export/%E0%A4%A', '/rpc/%', '/export/%ZZ']) {
      const r = await fetch(`${h.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}` },
        body: '{}',
      });
      expect(r.status, path).toBe(400);
      expect(((await r.json()) as { error: { code: string; message: string } }).error).toEqual({
        code: 'invalid_input',
        message: 'Adressen er ugyldig.',
      });
    }
    expect((await rpc(h, 'cases.list', {})).status).toBe(200);
  });

  it('never leaks a stack trace: an internal error is a plain 500 body', async () => {
    const { h, service } = await host();
    service.database.sqlite.exec('DROP TRIGGER cases_fts_ai; DROP TABLE case_events');
    const r = await rpc(h, 'cases.create', sampleCase());
    expect(r.status).toBe(500);
    expect(r.body).toEqual({
      error: { code: 'internal', message: 'Noe gikk galt i Anskaff. Ingenting ble lagret. Prøv igjen.' },
    });
    expect((await rpc(h, 'cases.list', { includeArchived: true })).body.total).toBe(0);
  });
});

describe('who may call the host', () => {
  const post = (h: HttpHost, path: string, headers: Record<string, string> = {}) =>
    fetch(`${h.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{}',
    });
  const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { redirect: 'manual', headers });
  const sessionOf = (res: Response) =>
    /^(anskaff_session_\d+=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? null;

  it("answers every API call without a session 401 with the error body, in the caller's language", async () => {
    const { h } = await host();
    for (const path of ['/rpc/cases.list', '/rpc/bundle.preview', '/export/bundle', '/rpc/no.such.method']) {
      const nb = await post(h, path);
      expect(nb.status, path).toBe(401);
      expect(await nb.json()).toEqual({
        error: {
          code: 'unauthorized',
          message:
            'Økten er utløpt eller mangler. Åpne Anskaff på nytt fra adressen i terminalen der Anskaff ble startet.',
        },
      });
    }
    const en = await post(h, '/rpc/cases.list', { 'accept-language': 'en' });
    expect(((await en.json()) as { error: { message: string } }).error.message).toBe(
      'The session has expired or is missing. Open Anskaff again from the address in the terminal where Anskaff was started.',
    );
    expect((await post(h, '/rpc/cases.list', { authorization: 'Bearer not-the-secret-at-all' })).status).toBe(401);
    expect(
      (await post(h, '/rpc/cases.list', { cookie: `anskaff_session_${new URL(h.url).port}=made-up` })).status,
    ).toBe(401);
    expect((await post(h, '/rpc/cases.list', { authorization: `Bearer ${h.token}` })).status).toBe(200);
  });

  it("trades the address's token for an HttpOnly, SameSite=Strict session cookie and sends the page on to the clean address", async () => {
    const service = tempService();
    const h = await startHttpHost({ service, staticDir: tempDir() });
    hosts.push(h);
    expect(h.openUrl).toBe(`${h.url}/?token=${h.token}`);
    // The page itself may load without a session (it then says how to get one); the API may not.
    expect((await get(`${h.url}/`)).status).not.toBe(401);
    const traded = await get(h.openUrl);
    expect(traded.status).toBe(303);
    expect(traded.headers.get('location')).toBe('/');
    expect(traded.headers.get('set-cookie')).toMatch(
      /^anskaff_session_\d+=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    expect(traded.headers.get('cache-control')).toBe('no-store');
    const cookie = sessionOf(traded)!;
    expect((await post(h, '/rpc/cases.list', { cookie })).status).toBe(200);
    // The address printed in the terminal works again while the host runs (a second browser, a closed window).
    expect(sessionOf(await get(h.openUrl))).not.toBeNull();
    // A wrong token gets the clean address and no session.
    const wrong = await get(`${h.url}/print.html?lang=nb&token=guessed-token-xyz#x`);
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get('location')).toBe('/print.html?lang=nb');
    expect(wrong.headers.get('set-cookie')).toBeNull();
    // The page is sent on within this host, never to another site.
    const location = await new Promise<string | undefined>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: new URL(h.url).port, path: '/x/..//evil.example/y?token=x' },
        (res) => {
          res.resume();
          resolve(res.headers.location);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(location).toBe('/evil.example/y');
  });

  it('gives a one-time address that works once (for a browser opened by a program, and the printer)', async () => {
    const service = tempService();
    const h = await startHttpHost({ service, staticDir: tempDir() });
    hosts.push(h);
    const once = h.oneTimeUrl('/print.html#/print/protocol?case=1');
    expect(once).toMatch(/\/print\.html\?token=[A-Za-z0-9_-]{43}#\/print\/protocol\?case=1$/);
    expect(once).not.toContain(h.token);
    const first = await get(once);
    expect(first.headers.get('location')).toBe('/print.html');
    expect(sessionOf(first)).not.toBeNull();
    expect(sessionOf(await get(once))).toBeNull();
  });

  it('takes the secret it is given (--token, ANSKAFF_WEB_TOKEN), and refuses one too short to be a secret', async () => {
    const service = tempService();
    const h = await startHttpHost({ service, token: 'a-secret-of-my-own-1234' });
    hosts.push(h);
    expect(h.token).toBe('a-secret-of-my-own-1234');
    expect((await post(h, '/rpc/cases.list', { authorization: 'Bearer a-secret-of-my-own-1234' })).status).toBe(200);
    await expect(startHttpHost({ service, token: 'short' })).rejects.toThrow(/minst 16 tegn.*at least 16 characters/s);
  });
});
