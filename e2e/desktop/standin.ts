import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { installLayout, type Installed } from '../electron-standin/layout.js';
import { launchStandIn, type StandInApp } from '../electron-standin/launch.js';

export { expect };

const root = path.resolve(import.meta.dirname, '..', '..');

/** A PC: a home folder of its own, where Documents and the data folder (~/.config/Anskaff) are. */
export interface Pc {
  home: string;
  dataDir: string;
  documents: string;
}

export function newPc(): Pc {
  const home = mkdtempSync(path.join(os.tmpdir(), 'anskaff-pc-'));
  const documents = path.join(home, 'Documents');
  mkdirSync(documents, { recursive: true });
  return { home, dataDir: path.join(home, '.config', 'Anskaff'), documents };
}

/** Apps a test started and has not closed: closed when it ends, pass or fail, so no Chromium outlives its test. */
const running = new Set<StandInApp>();

/** Starts the installed desktop app on a PC, through the Electron stand-in, and waits for its window's first page. */
export async function startApp(installed: Installed, pc: Pc): Promise<StandInApp> {
  const app = await launchStandIn({
    resourcesPath: installed.resources,
    appPath: installed.app,
    isPackaged: true,
    electronBinary: installed.electronBinary,
    home: pc.home,
    env: { HOME: pc.home, XDG_CONFIG_HOME: path.join(pc.home, '.config'), ANSKAFF_DATA_DIR: '' },
  });
  running.add(app);
  void app.waitForExit().then(() => running.delete(app));
  return app;
}

/** The app's window once its page has loaded and drawn its first heading. */
export async function appWindow(app: StandInApp): Promise<Page> {
  const win = await app.firstWindow();
  await expect(win.getByRole('heading', { level: 1 })).toBeVisible();
  return win;
}

/** The app installed once per worker, laid out from build/electron-builder.yml over the built tree. */
export const test = base.extend<{ pc: Pc }, { installed: Installed }>({
  installed: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
    async ({}, use) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'anskaff-install-'));
      await use(installLayout(root, dir));
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
  pc: async ({}, use) => {
    const pc = newPc();
    await use(pc);
    for (const app of [...running]) await app.runtime.shutdown(1);
    rmSync(pc.home, { recursive: true, force: true });
  },
});
