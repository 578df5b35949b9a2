import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

// The desktop shell itself, where the Electron runtime and the Electron build
// of better-sqlite3 exist (not on machines without network access: there it
// is skipped, and everything behind the shell is tested in Chromium instead).
const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
function runtime(): string | null {
  try {
    // Look before requiring: electron's index.js starts a download when the runtime is missing.
    if (!existsSync(path.join(path.dirname(require.resolve('electron/package.json')), 'path.txt'))) return null;
    const bin = require('electron') as unknown as string;
    return existsSync(bin) && existsSync(path.join(root, 'build', 'native', 'electron', 'better_sqlite3.node')) ? bin : null;
  } catch {
    return null;
  }
}
const bin = runtime();

test.describe('desktop app', () => {
  test.skip(!bin, 'the Electron runtime (or its better-sqlite3 build) is not installed on this machine');

  test('opens one secure window that reaches the service only through window.api', async () => {
    const app = await electron.launch({
      executablePath: bin!,
      args: [root],
      cwd: root,
      env: { ...process.env, XDG_CONFIG_HOME: mkdtempSync(path.join(os.tmpdir(), 'anskaff-electron-')) },
    });
    const win = await app.firstWindow();
    await expect(win.getByRole('heading', { name: 'Velkommen til Anskaff' })).toBeVisible();
    const surface = await win.evaluate(() => ({
      api: Object.keys((window as unknown as { api: object }).api).sort(),
      node: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(surface.api).toContain('cases.list');
    expect(surface).toMatchObject({ node: 'undefined', process: 'undefined' });
    const before = win.url();
    await win.evaluate(() => window.open('https://example.org/'));
    await win.evaluate(() => (window.location.href = 'https://example.org/'));
    await expect.poll(() => win.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);
    await app.close();
  });
});
