import { expect, type Browser, type Page } from '@playwright/test';
import { fileExporter } from '../service/exporter.js';
import { startOfficeHost } from '../service/http/office/host.js';
import { selfSignedCertificate } from '../service/http/office/tls.js';
import { ChromiumPrinter } from '../service/print/chromium.js';
import { rendererDist } from '../service/repoPaths.js';
import type { AccountInput } from '../db/index.js';
import { registerBehind } from './fixtures.js';

/** The password every account `officeServer` makes has. */
export const OFFICE_PASSWORD = 'korrekt hest batteri stift';

/**
 * The real office server for the tests of one spec file: a fresh data
 * folder, its own self-signed certificate, HTTPS on 127.0.0.1 (any free
 * port), and the accounts given (password OFFICE_PASSWORD). Browser contexts
 * need `ignoreHTTPSErrors: true` (the certificate is the server's own).
 */
export function officeServer(accounts: AccountInput[], opts: { demo?: number } = {}) {
  return registerBehind(
    {
      ...opts,
      folder: 'anskaff-office-e2e-',
      baseUrl: false,
      seed: async (service) => {
        for (const a of accounts) await service.office.create(a, OFFICE_PASSWORD);
      },
    },
    async (service, dataDir) => {
      const cert = await selfSignedCertificate(dataDir);
      const printer = new ChromiumPrinter({ trustOwnCertificate: true });
      const host = await startOfficeHost({
        service,
        staticDir: rendererDist,
        tls: { key: cert.key, cert: cert.cert },
        exporter: fileExporter(service, printer, 'e2e'),
      });
      return { url: host.url, close: async () => (await host.close(), await printer.close()) };
    },
  );
}

/** A browser of its own on the office server at `url` at 1366×768, signed in as `username` through the sign-in screen. */
export async function signedIn(
  url: string,
  browser: Browser,
  username: string,
): Promise<Page & { done(): Promise<void> }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 } });
  const errors: string[] = [];
  context.on('console', (m) => {
    // Chromium logs every 4xx answer (a 403 or 409 the app then shows); those are answers, not errors.
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) errors.push(m.text());
  });
  context.on('weberror', (e) => errors.push(e.error().message));
  const page = await context.newPage();
  await page.goto(`${url}/#/cases`);
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(OFFICE_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByTestId('office-user')).toBeVisible();
  return Object.assign(page, {
    done: async () => {
      await context.close();
      expect(errors, 'console errors').toEqual([]);
    },
  });
}
