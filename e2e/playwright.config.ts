import { defineConfig } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// One temp data folder for the whole run, made once in the main process and
// inherited by the workers through the environment.
process.env.ANSKAFF_E2E_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'anskaff-e2e-'));
const port = Number(process.env.ANSKAFF_E2E_PORT ?? 5183);
// The host's secret for this run, passed to it (and to the workers) through the environment, as a script would.
process.env.ANSKAFF_WEB_TOKEN ??= randomBytes(24).toString('base64url');
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // The desktop app's own specs run in playwright.desktop.config.ts (no web server there).
  testIgnore: ['desktop.spec.ts', 'electron.spec.ts'],
  // The specs share one database and build on each other, in file order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
  outputDir: '../test-results/e2e',
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      // Debian's Chromium; never a downloaded browser. The flags keep Chromium
      // itself from calling out (this machine has no network).
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--lang=nb-NO'],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx tsx service/cli/web.ts --port ${port} --data-dir "${process.env.ANSKAFF_E2E_DIR}" --no-open`,
    cwd: '..',
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
