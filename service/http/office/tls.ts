import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';

// The office server's certificate: the municipality's own (`--tls-cert`,
// `--tls-key`), or one the server makes itself on first start and keeps in
// the data folder's tls/ (its key readable by the server's user only). A
// self-signed certificate is trusted by its fingerprint: the server prints
// it, and the desktop app pins it on first connect.

export const TLS_FOLDER = 'tls';
const KEY_FILE = 'key.pem';
const CERT_FILE = 'cert.pem';
/** Ten years: the fingerprint PCs have pinned should not change under them. */
const VALID_DAYS = 3650;

export interface Certificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate as browsers show it: `AA:BB:…`, upper-case hex. */
  fingerprint: string;
  /** Where it came from, for the terminal. */
  source: 'given' | 'made' | 'kept';
  certFile: string;
}

export function fingerprintOf(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256.toUpperCase();
}

/** The certificate the user gave; throws with a message in both languages when it cannot be read. */
export function givenCertificate(certFile: string, keyFile: string): Certificate {
  let cert: string, key: string;
  try {
    cert = readFileSync(certFile, 'utf8');
    key = readFileSync(keyFile, 'utf8');
    return { cert, key, fingerprint: fingerprintOf(cert), source: 'given', certFile };
  } catch (e) {
    throw new Error(
      `Sertifikatet eller nøkkelen kan ikke leses (${certFile}, ${keyFile}): ${(e as Error).message}\n` +
        `(The certificate or key cannot be read.)`,
      { cause: e },
    );
  }
}

/** The self-signed certificate in `dataDir/tls/`, made on first start for the names given (and this machine's). */
export async function selfSignedCertificate(dataDir: string, names: readonly string[] = []): Promise<Certificate> {
  const dir = path.join(dataDir, TLS_FOLDER);
  const keyFile = path.join(dir, KEY_FILE);
  const certFile = path.join(dir, CERT_FILE);
  if (existsSync(keyFile) && existsSync(certFile)) {
    const cert = readFileSync(certFile, 'utf8');
    return { cert, key: readFileSync(keyFile, 'utf8'), fingerprint: fingerprintOf(cert), source: 'kept', certFile };
  }
  const all = [...new Set(['localhost', '127.0.0.1', '::1', os.hostname(), ...names].filter((n) => n !== ''))];
  const now = new Date();
  const made = await generate([{ name: 'commonName', value: names[0] ?? os.hostname() }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 3600_000),
    notAfterDate: new Date(now.getTime() + VALID_DAYS * 86400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: all.map((n) => (isIP(n) ? { type: 7 as const, ip: n } : { type: 2 as const, value: n })),
      },
    ],
  });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(keyFile, made.private, { mode: 0o600 });
  // The mode given is masked by the umask only when the file is new; make sure.
  chmodSync(keyFile, 0o600);
  writeFileSync(certFile, made.cert);
  return { cert: made.cert, key: made.private, fingerprint: fingerprintOf(made.cert), source: 'made', certFile };
}
