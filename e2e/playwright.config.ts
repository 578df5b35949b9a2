import { defineConfig } from '@playwright/test';
import { randomBytes } from 'node:crypto';

// The secret of the hosts the specs start (e2e/fixtures.ts freshRegister), passed to the workers through the environment.
process.env.ANSKAFF_WEB_TOKEN ??= randomBytes(24).toString('base64url');

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // The desktop app's own specs run in playwright.desktop.config.ts (no web server there).
  testIgnore: ['desktop.spec.ts', 'desktop-office.spec.ts', 'electron.spec.ts'],
  // Each spec file has a register of its own (fixtures.ts freshRegister): files run side by side, a file's tests in order.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
  outputDir: '../test-results/e2e',
  use: {
    browserName: 'chromium',
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      // Debian's Chromium; never a downloaded browser. The flags keep Chromium
      // itself from calling out (this machine has no network).
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--lang=nb-NO',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
