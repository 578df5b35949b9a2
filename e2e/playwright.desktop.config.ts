import { defineConfig } from '@playwright/test';

// The desktop app itself: the real electron/ code (the built main and preload)
// run through the Electron stand-in (desktop.spec.ts) and, where the runtime
// is installed, through Electron (electron.spec.ts). No web server: the app
// serves itself.
export default defineConfig({
  testDir: '.',
  testMatch: ['desktop.spec.ts', 'desktop-office.spec.ts', 'electron.spec.ts'],
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright-desktop.json' }]],
  outputDir: '../test-results/e2e-desktop',
});
