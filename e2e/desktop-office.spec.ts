import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openService } from '../service/openData.js';
import { migrationsDir } from '../service/repoPaths.js';
import type { Service } from '../service/service.js';
import type { OfficeHost } from '../service/http/office/host.js';
import { startTestOffice, testCertificate } from '../test/helpers/office.js';
import { fileExporter } from '../service/exporter.js';
import { startOfficeHost } from '../service/http/office/host.js';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { answerSaveDialogs, catchPrintDialog, go, printed } from './desktop/flows.js';
import { appWindow, expect, startApp, test } from './desktop/standin.js';

// The desktop app as a client of the office server, through the Electron
// stand-in: Innstillinger → Kontorets server, the fingerprint compared and
// confirmed, sign-in, the server's cases on screen (and another user's new
// case, without a reload); and a server whose
// certificate changed refused with the warning. The server is the real
// office server (startOfficeHost) with a self-signed certificate over the
// real service.

const PASSWORD = 'riktig hest batteri stift';

/** No WCAG 2.1 A/AA violations (as e2e/fixtures.ts expectAccessible), with axe.run in the page itself: the stand-in opens no blank page for axe's finishRun. */
async function expectAccessible(page: Page, what: string) {
  const r = await new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${what}`,
  ).toEqual([]);
}

let office: { service: Service; server: OfficeHost; dir: string } | null = null;
test.afterEach(async () => {
  await office?.server.close();
  office?.service.database.close();
  if (office) rmSync(office.dir, { recursive: true, force: true });
  office = null;
});

async function startOffice() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'anskaff-office-'));
  const service = openService(dir, { migrationsDir }, { log: () => {} });
  await service.office.create(
    { username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] },
    PASSWORD,
  );
  await service.office.create({ username: 'per', name: 'Per Hansen', role: 'innkjøper', departments: [] }, PASSWORD);
  const made = service.dispatch(
    'cases.create',
    {
      caseNumber: '2026/7001',
      title: 'Vintervedlikehold av kommunale veier',
      description: 'Brøyting og strøing, felles for hele kontoret.',
      department: 'Teknisk drift',
      needOwner: 'Nina Holm',
      buyer: 'Kari Nordmann',
      estimatedValue: 4_200_000,
      kind: 'tjenester',
      procedure: 'apen_anbud',
      themes: [],
      registeredDate: '2026-09-01',
    },
    'nb',
  );
  expect(made.ok, JSON.stringify(made)).toBe(true);
  const certificate = await testCertificate('anskaff.kommune.test');
  const server = await startTestOffice(service, certificate);
  office = { service, server, dir };
  return { server, certificate, fingerprint: new X509Certificate(certificate.cert).fingerprint256 };
}

test('Innstillinger → Kontorets server: the fingerprint confirmed, signed in, the server’s cases, one another user registers shown without a reload, its files and printing; a changed certificate refused', async ({
  installed,
  pc,
}) => {
  const { server, fingerprint } = await startOffice();
  const host = `127.0.0.1:${new URL(server.url).port}`;
  const app = await startApp(installed, pc);
  const win = await appWindow(app);
  await win.setViewportSize({ width: 1366, height: 768 });
  await expect.poll(() => win.title()).toBe('Anskaff – Denne PC-en');

  await go(win, 'Innstillinger', 'Innstillinger');
  const section = win.getByRole('region', { name: 'Kontorets server' });
  await expect(section).toContainText('Du arbeider i registeret på denne PC-en.');
  await section.getByLabel('Serverens adresse').fill('http://' + host);
  await section.getByRole('button', { name: 'Koble til kontorets server' }).click();
  await expect(section.getByText('Kontorets server nås bare over HTTPS')).toBeVisible();
  await section.getByLabel('Serverens adresse').fill(server.url);
  await section.getByRole('button', { name: 'Koble til kontorets server' }).click();
  // The fingerprint the server printed, to compare pair by pair.
  await expect(section.getByTestId('office-fingerprint')).toHaveText(fingerprint);
  await expectAccessible(win, 'the office server’s fingerprint to confirm');
  await section.screenshot({ path: 'test-results/screens/office-fingerprint.png' });
  await section.getByLabel('Brukernavn').fill('kari');
  await section.getByLabel('Passord').fill(PASSWORD + 'feil');
  await section.getByRole('button', { name: 'Fingeravtrykket stemmer: logg inn' }).click();
  await expect(section.getByText('Feil brukernavn eller passord.')).toBeVisible();
  await section.getByLabel('Passord').fill(PASSWORD);
  await section.getByRole('button', { name: 'Fingeravtrykket stemmer: logg inn' }).click();

  // Now the app works on the server's register, and says so.
  const banner = win.getByTestId('register-banner');
  await expect(banner).toHaveText(`Kontorserveren ${host} · Kari Nordmann (innkjøper)`);
  await expect.poll(() => win.title()).toBe(`Anskaff – Kontorserveren ${host}`);
  await expect(section).toContainText(`innlogget som Kari Nordmann (innkjøper)`);
  await expectAccessible(win, 'Innstillinger, connected to the office server');
  await win.screenshot({ path: 'test-results/screens/office-connected.png' });
  await go(win, 'Saker', 'Anskaffelsessaker');
  await expect(win.getByRole('link', { name: /Vintervedlikehold av kommunale veier/ })).toBeVisible();
  // A case another user registers on the server appears here without a reload: the server's change stream,
  // followed by the main process and forwarded to this window.
  const per = await office!.service.office.current('per');
  const other = await office!.service.call(
    'cases.create',
    {
      caseNumber: '2026/7002',
      title: 'Skoleskyss for hele kommunen',
      department: 'Oppvekst',
      needOwner: 'Nina Holm',
      buyer: 'Per Hansen',
      estimatedValue: 1_500_000,
      kind: 'tjenester',
      procedure: 'apen_anbud',
      themes: [],
      registeredDate: '2026-09-02',
    },
    'nb',
    per!,
  );
  expect(other.ok, JSON.stringify(other)).toBe(true);
  await expect(win.getByRole('link', { name: /Skoleskyss for hele kommunen/ })).toBeVisible();

  // Files come from the server's /export and are saved where the user chooses, as on one PC.
  const exports: string[] = [];
  server.server.on('request', (req) => req.url?.startsWith('/export/') && exports.push(req.url));
  const xlsx = path.join(pc.documents, 'saker-fra-serveren.xlsx');
  await answerSaveDialogs(app, [xlsx]);
  await win.getByRole('button', { name: 'Eksporter til Excel' }).click();
  await expect.poll(() => existsSync(xlsx), { timeout: 30_000 }).toBe(true);
  expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
  expect(exports).toEqual(['/export/xlsx']);
  // "Skriv ut": the server's case's protocol, printed from this app's print page reading the server (this PC's register is empty).
  await catchPrintDialog(app);
  await win.getByRole('link', { name: /Vintervedlikehold av kommunale veier/ }).click();
  await win.getByRole('link', { name: 'Anskaffelsesprotokoll' }).click();
  await expect(win.getByRole('heading', { name: 'Anskaffelsesprotokoll', level: 1 })).toBeVisible();
  await win.getByRole('button', { name: 'Skriv ut' }).click();
  await expect.poll(async () => (await printed(app)).length, { timeout: 60_000 }).toBe(1);
  expect((await printed(app))[0]).toMatchObject({
    url: expect.stringMatching(/^app:\/\/anskaff\/print\.html#\/print\/protocol\?case=\d+/),
    ready: true,
  });

  // Signed out, the app asks for sign-in; the server now shows another certificate, and the app will not send it the password.
  await go(win, 'Innstillinger', 'Innstillinger');
  // From the header, where the signed-in user is named on every screen (Kontorets server offers the same).
  await win.getByRole('group', { name: 'Innlogget bruker' }).getByRole('button', { name: 'Logg ut' }).click();
  await expect(win.getByRole('heading', { level: 1, name: `Logg inn på kontorserveren ${host}` })).toBeVisible();
  await expectAccessible(win, 'sign-in to the office server');
  const impostor = await testCertificate('anskaff.kommune.test');
  server.setCertificate(impostor);
  let requests = 0;
  server.server.on('request', () => requests++);
  await win.getByLabel('Brukernavn').fill('kari');
  await win.getByLabel('Passord').fill(PASSWORD);
  await win.getByRole('button', { name: 'Logg inn', exact: true }).click();
  const warning = win.getByText(/^Serverens sertifikat er endret siden du godtok det\./);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(new X509Certificate(impostor.cert).fingerprint256);
  expect(requests).toBe(0);
  await win.screenshot({ path: 'test-results/screens/office-certificate-changed.png' });

  // Back to this PC's own register.
  await win.getByRole('button', { name: 'Koble fra og bruk registeret på denne PC-en' }).click();
  await expect(win.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(banner).toHaveCount(0);
  await expect.poll(() => win.title()).toBe('Anskaff – Denne PC-en');
  expect(app.runtime.blocked, 'requests that would have left the PC').toEqual([]);
  await app.close();
});

test('the office server gone: the banner says so at once, and once the server is back (restarted, so the session ended) the app asks for sign-in', async ({
  installed,
  pc,
}) => {
  const { server, certificate } = await startOffice();
  const host = `127.0.0.1:${new URL(server.url).port}`;
  const app = await startApp(installed, pc);
  const win = await appWindow(app);
  await win.setViewportSize({ width: 1366, height: 768 });
  await go(win, 'Innstillinger', 'Innstillinger');
  const section = win.getByRole('region', { name: 'Kontorets server' });
  await section.getByLabel('Serverens adresse').fill(server.url);
  await section.getByRole('button', { name: 'Koble til kontorets server' }).click();
  await section.getByLabel('Brukernavn').fill('kari');
  await section.getByLabel('Passord').fill(PASSWORD);
  await section.getByRole('button', { name: 'Fingeravtrykket stemmer: logg inn' }).click();
  await expect(win.getByTestId('register-banner')).toHaveText(`Kontorserveren ${host} · Kari Nordmann (innkjøper)`);
  await go(win, 'Saker', 'Anskaffelsessaker');
  const offline = win.getByTestId('offline-banner');
  await expect(offline).toHaveCount(0);

  // The server stops: its change stream drops, and the banner says so without the user doing anything.
  const port = Number(new URL(server.url).port);
  await server.close();
  await expect(offline).toBeVisible();
  await expectAccessible(win, 'the office server cannot be reached');
  await win.screenshot({ path: 'test-results/screens/office-unreachable.png' });

  // Back on the same address: the app keeps asking, and hears it answer (a restart ends sessions: sign in again).
  const noPrinter = { pdf: () => Promise.reject(new Error('no printer')), close: () => Promise.resolve() };
  office!.server = await startOfficeHost({
    service: office!.service,
    tls: certificate,
    port,
    exporter: fileExporter(office!.service, noPrinter, 'test'),
  });
  await expect(offline).toHaveCount(0, { timeout: 20_000 });
  await expect(win.getByRole('heading', { level: 1, name: `Logg inn på kontorserveren ${host}` })).toBeVisible();
  await app.close();
});
