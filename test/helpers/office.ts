import { request } from 'node:https';
import { request as plainRequest } from 'node:http';
import { generate } from 'selfsigned';
import { fileExporter } from '../../service/exporter.js';
import { startOfficeHost, type OfficeHost } from '../../service/http/office/host.js';
import type { Service } from '../../service/service.js';

// Requests to the office server as a PC makes them: over HTTPS, trusting the
// server's own (self-signed) certificate by handing it as the CA.

export interface OfficeResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
  body: any;
}

export function officeRequest(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: unknown; ca?: string } = {},
): Promise<OfficeResponse> {
  const data = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = (u.protocol === 'https:' ? request : plainRequest)(
      u,
      {
        method: opts.method ?? 'POST',
        ca: opts.ca,
        // The certificate is checked against `ca`; a Host header of another name (a test of the server's
        // own check) must not make the client refuse first.
        ...(opts.headers?.host ? { checkServerIdentity: () => undefined } : {}),
        headers: {
          ...(data !== undefined ? { 'content-type': 'application/json' } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = text === '' ? null : JSON.parse(text);
          } catch {
            // not JSON: kept as text
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** The `name=value` of a response's Set-Cookie, to send back as the Cookie header. */
export function cookieOf(r: OfficeResponse): string {
  const set = r.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  if (!first) throw new Error(`no Set-Cookie (status ${r.status}): ${JSON.stringify(r.body)}`);
  return first.split(';')[0]!;
}

export interface TestCertificate {
  cert: string;
  key: string;
}

/** A fresh self-signed certificate (EC: quick to make) for `name` and 127.0.0.1, kept nowhere. */
export async function testCertificate(name = 'anskaff.test'): Promise<TestCertificate> {
  const pems = await generate([{ name: 'commonName', value: name }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: name },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

/**
 * The real office server (startOfficeHost) over `service`, HTTPS with
 * `certificate` on 127.0.0.1, API only, files from /export (no printer:
 * spreadsheets and Word, not PDF). The tests of the desktop app's client
 * count its requests (`server`), change its certificate (`setCertificate`)
 * and end its sessions (`auth.sessions.endAll()`).
 */
export function startTestOffice(service: Service, certificate: TestCertificate): Promise<OfficeHost> {
  const noPrinter = {
    pdf: () => Promise.reject(new Error('no printer in this test')),
    close: () => Promise.resolve(),
  };
  return startOfficeHost({ service, tls: certificate, exporter: fileExporter(service, noPrinter, 'test') });
}
