// `npm run server -- --data-dir D --listen 0.0.0.0:8443 [--tls-cert F --tls-key F] [--name anskaff.kommune.no]`:
// the office server, one register for the office over HTTPS, for its signed-in users.
// `npm run server -- --data-dir D --add-admin <username>`: the first administrator (asks for the name and
// password, or reads ANSKAFF_ADMIN_NAME and ANSKAFF_ADMIN_PASSWORD).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AppError, t } from '../../core/index.js';
import { backupIfFirstToday, backupOnQuit } from '../backup/methods.js';
import { docxInThread } from '../briefing/docxThread.js';
import { resolveDataDir } from '../dataDir.js';
import { fileExporter } from '../exporter.js';
import { BadListen, parseListen, PlainHttpNotLoopback, startOfficeHost } from '../http/office/host.js';
import { givenCertificate, selfSignedCertificate, type Certificate } from '../http/office/tls.js';
import { directorySignIn, LdapConfigSchema, parseGroupRole, type LdapConfig } from '../http/office/ldap.js';
import { isLoopback } from '../http/server.js';
import { openServiceForApp } from '../openData.js';
import { ChromiumPrinter } from '../print/chromium.js';
import { migrationsDir, rendererDist } from '../repoPaths.js';
import type { Service } from '../service.js';

const { values: args } = parseArgs({
  args: process.argv.slice(2),
  strict: true,
  allowPositionals: false,
  options: {
    'data-dir': { type: 'string' },
    listen: { type: 'string', default: '0.0.0.0:8443' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    // The names PCs reach the server by (DNS): the certificate made on first start names them, and requests must.
    name: { type: 'string', multiple: true, default: [] },
    // Plain HTTP, only on the loopback (behind a reverse proxy on the same machine, or a trial).
    http: { type: 'boolean', default: false },
    'add-admin': { type: 'string' },
    // Sign-in against the municipality's directory (LDAPS), or the same in D/ldap.json (README).
    'ldap-url': { type: 'string' },
    'ldap-base-dn': { type: 'string' },
    'ldap-bind-as': { type: 'string' },
    'ldap-group-role': { type: 'string', multiple: true, default: [] },
    'ldap-ca': { type: 'string' },
  },
});

function fail(message: string, code = 2): never {
  console.error(`anskaff: ${message}`);
  process.exit(code);
}

/** A line typed at the terminal; the password without echo. */
function ask(question: string, secret = false): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (secret) {
    // Echo nothing of what is typed after the question.
    const out = rl as unknown as { _writeToOutput: (s: string) => void };
    let asked = false;
    out._writeToOutput = (s: string) => {
      if (!asked) process.stdout.write(s);
      asked = true;
    };
  }
  return new Promise((ok) =>
    rl.question(question, (answer) => {
      rl.close();
      if (secret) process.stdout.write('\n');
      ok(answer);
    }),
  );
}

async function addAdmin(service: Service, username: string): Promise<never> {
  const name = process.env.ANSKAFF_ADMIN_NAME ?? (await ask('Fullt navn (Full name): '));
  const password = process.env.ANSKAFF_ADMIN_PASSWORD ?? (await ask('Passord (Password): ', true));
  try {
    await service.office.create({ username, name: name.trim(), role: 'administrator', departments: [] }, password);
  } catch (e) {
    if (e instanceof AppError) fail(`${t(e.key, 'nb', e.params)}\n(${t(e.key, 'en', e.params)})`);
    throw e;
  }
  console.log(`anskaff: administratoren ${username} er lagt til. (The administrator ${username} was added.)`);
  service.backups?.live()?.close();
  process.exit(0);
}

const dataDir = resolveDataDir(args['data-dir']);
let listen;
try {
  listen = parseListen(args.listen);
} catch (e) {
  if (e instanceof BadListen) fail(e.message);
  throw e;
}
// Refused before anything is opened: the register goes over the network only encrypted.
if (args.http && !isLoopback(listen.host)) fail(new PlainHttpNotLoopback(listen.host).message);
if ((args['tls-cert'] === undefined) !== (args['tls-key'] === undefined))
  fail('--tls-cert og --tls-key gis sammen. (--tls-cert and --tls-key go together.)');

// The same register as one PC's: opened (and upgraded, backed up first) as `npm run web` does.
const service = openServiceForApp(dataDir, { migrationsDir });
const status = service.dispatch('system.status', {}, 'nb');
if (status.ok && (status.value as { problem: string | null }).problem)
  console.error(`anskaff: ${(status.value as { problem: string }).problem}`);
else if (service.database.backupFile)
  console.log(`anskaff: database upgraded; the copy from before is ${service.database.backupFile}`);

if (args['add-admin'] !== undefined) await addAdmin(service, args['add-admin'].trim());

const backups = service.backups!;
const dailyBackup = () =>
  void backupIfFirstToday(backups).catch((e: unknown) => console.error('anskaff: daily backup failed', e));
dailyBackup();
// A server runs for weeks: each hour it asks whether today has its backup yet, so every day gets one.
setInterval(dailyBackup, 60 * 60_000).unref();
if (!existsSync(rendererDist)) console.warn('anskaff: the app is not built; run `npm run build:renderer` first.');

/** The directory sign-in's settings: from the command line, else D/ldap.json, else none. */
function ldapConfig(): LdapConfig | null {
  const file = path.join(dataDir, 'ldap.json');
  let raw: unknown;
  try {
    if (args['ldap-url'] !== undefined)
      raw = {
        url: args['ldap-url'],
        baseDn: args['ldap-base-dn'],
        bindAs: args['ldap-bind-as'],
        groupRoles: args['ldap-group-role'].map(parseGroupRole),
        caFile: args['ldap-ca'],
      };
    else if (existsSync(file)) raw = JSON.parse(readFileSync(file, 'utf8'));
    else return null;
  } catch (e) {
    fail((e as Error).message);
  }
  const parsed = LdapConfigSchema.safeParse(raw);
  if (!parsed.success)
    fail(
      `katalogoppsettet (LDAPS) er ugyldig (the directory settings are not valid): ` +
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  // The users' passwords go to the directory: only encrypted, unless it is on this machine.
  if (parsed.data.url.startsWith('ldap://') && !isLoopback(new URL(parsed.data.url).hostname))
    fail('katalogen må nås med ldaps://. (The directory must be reached with ldaps://.)');
  return parsed.data;
}
const ldap = ldapConfig();

let certificate: Certificate | null = null;
if (!args.http) {
  try {
    certificate =
      args['tls-cert'] !== undefined
        ? givenCertificate(args['tls-cert'], args['tls-key']!)
        : await selfSignedCertificate(dataDir, args.name);
  } catch (e) {
    fail((e as Error).message);
  }
}

const printer = new ChromiumPrinter({ trustOwnCertificate: true });
// Word packs are written on a worker thread: 50–150 ms of synchronous work would hold every other user's request (bench/office.ts).
const docx = docxInThread();
await docx.ready();
let host;
try {
  host = await startOfficeHost({
    service,
    staticDir: rendererDist,
    host: listen.host,
    port: listen.port,
    names: args.name,
    tls: certificate ? { key: certificate.key, cert: certificate.cert } : undefined,
    exporter: fileExporter(service, printer, os.userInfo().username, { docx }),
    directory: ldap ? directorySignIn(ldap) : undefined,
  });
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EADDRINUSE')
    fail(`port ${listen.port} er i bruk; velg en annen med --listen. (Port ${listen.port} is in use.)`, 3);
  if (e instanceof PlainHttpNotLoopback) fail(e.message);
  throw e;
}

console.log(`Anskaffs kontorserver kjører på ${host.url}  (data: ${dataDir})`);
console.log(`anskaff: office server listening on ${host.url}`);
if (certificate) {
  if (certificate.source === 'made') console.log(`anskaff: nytt selvsignert sertifikat: ${certificate.certFile}`);
  console.log(`anskaff: sertifikatets SHA-256-fingeravtrykk (certificate SHA-256 fingerprint):`);
  console.log(`  ${certificate.fingerprint}`);
}
if (ldap) console.log(`anskaff: innlogging også mot katalogen ${ldap.url} (sign-in also against the directory)`);
if (!service.office.hasAccounts() && !ldap)
  console.log(
    `anskaff: ingen brukere ennå; legg til den første administratoren med --add-admin <brukernavn>.\n` +
      `(No accounts yet; add the first administrator with --add-admin <username>.)`,
  );

const stop = () => {
  void Promise.all([host.close(), printer.close(), docx.close()])
    .then(() => backupOnQuit(backups))
    .catch((e: unknown) => console.error('anskaff: backup on quit failed', e))
    .finally(() => {
      backups.live()?.close();
      process.exit(0);
    });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// A renewed certificate (the files replaced) is read again on SIGHUP (`systemctl reload`): served from the next
// connection on, without the restart that would sign everyone out.
if (certificate) {
  const given = certificate;
  process.on('SIGHUP', () => {
    try {
      const renewed = givenCertificate(
        given.certFile,
        args['tls-key'] ?? path.join(path.dirname(given.certFile), 'key.pem'),
      );
      host.setCertificate(renewed);
      console.log(`anskaff: sertifikatet er lest på nytt (certificate reloaded); SHA-256: ${renewed.fingerprint}`);
    } catch (e) {
      console.error(`anskaff: ${(e as Error).message}`);
    }
  });
}
