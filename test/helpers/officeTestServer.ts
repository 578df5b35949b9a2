import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { pickLocale, t } from '../../core/index.js';
import type { Caller } from '../../service/context.js';
import { fileExporter } from '../../service/exporter.js';
import type { Service } from '../../service/service.js';

// A minimal office server for the client's tests, until the real one
// (service/http, `npm run server`) is pointed at instead: real node:https
// with a self-signed certificate, the real service, and the wire protocol
// of /work/research/office-protocol.md (sign-in with a session cookie,
// /rpc/<method> and /export/<kind> as the signed-in caller, 401 without).

export interface TestCertificate {
  cert: string;
  key: string;
}

/** A fresh self-signed certificate (EC: quick to make). */
export async function selfSignedCertificate(name = 'anskaff.test'): Promise<TestCertificate> {
  const pems = await generate([{ name: 'commonName', value: name }], { keyType: 'ec', algorithm: 'sha256' });
  return { cert: pems.cert, key: pems.private };
}

export interface OfficeTestServer {
  server: Server;
  /** `https://127.0.0.1:<port>` */
  origin: string;
  /** Serves another certificate from the next connection on, as a server replaced (or an impostor) would. */
  changeCertificate(c: TestCertificate): void;
  /** Ends every session, as a restarted server or an expired session does. */
  endSessions(): void;
  close(): Promise<void>;
}

const COOKIE = 'anskaff_office';

export async function startOfficeTestServer(service: Service, certificate: TestCertificate): Promise<OfficeTestServer> {
  const sessions = new Map<string, string>();
  const noPrinter = {
    pdf: () => Promise.reject(new Error('no printer in this test server')),
    close: () => Promise.resolve(),
  };
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const server = createServer({ cert: certificate.cert, key: certificate.key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const locale = pickLocale(req.headers['accept-language']);
        const url = req.url ?? '/';
        let input: unknown;
        try {
          const raw = Buffer.concat(chunks).toString('utf8');
          input = raw.trim() ? JSON.parse(raw) : {};
        } catch {
          return json(res, 400, { error: { code: 'invalid_input', message: t('invalidJson', locale) } });
        }
        if (req.method !== 'POST') return json(res, 405, { error: { code: 'invalid_input', message: 'Use POST' } });
        if (url === '/auth/signin') {
          const { username, password } = input as { username?: unknown; password?: unknown };
          const caller = await service.office.signIn(String(username ?? ''), String(password ?? ''));
          if (!caller)
            return json(res, 401, {
              error: { code: 'unauthorized', key: 'signInFailed', message: t('signInFailed', locale) },
            });
          const id = randomBytes(24).toString('base64url');
          sessions.set(id, caller.username);
          res.setHeader('set-cookie', `${COOKIE}=${id}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=28800`);
          return json(res, 200, { user: caller });
        }
        const id = /(?:^|;\s*)anskaff_office=([^;]+)/.exec(String(req.headers.cookie ?? ''))?.[1];
        const username = id ? sessions.get(id) : undefined;
        if (url === '/auth/signout') {
          if (id) sessions.delete(id);
          res.writeHead(204);
          return res.end();
        }
        const caller: Caller | null = username ? service.office.current(username) : null;
        if (!caller)
          return json(res, 401, {
            error: { code: 'unauthorized', key: 'officeSignInRequired', message: t('officeSignInRequired', locale) },
          });
        if (url.startsWith('/rpc/')) {
          const r = await service.call(decodeURIComponent(url.slice(5)), input, locale, caller);
          return r.ok ? json(res, 200, r.value) : json(res, r.status, r.body);
        }
        if (url.startsWith('/export/')) {
          const r = await fileExporter(service, noPrinter, caller.name)(
            decodeURIComponent(url.slice(8)),
            input,
            locale,
            '',
          );
          if (!r.ok) return json(res, r.status, r.body);
          res.writeHead(200, {
            'content-type': r.contentType,
            'content-disposition': `attachment; filename="${r.fileName}"`,
            ...(r.pages !== null ? { 'x-anskaff-pages': String(r.pages) } : {}),
          });
          return res.end(r.bytes);
        }
        return json(res, 404, { error: { code: 'not_found', message: 'Not found' } });
      })().catch((e: unknown) => {
        console.error(e);
        json(res, 500, { error: { code: 'internal', message: 'internal' } });
      });
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `https://127.0.0.1:${port}`,
    changeCertificate(c) {
      server.setSecureContext({ cert: c.cert, key: c.key });
      server.closeAllConnections();
    },
    endSessions: () => sessions.clear(),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
